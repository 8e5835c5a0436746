#!/usr/bin/env bash
# bench/bucket.sh: callveil anonymize folder to folder against S3 to S3 over
# loopback, each run a process of its own as users run it (where
# BenchmarkAnonymize_FolderVsBucket runs both in one test process, which
# pays start-up and first-use costs once for all iterations).
#
#   bench/bucket.sh                                  # from the repository root
#   ROUNDS=12 COPIES=10 BEFORE=/path/to/old/callveil bench/bucket.sh
#
# It builds callveil and the cmd/callveil test binary, which serves the S3
# test server (gofakes3, in memory) in a process of its own with
# testdata/calls loaded COPIES times (COPIES x 5 calls; a local folder holds
# the same files), and then, for ROUNDS rounds (default 10), at -j 1 and
# -j 2, alternating build by build, times a folder run and a bucket run with
# GNU time. It prints, per build and -j, the median CPU seconds (user + sys),
# wall seconds and peak RSS of each run, and the medians of the per-round
# bucket/folder ratios. It also reads the server's CPU time from /proc
# before and after each bucket run and prints its median over the folder
# run's CPU ("server/folder"): on a machine whose cores callveil needs all
# of (-j 2 on 2 cores) that share is taken from callveil's wall time, which
# a real object store's own machines would not take. Needs only Go and GNU
# time (/usr/bin/time); the server CPU figure needs Linux's /proc.
#
# CPU and wall time are bash's `time` of each run (getrusage of the
# finished children, in milliseconds: GNU time prints CPU in steps of 10
# ms, a quarter of the difference being measured on five calls), and so
# include GNU time's own start (about 1 ms, the same for both kinds of
# run); peak RSS is GNU time's. The server logs every request it serves,
# and the summary gives the median requests and megabytes sent and
# received per bucket run.
#
# SERVER_WRAP runs the server under a command, e.g. SERVER_WRAP="taskset -c 1"
# or SERVER_WRAP="nice -n 10"; CLIENT_WRAP runs each callveil (folder and
# bucket runs alike) under one, e.g. CLIENT_WRAP="taskset -c 0", so that
# with both the server's CPU is not taken from callveil's core; JOBS="1"
# times -j 1 only. TLS=1 serves HTTPS (a self-signed certificate
# the server makes, trusted through AWS_CA_BUNDLE), as object stores are
# reached in practice: TLS then encrypts both ways (callveil hands the SDK
# each upload's SHA-256, store.Location.PutSHA256, so the SDK hashes no
# upload over HTTP or HTTPS). gofakes3 cannot
# take the SDK's default chunked HTTPS uploads, so TLS=1 also sets
# request_checksum_calculation=when_required (no CRC32 trailer).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-10}
COPIES=${COPIES:-1}
WORK=$(mktemp -d)
SRV=""
cleanup() {
	exec 7>&- 2>/dev/null || true
	[ -n "$SRV" ] && wait "$SRV" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

go build -o "$WORK/callveil" ./cmd/callveil
go test -c -o "$WORK/server.test" ./cmd/callveil
builds=("$WORK/callveil")
[ -n "${BEFORE:-}" ] && builds+=("$BEFORE")

# The same calls in a folder: COPIES subfolders, as the server loads them.
for c in $(seq 0 $((COPIES - 1))); do
	mkdir -p "$WORK/in/$c"
	for f in testdata/calls/*; do
		case "$f" in *.md | *.truth.*) continue ;; esac
		cp "$f" "$WORK/in/$c/"
	done
done

mkfifo "$WORK/stdin"
TLSENV=()
if [ -n "${TLS:-}" ]; then
	mkdir -m 700 "$WORK/tls"
	TLSENV=(CALLVEIL_TEST_SERVE_S3_TLS="$WORK/tls")
fi
env "${TLSENV[@]}" CALLVEIL_TEST_SERVE_S3_LOG="$WORK/requests" CALLVEIL_TEST_SERVE_S3=calls,safe CALLVEIL_TEST_SERVE_S3_LOAD="calls/in/=$PWD/testdata/calls*$COPIES" \
	${SERVER_WRAP:-} "$WORK/server.test" <"$WORK/stdin" >"$WORK/addr" &
SRV=$!
exec 7>"$WORK/stdin" # the server exits when this closes
for _ in $(seq 50); do grep -q '^addr ' "$WORK/addr" 2>/dev/null && break; sleep 0.1; done
ADDR=$(sed -n 's/^addr //p' "$WORK/addr")
[ -n "$ADDR" ] || { echo "the S3 test server did not start" >&2; exit 1; }

export AWS_ACCESS_KEY_ID=callveil-bench AWS_SECRET_ACCESS_KEY=callveil-bench AWS_REGION=us-east-1 \
	AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_CA_BUNDLE=
Q="endpoint=http%3A%2F%2F$ADDR&use_path_style=true&region=us-east-1&response_checksum_validation=when_required"
if [ -n "${TLS:-}" ]; then
	export AWS_CA_BUNDLE="$WORK/tls/cert.pem"
	Q="endpoint=https%3A%2F%2F$ADDR&use_path_style=true&region=us-east-1&response_checksum_validation=when_required&request_checksum_calculation=when_required"
fi
"$WORK/callveil" keygen -o "$WORK/key" >/dev/null 2>&1

# srvcpu prints the server's user+system CPU time so far, in clock ticks
# (0 where there is no /proc).
TICKS=$(getconf CLK_TCK 2>/dev/null || echo 100)
srvcpu() { awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$SRV/stat" 2>/dev/null || echo 0; }

# timed runs callveil under CLIENT_WRAP and GNU time, and leaves
# "wall user sys maxrss" in $WORK/t.
TIMEFORMAT='%3R %3U %3S'
timed() {
	{ time /usr/bin/time -o "$WORK/rss" -f "%M" ${CLIENT_WRAP:-} "$@" 2>/dev/null; } 2>"$WORK/tb"
	echo "$(cat "$WORK/tb") $(cat "$WORK/rss")" >"$WORK/t"
}
# served prints the requests logged so far, and the bytes received and sent.
served() { awk '{ n++; up += ($3 > 0 ? $3 : 0); down += $4 } END { print n + 0, up + 0, down + 0 }' "$WORK/requests" 2>/dev/null || echo 0 0 0; }

n=0
for r in $(seq "$ROUNDS"); do
	for j in ${JOBS:-1 2}; do
		for i in "${!builds[@]}"; do
			b=${builds[$i]}
			n=$((n + 1))
			rm -rf "$WORK/out"
			timed "$b" anonymize --quiet --key-file "$WORK/key" -j "$j" "$WORK/in" -o "$WORK/out"
			echo "$i $j folder $r $(cat "$WORK/t") 0 0 0 0" >>"$WORK/times"
			s0=$(srvcpu)
			q0=$(served)
			timed "$b" anonymize --quiet --key-file "$WORK/key" -j "$j" "s3://calls/in/?$Q" -o "s3://safe/o$n/?$Q"
			sleep 0.05 # the server logs a request just after answering it
			s1=$(srvcpu)
			q1=$(served)
			echo "$i $j bucket $r $(cat "$WORK/t") $(awk -v a="$s0" -v b="$s1" -v t="$TICKS" 'BEGIN { print (b - a) / t }') $(echo "$q0 $q1" | awk '{ print $4 - $1, $5 - $2, $6 - $3 }')" >>"$WORK/times"
		done
	done
done

echo "# bench/bucket.sh: $ROUNDS rounds, $((COPIES * 5)) calls a run ($COPIES x testdata/calls)${TLS:+, HTTPS}${SERVER_WRAP:+, server under $SERVER_WRAP}${CLIENT_WRAP:+, callveil under $CLIENT_WRAP}, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v names="${builds[*]}" '
function median(a, n,   i, j, t) {
	for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j+1] = a[j]; a[j+1] = t }
	return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
}
{ k = $1 " " $2; cpu[k, $3, $4] = $6 + $7; wall[k, $3, $4] = $5; rss[k, $3, $4] = $8; srv[k, $3, $4] = $9; req[k, $4] = $10; up[k, $4] = $11; down[k, $4] = $12; rounds[k] = ($4 > rounds[k] ? $4 : rounds[k]) }
END {
	split(names, nm, " ")
	printf "%-40s %3s  %22s  %22s  %15s  %17s  %13s  %20s\n", "build", "-j", "CPU s folder / bucket", "wall s folder / bucket", "RSS MiB f / b", "bucket/folder CPU, wall", "server/folder", "requests, MB up/down"
	for (k in rounds) {
		split(k, kk, " "); n = rounds[k]
		for (r = 1; r <= n; r++) { fc[r] = cpu[k,"folder",r]; bc[r] = cpu[k,"bucket",r]; fw[r] = wall[k,"folder",r]; bw[r] = wall[k,"bucket",r]
			fr[r] = rss[k,"folder",r]; br[r] = rss[k,"bucket",r]; rc[r] = bc[r] / fc[r]; rw[r] = bw[r] / fw[r]; rs[r] = srv[k,"bucket",r] / fc[r]
			rq[r] = req[k,r]; ru[r] = up[k,r] / 1e6; rd[r] = down[k,r] / 1e6 }
		printf "%-40s %3s  %10.3f / %9.3f  %10.2f / %9.2f  %6.1f / %6.1f  %8.3f, %6.3f  %13.2f  %6d, %5.1f / %5.1f\n", nm[kk[1]+1], kk[2], median(fc, n), median(bc, n), median(fw, n), median(bw, n), median(fr, n)/1024, median(br, n)/1024, median(rc, n), median(rw, n), median(rs, n), median(rq, n), median(ru, n), median(rd, n)
	}
}' "$WORK/times" | sort -k2,2 -s
