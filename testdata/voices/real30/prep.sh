#!/bin/sh
# Rebuilds testdata/voices/real30 from LibriSpeech FLAC files as committed in
# github.com/resemble-ai/Resemblyzer (audio_data/, commit
# 15d828edebe06bc72b9cabc8ef8ca5ab2cb457ce). Needs git and sox (soxi).
#
# Usage: prep.sh RESEMBLYZER_CLONE OUT_DIR
#
# Every output file is one 3.0 s segment of speech: leading silence trimmed
# (sox silence, -35 dB), 20 ms fades at both ends, peak normalised to -3 dBFS,
# resampled to 8 kHz (the rate the evaluation uses; anonymize/eval only
# band-passes 8 kHz input), written as 16-bit FLAC without dither, so a rerun
# reproduces the files byte for byte.
#
#  - test-other (10 speakers, one chapter each): per speaker the first 3 s
#    of every utterance at least 3.05 s long after the trim, in utterance order; while a
#    speaker has fewer than 8, the next 3 s (3-6 s) of its longest utterances
#    (at least 6.05 s after the trim), longest first (name suffix "b"). The first 8 are kept.
#  - train-clean-100 (one utterance per speaker): the first 10 female and
#    the first 10 male speakers, in speaker-id order, whose utterance is at
#    least 12.05 s long after the trim; four consecutive segments (0-3, 3-6, 6-9, 9-12 s after
#    the trim) of that utterance (name suffix s0..s3).
set -eu
repo=$1
out=$2
commit=15d828edebe06bc72b9cabc8ef8ca5ab2cb457ce
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# tdur IN: the length of IN after the leading silence, in seconds.
tdur() {
	sox -D "$1" -r 16000 -c 1 "$tmp/trim.wav" silence 1 0.02 -35d
	soxi -D "$tmp/trim.wav"
}

# seg IN OUT START: 3 s from START seconds after the leading silence.
seg() {
	sox -D "$1" -r 16000 -c 1 "$tmp/trim.wav" silence 1 0.02 -35d
	sox -D "$tmp/trim.wav" -r 8000 -b 16 "$2" trim "$3" 3.0 fade t 0.02 -0 0.02 norm -3
}

to=audio_data/librispeech_test-other
for s in 367 533 1688 1998 2033 2414 2609 3005 3080 3331; do
	rm -f "$tmp"/*.flac
	for f in $(git -C "$repo" ls-tree --name-only "$commit" "$to/$s/"); do
		git -C "$repo" show "$commit:$f" >"$tmp/$(basename "$f")"
	done
	n=0
	for f in $(ls "$tmp/$s"-*.flac | sort); do
		if [ "$(echo "$(tdur "$f") >= 3.05" | bc)" = 1 ] && [ $n -lt 8 ]; then
			b=$(basename "$f" .flac)
			seg "$f" "$out/${s}_${b#*-}.flac" 0
			n=$((n + 1))
		fi
	done
	for f in $(for g in "$tmp/$s"-*.flac; do echo "$(tdur "$g") $g"; done | sort -nr | awk '$1 >= 6.05 {print $2}'); do
		[ $n -ge 8 ] && break
		b=$(basename "$f" .flac)
		seg "$f" "$out/${s}_${b#*-}b.flac" 3
		n=$((n + 1))
	done
done

tc=audio_data/librispeech_train-clean-100
git -C "$repo" show "$commit:$tc/SPEAKERS.TXT" >"$tmp/SPEAKERS.TXT"
for sex in F M; do
	k=0
	for f in $(git -C "$repo" ls-tree --name-only "$commit" "$tc/" | grep '\.flac$' | sed 's|.*/||' | sort -n); do
		[ $k -ge 10 ] && break
		s=${f%%-*}
		grep -Eq "^$s +\| $sex " "$tmp/SPEAKERS.TXT" || continue
		git -C "$repo" show "$commit:$tc/$f" >"$tmp/u.flac"
		[ "$(echo "$(tdur "$tmp/u.flac") >= 12.05" | bc)" = 1 ] || continue
		b=${f%.flac}
		for i in 0 1 2 3; do
			seg "$tmp/u.flac" "$out/${s}_${b#*-}s$i.flac" $((3 * i))
		done
		k=$((k + 1))
	done
done
