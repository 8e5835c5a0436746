package main

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/store"
)

// TestBucket_FileURLs runs bucket mode on local folders through fileblob:
// a plain input folder to a file:// output, then resumed.
func TestBucket_FileURLs(t *testing.T) {
	src := filepath.Join("..", "..", "testdata", "calls")
	in := t.TempDir()
	for _, name := range []string{"call1.wav", "call1.json", "call2.wav", "call2.json"} {
		copyFile(t, filepath.Join(src, name), filepath.Join(in, name))
	}
	out := filepath.Join(t.TempDir(), "safe")
	key := writeKey(t)
	code, stderr := runS3(context.Background(), "--key-file", key, in, "-o", "file://"+filepath.ToSlash(out))
	require.Equal(t, exitOK, code, stderr)

	_, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	require.Len(t, lines, 2)
	var files []string
	require.NoError(t, filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	}))
	for _, f := range files {
		assert.False(t, strings.HasSuffix(f, ".tmp") || strings.HasSuffix(f, ".attrs") || strings.Contains(f, partsSuffix), "left behind: %s", f)
	}
	for _, l := range lines {
		require.Equal(t, statusOK, l.Status, l.Error)
		sum, err := fileSHA256(filepath.Join(out, l.Output))
		require.NoError(t, err)
		assert.Equal(t, l.OutputSHA256, sum)
		assert.FileExists(t, filepath.Join(out, l.TranscriptOutput))
	}
	assert.Len(t, files, 5, "two WAVs, two transcripts, the manifest: %v", files)

	code, stderr = runS3(context.Background(), "--resume", "--key-file", key, in, "-o", "file://"+filepath.ToSlash(out))
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "0 ok, 0 failed, 0 refused, 2 skipped")

	code, stderr = runS3(context.Background(), "--key-file", key, "file://"+filepath.ToSlash(in), "-o", "file://"+filepath.ToSlash(filepath.Join(in, "out")))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "inside the input")
	_, err := os.Stat(filepath.Join(in, "out", "manifest.jsonl"))
	assert.Error(t, err)
}

// TestBucket_FileblobTempsOfAKilledRunAreRemoved leaves fileblob
// temporaries in a file:// output as a run killed mid-write does (objects
// created and never closed, so fileblob's own temporary files stay, under
// its own names), and checks that the next run removes those of its own
// outputs, manifest and manifest parts, and no other.
func TestBucket_FileblobTempsOfAKilledRunAreRemoved(t *testing.T) {
	src := filepath.Join("..", "..", "testdata", "calls")
	in := t.TempDir()
	for _, name := range []string{"call1.wav", "call1.json", "call2.wav", "call2.json"} {
		copyFile(t, filepath.Join(src, name), filepath.Join(in, name))
	}
	out := filepath.Join(t.TempDir(), "safe")
	outURL := "file://" + filepath.ToSlash(out)
	key := writeKey(t)
	code, stderr := runS3(context.Background(), "--key-file", key, in, "-o", outURL)
	require.Equal(t, exitOK, code, stderr)
	_, lines := manifestFile(t, filepath.Join(out, "manifest.jsonl"))
	require.Len(t, lines, 2)

	// What a SIGKILL mid-write leaves: writers that were never closed.
	l, err := store.Open(context.Background(), outURL, false)
	require.NoError(t, err)
	defer l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	ours := []string{lines[0].Output, lines[1].TranscriptOutput, "manifest.jsonl", "manifest.jsonl" + partsSuffix + "20261206T200000Z-0a1b2c3d-000002.jsonl"}
	for _, n := range append(ours, "not-ours.wav", "manifest-2-of-4.jsonl") {
		w, err := l.Create(ctx, n, "application/octet-stream")
		require.NoError(t, err)
		_, err = w.Write([]byte("half an object"))
		require.NoError(t, err)
		defer w.Close()
	}
	defer cancel() // runs before the Closes: they abandon what is left
	temps := func() []string {
		var found []string
		require.NoError(t, filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(p, ".tmp") {
				rel, _ := filepath.Rel(out, p)
				found = append(found, filepath.ToSlash(rel))
			}
			return err
		}))
		return found
	}
	require.Len(t, temps(), 6, "fileblob made a temporary file for each unfinished object")

	code, stderr = runS3(context.Background(), "--resume", "--key-file", key, in, "-o", outURL)
	require.Equal(t, exitOK, code, stderr)
	left := temps()
	require.Len(t, left, 2, "only the temporaries of outputs that are not this run's stay: %v", left)
	for _, f := range left {
		assert.True(t, strings.HasPrefix(f, "not-ours.wav.") || strings.HasPrefix(f, "manifest-2-of-4.jsonl."), f)
	}
}
