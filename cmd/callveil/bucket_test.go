package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/store"
)

// s3Tree is testdata/calls uploaded to a test S3 server as call centre
// software leaves it: one call in a folder named after an agent, a
// recording named by the caller's phone number with no transcript, a broken
// WAV with a transcript, and user metadata on every object that holds PII.
type s3Tree struct {
	*bucketTree
	f *fakeS3
}

// bucketTree is testdata/calls uploaded to a test server of any cloud (see
// s3Tree for what it holds).
type bucketTree struct {
	srv     bucketServer
	key     string // key file
	good    []string
	refused string
	broken  string
	pii     []string
	frames  map[string]int // input frames per good recording
}

const piiMetadata = "+15551234567 Maria Gonzalez"

func newS3Tree(t *testing.T) *s3Tree {
	t.Helper()
	f := startFakeS3(t, "calls", "safe")
	return &s3Tree{bucketTree: newBucketTree(t, f), f: f}
}

// newBucketTree uploads testdata/calls to the buckets "calls" (under in/)
// of srv, as newS3Tree does.
func newBucketTree(t *testing.T, f bucketServer) *bucketTree {
	t.Helper()
	tr := &bucketTree{srv: f, frames: map[string]int{}}
	src := filepath.Join("..", "..", "testdata", "calls")
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	meta := map[string]string{"caller": piiMetadata}
	var audioFiles []string
	for _, e := range entries {
		if audioExts[strings.ToLower(filepath.Ext(e.Name()))] {
			audioFiles = append(audioFiles, e.Name())
		}
	}
	sort.Strings(audioFiles)
	for i, name := range audioFiles {
		base := stripExt(name)
		rel := name
		if i == 0 {
			rel = "agent maria/" + name
		}
		data, err := os.ReadFile(filepath.Join(src, name))
		require.NoError(t, err)
		f.put(t, "calls", "in/"+rel, data, meta)
		trData, err := os.ReadFile(filepath.Join(src, base+".json"))
		require.NoError(t, err)
		f.put(t, "calls", "in/"+relStripExt(rel)+".json", trData, meta)
		tr.good = append(tr.good, rel)
		tr.frames[rel] = decodedFrames(t, data)
		tr.pii = append(tr.pii, truthPII(t, filepath.Join(src, base+".truth.json"))...)
		tr.pii = append(tr.pii, transcriptPII(t, filepath.Join(src, base+".json"))...)
	}
	last, err := os.ReadFile(filepath.Join(src, audioFiles[len(audioFiles)-1]))
	require.NoError(t, err)
	tr.refused = "2025-09-12_+15551234567.wav"
	f.put(t, "calls", "in/"+tr.refused, last, meta)
	tr.broken = "agent maria/broken.wav"
	f.put(t, "calls", "in/"+tr.broken, append([]byte("RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00"), bytes.Repeat([]byte{0xff}, 40)...), meta)
	trData, err := os.ReadFile(filepath.Join(src, stripExt(audioFiles[0])+".json"))
	require.NoError(t, err)
	f.put(t, "calls", "in/agent maria/broken.json", trData, meta)
	tr.pii = append(tr.pii, "15551234567", "5551234567", "maria", "gonzalez")

	k, err := anonymize.NewRandomKey()
	require.NoError(t, err)
	tr.key = filepath.Join(t.TempDir(), "callveil.key")
	require.NoError(t, anonymize.WriteKeyFile(tr.key, k))
	return tr
}

// decodedFrames decodes a whole recording and counts its frames. The
// inputs' counts are kept by content: every bucket test uploads the same
// calls (decoding them took 3 s a test under -race).
func decodedFrames(t *testing.T, data []byte) int {
	t.Helper()
	sum := sha256.Sum256(data)
	if n, ok := framesByContent.Load(sum); ok {
		return n.(int)
	}
	n := decodeFrames(t, data)
	framesByContent.Store(sum, n)
	return n
}

var framesByContent sync.Map // [32]byte -> int

func decodeFrames(t *testing.T, data []byte) int {
	t.Helper()
	s, err := audio.Open(bytes.NewReader(data))
	require.NoError(t, err)
	x, err := audio.ReadAll(s)
	require.NoError(t, err)
	return len(x[0])
}

