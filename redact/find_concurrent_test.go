package redact_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// Find keeps scratch memory between calls (the tokeniser's pieces in a
// pool): calls on several goroutines at once, as the CLI's workers make
// them, must each get what a call alone gets (run it with -race).
func TestFind_ConcurrentCallsGetWhatOneCallGets(t *testing.T) {
	p := redact.DefaultPolicy()
	trs := []int{1500, 2500, 800}
	want := make([][]redact.Finding, len(trs))
	for k, n := range trs {
		fs, err := redact.Find(benchTranscript(n, uint64(k+1)), p)
		require.NoError(t, err)
		require.NotEmpty(t, fs)
		want[k] = fs
	}
	var wg sync.WaitGroup
	got := make([][][]redact.Finding, 6)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 2; r++ {
				k := (g + r) % len(trs)
				fs, err := redact.Find(benchTranscript(trs[k], uint64(k+1)), p)
				if err != nil {
					fs = nil
				}
				got[g] = append(got[g], fs)
			}
		}()
	}
	wg.Wait()
	for g := range got {
		for r, fs := range got[g] {
			assert.Equal(t, want[(g+r)%len(trs)], fs, "goroutine %d, call %d", g, r)
		}
	}
}
