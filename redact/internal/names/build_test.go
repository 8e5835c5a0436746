package names

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestBuild_IsCheap(t *testing.T) {
	// The tables are built once, on first use. Typical cost is a few ms on
	// the 2-core build machine; the budget is generous for shared CI.
	start := time.Now()
	tb := build()
	elapsed := time.Since(start)
	t.Logf("lists: %d first names, %d surnames, %d common words; build %v", tb.first.n, tb.last.n, tb.common.n, elapsed)
	assert.Less(t, elapsed, 50*time.Millisecond)
}

func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = build()
	}
}
