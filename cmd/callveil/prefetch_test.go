package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/store"
)

// prefetchTasks puts n recordings with transcripts in a fresh memblob
// bucket and returns their tasks.
func prefetchTasks(t *testing.T, n int) ([]task, *store.Location) {
	t.Helper()
	ctx := context.Background()
	l, err := store.Open(ctx, "mem://calls/", false)
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	var tasks []task
	for i := range n {
		a, tr := fmt.Sprintf("c%02d.wav", i), fmt.Sprintf("c%02d.json", i)
		require.NoError(t, l.WriteObject(ctx, a, "audio/wav", bytes.NewReader(bytes.Repeat([]byte{byte(i)}, 1000+i))))
		require.NoError(t, l.WriteObject(ctx, tr, "application/json", bytes.NewReader([]byte(fmt.Sprintf(`{"n":%d}`, i)))))
		tasks = append(tasks, task{rec: recording{Path: a, Rel: a, Transcript: tr, In: l, Size: int64(1000 + i)}})
	}
	return tasks, l
}

// started counts the prefetches under way or done and not yet taken.
func started(p *prefetcher) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, it := range p.items {
		if it != nil && it.state == prefetchStarted {
			n++
		}
	}
	return n
}

// waitStarted waits until the prefetch it has started (so that take
// waits for it rather than claim it).
func waitStarted(t *testing.T, p *prefetcher, it *prefetched) {
	t.Helper()
	require.Eventually(t, func() bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		return it.state == prefetchStarted
	}, 5*time.Second, time.Millisecond)
}

// TestPrefetch_BoundedAndInOrder: with one worker, the prefetcher reads
// ahead two recordings (the worker's and one more) and no further until
// one is released; what a worker takes is the object's bytes and its
// transcript's; a task its worker claimed first is not read.
func TestPrefetch_BoundedAndInOrder(t *testing.T) {
	tasks, _ := prefetchTasks(t, 6)
	ctx := context.Background()
	p := startPrefetch(ctx, tasks, 1)
	require.NotNil(t, p)
	defer p.close()
	for i := range tasks {
		require.NotNil(t, tasks[i].pre, "task %d is prefetched", i)
	}
	waitStarted(t, p, tasks[1].pre)
	time.Sleep(20 * time.Millisecond)
	assert.Equal(t, 2, started(p), "no more than two ahead with one worker")

	it := p.take(ctx, tasks[0].pre)
	require.NotNil(t, it)
	assert.Equal(t, bytes.Repeat([]byte{0}, 1000), it.audio)
	assert.Equal(t, `{"n":0}`, string(it.transcript))
	// The worker of task 2 comes before its prefetch: it reads it itself.
	assert.Nil(t, p.take(ctx, tasks[2].pre))
	p.release(it)

	it = p.take(ctx, tasks[1].pre)
	require.NotNil(t, it)
	assert.Equal(t, bytes.Repeat([]byte{1}, 1001), it.audio)
	// Task 2 was claimed, so the freed slot went to task 3.
	waitStarted(t, p, tasks[3].pre)
	it3 := p.take(ctx, tasks[3].pre)
	require.NotNil(t, it3)
	assert.Equal(t, bytes.Repeat([]byte{3}, 1003), it3.audio)
	assert.Equal(t, `{"n":3}`, string(it3.transcript))
	p.release(it)
	p.release(it3)
}

// TestPrefetch_Skips: nothing is prefetched for a task that will not be
// read (skipped, resumed, local, too large for memory).
func TestPrefetch_Skips(t *testing.T) {
	tasks, _ := prefetchTasks(t, 4)
	tasks[0].skip = &manifestLine{}
	tasks[1].prev = &manifestLine{}
	tasks[2].rec.Size = 1 << 40
	tasks[3].rec.In = nil
	assert.Nil(t, startPrefetch(context.Background(), tasks, 1))
	for i := range tasks {
		assert.Nil(t, tasks[i].pre)
	}
}

// TestPrefetch_VanishedObject: an object deleted between the listing and
// its prefetch is left to the worker (nil bytes), which then reports it.
func TestPrefetch_VanishedObject(t *testing.T) {
	tasks, l := prefetchTasks(t, 2)
	ctx := context.Background()
	require.NoError(t, l.Remove(ctx, tasks[1].rec.Path))
	p := startPrefetch(ctx, tasks, 1)
	require.NotNil(t, p)
	defer p.close()
	waitStarted(t, p, tasks[1].pre)
	it := p.take(ctx, tasks[1].pre)
	require.NotNil(t, it)
	assert.Nil(t, it.audio)
	fsys := withPrefetched(l.FS(ctx), tasks[1].rec.Path, it.audio, it.audioMod)
	_, err := fsys.Open(tasks[1].rec.Path)
	assert.ErrorIs(t, err, fs.ErrNotExist, "the worker's own read reports the missing object")
	p.release(it)
	p.release(p.take(ctx, tasks[0].pre))
}

// TestPrefetch_CloseStops: closing the prefetcher ends its goroutine
// while it waits for a slot.
func TestPrefetch_CloseStops(t *testing.T) {
	tasks, _ := prefetchTasks(t, 5)
	p := startPrefetch(context.Background(), tasks, 1)
	require.Eventually(t, func() bool { return started(p) == 2 }, 5*time.Second, time.Millisecond)
	done := make(chan struct{})
	go func() { p.close(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("close did not stop the prefetcher")
	}
}

// TestOverlayFS: the prefetched object reads, seeks and reads at offsets,
// with its size; other names go to the store.
func TestOverlayFS(t *testing.T) {
	tasks, l := prefetchTasks(t, 1)
	ctx := context.Background()
	fsys := withPrefetched(l.FS(ctx), "x.wav", []byte("0123456789"), time.Unix(5, 0))
	f, err := fsys.Open("x.wav")
	require.NoError(t, err)
	st, err := f.Stat()
	require.NoError(t, err)
	assert.Equal(t, int64(10), st.Size())
	assert.Equal(t, "x.wav", st.Name())
	ra, ok := f.(interface {
		io.ReaderAt
		io.Seeker
	})
	require.True(t, ok, "decoded in place, not spooled")
	b := make([]byte, 3)
	_, err = ra.ReadAt(b, 4)
	require.NoError(t, err)
	assert.Equal(t, "456", string(b))
	g, err := fsys.Open(tasks[0].rec.Transcript)
	require.NoError(t, err)
	data, err := io.ReadAll(g)
	require.NoError(t, err)
	assert.Equal(t, `{"n":0}`, string(data))
}
