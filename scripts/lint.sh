#!/usr/bin/env bash
# Static checks, in two parts; the first that fails ends the script non-zero.
#   1. clang-tidy with .clang-tidy on every .cpp under src/ (run-clang-tidy -j
#      when installed, else one file at a time), using the build's
#      compile_commands.json; the build must exist (generated ui_*.h, moc).
#   2. clang-format --dry-run --Werror with .clang-format on src/ and tests/.
#
# Usage: scripts/lint.sh [tidy|format]   (default: both)
# Environment:
#   WAVESHELF_BUILD_DIR   build folder with compile_commands.json (default build/)
#   WAVESHELF_LINT_JOBS   parallel clang-tidy jobs (default 2)
#   CLANG_TIDY, CLANG_FORMAT, RUN_CLANG_TIDY   the tools (default: from PATH)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${WAVESHELF_BUILD_DIR:-$root/build}"
jobs="${WAVESHELF_LINT_JOBS:-2}"
clang_tidy="${CLANG_TIDY:-clang-tidy}"
clang_format="${CLANG_FORMAT:-clang-format}"
run_clang_tidy="${RUN_CLANG_TIDY:-run-clang-tidy}"
what="${1:-all}"

cd "$root"

tidy() {
    if [ ! -f "$build_dir/compile_commands.json" ]; then
        echo "lint: no $build_dir/compile_commands.json; configure and build first" >&2
        return 1
    fi
    mapfile -t sources < <(git ls-files 'src/*.cpp')
    echo "==> clang-tidy on ${#sources[@]} files of src/"
    # The compile commands may come from GCC: clang's -Wpedantic also flags
    # Qt's `qCInfo(category) << ...` (as the root CMakeLists.txt says).
    local extra=-extra-arg=-Wno-gnu-zero-variadic-macro-arguments
    if command -v "$run_clang_tidy" >/dev/null 2>&1; then
        # run-clang-tidy takes one regular expression per argument, matched
        # against the compile database: every .cpp under src/ of this checkout.
        "$run_clang_tidy" -quiet -p "$build_dir" -clang-tidy-binary "$(command -v "$clang_tidy")" \
            -j "$jobs" "$extra" "^$root/src/.*\\.cpp\$"
    else
        local failed=0
        for source in "${sources[@]}"; do
            "$clang_tidy" --quiet -p "$build_dir" "$extra" "$source" || failed=1
        done
        return "$failed"
    fi
}

format() {
    mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h')
    echo "==> clang-format --dry-run on ${#files[@]} files"
    "$clang_format" --dry-run --Werror "${files[@]}"
}

case "$what" in
    tidy) tidy ;;
    format) format ;;
    all) tidy; format ;;
    *) echo "usage: $0 [tidy|format]" >&2; exit 2 ;;
esac
