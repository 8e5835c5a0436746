package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Faults of object storage, injected in front of the S3 test server. In
// every case nothing finished is lost, no partial object is visible, and
// --resume finishes the run.

func TestBucketFault_ServerGoesAwayMidRun(t *testing.T) {
	tr := newS3Tree(t)
	f := tr.f
	// One attempt per request: a server gone for good fails the retries
	// too, and with the SDK's default of 3 the run only waits out their
	// backoff first (15 to 25 s here, 30 s under the race detector).
	t.Setenv("AWS_MAX_ATTEMPTS", "1")
	var wavs atomic.Int32
	f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		if isPutOf(r, ".wav") && strings.Contains(r.URL.Path, "/safe/") && wavs.Add(1) == 3 {
			f.down.Store(true) // the third audio upload never arrives, nor anything after it
			hijackClose(w)
			return true
		}
		return false
	})
	code, stderr := runS3(context.Background(), "-j", "1", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	assert.Equal(t, exitUsage, code, "the manifest could not be written: the run stops\n%s", stderr)
	assert.Contains(t, stderr, "manifest could not be written")
	assertNoPII(t, "stderr", stderr, tr.pii, false)

	f.down.Store(false)
	f.setFault(nil)
	idx, _, err := readManifestFromS3(t, f)
	require.NoError(t, err)
	assert.NotEmpty(t, idx, "the lines written before the server went away are kept (as parts)")

	code, stderr = runS3(context.Background(), "--resume", "-j", "2", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitFail, code, stderr)
	_, lines := s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	assertAllGoodDone(t, tr, lines)
}

func readManifestFromS3(t *testing.T, f *fakeS3) (resumeIndex, int, error) {
	t.Helper()
	l := openS3(t, f, "safe", "out/")
	return readBucketManifest(context.Background(), l, "manifest.jsonl")
}

func TestBucketFault_PutFailsAfterNBytes(t *testing.T) {
	checkPutFailsAfterNBytes(t, newS3Tree(t).bucketTree)
}

// checkPutFailsAfterNBytes drops the audio upload of one recording after
// 64 KiB: that recording fails with no object of it visible (neither its
// audio nor its transcript), the others are done, and --resume finishes.
func checkPutFailsAfterNBytes(t *testing.T, tr *bucketTree) {
	f := tr.srv
	victim := tr.ids(t, tr.good[1])[0] + ".wav"
	const n = 64 << 10
	var cut atomic.Int32
	f.cutUploads(victim, n, &cut)
	code, stderr := runS3(context.Background(), "-j", "2", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitFail, code, stderr)
	require.Positive(t, cut.Load(), "the fault fired")
	f.cutUploads("", 0, nil)
	_, lines := s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	assertOnlyManifestOutputs(t, f, "safe", "out/", lines)
	for _, k := range f.keys(t, "safe", "out/") {
		assert.NotContains(t, k, tr.ids(t, tr.good[1])[0], "no object of the failed recording is visible: not its audio, not its transcript")
	}

	code, stderr = runS3(context.Background(), "--resume", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitFail, code, stderr)
	assert.Contains(t, stderr, fmt.Sprintf("1 ok, 1 failed, 1 refused, %d skipped", len(tr.good)-1))
	_, lines = s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	assertAllDone(t, tr, lines)
}

func TestBucketFault_ObjectDisappearsBetweenListAndRead(t *testing.T) {
	checkObjectDisappears(t, newS3Tree(t).bucketTree)
}

