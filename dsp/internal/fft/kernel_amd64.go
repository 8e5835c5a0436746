//go:build !purego

package fft

import "golang.org/x/sys/cpu"

// haveAVX reports whether the AVX butterfly kernels of kernel_amd64.s can
// run here (the CPU has AVX and the OS saves its registers). Tests turn it
// off to check the Go loop against the kernels.
var haveAVX = cpu.X86.HasAVX

//go:noescape
func radix4AVX8(re, im *float32, m, l int, tw *float32)

//go:noescape
func radix4AVX4(re, im *float32, m, l int, tw *float32)

// radix4Asm runs stage st over re, im (length m) with an assembly kernel
// and reports whether it could: the kernels need AVX and l a multiple of 4.
// Written in assembly because the butterflies are most of the phase
// vocoder's cost and Go does not vectorise: eight lanes at once make the
// stage about three times faster (BenchmarkRealFFT).
func radix4Asm(re, im []float32, st *stage) bool {
	if !haveAVX || st.l%4 != 0 || len(re) == 0 || len(im) < len(re) || len(st.packed) < 6*st.l {
		return false
	}
	if st.l%8 == 0 {
		radix4AVX8(&re[0], &im[0], len(re), st.l, &st.packed[0])
	} else {
		radix4AVX4(&re[0], &im[0], len(re), st.l, &st.packed[0])
	}
	return true
}
