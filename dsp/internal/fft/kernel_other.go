//go:build !amd64 || purego

package fft

// haveAVX and haveAVX2 are false where there are no assembly kernels: the
// Go loops run everything, and the kernels below are never called.
var haveAVX, haveAVX2 = false, false

func radix4AVX8(re, im *float32, m, l int, tw *float32) { panic(noKernels) }

func radix4AVX4(re, im *float32, m, l int, tw *float32) { panic(noKernels) }

func radix2AVX8(re, im *float32, l int, w *float32) { panic(noKernels) }

func splitAVX2(dst *complex64, re, im, tr, ti *float32, m, groups int, k *splitConsts) {
	panic(noKernels)
}

func unsplitAVX2(z *float32, X *complex64, tr, ti *float32, m, groups int, s float32, k *splitConsts) {
	panic(noKernels)
}

func interleaveAVX(dst, a, b *float32, n int) { panic(noKernels) }

const noKernels = "fft: no assembly kernels in this build"
