package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/store"
)

// caseTree is a folder of recordings whose transcripts spell their
// extensions in every case, and the pairing expected of it.
var caseTree = struct {
	files []string
	want  map[string]string // recording -> transcript ("" none)
}{
	files: []string{
		"a.wav", "a.Json",
		"b.wav", "b.JSON",
		"c.mp3", "c.jSoN",
		"d.wav", "d.Vtt",
		"sub/e.wav", "sub/e.sRt",
		"f.wav", "f.Json", "f.json", // both: the lower-case one
		"g.wav", "g.JSON", "g.Json", // both: the upper-case one
		"h.wav", "h.Jsonl", // not a transcript extension
	},
	want: map[string]string{
		"a.wav": "a.Json", "b.wav": "b.JSON", "c.mp3": "c.jSoN", "d.wav": "d.Vtt", "sub/e.wav": "sub/e.sRt",
		"f.wav": "f.json", "g.wav": "g.JSON", "h.wav": "",
	},
}

// TestTranscriptPairing_AnyCaseOfExtension: a transcript beside its
// recording is paired whatever the case of its extension ("call.Json"
// used to be paired in neither, so its recording was refused), and a
// folder and a bucket pair the same files.
func TestTranscriptPairing_AnyCaseOfExtension(t *testing.T) {
	ctx := context.Background()
	in := t.TempDir()
	writeFiles(t, in, caseTree.files...)

	recs, err := findRecordings(ctx, []string{in}, "", "")
	require.NoError(t, err)
	assert.Equal(t, caseTree.want, folderPairs(t, in, recs), "folder")

	l, err := store.Open(ctx, "mem://", false)
	require.NoError(t, err)
	defer l.Close()
	for _, n := range caseTree.files {
		require.NoError(t, l.WriteObject(ctx, n, "application/octet-stream", strings.NewReader("x")))
	}
	recs, err = findObjects(ctx, &bucketRun{inputs: []*store.Location{l}, only: []string{""}}, func(string) bool { return true })
	require.NoError(t, err)
	bucket := map[string]string{}
	for _, r := range recs {
		bucket[r.Rel] = r.Transcript
	}
	assert.Equal(t, caseTree.want, bucket, "bucket")
}

// TestTranscriptPairing_MixedCaseEndToEnd anonymizes a real call whose
// transcript is "call2.Json", folder to folder and in bucket mode (a
// file:// output): ok both times, with a redacted transcript output.
func TestTranscriptPairing_MixedCaseEndToEnd(t *testing.T) {
	src := filepath.Join("..", "..", "testdata", "calls")
	in := t.TempDir()
	copyFile(t, filepath.Join(src, "call2.wav"), filepath.Join(in, "call2.wav"))
	copyFile(t, filepath.Join(src, "call2.json"), filepath.Join(in, "call2.Json"))
	key := writeKey(t)
	for _, out := range []string{filepath.Join(t.TempDir(), "folder"), "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "bucket"))} {
		code, stderr := runS3(context.Background(), "--key-file", key, in, "-o", out)
		require.Equal(t, exitOK, code, "%s: %s", out, stderr)
		assert.Contains(t, stderr, "1 ok", out)
		dir := strings.TrimPrefix(out, "file://")
		_, lines := manifestFile(t, filepath.Join(dir, "manifest.jsonl"))
		require.Len(t, lines, 1)
		assert.Equal(t, statusOK, lines[0].Status, lines[0].Error)
		require.NotEmpty(t, lines[0].TranscriptOutput)
		assert.True(t, strings.HasSuffix(lines[0].TranscriptOutput, ".json"), "the output's extension is in lower case: %s", lines[0].TranscriptOutput)
		assert.NotEmpty(t, lines[0].Findings)
		_, err := os.Stat(filepath.Join(dir, lines[0].TranscriptOutput))
		assert.NoError(t, err)
	}
}
