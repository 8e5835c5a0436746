package fft

import (
	"fmt"

	"gonum.org/v1/gonum/dsp/fourier"
)

// Transform is a plan for real-input FFTs of one power-of-two size. A plan is
// not safe for concurrent use: give each goroutine (each stage) its own.
type Transform interface {
	// Len is the transform size n.
	Len() int
	// Forward writes the n/2+1 bins of the DFT of x into dst. It panics if
	// len(x) != n or len(dst) != n/2+1. x is not modified.
	Forward(dst []complex64, x []float32)
	// Inverse writes the n samples whose half spectrum is X into dst,
	// scaled by 1/n. It panics if len(dst) != n or len(X) != n/2+1. X is
	// not modified.
	Inverse(dst []float32, X []complex64)
}

// IsPowerOfTwo reports whether n is a power of two ≥ 1.
func IsPowerOfTwo(n int) bool { return n > 0 && n&(n-1) == 0 }

func checkSize(who string, n int) {
	if n < 4 || !IsPowerOfTwo(n) {
		panic(fmt.Sprintf("fft: %s: size %d is not a power of two ≥ 4", who, n))
	}
}

func checkLens(n int, nx, nX int) {
	if nx != n || nX != n/2+1 {
		panic(fmt.Sprintf("fft: lengths %d and %d do not fit a size-%d transform (want %d and %d)", nx, nX, n, n, n/2+1))
	}
}

// Gonum is a Transform backed by gonum's dsp/fourier real FFT, converting
// through float64 scratch buffers it owns. It is the reference the faster
// implementation is tested against.
type Gonum struct {
	n    int
	plan *fourier.FFT
	seq  []float64
	coef []complex128
}

// NewGonum returns a gonum-backed plan of size n. It panics if n is not a
// power of two ≥ 4.
func NewGonum(n int) *Gonum {
	checkSize("NewGonum", n)
	return &Gonum{n: n, plan: fourier.NewFFT(n), seq: make([]float64, n), coef: make([]complex128, n/2+1)}
}

// Len implements Transform.
func (g *Gonum) Len() int { return g.n }

// Forward implements Transform.
func (g *Gonum) Forward(dst []complex64, x []float32) {
	checkLens(g.n, len(x), len(dst))
	for i, v := range x {
		g.seq[i] = float64(v)
	}
	g.plan.Coefficients(g.coef, g.seq)
	for k, c := range g.coef {
		dst[k] = complex64(c)
	}
}

// Inverse implements Transform.
func (g *Gonum) Inverse(dst []float32, X []complex64) {
	checkLens(g.n, len(dst), len(X))
	for k, c := range X {
		g.coef[k] = complex128(c)
	}
	g.coef[0] = complex(real(g.coef[0]), 0)
	g.coef[g.n/2] = complex(real(g.coef[g.n/2]), 0)
	g.plan.Sequence(g.seq, g.coef)
	s := 1 / float64(g.n)
	for i, v := range g.seq {
		dst[i] = float32(v * s)
	}
}

// NewReal returns the fastest plan of size n available behind the seam:
// Real32, 11–14× faster than gonum at 256–1024 points in BenchmarkRealFFT
// with its AVX kernels (3–4× with its Go loops alone) and within float32
// rounding of it (TestReal32_MatchesGonum). It panics
// if n is not a power of two ≥ 4.
func NewReal(n int) Transform {
	return NewReal32(n)
}
