//go:build !purego

#include "textflag.h"

// The clipping bounds of windowAVX: 1.0 and -1.0.
DATA clipBounds<>+0(SB)/4, $0x3f800000
DATA clipBounds<>+4(SB)/4, $0xbf800000
GLOBL clipBounds<>(SB), RODATA|NOPTR, $8

// func windowAVX(out *[32]float32, v *[1024]float32, off int, win *[512]float32)
//
// out[j] = Σ_i v[(off+128i)&1023 + j]·win[64i+j] + v[(off+128i+96)&1023 + j]·win[64i+32+j]
// for i = 0..7, j = 0..31, accumulated in i order like windowGo, then
// clipped to [-1, 1] (a NaN to -1: VMAXPS returns its second source, the
// bound, when either is NaN). Registers: DI out, SI v, AX off (advanced by
// 128 per i), DX win (by 64 floats per i), Y0-Y3 the 32 sums, CX the
// count, Y12 and Y13 the bounds.
TEXT ·windowAVX(SB), NOSPLIT, $0-32
	MOVQ out+0(FP), DI
	MOVQ v+8(FP), SI
	MOVQ off+16(FP), AX
	MOVQ win+24(FP), DX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	MOVQ $8, CX

loop:
	MOVQ AX, BX
	ANDQ $1023, BX
	LEAQ (SI)(BX*4), R8
	MOVQ AX, BX
	ADDQ $96, BX
	ANDQ $1023, BX
	LEAQ (SI)(BX*4), R9

	VMOVUPS 0(R8), Y4
	VMULPS  0(DX), Y4, Y4
	VMOVUPS 0(R9), Y5
	VMULPS  128(DX), Y5, Y5
	VADDPS  Y5, Y4, Y4
	VADDPS  Y4, Y0, Y0

	VMOVUPS 32(R8), Y6
	VMULPS  32(DX), Y6, Y6
	VMOVUPS 32(R9), Y7
	VMULPS  160(DX), Y7, Y7
	VADDPS  Y7, Y6, Y6
	VADDPS  Y6, Y1, Y1

	VMOVUPS 64(R8), Y8
	VMULPS  64(DX), Y8, Y8
	VMOVUPS 64(R9), Y9
	VMULPS  192(DX), Y9, Y9
	VADDPS  Y9, Y8, Y8
	VADDPS  Y8, Y2, Y2

	VMOVUPS 96(R8), Y10
	VMULPS  96(DX), Y10, Y10
	VMOVUPS 96(R9), Y11
	VMULPS  224(DX), Y11, Y11
	VADDPS  Y11, Y10, Y10
	VADDPS  Y10, Y3, Y3

	ADDQ $128, AX
	ADDQ $256, DX
	DECQ CX
	JNZ  loop

	VBROADCASTSS clipBounds<>+4(SB), Y13
	VBROADCASTSS clipBounds<>+0(SB), Y12
	VMAXPS Y13, Y0, Y0
	VMAXPS Y13, Y1, Y1
	VMAXPS Y13, Y2, Y2
	VMAXPS Y13, Y3, Y3
	VMINPS Y12, Y0, Y0
	VMINPS Y12, Y1, Y1
	VMINPS Y12, Y2, Y2
	VMINPS Y12, Y3, Y3
	VMOVUPS Y0, 0(DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	VZEROUPPER
	RET

// func dct4x18AVX(z *[24]float32, in *[18]float32, cols *[18][24]float32)
//
// z[m] = Σ_k in[k]·cols[k][m], k = 0..17 in order, m = 0..23 (three
// 8-lane sums). Registers: DI z, SI in, DX the column, CX the count.
TEXT ·dct4x18AVX(SB), NOSPLIT, $0-24
	MOVQ z+0(FP), DI
	MOVQ in+8(FP), SI
	MOVQ cols+16(FP), DX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	MOVQ $18, CX

col:
	VBROADCASTSS (SI), Y3
	VMULPS  0(DX), Y3, Y4
	VADDPS  Y4, Y0, Y0
	VMULPS  32(DX), Y3, Y5
	VADDPS  Y5, Y1, Y1
	VMULPS  64(DX), Y3, Y6
	VADDPS  Y6, Y2, Y2
	ADDQ $4, SI
	ADDQ $96, DX
	DECQ CX
	JNZ  col

	VMOVUPS Y0, 0(DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VZEROUPPER
	RET
