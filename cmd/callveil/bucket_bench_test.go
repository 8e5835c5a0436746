//go:build unix

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/callveil/callveil/internal/testtools"
)

// BenchmarkAnonymize_FolderVsBucket runs "callveil anonymize" in process
// over testdata/calls twice per iteration, folder to folder and S3 to S3
// over loopback, and reports each one's audio seconds per wall second,
// the bucket run's wall time and CPU time over the folder run's (summed
// over the iterations, and the median of the iterations' ratios), the S3
// server's CPU time over the folder run's, and the S3 requests of one
// bucket run.
//
// The S3 server (gofakes3) runs in a child process (see startS3Process),
// so the CPU figures are callveil's own and the server uses the machine
// as a real object store's machines would not. The two runs alternate
// which goes first, so that both see the same machine load on average.
//
//	go test -run '^$' -bench 'FolderVsBucket$' -benchtime 10x ./cmd/callveil/
//
// To compare two builds in one run, build each with go test -c and run
// them in alternating rounds (the numbers in store's package doc were
// taken so).
func BenchmarkAnonymize_FolderVsBucket(b *testing.B) {
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			benchFolderVsBucket(b, j, false)
		})
	}
}

// BenchmarkAnonymize_FolderVsBucketHTTPS is BenchmarkAnonymize_FolderVsBucket
// with the S3 server on HTTPS (a self-signed certificate the SDK trusts
// through AWS_CA_BUNDLE), as object stores are reached in practice: the
// SDK then sends uploads with an unsigned payload and a trailing CRC32
// instead of hashing each with SHA-256 for the signature, and TLS
// encrypts both ways.
func BenchmarkAnonymize_FolderVsBucketHTTPS(b *testing.B) {
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			benchFolderVsBucket(b, j, true)
		})
	}
}

func benchFolderVsBucket(b *testing.B, j int, useTLS bool) {
	in := filepath.Join("..", "..", "testdata", "calls")
	f := startS3ProcessTLS(b, useTLS, "calls", "safe")
	entries, err := os.ReadDir(in)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".md") || strings.Contains(e.Name(), ".truth.") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(in, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		f.put(b, "calls", "in/"+e.Name(), data)
	}
	key := writeKey(b)
	b.ReportAllocs() // both runs' allocations together (the server's are its own)
	var folder, bucket, folderCPU, bucketCPU, serverCPU time.Duration
	var requests int64
	var wallRatios, cpuRatios []float64 // per iteration
	var audioSeconds float64
	i := 0
	for b.Loop() {
		i++
		out := b.TempDir()
		var fw, fc, bw, bc time.Duration
		runFolder := func() {
			c0, t0 := testtools.CPUTime(), time.Now()
			if code := runLabelled("folder", []string{"anonymize", "--quiet", "--key-file", key, "-j", fmt.Sprint(j), in, "-o", out}); code != exitOK {
				b.Fatalf("folder run: exit %d", code)
			}
			fw, fc = time.Since(t0), testtools.CPUTime()-c0
			folder += fw
			folderCPU += fc
		}
		runBucket := func() {
			r0 := f.requests(b)
			s0, c0, t0 := f.cpu(), testtools.CPUTime(), time.Now()
			if code := runLabelled("bucket", []string{"anonymize", "--quiet", "--key-file", key, "-j", fmt.Sprint(j), f.url("calls", "in/"), "-o", f.url("safe", fmt.Sprintf("out%d/", i))}); code != exitOK {
				b.Fatalf("bucket run: exit %d", code)
			}
			bw, bc = time.Since(t0), testtools.CPUTime()-c0
			bucket += bw
			bucketCPU += bc
			serverCPU += f.cpu() - s0
			requests += f.requests(b) - r0
		}
		if i%2 == 1 {
			runFolder()
			runBucket()
		} else {
			runBucket()
			runFolder()
		}
		wallRatios = append(wallRatios, bw.Seconds()/fw.Seconds())
		cpuRatios = append(cpuRatios, bc.Seconds()/fc.Seconds())
		idx, _, err := readManifest(filepath.Join(out, "manifest.jsonl"))
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range idx {
			audioSeconds += l.DurationSeconds
		}
	}
	b.ReportMetric(audioSeconds/folder.Seconds(), "folder-x-realtime")
	b.ReportMetric(audioSeconds/bucket.Seconds(), "x-realtime")
	b.ReportMetric(bucket.Seconds()/folder.Seconds(), "bucket/folder")
	// CPU time of this process (callveil's, the server being elsewhere),
	// which the load of other processes on a shared machine disturbs far
	// less than wall time.
	b.ReportMetric(bucketCPU.Seconds()/folderCPU.Seconds(), "cpu-bucket/folder")
	// The server's CPU time during the bucket runs (Linux only; 10 ms
	// resolution), against the folder run's CPU time.
	b.ReportMetric(serverCPU.Seconds()/folderCPU.Seconds(), "cpu-server/folder")
	// The medians of the two ratios over the iterations, each taken from
	// a folder run and a bucket run back to back: a burst of load from
	// other processes moves a sum, less a median.
	// The S3 requests of one bucket run.
	b.ReportMetric(float64(requests)/float64(i), "requests/op")
	b.ReportMetric(median(wallRatios), "med-bucket/folder")
	b.ReportMetric(median(cpuRatios), "med-cpu-bucket/folder")
}

// median is the middle value of v (the mean of the two middle ones for
// an even count), or 0 for none. It sorts v.
func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// runLabelled runs the CLI with the pprof label path=which on every
// goroutine it starts, so a -cpuprofile of this benchmark splits into
// the folder run, the bucket run and the rest (the S3 server's handler
// goroutines carry no label):
//
//	go tool pprof -tagfocus path=bucket cpu.out
func runLabelled(which string, args []string) (code int) {
	pprof.Do(context.Background(), pprof.Labels("path", which), func(ctx context.Context) {
		code = run(ctx, args, io.Discard, io.Discard)
	})
	return code
}
