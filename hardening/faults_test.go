package hardening_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/transcript"
)

// fullDisk is an in-memory io.WriteSeeker that fails with ENOSPC once
// limit bytes have been written, as a full disk does.
type fullDisk struct {
	buf   []byte
	pos   int64
	limit int64
}

func (d *fullDisk) Write(p []byte) (int, error) {
	n := len(p)
	if room := d.limit - d.pos; int64(n) > room {
		n = int(max(room, 0))
	}
	if end := d.pos + int64(n); end > int64(len(d.buf)) {
		d.buf = append(d.buf, make([]byte, end-int64(len(d.buf)))...)
	}
	copy(d.buf[d.pos:], p[:n])
	d.pos += int64(n)
	if n < len(p) {
		return n, &fs.PathError{Op: "write", Path: "out.wav", Err: syscall.ENOSPC}
	}
	return n, nil
}

func (d *fullDisk) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
		d.pos = off
	case io.SeekCurrent:
		d.pos += off
	case io.SeekEnd:
		d.pos = int64(len(d.buf)) + off
	}
	return d.pos, nil
}

// testKey is a fixed key, so runs can be compared.
func testKey(t *testing.T, b byte) anonymize.Key {
	t.Helper()
	k, err := anonymize.KeyFromBytes(bytes.Repeat([]byte{b}, anonymize.KeySize))
	require.NoError(t, err)
	return k
}

func callPaths(name string) (wav, json string) {
	dir := filepath.Join("..", "testdata", "calls")
	return filepath.Join(dir, name+".wav"), filepath.Join(dir, name+".json")
}

func TestFaults_DiskFullIsAClearErrorAtEveryPoint(t *testing.T) {
	wavPath, trPath := callPaths("call1")
	tr, err := transcript.ReadFile(trPath)
	require.NoError(t, err)
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoiceOff})
	require.NoError(t, err)
	// Full at once, inside the header, after some blocks, just before the end.
	for _, limit := range []int64{0, 20, 44, 100_000, 400_000} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			src, err := audio.OpenFile(wavPath)
			require.NoError(t, err)
			defer src.Close()
			d := &fullDisk{limit: limit}
			_, err = p.Process(context.Background(), src, tr, d)
			require.Error(t, err, "a full disk is never a success")
			assert.ErrorIs(t, err, syscall.ENOSPC, "the cause is kept")
			assert.Contains(t, err.Error(), "no space left on device")
		})
	}
}

func TestFaults_ProcessJobLeavesNothingWhenTheOutputCannotBeWritten(t *testing.T) {
	wavPath, trPath := callPaths("call2")
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 1), Voice: anonymize.VoiceOff})
	require.NoError(t, err)
	dir := t.TempDir()

	t.Run("output folder is a regular file", func(t *testing.T) {
		// Works for root too: no permission bit can make a file a folder.
		notDir := filepath.Join(dir, "file")
		require.NoError(t, os.WriteFile(notDir, []byte("x"), 0o644))
		_, err := p.ProcessJob(context.Background(), anonymize.Job{Audio: wavPath, Transcript: trPath,
			Output: filepath.Join(notDir, "out.wav"), TranscriptOutput: filepath.Join(notDir, "out.json")})
		require.Error(t, err)
		assert.ErrorIs(t, err, syscall.ENOTDIR)
		data, err := os.ReadFile(notDir)
		require.NoError(t, err)
		assert.Equal(t, "x", string(data))
	})
	t.Run("output folder is read-only", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("running as root: permission bits do not stop root from writing (see the regular-file case and TestFaults_CLIDiskFull)")
		}
		ro := filepath.Join(dir, "ro")
		require.NoError(t, os.Mkdir(ro, 0o555))
		_, err := p.ProcessJob(context.Background(), anonymize.Job{Audio: wavPath, Transcript: trPath, Output: filepath.Join(ro, "out.wav")})
		assert.ErrorIs(t, err, fs.ErrPermission)
		entries, _ := os.ReadDir(ro)
		assert.Empty(t, entries)
	})
	t.Run("input deleted before it is opened", func(t *testing.T) {
		gone := filepath.Join(dir, "gone.wav")
		out := filepath.Join(dir, "gone-out")
		require.NoError(t, os.Mkdir(out, 0o755))
		_, err := p.ProcessJob(context.Background(), anonymize.Job{Audio: gone, Transcript: trPath, Output: filepath.Join(out, "o.wav")})
		assert.ErrorIs(t, err, fs.ErrNotExist)
		entries, _ := os.ReadDir(out)
		assert.Empty(t, entries, "no output, no temporary file")
	})
}

// hookStream calls hook once, before its n-th Read.
type hookStream struct {
	audio.Stream
	reads, n int
	hook     func()
}

func (h *hookStream) Read(dst [][]float32) (int, error) {
	h.reads++
	if h.reads == h.n {
		h.hook()
	}
	return h.Stream.Read(dst)
}

