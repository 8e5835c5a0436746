//go:build !amd64 || purego

package dsp

// haveAVX is false where there is no assembly kernel.
var haveAVX = false

// dot8 returns Σ a[i]·b[i] for len(a) a multiple of 8 and len(b) ≥
// len(a), with the Go loop.
func dot8(a, b []float32) float32 { return dot(a, b) }

// peakPhasesAVX is never called where haveAVX is false.
func peakPhasesAVX(dr, di, wk, theta *float64, th, cos, sin *float32, n int, k *peakConsts) {
	panic("dsp: no assembly kernels in this build")
}

// resampleRows is resampleRowsGo where there is no assembly kernel.
func resampleRows(out, x, coef []float32, taps int, ph, up, down int64) {
	resampleRowsGo(out, x, coef, taps, ph, up, down)
}

// haveAVX2 is false where there are no assembly kernels.
var haveAVX2 = false

func powerAVX2(X *complex64, P *float32, n int, ramp *[16]float32) (hfc, maxP float32) {
	panic("dsp: no assembly kernels in this build")
}

func peakMaskAVX2(P *float32, nq int, floor float32, mask *uint8) {
	panic("dsp: no assembly kernels in this build")
}

// mulSlices sets dst[i] = a[i]·b[i] for i < len(dst) (a and b at least as
// long).
func mulSlices(dst, a, b []float32) {
	a, b = a[:len(dst)], b[:len(dst)]
	for i := range dst {
		dst[i] = a[i] * b[i]
	}
}

// mulAddSlices adds a[i]·b[i] to acc[i] for i < len(acc) (a and b at
// least as long).
func mulAddSlices(acc, a, b []float32) {
	a, b = a[:len(acc)], b[:len(acc)]
	for i := range acc {
		acc[i] += a[i] * b[i]
	}
}

func dotPairAVX(a0, b0, a1, b1 *float64, n int) (s, t float64) {
	panic("dsp: no assembly kernels in this build")
}

func addCosines4AVX(dst, rows *float64, stride, n int, c *[4]float64) {
	panic("dsp: no assembly kernels in this build")
}

func addCosines2x2AVX(odd, even, rows *float64, stride, n int, c *[4]float64) {
	panic("dsp: no assembly kernels in this build")
}
