//go:build !purego

#include "textflag.h"

// Constants of the float to 16-bit conversion: the scale 32768, the
// clamping bounds -32768 and 32767, 0.5, and the sign bit.
DATA pcm16Consts<>+0(SB)/4, $0x47000000
DATA pcm16Consts<>+4(SB)/4, $0xc7000000
DATA pcm16Consts<>+8(SB)/4, $0x46fffe00
DATA pcm16Consts<>+12(SB)/4, $0x3f000000
DATA pcm16Consts<>+16(SB)/4, $0x80000000
GLOBL pcm16Consts<>(SB), RODATA|NOPTR, $20

// PCM16 converts the 8 floats at 0(reg) to 8 int16 in the low half of
// dst (an X register), as toPCM16 does: x = v·32768, NaN to 0, x clamped
// to [-32768, 32767], then x ± 0.5 by the sign of x, truncated. Uses
// Y1-Y3; Y10-Y14 hold the constants.
#define PCM16(src, dst) \
	VMULPS     src, Y10, Y1    \ // x
	VCMPPS     $7, Y1, Y1, Y2  \ // ordered: all ones unless NaN
	VMAXPS     Y11, Y1, Y1     \ // NaN becomes -32768 here, masked below
	VMINPS     Y12, Y1, Y1     \
	VANDPS     Y14, Y1, Y3     \ // sign of x
	VORPS      Y13, Y3, Y3     \ // ±0.5
	VADDPS     Y3, Y1, Y1      \
	VCVTTPS2DQ Y1, Y1          \
	VANDPS     Y2, Y1, Y1      \
	VEXTRACTF128 $1, Y1, X3    \
	VPACKSSDW  X3, X1, dst

#define LOADCONSTS \
	VBROADCASTSS pcm16Consts<>+0(SB), Y10  \
	VBROADCASTSS pcm16Consts<>+4(SB), Y11  \
	VBROADCASTSS pcm16Consts<>+8(SB), Y12  \
	VBROADCASTSS pcm16Consts<>+12(SB), Y13 \
	VBROADCASTSS pcm16Consts<>+16(SB), Y14

// func pcm16MonoAVX(dst *byte, src *float32, n int)
//
// Writes n (a multiple of 8) little-endian int16 samples of src to dst.
TEXT ·pcm16MonoAVX(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	SHRQ $3, CX
	JZ   monodone
	LOADCONSTS

monoloop:
	PCM16((SI), X4)
	VMOVDQU X4, (DI)
	ADDQ $32, SI
	ADDQ $16, DI
	DECQ CX
	JNZ  monoloop

monodone:
	VZEROUPPER
	RET

// func pcm16StereoAVX(dst *byte, l, r *float32, n int)
//
// Writes n (a multiple of 8) frames of l and r, interleaved, to dst.
TEXT ·pcm16StereoAVX(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ l+8(FP), SI
	MOVQ r+16(FP), DX
	MOVQ n+24(FP), CX
	SHRQ $3, CX
	JZ   stereodone
	LOADCONSTS

stereoloop:
	PCM16((SI), X4)
	PCM16((DX), X5)
	VPUNPCKLWD X5, X4, X6 // l0 r0 l1 r1 l2 r2 l3 r3
	VPUNPCKHWD X5, X4, X7 // l4 r4 ... l7 r7
	VMOVDQU X6, (DI)
	VMOVDQU X7, 16(DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, DI
	DECQ CX
	JNZ  stereoloop

stereodone:
	VZEROUPPER
	RET
