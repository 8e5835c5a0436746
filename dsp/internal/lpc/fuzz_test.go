package lpc_test

import (
	"errors"
	"math"
	"math/cmplx"
	"testing"

	"github.com/callveil/callveil/dsp/internal/lpc"
)

// FuzzRoots builds stable prediction polynomials from fuzzed reflection
// coefficients (two in a row, the second a perturbation of the first, so
// that the warm-started fast path runs too) and checks that the roots
// rebuild each polynomial (a small backward error; the roots themselves can
// be far off when they cluster near the unit circle, for any method).
func FuzzRoots(f *testing.F) {
	f.Add([]byte{200, 30, 170, 90, 10, 250, 128, 64, 32, 16}, uint8(3))
	f.Add([]byte{255, 0, 255, 0, 255, 0, 255, 0, 255, 0, 255, 0, 255, 0, 255, 0, 255, 0, 255, 0}, uint8(1))
	f.Add([]byte{128, 128, 128}, uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, nudge uint8) {
		if len(data) == 0 || len(data) > 32 {
			return
		}
		finder := lpc.NewRootFinder(4)
		for round := 0; round < 2; round++ {
			k := make([]float64, len(data))
			for i, v := range data {
				k[i] = (float64(v)/255*2 - 1) * 0.999
				if round == 1 {
					k[i] = max(-0.999, min(0.999, k[i]+float64(nudge)/2550))
				}
			}
			a := fromReflections(k)
			roots, err := finder.Roots(nil, a)
			if errors.Is(err, lpc.ErrNoConvergence) {
				continue // reported, not wrong: McAdams passes such a frame through
			}
			if err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
			// ∏(z − rᵢ) in complex arithmetic, so that an unpaired result
			// (which WarpPoles rejects and McAdams passes through) is
			// checked too.
			got := make([]complex128, len(a))
			got[0] = 1
			for i, z := range roots {
				for j := i + 1; j >= 1; j-- {
					got[j] -= z * got[j-1]
				}
			}
			scale := 0.0
			for _, v := range a {
				scale = max(scale, math.Abs(v))
			}
			for j := range a {
				if cmplx.Abs(got[j]-complex(a[j], 0)) > 1e-6*scale {
					t.Fatalf("round %d: coefficient %d: rebuilt %v, want %v", round, j, got[j], a[j])
				}
			}
		}
	})
}
