//go:build !purego

#include "textflag.h"

// Radix-4 decimation-in-time butterflies over split real/imaginary arrays,
// the same arithmetic in the same order as the Go loop in real32.go (so the
// results are identical when the Go compiler does not fuse multiply-adds),
// eight lanes at a time (radix4AVX8, for l a multiple of 8) or four
// (radix4AVX4, for l = 4). Each stage combines, for every block of 4·l
// values starting at s, the sub-transforms Y0..Y3 at s, s+l, s+2l, s+3l:
//
//	B = Y1·W^2k, C = Y2·W^k, D = Y3·W^3k  (memory order: Y0, Y2, Y1, Y3)
//	G[k] = A+B+C+D, G[k+l] = A−B−i(C−D), G[k+2l] = A+B−C−D, G[k+3l] = A−B+i(C−D)
//
// tw holds the stage's twiddles packed by groups of lanes: for each group
// of 8 (or 4) consecutive k, w1r, w1i, w2r, w2i, w3r, w3i, each 8 (or 4)
// floats, so one pointer walks them with constant offsets.
//
// Registers: DI, SI the block's real and imaginary parts; BX = l in bytes;
// R8 = 3l in bytes; R9 end of re; R10 the block step 4l in bytes; R11, R12
// walk the block's first quarter; R13 walks tw; R14 ends the quarter.

// BODY(MOV, R, W, A, B, C, D, E, F, STEP, TWSTEP): one butterfly step of
// the lanes at R11/R12, with twiddle offsets A..F (w1r, w1i, w2r, w2i,
// w3r, w3i).
#define BODY(MOV, R0, R1, R2, R3, R4, R5, R6, R7, R8_, R9_, R10_, R11_, R12_, R13_, R14_, R15_, A, B, C, D, E, F, STEP, TWSTEP) \
	MOV (R11), R0; \
	MOV (R12), R1; \
	MOV (R11)(BX*1), R2; \
	MOV (R12)(BX*1), R3; \
	MOV C(R13), R4; \
	MOV D(R13), R5; \
	VMULPS R4, R2, R6; \
	VMULPS R5, R3, R7; \
	VSUBPS R7, R6, R6; \
	VMULPS R5, R2, R7; \
	VMULPS R4, R3, R8_; \
	VADDPS R8_, R7, R7; \
	MOV (R11)(BX*2), R2; \
	MOV (R12)(BX*2), R3; \
	MOV A(R13), R4; \
	MOV B(R13), R5; \
	VMULPS R4, R2, R8_; \
	VMULPS R5, R3, R9_; \
	VSUBPS R9_, R8_, R8_; \
	VMULPS R5, R2, R9_; \
	VMULPS R4, R3, R10_; \
	VADDPS R10_, R9_, R9_; \
	MOV (R11)(R8*1), R2; \
	MOV (R12)(R8*1), R3; \
	MOV E(R13), R4; \
	MOV F(R13), R5; \
	VMULPS R4, R2, R10_; \
	VMULPS R5, R3, R11_; \
	VSUBPS R11_, R10_, R10_; \
	VMULPS R5, R2, R11_; \
	VMULPS R4, R3, R12_; \
	VADDPS R12_, R11_, R11_; \
	VADDPS R6, R0, R2; \
	VADDPS R7, R1, R3; \
	VSUBPS R6, R0, R4; \
	VSUBPS R7, R1, R5; \
	VADDPS R10_, R8_, R12_; \
	VADDPS R11_, R9_, R13_; \
	VSUBPS R10_, R8_, R14_; \
	VSUBPS R11_, R9_, R15_; \
	VADDPS R12_, R2, R0; \
	VADDPS R13_, R3, R1; \
	MOV R0, (R11); \
	MOV R1, (R12); \
	VADDPS R15_, R4, R0; \
	VSUBPS R14_, R5, R1; \
	MOV R0, (R11)(BX*1); \
	MOV R1, (R12)(BX*1); \
	VSUBPS R12_, R2, R0; \
	VSUBPS R13_, R3, R1; \
	MOV R0, (R11)(BX*2); \
	MOV R1, (R12)(BX*2); \
	VSUBPS R15_, R4, R0; \
	VADDPS R14_, R5, R1; \
	MOV R0, (R11)(R8*1); \
	MOV R1, (R12)(R8*1); \
	ADDQ $STEP, R11; \
	ADDQ $STEP, R12; \
	ADDQ $TWSTEP, R13

