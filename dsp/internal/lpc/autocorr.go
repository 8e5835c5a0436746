package lpc

// Autocorrelate sets r[k] = Σₙ x[n]·x[n+k] for k = 0 … len(r)−1, the
// (biased, unnormalised) autocorrelation of the frame x with zeros outside
// it. Lags at or beyond len(x) are zero. It allocates nothing.
func Autocorrelate(r, x []float64) {
	n := len(x)
	for k := range r {
		if k >= n {
			r[k] = 0
			continue
		}
		// Four partial sums let the loop run without a serial dependency
		// on one accumulator; this lag loop is the hottest part of LPC
		// analysis.
		var s0, s1, s2, s3 float64
		a := x[:n-k]
		b := x[k:n]
		b = b[:len(a)]
		i := 0
		for ; i+4 <= len(a); i += 4 {
			s0 += a[i] * b[i]
			s1 += a[i+1] * b[i+1]
			s2 += a[i+2] * b[i+2]
			s3 += a[i+3] * b[i+3]
		}
		for ; i < len(a); i++ {
			s0 += a[i] * b[i]
		}
		r[k] = (s0 + s1) + (s2 + s3)
	}
}
