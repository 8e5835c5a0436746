//go:build !purego

#include "textflag.h"

// func dotAVX(a, b *float32, n int) float32
//
// Σ a[i]·b[i] for n a multiple of 8, in the same order as the Go loop in
// dot: lane q accumulates the products i ≡ q (mod 8), then the lanes are
// summed as ((s0+s1)+(s2+s3))+((s4+s5)+(s6+s7)).
TEXT ·dotAVX(SB), NOSPLIT, $0-28
	MOVQ   a+0(FP), SI
	MOVQ   b+8(FP), DI
	MOVQ   n+16(FP), CX
	VXORPS Y0, Y0, Y0
	SHLQ   $2, CX
	ADDQ   SI, CX
	CMPQ   SI, CX
	JAE    sum

loop:
	VMOVUPS (SI), Y1
	VMULPS  (DI), Y1, Y1
	VADDPS  Y1, Y0, Y0
	ADDQ    $32, SI
	ADDQ    $32, DI
	CMPQ    SI, CX
	JB      loop

sum:
	// (s0+s1, s2+s3, ·, · | s4+s5, s6+s7, ·, ·), then
	// ((s0+s1)+(s2+s3), … | (s4+s5)+(s6+s7), …), then the two halves.
	VHADDPS      Y0, Y0, Y0
	VHADDPS      Y0, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDSS       X1, X0, X0
	VZEROUPPER
	MOVSS        X0, ret+24(FP)
	RET
