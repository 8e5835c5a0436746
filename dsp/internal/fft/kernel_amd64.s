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
