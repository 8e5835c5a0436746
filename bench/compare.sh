#!/usr/bin/env bash
# bench/compare.sh: callveil's cost per audio hour beside the tools users
# would reach for, measured in one run.
#
# It builds callveil and bench/gen, generates a 60-minute 8 kHz mono and a
# 10-minute 16 kHz mono speech-like WAV (the example calls of testdata/calls,
# espeak-ng speech, looped; with a Whisper JSON transcript whose PII lies at
# known places), then, for ROUNDS rounds, alternating tool by tool, times:
#
#   callveil pitch     callveil anonymize --voice pitch (no transcript)
#   callveil pipeline  callveil anonymize (transcript, bleep, Cascade, WAV out)
#   sox pitch          sox IN OUT pitch 300
#   rubberband R2      rubberband -2 -p 3 IN OUT   (R3: -3)
#   ffmpeg rubberband  ffmpeg -af rubberband=pitch=2^(3/12)
#   MP3 decode         a 44.1 kHz stereo and an 8 kHz mono MPEG-2.5 MP3 to WAV:
#                      callveil --voice off, BEFORE, ffmpeg -threads 1
#
# and prints the median CPU seconds (user + sys, from /usr/bin/time) per
# audio hour, the peak RSS, and the ratio of callveil to each peer. Peers not
# installed are skipped, and the output says so. It also measures the peak
# RSS of the full pipeline on a 2-hour 44.1 kHz stereo file and the batch
# throughput of -j 1 against -j 2 (CPU-bound work: wall-clock, so run it on
# an otherwise idle machine for that line to mean anything).
#
# Environment:
#   ROUNDS=3         rounds of the alternating timings
#   WORK=DIR         scratch folder (default: a new temporary one; ~1.6 GB)
#   BEFORE=BINARY    an older callveil binary timed alongside as "before"
#   SKIP_LONG=1      skip the 2-hour 44.1 kHz stereo memory run
#   SKIP_BATCH=1     skip the -j scaling run
#   BATCH=24         5-minute recordings in the -j scaling run
#   REPORT_ONLY=1    print the report of the timings already in WORK
#   ONLY_MP3=1       time only the MP3 decoding (callveil, BEFORE, ffmpeg)
#
# Usage: bench/compare.sh > bench/RESULTS.md   (from the repository root)
set -euo pipefail

ROUNDS=${ROUNDS:-3}
cd "$(dirname "$0")/.."
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
	echo "compare.sh: /usr/bin/time (GNU time) is needed: apt-get install time" >&2
	exit 2
fi
log() { echo "compare.sh: $*" >&2; }

log "building into $WORK"
go build -o "$WORK/callveil" ./cmd/callveil
go build -o "$WORK/gen" ./bench/gen
CV="$WORK/callveil"

gen() { # name seconds rate channels [json]
	local d="$WORK/in-$1"
	mkdir -p "$d"
	if [ ! -s "$d/$1.wav" ]; then
		log "generating $1 ($2 s, $3 Hz, $4 ch)"
		if [ -n "${5:-}" ]; then
			"$WORK/gen" -seconds "$2" -rate "$3" -channels "$4" -o "$d/$1.wav" -json "$d/$1.json"
		else
			"$WORK/gen" -seconds "$2" -rate "$3" -channels "$4" -o "$d/$1.wav"
		fi
	fi
}
gen long8k 3600 8000 1 json
gen long16k 600 16000 1 json
mkdir -p "$WORK/empty"
KEY="$WORK/bench.key"
[ -s "$KEY" ] || "$CV" keygen -o "$KEY" >/dev/null 2>&1

RES="$WORK/results.tsv" # tool input round cpu rss
LOAD="$WORK/load.txt"    # load averages sampled during the run
if [ -z "${REPORT_ONLY:-}" ]; then
	: >"$RES"
	rm -f "$WORK/batch.txt" "$WORK/longrss.txt"
	: >"$LOAD"
	# Sample the load average every 20 s while this script runs.
	(while kill -0 $$ 2>/dev/null; do cut -d' ' -f1-3 /proc/loadavg >>"$LOAD"; sleep 20; done) &
fi

# timeit TOOL INPUT ROUND CMD...: run CMD, record user+sys and max RSS.
timeit() {
	local tool=$1 input=$2 round=$3
	shift 3
	if ! "$TIME" -f "%U %S %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt"; then
		log "$tool on $input failed:"
		tail -3 "$WORK/stderr.txt" >&2
		return 0
	fi
	read -r u s m <"$WORK/time.txt"
	echo -e "$tool\t$input\t$round\t$(echo "$u + $s" | bc -l)\t$m" >>"$RES"
}

