package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles creates each file (slash paths under root) with some content.
func writeFiles(t *testing.T, root string, names ...string) {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(root, filepath.FromSlash(n))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("x"), 0o644))
	}
}

// folderPairs maps each recording found under the folder in to its
// transcript, both relative to in with forward slashes ("" for none).
func folderPairs(t *testing.T, in string, recs []recording) map[string]string {
	t.Helper()
	pairs := map[string]string{}
	for _, r := range recs {
		tr := ""
		if r.Transcript != "" {
			rel, err := filepath.Rel(in, r.Transcript)
			require.NoError(t, err)
			tr = filepath.ToSlash(rel)
		}
		pairs[r.Rel] = tr
	}
	return pairs
}

func TestFindRecordings_WalksFoldersAndMatchesTranscripts(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	writeFiles(t, in,
		"a.wav", "a.json",
		"sub/b.MP3", "sub/b.vtt",
		"sub/deeper/c.wav", "sub/deeper/c.SRT",
		"d.wav",                    // no transcript
		"e.wav", "e.srt", "e.json", // two: .json preferred
		"notes.txt", "f.json", // neither is a recording
		"out/old.wav",           // the output folder inside the input is skipped
		"._a.wav", ".git/x.wav", // hidden: skipped
	)
	recs, err := findRecordings(context.Background(), []string{in}, "", filepath.Join(in, "out"))
	require.NoError(t, err)
	got := folderPairs(t, in, recs)
	for _, r := range recs {
		assert.FileExists(t, r.Path)
	}
	assert.Equal(t, map[string]string{
		"a.wav":            "a.json",
		"sub/b.MP3":        "sub/b.vtt",
		"sub/deeper/c.wav": "sub/deeper/c.SRT",
		"d.wav":            "",
		"e.wav":            "e.json",
	}, got)
}

func TestFindRecordings_TranscriptsFolderMirrorsTree(t *testing.T) {
	root := t.TempDir()
	in, asr := filepath.Join(root, "in"), filepath.Join(root, "asr")
	writeFiles(t, in, "x/a.wav", "x/a.json", "b.wav") // a.json next to it is ignored
	writeFiles(t, asr, "x/a.vtt", "b.srt")
	recs, err := findRecordings(context.Background(), []string{in}, asr, "")
	require.NoError(t, err)
	require.Len(t, recs, 2)
	byRel := map[string]recording{}
	for _, r := range recs {
		byRel[r.Rel] = r
	}
	assert.Equal(t, filepath.Join(asr, "x", "a.vtt"), byRel["x/a.wav"].Transcript)
	assert.Equal(t, filepath.Join(asr, "b.srt"), byRel["b.wav"].Transcript)
}

func TestFindRecordings_FileInputs(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, "calls/+15551234567.wav", "calls/+15551234567.json", "calls/odd.bin")
	recs, err := findRecordings(context.Background(), []string{
		filepath.Join(root, "calls/+15551234567.wav"),
		filepath.Join(root, "calls/+15551234567.json"), // a transcript given by a glob: ignored
		filepath.Join(root, "calls/odd.bin"),           // named explicitly: taken as a recording
	}, "", "")
	require.NoError(t, err)
	require.Len(t, recs, 2)
	assert.Equal(t, "+15551234567.wav", recs[0].Rel)
	assert.Equal(t, filepath.Join(root, "calls/+15551234567.json"), recs[0].Transcript)
	assert.Equal(t, "odd.bin", recs[1].Rel)
	assert.Empty(t, recs[1].Transcript)
}

func TestFindRecordings_Errors(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, "one/a.wav", "two/a.wav")
	_, err := findRecordings(context.Background(), []string{filepath.Join(root, "one"), filepath.Join(root, "two")}, "", "")
	assert.ErrorContains(t, err, "same relative path", "two trees with the same relative path would share outputs")
	_, err = findRecordings(context.Background(), []string{filepath.Join(root, "missing")}, "", "")
	assert.Error(t, err)
}

func TestFindRecordings_SymlinkedRoot(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, "real/a.wav", "real/a.json")
	link := filepath.Join(root, "link")
	require.NoError(t, os.Symlink(filepath.Join(root, "real"), link))
	recs, err := findRecordings(context.Background(), []string{link}, "", "")
	require.NoError(t, err)
	require.Len(t, recs, 1)
	assert.Equal(t, "a.wav", recs[0].Rel)
	assert.NotEmpty(t, recs[0].Transcript)
}