func TestFaults_InputDeletedOrCutWhileBeingRead(t *testing.T) {
	wavPath, trPath := callPaths("call3")
	tr, err := transcript.ReadFile(trPath)
	require.NoError(t, err)
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 2)})
	require.NoError(t, err)
	orig, err := os.ReadFile(wavPath)
	require.NoError(t, err)

	run := func(t *testing.T, hook func(path string)) (*anonymize.Result, []byte, error) {
		path := filepath.Join(t.TempDir(), "in.wav")
		require.NoError(t, os.WriteFile(path, orig, 0o644))
		src, err := audio.OpenFile(path)
		require.NoError(t, err)
		defer src.Close()
		var s audio.Stream = src
		if hook != nil {
			s = &hookStream{Stream: src, n: 3, hook: func() { hook(path) }}
		}
		d := &fullDisk{limit: 1 << 40}
		res, err := p.ProcessRecording(context.Background(), anonymize.Recording{ID: "r", Audio: s, Transcript: tr}, d)
		return res, d.buf, err
	}
	ref, refOut, err := run(t, nil)
	require.NoError(t, err)

	t.Run("deleted", func(t *testing.T) {
		// On POSIX systems an open file outlives its name: the recording
		// is read to the end and the output is the same as without the
		// deletion.
		res, out, err := run(t, func(path string) { require.NoError(t, os.Remove(path)) })
		require.NoError(t, err)
		assert.Equal(t, ref.Frames, res.Frames)
		assert.True(t, bytes.Equal(refOut, out), "same output")
	})
	t.Run("cut short", func(t *testing.T) {
		// Truncated while being read, at a frame boundary or inside the
		// first frame of a read (which once panicked in the stereo WAV
		// decoder): never a panic and never a silent success. Here the
		// transcript's words now run past the audio, so the recording is
		// refused (fail closed); a cut after the last word would be
		// processed with Result.Truncated set.
		for _, size := range []int64{10_000, 10_001, 44, 46} {
			res, _, err := run(t, func(path string) { require.NoError(t, os.Truncate(path, size)) })
			if err != nil {
				assert.True(t, errors.Is(err, audio.ErrTruncated) || errors.Is(err, anonymize.ErrTranscriptMismatch), "cut to %d bytes: %v", size, err)
				continue
			}
			assert.True(t, res.Truncated, "cut to %d bytes: the result says the input was cut short", size)
			assert.Less(t, res.Frames, ref.Frames)
		}
	})
}

func TestFaults_TranscriptReplacedMidRun(t *testing.T) {
	wavPath, trPath := callPaths("call1")
	a, err := os.ReadFile(trPath)
	require.NoError(t, err)
	// Version B names nobody and gives no number or email: far fewer
	// findings. (The email goes first and whole: replacing only "@" left
	// "maria.gonzalez at example.com" as one word with spaces inside, a
	// token no recogniser emits and the final check rightly flagged.)
	b := a
	for _, r := range [][2]string{{"maria.gonzalez@example.com", "the usual address"}, {"Maria", "Marta"}, {"Gonzalez", "the customer"}, {"4111", "many"}} {
		b = bytes.ReplaceAll(b, []byte(r[0]), []byte(r[1]))
	}
	require.NotEqual(t, a, b)
	p, err := anonymize.New(anonymize.Options{Key: testKey(t, 3), Voice: anonymize.VoiceOff})
	require.NoError(t, err)
	dir := t.TempDir()
	job := func(tag, transcriptPath string) (*anonymize.Result, []byte, error) {
		out := filepath.Join(dir, tag+".wav")
		res, err := p.ProcessJob(context.Background(), anonymize.Job{ID: "call", Audio: wavPath, Transcript: transcriptPath,
			Output: out, TranscriptOutput: filepath.Join(dir, tag+".json")})
		if err != nil {
			return nil, nil, err
		}
		red, err := os.ReadFile(filepath.Join(dir, tag+".json"))
		return res, red, err
	}
	trA, trB := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	require.NoError(t, os.WriteFile(trA, a, 0o644))
	require.NoError(t, os.WriteFile(trB, b, 0o644))
	refA, redA, err := job("refA", trA)
	require.NoError(t, err)
	refB, redB, err := job("refB", trB)
	require.NoError(t, err)
	require.NotEqual(t, len(refA.Spans), len(refB.Spans), "the versions differ in what is bleeped")

	// The transcript is swapped (atomically, as editors and sync tools do)
	// back and forth while the job runs. Whatever version the job read, its
	// spans and its redacted transcript must come from that one version.
	live := filepath.Join(dir, "live.json")
	require.NoError(t, os.WriteFile(live, a, 0o644))
	var stop atomic.Bool
	swaps := make(chan int)
	go func() {
		n := 0
		for !stop.Load() {
			v := a
			if n%2 == 0 {
				v = b
			}
			tmp := live + ".tmp"
			if os.WriteFile(tmp, v, 0o644) == nil && os.Rename(tmp, live) == nil {
				n++
			}
		}
		swaps <- n
	}()
	res, red, err := job("out", live) // outputs named apart from the live input
	stop.Store(true)
	n := <-swaps
	require.NoError(t, err)
	t.Logf("transcript swapped %d times during the job", n)
	switch {
	case assert.ObjectsAreEqual(refA.Spans, res.Spans):
		assert.Equal(t, string(redA), string(red), "spans of version A, transcript of version A")
	case assert.ObjectsAreEqual(refB.Spans, res.Spans):
		assert.Equal(t, string(redB), string(red), "spans of version B, transcript of version B")
	default:
		t.Errorf("the spans match neither version: %v", res.Spans)
	}
	assert.NotContains(t, strings.ToLower(string(red)), "gonzalez", "whatever was read, its PII is redacted")
}
