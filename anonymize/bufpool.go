package anonymize

import (
	"errors"
	"io"
	"sync"

	"github.com/callveil/callveil/internal/bufpool"
)

// Buffers of recordings held in memory by ProcessStored (a downloaded
// input, a staged output) come from internal/bufpool and go back when the
// recording is done (see that package for why, and for the bound on what
// it keeps). A pooled buffer can hold a previous recording's bytes,
// unredacted ones included: every user of one here writes each byte it
// later reads or uploads (spill zeroes a gap it skips), and a body handed
// to an upload is revoked before its buffer goes back (see revocable).

func getBuf(n int64) []byte { return bufpool.Get(n) }

func putBuf(b []byte) { bufpool.Put(b) }

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
