package dsp

import (
	"math"
	"math/cmplx"
	"slices"

	"github.com/callveil/callveil/dsp/internal/lpc"
)

// formantTracker finds the resonances of one analysed voiceFrame from the
// roots of an all-pole model with two poles fewer than the envelope's and
// a wider (120 Hz) lag window: the sharp model latches onto the harmonics
// of high voices. VoiceMeter and VoiceMap share it, so the formants the
// first pass measures are the ones the second pass normalises. It
// allocates nothing after newFormantTracker.
type formantTracker struct {
	rate             float64
	r, a, k, lag     []float64
	roots            *lpc.RootFinder
	rootBuf          []complex128
	cands, bandwidth []float64
}

// newFormantTracker returns a tracker for frames of v; it makes v keep the
// autocorrelation lags it needs.
func newFormantTracker(v *voiceFrame) *formantTracker {
	order := v.order - 2
	t := &formantTracker{
		rate: float64(v.rate),
		r:    make([]float64, order+1), a: make([]float64, order+1), k: make([]float64, order), lag: make([]float64, order+1),
		roots:     lpc.NewRootFinder(order),
		rootBuf:   make([]complex128, order),
		cands:     make([]float64, 0, order),
		bandwidth: make([]float64, 0, order),
	}
	for l := range t.lag {
		g := 2 * math.Pi * 120 * float64(l) / float64(v.rate)
		t.lag[l] = math.Exp(-0.5 * g * g)
	}
	v.keepLags(order + 1)
	return t
}

// resonances returns the frequencies, in Hz and ascending, of the model's
// sharp resonances (bandwidth below 600 Hz) from lo Hz to 250 Hz below the
// Nyquist frequency, for a frame v has just analysed with an envelope;
// nil when the model fails. The slice is reused by the next call.
func (t *formantTracker) resonances(v *voiceFrame, lo float64) []float64 {
	for l := range t.r {
		t.r[l] = float64(v.buf0[l]) * t.lag[l]
	}
	t.r[0] *= 1 + 1e-6
	if _, got := lpc.Levinson(t.a, t.k, t.r); got < 6 {
		return nil
	}
	roots, err := t.roots.Roots(t.rootBuf, t.a)
	if err != nil {
		return nil
	}
	fs := t.cands[:0]
	for _, z := range roots {
		if imag(z) <= 0 {
			continue
		}
		f := cmplx.Phase(z) * t.rate / (2 * math.Pi)
		bw := -math.Log(cmplx.Abs(z)) * t.rate / math.Pi
		if f > lo && f < t.rate/2-250 && bw < 600 {
			fs = append(fs, f)
		}
	}
	slices.Sort(fs)
	t.cands = fs
	return fs
}

// formantRanges are where F1, F2 and F3 are looked for, in Hz, and
// formantGap the least distance between two of them: adult vowels'
// formants (Peterson & Barney 1952, Hillenbrand et al. 1995) with room for
// the telephone band's 300 Hz high-pass, which pushes F1's apparent peak
// up.
var formantRanges = [3][2]float64{{250, 1100}, {800, 2700}, {1700, 3700}}

const formantGap = 200

// track returns F1, F2 and F3, in Hz, of a voiced frame v has just
// analysed with an envelope (see pickFormants).
func (t *formantTracker) track(v *voiceFrame) [3]float64 {
	return pickFormants(t.resonances(v, formantRanges[0][0]))
}

// pickFormants returns F1, F2 and F3 from resonances fs (ascending, in Hz):
// in order, the lowest resonance inside each formant's range and at least
// formantGap above the one before. A formant not found is 0 (and the ones
// after it are looked for above the last one found).
func pickFormants(fs []float64) (f [3]float64) {
	prev, j := 0.0, 0
	for i, r := range formantRanges {
		for j < len(fs) && (fs[j] < r[0] || fs[j] < prev+formantGap) {
			j++
		}
		if j < len(fs) && fs[j] <= r[1] {
			f[i], prev = fs[j], fs[j]
			j++
		}
	}
	return f
}
