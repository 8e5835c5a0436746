//go:build !purego

package dsp

import "golang.org/x/sys/cpu"

// haveAVX reports whether the AVX kernels (dotAVX, peakPhasesAVX) can run
// here. Tests turn it off to check the Go code against the kernels.
var haveAVX = cpu.X86.HasAVX

//go:noescape
func dotAVX(a, b *float32, n int) float32

// dot8 returns Σ a[i]·b[i] for len(a) a positive multiple of 8 and
// len(b) ≥ len(a). The resampler's filter, which is this dot product, was
// a sixth of a pitch shift; eight lanes at once make it about four times
// cheaper (BenchmarkResample).
func dot8(a, b []float32) float32 {
	if haveAVX && len(a) > 0 && len(b) >= len(a) {
		return dotAVX(&a[0], &b[0], len(a))
	}
	return dot(a, b)
}

//go:noescape
func peakPhasesAVX(dr, di, wk, theta *float64, th, cos, sin *float32, n int, k *peakConsts)