# anon TOOL INPUT ROUND BINARY INPUTDIR [flags]: time one callveil run
# (one worker, a fresh output folder).
anon() {
	local tool=$1 input=$2 round=$3 bin=$4 in=$5
	shift 5
	rm -rf "$WORK/out"
	timeit "$tool" "$input" "$round" "$bin" anonymize --quiet -j 1 --key-file "$KEY" "$@" "$in" -o "$WORK/out"
}

peers=()
missing=()
have() { command -v "$1" >/dev/null 2>&1; }
have sox && peers+=("sox pitch") || missing+=("sox")
if have rubberband; then
	peers+=("rubberband R2")
	rbhelp=$(rubberband --help 2>&1 || true)
	if [[ $rbhelp == *--fine* ]]; then
		peers+=("rubberband R3")
	else
		missing+=("rubberband R3 (this rubberband has no --fine)")
	fi
else
	missing+=("rubberband")
fi
ffilters=$(have ffmpeg && ffmpeg -hide_banner -filters 2>/dev/null || true)
if [[ $ffilters == *" rubberband "* ]]; then
	peers+=("ffmpeg rubberband")
else
	missing+=("ffmpeg's rubberband filter")
fi

runpeer() { # PEER INPUT ROUND
	local in="$WORK/in-$2/$2.wav" out="$WORK/peer.wav"
	case $1 in
	"sox pitch") timeit "$1" "$2" "$3" sox "$in" "$out" pitch 300 ;;
	"rubberband R2") timeit "$1" "$2" "$3" rubberband -2 -p 3 "$in" "$out" ;;
	"rubberband R3") timeit "$1" "$2" "$3" rubberband -3 -p 3 "$in" "$out" ;;
	"ffmpeg rubberband") timeit "$1" "$2" "$3" ffmpeg -nostdin -v error -y -threads 1 -i "$in" -af "rubberband=pitch=1.189207" "$out" ;;
	esac
}

if [ -z "${REPORT_ONLY:-}" ]; then
if [ -z "${ONLY_MP3:-}" ]; then
tools=("callveil pitch" "callveil pipeline")
[ -n "${BEFORE:-}" ] && tools+=("before pitch" "before pipeline")
tools+=("${peers[@]}")
for r in $(seq 1 "$ROUNDS"); do
	for input in long8k long16k; do
		log "round $r/$ROUNDS, $input"
		d="$WORK/in-$input"
		for t in "${tools[@]}"; do
			case $t in
			"callveil pitch") anon "$t" $input $r "$CV" "$d" --voice pitch --allow-no-transcript --transcripts "$WORK/empty" ;;
			"callveil pipeline") anon "$t" $input $r "$CV" "$d" ;;
			"before pitch") anon "$t" $input $r "$BEFORE" "$d" --voice pitch --allow-no-transcript --transcripts "$WORK/empty" ;;
			"before pipeline") anon "$t" $input $r "$BEFORE" "$d" ;;
			*) runpeer "$t" $input $r ;;
			esac
		done
	done
done

fi

# MP3 decoding: a 10-minute 44.1 kHz stereo MP3 (128 kbit/s, LAME through
# ffmpeg) and a 60-minute 8 kHz mono MPEG-2.5 one (16 kbit/s, the telephony
# kind), decoded and written as WAV: callveil (voice off, no transcript:
# decoding and encoding only) against ffmpeg (-threads 1), alternating, and
# BEFORE (an older callveil, e.g. one decoding with go-mp3) when given.
fencoders=$(have ffmpeg && ffmpeg -hide_banner -encoders 2>/dev/null || true)
if [[ $fencoders == *libmp3lame* ]]; then
	gen mp3src 600 44100 2
	mkdir -p "$WORK/in-mp3" "$WORK/in-mp3tel"
	if [ ! -s "$WORK/in-mp3/mp3.mp3" ]; then
		ffmpeg -nostdin -v error -y -i "$WORK/in-mp3src/mp3src.wav" -c:a libmp3lame -b:a 128k "$WORK/in-mp3/mp3.mp3"
	fi
	if [ ! -s "$WORK/in-mp3tel/mp3tel.mp3" ]; then
		ffmpeg -nostdin -v error -y -i "$WORK/in-long8k/long8k.wav" -c:a libmp3lame -b:a 16k "$WORK/in-mp3tel/mp3tel.mp3"
	fi
	for r in $(seq 1 "$ROUNDS"); do
		for input in mp3 mp3tel; do
			log "round $r/$ROUNDS, $input"
			anon "callveil mp3 decode" $input $r "$CV" "$WORK/in-$input" --voice off --allow-no-transcript --transcripts "$WORK/empty"
			if [ -n "${BEFORE:-}" ]; then
				anon "before mp3 decode" $input $r "$BEFORE" "$WORK/in-$input" --voice off --allow-no-transcript --transcripts "$WORK/empty"
			fi
			timeit "ffmpeg mp3 decode" $input $r ffmpeg -nostdin -v error -y -threads 1 -i "$WORK/in-$input/$input.mp3" "$WORK/peer.wav"
		done
	done
