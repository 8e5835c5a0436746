package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readLines reads a manifest file into lines, failing on any invalid one.
func readLines(t *testing.T, path string) []manifestLine {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var out []manifestLine
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if line == "" {
			continue
		}
		var l manifestLine
		require.NoError(t, json.Unmarshal([]byte(line), &l), "line %q", line)
		out = append(out, l)
	}
	return out
}

func newTestBatch(t *testing.T, workers int, fn processFunc) (*batch, string) {
	t.Helper()
	dir := t.TempDir()
	mw, err := openManifest(filepath.Join(dir, "manifest.jsonl"), false)
	require.NoError(t, err)
	t.Cleanup(func() { mw.Close() })
	return &batch{workers: workers, process: fn, manifest: mw, outdir: dir, log: slog.New(slog.NewTextHandler(io.Discard, nil))}, dir
}

func TestBatch_OneBadRecordingNeverStopsTheOthers(t *testing.T) {
	var b *batch
	b, dir := newTestBatch(t, 3, func(ctx context.Context, tk task) manifestLine {
		l := baseLine(tk)
		// Every task writes its output first, as the library would on success.
		require.NoError(t, os.WriteFile(outPath(b.outdir, tk.names.Audio), []byte("wav"), 0o644))
		switch tk.id {
		case "panics":
			panic(fmt.Sprintf("index out of range while reading %s", tk.rec.Path))
		case "refused":
			l.Status, l.ErrorCategory = statusRefused, "no_transcript"
		case "failed":
			l.Status, l.ErrorCategory = statusFailed, "corrupt"
		default:
			l.Status, l.Output, l.DurationSeconds = statusOK, tk.names.Audio, 60
			l.Findings = map[string]int{"PHONE": 1}
		}
		return l
	})
	var tasks []task
	for _, id := range []string{"ok1", "panics", "refused", "ok2", "failed", "ok3"} {
		r := recording{Path: "/in/+15551234567-" + id + ".wav", Rel: "+15551234567-" + id + ".wav"}
		tasks = append(tasks, task{rec: r, id: id, names: outputNames{Audio: id + ".wav"}, scrub: newScrubber(r, true)})
	}
	sum, err := b.run(context.Background(), tasks)
	require.NoError(t, err)
	require.NoError(t, b.manifest.Close())

	lines := readLines(t, filepath.Join(dir, "manifest.jsonl"))
	require.Len(t, lines, len(tasks))
	byID := map[string]manifestLine{}
	for _, l := range lines {
		byID[l.ID] = l
	}
	for _, id := range []string{"ok1", "ok2", "ok3"} {
		assert.Equal(t, statusOK, byID[id].Status)
		assert.FileExists(t, filepath.Join(dir, id+".wav"))
	}
	for _, id := range []string{"panics", "refused", "failed"} {
		assert.NotEqual(t, statusOK, byID[id].Status)
		assert.NoFileExists(t, filepath.Join(dir, id+".wav"), "fail closed: no output for %s", id)
		assert.Empty(t, byID[id].Output)
	}
	assert.Equal(t, "internal", byID["panics"].ErrorCategory)
	assert.NotContains(t, byID["panics"].Error, "5551234567", "panic messages are scrubbed too")
	assert.Equal(t, exitFail, sum.exitCode())
	assert.Equal(t, 3, sum.ok)
	assert.Equal(t, 1, sum.refused)
	assert.Equal(t, 2, sum.failed)
	assert.Equal(t, 3, sum.findings["PHONE"])
}

func TestBatch_CancelStopsNewWorkAndRecordsRunning(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var started atomic.Int32
	b, dir := newTestBatch(t, 2, func(ctx context.Context, tk task) manifestLine {
		if started.Add(1) == 2 {
			cancel() // Ctrl-C while two recordings are running
		}
		l := baseLine(tk)
		select {
		case <-ctx.Done():
			l.Status, l.ErrorCategory = statusFailed, "cancelled"
		case <-time.After(time.Minute): // (not abandoned: the bound below fails)
			l.Status = statusOK
		}
		return l
	})
	var tasks []task
	for i := range 50 {
		tasks = append(tasks, task{id: fmt.Sprint(i), names: outputNames{Audio: fmt.Sprint(i, ".wav")}})
	}
	t0 := time.Now()
	_, err := b.run(ctx, tasks)
	require.NoError(t, err)
	// Abandoned work returns in milliseconds, work left to run takes its
	// minute: the bound tells them apart with room for a loaded machine
	// (it was 2 s against a 5 s wait).
	assert.Less(t, time.Since(t0), 20*time.Second, "running work is abandoned promptly")
	require.NoError(t, b.manifest.Close())
	lines := readLines(t, filepath.Join(dir, "manifest.jsonl"))
	assert.Equal(t, int(started.Load()), len(lines), "every started recording, and only those, has a line")
	assert.LessOrEqual(t, len(lines), 3, "no new work after the cancel")
	for _, l := range lines {
		assert.Equal(t, "cancelled", l.ErrorCategory)
	}
}

