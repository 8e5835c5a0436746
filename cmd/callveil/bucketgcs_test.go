//go:build !callveil_nogcs

package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
	checkPublicOutputRefused(t, tr, func() { f.setPublic("safe", true) }, "allUsers")
}

func TestBucketGCSFault_ObjectDisappearsBetweenListAndRead(t *testing.T) {
	tr, _ := newGCSTree(t)
	checkObjectDisappears(t, tr)
}

func TestBucketGCSFault_PutFailsAfterNBytes(t *testing.T) {
	tr, _ := newGCSTree(t)
	checkPutFailsAfterNBytes(t, tr)
}

// TestBucketGCS_NoCredentials: gs:// with no Application Default
// Credentials stops before anything is read, with the reason on stderr
// and nothing on the process's stdout (a user's pipe), where gocloud's
// gcsblob opener would print a warning.
func TestBucketGCS_NoCredentials(t *testing.T) {
	t.Setenv("STORAGE_EMULATOR_HOST", "")
	t.Setenv("STORAGE_EMULATOR_HOST_GRPC", "")
	t.Setenv("GOOGLE_APPLICATION_CREDENTIALS", filepath.Join(t.TempDir(), "missing.json"))
	t.Setenv("CLOUDSDK_CONFIG", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	r, w, err := os.Pipe()
	require.NoError(t, err)
	saved := os.Stdout
	os.Stdout = w
	var so, se bytes.Buffer
	code := run(context.Background(), []string{"anonymize", "gs://calls/in/", "-o", t.TempDir()}, &so, &se)
	os.Stdout = saved
	w.Close()
	printed, _ := io.ReadAll(r)
	r.Close()
	assert.Empty(t, string(printed), "nothing printed to the process's stdout")
	assert.Empty(t, so.String())
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, se.String(), "no credentials found for gs://calls")
	assert.Contains(t, se.String(), "GOOGLE_APPLICATION_CREDENTIALS")
}
