#!/usr/bin/env bash
# Makes the sandbox's audio once: a soft two-note tone as AAC-LC in MPEG-TS HLS
# segments (about 1 s each) and a short MP3 "preview" in a different key. The
# output is committed under src/sandbox/audio/ and embedded into the sandbox;
# building never runs this script. Needs ffmpeg (Debian: ffmpeg), only to remake
# the files. Usage: scripts/make-sandbox-audio.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(dirname "$here")/src/sandbox/audio"
seconds=11.95
preview_seconds=6
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*.ts "$out"/*.m3u8 "$out"/*.mp3

# A 440 Hz + 660 Hz tone, quiet, with a slow tremolo so a listener hears it move.
tone="sine=frequency=440:sample_rate=44100:duration=$seconds[a];sine=frequency=660:sample_rate=44100:duration=$seconds[b];[a][b]amix=inputs=2,volume=0.4,tremolo=f=2:d=0.3"
ffmpeg -hide_banner -loglevel error -filter_complex "$tone" \
    -ac 1 -c:a aac -profile:a aac_low -b:a 48k \
    -f hls -hls_time 1 -hls_playlist_type vod -hls_flags independent_segments \
    -hls_segment_type mpegts -hls_segment_filename "$work/segment%02d.ts" "$work/playlist.m3u8"
cp "$work"/segment*.ts "$work/playlist.m3u8" "$out/"

preview="sine=frequency=523.25:sample_rate=44100:duration=$preview_seconds,volume=0.4,tremolo=f=4:d=0.3"
ffmpeg -hide_banner -loglevel error -filter_complex "$preview" -ac 1 -c:a libmp3lame -b:a 64k \
    -id3v2_version 0 -write_xing 1 "$out/preview.mp3"

du -ch "$out"/* | tail -1