func TestBatch_SkipLinesAreWrittenWithoutProcessing(t *testing.T) {
	b, dir := newTestBatch(t, 1, func(ctx context.Context, tk task) manifestLine {
		t.Errorf("task %s processed although skipped", tk.id)
		return baseLine(tk)
	})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.wav"), []byte("kept"), 0o644))
	skip := manifestLine{ID: "a", Status: statusSkipped, Output: "a.wav"}
	sum, err := b.run(context.Background(), []task{{id: "a", names: outputNames{Audio: "a.wav"}, skip: &skip}})
	require.NoError(t, err)
	assert.Equal(t, 1, sum.skipped)
	assert.Equal(t, exitOK, sum.exitCode())
	assert.FileExists(t, filepath.Join(dir, "a.wav"), "a skipped recording keeps its output")
}

func TestProgress_LogsPlainLinesWhenNotATerminal(t *testing.T) {
	var buf syncBuffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	p := newProgress(&buf, false, 4, 20*time.Millisecond, log)
	p.done(statusOK, 1800)
	p.done(statusFailed, 0)
	time.Sleep(100 * time.Millisecond)
	p.finish()
	out := buf.String()
	assert.Contains(t, out, "msg=progress")
	assert.Contains(t, out, "done=2 total=4")
	assert.Contains(t, out, "audio_hours=0.500")
	s := p.state()
	assert.Equal(t, 2, s.Done)
	assert.Greater(t, s.ETA, time.Duration(0))
}

func TestProgress_NilIsSilent(t *testing.T) {
	var p *progress
	p.done(statusOK, 1)
	p.finish()
}

func TestSummaryLine(t *testing.T) {
	s := newSummary()
	s.add(manifestLine{Status: statusOK, DurationSeconds: 3600, Findings: map[string]int{"PHONE": 2, "PERSON": 1}})
	s.add(manifestLine{Status: statusOK, DurationSeconds: 1800, Findings: map[string]int{"PHONE": 1}})
	s.add(manifestLine{Status: statusRefused})
	s.add(manifestLine{Status: statusSkipped})
	got := s.line(90 * time.Second)
	assert.Equal(t, "callveil: 4 recordings: 2 ok, 0 failed, 1 refused, 1 skipped; 1.500 h of audio in 1m30s (60.0x realtime); findings: PERSON=1 PHONE=3", got)
	assert.Equal(t, exitFail, s.exitCode())
	assert.Contains(t, newSummary().line(0), "findings: none")
}

// syncBuffer is a bytes.Buffer safe for the progress goroutine and the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestBatch_ResumeChecksTheOutputHash(t *testing.T) {
	var processed []string
	var mu sync.Mutex
	b, dir := newTestBatch(t, 2, func(ctx context.Context, tk task) manifestLine {
		mu.Lock()
		processed = append(processed, tk.id)
		mu.Unlock()
		l := baseLine(tk)
		l.Status = statusOK
		return l
	})
	var tasks []task
	for _, id := range []string{"intact", "tampered", "missing"} {
		p := filepath.Join(dir, id+".wav")
		require.NoError(t, os.WriteFile(p, []byte("audio of "+id), 0o644))
		sum, err := fileSHA256(p)
		require.NoError(t, err)
		prev := manifestLine{ID: id, Status: statusOK, Output: id + ".wav", OutputSHA256: sum}
		tasks = append(tasks, task{id: id, names: outputNames{Audio: id + ".wav"}, prev: &prev})
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "tampered.wav"), []byte("changed"), 0o644))
	require.NoError(t, os.Remove(filepath.Join(dir, "missing.wav")))

	sum, err := b.run(context.Background(), tasks)
	require.NoError(t, err)
	assert.Equal(t, 1, sum.skipped)
	assert.ElementsMatch(t, []string{"tampered", "missing"}, processed)
}
