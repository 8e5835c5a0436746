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

// TestResampleRows_MatchesTheGoLoop checks the assembly resampler loop
// against resampleRowsGo for shrinking and growing ratios and phases.
func TestResampleRows_MatchesTheGoLoop(t *testing.T) {
	if !haveAVX {
		t.Skip("no assembly kernel in this build or on this CPU: the Go loop is the only path")
	}
	rng := rand.New(rand.NewPCG(5, 8))
	for _, r := range [][2]int64{{3, 4}, {4, 3}, {1, 2}, {147, 160}, {160, 147}, {1, 1}} {
		up, down := r[0], r[1]
		for _, taps := range []int{8, 16, 48} {
			coef := make([]float32, int(up)*taps)
			for i := range coef {
				coef[i] = float32(rng.NormFloat64())
			}
			x := make([]float32, 2000)
			for i := range x {
				x[i] = float32(rng.NormFloat64())
			}
			for ph := int64(0); ph < up; ph += max(1, up/5) {
				n := int((int64(len(x)-taps)*up - ph) / down)
				want, got := make([]float32, n), make([]float32, n)
				resampleRowsGo(want, x, coef, taps, ph, up, down)
				resampleRows(got, x, coef, taps, ph, up, down)
				for i := range want {
					require.InDelta(t, want[i], got[i], 1e-4, "up %d down %d taps %d ph %d output %d", up, down, taps, ph, i)
				}
			}
		}
	}
}

// TestMulSlices_MatchTheGoLoops checks the AVX window and overlap-add
// kernels against plain loops for lengths around the vector width.
func TestMulSlices_MatchTheGoLoops(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 29))
	for n := range 70 {
		a, b, acc := make([]float32, n+3), make([]float32, n+3), make([]float32, n)
		for i := range a {
			a[i], b[i] = float32(rng.NormFloat64()), float32(rng.NormFloat64())
		}
		for i := range acc {
			acc[i] = float32(rng.NormFloat64())
		}
		want, wantAcc := make([]float32, n), append(make([]float32, 0, n), acc...)
		for i := range want {
			want[i] = a[i+1] * b[i+2]
			wantAcc[i] += a[i+1] * b[i+2]
		}
		got := make([]float32, n)
		mulSlices(got, a[1:], b[2:])
		mulAddSlices(acc, a[1:], b[2:])
		for i := range want {
			requireSame(t, want[i], got[i], "n=%d", n)
			requireSame(t, wantAcc[i], acc[i], "n=%d", n)
		}
	}
}
