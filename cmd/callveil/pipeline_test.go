package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/transcript"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		err              error
		status, category string
	}{
		{fmt.Errorf("anonymize: %w", context.Canceled), statusFailed, "cancelled"},
		{anonymize.ErrNoTranscript, statusRefused, "no_transcript"},
		{fmt.Errorf("%w: %w", anonymize.ErrNoTranscript, fmt.Errorf("transcript: %w", fs.ErrPermission)), statusRefused, "transcript_unreadable"},
		{fmt.Errorf("%w: %w", anonymize.ErrNoTranscript, fmt.Errorf("aws: x: %w", transcript.ErrInvalid)), statusRefused, "transcript_invalid"},
		{fmt.Errorf("%w: %w", anonymize.ErrNoTranscript, transcript.ErrUnknownFormat), statusRefused, "transcript_unknown_format"},
		{fmt.Errorf("%w: %w", anonymize.ErrNoTranscript, transcript.ErrTooLarge), statusRefused, "transcript_too_large"},
		{fmt.Errorf("%w: words end at 40s, audio at 30s", anonymize.ErrTranscriptMismatch), statusRefused, "transcript_mismatch"},
		{fmt.Errorf("wav: fmt: %w", audio.ErrCorrupt), statusFailed, "corrupt"},
		{fmt.Errorf("mp3: MPEG-2.5: %w", audio.ErrUnsupported), statusFailed, "unsupported"},
		{fmt.Errorf("audio: %w", fs.ErrNotExist), statusFailed, "io"},
		{fmt.Errorf("something else"), statusFailed, "error"},
	} {
		t.Run(tc.category, func(t *testing.T) {
			s, c := classify(tc.err)
			assert.Equal(t, tc.status, s)
			assert.Equal(t, tc.category, c)
		})
	}
}

func TestCleanPartials_OnlyThisRunsTemporaries(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{
		".aaaa.wav.123.partial",   // ours: removed
		".aaaa.json.456.partial",  // ours: removed
		".bbbb.wav.789.partial",   // another shard's work in progress: kept
		"aaaa.wav",                // a finished output: kept
		".aaaa.wav.partial.notes", // not a temporary: kept
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), nil, 0o644))
	}
	tasks := []task{{names: outputNames{Audio: "aaaa.wav", Transcript: "aaaa.json"}}}
	cleanPartials(dir, tasks, slog.New(slog.NewTextHandler(io.Discard, nil)))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	assert.ElementsMatch(t, []string{".bbbb.wav.789.partial", "aaaa.wav", ".aaaa.wav.partial.notes"}, left)
}

func TestRunAnonymize_InProcess(t *testing.T) {
	out := t.TempDir()
	key := filepath.Join(t.TempDir(), "k")
	k, err := anonymize.NewRandomKey()
	require.NoError(t, err)
	require.NoError(t, anonymize.WriteKeyFile(key, k))
	code, _, errOut := runInProcess(t, "anonymize", "--quiet", "--names", "keep", "--key-file", key, "--voice", "off", "--text-op", "mask", "../../testdata/calls", "-o", out)
	require.Equal(t, exitOK, code, errOut)
	idx, bad, err := readManifest(filepath.Join(out, "manifest.jsonl"))
	require.NoError(t, err)
	assert.Zero(t, bad)
	require.NotEmpty(t, idx)
	for _, l := range idx {
		assert.Equal(t, statusOK, l.Status, "%s: %s", l.Input, l.Error)
		for _, v := range l.Voices {
			assert.Equal(t, "off", v.Method)
		}
		assert.FileExists(t, filepath.Join(out, l.Output))
	}
}
