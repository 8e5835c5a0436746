//go:build !purego

#include "textflag.h"

// DOT8(A, B, NB) leaves in X0 the sum of A[i]·B[i] over NB bytes (a
// positive multiple of 32), in the order of the Go loop in dot: lane q
// accumulates the products i ≡ q (mod 8), then the lanes are summed as
// ((s0+s1)+(s2+s3))+((s4+s5)+(s6+s7)). It uses AX, Y0 and Y1 (and a
// label, so one use per function).
#define DOT8(A, B, NB) \
	XORQ   AX, AX; \
	VXORPS Y0, Y0, Y0; \
dot8: \
	VMOVUPS (A)(AX*1), Y1; \
	VMULPS  (B)(AX*1), Y1, Y1; \
	VADDPS  Y1, Y0, Y0; \
	ADDQ    $32, AX; \
	CMPQ    AX, NB; \
	JB      dot8; \
	VHADDPS      Y0, Y0, Y0; \
	VHADDPS      Y0, Y0, Y0; \
	VEXTRACTF128 $1, Y0, X1; \
	VADDSS       X1, X0, X0

// func dotAVX(a, b *float32, n int) float32
//
// dot for n a positive multiple of 8.
TEXT ·dotAVX(SB), NOSPLIT, $0-28
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ n+16(FP), CX
	SHLQ $2, CX
	DOT8(SI, DI, CX)
	VZEROUPPER
	MOVSS X0, ret+24(FP)
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
	MOVQ  R9, R12
	IMULQ R8, R12
	ADDQ  DX, R12 // the phase's row
	DOT8(R12, SI, R8)
	VMOVSS X0, (DI)
	ADDQ   $4, DI
	ADDQ   R11, R9

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

// func powerAVX2(X *complex64, P *float32, n int, ramp *[16]float32) (hfc, maxP float32)
//
// P[k] = re² + im² for k < n (a positive multiple of 8), with Σ k·P[k] in
// eight partial sums and the largest P (NaN ignored, from 0).
TEXT ·powerAVX2(SB), NOSPLIT, $0-40
	MOVQ    X+0(FP), SI
	MOVQ    P+8(FP), DI
	MOVQ    n+16(FP), CX
	MOVQ    ramp+24(FP), DX
	VMOVUPS (DX), Y5   // k of each lane
	VMOVUPS 32(DX), Y8 // 8
	VXORPS  Y4, Y4, Y4 // max
	VXORPS  Y7, Y7, Y7 // Σ k·P
	SHRQ    $3, CX

ploop:
	VMOVUPS (SI), Y1  // bins 0–3 of the group, interleaved
	VMOVUPS 32(SI), Y2 // bins 4–7
	VMULPS  Y1, Y1, Y1
	VMULPS  Y2, Y2, Y2
	VHADDPS Y2, Y1, Y3     // bins 0 1 4 5 | 2 3 6 7
	VPERMPD $0xD8, Y3, Y3  // bins 0–7
	VMOVUPS Y3, (DI)
	VMAXPS  Y4, Y3, Y4     // Y3 > Y4 ? Y3 : Y4, so NaN keeps Y4
	VMULPS  Y5, Y3, Y6
	VADDPS  Y6, Y7, Y7
	VADDPS  Y8, Y5, Y5
	ADDQ    $64, SI
	ADDQ    $32, DI
	DECQ    CX
	JNZ     ploop

	VEXTRACTF128 $1, Y7, X6
	VADDPS       X6, X7, X7
	VHADDPS      X7, X7, X7
	VHADDPS      X7, X7, X7
	VEXTRACTF128 $1, Y4, X6
	VMAXPS       X6, X4, X4
	VPERMILPS    $0x4E, X4, X6
	VMAXPS       X6, X4, X4
	VPERMILPS    $0xB1, X4, X6
	VMAXPS       X6, X4, X4
	VZEROUPPER
	MOVSS        X7, hfc+32(FP)
	MOVSS        X4, maxP+36(FP)
	RET

// func peakMaskAVX2(P *float32, nq int, floor float32, mask *uint8)
//
// Bit t of mask[q] is set when bin j = 2+8q+t has P[j] > P[j−1], P[j−2],
// P[j] ≥ P[j+1], P[j+2] and P[j] > floor (every test false on NaN), as
// findPeaksGo tests it. Reads P[8q] … P[8q+11].
TEXT ·peakMaskAVX2(SB), NOSPLIT, $0-32
	MOVQ         P+0(FP), SI
	MOVQ         nq+8(FP), CX
	VBROADCASTSS floor+16(FP), Y5
	MOVQ         mask+24(FP), DI
	TESTQ        CX, CX
	JLE          mdone

mloop:
	VMOVUPS   8(SI), Y0  // P[j]
	VMOVUPS   4(SI), Y1  // P[j−1]
	VMOVUPS   (SI), Y2   // P[j−2]
	VMOVUPS   12(SI), Y3 // P[j+1]
	VMOVUPS   16(SI), Y4 // P[j+2]
	VCMPPS    $0x0E, Y1, Y0, Y1 // >
	VCMPPS    $0x0E, Y2, Y0, Y2 // >
	VCMPPS    $0x0D, Y3, Y0, Y3 // ≥
	VCMPPS    $0x0D, Y4, Y0, Y4 // ≥
	VCMPPS    $0x0E, Y5, Y0, Y6 // > floor
	VANDPS    Y1, Y2, Y2
	VANDPS    Y3, Y4, Y4
	VANDPS    Y2, Y4, Y4
	VANDPS    Y6, Y4, Y4
	VMOVMSKPS Y4, AX
	MOVB      AX, (DI)
	ADDQ      $32, SI
	INCQ      DI
	DECQ      CX
	JNZ       mloop

