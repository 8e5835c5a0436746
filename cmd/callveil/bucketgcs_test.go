//go:build !callveil_nogcs

package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The gs:// end to end: testdata/calls uploaded to fake-gcs-server
// (in-process, loopback HTTP; see gcsfake_test.go), read and written by
// the CLI through gocloud's gcsblob and the Cloud Storage client, with the
// same checks as the S3 tests.

func newGCSTree(t *testing.T) (*bucketTree, *fakeGCS) {
	t.Helper()
	f := startFakeGCS(t, "calls", "safe")
	return newBucketTree(t, f), f
}

func TestBucketGCS_AnonymizeBucketToBucket(t *testing.T) {
	tr, _ := newGCSTree(t)
	checkBucketToBucket(t, tr)
}

func TestBucketGCS_InterruptAndResume(t *testing.T) {
	tr, _ := newGCSTree(t)
	checkInterruptAndResume(t, tr)
}

func TestBucketGCS_ShardsShareAnOutputPrefix(t *testing.T) {
	tr, _ := newGCSTree(t)
	checkShardsShareAnOutputPrefix(t, tr)
}

// TestBucketGCS_PublicOutputIsRefused: an output bucket whose IAM policy
// binds allUsers is refused before anything is written, and written to
// only with --allow-public-output (with a warning).
func TestBucketGCS_PublicOutputIsRefused(t *testing.T) {
	tr, f := newGCSTree(t)
	f.setPublic("safe", true)
	ctx := context.Background()
	code, stderr := runS3(ctx, "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "publicly readable")
	assert.Contains(t, stderr, "allUsers")
	assert.Empty(t, f.keys(t, "safe", "out/"), "nothing written")

	code, stderr = runS3(ctx, "--allow-public-output", "--key-file", tr.key, f.url("calls", "in/"), "-o", f.url("safe", "out/"))
	assert.Equal(t, exitFail, code, stderr)
	assert.Contains(t, stderr, "publicly readable output")
	assert.Contains(t, f.keys(t, "safe", "out/"), "manifest.jsonl")
}

func TestBucketGCSFault_ObjectDisappearsBetweenListAndRead(t *testing.T) {
	tr, _ := newGCSTree(t)
	checkObjectDisappears(t, tr)
}

func TestBucketGCSFault_PutFailsAfterNBytes(t *testing.T) {
	tr, _ := newGCSTree(t)
	checkPutFailsAfterNBytes(t, tr)
}
