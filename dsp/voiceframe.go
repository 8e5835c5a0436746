package dsp

import (
	"math"

	"github.com/callveil/callveil/dsp/internal/fft"
	"github.com/callveil/callveil/dsp/internal/lpc"
)

// voiceFrame is the per-frame voice analysis that VoiceMeter and VoiceMap
// share, so that the statistics the first pass measures are the ones the
// second pass normalises: from one frame's half spectrum it computes the
// power spectrum, the autocorrelation (one inverse FFT of the power
// spectrum), the fundamental frequency (the normalised autocorrelation's
// highest peak between 60 and 400 Hz, corrected for the analysis window's
// own autocorrelation), and the all-pole envelope (Levinson–Durbin on the
// lag-windowed autocorrelation; |A(ω)|² on every bin by one FFT of the
// prediction polynomial). It allocates nothing after newVoiceFrame.
type voiceFrame struct {
	rate, size, bins int
	order            int
	minLag, maxLag   int
	plan             fft.Transform
	wacf             []float64 // the analysis window's autocorrelation, normalised to wacf[0] = 1
	lagWin           []float64 // Gaussian lag window for the envelope, 40 Hz
	winPower         float64   // Σ w², for the frame's mean square

	pow     []float32   // |X|², cap bins+peakPad
	cspec   []complex64 // scratch spectrum
	buf     []float32   // scratch time frame
	r, a, k []float64
	a2      []float32 // |A(ω_b)|² per bin
	// smooth, when set, also gives a2s: the envelope of a lower order
	// with a wider lag window, which keeps the formants and drops the
	// finer detail of the speaker's envelope.
	smooth     bool
	sOrder     int
	sLagWin    []float64
	sr, sa, sk []float64
	a2s        []float32
	buf0       []float32 // the autocorrelation's first lags, kept for a2s

	// results of the last analyse
	energy  float64 // Σ|X|² over the half spectrum
	meanSq  float64 // mean square of the unwindowed frame, estimated
	f0      float64 // Hz, 0 when unvoiced
	clarity float64 // normalised autocorrelation at the period
	hfc     float32 // high-frequency content (onset measure)
	maxP    float32
	envOK   bool
}

// voicingThreshold is the normalised autocorrelation a frame's period must
// reach for the frame to count as voiced.
const voicingThreshold = 0.5

// voiceSilence is the mean square (about −55 dBFS) below which a frame is
// treated as silence: no f0, no envelope, no contribution to the
// statistics.
const voiceSilence = 3e-6

func newVoiceFrame(rate, size int, win []float32, order int) *voiceFrame {
	bins := size/2 + 1
	v := &voiceFrame{
		rate: rate, size: size, bins: bins, order: order,
		minLag: max(rate/400, 2), maxLag: min(rate/60, size/2-2),
		plan:   fft.NewReal(size),
		wacf:   make([]float64, size/2+1),
		lagWin: make([]float64, order+1),
		pow:    make([]float32, bins, bins+peakPad),
		cspec:  make([]complex64, bins),
		buf:    make([]float32, size),
		r:      make([]float64, order+1),
		a:      make([]float64, order+1),
		k:      make([]float64, order),
		a2:     make([]float32, bins),
	}
	// The window's circular autocorrelation, as the frame's is computed.
	for l := range v.wacf {
		var s float64
		for t := range size {
			s += float64(win[t]) * float64(win[(t+l)%size])
		}
		v.wacf[l] = s
	}
	v.winPower = v.wacf[0]
	for l := range v.wacf {
		v.wacf[l] /= v.winPower
	}
	const lagHz = 40
	for l := range v.lagWin {
		g := 2 * math.Pi * lagHz * float64(l) / float64(rate)
		v.lagWin[l] = math.Exp(-0.5 * g * g)
	}
	return v
}