else
	missing+=("ffmpeg with libmp3lame (MP3 decode comparison)")
fi

# Batch scaling: BATCH recordings of 5 minutes (default 24, two audio
# hours: with fewer, a run lasts under a second and start-up and noise
# blur the ratio), -j 1 and -j 2 alternating, wall-clock, best of 3.
BATCH=${BATCH:-24}
if [ -z "${SKIP_BATCH:-}" ] && [ -z "${ONLY_MP3:-}" ]; then
	gen batch5m 300 8000 1 json
	rm -rf "$WORK/in-batch"
	mkdir -p "$WORK/in-batch"
	for i in $(seq 1 "$BATCH"); do
		ln -sf "$WORK/in-batch5m/batch5m.wav" "$WORK/in-batch/c$i.wav"
		ln -sf "$WORK/in-batch5m/batch5m.json" "$WORK/in-batch/c$i.json"
	done
	# wall -j N: prints wall-clock seconds and CPU seconds of one batch.
	wall() {
		rm -rf "$WORK/out-batch"
		local t0 t1
		t0=$(date +%s.%N)
		"$TIME" -f "%U %S" -o "$WORK/time.txt" "$CV" anonymize --quiet -j "$1" --key-file "$KEY" "$WORK/in-batch" -o "$WORK/out-batch" 2>/dev/null
		t1=$(date +%s.%N)
		read -r u s <"$WORK/time.txt"
		echo "$(echo "$t1 - $t0" | bc -l) $(echo "$u + $s" | bc -l)"
	}
	log "batch scaling"
	runs=""
	for _ in 1 2 3; do
		runs="$runs $(wall 1) $(wall 2)"
	done
	echo "$BATCH $runs $(cut -d' ' -f1 /proc/loadavg)" | awk '{
		n = $1; j1 = 1e9; j2 = 1e9; c1 = 0; c2 = 0
		for (r = 0; r < 3; r++) {
			w1 = $(2 + 4*r); u1 = $(3 + 4*r); w2 = $(4 + 4*r); u2 = $(5 + 4*r)
			if (w1 < j1) j1 = w1
			if (w2 < j2) j2 = w2
			c1 += u1 / 3; c2 += u2 / 3
		}
		printf "Batch, %d recordings × 5 min (%d audio-minutes, 8 kHz, full pipeline): wall-clock (best of 3, alternating) -j 1 %.2f s, -j 2 %.2f s: **%.2f×** the throughput with 2 workers (load average %s at the end); CPU time -j 1 %.2f s, -j 2 %.2f s (ratio %.2f: what parallelism costs in extra work)\n", n, 5 * n, j1, j2, j1 / j2, $14, c1, c2, c2 / c1 }' >"$WORK/batch.txt"
fi

# Peak RSS on a 2-hour 44.1 kHz stereo recording (full pipeline).
if [ -z "${SKIP_LONG:-}" ] && [ -z "${ONLY_MP3:-}" ]; then
	gen stereo44k 7200 44100 2 json
	log "2-hour 44.1 kHz stereo run"
	anon "callveil pipeline" stereo44k 1 "$CV" "$WORK/in-stereo44k"
	awk -F'\t' '$2 == "stereo44k" { printf "2-hour 44.1 kHz stereo 16-bit WAV (%.0f MiB), full pipeline: peak RSS **%.1f MiB**, %.1f CPU s (%.1f CPU s per audio hour)\n", 7200*44100*4/1048576, $5/1024, $4, $4/2 }' "$RES" >"$WORK/longrss.txt"
fi

