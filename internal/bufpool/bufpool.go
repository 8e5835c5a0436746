// Package bufpool keeps the large byte buffers that hold one recording
// in memory (a downloaded input, a staged output) between the recordings
// of a batch, so that each recording does not allocate, zero and fault
// in fresh pages of several megabytes, and the garbage collector does not
// run more often for them (and the runtime's scavenger hand their pages
// back to the system in between, to be faulted in again).
//
// sync.Pool does not serve here: the pipeline allocates enough between
// two recordings for a garbage collection or two to run, and each one
// empties a sync.Pool. The pool is instead a short free list that holds
// at most MaxBytes; a buffer that does not fit is left to the garbage
// collector. So a process holds at most MaxBytes more than it would
// without the pool, and only after it has needed that much.
//
// A pooled buffer still holds the bytes of whoever used it last, an
// unredacted recording among them: a user must write every byte it later
// reads, and must not use a buffer after giving it back.
package bufpool

import "sync"

// MaxBytes bounds the capacity of the buffers the pool keeps: two
// recordings of anonymize.DefaultInMemoryBytes (16 MiB), an input and an
// output each.
const MaxBytes = 64 << 20

var (
	mu   sync.Mutex
	free [][]byte // at most MaxBytes of capacity in all
	held int64
)

// Get returns a slice of length n: the smallest pooled buffer that is
// large enough, or a new one.
func Get(n int64) []byte {
	mu.Lock()
	best := -1
	for i, b := range free {
		if int64(cap(b)) >= n && (best < 0 || cap(b) < cap(free[best])) {
			best = i
		}
	}
	if best >= 0 {
		b := free[best]
		free[best] = free[len(free)-1]
		free[len(free)-1] = nil
		free = free[:len(free)-1]
		held -= int64(cap(b))
		mu.Unlock()
		return b[:n]
	}
	mu.Unlock()
	return make([]byte, n)
}

// Put gives b back. If the pool would hold more than MaxBytes with it,
// the smallest buffers are dropped to make room, or b itself if it is
// the smallest. The caller must not use b afterwards.
func Put(b []byte) {
	c := int64(cap(b))
	if c == 0 || c > MaxBytes {
		return
	}
	mu.Lock()
	defer mu.Unlock()
	for held+c > MaxBytes {
		small := 0
		for i := range free {
			if cap(free[i]) < cap(free[small]) {
				small = i
			}
		}
		if len(free) == 0 || int64(cap(free[small])) >= c {
			return // b is the smallest: drop it
		}
		held -= int64(cap(free[small]))
		free[small] = free[len(free)-1]
		free[len(free)-1] = nil
		free = free[:len(free)-1]
	}
	free = append(free, b[:0])
	held += c
}