// analyse runs the analysis on one frame's half spectrum X.
func (v *voiceFrame) analyse(X []complex64) {
	v.f0, v.clarity, v.envOK = 0, 0, false
	v.hfc, v.maxP = powerSpectrum(X, v.pow)
	var e float64
	for _, p := range v.pow {
		e += float64(p)
	}
	v.energy = e
	// Parseval over the half spectrum (counted twice except the ends),
	// divided by the window's power: the frame's mean square.
	v.meanSq = 2 * e / float64(v.size) / v.winPower
	if !(v.meanSq > voiceSilence) || math.IsInf(e, 0) {
		return
	}
	for b, p := range v.pow {
		v.cspec[b] = complex(p, 0)
	}
	v.plan.Inverse(v.buf, v.cspec) // buf[l] ∝ circular autocorrelation
	r0 := float64(v.buf[0])
	if !(r0 > 0) {
		return
	}
	// Fundamental frequency.
	best, bestLag := 0.0, 0
	nacf := func(l int) float64 { return float64(v.buf[l]) / r0 / v.wacf[l] }
	for l := v.minLag; l <= v.maxLag; l++ {
		if c := nacf(l); c > best {
			best, bestLag = c, l
		}
	}
	if best >= voicingThreshold && bestLag > v.minLag && bestLag < v.maxLag {
		// A period's multiples correlate nearly as well: prefer the
		// shortest lag that comes within 10 % of the best.
		for m := 4; m >= 2; m-- {
			l := int(math.Round(float64(bestLag) / float64(m)))
			if l <= v.minLag {
				continue
			}
			// the local maximum around l
			for _, d := range [2]int{-1, 1} {
				if nacf(l+d) > nacf(l) {
					l += d
				}
			}
			if c := nacf(l); c >= 0.9*best && l > v.minLag {
				bestLag, best = l, c
				break
			}
		}
		// Parabolic interpolation of the peak.
		y0, y1, y2 := nacf(bestLag-1), nacf(bestLag), nacf(bestLag+1)
		lag := float64(bestLag)
		if den := y0 - 2*y1 + y2; den < 0 {
			lag += 0.5 * (y0 - y2) / den
		}
		v.f0, v.clarity = float64(v.rate)/lag, best
	}
	// Envelope.
	for l := range v.r {
		v.r[l] = float64(v.buf[l]) * v.lagWin[l]
	}
	copy(v.buf0, v.buf[:len(v.buf0)])
	v.r[0] *= 1 + 1e-6
	if _, got := lpc.Levinson(v.a, v.k, v.r); got == 0 {
		return
	}
	clear(v.buf)
	for i, c := range v.a {
		v.buf[i] = float32(c)
	}
	v.plan.Forward(v.cspec, v.buf)
	for b, c := range v.cspec {
		v.a2[b] = real(c)*real(c) + imag(c)*imag(c)
	}
	v.envOK = true
	if !v.smooth {
		return
	}
	for l := range v.sr {
		v.sr[l] = float64(v.buf0[l]) * v.sLagWin[l]
	}
	v.sr[0] *= 1 + 1e-4
	if _, got := lpc.Levinson(v.sa, v.sk, v.sr); got == 0 {
		copy(v.a2s, v.a2)
		return
	}
	clear(v.buf)
	for i, c := range v.sa {
		v.buf[i] = float32(c)
	}
	v.plan.Forward(v.cspec, v.buf)
	for b, c := range v.cspec {
		v.a2s[b] = real(c)*real(c) + imag(c)*imag(c)
	}
}

// enableSmooth sets up the smoothed envelope of the given order and lag
// window width (Hz).
func (v *voiceFrame) enableSmooth(order int, lagHz float64) {
	v.smooth, v.sOrder = true, order
	v.sLagWin = make([]float64, order+1)
	for l := range v.sLagWin {
		g := 2 * math.Pi * lagHz * float64(l) / float64(v.rate)
		v.sLagWin[l] = math.Exp(-0.5 * g * g)
	}
	v.sr = make([]float64, order+1)
	v.sa = make([]float64, order+1)
	v.sk = make([]float64, order)
	v.a2s = make([]float32, v.bins)
	v.keepLags(order + 1)
}

// keepLags makes analyse keep at least the first n lags of the
// autocorrelation in buf0.
func (v *voiceFrame) keepLags(n int) {
	if len(v.buf0) < n {
		v.buf0 = make([]float32, n)
	}
}
