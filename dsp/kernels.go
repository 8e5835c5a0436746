package dsp

// The Go side of the assembly kernels (asm_amd64.s): each helper runs its
// kernel where haveAVX says it can and does the rest, or all of it, with
// the Go loop. Builds without kernels (asm_other.go) set the flags to
// false. peaks.go, peakphase.go and envelope.go hold the other helpers.

// dot8 returns Σ a[i]·b[i] for len(b) ≥ len(a), summed as dot does, with
// the AVX kernel when len(a) is a multiple of 8 (the resampler pads its
// rows to that). The resampler's filter, which is this dot product, was a
// sixth of a pitch shift; eight lanes at once make it about four times
// cheaper (BenchmarkResample).
func dot8(a, b []float32) float32 {
	if haveAVX && len(a) > 0 && len(a)%8 == 0 && len(b) >= len(a) {
		return dotAVX(&a[0], &b[0], len(a))
	}
	return dot(a, b)
}

// resampleRows computes the resampler's outputs out from the history x
// starting at x[0], the coefficient rows coef (taps each, a multiple of 8)
// and the first output's phase ph of up, stepping by down (see
// resampler.read). In assembly because the Go loop around dot8 cost as
// much as the dot products.
func resampleRows(out, x, coef []float32, taps int, ph, up, down int64) {
	if !haveAVX || len(out) == 0 {
		resampleRowsGo(out, x, coef, taps, ph, up, down)
		return
	}
	// What the kernel reads: the rows, and x up to the last output's
	// window, which starts ⌊(ph + (n−1)·down)/up⌋ samples on.
	last := (ph + int64(len(out)-1)*down) / up
	if taps <= 0 || taps%8 != 0 || int64(len(x)) < last+int64(taps) || int64(len(coef)) < up*int64(taps) {
		panic("dsp: resampleRows: taps not a multiple of 8, or slices too short")
	}
	resampleAVX(&out[0], len(out), &x[0], &coef[0], taps, int(ph), int(up), int(down))
}

// mulSlices sets dst[i] = a[i]·b[i] for i < len(dst) (a and b at least as
// long): the vocoder's analysis window.
func mulSlices(dst, a, b []float32) {
	n := len(dst)
	a, b = a[:n], b[:n]
	m := 0
	if haveAVX && n >= 8 {
		m = n &^ 7
		mulAVX(&dst[0], &a[0], &b[0], m)
	}
	for i := m; i < n; i++ {
		dst[i] = a[i] * b[i]
	}
}

// mulAddSlices adds a[i]·b[i] to acc[i] for i < len(acc) (a and b at
// least as long): the vocoder's overlap-add.
func mulAddSlices(acc, a, b []float32) {
	n := len(acc)
	a, b = a[:n], b[:n]
	m := 0
	if haveAVX && n >= 8 {
		m = n &^ 7
		mulAddAVX(&acc[0], &a[0], &b[0], m)
	}
	for i := m; i < n; i++ {
		acc[i] += a[i] * b[i]
	}
}
