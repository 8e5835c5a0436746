package lpc

// AnalysisFilter runs x through the all-zero inverse filter A(z) starting
// from rest: dst[n] = Σⱼ a[j]·x[n−j] with x[n] = 0 for n < 0. The output is
// the prediction residual (excitation) of the frame. dst and x must have
// equal lengths and must not overlap. It panics otherwise.
func AnalysisFilter(dst, x, a []float64) {
	if len(dst) != len(x) {
		panic("lpc: AnalysisFilter: len(dst) != len(x)")
	}
	p := len(a) - 1
	for n := range x {
		s := 0.0
		m := min(n, p)
		for j := 0; j <= m; j++ {
			s += a[j] * x[n-j]
		}
		dst[n] = s
	}
}

// SynthesisFilter runs e through the all-pole filter 1/A(z) starting from
// rest: dst[n] = (e[n] − Σⱼ₌₁ a[j]·dst[n−j]) / a[0]. dst and e must have
// equal lengths; dst may be e itself (in-place filtering). It panics if the
// lengths differ.
func SynthesisFilter(dst, e, a []float64) {
	if len(dst) != len(e) {
		panic("lpc: SynthesisFilter: len(dst) != len(e)")
	}
	p := len(a) - 1
	inv := 1 / a[0]
	for n := range e {
		s := e[n]
		m := min(n, p)
		for j := 1; j <= m; j++ {
			s -= a[j] * dst[n-j]
		}
		dst[n] = s * inv
	}
}
