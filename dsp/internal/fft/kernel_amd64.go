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

// haveAVX2 reports whether the AVX2 split kernels can run here.
var haveAVX2 = cpu.X86.HasAVX2

//go:noescape
func splitAVX2(dst *complex64, re, im, tr, ti *float32, m, groups int, k *splitConsts)

//go:noescape
func unsplitAVX2(z *float32, X *complex64, tr, ti *float32, m, groups int, s float32, k *splitConsts)

//go:noescape
func interleaveAVX(dst, a, b *float32, n int)

//go:noescape
func radix2AVX8(re, im *float32, l int, w *float32)