// PROLOGUE loads the arguments and derived strides.
#define PROLOGUE \
	MOVQ re+0(FP), DI; \
	MOVQ im+8(FP), SI; \
	MOVQ m+16(FP), AX; \
	MOVQ l+24(FP), BX; \
	MOVQ tw+32(FP), DX; \
	SHLQ $2, BX; \
	LEAQ (BX)(BX*2), R8; \
	SHLQ $2, AX; \
	LEAQ (DI)(AX*1), R9; \
	MOVQ BX, R10; \
	SHLQ $2, R10

// func radix4AVX8(re, im *float32, m, l int, tw *float32)
TEXT ·radix4AVX8(SB), NOSPLIT, $0-40
	PROLOGUE
block8:
	MOVQ DI, R11
	MOVQ SI, R12
	MOVQ DX, R13
	LEAQ (DI)(BX*1), R14
inner8:
	BODY(VMOVUPS, Y0, Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12, Y13, Y14, Y15, 0, 32, 64, 96, 128, 160, 32, 192)
	CMPQ R11, R14
	JB   inner8
	ADDQ R10, DI
	ADDQ R10, SI
	CMPQ DI, R9
	JB   block8
	VZEROUPPER
	RET

// func radix4AVX4(re, im *float32, m, l int, tw *float32)
TEXT ·radix4AVX4(SB), NOSPLIT, $0-40
	PROLOGUE
block4:
	MOVQ DI, R11
	MOVQ SI, R12
	MOVQ DX, R13
	LEAQ (DI)(BX*1), R14
inner4:
	BODY(VMOVUPS, X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14, X15, 0, 16, 32, 48, 64, 80, 16, 96)
	CMPQ R11, R14
	JB   inner4
	ADDQ R10, DI
	ADDQ R10, SI
	CMPQ DI, R9
	JB   block4
	RET

// The real-FFT split (Forward) and its inverse (Inverse), eight bins at a
// time, in the Go loops' operations and order (see real32.go). Bins k run
// upwards from 1 and their partners j = m−k downwards: the partners are
// loaded as eight ascending values and reversed with VPERMPS (AVX2) by
// the index vector at 0(R11) of the constant table. Complex values are
// (de)interleaved with unpack/shuffle and a 128-bit lane permute.
//
// The constant table (splitConsts in kernel_amd64.go): 0: indices 7…0;
// 32: 0.5 ×8; 64: −0.5 ×8; 96: sign bit ×8.

// INTERLEAVE(A, B, T, U, LO, HI): LO, HI = (A0 B0 A1 B1 … A3 B3), (A4 B4 … A7 B7).
#define INTERLEAVE(A, B, T, U, LO, HI) \
	VUNPCKLPS  B, A, T; \
	VUNPCKHPS  B, A, U; \
	VPERM2F128 $0x20, U, T, LO; \
	VPERM2F128 $0x31, U, T, HI

// DEINTERLEAVE(P, Q, RE, IM): from complex values 0–3 in P and 4–7 in Q,
// their real parts in RE and imaginary parts in IM, in order.
#define DEINTERLEAVE(P, Q, RE, IM) \
	VSHUFPS $0x88, Q, P, RE; \
	VSHUFPS $0xDD, Q, P, IM; \
	VPERMPD $0xD8, RE, RE; \
	VPERMPD $0xD8, IM, IM

// func splitAVX2(dst *complex64, re, im, tr, ti *float32, m, groups int, k *splitConsts)
//
// For k = 1 … 8·groups and j = m−k: the Forward loop's body.
TEXT ·splitAVX2(SB), NOSPLIT, $0-64
	MOVQ dst+0(FP), DI
	MOVQ re+8(FP), SI
	MOVQ im+16(FP), DX
	MOVQ tr+24(FP), R8
	MOVQ ti+32(FP), R9
	MOVQ m+40(FP), R10
	MOVQ groups+48(FP), CX
	MOVQ k+56(FP), R11
	MOVQ $1, AX // k
	TESTQ CX, CX
	JLE  sdone
	VMOVUPS (R11), Y15
	VBROADCASTSS 32(R11), Y14
	VBROADCASTSS 64(R11), Y13

