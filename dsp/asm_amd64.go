//go:build !purego

package dsp

import "golang.org/x/sys/cpu"

// haveAVX reports whether the AVX kernels of asm_amd64.s and
// peakphase_amd64.s can run here (the CPU has AVX and the OS saves its
// registers). Tests turn it off to check the Go code against the kernels.
var haveAVX = cpu.X86.HasAVX

//go:noescape
func dotAVX(a, b *float32, n int) float32

//go:noescape
func peakPhasesAVX(dr, di, wk, theta *float64, th, cos, sin *float32, n int, k *peakConsts)

//go:noescape
func resampleAVX(out *float32, n int, x, coef *float32, taps, ph, up, down int)

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

//go:noescape
func dotPairAVX(a0, b0, a1, b1 *float64, n int) (s, t float64)

//go:noescape
func addCosines4AVX(dst, rows *float64, stride, n int, c *[4]float64)

//go:noescape
func addCosines2x2AVX(odd, even, rows *float64, stride, n int, c *[4]float64)
