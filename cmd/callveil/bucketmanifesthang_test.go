package main

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/store"
)

// TestBucketManifest_CloseBoundedWhenServerHangs: the manifest is folded
// when the run ends, also after Ctrl-C, with a context that the
// interruption does not end. A server that takes the request and never
// answers must not hang the run there: Close gives up after
// manifestCloseTimeout, and the lines stay in their parts for --resume.
func TestBucketManifest_CloseBoundedWhenServerHangs(t *testing.T) {
	f := startFakeS3(t, "safe")
	l, err := store.Open(context.Background(), f.url("safe", "out/"), false)
	require.NoError(t, err)
	defer l.Close()
	run, interrupt := context.WithCancel(context.Background())
	defer interrupt()
	m, err := openBucketManifest(run, l, "manifest.jsonl", false)
	require.NoError(t, err)
	require.NoError(t, m.write(manifestLine{Input: "a.wav", Status: "ok"}))

	release := make(chan struct{})
	defer close(release)
	f.setFault(func(w http.ResponseWriter, r *http.Request) bool {
		select { // the server hangs: no answer until the test ends
		case <-release:
		case <-r.Context().Done():
		}
		return true
	})
	defer f.setFault(nil)
	saved := manifestCloseTimeout
	manifestCloseTimeout = 300 * time.Millisecond
	defer func() { manifestCloseTimeout = saved }()

	interrupt() // Ctrl-C
	done := make(chan error, 1)
	go func() { done <- m.Close() }()
	select {
	case err := <-done:
		assert.Error(t, err, "the fold did not happen")
		assert.ErrorContains(t, err, "not folded within 300ms of the interrupt")
	case <-time.After(10 * time.Second):
		t.Fatal("Close still waiting for a server that never answers after 10 s")
	}
}
