//go:build !purego

#include "textflag.h"

// PRINCARG wraps R to [−π, π) as princarg does: R − 2π·⌊(R+π)/(2π)⌋, with
// T a scratch register and DX the constant table.
#define PRINCARG(R, T, U) \
	VBROADCASTSD 24(DX), T; \
	VADDPD       T, R, T; \
	VBROADCASTSD 48(DX), U; \
	VMULPD       U, T, T; \
	VROUNDPD     $1, T, T; \
	VBROADCASTSD 40(DX), U; \
	VMULPD       U, T, T; \
	VSUBPD       T, R, R

// HORNER(ACC, X, OFF) sets ACC = (ACC + k[OFF])·X.
#define HORNER(ACC, X, OFF, T) \
	VBROADCASTSD OFF(DX), T; \
	VADDPD       T, ACC, ACC; \
	VMULPD       X, ACC, ACC

// func peakPhasesAVX(dr, di, wk, theta *float64, th, cos, sin *float32, n int, k *peakConsts)
//
// peakPhase for four peaks at a time (n a multiple of 4), with the same
// operations in the same order in float64 (see peakphase.go; the offsets
// into k are 8 × the indices of peakConsts). Octant and reflection
// choices are blends of both results, as the Go code makes them
// arithmetic, so the results match peakPhase's.
TEXT ·peakPhasesAVX(SB), NOSPLIT, $0-72
	MOVQ dr+0(FP), SI
	MOVQ di+8(FP), DI
	MOVQ wk+16(FP), R8
	MOVQ theta+24(FP), R9
	MOVQ th+32(FP), R10
	MOVQ cos+40(FP), R11
	MOVQ sin+48(FP), R12
	MOVQ n+56(FP), CX
	MOVQ k+64(FP), DX
	XORQ AX, AX
	VBROADCASTSD 0(DX), Y15 // |·| mask
	VBROADCASTSD 8(DX), Y14 // sign mask
	CMPQ AX, CX
	JAE  done

loop:
	// dphi = fastAtan2(di, dr) → Y8
	VMOVUPD (SI)(AX*8), Y0    // x = dr
	VMOVUPD (DI)(AX*8), Y1    // y = di
	VCMPPD  $3, Y1, Y0, Y13   // x or y is NaN
	VANDPD  Y15, Y0, Y2       // ax
	VANDPD  Y15, Y1, Y3       // ay
	VMAXPD  Y3, Y2, Y4        // hi
	VMINPD  Y3, Y2, Y5        // lo
	VDIVPD  Y4, Y5, Y6        // z = lo/hi
	VMULPD  Y6, Y6, Y7        // z²
	VBROADCASTSD 96(DX), Y8   // c5
	VMULPD  Y7, Y8, Y8
	HORNER(Y8, Y7, 88, Y9)
	HORNER(Y8, Y7, 80, Y9)
	HORNER(Y8, Y7, 72, Y9)
	HORNER(Y8, Y7, 64, Y9)
	HORNER(Y8, Y6, 56, Y9)    // a = z·(c0 + …)
	VCMPPD  $0x0E, Y2, Y3, Y9 // ay > ax: a = π/2 − a
	VBROADCASTSD 32(DX), Y10
	VSUBPD  Y8, Y10, Y10
	VBLENDVPD Y9, Y10, Y8, Y8
	VXORPD  Y11, Y11, Y11
	VCMPPD  $0x01, Y11, Y0, Y9 // x < 0: a = π − a
	VBROADCASTSD 24(DX), Y10
	VSUBPD  Y8, Y10, Y10
	VBLENDVPD Y9, Y10, Y8, Y8
	VANDPD  Y14, Y1, Y10      // copysign(a, y), a ≥ 0
	VORPD   Y10, Y8, Y8
	VCMPPD  $0x00, Y11, Y4, Y9 // hi == 0: 0
	VANDNPD Y8, Y9, Y8

	// inst = wk + princarg(dphi − wk·ha)/ha; t = princarg(theta + inst·hs − dphi)
	VMOVUPD (R8)(AX*8), Y0    // wk
	VBROADCASTSD 208(DX), Y12 // ha
	VMULPD  Y12, Y0, Y1
	VSUBPD  Y1, Y8, Y1
	PRINCARG(Y1, Y2, Y3)
	VDIVPD  Y12, Y1, Y1
	VADDPD  Y1, Y0, Y1        // inst
	VBROADCASTSD 216(DX), Y2  // hs
	VMULPD  Y2, Y1, Y1
	VMOVUPD (R9)(AX*8), Y0    // theta
	VADDPD  Y1, Y0, Y1
	VSUBPD  Y8, Y1, Y1
	PRINCARG(Y1, Y2, Y3)
	VCMPPD  $3, Y1, Y1, Y2    // NaN (or a NaN input): 0
	VORPD   Y13, Y2, Y2
	VANDNPD Y1, Y2, Y1
	VCVTPD2PSY Y1, X1
	VMOVUPS X1, (R10)(AX*4)
	VCVTPS2PD X1, Y1          // p = float64(th)

	// fastSincos(p)
	VANDPD  Y15, Y1, Y2
	VBROADCASTSD 32(DX), Y3
	VCMPPD  $0x0E, Y3, Y2, Y2 // |p| > π/2
	VBROADCASTSD 16(DX), Y3   // 1
	VANDPD  Y3, Y2, Y2        // out: 1 or 0
	VANDPD  Y14, Y1, Y4
	VBROADCASTSD 24(DX), Y5
	VORPD   Y5, Y4, Y4        // copysign(π, p)
	VADDPD  Y1, Y1, Y5        // 2p
	VSUBPD  Y5, Y4, Y4
	VMULPD  Y4, Y2, Y4
	VADDPD  Y4, Y1, Y1        // p += out·(copysign(π, p) − 2p)
	VMULPD  Y1, Y1, Y4        // p²
	VBROADCASTSD 144(DX), Y5  // sine: 1/13!
	VMULPD  Y4, Y5, Y5
	HORNER(Y5, Y4, 136, Y6)
	HORNER(Y5, Y4, 128, Y6)
	HORNER(Y5, Y4, 120, Y6)
	HORNER(Y5, Y4, 112, Y6)
	HORNER(Y5, Y4, 104, Y6)
	VADDPD  Y3, Y5, Y5        // 1 + …
	VMULPD  Y1, Y5, Y5        // sin
	VBROADCASTSD 200(DX), Y7  // cosine: −1/14!
	VMULPD  Y4, Y7, Y7
	HORNER(Y7, Y4, 192, Y6)
	HORNER(Y7, Y4, 184, Y6)
	HORNER(Y7, Y4, 176, Y6)
	HORNER(Y7, Y4, 168, Y6)
	HORNER(Y7, Y4, 160, Y6)
	HORNER(Y7, Y4, 152, Y6)
	VADDPD  Y3, Y7, Y7        // 1 + …
	VADDPD  Y2, Y2, Y6        // 2·out
	VSUBPD  Y6, Y3, Y6        // 1 − 2·out
	VMULPD  Y7, Y6, Y7        // cos
	VCVTPD2PSY Y7, X7
	VMOVUPS X7, (R11)(AX*4)
	VCVTPD2PSY Y5, X5
	VMOVUPS X5, (R12)(AX*4)

	ADDQ $4, AX
	CMPQ AX, CX
	JB   loop

done:
	VZEROUPPER
	RET
