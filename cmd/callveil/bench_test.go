package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/callveil/callveil/anonymize"
)

// BenchmarkAnonymizeBatch runs "callveil anonymize" in process over
// testdata/calls (every worker count up to the CPUs) and reports audio
// seconds per wall second for the whole batch: decoding, redaction, voice
// masking, encoding, hashing, manifest.
func BenchmarkAnonymizeBatch(b *testing.B) {
	in := filepath.Join("..", "..", "testdata", "calls")
	key := filepath.Join(b.TempDir(), "k")
	k, err := anonymize.NewRandomKey()
	if err != nil {
		b.Fatal(err)
	}
	if err := anonymize.WriteKeyFile(key, k); err != nil {
		b.Fatal(err)
	}
	for _, j := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			b.ReportAllocs()
			var audioSeconds float64
			var elapsed time.Duration
			for b.Loop() {
				out := b.TempDir()
				t0 := time.Now()
				code := run(context.Background(), []string{"anonymize", "--quiet", "--key-file", key, "-j", fmt.Sprint(j), in, "-o", out}, io.Discard, io.Discard)
				elapsed += time.Since(t0)
				if code != exitOK {
					b.Fatalf("exit %d", code)
				}
				idx, _, err := readManifest(filepath.Join(out, "manifest.jsonl"))
				if err != nil {
					b.Fatal(err)
				}
				for _, l := range idx {
					audioSeconds += l.DurationSeconds
				}
			}
			b.ReportMetric(audioSeconds/elapsed.Seconds(), "x-realtime")
		})
	}
}

// BenchmarkManifestWrite measures one manifest line (JSON and fsync).
func BenchmarkManifestWrite(b *testing.B) {
	w, err := openManifest(filepath.Join(b.TempDir(), "m.jsonl"), false)
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	l := manifestLine{ID: "0123456789abcdef0123", Status: statusOK, Output: "0123456789abcdef0123.wav",
		DurationSeconds: 300, SampleRate: 8000, Channels: 2, Findings: map[string]int{"PHONE": 3, "PERSON": 4},
		Spans: make([]manifestSpan, 8), Voices: make([]manifestVoice, 2), Timings: &manifestTimings{}}
	b.ReportAllocs()
	for b.Loop() {
		if err := w.write(l); err != nil {
			b.Fatal(err)
		}
	}
}