fi

# Report.
echo "## compare.sh output"
echo
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), Go $(go env GOVERSION), $(uname -sr). Load average (1 min) sampled every 20 s during the run: $(awk '{ s += $1; if ($1 > m) m = $1; n++ } END { if (n) printf "mean %.2f, max %.2f over %d samples", s/n, m, n; else printf "not sampled" }' "$LOAD" 2>/dev/null)."
echo
echo "Measure: CPU time (user + sys, GNU time) of the whole process, median of $(cut -f3 "$RES" | sort -n | tail -1) alternating rounds, per audio hour; peak RSS (max resident set) of the same runs. Wall-clock is not used: other work shared the machine."
echo
if [ ${#missing[@]} -gt 0 ]; then
	for m in "${missing[@]}"; do echo "- skipped, not installed: $m"; done
	echo
fi
for input in long8k long16k; do
	case $input in
	long8k) hours=1 desc="60 min, 8 kHz mono 16-bit WAV" ;;
	long16k) hours=$(echo "600/3600" | bc -l) desc="10 min, 16 kHz mono 16-bit WAV" ;;
	esac
	echo "### $input ($desc)"
	echo
	awk -F'\t' -v inp="$input" -v h="$hours" '
	$2 == inp { n[$1]++; cpu[$1, n[$1]] = $4; if ($5 > rss[$1]) rss[$1] = $5; if (!($1 in seen)) { seen[$1] = 1; order[++k] = $1 } }
	function median(t,   i, j, a, m, x) {
		m = n[t]
		for (i = 1; i <= m; i++) a[i] = cpu[t, i]
		for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j+1] = a[j]; a[j+1] = x }
		return m % 2 ? a[(m+1)/2] : (a[m/2] + a[m/2+1]) / 2
	}
	END {
		for (i = 1; i <= k; i++) med[order[i]] = median(order[i]) / h
		printf "| tool | CPU s per audio hour | × real time (CPU) | peak RSS MiB | callveil pitch ÷ tool | callveil pipeline ÷ tool |\n"
		printf "| --- | ---: | ---: | ---: | ---: | ---: |\n"
		for (i = 1; i <= k; i++) {
			t = order[i]
			printf "| %s | %.2f | %.0f | %.1f | %.2f | %.2f |\n", t, med[t], 3600 / med[t], rss[t] / 1024, med["callveil pitch"] / med[t], med["callveil pipeline"] / med[t]
		}
	}' "$RES"
	echo
done
echo "A ratio below 1 means callveil used less CPU than that tool. Peers shift up by 3 semitones; callveil shifts by a keyed 2–5 semitones (up for a low voice, the costlier direction for its vocoder)."
echo
for input in mp3 mp3tel; do
	awk -F'\t' -v inp="$input" '$2 == inp { n[$1]++; c[$1] += $4; if ($5 > m[$1]) m[$1] = $5 }
END {
	h = (inp == "mp3") ? 1/6 : 1
	desc = (inp == "mp3") ? "MP3 (10 min, 44.1 kHz stereo MPEG-1, 128 kbit/s)" : "MP3 (60 min, 8 kHz mono MPEG-2.5, 16 kbit/s)"
	f = "ffmpeg mp3 decode"
	if (n["callveil mp3 decode"] && n[f]) {
		a = c["callveil mp3 decode"] / n["callveil mp3 decode"] / h; b = c[f] / n[f] / h
		line = sprintf("- %s decoded and written as 16-bit WAV, mean CPU s per audio hour: callveil **%.2f** (peak RSS %.1f MiB), ffmpeg %.2f (peak RSS %.1f MiB): ratio %.2f", desc, a, m["callveil mp3 decode"]/1024, b, m[f]/1024, a / b)
		if (n["before mp3 decode"]) {
			p = c["before mp3 decode"] / n["before mp3 decode"] / h
			line = line sprintf("; before %.2f (ratio to ffmpeg %.2f)", p, p / b)
		} else if (inp == "mp3tel" && ENVIRON["BEFORE"] != "") {
			line = line "; before: failed (an older callveil refuses MPEG-2.5)"
		}
		print line
	}
}' "$RES"
done
for f in longrss batch; do
	[ -s "$WORK/$f.txt" ] && echo "- $(cat "$WORK/$f.txt")"
done
echo
echo "Raw timings (tool, input, round, CPU s, max RSS KiB):"
echo
echo '```'
cat "$RES"
echo '```'
