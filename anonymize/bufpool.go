package anonymize

import (
	"errors"
	"io"
	"sync"
)

// Buffers of recordings held in memory by ProcessStored (a downloaded
// input, a staged output) are taken from a pool and given back when the
// recording is done, so that a batch does not allocate, zero and fault
// in fresh pages of several megabytes for every recording, nor make the
// garbage collector run and the scavenger hand those pages back to the
// system in between. A pooled buffer can hold a previous recording's
// bytes, unredacted ones included: every user of one writes each byte
// it later reads or uploads (spill zeroes a gap it skips), and a body
// handed to an upload is revoked before its buffer goes back (see
// revocable). The pool is a sync.Pool: the garbage collector empties it
// when a batch stops using it.
var bufPool sync.Pool // of *[]byte

// getBuf returns a slice of length n, from the pool when a pooled one is
// large enough.
func getBuf(n int64) []byte {
	if p, ok := bufPool.Get().(*[]byte); ok {
		if int64(cap(*p)) >= n {
			return (*p)[:n]
		}
		bufPool.Put(p) // too small for this one; keep it for another
	}
	return make([]byte, n)
}

// putBuf gives b back to the pool. The caller must not use b afterwards.
func putBuf(b []byte) {
	if cap(b) == 0 {
		return
	}
	b = b[:0]
	bufPool.Put(&b)
}

// errRevoked is what a revoked body returns when read after its upload
// ended.
var errRevoked = errors.New("anonymize: upload body read after the upload ended")

// revocable is an upload body that stops reading from its buffer once
// revoke returns. An HTTP transport may close or even read a request's
// body after the request has returned (net/http says RoundTrip may close
// it in another goroutine); revoke waits for a read in progress, so the
// buffer under the body can go back to the pool safely.
type revocable struct {
	mu      sync.Mutex
	r       io.ReadSeeker
	revoked bool
}

func (b *revocable) Read(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.revoked {
		return 0, errRevoked
	}
	return b.r.Read(p)
}

func (b *revocable) Seek(offset int64, whence int) (int64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.revoked {
		return 0, errRevoked
	}
	return b.r.Seek(offset, whence)
}

// revoke makes every later Read and Seek fail, after any one in progress
// has returned.
func (b *revocable) revoke() {
	b.mu.Lock()
	b.revoked = true
	b.mu.Unlock()
}
