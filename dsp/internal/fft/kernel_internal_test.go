package fft

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestKernels_MatchTheGoLoop runs every size with and without the
// assembly kernels (where this build has them) and requires the same
// spectra and round trips: the kernels do the Go loop's arithmetic in its
// order, so only a compiler that fuses multiply-adds in the Go loop could
// make them differ, by rounding.
func TestKernels_MatchTheGoLoop(t *testing.T) {
	if !haveAVX {
		t.Skip("no assembly kernels in this build or on this CPU: the Go loop is the only path")
	}
	rng := rand.New(rand.NewPCG(7, 9))
	for n := 4; n <= 8192; n *= 2 {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			x := make([]float32, n)
			for i := range x {
				x[i] = float32(rng.NormFloat64())
			}
			run := func(asm bool) ([]complex64, []float32) {
				defer func(v, v2 bool) { haveAVX, haveAVX2 = v, v2 }(haveAVX, haveAVX2)
				haveAVX, haveAVX2 = asm && haveAVX, asm && haveAVX2
				p := NewReal32(n)
				X := make([]complex64, n/2+1)
				p.Forward(X, x)
				y := make([]float32, n)
				p.Inverse(y, X)
				return X, y
			}
			wantX, wantY := run(false)
			gotX, gotY := run(true)
			tol := 1e-5 * math.Sqrt(float64(n))
			for k := range wantX {
				require.InDelta(t, real(wantX[k]), real(gotX[k]), tol, "bin %d", k)
				require.InDelta(t, imag(wantX[k]), imag(gotX[k]), tol, "bin %d", k)
			}
			for i := range wantY {
				require.InDelta(t, wantY[i], gotY[i], 1e-6, "sample %d", i)
			}
		})
	}
}