func (tr *bucketTree) ids(t *testing.T, rels ...string) []string {
	t.Helper()
	k, err := anonymize.ReadKeyFile(tr.key)
	require.NoError(t, err)
	var out []string
	for _, r := range rels {
		out = append(out, namer{key: k}.id(r))
	}
	return out
}

// runS3 runs the CLI in this process.
func runS3(ctx context.Context, args ...string) (int, string) {
	var so, se bytes.Buffer
	code := run(ctx, append([]string{"anonymize"}, args...), &so, &se)
	return code, se.String()
}

// s3Manifest reads the manifest object (and checks no part is left).
func s3Manifest(t *testing.T, f bucketServer, bucket, prefix, name string) ([]map[string]any, []manifestLine) {
	t.Helper()
	for _, k := range f.keys(t, bucket, prefix) {
		assert.False(t, strings.HasPrefix(k, name+partsSuffix), "manifest part %s left after the run ended", k)
	}
	data, _ := f.get(t, bucket, prefix+name)
	var objs []map[string]any
	var lines []manifestLine
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), "manifest line %d", i+1)
		var l manifestLine
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		objs = append(objs, m)
		lines = append(lines, l)
	}
	return objs, lines
}

func TestBucket_AnonymizeBucketToBucket(t *testing.T) {
	tr := newS3Tree(t)
	f := tr.f
	ctx := context.Background()
	byID := checkBucketToBucket(t, tr.bucketTree)
	// Every output went up with the SHA-256 ProcessStored computed, and
	// the fake server checked each against the bytes, as S3 does.
	assert.Positive(t, f.sha256Puts.Load(), "outputs are sent with x-amz-checksum-sha256")
	assert.Zero(t, f.badDigests.Load(), "every x-amz-checksum-sha256 matches its body")

	t.Run("resume checks transcript outputs with one listing, not a HEAD each", func(t *testing.T) {
		var heads atomic.Int32
		f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
			if r.Method == http.MethodHead {
				heads.Add(1)
			}
			return false
		})
		defer f.setFault(nil)
		// A transcript output that went missing makes its recording be
		// done again.
		gone := byID[tr.ids(t, tr.good[1])[0]].TranscriptOutput
		_, err := f.backend.DeleteObject("safe", "out/"+gone)
		require.NoError(t, err)
		code, stderr := runS3(ctx, "--resume", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
		assert.Equal(t, exitFail, code, stderr)
		assert.Contains(t, stderr, fmt.Sprintf("1 ok, 1 failed, 1 refused, %d skipped", len(tr.good)-1))
		assert.Zero(t, heads.Load())
		assert.Contains(t, f.keys(t, "safe", "out/"), gone, "written again")
	})
}

