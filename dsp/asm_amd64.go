//go:build !purego

package dsp

import "golang.org/x/sys/cpu"

// haveAVX reports whether the AVX kernels (dotAVX, peakPhasesAVX) can run
// here. Tests turn it off to check the Go code against the kernels.
var haveAVX = cpu.X86.HasAVX

//go:noescape
func dotAVX(a, b *float32, n int) float32

// dot8 returns Σ a[i]·b[i] for len(b) ≥ len(a), summed as dot does, with
// the AVX kernel when len(a) is a multiple of 8 (the resampler pads its
// rows to that). The resampler's filter, which is this dot product, was a
// sixth of a pitch shift; eight lanes at once make it about four times
// cheaper (BenchmarkResample).
func dot8(a, b []float32) float32 {
	if haveAVX && len(a) > 0 && len(a)%8 == 0 && len(b) >= len(a) {
		return dotAVX(&a[0], &b[0], len(a))
	}
	return dot(a, b)
}

//go:noescape
func peakPhasesAVX(dr, di, wk, theta *float64, th, cos, sin *float32, n int, k *peakConsts)

//go:noescape
func resampleAVX(out *float32, n int, x, coef *float32, taps, ph, up, down int)

// resampleRows computes the resampler's outputs out from the history x
// starting at x[0], the coefficient rows coef (taps each, a multiple of 8)
// and the first output's phase ph of up, stepping by down (see
// resampler.read). In assembly because the Go loop around dot8 cost as
// much as the dot products.
func resampleRows(out, x, coef []float32, taps int, ph, up, down int64) {
	if !haveAVX || len(out) == 0 {
		resampleRowsGo(out, x, coef, taps, ph, up, down)
		return
	}
	// What the kernel reads: the rows, and x up to the last output's
	// window, which starts ⌊(ph + (n−1)·down)/up⌋ samples on.
	last := (ph + int64(len(out)-1)*down) / up
	if taps <= 0 || taps%8 != 0 || int64(len(x)) < last+int64(taps) || int64(len(coef)) < up*int64(taps) {
		panic("dsp: resampleRows: taps not a multiple of 8, or slices too short")
	}
	resampleAVX(&out[0], len(out), &x[0], &coef[0], taps, int(ph), int(up), int(down))
}

// haveAVX2 reports whether the AVX2 kernels (powerAVX2, peakMaskAVX2) can
// run here.
var haveAVX2 = cpu.X86.HasAVX2

//go:noescape
func powerAVX2(X *complex64, P *float32, n int, ramp *[16]float32) (hfc, maxP float32)

//go:noescape
func peakMaskAVX2(P *float32, nq int, floor float32, mask *uint8)

//go:noescape
func mulAVX(dst, a, b *float32, n int)

//go:noescape
func mulAddAVX(acc, a, b *float32, n int)

// mulSlices sets dst[i] = a[i]·b[i] for i < len(dst) (a and b at least as
// long): the vocoder's analysis window.
func mulSlices(dst, a, b []float32) {
	n := len(dst)
	a, b = a[:n], b[:n]
	m := 0
	if haveAVX && n >= 8 {
		m = n &^ 7
		mulAVX(&dst[0], &a[0], &b[0], m)
	}
	for i := m; i < n; i++ {
		dst[i] = a[i] * b[i]
	}
}

// mulAddSlices adds a[i]·b[i] to acc[i] for i < len(acc) (a and b at
// least as long): the vocoder's overlap-add.
func mulAddSlices(acc, a, b []float32) {
	n := len(acc)
	a, b = a[:n], b[:n]
	m := 0
	if haveAVX && n >= 8 {
		m = n &^ 7
		mulAddAVX(&acc[0], &a[0], &b[0], m)
	}
	for i := m; i < n; i++ {
		acc[i] += a[i] * b[i]
	}
}

//go:noescape
func dotPairAVX(a0, b0, a1, b1 *float64, n int) (s, t float64)

//go:noescape
func addCosines4AVX(dst, rows *float64, stride, n int, c *[4]float64)

//go:noescape
func addCosines2x2AVX(odd, even, rows *float64, stride, n int, c *[4]float64)
