package dsp

// The FormantProcessor's per-frame linear algebra, in float64: the lag
// products of the autocorrelation and the cosine series of the envelope.
// On amd64 the vector parts run in AVX (asm_amd64.s), four lanes at once,
// with the same operations in the same order as these Go loops, which are
// the reference (and the code elsewhere). They were most of the cost of
// the Cascade voice.

// dotPair returns Σ a0[i]·b0[i] and Σ a1[i]·b1[i] over i < len(a0) (the
// other slices at least as long), each summed in four lanes (i mod 4)
// over the first len(a0) &^ 3 terms, the lanes added as (l0+l1)+(l2+l3),
// then the remaining terms added in order.
func dotPair(a0, b0, a1, b1 []float64) (s, t float64) {
	n := len(a0)
	b0, a1, b1 = b0[:n], a1[:n], b1[:n]
	m := n &^ 3
	if haveAVX && m > 0 {
		s, t = dotPairAVX(&a0[0], &b0[0], &a1[0], &b1[0], m)
	} else {
		var l, r [4]float64
		for i := 0; i < m; i += 4 {
			l[0] += a0[i] * b0[i]
			l[1] += a0[i+1] * b0[i+1]
			l[2] += a0[i+2] * b0[i+2]
			l[3] += a0[i+3] * b0[i+3]
			r[0] += a1[i] * b1[i]
			r[1] += a1[i+1] * b1[i+1]
			r[2] += a1[i+2] * b1[i+2]
			r[3] += a1[i+3] * b1[i+3]
		}
		s, t = (l[0]+l[1])+(l[2]+l[3]), (r[0]+r[1])+(r[2]+r[3])
	}
	for i := m; i < n; i++ {
		s += a0[i] * b0[i]
		t += a1[i] * b1[i]
	}
	return s, t
}

// addCosines4 adds (c0·g0[b] + c1·g1[b]) + (c2·g2[b] + c3·g3[b]) to
// dst[b] for b < len(dst), where gq = g[q·stride:].
func addCosines4(dst, g []float64, stride int, c *[4]float64) {
	n := len(dst)
	g0, g1, g2, g3 := g[:n], g[stride:][:n], g[2*stride:][:n], g[3*stride:][:n]
	m := 0
	if haveAVX {
		m = n &^ 3
		if m > 0 {
			addCosines4AVX(&dst[0], &g0[0], stride, m, c)
		}
	}
	c0, c1, c2, c3 := c[0], c[1], c[2], c[3]
	for b := m; b < n; b++ {
		dst[b] += (c0*g0[b] + c1*g1[b]) + (c2*g2[b] + c3*g3[b])
	}
}

// addCosines2x2 adds c0·g0[b] + c2·g2[b] to odd[b] and c1·g1[b] + c3·g3[b]
// to even[b] for b < len(odd) (even as long), where gq = g[q·stride:].
func addCosines2x2(odd, even, g []float64, stride int, c *[4]float64) {
	n := len(odd)
	even = even[:n]
	g0, g1, g2, g3 := g[:n], g[stride:][:n], g[2*stride:][:n], g[3*stride:][:n]
	m := 0
	if haveAVX {
		m = n &^ 3
		if m > 0 {
			addCosines2x2AVX(&odd[0], &even[0], &g0[0], stride, m, c)
		}
	}
	c0, c1, c2, c3 := c[0], c[1], c[2], c[3]
	for b := m; b < n; b++ {
		odd[b] += c0*g0[b] + c2*g2[b]
		even[b] += c1*g1[b] + c3*g3[b]
	}
}