// checkBucketToBucket anonymizes the tree's bucket "calls" (in/) into
// bucket "safe" (out/) on its server and checks what the folder path's
// tests check: every good recording ok with findings, outputs as long as
// the inputs and hashed as the manifest says, Content-Type set, no source
// metadata, hashed names, no PII in the manifest or the log; then that
// --resume redoes nothing, that an existing manifest needs --resume and
// that an output inside the input is refused. It returns the first run's
// manifest lines by recording id.
func checkBucketToBucket(t *testing.T, tr *bucketTree) map[string]manifestLine {
	f := tr.srv
	ctx := context.Background()
	code, stderr := runS3(ctx, "--key-file", tr.key, "-j", "2", f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitFail, code, "one refused and one broken recording: exit 1\n%s", stderr)
	assert.Regexp(t, fmt.Sprintf(`%d recordings: %d ok, 1 failed, 1 refused, 0 skipped`, len(tr.good)+2, len(tr.good)), stderr)

	objs, lines := s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	require.Len(t, lines, len(tr.good)+2)
	byID := map[string]manifestLine{}
	for _, l := range lines {
		byID[l.ID] = l
	}
	var want []string
	for i, id := range tr.ids(t, tr.good...) {
		l := byID[id]
		require.Equal(t, statusOK, l.Status, "%s: %s %s", tr.good[i], l.ErrorCategory, l.Error)
		assert.NotEmpty(t, l.Findings, "%s: the example calls all hold PII", tr.good[i])
		assert.NotEmpty(t, l.Spans)
		wav, a := f.get(t, "safe", "out/"+l.Output)
		sum := sha256.Sum256(wav)
		assert.Equal(t, l.OutputSHA256, hex.EncodeToString(sum[:]), "the manifest's hash is the object's")
		assert.Equal(t, tr.frames[tr.good[i]], decodedFrames(t, wav), "%s: output length equals input length", tr.good[i])
		assert.Equal(t, "audio/wav", a.ContentType)
		assert.Empty(t, a.Metadata, "no source metadata on outputs")
		_, ta := f.get(t, "safe", "out/"+l.TranscriptOutput)
		assert.Equal(t, "application/json", ta.ContentType)
		assert.Empty(t, ta.Metadata)
		want = append(want, l.Output, l.TranscriptOutput)
	}
	assert.Equal(t, statusRefused, byID[tr.ids(t, tr.refused)[0]].Status)
	assert.Equal(t, statusFailed, byID[tr.ids(t, tr.broken)[0]].Status)
	want = append(want, "manifest.jsonl")
	sort.Strings(want)
	assert.Equal(t, want, f.keys(t, "safe", "out/"), "outputs of the good recordings and the manifest, nothing else")
	for _, k := range f.keys(t, "safe", "out/") {
		if k != "manifest.jsonl" {
			assert.Regexp(t, hexNameRE, k)
		}
	}
	names := map[string]bool{"id": true, "output": true, "transcript_output": true, "native_output": true, "output_sha256": true, "voice_id": true}
	for i, o := range objs {
		assertNoPII(t, fmt.Sprintf("manifest line %d", i+1), strings.Join(jsonStrings(o, names), "\n"), tr.pii, true)
	}
	assertNoPII(t, "stderr", stderr, tr.pii, false)
	assert.NotContains(t, stderr, "could not tell", "the server answers as the cloud does for a private bucket (S3: no block, no policy, an owner-only ACL; GCS: no public IAM binding)")
	assert.Equal(t, 3+len(tr.good)*2, len(f.keys(t, "calls", "in/")), "the inputs are untouched")
	_, ia := f.get(t, "calls", "in/"+tr.good[1])
	assert.Equal(t, piiMetadata, ia.Metadata["caller"], "the server keeps and returns user metadata, so the outputs' check can fail")

	t.Run("resume redoes nothing", func(t *testing.T) {
		puts := f.objectsWritten()
		code, stderr := runS3(ctx, "--resume", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
		assert.Equal(t, exitFail, code, stderr)
		assert.Contains(t, stderr, fmt.Sprintf("0 ok, 1 failed, 1 refused, %d skipped", len(tr.good)))
		_, lines := s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
		assert.Len(t, lines, 2*(len(tr.good)+2), "the manifest grew by one line per recording")
		// Only manifest objects were written: one part per line and the
		// folded manifest.
		assert.Equal(t, int64(len(tr.good)+2+1), f.objectsWritten()-puts)
	})
	t.Run("without resume an existing manifest is kept", func(t *testing.T) {
		code, stderr := runS3(ctx, "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
		assert.Equal(t, exitUsage, code)
		assert.Contains(t, stderr, "--resume")
	})
	t.Run("output inside the input is refused", func(t *testing.T) {
		code, stderr := runS3(ctx, "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("calls", "in/safe/"))
		assert.Equal(t, exitUsage, code)
		assert.Contains(t, stderr, "inside the input")
	})
	return byID
}

// TestBucket_PublicOutputIsRefused answers the S3 policy-status call the
// way S3 does for a bucket whose policy grants public read (gofakes3 does
// not implement the call), so the real SDK path decides.
func TestBucket_PublicOutputIsRefused(t *testing.T) {
	tr := newS3Tree(t)
	f := tr.f
	f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		if _, ok := r.URL.Query()["policyStatus"]; ok {
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><PolicyStatus><IsPublic>true</IsPublic></PolicyStatus>`)
			return true
		}
		if _, ok := r.URL.Query()["publicAccessBlock"]; ok {
			w.Header().Set("Content-Type", "application/xml")
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchPublicAccessBlockConfiguration</Code><Message>none</Message></Error>`)
			return true
		}
		return false
	})
	code, stderr := runS3(context.Background(), "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "publicly readable")
	assert.Empty(t, f.keys(t, "safe", "out/"), "nothing written")

	code, stderr = runS3(context.Background(), "--allow-public-output", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	assert.Equal(t, exitFail, code, stderr)
	assert.Contains(t, stderr, "publicly readable output")
}

// TestBucket_InterruptAndResume cancels the run (Ctrl-C) once the first
// recording is in the manifest, then finishes it with --resume.
func TestBucket_InterruptAndResume(t *testing.T) {
	checkInterruptAndResume(t, newS3Tree(t).bucketTree)
}

// checkInterruptAndResume cancels a run of the tree's server once the
// third manifest line is written, checks that every output left belongs to
// an ok line and is whole, then finishes the run with --resume.
func checkInterruptAndResume(t *testing.T, tr *bucketTree) {
	f := tr.srv
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Listing order: the refused one, the broken one, then the calls; so
	// the third line is the first ok one.
	var parts atomic.Int32
	f.onWrite(func(key string) {
		if strings.Contains(key, partsSuffix) && parts.Add(1) == 3 {
			cancel()
		}
	})
	code, stderr := runS3(ctx, "-j", "1", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitInterrupted, code, stderr)
	assert.Equal(t, 1, strings.Count(stderr, interruptNote), "the first interrupt says, once, what the run is still finishing\n%s", stderr)
	f.onWrite(nil)
	_, lines := s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	done := 0
	for _, l := range lines {
		if l.Status == statusOK {
			done++
		}
	}
	require.GreaterOrEqual(t, done, 1)
	require.Less(t, done, len(tr.good), "the run was cut short")
	assertOnlyManifestOutputs(t, f, "safe", "out/", lines)

	code, stderr = runS3(context.Background(), "--resume", "-j", "2", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitFail, code, stderr)
	assert.Contains(t, stderr, fmt.Sprintf("%d ok, 1 failed, 1 refused, %d skipped", len(tr.good)-done, done))
	_, lines = s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	assertAllDone(t, tr, lines)
}

// assertOnlyManifestOutputs checks that every output object belongs to an
// ok line of the manifest with its hash: nothing partial, nothing orphaned.
func assertOnlyManifestOutputs(t *testing.T, f bucketServer, bucket, prefix string, lines []manifestLine) {
	t.Helper()
	last := map[string]manifestLine{}
	for _, l := range lines {
		if l.Status != statusSkipped {
			last[l.ID] = l
		}
	}
	owned := map[string]string{}
	for _, l := range last {
		if l.Status == statusOK {
			owned[l.Output] = l.OutputSHA256
			owned[l.TranscriptOutput] = ""
		}
	}
	for _, k := range f.keys(t, bucket, prefix) {
		if strings.HasPrefix(k, "manifest") {
			continue
		}
		sum, ok := owned[k]
		if !assert.True(t, ok, "output %s has no ok line in the manifest", k) {
			continue
		}
		if sum != "" {
			data, _ := f.get(t, bucket, prefix+k)
			h := sha256.Sum256(data)
			assert.Equal(t, sum, hex.EncodeToString(h[:]), "%s is whole", k)
		}
	}
}

// assertAllGoodDone checks that every good recording's last decisive line
// is ok and its outputs are whole.
func assertAllGoodDone(t *testing.T, tr *s3Tree, lines []manifestLine) {
	t.Helper()
	assertAllDone(t, tr.bucketTree, lines)
}

// assertAllDone is assertAllGoodDone for a tree on any server.
func assertAllDone(t *testing.T, tr *bucketTree, lines []manifestLine) {
	t.Helper()
	last := map[string]manifestLine{}
	for _, l := range lines {
		if l.Status != statusSkipped {
			last[l.ID] = l
		}
	}
	for i, id := range tr.ids(t, tr.good...) {
		l, ok := last[id]
		require.True(t, ok, "%s has a line", tr.good[i])
		assert.Equal(t, statusOK, l.Status, "%s: %s %s", tr.good[i], l.ErrorCategory, l.Error)
	}
	assertOnlyManifestOutputs(t, tr.srv, "safe", "out/", lines)
}

var _ = time.Second
var _ = store.IsURL

// TestBucket_SingleObjectInputs gives one recording as an object URL, and
// one as a local file with a bucket output: each is processed with the
// transcript beside it, and nothing else under its prefix is.
func TestBucket_SingleObjectInputs(t *testing.T) {
	tr := newS3Tree(t)
	f := tr.f
	ctx := context.Background()
	require.Equal(t, "call2.wav", tr.good[1])
	data, _ := f.get(t, "calls", "in/call2.wav")
	f.put(t, "calls", "in/call2.copy.wav", data, nil) // starts like it: must not be taken

	code, stderr := runS3(ctx, "--key-file", tr.key, f.url("calls", "in/call2.wav"), "-o", f.url("safe", "one/"))
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "1 recordings: 1 ok")
	_, lines := s3Manifest(t, f, "safe", "one/", "manifest.jsonl")
	require.Len(t, lines, 1)
	assert.Equal(t, statusOK, lines[0].Status, lines[0].Error)
	assert.NotEmpty(t, lines[0].TranscriptOutput, "the transcript beside it was found")
	assert.Positive(t, len(lines[0].Findings))
	assert.Equal(t, tr.ids(t, "call2.wav")[0], lines[0].ID, "named as the same recording is in a prefix run")

	code, stderr = runS3(ctx, "--key-file", tr.key, f.url("calls", "in/nope.wav"), "-o", f.url("safe", "none/"))
	assert.Equal(t, exitUsage, code, stderr)
	assert.Contains(t, stderr, "not found")
	assert.Empty(t, f.keys(t, "safe", "none/"))

	in := t.TempDir()
	src := filepath.Join("..", "..", "testdata", "calls")
	copyFile(t, filepath.Join(src, "call5.wav"), filepath.Join(in, "call5.wav"))
	copyFile(t, filepath.Join(src, "call5.json"), filepath.Join(in, "call5.json"))
	copyFile(t, filepath.Join(src, "call2.wav"), filepath.Join(in, "call2.wav"))
	code, stderr = runS3(ctx, "--key-file", tr.key, filepath.Join(in, "call5.wav"), "-o", f.url("safe", "two/"))
	require.Equal(t, exitOK, code, stderr)
	_, lines = s3Manifest(t, f, "safe", "two/", "manifest.jsonl")
	require.Len(t, lines, 1)
	assert.Equal(t, statusOK, lines[0].Status, lines[0].Error)
	assert.NotEmpty(t, lines[0].TranscriptOutput)
}

// TestBucket_ExistingManifestNeedsResume: without --resume, an output
// prefix that holds a manifest, or only the line objects of a killed run,
// is refused before anything is written; a manifest of another shard, or
// an object that merely starts like the manifest, is not in the way.
func TestBucket_ExistingManifestNeedsResume(t *testing.T) {
	tr := newS3Tree(t)
	f := tr.f
	ctx := context.Background()
	in := f.url("calls", "in/call2.wav")
	code, stderr := runS3(ctx, "--key-file", tr.key, in, "-o", f.url("safe", "a/"))
	require.Equal(t, exitOK, code, stderr)
	code, stderr = runS3(ctx, "--key-file", tr.key, in, "-o", f.url("safe", "a/"))
	assert.Equal(t, exitUsage, code, stderr)
	assert.Contains(t, stderr, "--resume")

	f.put(t, "safe", "b/manifest.jsonl.parts/20261206T200000Z-0a1b2c3d-000001.jsonl", []byte("{}\n"), nil)
	code, stderr = runS3(ctx, "--key-file", tr.key, in, "-o", f.url("safe", "b/"))
	assert.Equal(t, exitUsage, code, stderr)
	assert.Contains(t, stderr, "--resume")

	f.put(t, "safe", "c/manifest.jsonl.old", []byte("{}\n"), nil)
	f.put(t, "safe", "c/manifest-1-of-2.jsonl", []byte("{}\n"), nil)
	code, stderr = runS3(ctx, "--key-file", tr.key, in, "-o", f.url("safe", "c/"))
	assert.Equal(t, exitOK, code, stderr)
}

// TestBucket_FailedRecordingLeavesNoOutput: a recording that fails has no
// output afterwards, not even objects of its names that an earlier run
// left (fail closed), and they are removed with one DeleteObjects request
// for the recording, not one DELETE per name.
func TestBucket_FailedRecordingLeavesNoOutput(t *testing.T) {
	tr := newS3Tree(t)
	f := tr.f
	k, err := anonymize.ReadKeyFile(tr.key)
	require.NoError(t, err)
	nm := namer{key: k}
	// Given as one object, the recording's relative name is its base name.
	names := nm.outputs("broken.wav", nm.id("broken.wav"), "broken.json", false)
	require.NotEmpty(t, names.Transcript)
	for _, n := range []string{names.Audio, names.Transcript} {
		f.put(t, "safe", "out/"+n, []byte("left by an earlier run"), nil)
	}
	var deletes, multiDeletes atomic.Int32
	f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		switch {
		case r.Method == http.MethodDelete:
			deletes.Add(1)
		case r.Method == http.MethodPost && r.URL.Query().Has("delete"):
			multiDeletes.Add(1)
		}
		return false
	})
	in := f.url("calls", "in/agent maria/broken.wav")
	code, stderr := runS3(context.Background(), "--key-file", tr.key, in, "-o", f.url("safe", "out/"))
	require.Equal(t, exitFail, code, stderr)
	assert.Equal(t, []string{"manifest.jsonl"}, f.keys(t, "safe", "out/"), "the earlier outputs are gone")
	assert.Equal(t, int32(0), deletes.Load(), "no DELETE per object")
	// One for the failed recording's outputs, one for the manifest's line
	// objects when the run ends.
	assert.Equal(t, int32(2), multiDeletes.Load())
}

