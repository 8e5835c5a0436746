package fft

import "math"

// The Go side of the assembly kernels (kernel_amd64.s): each helper runs
// its kernel where haveAVX or haveAVX2 says it can and leaves the rest to
// the Go loops. Builds without kernels (kernel_other.go) set both flags to
// false.

// radix4Asm runs stage st over re, im (length m) with an assembly kernel
// and reports whether it could: the kernels need AVX and l a multiple of 4.
// Written in assembly because the butterflies are most of the phase
// vocoder's cost and Go does not vectorise: eight lanes at once made the
// whole n=512 transform twice as fast (BenchmarkRealFFT, 1023 → 532 ns).
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

// radix2Asm runs the last radix-2 stage st with the AVX kernel when it
// can (l a multiple of 8) and reports whether it did.
func radix2Asm(re, im []float32, st *stage) bool {
	l := st.l
	if !haveAVX || l%8 != 0 || len(re) < 2*l || len(im) < 2*l || len(st.packed) < 2*l {
		return false
	}
	radix2AVX8(&re[0], &im[0], l, &st.packed[0])
	return true
}

// splitConsts is the constant table of splitAVX2 and unsplitAVX2: the
// lane reversal indices, 0.5, −0.5 and the sign bit, each at a 32-byte
// offset.
type splitConsts [32]uint32

var splitTable = func() (t splitConsts) {
	for i := range 8 {
		t[i] = uint32(7 - i)
	}
	t[8] = math.Float32bits(0.5)
	t[16] = math.Float32bits(-0.5)
	t[24] = 1 << 31
	return t
}()

// splitGroups is how many groups of eight bins, from bin 1, the split
// kernels can do for complex size m (bins 1 … m/2−1, never m/2), or 0
// without AVX2.
func splitGroups(m int) int {
	if !haveAVX2 || m < 32 {
		return 0
	}
	return (m/2 - 1) / 8
}

// splitAsm does the Forward split for bins 1 … 8g, g = splitGroups(m),
// and returns the first bin left to the Go loop.
func (p *Real32) splitAsm(dst []complex64) int {
	g := splitGroups(p.m)
	if g > 0 {
		splitAVX2(&dst[0], &p.re[0], &p.im[0], &p.tr[0], &p.ti[0], p.m, g, &splitTable)
	}
	return 1 + 8*g
}

// unsplitAsm does the Inverse's split for bins 1 … 8g and their partners,
// and returns the first bin left to the Go loop.
func (p *Real32) unsplitAsm(z []float32, X []complex64, s float32) int {
	g := splitGroups(p.m)
	if g > 0 {
		unsplitAVX2(&z[0], &X[0], &p.tr[0], &p.ti[0], p.m, g, s, &splitTable)
	}
	return 1 + 8*g
}

// interleave sets dst[2t], dst[2t+1] = a[t], b[t].
func interleave(dst, a, b []float32) {
	n := len(a)
	b, dst = b[:n], dst[:2*n]
	t := 0
	if haveAVX {
		t = n &^ 7
		if t > 0 {
			interleaveAVX(&dst[0], &a[0], &b[0], t)
		}
	}
	for ; t < n; t++ {
		dst[2*t], dst[2*t+1] = a[t], b[t]
	}
}
