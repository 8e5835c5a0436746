package fft_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/dsp/internal/fft"
)

func randomFrame(n int, seed uint64) []float32 {
	r := rand.New(rand.NewPCG(seed, 3))
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(2*r.Float64() - 1)
	}
	return x
}

// naiveDFT is the definition, in float64.
func naiveDFT(x []float32) []complex128 {
	n := len(x)
	X := make([]complex128, n/2+1)
	for k := range X {
		var s complex128
		for t, v := range x {
			sn, cs := math.Sincos(-2 * math.Pi * float64(k*t%n) / float64(n))
			s += complex(float64(v)*cs, float64(v)*sn)
		}
		X[k] = s
	}
	return X
}

func TestTransforms_MatchTheDefinitionAndRoundTrip(t *testing.T) {
	t.Parallel()
	impls := map[string]func(int) fft.Transform{
		"gonum":  func(n int) fft.Transform { return fft.NewGonum(n) },
		"real32": func(n int) fft.Transform { return fft.NewReal32(n) },
	}
	for name, mk := range impls {
		for _, n := range []int{4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096} {
			t.Run(fmt.Sprintf("%s/n=%d", name, n), func(t *testing.T) {
				t.Parallel()
				p := mk(n)
				require.Equal(t, n, p.Len())
				x := randomFrame(n, uint64(n))
				X := make([]complex64, n/2+1)
				p.Forward(X, x)
				want := naiveDFT(x)
				// float32 rounding grows like log2(n); the spectrum's scale
				// is about √n for unit-variance input.
				tol := 2e-6 * math.Sqrt(float64(n)) * math.Log2(float64(n))
				var maxErr float64
				for k := range X {
					maxErr = max(maxErr, cabs(complex128(X[k])-want[k]))
				}
				assert.Less(t, maxErr, tol, "forward max error")
				y := make([]float32, n)
				p.Inverse(y, X)
				var maxRT float64
				for i := range x {
					maxRT = max(maxRT, math.Abs(float64(y[i]-x[i])))
				}
				assert.Less(t, maxRT, 1e-6*math.Log2(float64(n)), "round trip max error")
			})
		}
	}
}

func TestReal32_MatchesGonum(t *testing.T) {
	t.Parallel()
	for _, n := range []int{256, 512, 1024} {
		g, r := fft.NewGonum(n), fft.NewReal32(n)
		for seed := range uint64(20) {
			x := randomFrame(n, seed)
			a, b := make([]complex64, n/2+1), make([]complex64, n/2+1)
			g.Forward(a, x)
			r.Forward(b, x)
			var maxErr float64
			for k := range a {
				maxErr = max(maxErr, cabs(complex128(a[k])-complex128(b[k])))
			}
			require.Less(t, maxErr, 1e-4, "n=%d seed %d forward", n, seed)
			// Inverse of an arbitrary (non-Hermitian-consistent) half spectrum.
			ya, yb := make([]float32, n), make([]float32, n)
			g.Inverse(ya, b)
			r.Inverse(yb, b)
			for i := range ya {
				require.InDelta(t, ya[i], yb[i], 1e-6, "n=%d seed %d inverse sample %d", n, seed, i)
			}
		}
	}
}

func TestReal32_IgnoresImaginaryPartsOfDCAndNyquist(t *testing.T) {
	t.Parallel()
	const n = 64
	p := fft.NewReal32(n)
	X := make([]complex64, n/2+1)
	X[0], X[n/2], X[3] = complex(1, 5), complex(2, -7), complex(0.5, 0.25)
	y, z := make([]float32, n), make([]float32, n)
	p.Inverse(y, X)
	X[0], X[n/2] = 1, 2
	p.Inverse(z, X)
	assert.Equal(t, z, y)
}

func TestTransforms_PanicOnWrongSizes(t *testing.T) {
	t.Parallel()
	assert.Panics(t, func() { fft.NewReal32(100) })
	assert.Panics(t, func() { fft.NewGonum(2) })
	assert.Panics(t, func() { fft.NewReal32(8).Forward(make([]complex64, 4), make([]float32, 8)) })
}

func cabs(c complex128) float64 { return math.Hypot(real(c), imag(c)) }