mdone:
	VZEROUPPER
	RET

// func mulAVX(dst, a, b *float32, n int)
//
// dst[i] = a[i]·b[i] for i < n, n a multiple of 8.
TEXT ·mulAVX(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ b+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $3, CX
	JZ   muldone

mulloop:
	VMOVUPS (SI), Y0
	VMULPS  (DX), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DX
	ADDQ    $32, DI
	DECQ    CX
	JNZ     mulloop

muldone:
	VZEROUPPER
	RET

// func mulAddAVX(acc, a, b *float32, n int)
//
// acc[i] += a[i]·b[i] for i < n, n a multiple of 8 (a multiplication and
// an addition, not a fused multiply-add, as in Go).
TEXT ·mulAddAVX(SB), NOSPLIT, $0-32
	MOVQ acc+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ b+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $3, CX
	JZ   madone

maloop:
	VMOVUPS (SI), Y0
	VMULPS  (DX), Y0, Y0
	VADDPS  (DI), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DX
	ADDQ    $32, DI
	DECQ    CX
	JNZ     maloop

madone:
	VZEROUPPER
	RET

// func dotPairAVX(a0, b0, a1, b1 *float64, n int) (s, t float64)
//
// dotPair's four-lane part, n a positive multiple of 4.
TEXT ·dotPairAVX(SB), NOSPLIT, $0-56
	MOVQ   a0+0(FP), SI
	MOVQ   b0+8(FP), DI
	MOVQ   a1+16(FP), R8
	MOVQ   b1+24(FP), R9
	MOVQ   n+32(FP), CX
	SHRQ   $2, CX
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1

dploop:
	VMOVUPD (SI), Y2
	VMULPD  (DI), Y2, Y2
	VADDPD  Y2, Y0, Y0
	VMOVUPD (R8), Y3
	VMULPD  (R9), Y3, Y3
	VADDPD  Y3, Y1, Y1
	ADDQ    $32, SI
	ADDQ    $32, DI
	ADDQ    $32, R8
	ADDQ    $32, R9
	DECQ    CX
	JNZ     dploop

	VHADDPD      Y0, Y0, Y0 // l0+l1, ·, l2+l3, ·
	VEXTRACTF128 $1, Y0, X2
	VADDSD       X2, X0, X0
	VHADDPD      Y1, Y1, Y1
	VEXTRACTF128 $1, Y1, X3
	VADDSD       X3, X1, X1
	VZEROUPPER
	MOVSD        X0, s+40(FP)
	MOVSD        X1, t+48(FP)
	RET

// COSINEROWS prepares the cosine-series kernels: BX (the row stride, in
// elements) and R8 become 1 and 3 strides in bytes, CX (n) the count of
// four-lane groups, and Y12–Y15 the coefficients c[0…3] at DX.
#define COSINEROWS \
	SHLQ         $3, BX; \
	LEAQ         (BX)(BX*2), R8; \
	SHRQ         $2, CX; \
	VBROADCASTSD 0(DX), Y12; \
	VBROADCASTSD 8(DX), Y13; \
	VBROADCASTSD 16(DX), Y14; \
	VBROADCASTSD 24(DX), Y15

// func addCosines4AVX(dst, rows *float64, stride, n int, c *[4]float64)
//
// addCosines4 for n a positive multiple of 4.
TEXT ·addCosines4AVX(SB), NOSPLIT, $0-40
	MOVQ         dst+0(FP), DI
	MOVQ         rows+8(FP), SI
	MOVQ         stride+16(FP), BX
	MOVQ         n+24(FP), CX
	MOVQ         c+32(FP), DX
	COSINEROWS

c4loop:
	VMULPD  (SI), Y12, Y0
	VMULPD  (SI)(BX*1), Y13, Y1
	VADDPD  Y1, Y0, Y0
	VMULPD  (SI)(BX*2), Y14, Y2
	VMULPD  (SI)(R8*1), Y15, Y3
	VADDPD  Y3, Y2, Y2
	VADDPD  Y2, Y0, Y0
	VADDPD  (DI), Y0, Y0
	VMOVUPD Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	DECQ    CX
	JNZ     c4loop
	VZEROUPPER
	RET

// func addCosines2x2AVX(odd, even, rows *float64, stride, n int, c *[4]float64)
//
// addCosines2x2 for n a positive multiple of 4.
TEXT ·addCosines2x2AVX(SB), NOSPLIT, $0-48
	MOVQ         odd+0(FP), DI
	MOVQ         even+8(FP), R9
	MOVQ         rows+16(FP), SI
	MOVQ         stride+24(FP), BX
	MOVQ         n+32(FP), CX
	MOVQ         c+40(FP), DX
	COSINEROWS

c2loop:
	VMULPD  (SI), Y12, Y0        // c0·g0
	VMULPD  (SI)(BX*2), Y14, Y1  // c2·g2
	VADDPD  Y1, Y0, Y0
	VADDPD  (DI), Y0, Y0
	VMOVUPD Y0, (DI)
	VMULPD  (SI)(BX*1), Y13, Y2  // c1·g1
	VMULPD  (SI)(R8*1), Y15, Y3  // c3·g3
	VADDPD  Y3, Y2, Y2
	VADDPD  (R9), Y2, Y2
	VMOVUPD Y2, (R9)
	ADDQ    $32, SI
	ADDQ    $32, DI
	ADDQ    $32, R9
	DECQ    CX
	JNZ     c2loop
	VZEROUPPER
	RET
