#!/usr/bin/env bash
# Static checks, in three parts; the first that fails ends the script non-zero.
#   1. a word search of src/ for what .clang-tidy leaves out for speed: reserved
#      identifiers, C string functions, std::string_view (words below).
#   2. clang-tidy with .clang-tidy on every .cpp under src/, $WAVESHELF_LINT_JOBS at
#      a time, using the build's compile_commands.json without its precompiled
#      headers; the build must exist (generated ui_*.h, moc). A file that passed
#      is not checked again until it, a header it includes, its compile command,
#      a .clang-tidy or clang-tidy change (the cache below; see tidy_cache_keys).
#   3. clang-format --dry-run --Werror with .clang-format on src/ and tests/.
#
# Usage: scripts/lint.sh [words|tidy|format]   (default: all three)
# Environment:
#   WAVESHELF_BUILD_DIR   build folder with compile_commands.json (default build/)
#   WAVESHELF_LINT_JOBS   parallel clang-tidy jobs (default 2)
#   WAVESHELF_LINT_CACHE  where passing files are remembered (default
#                         ~/.cache/waveshelf/clang-tidy); WAVESHELF_LINT_CACHE=off checks all
#   CLANG_TIDY, CLANG_FORMAT   the tools (default: from PATH)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${WAVESHELF_BUILD_DIR:-$root/build}"
jobs="${WAVESHELF_LINT_JOBS:-2}"
clang_tidy="${CLANG_TIDY:-clang-tidy}"
clang_format="${CLANG_FORMAT:-clang-format}"
cache_dir="${WAVESHELF_LINT_CACHE:-$HOME/.cache/waveshelf/clang-tidy}"
use_cache=1
[ "$cache_dir" != off ] || use_cache=0
what="${1:-all}"

cd "$root"

# clang-tidy's findings depend only on the source, every header it includes, the
# compile command, .clang-tidy and clang-tidy itself: a file whose check passed is
# remembered under the hash of all of these (the includes as the build's compiler
# last saw them: `ninja -t deps`), and is not checked again until one changes. A
# file with a finding is never remembered, so it fails every run until fixed.
tidy_cache_keys() {  # prints "<repo path> <key>" per source of the build that lint checks
    local work="$1" config_key="$2"
    ninja -C "$build_dir" -t deps >"$work/deps" 2>/dev/null || return 1
    awk '/^    /{print $1}' "$work/deps" | sort -u >"$work/dep-paths"
    (cd "$build_dir" && xargs -d '\n' -a "$work/dep-paths" sha256sum) >"$work/dep-hashes" || return 1
    # object blocks: the first dependency is the source
    awk 'NR == FNR { sub(/^\*/, "", $2); hash[$2] = $1; next }
         /^[^ ]/ { source = ""; next }
         /^    / { if (source == "") source = $1; if (source ~ /\.cpp$/) blob[source] = blob[source] hash[$1] }
         END { for (s in blob) print s, blob[s] }' "$work/dep-hashes" "$work/deps" >"$work/blobs"
    awk '/"command":/ { command = $0 } /"file":/ { sub(/^ *"file": "/, ""); sub(/",?$/, ""); print $0 "\t" command }' \
        "$work/db/compile_commands.json" >"$work/commands"
    local source blob path command
    while read -r source blob; do
        path="$(cd "$build_dir" && realpath -m "$source")"
        case "$path" in "$root"/src/*.cpp) ;; *) continue ;; esac
        command="$(awk -F '\t' -v f="$path" '$1 == f { print $2; exit }' "$work/commands")"
        command="${command//"$root"/@ROOT@}"  # the same in another checkout (CI's clone)
        printf '%s %s\n' "${path#"$root"/}" \
            "$(printf '%s\n%s\n%s\n' "$config_key" "$command" "$blob" | sha256sum | cut -c1-64)"
    done <"$work/blobs"
}

tidy() (  # a subshell: its temporary folder goes with it
    if [ ! -f "$build_dir/compile_commands.json" ]; then
        echo "lint: no $build_dir/compile_commands.json; configure and build first" >&2
        return 1
    fi
    mapfile -t sources < <(git ls-files 'src/*.cpp')
    # The compile commands may come from GCC: clang's -Wpedantic also flags
    # Qt's `qCInfo(category) << ...` (as the root CMakeLists.txt says).
    local extra=-extra-arg=-Wno-gnu-zero-variadic-macro-arguments
    local work
    work="$(mktemp -d)"
    # shellcheck disable=SC2064
    trap "rm -rf '$work'" EXIT
    # The build's commands without its precompiled headers: each file is checked on
    # its own includes (a missing one is an error), and clang would take GCC's
    # cmake_pch.hxx.gch beside the header for one of its own.
    mkdir -p "$work/db"
    sed -E 's# -Winvalid-pch -include [^ "]*/cmake_pch\.hxx##g' "$build_dir/compile_commands.json" \
        >"$work/db/compile_commands.json"
    local config_key
    config_key="$({ "$clang_tidy" --version; git ls-files -z '.clang-tidy' '*/.clang-tidy' | xargs -0 cat; echo "$extra"; } |
        sha256sum | cut -c1-64)"
    declare -A key=()
    if [ "$use_cache" = 1 ] && tidy_cache_keys "$work" "$config_key" >"$work/keys"; then
        local path k
        while read -r path k; do key[$path]="$k"; done <"$work/keys"
    fi
    local todo=() source
    for source in "${sources[@]}"; do
        if [ -n "${key[$source]:-}" ] && [ -f "$cache_dir/${key[$source]}" ]; then
            continue
        fi
        todo+=("$source")
    done
    echo "==> clang-tidy on ${#todo[@]} of ${#sources[@]} files of src/ (the others passed unchanged: $cache_dir)"
    [ "${#todo[@]}" -gt 0 ] || return 0
    mkdir -p "$work/out"
    [ "$use_cache" = 0 ] || mkdir -p "$cache_dir"
    local failed=0
    # One clang-tidy per file, $jobs at a time; a file that passes is remembered at
    # once (an interrupted run keeps what it did), a failing one's output is printed
    # whole afterwards.
    for source in "${todo[@]}"; do
        printf '%s\t%s\n' "$source" "${key[$source]:-}"
    done | xargs -d '\n' -P "$jobs" -I{} sh -c '
        source="${1%%	*}"; key="${1#*	}"
        out="$2/out/$(printf %s "$source" | tr / _)"
        if "$3" --quiet -p "$4" "$5" "$source" >"$out" 2>&1; then
            rm -f "$out"
            [ -z "$key" ] || : >"$6/$key"
        else
            : >"$out.failed"
        fi
    ' _ {} "$work" "$clang_tidy" "$work/db" "$extra" "$cache_dir" || true
    for source in "${todo[@]}"; do
        local out
        out="$work/out/$(printf %s "$source" | tr / _)"
        if [ -f "$out.failed" ]; then
            cat "$out"
            failed=1
        fi
    done
    [ "$failed" = 0 ] || echo "lint: clang-tidy found problems (above)" >&2
    return "$failed"
)

