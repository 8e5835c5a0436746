package lpc

import (
	"errors"
	"fmt"
	"math"
)

// ErrUnpaired means the roots handed to WarpPoles are not conjugate-
// symmetric within tolerance, so they cannot be rebuilt into a real
// polynomial.
var ErrUnpaired = errors.New("lpc: roots do not form conjugate pairs")

// realTolerance decides when a computed root counts as real: its imaginary
// part is at most this fraction of its modulus (or absolute, near zero).
// Roots of a real polynomial computed in floating point carry imaginary
// parts of rounding size; genuine complex poles of speech LPC sit far above.
const realTolerance = 1e-9

// McAdamsAngle returns the McAdams warp of a pole angle θ ∈ [0, π] at a
// sample rate whose angles relate to 16 kHz angles by θ₁₆ = θ·scale (scale =
// rate/16000): θ′ = ((θ·scale)^alpha)/scale, clamped to [0, π].
//
// The VoicePrivacy B2 baseline raises angles to the power alpha at 16 kHz.
// Raising 8 kHz angles directly would make the same alpha a different
// transform (θ = 1 rad is the fixed point of θ^alpha, which is 2546 Hz at
// 16 kHz but 1273 Hz at 8 kHz), so the warp is applied in 16 kHz terms:
// at 8 kHz scale = 1/2 and θ′ = 2·(θ/2)^alpha.
func McAdamsAngle(theta, alpha, scale float64) float64 {
	if theta <= 0 {
		return 0
	}
	t := math.Pow(theta*scale, alpha) / scale
	if t > math.Pi {
		t = math.Pi
	}
	return t
}

// WarpPoles rebuilds a real prediction polynomial from roots after moving
// the angle of every complex-conjugate pole pair with warp, keeping each
// pole's magnitude; real poles are left alone. dst must have length
// len(roots)+1 and receives [1, a1′, …, ap′]. warp maps an angle in (0, π]
// to an angle; results outside [0, π] are clamped.
//
// A root counts as real when |Im z| ≤ 1e-9·max(|z|, 1). Each pole with
// positive imaginary part stands for its pair; the one below the axis is
// taken to be its conjugate. If the counts above and below the axis differ
// it returns an error wrapping ErrUnpaired and leaves dst undefined.
// It panics if len(dst) != len(roots)+1 and allocates nothing.
func WarpPoles(dst []float64, roots []complex128, warp func(theta float64) float64) error {
	if len(dst) != len(roots)+1 {
		panic("lpc: WarpPoles: need len(dst) == len(roots)+1")
	}
	for i := range dst {
		dst[i] = 0
	}
	dst[0] = 1
	deg := 0
	above, below := 0, 0
	for _, z := range roots {
		re, im := real(z), imag(z)
		mag := math.Hypot(re, im)
		tol := realTolerance * max(mag, 1)
		switch {
		case im > tol:
			above++
			if deg+2 > len(roots) {
				return fmt.Errorf("%w: too many poles above the real axis", ErrUnpaired)
			}
			th := warp(math.Atan2(im, re))
			th = min(max(th, 0), math.Pi)
			// Multiply by z² − 2·r·cos θ′·z + r².
			b, q := -2*mag*math.Cos(th), mag*mag
			deg += 2
			for j := deg; j >= 1; j-- {
				v := dst[j] + b*dst[j-1]
				if j >= 2 {
					v += q * dst[j-2]
				}
				dst[j] = v
			}
		case im < -tol:
			below++
		default:
			// Multiply by z − re.
			if deg+1 > len(roots) {
				return fmt.Errorf("%w: too many poles above the real axis", ErrUnpaired)
			}
			deg++
			for j := deg; j >= 1; j-- {
				dst[j] -= re * dst[j-1]
			}
		}
	}
	if above != below {
		return fmt.Errorf("%w: %d above the real axis, %d below", ErrUnpaired, above, below)
	}
	return nil
}
