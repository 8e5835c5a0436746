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

// func resampleAVX(out *float32, n int, x, coef *float32, taps, ph, up, down int)
//
// The polyphase resampler's inner loop (see resampler.read) for n outputs:
// out[i] = dot(coef[ph·taps:][:taps], x[:taps]) summed as dotAVX does, then
// ph += down and x advances one sample each time ph wraps past up. taps is
// a positive multiple of 8.
TEXT ·resampleAVX(SB), NOSPLIT, $0-64
	MOVQ  out+0(FP), DI
	MOVQ  n+8(FP), CX
	MOVQ  x+16(FP), SI
	MOVQ  coef+24(FP), DX
	MOVQ  taps+32(FP), R8
	MOVQ  ph+40(FP), R9
	MOVQ  up+48(FP), R10
	MOVQ  down+56(FP), R11
	SHLQ  $2, R8
	TESTQ CX, CX
	JLE   rdone

routput:
	MOVQ   R9, R12
	IMULQ  R8, R12
	ADDQ   DX, R12 // the phase's row
	XORQ   AX, AX
	VXORPS Y0, Y0, Y0

rdot:
	VMOVUPS (R12)(AX*1), Y1
	VMULPS  (SI)(AX*1), Y1, Y1
	VADDPS  Y1, Y0, Y0
	ADDQ    $32, AX
	CMPQ    AX, R8
	JB      rdot
	VHADDPS      Y0, Y0, Y0
	VHADDPS      Y0, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDSS       X1, X0, X0
	VMOVSS       X0, (DI)
	ADDQ         $4, DI
	ADDQ         R11, R9

rwrap:
	CMPQ R9, R10
	JB   rnext
	SUBQ R10, R9
	ADDQ $4, SI
	JMP  rwrap

rnext:
	DECQ CX
	JNZ  routput

rdone:
	VZEROUPPER
	RET
