#!/usr/bin/env bash
# Sets up, builds and runs every test (unit, integration, end-to-end).
# Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${WAVESHELF_BUILD_DIR:-$root/build}"
"$here/setup.sh" "$build_dir"
cd "$build_dir"
ctest --output-on-failure --timeout 600 -j2 "$@"
