package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// runInProcess runs the CLI in this process and returns its exit code and
// outputs.
func runInProcess(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var so, se bytes.Buffer
	code := run(context.Background(), args, &so, &se)
	return code, so.String(), se.String()
}

const exampleTranscript = "../../testdata/calls/call1.json"

func TestScan_PrintsNoTextUnlessAsked(t *testing.T) {
	pii := truthPII(t, "../../testdata/calls/call1.truth.json")
	require.NotEmpty(t, pii)
	code, out, errOut := runInProcess(t, "scan", exampleTranscript)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "PHONE")
	assertNoPII(t, "scan table", out, pii, false)

	code, out, _ = runInProcess(t, "scan", "--json", exampleTranscript)
	require.Equal(t, exitOK, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.NotEmpty(t, lines)
	for _, l := range lines {
		var f map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &f))
		assert.Equal(t, exampleTranscript, f["file"])
		assert.NotContains(t, f, "text")
	}
	assertNoPII(t, "scan --json", out, pii, false)

	code, out, _ = runInProcess(t, "scan", "--show-text", exampleTranscript)
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "Gonzalez", "--show-text shows the matched words")
}

func TestScan_WritesRedactedCopyInItsFormat(t *testing.T) {
	dir := t.TempDir()
	dst := filepath.Join(dir, "red.json")
	code, _, errOut := runInProcess(t, "scan", "--text-op", "mask", exampleTranscript, "-o", dst)
	require.Equal(t, exitOK, code, errOut)
	data, err := os.ReadFile(dst)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(data, &doc))
	assert.Contains(t, doc, "segments", "still Whisper JSON")
	assert.NotContains(t, string(data), "4111")
	assert.NotContains(t, string(data), "maria.gonzalez@example.com")
	assert.Contains(t, string(data), "####")

	// Several transcripts into a folder, as native JSON.
	outDir := filepath.Join(dir, "many")
	code, _, errOut = runInProcess(t, "scan", "--native-json", "-o", outDir, exampleTranscript, "../../testdata/calls/call2.json")
	require.Equal(t, exitOK, code, errOut)
	assert.FileExists(t, filepath.Join(outDir, "call1.callveil.json"))
	assert.FileExists(t, filepath.Join(outDir, "call2.callveil.json"))
}

func TestScan_Errors(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.json")
	require.NoError(t, os.WriteFile(junk, []byte(`{"hello": "Jane Doe 555-0100"}`), 0o644))
	code, _, errOut := runInProcess(t, "scan", junk, exampleTranscript)
	assert.Equal(t, exitFail, code)
	assert.NotContains(t, errOut, "Jane Doe", "reader errors print no values from the transcript")
	code, _, _ = runInProcess(t, "scan")
	assert.Equal(t, exitUsage, code)
	code, _, _ = runInProcess(t, "scan", "--entities", "NOPE", exampleTranscript)
	assert.Equal(t, exitUsage, code)
}

// writeStereoWAV writes a 2 s stereo 8 kHz 16-bit WAV of two sines and
// returns the samples as written.
func writeStereoWAV(t *testing.T, path string) [][]float32 {
	t.Helper()
	const rate, n = 8000, 16000
	s := [][]float32{make([]float32, n), make([]float32, n)}
	for i := range n {
		s[0][i] = float32(0.5 * math.Sin(2*math.Pi*300*float64(i)/rate))
		s[1][i] = float32(0.4 * math.Sin(2*math.Pi*440*float64(i)/rate))
	}
	f, err := os.Create(path)
	require.NoError(t, err)
	_, err = audio.WriteWAV(f, audio.NewSliceStream(rate, s), audio.WAVOptions{})
	require.NoError(t, err)
	require.NoError(t, f.Close())
	in, err := audio.OpenFile(path)
	require.NoError(t, err)
	defer in.Close()
	got, err := audio.ReadAll(in)
	require.NoError(t, err)
	return got
}

func TestBleep_ReplacesOnlyTheSpans(t *testing.T) {
	dir := t.TempDir()
	in, out, spans := filepath.Join(dir, "in.wav"), filepath.Join(dir, "out.wav"), filepath.Join(dir, "spans.json")
	orig := writeStereoWAV(t, in)
	require.NoError(t, os.WriteFile(spans, []byte(`[{"start": 0.5, "end": 1.0, "channel": 0}]`), 0o644))

	code, stdout, errOut := runInProcess(t, "bleep", "--spans", spans, "--bleep", "silence", in, out)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, stdout, "1 spans")
	s, err := audio.OpenFile(out)
	require.NoError(t, err)
	defer s.Close()
	got, err := audio.ReadAll(s)
	require.NoError(t, err)
	require.Len(t, got, 2)
	require.Len(t, got[0], len(orig[0]), "same length")
	for i := range got[0] {
		if i >= 4000 && i < 8000 {
			require.Zero(t, got[0][i], "channel 0 frame %d is inside the span", i)
		} else {
			require.Equal(t, orig[0][i], got[0][i], "channel 0 frame %d is outside the span", i)
		}
		require.Equal(t, orig[1][i], got[1][i], "channel 1 is untouched")
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 3, "no temporary file left")
}

func TestBleep_Errors(t *testing.T) {
	dir := t.TempDir()
	in, spans := filepath.Join(dir, "in.wav"), filepath.Join(dir, "spans.json")
	writeStereoWAV(t, in)
	require.NoError(t, os.WriteFile(spans, []byte(`[{"start": 0.5, "end": 1.0}]`), 0o644))
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`[{"start": 2, "end": 1}]`), 0o644))
	wrongCh := filepath.Join(dir, "ch.json")
	require.NoError(t, os.WriteFile(wrongCh, []byte(`[{"start": 0, "end": 1, "channel": 5}]`), 0o644))
	broken := filepath.Join(dir, "broken.wav")
	require.NoError(t, os.WriteFile(broken, []byte("RIFF\x04\x00\x00\x00WAVE"), 0o644))
	out := filepath.Join(dir, "out.wav")

	for _, tc := range []struct {
		name string
		args []string
		code int
	}{
		{"no spans flag", []string{"bleep", in, out}, exitUsage},
		{"one path", []string{"bleep", "--spans", spans, in}, exitUsage},
		{"reversed span", []string{"bleep", "--spans", bad, in, out}, exitUsage},
		{"channel out of range", []string{"bleep", "--spans", wrongCh, in, out}, exitUsage},
		{"same file", []string{"bleep", "--spans", spans, in, in}, exitUsage},
		{"bad kind", []string{"bleep", "--spans", spans, "--bleep", "kazoo", in, out}, exitUsage},
		{"broken audio", []string{"bleep", "--spans", spans, broken, out}, exitFail},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, _ := runInProcess(t, tc.args...)
			assert.Equal(t, tc.code, code)
			assert.NoFileExists(t, out)
		})
	}
}

func TestHelp_ListsEveryCommand(t *testing.T) {
	code, out, _ := runInProcess(t, "help")
	require.Equal(t, exitOK, code)
	for _, c := range []string{"anonymize", "bleep", "scan", "info", "keygen"} {
		assert.Contains(t, out, "  "+c+" ")
	}
}
