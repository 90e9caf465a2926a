#!/usr/bin/env bash
# Sets up, builds and starts Waveshelf. With no SoundCloud app credentials
# configured (WAVESHELF_CLIENT_ID unset), it starts the bundled SoundCloud
# sandbox on 127.0.0.1 and points the app at it, so the whole flow can be
# tried offline (sign in on the sandbox page as alice / alice-password).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build_dir="${WAVESHELF_BUILD_DIR:-$root/build}"
"$here/setup.sh" "$build_dir"

app="$build_dir/src/app/waveshelf"
if [ -n "${WAVESHELF_CLIENT_ID:-}" ]; then
    exec "$app" "$@"
fi

port="${WAVESHELF_SANDBOX_PORT:-8766}"
"$build_dir/src/sandbox/waveshelf-sandbox" --port "$port" &
sandbox_pid=$!
trap 'kill "$sandbox_pid" 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done

export WAVESHELF_CLIENT_ID=waveshelf-sandbox
export WAVESHELF_AUTHORIZE_URL="http://127.0.0.1:$port/authorize"
export WAVESHELF_TOKEN_URL="http://127.0.0.1:$port/oauth/token"
export WAVESHELF_API_URL="http://127.0.0.1:$port"
# Sandbox accounts live apart from real ones.
export WAVESHELF_DATA_DIR="${WAVESHELF_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/waveshelf-sandbox}"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found; starting with QT_QPA_PLATFORM=offscreen." >&2
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
fi
[ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1
"$app" "$@"
