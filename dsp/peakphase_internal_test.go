package dsp

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPeakPhases_AssemblyMatchesGo runs peakPhases on random peaks, with
// the special values the vocoder can meet (zeros, negative zeros, NaN,
// infinities), with the AVX kernel and with peakPhase, and requires the
// same results.
func TestPeakPhases_AssemblyMatchesGo(t *testing.T) {
	if !haveAVX {
		t.Skip("no assembly kernels in this build or on this CPU: peakPhase is the only path")
	}
	rng := rand.New(rand.NewPCG(11, 13))
	const n = 4099
	b := newPeakBatch(n)
	special := []float64{0, math.Copysign(0, -1), 1, -1, math.NaN(), math.Inf(1), math.Inf(-1), 1e-30, -1e30}
	for i := range n {
		b.dr[i], b.di[i] = rng.NormFloat64(), rng.NormFloat64()
		if i < len(special)*len(special) {
			b.dr[i], b.di[i] = special[i%len(special)], special[i/len(special)]
		}
		b.wk[i] = 2 * math.Pi / 512 * float64(rng.IntN(257))
		b.theta[i] = float64(float32((2*rng.Float64() - 1) * math.Pi))
	}
	for _, hops := range [][2]float64{{128, 128}, {101, 128}, {161, 128}, {1, 64}} {
		ha, hs := hops[0], hops[1]
		b.peakPhases(n, ha, hs)
		for i := range n {
			th, c, s := peakPhase(b.dr[i], b.di[i], b.wk[i], b.theta[i], ha, hs)
			require.InDelta(t, th, b.th[i], 1e-6, "peak %d (%g, %g) th", i, b.dr[i], b.di[i])
			require.InDelta(t, c, b.cos[i], 1e-6, "peak %d cos", i)
			require.InDelta(t, s, b.sin[i], 1e-6, "peak %d sin", i)
			require.False(t, math.IsNaN(float64(b.th[i])), "peak %d", i)
		}
	}
}
