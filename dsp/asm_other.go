//go:build !amd64 || purego

package dsp

// haveAVX and haveAVX2 are false where there are no assembly kernels: the
// Go loops run everything, and the kernels below are never called.
var haveAVX, haveAVX2 = false, false

func dotAVX(a, b *float32, n int) float32 { panic(noKernels) }

func resampleAVX(out *float32, n int, x, coef *float32, taps, ph, up, down int) {
	panic(noKernels)
}

func peakPhasesAVX(dr, di, wk, theta *float64, th, cos, sin *float32, n int, k *peakConsts) {
	panic(noKernels)
}

func powerAVX2(X *complex64, P *float32, n int, ramp *[16]float32) (hfc, maxP float32) {
	panic(noKernels)
}

func peakMaskAVX2(P *float32, nq int, floor float32, mask *uint8) { panic(noKernels) }

func mulAVX(dst, a, b *float32, n int) { panic(noKernels) }

func mulAddAVX(acc, a, b *float32, n int) { panic(noKernels) }

func dotPairAVX(a0, b0, a1, b1 *float64, n int) (s, t float64) { panic(noKernels) }

func addCosines4AVX(dst, rows *float64, stride, n int, c *[4]float64) { panic(noKernels) }

func addCosines2x2AVX(odd, even, rows *float64, stride, n int, c *[4]float64) {
	panic(noKernels)
}

const noKernels = "dsp: no assembly kernels in this build"
