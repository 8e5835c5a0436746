//go:build unix

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// BenchmarkAnonymize_FolderVsBucket runs "callveil anonymize" in process
// over testdata/calls twice per iteration, folder to folder and S3 to S3
// (the in-process S3 test server over loopback), one after the other so
// that both see the same machine load, and reports each one's audio
// seconds per wall second, the bucket run's time over the folder run's,
// and the same without the time spent inside the in-process S3 server.
//
//	go test -run '^$' -bench FolderVsBucket -benchtime 5x ./cmd/callveil/
func BenchmarkAnonymize_FolderVsBucket(b *testing.B) {
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			benchFolderVsBucket(b, j)
		})
	}
}

func benchFolderVsBucket(b *testing.B, j int) {
	in := filepath.Join("..", "..", "testdata", "calls")
	f := startFakeS3(b, "calls", "safe")
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
		f.put(b, "calls", "in/"+e.Name(), data, nil)
	}
	key := writeKey(b)
	var folder, bucket, server, folderCPU, bucketCPU time.Duration
	var audioSeconds float64
	i := 0
	for b.Loop() {
		i++
		out := b.TempDir()
		c0 := cpuTime()
		t0 := time.Now()
		if code := run(context.Background(), []string{"anonymize", "--quiet", "--key-file", key, "-j", fmt.Sprint(j), in, "-o", out}, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("folder run: exit %d", code)
		}
		folder += time.Since(t0)
		c1 := cpuTime()
		folderCPU += c1 - c0
		t0 = time.Now()
		busy := f.busy.Load()
		if code := run(context.Background(), []string{"anonymize", "--quiet", "--key-file", key, "-j", fmt.Sprint(j), f.url("calls", "in/"), "-o", f.url("safe", fmt.Sprintf("out%d/", i))}, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("bucket run: exit %d", code)
		}
		bucket += time.Since(t0)
		bucketCPU += cpuTime() - c1
		server += time.Duration(f.busy.Load() - busy)
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
	// The S3 test server runs in this process, on the same two cores: its
	// handler time (MD5 of every upload, in-memory copies, XML) is work a
	// real object store does elsewhere. With -j 1 the client waits for
	// each request, so this is the bucket run without it; with more
	// workers requests overlap processing and this undercounts.
	b.ReportMetric((bucket-server).Seconds()/folder.Seconds(), "bucket-server/folder")
	// CPU time of the whole process (the server's included), which the
	// load of other processes on a shared machine disturbs far less than
	// wall time.
	b.ReportMetric(bucketCPU.Seconds()/folderCPU.Seconds(), "cpu-bucket/folder")
}

// cpuTime is the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
