// Package fft is the one seam through which callveil's dsp package computes
// Fourier transforms: real-input forward and inverse FFTs of power-of-two
// sizes, as plan objects that own their scratch memory and allocate nothing
// per call.
//
// Two implementations sit behind the seam and are kept side by side so the
// choice stays visible in benchmarks: a float32 radix-4 real FFT of our own
// (the default, [NewReal]; its butterflies and real split have AVX/AVX2
// kernels on amd64, bit-identical to its Go loops unless GOAMD64=v3 lets
// the compiler fuse multiply-adds in those; -tags purego selects the Go
// loops) and gonum's dsp/fourier ([NewGonum]),
// which serves as the numerical reference in tests. The comparison with
// go-dsp's FFTReal lives in the benchmarks only: it allocates on every call
// and is not usable on a hot path.
//
// Conventions, shared by every implementation:
//
//	Forward: X[k] = Σ_t x[t]·exp(-2πi·k·t/n), k = 0 … n/2 (unscaled)
//	Inverse: x[t] = (1/n)·Σ_k X[k]·exp(+2πi·k·t/n) over the full Hermitian spectrum
//
// so Inverse(Forward(x)) reproduces x. The imaginary parts of X[0] and X[n/2]
// are ignored by Inverse.
package fft
