package dsp

import "math"

// peakBatch holds, for the spectral peaks of one phase-vocoder frame, the
// inputs and results of the phase computation that identity phase locking
// does once per peak. It is a batch (structure of arrays, lengths rounded
// up to a multiple of 4) so that peakPhasesAVX can do four peaks at once:
// the two polynomial evaluations per peak were a quarter of a pitch shift
// when done one peak at a time.
type peakBatch struct {
	// inputs: the peak's X·conj(prev) (real, imaginary), its bin's
	// centre frequency in radians per sample, and its previous phase
	// offset
	dr, di, wk, theta []float64
	// results: the new phase offset and its cosine and sine
	th, cos, sin []float32
	// k holds the constants of peakPhasesAVX, and ha and hs.
	k peakConsts
}

// peakConsts is the constant table of peakPhasesAVX; the order is fixed
// by the offsets in peakphase_amd64.s.
type peakConsts [peakConstCount]float64

const peakConstCount = 29

// newPeakBatch returns a batch for up to n peaks.
func newPeakBatch(n int) *peakBatch {
	n = (n + 3) &^ 3
	b := &peakBatch{
		dr: make([]float64, n), di: make([]float64, n), wk: make([]float64, n), theta: make([]float64, n),
		th: make([]float32, n), cos: make([]float32, n), sin: make([]float32, n),
	}
	b.k = peakConsts{
		math.Float64frombits(0x7fffffffffffffff),                // 0: |·| mask
		math.Float64frombits(0x8000000000000000),                // 1: sign mask
		1, math.Pi, math.Pi / 2, 2 * math.Pi, 1 / (2 * math.Pi), // 2–6
		// 7–12: fastAtan2's polynomial, c0..c5
		0.99997726, -0.33262347, 0.19354346, -0.11643287, 0.05265332, -0.01172120,
		// 13–18: fastSincos's sine, p² coefficients from −1/3! to 1/13!
		-1.0 / 6, 1.0 / 120, -1.0 / 5040, 1.0 / 362880, -1.0 / 39916800, 1.0 / 6227020800,
		// 19–25: its cosine, −1/2! to −1/14!
		-0.5, 1.0 / 24, -1.0 / 720, 1.0 / 40320, -1.0 / 3628800, 1.0 / 479001600, -1.0 / 87178291200,
		// 26, 27: ha, hs (set per frame); 28: 0
		0, 0, 0,
	}
	return b
}

// peakPhases computes, for peaks [0, n) of b, with ha the analysis hop
// and hs the synthesis hop: the phase advance dphi = arg(dr + i·di), the
// instantaneous frequency wk + princarg(dphi − wk·ha)/ha, the new phase
// offset th = princarg(theta + inst·hs − dphi) (0 if it is NaN), rounded to
// float32, and its cosine and sine.
func (b *peakBatch) peakPhases(n int, ha, hs float64) {
	if n > len(b.dr) {
		panic("dsp: peakPhases: more peaks than the batch holds")
	}
	m := 0
	if haveAVX {
		m = n &^ 3
		if m > 0 {
			b.k[26], b.k[27] = ha, hs
			peakPhasesAVX(&b.dr[0], &b.di[0], &b.wk[0], &b.theta[0], &b.th[0], &b.cos[0], &b.sin[0], m, &b.k)
		}
	}
	for i := m; i < n; i++ {
		b.th[i], b.cos[i], b.sin[i] = peakPhase(b.dr[i], b.di[i], b.wk[i], b.theta[i], ha, hs)
	}
}

// peakPhase is one peak of peakPhases, the reference for the assembly.
func peakPhase(dr, di, wk, theta, ha, hs float64) (th, cos, sin float32) {
	dphi := fastAtan2(di, dr)
	inst := wk + princarg(dphi-wk*ha)/ha
	t := princarg(theta + inst*hs - dphi)
	if t != t {
		t = 0 // a NaN in the input must not poison every later frame
	}
	th = float32(t)
	sn, cs := fastSincos(float64(th))
	return th, float32(cs), float32(sn)
}
