#!/usr/bin/env bash
# Regenerates the 8 kHz MPEG-2.5 copies of two example calls (the format
# call recorders and telephony platforms write), with their transcripts and
# ground truth, for the end-to-end test in cmd/callveil
# (TestE2E_MPEG25CallsBleepEveryTruthSpan). Needs sox and lame (Debian:
# apt-get install sox lame). call1 at 24 kbit/s (LAME writes its Info tag,
# so the decode is gapless), call2 at 16 kbit/s (frames too short for the
# tag: the decode, like ffmpeg's, starts 1105 samples late).
set -euo pipefail
cd "$(dirname "$0")"
calls=../calls
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
enc() { # call kbit/s
	sox "$calls/$1.wav" -b 16 -e signed-integer "$tmp/$1.wav"
	lame --quiet --noreplaygain -m m -b "$2" "$tmp/$1.wav" "$1.mp3"
	cp "$calls/$1.json" "$1.json"
	sed "s/\"recording\": \"$1.wav\"/\"recording\": \"$1.mp3\"/" "$calls/$1.truth.json" >"$1.truth.json"
}
enc call1 24
enc call2 16
