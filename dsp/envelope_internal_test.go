package dsp

import (
	"math/rand/v2"
	"testing"
)

// TestEnvelopeKernels_MatchTheGoLoops runs dotPair, addCosines4 and
// addCosines2x2 with and without the AVX kernels (where this build has
// them) and requires identical results: the kernels do the Go loops'
// operations in their order (see requireSame for builds that fuse).
func TestEnvelopeKernels_MatchTheGoLoops(t *testing.T) {
	if !haveAVX {
		t.Skip("no assembly kernels in this build or on this CPU: the Go loops are the only path")
	}
	rng := rand.New(rand.NewPCG(31, 37))
	vec := func(n int) []float64 {
		v := make([]float64, n)
		for i := range v {
			v[i] = rng.NormFloat64()
		}
		return v
	}
	both := func(f func()) {
		defer func(v bool) { haveAVX = v }(haveAVX)
		haveAVX = false
		f()
		haveAVX = true
		f()
	}
	for _, n := range []int{1, 3, 4, 5, 8, 65, 129, 257, 513} {
		a0, b0, a1, b1 := vec(n), vec(n+2), vec(n), vec(n+1)
		var got [2][2]float64
		i := 0
		both(func() { got[i][0], got[i][1] = dotPair(a0, b0, a1, b1); i++ })
		requireSame(t, got[0][0], got[1][0], "dotPair n=%d", n)
		requireSame(t, got[0][1], got[1][1], "dotPair n=%d", n)

		stride := n + 3
		g := vec(4 * stride)
		c := [4]float64{0.5, -1.5, 2, 0.25}
		base := vec(n)
		var dst [2][]float64
		i = 0
		both(func() { dst[i] = append([]float64(nil), base...); addCosines4(dst[i], g, stride, &c); i++ })
		for b := range dst[0] {
			requireSame(t, dst[0][b], dst[1][b], "addCosines4 n=%d", n)
		}

		var odd, even [2][]float64
		i = 0
		both(func() {
			odd[i], even[i] = append([]float64(nil), base...), append([]float64(nil), base...)
			addCosines2x2(odd[i], even[i], g, stride, &c)
			i++
		})
		for b := range odd[0] {
			requireSame(t, odd[0][b], odd[1][b], "addCosines2x2 odd n=%d", n)
			requireSame(t, even[0][b], even[1][b], "addCosines2x2 even n=%d", n)
		}
	}
}