// TestBucket_ShardsShareAnOutputPrefix runs what README's Kubernetes
// Indexed Job runs: N pods at once, each "--resume --shard K/N" from the
// first start (no manifest yet), reading one input prefix and writing to
// one output prefix, with no volume in common. Every recording is done by
// exactly one pod, each pod writes its own manifest, and nothing else is
// left in the prefix; a restarted pod then redoes nothing.
func TestBucket_ShardsShareAnOutputPrefix(t *testing.T) {
	checkShardsShareAnOutputPrefix(t, newS3Tree(t).bucketTree)
}

// checkShardsShareAnOutputPrefix is TestBucket_ShardsShareAnOutputPrefix
// on the tree's server.
func checkShardsShareAnOutputPrefix(t *testing.T, tr *bucketTree) {
	f := tr.srv
	const n = 3
	all := append(append([]string{}, tr.good...), tr.refused, tr.broken)
	perShard := map[int]int{}
	for _, rel := range all {
		perShard[shardOf(rel, n)]++
	}
	codes := make([]int, n)
	stderrs := make([]string, n)
	var wg sync.WaitGroup
	for k := range n {
		wg.Go(func() {
			codes[k], stderrs[k] = runS3(context.Background(), "--resume", "--shard", fmt.Sprintf("%d/%d", k, n), "--key-file", tr.key,
				f.url("calls", "in/"), "-o", f.url("safe", "out/"))
		})
	}
	wg.Wait()
	var lines []manifestLine
	var want []string
	for k := range n {
		require.Contains(t, []int{exitOK, exitFail}, codes[k], stderrs[k])
		assert.Contains(t, stderrs[k], fmt.Sprintf("%d recordings:", perShard[k]))
		if perShard[k] == 0 {
			continue
		}
		name := fmt.Sprintf("manifest-%d-of-%d.jsonl", k, n)
		_, ls := s3Manifest(t, f, "safe", "out/", name)
		assert.Len(t, ls, perShard[k], name)
		lines = append(lines, ls...)
		want = append(want, name)
	}
	ids := map[string]int{}
	for _, l := range lines {
		ids[l.ID]++
		if l.Status == statusOK {
			want = append(want, l.Output, l.TranscriptOutput)
		}
	}
	for i, id := range tr.ids(t, all...) {
		assert.Equal(t, 1, ids[id], "%s is in exactly one shard's manifest", all[i])
	}
	assertAllDone(t, tr, lines)
	sort.Strings(want)
	assert.Equal(t, want, f.keys(t, "safe", "out/"), "the shards' outputs and manifests, nothing else")

	// A pod restarted after its shard finished finds everything done.
	k := shardOf(tr.good[0], n)
	puts := f.objectsWritten()
	code, stderr := runS3(context.Background(), "--resume", "--shard", fmt.Sprintf("%d/%d", k, n), "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Contains(t, []int{exitOK, exitFail}, code, stderr)
	okInShard := 0
	for _, rel := range tr.good {
		if shardOf(rel, n) == k {
			okInShard++
		}
	}
	assert.Contains(t, stderr, fmt.Sprintf("0 ok, %d failed, %d refused, %d skipped", perShard[k]-okInShard-countIn(k, n, tr.refused), countIn(k, n, tr.refused), okInShard))
	// The lines of this run (as parts), then the manifest folded anew; and
	// the broken recording, if in this shard, is tried again (no output:
	// it fails before any upload).
	assert.Equal(t, int64(perShard[k]+1), f.objectsWritten()-puts, "no output is uploaded again")
}

// countIn is 1 if rel falls in shard k of n, else 0.
func countIn(k, n int, rel string) int {
	if shardOf(rel, n) == k {
		return 1
	}
	return 0
}

// TestListOutputs: the listing answers for the names --resume checks, and
// is given up (nil: a HEAD each) when it would take more requests than
// it saves.
func TestListOutputs(t *testing.T) {
	ctx := context.Background()
	l, err := store.Open(ctx, "mem://", false)
	require.NoError(t, err)
	defer l.Close()
	for _, n := range []string{"a.json", "b.wav", "c.json"} {
		require.NoError(t, l.WriteObject(ctx, n, "application/json", strings.NewReader("{}")))
	}
	tasks := []task{
		{prev: &manifestLine{Output: "a.wav", TranscriptOutput: "a.json"}},
		{prev: &manifestLine{Output: "b.wav", TranscriptOutput: "b.json"}},
		{},
	}
	lo := listOutputs(ctx, l, tasks)
	require.NotNil(t, lo)
	assert.Equal(t, map[string]bool{"a.json": true, "b.json": false}, lo.wanted)
	out := bucketStore{l: l, listed: lo}
	assert.True(t, out.exists(ctx, "a.json"))
	assert.False(t, out.exists(ctx, "b.json"))
	assert.True(t, out.exists(ctx, "c.json"), "a name not listed for is asked for")

	assert.Nil(t, listOutputs(ctx, l, tasks[2:]), "nothing to check")
	for i := range 2 * store.PageSize {
		require.NoError(t, l.WriteObject(ctx, fmt.Sprintf("other/%05d", i), "application/octet-stream", strings.NewReader("")))
	}
	assert.Nil(t, listOutputs(ctx, l, tasks[:2]), "three pages for two names: a HEAD each is cheaper")
}

// TestFindObjects_KeepsOnlyTheShard lists 10,000 recordings and keeps the
// records of one shard only, as they are listed: the memory a sharded run
// holds after its listing is that of its own share.
func TestFindObjects_KeepsOnlyTheShard(t *testing.T) {
	ctx := context.Background()
	l, err := store.Open(ctx, "mem://", false)
	require.NoError(t, err)
	defer l.Close()
	const n = 10000
	for i := range n {
		require.NoError(t, l.WriteObject(ctx, fmt.Sprintf("2025/%05d.wav", i), "audio/wav", strings.NewReader("")))
	}
	r := &bucketRun{inputs: []*store.Location{l}, only: []string{""}}
	retained := func(keep func(string) bool) ([]recording, uint64) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.GC() // and what sync.Pools kept through the first
		runtime.ReadMemStats(&before)
		recs, err := findObjects(ctx, r, keep)
		require.NoError(t, err)
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&after)
		return recs, after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc)
	}
	retained(func(string) bool { return false }) // first use: the driver's own state
	all, allBytes := retained(func(string) bool { return true })
	require.Len(t, all, n)
	sh := shard{K: 3, N: 100}
	some, someBytes := retained(sh.takes)
	want := 0
	for _, rec := range all {
		if sh.takes(rec.Rel) {
			want++
			assert.Equal(t, rec.Rel, some[0].Rel, "in listing order")
			some = some[1:]
		}
	}
	assert.Empty(t, some)
	require.Positive(t, want)
	t.Logf("retained after listing %d recordings: %d bytes for all, %d for shard 3/100 (%d recordings)", n, allBytes, someBytes, want)
	assert.Less(t, someBytes, allBytes/10, "a shard of 100 keeps about a hundredth")
	runtime.KeepAlive(all)
}
