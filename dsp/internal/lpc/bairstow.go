package lpc

import "math"

// Bairstow's method finds the real quadratic factors z² − r·z − s of a real
// polynomial by Newton's iteration on (r, s), in real arithmetic and O(n)
// work per step, deflating each factor found. It is several times cheaper
// than Aberth's simultaneous complex iteration, but less sure to converge
// from a poor start. RootFinder therefore uses it only as a fast path: it
// starts from the previous call's factors (LPC models of overlapping frames
// change little), polishes every factor on the undeflated polynomial, and
// accepts the result only if the product of the factors reproduces the
// polynomial; otherwise Aberth's method decides.

const (
	// Newton steps allowed per factor and start: from a warm start it
	// settles in 3–6; a start that needs more is better abandoned to
	// Aberth than pursued.
	maxBairstowIterations = 20
	coldBairstowStarts    = 2
	bairstowPolish        = 3
)

// bairstowWork is the workspace of the fast path.
type bairstowWork struct {
	work, b, d []float64 // deflated polynomial, quotient, derivative sums
	fr, fs     []float64 // factors z² − fr·z − fs of this call
	prevR      []float64 // factors of the previous accepted call
	prevS      []float64
	prevN      int // its degree, 0 if none
	check      []float64
}

func (w *bairstowWork) grow(n int) {
	if len(w.work) >= n+1 {
		return
	}
	w.work = make([]float64, n+1)
	w.b = make([]float64, n+1)
	w.d = make([]float64, n+1)
	w.fr = make([]float64, n/2+1)
	w.fs = make([]float64, n/2+1)
	w.prevR = make([]float64, n/2+1)
	w.prevS = make([]float64, n/2+1)
	w.check = make([]float64, n+1)
	w.prevN = 0
}

// bairstowStep divides c (descending, monic, degree n ≥ 2) by z² − r·z − s
// and returns the Newton corrections (dr, ds) and the remainder size; b
// receives the quotient in b[:n−1]. ok is false if the Jacobian is
// singular.
func bairstowStep(c, b, d []float64, r, s float64) (dr, ds, rem float64, ok bool) {
	n := len(c) - 1
	b0, b1 := 0.0, 0.0 // b[k−1], b[k−2]
	d0, d1 := 0.0, 0.0 // d[k−1], d[k−2]
	for k := 0; k <= n; k++ {
		bk := c[k] + r*b0 + s*b1
		b[k] = bk
		b1, b0 = b0, bk
		if k < n {
			dk := bk + r*d0 + s*d1
			d[k] = dk
			d1, d0 = d0, dk
		}
	}
	bn1, bn := b[n-1], b[n]
	dn2, dn1 := d[n-2], d[n-1]
	dn3 := 0.0
	if n >= 3 {
		dn3 = d[n-3]
	}
	det := dn2*dn2 - dn1*dn3
	if det == 0 || math.IsNaN(det) {
		return 0, 0, math.Inf(1), false
	}
	dr = (-bn1*dn2 + bn*dn3) / det
	ds = (-bn*dn2 + bn1*dn1) / det
	return dr, ds, math.Abs(bn1) + math.Abs(bn), true
}

// converge iterates Bairstow's step on c from (r, s) until the corrections
// are at rounding level; b receives the quotient.
func (w *bairstowWork) converge(c []float64, r, s float64, maxIter int) (float64, float64, bool) {
	for it := 0; it < maxIter; it++ {
		dr, ds, _, ok := bairstowStep(c, w.b, w.d, r, s)
		if !ok || math.IsNaN(dr) || math.IsNaN(ds) || math.IsInf(dr, 0) || math.IsInf(ds, 0) {
			return r, s, false
		}
		r += dr
		s += ds
		if math.Abs(dr) <= 1e-12*(1+math.Abs(r)) && math.Abs(ds) <= 1e-12*(1+math.Abs(s)) {
			// One more division so that b holds the quotient for (r, s).
			bairstowStep(c, w.b, w.d, r, s)
			return r, s, true
		}
	}
	return r, s, false
}

// bairstow tries the fast path on the monic polynomial coef of degree
// len(z) ≥ 3, writing the roots to z. It reports whether the result was
// accepted.
func (f *RootFinder) bairstow(z []complex128, coef []float64) bool {
	m := len(z)
	w := &f.bw
	w.grow(m)
	work := w.work[:m+1]
	copy(work, coef)
	deg := m
	nf := 0
	warm := w.prevN == m
	for deg > 2 {
		c := work[:deg+1]
		var r, s float64
		var ok bool
		if warm {
			r, s, ok = w.converge(c, w.prevR[nf], w.prevS[nf], maxBairstowIterations)
		}
		for try := 0; !ok && try < coldBairstowStarts; try++ {
			// Cold starts: a pole pair of radius 0.9 at spread angles.
			th := math.Pi * (float64(nf+try) + 0.5) / float64(m/2+1)
			r, s, ok = w.converge(c, 1.8*math.Cos(th), -0.81, maxBairstowIterations)
		}
		if !ok {
			w.prevN = 0
			return false
		}
		w.fr[nf], w.fs[nf] = r, s
		nf++
		copy(work, w.b[:deg-1]) // deflate by the quotient
		deg -= 2
	}
	if deg == 2 {
		w.fr[nf], w.fs[nf] = -work[1], -work[2]
		nf++
	}
	// Polish each quadratic on the undeflated polynomial, where deflation
	// errors do not reach.
	for i := 0; i < nf; i++ {
		if r, s, ok := w.converge(coef, w.fr[i], w.fs[i], bairstowPolish); ok || !math.IsNaN(r+s) {
			w.fr[i], w.fs[i] = r, s
		}
	}
	// The product of the factors must give the polynomial back.
	chk := w.check[:m+1]
	clear(chk)
	chk[0] = 1
	d := 0
	for i := 0; i < nf; i++ {
		r, s := w.fr[i], w.fs[i]
		d += 2
		for j := d; j >= 1; j-- {
			v := chk[j] - r*chk[j-1]
			if j >= 2 {
				v -= s * chk[j-2]
			}
			chk[j] = v
		}
	}
	lin := 0.0
	if deg == 1 {
		lin = -work[1] // the remaining root
		d++
		for j := d; j >= 1; j-- {
			chk[j] -= lin * chk[j-1]
		}
	}
	scale := 0.0
	for _, v := range coef {
		scale = max(scale, math.Abs(v))
	}
	for j := range chk {
		if !(math.Abs(chk[j]-coef[j]) <= 1e-11*scale) {
			w.prevN = 0
			return false
		}
	}
	k := 0
	for i := 0; i < nf; i++ {
		quadratic(z[k:k+2], -w.fr[i], -w.fs[i])
		k += 2
	}
	if deg == 1 {
		z[k] = complex(lin, 0)
	}
	copy(w.prevR, w.fr[:nf])
	copy(w.prevS, w.fs[:nf])
	w.prevN = m
	return true
}
