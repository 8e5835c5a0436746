#!/usr/bin/env bash
# Word recall of a real speech recogniser (pocketsphinx, US English model) on
# voice-masked speech against the original: the utility figure of issue 17.
# Needs pocketsphinx (pocketsphinx_continuous and the pocketsphinx-en-us
# model), ffmpeg and python3; the project's tests need none of them.
#
# Usage (from the repository root):
#   bench/asr_recall.sh                  # methods: cascade mcadams
#   METHODS="cascade mcadams pitch" bench/asr_recall.sh
#
# Data: testdata/voices/16k, the synthetic set, because its sentences are
# known (testdata/voices/README.md) and whole; the real-speech clips are cut
# mid-sentence and have no reference text. Recall = reference words found in
# the hypothesis (bag of words, case-insensitive) / reference words, summed
# over the 40 utterances. Each method is run with one fixed key.
set -euo pipefail
cd "$(dirname "$0")/.."
model=${MODEL:-/usr/share/pocketsphinx/model/en-us}
for tool in pocketsphinx_continuous ffmpeg python3; do
	command -v "$tool" >/dev/null || { echo "asr_recall: $tool is not installed" >&2; exit 2; }
done
[ -d "$model/en-us" ] || { echo "asr_recall: no pocketsphinx model in $model (apt install pocketsphinx-en-us)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/callveil" ./cmd/callveil
"$work/callveil" keygen -o "$work/k.key" >/dev/null
# Reference sentences from the README table: | `spkN_uttM` | spkN | sentence |
grep -E '^\| `spk[0-9]+_utt[0-9]+` \|' testdata/voices/README.md |
	awk -F'|' '{gsub(/[` ]/, "", $2); sub(/^ +/, "", $4); sub(/ +$/, "", $4); print $2 "\t" $4}' >"$work/ref.tsv"

recognise() { # DIR -> DIR/hyp.tsv
	local dir=$1 f name
	: >"$dir/hyp.tsv"
	for f in "$dir"/*.mp3 "$dir"/*.wav; do
		[ -e "$f" ] || continue
		name=$(basename "${f%.*}")
		ffmpeg -loglevel error -y -i "$f" -ar 16000 -ac 1 -sample_fmt s16 "$work/in.wav"
		printf '%s\t%s\n' "$name" "$(pocketsphinx_continuous -infile "$work/in.wav" -hmm "$model/en-us" \
			-lm "$model/en-us.lm.bin" -dict "$model/cmudict-en-us.dict" -logfn /dev/null 2>/dev/null | tr '\n' ' ')" >>"$dir/hyp.tsv"
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
cp testdata/voices/16k/*.mp3 "$work/orig/"
recognise "$work/orig"
orig=$(recall "$work/orig/hyp.tsv")
echo "| speech | word recall | relative to original |"
echo "| --- | --- | --- |"
echo "| original | $orig | 1.00 |"
for m in ${METHODS:-cascade mcadams}; do
	out="$work/$m"
	"$work/callveil" anonymize --quiet --allow-no-transcript --names keep --voice "$m" \
		--key-file "$work/k.key" testdata/voices/16k -o "$out"
	recognise "$out"
	r=$(recall "$out/hyp.tsv")
	rel=$(python3 -c "print(f'{float(\"${r%% *}\") / float(\"${orig%% *}\"):.2f}')")
	echo "| $m | $r | $rel |"
done
