package lpc

import "math"

// MaxReflection bounds the magnitude of a reflection coefficient that
// Levinson accepts. A value at or above 1 would put a pole on or outside the
// unit circle; values this close to 1 only arise from numerically singular
// (for example pure-tone or silent) frames.
const MaxReflection = 1 - 1e-9

// Levinson runs the Levinson–Durbin recursion on the autocorrelation
// r[0…p] and writes the prediction polynomial a[0…p] (a[0] = 1) and the
// reflection (PARCOR) coefficients k[0…p−1], where k[i−1] is the
// coefficient of step i. It returns the final prediction-error power and the
// order actually reached.
//
// Stability guard: the recursion stops early, at order m < p, if a step
// would produce a reflection coefficient with |k| ≥ MaxReflection or a
// non-positive error power; a[m+1…p] and k[m…p−1] are then zero, so the
// polynomial stays minimum-phase (all poles strictly inside the unit
// circle). If r[0] is not positive (a silent frame) the result is the
// identity polynomial a = [1, 0, …] with order 0.
//
// It panics if len(a) != len(r) or len(k) != len(r)−1 (a programmer error).
// It allocates nothing.
func Levinson(a, k, r []float64) (predErr float64, order int) {
	p := len(r) - 1
	if len(a) != p+1 || len(k) != p {
		panic("lpc: Levinson: need len(a) == len(r) and len(k) == len(r)-1")
	}
	for i := range a {
		a[i] = 0
	}
	for i := range k {
		k[i] = 0
	}
	if p < 0 {
		return 0, 0
	}
	a[0] = 1
	e := r[0]
	if !(e > 0) || math.IsInf(e, 0) {
		return 0, 0
	}
	for i := 1; i <= p; i++ {
		acc := r[i]
		for j := 1; j < i; j++ {
			acc += a[j] * r[i-j]
		}
		ki := -acc / e
		ne := e * (1 - ki*ki)
		if !(math.Abs(ki) < MaxReflection) || !(ne > 0) {
			return e, i - 1
		}
		stepUp(a, i, ki)
		k[i-1] = ki
		e = ne
	}
	return e, p
}

// Stable reports whether the all-pole filter 1/A(z) is stable, that is
// whether every root of a = [a0, a1, …, ap] lies strictly inside the unit
// circle, by the step-down (Schur–Cohn) recursion: the reflection
// coefficients recovered from a must all have magnitude below
// MaxReflection. scratch must hold len(a) values; it is overwritten. It
// allocates nothing and panics if scratch is too short.
//
// Polynomials rebuilt from computed roots need this check: when roots
// cluster near the unit circle they are ill-conditioned, and rounding can
// put a computed root, or a root of the rebuilt polynomial, outside it.
func Stable(a, scratch []float64) bool {
	p := len(a) - 1
	if p < 1 {
		return true
	}
	if len(scratch) < p+1 {
		panic("lpc: Stable: scratch shorter than a")
	}
	c := scratch[:p+1]
	inv := 1 / a[0]
	for i, v := range a {
		c[i] = v * inv
	}
	for m := p; m >= 1; m-- {
		k := c[m]
		if !(math.Abs(k) < MaxReflection) {
			return false
		}
		d := 1 / (1 - k*k)
		for lo, hi := 1, m-1; lo <= hi; lo, hi = lo+1, hi-1 {
			if lo == hi {
				c[lo] = (c[lo] - k*c[lo]) * d
				break
			}
			cl, ch := c[lo], c[hi]
			c[lo] = (cl - k*ch) * d
			c[hi] = (ch - k*cl) * d
		}
	}
	return true
}

// stepUp raises the predictor a (a[0] = 1, coefficients a[1..m−1]) from
// order m−1 to order m with reflection coefficient k, in place: the
// Levinson recursion a_new[j] = a[j] + k·a[m−j], and a_new[m] = k. Both
// Levinson–Durbin and Burg use it.
func stepUp(a []float64, m int, k float64) {
	for lo, hi := 1, m-1; lo <= hi; lo, hi = lo+1, hi-1 {
		if lo == hi {
			a[lo] += k * a[lo]
			break
		}
		al, ah := a[lo], a[hi]
		a[lo] = al + k*ah
		a[hi] = ah + k*al
	}
	a[m] = k
}
