#!/bin/sh
# Rebuilds testdata/voices/real from LibriSpeech test-other FLAC files as
# committed in github.com/resemble-ai/Resemblyzer (audio_data/, commit
# 15d828edebe06bc72b9cabc8ef8ca5ab2cb457ce). Needs git and sox.
#
# Usage: prep.sh RESEMBLYZER_CLONE OUT_DIR
# For each of the ten speakers, the six longest utterances: leading silence
# trimmed (sox silence, -35 dB), the first 2.2 s kept, 20 ms fade-out, peak
# normalised to -3 dBFS (no dither, so the output is reproducible), 16 kHz mono 16-bit PCM WAV named SPEAKER_CHAPTER-UTT.wav.
set -eu
repo=$1
out=$2
commit=15d828edebe06bc72b9cabc8ef8ca5ab2cb457ce
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
for s in 367 533 1688 1998 2033 2414 2609 3005 3080 3331; do
	for f in $(git -C "$repo" ls-tree --name-only "$commit" "audio_data/librispeech_test-other/$s/"); do
		git -C "$repo" show "$commit:$f" >"$tmp/$(basename "$f")"
	done
	for f in $(for g in "$tmp/$s"-*.flac; do echo "$(soxi -D "$g") $g"; done | sort -nr | head -6 | awk '{print $2}'); do
		b=$(basename "$f" .flac)
		sox -D "$f" -r 16000 -c 1 -b 16 "$out/${s}_${b#*-}.wav" silence 1 0.02 -35d trim 0 2.2 fade t 0.01 -0 0.02 norm -3
	done
done
