//go:build !amd64 || purego

package fft

// haveAVX is false where there are no assembly kernels.
var haveAVX = false

// radix4Asm reports false: this build has no assembly kernels, and the Go
// loop runs every stage.
func radix4Asm(re, im []float32, st *stage) bool { return false }

// splitAsm leaves every bin to the Go loop: it returns 1.
func (p *Real32) splitAsm(dst []complex64) int { return 1 }

// unsplitAsm leaves every bin to the Go loop: it returns 1.
func (p *Real32) unsplitAsm(z []float32, X []complex64, s float32) int { return 1 }

// interleave sets dst[2t], dst[2t+1] = a[t], b[t].
func interleave(dst, a, b []float32) {
	b, dst = b[:len(a)], dst[:2*len(a)]
	for t := range a {
		dst[2*t], dst[2*t+1] = a[t], b[t]
	}
}

// haveAVX2 is false where there are no assembly kernels.
var haveAVX2 = false

// radix2Asm reports false: this build has no assembly kernels.
func radix2Asm(re, im []float32, st *stage) bool { return false }
