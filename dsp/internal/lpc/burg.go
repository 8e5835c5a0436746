package lpc

import "math"

// Burg estimates the prediction polynomial a[0…p] (a[0] = 1) and the
// reflection coefficients k[0…p−1] of the frame x with Burg's method,
// which minimises the sum of forward and backward prediction errors over
// the frame without assuming zeros outside it (J. P. Burg, 1975; the
// formulation follows S. L. Marple, "A new autoregressive spectrum analysis
// algorithm", IEEE Trans. ASSP 28(4), 1980, and is what librosa.lpc, and so
// the VoicePrivacy B2 baseline, computes). Compared with the autocorrelation
// method it resolves sharp resonances in short frames instead of smearing
// them by the window's main lobe, and every |k| is still below 1, so the
// model is stable.
//
// fw and bw are scratch slices of len(x) (the forward and backward errors);
// their contents are overwritten. Like Levinson it returns the final error
// power (per sample) and the order reached: the recursion stops early when
// the errors vanish (the frame is exactly predictable) or a reflection
// coefficient reaches MaxReflection; a silent frame gives the identity
// polynomial and order 0.
//
// It panics if len(k) != len(a)−1 or the scratch slices are shorter than x.
// It allocates nothing.
func Burg(a, k, x, fw, bw []float64) (predErr float64, order int) {
	p := len(a) - 1
	if len(k) != p || len(fw) < len(x) || len(bw) < len(x) {
		panic("lpc: Burg: need len(k) == len(a)-1 and scratch of len(x)")
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
	n := len(x)
	f, b := fw[:n], bw[:n]
	copy(f, x)
	copy(b, x)
	e := 0.0
	for _, v := range x {
		e += v * v
	}
	if !(e > 0) || math.IsInf(e, 0) || n == 0 {
		return 0, 0
	}
	e /= float64(n)
	// Stage 1 sums: num = Σ f[i]·b[i−1], den = Σ f[i]² + b[i−1]² over
	// i = 1 … n−1. Later stages get den from Marple's recursion
	// den′ = (1 − k²)·den − f[m]² − b[n−1]², saving a pass per stage.
	var num, den float64
	for i := 1; i < n; i++ {
		fv, bv := f[i], b[i-1]
		num += fv * bv
		den += fv*fv + bv*bv
	}
	for m := 1; m <= p && m < n; m++ {
		if !(den > 0) {
			return e, m - 1
		}
		km := -2 * num / den
		if !(math.Abs(km) < MaxReflection) {
			return e, m - 1
		}
		stepUp(a, m, km)
		k[m-1] = km
		e *= 1 - km*km
		// Update from the top down so that b[i−1] is still the old value.
		for i := n - 1; i >= m; i-- {
			fv, bv := f[i], b[i-1]
			f[i] = fv + km*bv
			b[i] = bv + km*fv
		}
		// Next stage's num = Σ f[i]·b[i−1], i = m+1 … n−1, with four
		// accumulators (a separate pass beats one fused with the update,
		// whose single accumulator is a chain of dependent additions).
		var s0, s1, s2, s3 float64
		fs := f[min(m+1, n):n]
		bs := b[m : m+len(fs)]
		i := 0
		for ; i+4 <= len(fs); i += 4 {
			s0 += fs[i] * bs[i]
			s1 += fs[i+1] * bs[i+1]
			s2 += fs[i+2] * bs[i+2]
			s3 += fs[i+3] * bs[i+3]
		}
		for ; i < len(fs); i++ {
			s0 += fs[i] * bs[i]
		}
		num = (s0 + s1) + (s2 + s3)
		den = (1-km*km)*den - f[m]*f[m] - b[n-1]*b[n-1]
	}
	return e, min(p, n-1)
}
