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

// TestPowerAndPeaks_AssemblyMatchesGo compares powerSpectrum and
// findPeaks with the AVX2 kernels against the Go loops, on random spectra
// of every size the vocoder uses with plateaus, zeros and NaN bins.
func TestPowerAndPeaks_AssemblyMatchesGo(t *testing.T) {
	if !haveAVX2 {
		t.Skip("no AVX2 kernels in this build or on this CPU: the Go loops are the only path")
	}
	rng := rand.New(rand.NewPCG(17, 19))
	for _, nb := range []int{5, 9, 17, 33, 129, 257, 513, 1025} {
		for trial := range 20 {
			X := make([]complex64, nb)
			for k := range X {
				X[k] = complex(float32(rng.NormFloat64()), float32(rng.NormFloat64()))
				switch rng.IntN(12) {
				case 0:
					X[k] = 0
				case 1:
					X[k] = X[max(k-1, 0)] // plateaus test ≥ against >
				case 2:
					if trial%4 == 0 {
						X[k] = complex(float32(math.NaN()), 0)
					}
				}
			}
			P := make([]float32, nb, nb+peakPad)
			hfc, maxP := powerSpectrum(X, P)
			haveAVX2 = false
			P2 := make([]float32, nb)
			hfc2, maxP2 := powerSpectrum(X, P2)
			haveAVX2 = true
			for k := range P {
				if math.IsNaN(float64(P2[k])) {
					require.True(t, math.IsNaN(float64(P[k])), "nb %d bin %d", nb, k)
					continue
				}
				requireSame(t, P2[k], P[k], "nb %d bin %d", nb, k)
			}
			requireSame(t, maxP2, maxP, "nb %d max", nb)
			if !math.IsNaN(float64(hfc2)) {
				require.InEpsilon(t, hfc2, hfc, 1e-5, "nb %d hfc", nb)
			}
			for _, floor := range []float32{0, maxP * 1e-9, maxP / 4} {
				want := make([]int32, nb)
				got := make([]int32, nb)
				nw := findPeaksGo(P, floor, want)
				ng := findPeaks(P, floor, got, make([]uint8, nb/8+1))
				require.Equal(t, want[:nw], got[:ng], "nb %d floor %g", nb, floor)
			}
		}
	}
}

// requireSame requires want == got, or, where the Go code fuses
// multiply-adds (GOAMD64=v3) and so rounds differently from the kernels,
// agreement to float32 rounding (relative to the value, or absolute below
// 1).
func requireSame[F float32 | float64](t *testing.T, want, got F, msg string, args ...any) {
	t.Helper()
	if GoFusesMultiplyAdd() {
		tol := 1e-6 * max(1, math.Abs(float64(want)))
		require.InDelta(t, float64(want), float64(got), tol, append([]any{msg}, args...)...)
		return
	}
	require.Equal(t, want, got, append([]any{msg}, args...)...)
}
