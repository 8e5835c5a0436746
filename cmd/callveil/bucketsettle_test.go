//go:build !callveil_nogcs

package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/store"
)

// TestSettledOutputs_InterruptedUploadIsKnown holds an upload at the
// server until the run's context is cancelled, then lets the server finish
// it. Through store.Location.Put alone, Put reports the cancellation at
// once and the object appears afterwards anyway: an output no manifest
// line owns, made after its recording's outputs were removed (what the
// gs:// interrupt test hit about once in 15 runs). Through settledOutputs,
// Put waits for the server's answer and returns nil, so the object it made
// is known.
func TestSettledOutputs_InterruptedUploadIsKnown(t *testing.T) {
	f := startFakeGCS(t, "safe")
	l, err := store.Open(context.Background(), f.url("safe", "out/"), false)
	require.NoError(t, err)
	defer l.Close()

	// put writes name through out while the server takes in the upload's
	// whole request, then cancels the writer's context, then answers once
	// Put has returned (or after 300 ms): a request received whole, whose
	// client gives up before the answer.
	put := func(out anonymize.Outputs, name string) error {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		returned := make(chan struct{})
		var once sync.Once
		f.setBefore(func(r *http.Request) {
			if strings.HasPrefix(r.URL.Path, "/upload/") {
				once.Do(func() {
					body, err := io.ReadAll(r.Body)
					assert.NoError(t, err)
					r.Body = io.NopCloser(bytes.NewReader(body))
					cancel()
					select {
					case <-returned:
					case <-time.After(300 * time.Millisecond):
					}
				})
			}
		})
		defer f.setBefore(nil)
		// As ProcessStored chooses: PutSHA256 when there is one, else Put.
		var err error
		if sp, ok := out.(anonymize.SHA256Putter); ok {
			sum := sha256.Sum256([]byte("RIFF"))
			err = sp.PutSHA256(ctx, name, "audio/wav", strings.NewReader("RIFF"), 4, sum[:])
		} else if p, ok := out.(anonymize.Putter); ok {
			err = p.Put(ctx, name, "audio/wav", strings.NewReader("RIFF"), 4)
		} else {
			err = createWrite(ctx, out, name, "RIFF")
		}
		close(returned)
		return err
	}
	exists := func(name string) bool {
		ok, err := l.Exists(context.Background(), name)
		require.NoError(t, err)
		return ok
	}

	t.Run("store alone: an error, then the object", func(t *testing.T) {
		err := put(l, "raw.wav")
		require.ErrorIs(t, err, context.Canceled)
		assert.Eventually(t, func() bool { return exists("raw.wav") }, 5*time.Second, 20*time.Millisecond,
			"the server finishes an upload whose client gave up (if this ever fails, the race it documents is gone)")
	})
	t.Run("settled: the upload finishes and says so", func(t *testing.T) {
		require.NoError(t, put(settledOutputs{l}, "settled.wav"))
		assert.True(t, exists("settled.wav"))
	})
	t.Run("settled, through Put alone: the upload finishes and says so", func(t *testing.T) {
		require.NoError(t, put(putOnly{settledOutputs{l}}, "settled-put.wav"))
		assert.True(t, exists("settled-put.wav"))
	})
	t.Run("settled, through Create alone: the upload finishes and says so", func(t *testing.T) {
		require.NoError(t, put(createOnly{settledOutputs{l}}, "settled-create.wav"))
		assert.True(t, exists("settled-create.wav"))
	})
	t.Run("settled, through Create alone: interrupted before Close, abandoned", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		w, err := createOnly{settledOutputs{l}}.Create(ctx, "abandoned.wav", "audio/wav")
		require.NoError(t, err)
		_, err = io.WriteString(w, "RIFF")
		require.NoError(t, err)
		cancel()
		assert.Error(t, w.Close(), "a write interrupted before its Close is abandoned, as Create promises")
		time.Sleep(100 * time.Millisecond)
		assert.False(t, exists("abandoned.wav"))
	})
	t.Run("settled: not started once interrupted", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		require.ErrorIs(t, settledOutputs{l}.Put(ctx, "late.wav", "audio/wav", strings.NewReader("RIFF"), 4), context.Canceled)
		assert.False(t, exists("late.wav"))
	})
}

// putOnly is out with Put and without PutSHA256.
type putOnly struct{ s settledOutputs }

func (p putOnly) Create(ctx context.Context, name, contentType string) (io.WriteCloser, error) {
	return p.s.Create(ctx, name, contentType)
}
func (p putOnly) Remove(ctx context.Context, name string) error { return p.s.Remove(ctx, name) }
func (p putOnly) Put(ctx context.Context, name, contentType string, body io.ReadSeeker, size int64) error {
	return p.s.Put(ctx, name, contentType, body, size)
}

// createOnly is out with neither Put nor PutSHA256: ProcessStored then
// writes through Create.
type createOnly struct{ s settledOutputs }

func (c createOnly) Create(ctx context.Context, name, contentType string) (io.WriteCloser, error) {
	return c.s.Create(ctx, name, contentType)
}
func (c createOnly) Remove(ctx context.Context, name string) error { return c.s.Remove(ctx, name) }

// createWrite writes body to the output name through out.Create, as
// ProcessStored does for Outputs without Put.
func createWrite(ctx context.Context, out anonymize.Outputs, name, body string) error {
	w, err := out.Create(ctx, name, "audio/wav")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, body); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
