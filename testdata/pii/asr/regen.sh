#!/usr/bin/env bash
# Regenerates the ASR PII set's audio and recognition, then the set.
# Needs flite, espeak-ng, sox and pocketsphinx with its en-us model
# (apt-get install flite espeak-ng sox pocketsphinx pocketsphinx-en-us);
# the project's tests need none of them: they read the committed
# recognised.jsonl.gz and ../asr.jsonl.gz.
#
# Usage (from anywhere):
#   testdata/pii/asr/regen.sh            # every call (about 40 min of CPU on 2 cores)
#   ONLY=101,102 testdata/pii/asr/regen.sh   # only these calls, the rest kept
#   WORK=/tmp/asr-audio testdata/pii/asr/regen.sh   # keep the audio there (default: a temp dir, removed)
#
# The audio (call.wav per call, stereo or mono, 16 kHz) is never committed.
set -euo pipefail
cd "$(dirname "$0")"
for tool in flite espeak-ng sox pocketsphinx_continuous; do
	command -v "$tool" >/dev/null || { echo "regen: $tool is not installed" >&2; exit 2; }
done
[ -d /usr/share/pocketsphinx/model/en-us/en-us ] || { echo "regen: no pocketsphinx en-us model (apt-get install pocketsphinx-en-us)" >&2; exit 2; }
work=${WORK:-}
if [ -z "$work" ]; then
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi
nice go run ./build -recognise "$work" ${ONLY:+-only "$ONLY"} -j "${JOBS:-2}"
go run ./build
