package bufpool

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func reset() {
	mu.Lock()
	free, held = nil, 0
	mu.Unlock()
}

// TestGetReuses: a buffer given back is handed out again for a request it
// can hold, the smallest that fits first.
func TestGetReuses(t *testing.T) {
	reset()
	big, small := make([]byte, 1000), make([]byte, 100)
	Put(big)
	Put(small)
	got := Get(50)
	assert.Len(t, got, 50)
	assert.Equal(t, 100, cap(got), "the smallest buffer that fits")
	got = Get(500)
	assert.Equal(t, 1000, cap(got))
	got = Get(10)
	assert.Equal(t, 10, cap(got), "pool empty: a new buffer")
}

// TestBounded: the pool never holds more than MaxBytes; the smallest
// buffers make room for a larger one, and a buffer smaller than all held
// is dropped when the pool is full.
func TestBounded(t *testing.T) {
	reset()
	for range 10 {
		Put(make([]byte, MaxBytes/4))
	}
	assert.Equal(t, int64(MaxBytes), held)
	assert.Len(t, free, 4)
	Put(make([]byte, 10))
	assert.Len(t, free, 4, "full: the smaller one is dropped")
	assert.Equal(t, int64(MaxBytes), held)
	Put(make([]byte, MaxBytes/2+1))
	assert.LessOrEqual(t, held, int64(MaxBytes))
	assert.Len(t, free, 2, "three quarters dropped for the larger one")
	Put(make([]byte, MaxBytes+1))
	assert.LessOrEqual(t, held, int64(MaxBytes))
	assert.Len(t, free, 2, "larger than the pool: not kept")
}
