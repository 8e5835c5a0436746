//go:build !purego

package mp3

import "golang.org/x/sys/cpu"

// haveAVX reports whether windowAVX can run here (the CPU has AVX and the
// OS saves its registers). Tests turn it off to compare it with the Go loop.
var haveAVX = cpu.X86.HasAVX

// windowAVX is windowGo in AVX: the same products and sums in the same
// order (no fused multiply-add) and the same clipping, so the two agree
// bit for bit.
//
//go:noescape
func windowAVX(out *[32]float32, v *[1024]float32, off int, win *[512]float32)

// dct4x18AVX is dct4x18Go in AVX, bit for bit.
//
//go:noescape
func dct4x18AVX(z *[24]float32, in *[18]float32, cols *[18][24]float32)
