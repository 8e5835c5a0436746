package main

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"path"
	"sync"
	"time"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/internal/bufpool"
	"github.com/callveil/callveil/store"
	"github.com/callveil/callveil/transcript"
)

// Prefetching, in bucket mode: while the workers process recordings, one
// goroutine downloads the next recordings and their transcripts, in the
// order the workers take them, so that a worker finds its input in memory
// instead of waiting for two GETs, and the server's work and the transfer
// overlap with the DSP. It is bounded: at most as many recordings as
// there are workers are held ahead of them (each no larger than
// anonymize.DefaultInMemoryBytes; a larger one is left to the worker,
// which spools it as before), and a recording already prefetched is
// dropped as soon as its worker is done with it. A failed download is not
// an error here: the worker then reads the object itself, and reports
// whatever is wrong with it as it always did. Nothing is written to disk.

// prefetchState is where one task's prefetch stands.
type prefetchState int

const (
	prefetchWaiting prefetchState = iota // not started
	prefetchClaimed                      // its worker came first and reads it itself
	prefetchStarted                      // downloading or done; done closes when finished
)

// prefetched is one task's prefetched input.
type prefetched struct {
	state prefetchState // guarded by prefetcher.mu
	done  chan struct{} // closed when the download ended, either way

	// Set before done closes; nil when the object was not read (then the
	// worker reads it itself).
	audio, transcript []byte
	audioMod, trMod   time.Time
}

// prefetcher downloads the inputs of the tasks ahead of the workers.
type prefetcher struct {
	mu    sync.Mutex
	items []*prefetched // by task index; nil for a task not prefetched
	tasks []task
	// slots holds a token for each recording fetched and not yet
	// released by its worker: the workers' own plus as many again ahead.
	slots chan struct{}
	limit int64 // the largest recording prefetched
	stop  context.CancelFunc
	wg    sync.WaitGroup
}

// startPrefetch starts prefetching the bucket inputs of tasks, in order,
// for a batch of the given number of workers, and sets the pre field of
// each task it will prefetch. It returns nil when no task would be
// prefetched. Stop it when the batch ends.
func startPrefetch(ctx context.Context, tasks []task, workers int) *prefetcher {
	p := &prefetcher{items: make([]*prefetched, len(tasks)), tasks: tasks, slots: make(chan struct{}, 2*max(workers, 1)), limit: anonymize.DefaultInMemoryBytes}
	any := false
	for i, t := range tasks {
		if t.skip != nil || t.prev != nil || t.rec.In == nil || t.rec.In.Scheme == "file" || t.rec.Size > p.limit {
			continue // nothing to read, likely skipped by --resume, local, or too large to hold
		}
		p.items[i] = &prefetched{done: make(chan struct{})}
		tasks[i].pre = p.items[i]
		any = true
	}
	if !any {
		return nil
	}
	ctx, p.stop = context.WithCancel(ctx)
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for i, it := range p.items {
			if it == nil {
				continue
			}
			select {
			case p.slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			p.mu.Lock()
			if it.state != prefetchWaiting {
				p.mu.Unlock()
				<-p.slots // its worker reads it itself
				continue
			}
			it.state = prefetchStarted
			p.mu.Unlock()
			p.fetch(ctx, p.tasks[i], it)
			close(it.done)
		}
	}()
	return p
}

// fetch downloads the recording of t and its transcript into it. What
// fails is left nil.
func (p *prefetcher) fetch(ctx context.Context, t task, it *prefetched) {
	it.audio, it.audioMod = readObject(ctx, t.rec.In, t.rec.Path, p.limit)
	if it.audio == nil || t.rec.Transcript == "" {
		return
	}
	trIn := t.rec.TranscriptIn
	if trIn == nil {
		trIn = t.rec.In
	}
	if trIn.Scheme != "file" {
		it.transcript, it.trMod = readObject(ctx, trIn, t.rec.Transcript, transcript.DefaultMaxBytes)
	}
}

// readObject reads the object name whole with one GET, or returns nil if
// that fails or it is larger than limit.
func readObject(ctx context.Context, l *store.Location, name string, limit int64) ([]byte, time.Time) {
	r, err := l.Open(ctx, name)
	if err != nil {
		return nil, time.Time{}
	}
	defer r.Close()
	if r.Size() < 0 || r.Size() > limit {
		return nil, time.Time{}
	}
	b := bufpool.Get(r.Size())
	if _, err := io.ReadFull(r, b); err != nil {
		bufpool.Put(b)
		return nil, time.Time{}
	}
	return b, r.ModTime()
}

// take returns the prefetched input it (a task's pre), waiting for its
// download to end, or nil if it is not prefetched (then the worker reads
// it itself). Call release on what it returns when the recording is done.
func (p *prefetcher) take(ctx context.Context, it *prefetched) *prefetched {
	if p == nil || it == nil {
		return nil
	}
	p.mu.Lock()
	if it.state == prefetchWaiting {
		it.state = prefetchClaimed
		p.mu.Unlock()
		return nil
	}
	p.mu.Unlock()
	select {
	case <-it.done:
		return it
	case <-ctx.Done():
		// The download stops with the run's context too; its slot and
		// buffers are left to the garbage collector.
		return nil
	}
}

// release gives the buffers of it back and frees its slot.
func (p *prefetcher) release(it *prefetched) {
	bufpool.Put(it.audio)
	bufpool.Put(it.transcript)
	it.audio, it.transcript = nil, nil
	<-p.slots
}

// close stops prefetching and waits for the download in progress.
func (p *prefetcher) close() {
	if p == nil {
		return
	}
	p.stop()
	p.wg.Wait()
}

// withPrefetched is fsys with the object name served from data (a file
// that reads at offsets, so the pipeline decodes it in place), or fsys
// itself when data is nil.
func withPrefetched(fsys fs.FS, name string, data []byte, mod time.Time) fs.FS {
	if data == nil {
		return fsys
	}
	return overlayFS{FS: fsys, name: name, data: data, mod: mod}
}

type overlayFS struct {
	fs.FS
	name string
	data []byte
	mod  time.Time
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if name != o.name {
		return o.FS.Open(name)
	}
	return &memFile{Reader: bytes.NewReader(o.data), name: name, size: int64(len(o.data)), mod: o.mod}, nil
}

// memFile is an object read into memory, as an fs.File that can seek and
// read at offsets.
type memFile struct {
	*bytes.Reader
	name string
	size int64
	mod  time.Time
}

func (f *memFile) Stat() (fs.FileInfo, error) { return memInfo{f}, nil }
func (f *memFile) Close() error               { return nil }

type memInfo struct{ f *memFile }

func (i memInfo) Name() string       { return path.Base(i.f.name) }
func (i memInfo) Size() int64        { return i.f.size }
func (i memInfo) Mode() fs.FileMode  { return 0o444 }
func (i memInfo) ModTime() time.Time { return i.f.mod }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }
