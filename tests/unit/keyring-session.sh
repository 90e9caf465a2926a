#!/bin/sh
# Runs the test given as arguments beside a throwaway GNOME Keyring: call it
# inside `dbus-run-session --` (a private session bus). The daemon keeps its
# files in a temporary HOME, its login keyring made and unlocked with a test
# password; it is stopped when the test ends. Exit 77 (skipped) without
# gnome-keyring-daemon.
set -u
if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "gnome-keyring-daemon is not installed (Debian: gnome-keyring): skipped"
    exit 77
fi
home="$(mktemp -d)"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
printf 'waveshelf-test-password' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
daemon=$!
WAVESHELF_TEST_KEYRING=1 "$@"
status=$?
kill "$daemon" 2>/dev/null
wait "$daemon" 2>/dev/null
rm -rf "$home"
exit "$status"