sloop:
	MOVQ    R10, BX
	SUBQ    AX, BX
	SUBQ    $7, BX // j of the lowest partner
	VMOVUPS (SI)(AX*4), Y0 // zr
	VMOVUPS (DX)(AX*4), Y1 // zi
	VMOVUPS (SI)(BX*4), Y2
	VPERMPS Y2, Y15, Y2    // yr
	VMOVUPS (DX)(BX*4), Y3
	VPERMPS Y3, Y15, Y3    // yi
	VADDPS  Y2, Y0, Y4
	VMULPS  Y14, Y4, Y4    // er
	VSUBPS  Y3, Y1, Y5
	VMULPS  Y14, Y5, Y5    // ei
	VADDPS  Y3, Y1, Y6
	VMULPS  Y14, Y6, Y6    // or
	VSUBPS  Y2, Y0, Y7
	VMULPS  Y13, Y7, Y7    // oi
	VMOVUPS (R8)(AX*4), Y8 // wr
	VMOVUPS (R9)(AX*4), Y9 // wi
	VMULPS  Y6, Y8, Y10
	VMULPS  Y7, Y9, Y11
	VSUBPS  Y11, Y10, Y10  // pr
	VMULPS  Y7, Y8, Y11
	VMULPS  Y6, Y9, Y12
	VADDPS  Y12, Y11, Y11  // pi
	VADDPS  Y10, Y4, Y0
	VADDPS  Y11, Y5, Y1
	INTERLEAVE(Y0, Y1, Y6, Y7, Y8, Y9)
	VMOVUPS Y8, (DI)(AX*8)
	VMOVUPS Y9, 32(DI)(AX*8)
	VSUBPS  Y10, Y4, Y2    // er − pr
	VSUBPS  Y5, Y11, Y3    // pi − ei
	VPERMPS Y2, Y15, Y2    // ascending j
	VPERMPS Y3, Y15, Y3
	INTERLEAVE(Y2, Y3, Y6, Y7, Y8, Y9)
	VMOVUPS Y8, (DI)(BX*8)
	VMOVUPS Y9, 32(DI)(BX*8)
	ADDQ    $8, AX
	DECQ    CX
	JNZ     sloop

sdone:
	VZEROUPPER
	RET

// func unsplitAVX2(z *float32, X *complex64, tr, ti *float32, m, groups int, s float32, k *splitConsts)
//
// For k = 1 … 8·groups and j = m−k (never k = 0 or j = k): the Inverse
// loop's body, with both of its stores.
TEXT ·unsplitAVX2(SB), NOSPLIT, $0-64
	MOVQ z+0(FP), DI
	MOVQ X+8(FP), SI
	MOVQ tr+16(FP), R8
	MOVQ ti+24(FP), R9
	MOVQ m+32(FP), R10
	MOVQ groups+40(FP), CX
	VBROADCASTSS s+48(FP), Y14
	MOVQ k+56(FP), R11
	MOVQ $1, AX
	TESTQ CX, CX
	JLE  udone
	VMOVUPS (R11), Y15
	VBROADCASTSS 96(R11), Y13 // sign bit