// checkObjectDisappears deletes a listed recording as the CLI starts to
// read it: that recording fails (category io, no PII in its error), the
// others are done, nothing partial is left, and once the object is back,
// --resume finishes the run.
func checkObjectDisappears(t *testing.T, tr *bucketTree) {
	f := tr.srv
	gone := "in/" + tr.good[2]
	data, _ := f.get(t, "calls", gone)
	var fired atomic.Bool
	f.onRead(func(bucket, key string) {
		if bucket == "calls" && key == gone && !fired.Swap(true) {
			f.remove(t, "calls", gone)
		}
	})
	code, stderr := runS3(context.Background(), "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitFail, code, stderr)
	require.True(t, fired.Load())
	f.onRead(nil)
	_, lines := s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	var l manifestLine
	for _, x := range lines {
		if x.ID == tr.ids(t, tr.good[2])[0] {
			l = x
		}
	}
	assert.Equal(t, statusFailed, l.Status)
	assert.Equal(t, "io", l.ErrorCategory, l.Error)
	assertNoPII(t, "error", l.Error, tr.pii, true)
	assertNoPII(t, "stderr", stderr, tr.pii, false)
	assertOnlyManifestOutputs(t, f, "safe", "out/", lines)

	f.put(t, "calls", gone, data, nil) // it comes back
	code, stderr = runS3(context.Background(), "--resume", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitFail, code, stderr)
	_, lines = s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	assertAllDone(t, tr, lines)
}

// tinyWAV is a 0.1 s mono 8 kHz 16-bit WAV of a quiet tone.
func tinyWAV() []byte {
	const n = 800
	var b bytes.Buffer
	b.WriteString("RIFF")
	binary.Write(&b, binary.LittleEndian, uint32(36+2*n))
	b.WriteString("WAVEfmt ")
	for _, v := range []any{uint32(16), uint16(1), uint16(1), uint32(8000), uint32(16000), uint16(2), uint16(16)} {
		binary.Write(&b, binary.LittleEndian, v)
	}
	b.WriteString("data")
	binary.Write(&b, binary.LittleEndian, uint32(2*n))
	for i := range n {
		binary.Write(&b, binary.LittleEndian, int16(1000*((i/10)%2*2-1)))
	}
	return b.Bytes()
}

// TestBucket_TenThousandObjects lists a prefix of 10,000 small recordings
// (10 pages of 1,000) and processes one shard of them, then resumes.
func TestBucket_TenThousandObjects(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 2500 // still three pages
	}
	f := startFakeS3(t, "calls", "safe")
	wav := tinyWAV()
	for i := range n {
		f.put(t, "calls", fmt.Sprintf("bulk/2025/%05d.wav", i), wav, nil)
	}
	var lists atomic.Int32
	f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		if r.Method == http.MethodGet && r.URL.Query().Get("list-type") == "2" && strings.HasPrefix(r.URL.Query().Get("prefix"), "bulk/") {
			lists.Add(1)
		}
		return false
	})
	key := writeKey(t)
	k := shardOf("2025/00000.wav", 1000) // a shard that holds at least one recording
	shardFlag := fmt.Sprintf("%d/1000", k)
	start := time.Now()
	code, stderr := runS3(context.Background(), "--shard", shardFlag, "--allow-no-transcript", "--key-file", key, f.url("calls", "bulk/"), "-o", f.url("safe", "out/"))
	elapsed := time.Since(start)
	require.Equal(t, exitOK, code, stderr)
	// One request per page of 1,000 (an S3 server may answer one more,
	// empty, page at an exact multiple).
	assert.InDelta(t, float64(n/1000)+0.5, float64(lists.Load()), 0.5, "listed page by page")
	want := 0
	for i := range n {
		if shardOf(fmt.Sprintf("2025/%05d.wav", i), 1000) == k {
			want++
		}
	}
	require.Positive(t, want)
	_, lines := s3Manifest(t, f, "safe", "out/", fmt.Sprintf("manifest-%d-of-1000.jsonl", k))
	assert.Len(t, lines, want)
	for _, l := range lines {
		assert.Equal(t, statusOK, l.Status, l.Error)
		assert.True(t, l.Unredacted)
	}
	t.Logf("%d objects listed, %d in shard %s processed, in %v", n, want, shardFlag, elapsed.Round(time.Millisecond))

	code, stderr = runS3(context.Background(), "--resume", "--shard", shardFlag, "--allow-no-transcript", "--key-file", key, f.url("calls", "bulk/"), "-o", f.url("safe", "out/"))
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, fmt.Sprintf("0 ok, 0 failed, 0 refused, %d skipped", want))
}

// TestBucketFault_PhoneKeysStayOutOfErrors gives recordings whose keys hold
// a phone number and a name the failures whose store errors name the key:
// an object that vanishes between listing and reading, and a transcript
// that does not parse. Under --names hash neither the digits nor the name
// appear in stderr or the manifest: the errors go through the scrubber the
// folder path uses (with the names hidden off, the name is seen in both;
// the digits alone would be caught by the long-digits rule anyway).
func TestBucketFault_PhoneKeysStayOutOfErrors(t *testing.T) {
	tr := newS3Tree(t)
	f := tr.f
	ctx := context.Background()
	data, _ := f.get(t, "calls", "in/"+tr.good[0])
	trData, _ := f.get(t, "calls", "in/"+relStripExt(tr.good[0])+".json")
	const gone = "in/2025-09-13_jdoe_+15559876543.wav"
	f.put(t, "calls", gone, data, nil)
	f.put(t, "calls", "in/2025-09-13_jdoe_+15559876543.json", trData, nil)
	f.put(t, "calls", "in/2025-09-14_asmith_+15550001111.wav", data, nil)
	f.put(t, "calls", "in/2025-09-14_asmith_+15550001111.json", []byte(`{"words": [{"word": "hi", "start": `), nil)
	pii := append([]string{"15559876543", "5559876543", "15550001111", "5550001111", "jdoe", "asmith"}, tr.pii...)
	var fired atomic.Bool
	f.onRead(func(bucket, key string) {
		if bucket == "calls" && key == gone && !fired.Swap(true) {
			f.remove(t, "calls", gone)
		}
	})
	code, stderr := runS3(ctx, "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	f.onRead(nil)
	require.Equal(t, exitFail, code, stderr)
	require.True(t, fired.Load(), "the object vanished as it was read")
	objs, lines := s3Manifest(t, f, "safe", "out/", "manifest.jsonl")
	byID := map[string]manifestLine{}
	for _, l := range lines {
		byID[l.ID] = l
	}
	ids := tr.ids(t, "2025-09-13_jdoe_+15559876543.wav", "2025-09-14_asmith_+15550001111.wav")
	assert.Equal(t, statusFailed, byID[ids[0]].Status, "the vanished one fails")
	assert.Equal(t, "io", byID[ids[0]].ErrorCategory, byID[ids[0]].Error)
	assert.Equal(t, statusRefused, byID[ids[1]].Status, "the one with a broken transcript is refused")
	assert.NotEmpty(t, byID[ids[1]].Error)
	// The manifest's strings, but for the hashes (hex runs can hold any
	// digits), as checkBucketToBucket.
	names := map[string]bool{"id": true, "output": true, "transcript_output": true, "native_output": true, "output_sha256": true, "voice_id": true}
	for i, o := range objs {
		assertNoPII(t, fmt.Sprintf("manifest line %d", i+1), strings.Join(jsonStrings(o, names), "\n"), pii, true)
	}
	assertNoPII(t, "stderr", stderr, pii, false)
	assert.NotContains(t, stderr, "%2B1555", "no escaped key either")
}
