#!/usr/bin/env bash
# Word recall of a real speech recogniser (pocketsphinx, US English model) on
# voice-masked speech against the original: the utility figure of issue 17.
# Needs pocketsphinx (pocketsphinx_continuous and the pocketsphinx-en-us
# model), ffmpeg and python3; the project's tests need none of them.
#
# Usage (from the repository root):
#   bench/asr_recall.sh                  # methods: cascade mcadams, one key
#   METHODS="cascade pseudo" KEYS=3 bench/asr_recall.sh
#   SET=real METHODS="cascade pseudo" KEYS=3 bench/asr_recall.sh
#   PAUSES=comfort-noise SET=real METHODS=cascade bench/asr_recall.sh
#
# SET=synthetic (the default): testdata/voices/16k, whose sentences are known
# (testdata/voices/README.md) and whole. Recall = reference words found in
# the hypothesis (bag of words, case-insensitive) / reference words, summed
# over the 40 utterances.
#
# SET=real: the 60 LibriSpeech clips of testdata/voices/real, taken down to
# 8 kHz (the telephone rate the attacker is measured at), masked at 8 kHz,
# and recognised after ffmpeg brings both back to 16 kHz. The clips are cut
# mid-sentence and their LibriSpeech transcripts are not in the repository,
# so the reference is the recogniser's own hypothesis on the (8 kHz)
# original: the figure is the share of the words it heard in the original
# that it still hears in the masked copy (its agreement with itself, not
# accuracy against the truth). The "original" row is then 1.000 by
# definition.
#
# KEYS=n masks with n keys (1..9, fixed, so runs are comparable: key i is
# the 32 bytes 0xii…) and reports each key's figure and their mean:
# one key's figure moves by about ±0.04 from key to key.
set -euo pipefail
cd "$(dirname "$0")/.."
model=${MODEL:-/usr/share/pocketsphinx/model/en-us}
keys=${KEYS:-1}
set_=${SET:-synthetic}
for tool in pocketsphinx_continuous ffmpeg python3; do
	command -v "$tool" >/dev/null || { echo "asr_recall: $tool is not installed" >&2; exit 2; }
done
[ -d "$model/en-us" ] || { echo "asr_recall: no pocketsphinx model in $model (apt install pocketsphinx-en-us)" >&2; exit 2; }
case $keys in [1-9]) ;; *) echo "asr_recall: KEYS must be 1..9" >&2; exit 2 ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/callveil" ./cmd/callveil
for i in $(seq 1 "$keys"); do # fixed keys: the same masks on every run
	printf '%064d\n' 0 | tr 0 "$i" >"$work/k$i.key" # hex text, as callveil keygen writes
	chmod 600 "$work/k$i.key"
done

recognise() { # DIR -> DIR.tsv (beside DIR, which the masking reads)
	local dir=$1 f name
	: >"$dir.tsv"
	for f in "$dir"/*.mp3 "$dir"/*.wav; do
		[ -e "$f" ] || continue
		name=$(basename "${f%.*}")
		ffmpeg -loglevel error -y -i "$f" -ar 16000 -ac 1 -sample_fmt s16 "$work/in.wav"
		printf '%s\t%s\n' "$name" "$(pocketsphinx_continuous -infile "$work/in.wav" -hmm "$model/en-us" \
			-lm "$model/en-us.lm.bin" -dict "$model/cmudict-en-us.dict" -logfn /dev/null 2>/dev/null | tr '\n' ' ')" >>"$dir.tsv"
	done
}

recall() { # hyp.tsv -> recall
	python3 - "$work/ref.tsv" "$1" <<'PY'
import collections, re, sys
ref = dict(l.rstrip("\n").split("\t", 1) for l in open(sys.argv[1]) if "\t" in l)
hyp = dict((l.rstrip("\n").split("\t", 1) + [""])[:2] for l in open(sys.argv[2]))
words = lambda s: re.findall(r"[a-z']+", s.lower())
found = total = 0
for k, r in ref.items():
    rc, hc = collections.Counter(words(r)), collections.Counter(words(hyp.get(k, "")))
    found += sum(min(n, hc[w]) for w, n in rc.items())
    total += sum(rc.values())
print(f"{found / total:.3f} ({found}/{total} words)")
PY
}

mkdir -p "$work/orig"
case $set_ in
synthetic)
	# Reference sentences from the README table: | `spkN_uttM` | spkN | sentence |
	grep -E '^\| `spk[0-9]+_utt[0-9]+` \|' testdata/voices/README.md |
		awk -F'|' '{gsub(/[` ]/, "", $2); sub(/^ +/, "", $4); sub(/ +$/, "", $4); print $2 "\t" $4}' >"$work/ref.tsv"
	cp testdata/voices/16k/*.mp3 "$work/orig/"
	recognise "$work/orig"
	;;
real)
	for f in testdata/voices/real/*.wav; do
		ffmpeg -loglevel error -y -i "$f" -ar 8000 -ac 1 -sample_fmt s16 "$work/orig/$(basename "$f")"
	done
	recognise "$work/orig"
	cp "$work/orig.tsv" "$work/ref.tsv"
	;;
*) echo "asr_recall: SET must be synthetic or real" >&2; exit 2 ;;
esac
orig=$(recall "$work/orig.tsv")
echo "set: $set_, keys: $keys${PAUSES:+, pauses: $PAUSES}"
echo "| speech | word recall (per key) | mean | relative to original |"
echo "| --- | --- | --- | --- |"
echo "| original | $orig | ${orig%% *} | 1.00 |"
for m in ${METHODS:-cascade mcadams}; do
	per=() sum=0
	for i in $(seq 1 "$keys"); do
		out="$work/$m-$i"
		"$work/callveil" anonymize --quiet --allow-no-transcript --names keep --voice "$m" ${PAUSES:+--pauses "$PAUSES"} \
			--key-file "$work/k$i.key" "$work/orig" -o "$out"
		recognise "$out"
		r=$(recall "$out.tsv")
		per+=("${r%% *}")
	done
	mean=$(python3 -c "import sys; v=[float(x) for x in sys.argv[1:]]; print(f'{sum(v)/len(v):.3f}')" "${per[@]}")
	rel=$(python3 -c "print(f'{$mean / float(\"${orig%% *}\"):.2f}')")
	echo "| $m | ${per[*]} | $mean | $rel |"
done
