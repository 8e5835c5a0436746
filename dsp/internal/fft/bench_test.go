package fft_test

import (
	"fmt"
	"testing"
	"time"

	godsp "github.com/mjibson/go-dsp/fft"

	"github.com/callveil/callveil/dsp/internal/fft"
)

// BenchmarkRealFFT compares, in one run, the forward real FFT of gonum's
// dsp/fourier (behind the seam, converting through float64), go-dsp's
// FFTReal (which allocates its result and starts goroutines per call) and
// our float32 Real32, at the sizes callveil uses.
// measure runs op b.N times and also reports CPU nanoseconds per call.
func measure(b *testing.B, op func()) {
	b.ReportAllocs()
	cpu0 := processCPU()
	for range b.N {
		op()
	}
	if cpu := processCPU() - cpu0; cpu0 >= 0 {
		b.ReportMetric(float64(cpu/time.Nanosecond)/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkRealFFT(b *testing.B) {
	for _, n := range []int{256, 512, 1024} {
		x := randomFrame(n, 1)
		X := make([]complex64, n/2+1)
		b.Run(fmt.Sprintf("gonum/n=%d", n), func(b *testing.B) {
			p := fft.NewGonum(n)
			measure(b, func() { p.Forward(X, x) })
		})
		b.Run(fmt.Sprintf("godsp/n=%d", n), func(b *testing.B) {
			x64 := make([]float64, n)
			measure(b, func() {
				for i, v := range x {
					x64[i] = float64(v)
				}
				c := godsp.FFTReal(x64)
				for k := range X {
					X[k] = complex64(c[k])
				}
			})
		})
		b.Run(fmt.Sprintf("real32/n=%d", n), func(b *testing.B) {
			p := fft.NewReal32(n)
			measure(b, func() { p.Forward(X, x) })
		})
	}
}

// BenchmarkRoundTrip is one forward and one inverse transform: what an STFT
// frame costs in transforms.
func BenchmarkRoundTrip(b *testing.B) {
	for _, n := range []int{256, 512, 1024} {
		x := randomFrame(n, 1)
		X := make([]complex64, n/2+1)
		for name, p := range map[string]fft.Transform{"gonum": fft.NewGonum(n), "real32": fft.NewReal32(n)} {
			b.Run(fmt.Sprintf("%s/n=%d", name, n), func(b *testing.B) {
				measure(b, func() {
					p.Forward(X, x)
					p.Inverse(x, X)
				})
			})
		}
	}
}