# What .clang-tidy leaves to a word search (see there): no reserved identifier
# (a leading underscore and a capital, or two underscores) but the system's own
# names listed here, and no C string functions or std::string_view, whose
# clang-tidy checks are off.
words() {
    local system_names='^(_Exit|_SC_[A-Z_]+|__FILE__|__LINE__|__func__|__cplusplus|__has_include|__linux__|__GNUC__|__clang__|__attribute__|__builtin_[a-z_]+)$'
    local found=0 hits
    echo "==> words: reserved identifiers, C string functions, std::string_view in src/, colours in the windows"
    hits="$(git grep -n -I -o -w -E '(_[A-Z]|__)[A-Za-z0-9_]*' -- 'src/*.cpp' 'src/*.h' |
        awk -F: -v allowed="$system_names" '$3 !~ allowed')"
    if [ -n "$hits" ]; then
        printf '%s\n' "$hits"
        echo "lint: reserved identifiers (above): rename them (bugprone-reserved-identifier's rule)" >&2
        found=1
    fi
    if git grep -n -I -w -E 'str(n?cmp|n?casecmp|len|n?cpy|n?cat)|string_view' -- 'src/*.cpp' 'src/*.h'; then
        echo "lint: C string functions or std::string_view (above): use Qt's strings, or bring back the" \
            "clang-tidy checks .clang-tidy names for them" >&2
        found=1
    fi
    # The windows take their colours from the palette (light and dark themes alike).
    if git grep -n -I -E 'setStyleSheet|"#[0-9A-Fa-f]{3,8}\b|#[0-9A-Fa-f]{6}\b' -- 'src/gui/*.cpp' 'src/connect/*.cpp' \
        'ui/*.ui'; then
        echo "lint: a colour of its own (above): use the palette's roles" >&2
        found=1
    fi
    return "$found"
}

format() {
    mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h')
    echo "==> clang-format --dry-run on ${#files[@]} files"
    "$clang_format" --dry-run --Werror "${files[@]}"
}

case "$what" in
    tidy) tidy ;;
    format) format ;;
    words) words ;;
    all) words; tidy; format ;;
    *) echo "usage: $0 [tidy|words|format]" >&2; exit 2 ;;
esac
