#!/usr/bin/env bash
# Takes the README's screenshots (docs/screenshots/library-light.png and
# library-dark.png): the end-to-end test that renders the window in a light and
# a dark palette (tst_mainwindowplayer, lightAndDarkFromThePalette), run under a
# real X server (Xvfb) instead of the offscreen platform the test command uses.
# Needs a build (scripts/setup.sh) and xvfb-run (Debian: xvfb, xauth).
#
# Usage: scripts/screenshots.sh [FOLDER]   (default: docs/screenshots)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${WAVESHELF_BUILD_DIR:-$root/build}"
folder="$(realpath -m "${1:-$root/docs/screenshots}")"
mkdir -p "$folder"
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt install xvfb xauth)" >&2; exit 1; }

# The test's command and environment as CTest runs it, with the X11 platform instead.
mapfile -t run < <(ctest --test-dir "$build_dir" -R '^tst_mainwindowplayer$' --show-only=json-v1 | python3 -c '
import json, sys
test = json.load(sys.stdin)["tests"][0]
env = next((p["value"] for p in test.get("properties", []) if p["name"] == "ENVIRONMENT"), [])
print("\n".join(["env"] + [e for e in env if not e.startswith("QT_QPA_PLATFORM=")]
                + ["QT_QPA_PLATFORM=xcb"] + test["command"] + ["lightAndDarkFromThePalette"]))
')
WAVESHELF_README_SCREENSHOTS="$folder" xvfb-run -a -s "-screen 0 1440x900x24" "${run[@]}"
echo "screenshots: $folder/library-light.png, $folder/library-dark.png"
