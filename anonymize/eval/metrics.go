package eval

import (
	"math"
	"slices"
)

// EER returns the equal error rate of a verifier that accepts a trial when
// its score is at least a threshold, given the scores of target (same
// speaker) and non-target trials. The threshold sweeps every distinct score
// from low to high; the false rejection rate FRR(t) (targets below t) rises
// and the false acceptance rate FAR(t) (non-targets at or above t) falls. At
// the first threshold where FRR ≥ FAR the two curves have crossed since the
// previous threshold, and EER is where the straight lines between those two
// operating points meet. It returns NaN when either list is empty.
func EER(target, nonTarget []float64) float64 {
	if len(target) == 0 || len(nonTarget) == 0 {
		return math.NaN()
	}
	thr := make([]float64, 0, len(target)+len(nonTarget)+1)
	thr = append(thr, target...)
	thr = append(thr, nonTarget...)
	slices.Sort(thr)
	thr = slices.Compact(thr)
	thr = append(thr, math.Inf(1))
	t := slices.Sorted(slices.Values(target))
	n := slices.Sorted(slices.Values(nonTarget))
	rates := func(th float64) (far, frr float64) {
		below := func(s []float64) int { i, _ := slices.BinarySearch(s, th); return i }
		frr = float64(below(t)) / float64(len(t))
		far = 1 - float64(below(n))/float64(len(n))
		return far, frr
	}
	prevFAR, prevFRR := 1.0, 0.0 // threshold −∞: accept all
	for _, th := range thr {
		far, frr := rates(th)
		if frr >= far {
			d0, d1 := prevFAR-prevFRR, far-frr // d0 > 0 ≥ d1
			if d0 == d1 {
				return (far + frr) / 2
			}
			a := d0 / (d0 - d1)
			return prevFAR + a*(far-prevFAR)
		}
		prevFAR, prevFRR = far, frr
	}
	return 0 // unreachable: at +∞ FRR = 1 ≥ FAR = 0
}

// Linkability returns the global linkability D↔sys of Gomez-Barrero et al.
// (2017) from mated (same subject) and non-mated scores. With the score
// densities p(s|Hm) and p(s|Hnm), LR(s) = p(s|Hm)/p(s|Hnm) and the prior
// ratio ω = 1, the local measure is D↔(s) = 2·LR(s)ω/(1 + LR(s)ω) − 1 where
// LR(s)ω > 1 and 0 elsewhere; D↔sys = ∫ p(s|Hm) D↔(s) ds, in [0, 1]: 0 when
// the mated and non-mated scores are distributed alike, 1 when they never
// overlap. The densities are histograms with bins equal-width bins over the
// range of all scores (0 means 30, as in the VoicePrivacy implementation), a
// bin holding mated but no non-mated scores counts D↔ = 1, and the integral
// is the sum over bins of D↔ times the share of mated scores in the bin.
// It returns NaN when either list is empty.
func Linkability(mated, nonMated []float64, bins int) float64 {
	if len(mated) == 0 || len(nonMated) == 0 {
		return math.NaN()
	}
	if bins <= 0 {
		bins = 30
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range append(slices.Clip(mated), nonMated...) {
		lo, hi = min(lo, s), max(hi, s)
	}
	hm, hn := make([]float64, bins), make([]float64, bins)
	bin := func(s float64) int {
		if hi <= lo {
			return 0
		}
		return min(int((s-lo)/(hi-lo)*float64(bins)), bins-1)
	}
	for _, s := range mated {
		hm[bin(s)] += 1 / float64(len(mated))
	}
	for _, s := range nonMated {
		hn[bin(s)] += 1 / float64(len(nonMated))
	}
	var d float64
	for i := range hm {
		if hm[i] == 0 {
			continue
		}
		local := 1.0
		if hn[i] > 0 {
			lr := hm[i] / hn[i]
			local = 0
			if lr > 1 {
				local = 2*lr/(1+lr) - 1
			}
		}
		d += hm[i] * local
	}
	return d
}

// MissAtFAR returns the miss rate (the share of target scores rejected) at
// the lowest threshold whose false acceptance rate is at most far: the
// verifier accepts scores strictly above the (k+1)-th highest non-target
// score, k = ⌊far·len(nonTarget)⌋. It shows leaks that the EER hides: a
// few target trials that score above every non-target one. NaN when either
// list is empty.
func MissAtFAR(target, nonTarget []float64, far float64) float64 {
	if len(target) == 0 || len(nonTarget) == 0 {
		return math.NaN()
	}
	n := slices.Sorted(slices.Values(nonTarget))
	k := int(math.Floor(far * float64(len(n))))
	if k >= len(n) {
		return 0
	}
	th := n[len(n)-1-k]
	var miss int
	for _, s := range target {
		if s <= th {
			miss++
		}
	}
	return float64(miss) / float64(len(target))
}
