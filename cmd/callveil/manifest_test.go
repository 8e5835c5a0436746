package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestManifest_ConcurrentWritesGiveWholeLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "manifest.jsonl")
	w, err := openManifest(path, false)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := manifestLine{ID: fmt.Sprintf("id%02d", i), Status: statusOK, Findings: map[string]int{"PHONE": i},
				Spans: []manifestSpan{{Types: []string{"PHONE"}, Start: 1, End: 2, Channel: -1}}}
			assert.NoError(t, w.write(l))
		}()
	}
	wg.Wait()
	require.NoError(t, w.Close())

	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	ids := map[string]bool{}
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), "line %q", sc.Text())
		ids[m["id"].(string)] = true
		for _, k := range []string{"id", "status", "output", "duration_seconds", "sample_rate", "channels", "findings", "spans", "voices", "output_sha256", "unredacted", "timings"} {
			assert.Contains(t, m, k, "every line has the same schema")
		}
	}
	assert.Len(t, ids, 64)
}

func TestManifest_RefusesToMixRunsWithoutResume(t *testing.T) {
	path := filepath.Join(t.TempDir(), "manifest.jsonl")
	w, err := openManifest(path, false)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	_, err = openManifest(path, false)
	assert.ErrorIs(t, err, errManifestExists)
	w, err = openManifest(path, true)
	require.NoError(t, err)
	require.NoError(t, w.Close())
}

func TestManifest_ResumeRemovesTornLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "manifest.jsonl")
	good, err := json.Marshal(manifestLine{ID: "a", Status: statusOK, Output: "a.wav", OutputSHA256: "00"})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, append(append(good, '\n'), `{"id":"b","sta`...), 0o644))

	idx, bad, err := readManifest(path)
	require.NoError(t, err)
	assert.Equal(t, 1, bad)
	assert.Contains(t, idx, "a")

	w, err := openManifest(path, true)
	require.NoError(t, err)
	require.NoError(t, w.write(manifestLine{ID: "b", Status: statusFailed}))
	require.NoError(t, w.Close())
	idx, bad, err = readManifest(path)
	require.NoError(t, err)
	assert.Zero(t, bad, "the torn line is gone and the new one is whole")
	assert.Equal(t, statusFailed, idx["b"].Status)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		assert.True(t, json.Valid([]byte(line)), "line %d is valid JSON", i+1)
	}
}

func TestResumeIndex_Done(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.wav"), []byte("audio"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.json"), []byte("{}"), 0o644))
	sum, err := fileSHA256(filepath.Join(dir, "a.wav"))
	require.NoError(t, err)
	names := outputNames{Audio: "a.wav", Transcript: "a.json"}
	ok := manifestLine{ID: "a", Status: statusOK, Output: "a.wav", TranscriptOutput: "a.json", OutputSHA256: sum}

	for _, tc := range []struct {
		name  string
		lines []manifestLine
		names outputNames
		setup func()
		want  bool
	}{
		{"ok and intact", []manifestLine{ok}, names, nil, true},
		{"skipped lines point back", []manifestLine{ok, {ID: "a", Status: statusSkipped}}, names, nil, true},
		{"later failure wins", []manifestLine{ok, {ID: "a", Status: statusFailed}}, names, nil, false},
		{"never done", []manifestLine{{ID: "a", Status: statusRefused}}, names, nil, false},
		{"other outputs asked", []manifestLine{ok}, outputNames{Audio: "a.wav", Transcript: "a.json", Native: "a.callveil.json"}, nil, false},
		{"output changed", []manifestLine{ok}, names, func() {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "a.wav"), []byte("tampered"), 0o644))
		}, false},
		{"output gone", []manifestLine{ok}, names, func() { require.NoError(t, os.Remove(filepath.Join(dir, "a.wav"))) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "m.jsonl")
			w, err := openManifest(path, false)
			require.NoError(t, err)
			for _, l := range tc.lines {
				require.NoError(t, w.write(l))
			}
			require.NoError(t, w.Close())
			if tc.setup != nil {
				tc.setup()
			}
			idx, _, err := readManifest(path)
			require.NoError(t, err)
			_, done := idx.done(context.Background(), folderStore{dir}, "a", tc.names)
			assert.Equal(t, tc.want, done)
		})
	}
}

func TestReadManifest_Missing(t *testing.T) {
	idx, bad, err := readManifest(filepath.Join(t.TempDir(), "none.jsonl"))
	require.NoError(t, err)
	assert.Zero(t, bad)
	assert.Empty(t, idx)
}

func FuzzScanManifest(f *testing.F) {
	good, _ := json.Marshal(manifestLine{ID: "a", Status: statusOK, Output: "a.wav", OutputSHA256: "00",
		Findings: map[string]int{"PHONE": 1}, Spans: []manifestSpan{{Types: []string{"PHONE"}, Start: 1, End: 2}}})
	f.Add(append(good, '\n'))
	f.Add([]byte("{\"id\":\"b\",\"sta"))
	f.Add([]byte("\n\n{}\n[1,2]\n\"x\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		bad, err := scanManifest(bytes.NewReader(data), func(l manifestLine) {
			if l.ID == "" || l.Status == "" {
				t.Fatalf("line without id or status accepted: %+v", l)
			}
			n++
		})
		if err == nil && n+bad > bytes.Count(data, []byte("\n"))+1 {
			t.Fatalf("%d good and %d bad lines from %d lines", n, bad, bytes.Count(data, []byte("\n"))+1)
		}
	})
}
