package dsp

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDot8_MatchesTheGoLoop checks the assembly dot product (where this
// build has it) against the Go loop for every length the resampler can
// use, on slices that start anywhere (unaligned).
func TestDot8_MatchesTheGoLoop(t *testing.T) {
	if !haveAVX {
		t.Skip("no assembly kernel in this build or on this CPU: the Go loop is the only path")
	}
	rng := rand.New(rand.NewPCG(3, 5))
	buf := make([]float32, 600)
	for i := range buf {
		buf[i] = float32(rng.NormFloat64())
	}
	for n := 8; n <= 256; n += 8 {
		for off := range 3 {
			a, b := buf[off:off+n], buf[300+2*off:]
			want := dot(a, b)
			got := dot8(a, b)
			require.InDelta(t, want, got, 1e-5*float64(n), "n=%d off=%d", n, off)
		}
	}
	require.Zero(t, dot8(nil, nil))
}