uloop:
	MOVQ    R10, BX
	SUBQ    AX, BX
	SUBQ    $7, BX
	VMOVUPS (SI)(AX*8), Y0
	VMOVUPS 32(SI)(AX*8), Y1
	DEINTERLEAVE(Y0, Y1, Y2, Y3) // xr, xi
	VMOVUPS (SI)(BX*8), Y0
	VMOVUPS 32(SI)(BX*8), Y1
	DEINTERLEAVE(Y0, Y1, Y4, Y5)
	VPERMPS Y4, Y15, Y4          // yr
	VPERMPS Y5, Y15, Y5
	VXORPS  Y13, Y5, Y5          // yi = −imag X[j]
	VADDPS  Y4, Y2, Y6
	VMULPS  Y14, Y6, Y6          // er
	VADDPS  Y5, Y3, Y7
	VMULPS  Y14, Y7, Y7          // ei
	VSUBPS  Y4, Y2, Y8
	VMULPS  Y14, Y8, Y8          // dr
	VSUBPS  Y5, Y3, Y9
	VMULPS  Y14, Y9, Y9          // di
	VMOVUPS (R8)(AX*4), Y10      // tr
	VMOVUPS (R9)(AX*4), Y11      // ti
	VXORPS  Y13, Y11, Y12        // wi = −ti
	VMULPS  Y10, Y8, Y0
	VMULPS  Y12, Y9, Y1
	VSUBPS  Y1, Y0, Y0           // or = dr·wr − di·wi
	VMULPS  Y12, Y8, Y1
	VMULPS  Y10, Y9, Y2
	VADDPS  Y2, Y1, Y1           // oi = dr·wi + di·wr
	VSUBPS  Y1, Y6, Y2           // zr = er − oi
	VADDPS  Y0, Y7, Y3           // zi = ei + or
	INTERLEAVE(Y3, Y2, Y0, Y1, Y4, Y5)
	VMOVUPS Y4, (DI)(AX*8)
	VMOVUPS Y5, 32(DI)(AX*8)
	// Partner: d2 = (−dr, di), w2 = (−tr, −ti), e2 = (er, −ei).
	VXORPS  Y13, Y8, Y8          // d2r
	VXORPS  Y13, Y10, Y10        // w2r
	VMULPS  Y10, Y8, Y0
	VMULPS  Y12, Y9, Y1          // d2i·w2i (w2i = −ti = wi)
	VSUBPS  Y1, Y0, Y0           // o2r
	VMULPS  Y12, Y8, Y1
	VMULPS  Y10, Y9, Y2
	VADDPS  Y2, Y1, Y1           // o2i
	VSUBPS  Y1, Y6, Y2           // z2r = er − o2i
	VXORPS  Y13, Y7, Y7          // e2i
	VADDPS  Y0, Y7, Y3           // z2i = e2i + o2r
	VPERMPS Y2, Y15, Y2          // ascending j
	VPERMPS Y3, Y15, Y3
	INTERLEAVE(Y3, Y2, Y0, Y1, Y4, Y5)
	VMOVUPS Y4, (DI)(BX*8)
	VMOVUPS Y5, 32(DI)(BX*8)
	ADDQ    $8, AX
	DECQ    CX
	JNZ     uloop

udone:
	VZEROUPPER
	RET

// func interleaveAVX(dst, a, b *float32, n int)
//
// dst[2t], dst[2t+1] = a[t], b[t] for t < n, n a multiple of 8.
TEXT ·interleaveAVX(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ b+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $3, CX
	JZ   idone

iloop:
	VMOVUPS (SI), Y0
	VMOVUPS (DX), Y1
	INTERLEAVE(Y0, Y1, Y2, Y3, Y4, Y5)
	VMOVUPS Y4, (DI)
	VMOVUPS Y5, 32(DI)
	ADDQ    $32, SI
	ADDQ    $32, DX
	ADDQ    $64, DI
	DECQ    CX
	JNZ     iloop

idone:
	VZEROUPPER
	RET

// func radix2AVX8(re, im *float32, l int, w *float32)
//
// radix2Last for l a multiple of 8: w holds W^k's real parts then its
// imaginary parts, l each.
TEXT ·radix2AVX8(SB), NOSPLIT, $0-32
	MOVQ re+0(FP), DI
	MOVQ im+8(FP), SI
	MOVQ l+16(FP), BX
	MOVQ w+24(FP), DX
	SHLQ $2, BX // l in bytes
	XORQ AX, AX

r2loop:
	VMOVUPS (DI)(BX*1), Y0 // xr
	VMOVUPS (SI)(BX*1), Y1 // xi
	VMOVUPS (DX), Y2       // wr
	VMOVUPS (DX)(BX*1), Y3 // wi
	VMULPS  Y2, Y0, Y4
	VMULPS  Y3, Y1, Y5
	VSUBPS  Y5, Y4, Y4     // br = xr·wr − xi·wi
	VMULPS  Y3, Y0, Y5
	VMULPS  Y2, Y1, Y6
	VADDPS  Y6, Y5, Y5     // bi = xr·wi + xi·wr
	VMOVUPS (DI), Y0       // ar
	VMOVUPS (SI), Y1       // ai
	VADDPS  Y4, Y0, Y2
	VADDPS  Y5, Y1, Y3
	VSUBPS  Y4, Y0, Y0
	VSUBPS  Y5, Y1, Y1
	VMOVUPS Y2, (DI)
	VMOVUPS Y3, (SI)
	VMOVUPS Y0, (DI)(BX*1)
	VMOVUPS Y1, (SI)(BX*1)
	ADDQ    $32, DI
	ADDQ    $32, SI
	ADDQ    $32, DX
	ADDQ    $32, AX
	CMPQ    AX, BX
	JB      r2loop
	VZEROUPPER
	RET
