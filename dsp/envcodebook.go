package dsp

import "math"

// VoiceCodebook pulls each voiced frame's spectral envelope part-way toward
// a shared, speaker-independent one: vector-quantisation envelope mapping
// after Abe, Nakamura, Shikano & Kuwabara ("Voice conversion through
// vector quantization", ICASSP 1988). The envelope VoiceMap is about to
// impose (after its warp) is described by its low-order cepstrum over
// 0-4 kHz with the speaker's running mean removed; the nearest codeword of
// a 64-word codebook trained offline (envCodebookCentroids, see
// envcodebook_table.go and its generator) names the frame's phone class,
// and the envelope is moved by Mix of the way to that class's codeword in
// the target sub-codebook Voice (the mean, per class, of one of the
// training voices). The phone (the class) is kept; the speaker's own
// detail within the class is replaced, in part, by another voice's.
//
// The codebook is trained on the synthetic voices of testdata/voices/8k
// (TestEnvelopeCodebook_Generate writes envcodebook_table.go). Measured
// against anonymize/eval's attackers on real 8 kHz speech (see the
// anonymize package doc), it raised the ignorant attacker's EER by at most
// one EER step (1.7 points over two key pairs) and moved the lazy- and
// semi-informed ones by no more than a step either way, whatever the mix
// or target, so it is off by default; it costs 1.2-1.4× VoiceMap's CPU
// and allocates nothing per block. The zero value (Mix 0) leaves the
// envelope as it is.
type VoiceCodebook struct {
	// Mix is how far, in [0, 1], each voiced frame's mean-normalised
	// cepstrum moves toward its target codeword; 0 is off.
	Mix float64
	// Voice picks the target sub-codebook, in [0, VoiceCodebookVoices).
	Voice int
}

// VoiceCodebookVoices is the number of target sub-codebooks a
// VoiceCodebook can pick from: one per voice the codebook was trained on.
const VoiceCodebookVoices = envCBVoices

// The codebook's shape: cepstral coefficients c1..c16 of the natural-log
// power envelope over 0-4 kHz (so the same codebook serves 8 and 16 kHz),
// 64 codewords, and the running mean's time constant.
const (
	envCBOrder       = 16
	envCBSize        = 64
	envCBMaxHz       = 4000
	envCBMeanSeconds = 1.0
	envCBVoices      = 8
	// envCBSmooth is the one-pole smoothing of the frame's cepstral
	// change, so a switch of class between frames does not click.
	envCBSmooth = 0.5
)

// envQuantiser computes the codebook's features of an envelope and the
// change that moves it toward a codeword. It holds tables and one scratch
// row; the per-channel state is envCBState. The envelope is read on a
// coarse grid (every step-th bin, about 62.5 Hz apart, plenty for 16
// coefficients) and the change is interpolated back to every bin, which
// keeps the option's cost to 20-40 % of VoiceMap's (1.2-1.4x with it on).
type envQuantiser struct {
	nb    int                  // bins from 0 to envCBMaxHz (or the Nyquist frequency)
	step  int                  // bins between grid points
	np    int                  // grid points: bins 0, step, …, (np−1)·step < nb
	cos   []float32            // np × envCBOrder: cos(n·π·f/envCBMaxHz)
	w     []float64            // trapezoid weights over the grid, summing to 1
	gc    []float32            // scratch: the gain on the grid
	alpha float64              // the running mean's coefficient per frame
	init  *[envCBOrder]float32 // the running mean's start: envCodebookMean
}

// envCBState is one channel's running mean and smoothed change.
type envCBState struct {
	mean   [envCBOrder]float64
	meanOK bool
	d      [envCBOrder]float64
}

func newEnvQuantiser(rate, bins, hop int, binHz float64) *envQuantiser {
	nb := min(int(math.Floor(envCBMaxHz/binHz))+1, bins)
	step := max(int(math.Round(envCBMaxHz/64/binHz)), 1)
	np := (nb-1)/step + 1
	q := &envQuantiser{nb: nb, step: step, np: np, cos: make([]float32, np*envCBOrder), w: make([]float64, np), gc: make([]float32, np)}
	for j := range np {
		w := math.Pi * float64(j*step) * binHz / envCBMaxHz
		for n := range envCBOrder {
			q.cos[j*envCBOrder+n] = float32(math.Cos(float64(n+1) * w))
		}
		q.w[j] = 1
		if j == 0 || j == np-1 {
			q.w[j] = 0.5
		}
	}
	var s float64
	for _, w := range q.w {
		s += w
	}
	for j := range q.w {
		q.w[j] /= s
	}
	q.alpha = float64(hop) / (float64(rate) * envCBMeanSeconds)
	q.init = &envCodebookMean
	return q
}

// cepstrum sets c to the cepstrum c1..c16 of the log power envelope L
// (natural log, on the grid: L[j] at bin j·step).
func (q *envQuantiser) cepstrum(c *[envCBOrder]float64, L []float32) {
	*c = [envCBOrder]float64{}
	for j, l := range L[:q.np] {
		wl := q.w[j] * float64(l)
		row := q.cos[j*envCBOrder : (j+1)*envCBOrder]
		for n, cv := range row {
			c[n] += wl * float64(cv)
		}
	}
}

// normalise updates st's running mean with x (a voiced frame's cepstrum)
// and returns x with the mean removed. The mean starts at the training
// data's (envCodebookMean).
func (q *envQuantiser) normalise(st *envCBState, x *[envCBOrder]float64) (z [envCBOrder]float64) {
	if !st.meanOK {
		for n := range st.mean {
			st.mean[n] = float64(q.init[n])
		}
		st.meanOK = true
	}
	for n := range x {
		st.mean[n] += q.alpha * (x[n] - st.mean[n])
		z[n] = x[n] - st.mean[n]
	}
	return z
}

// nearestCodeword returns the index of the codeword nearest to z
// (Euclidean distance of cepstra: the log-spectral distance).
func nearestCodeword(z *[envCBOrder]float64) int {
	best, bestD := 0, math.Inf(1)
	for k := range envCodebookCentroids {
		cw := &envCodebookCentroids[k]
		var d float64
		for n, v := range z {
			e := v - float64(cw[n])
			if d += e * e; d >= bestD {
				break // partial distance elimination: already farther
			}
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// change updates st's smoothed cepstral change for one frame: toward
// Mix·(T[k] − z) for a voiced frame's z, toward zero otherwise.
func (q *envQuantiser) change(st *envCBState, cb *VoiceCodebook, z *[envCBOrder]float64, voiced bool) {
	var tgt [envCBOrder]float64
	if voiced {
		k := nearestCodeword(z)
		t := &envCodebookVoices[cb.Voice][k]
		for n := range tgt {
			tgt[n] = cb.Mix * (float64(t[n]) - z[n])
		}
	}
	for n := range st.d {
		st.d[n] += envCBSmooth * (tgt[n] - st.d[n])
	}
}

// gains sets g[o], for the first nb bins, to the power gain of st's
// change: exp of the log envelope 2·Σ dₙ cos(n·ω), bounded to ±26 dB,
// computed on the grid and interpolated linearly between its points.
func (q *envQuantiser) gains(g []float32, st *envCBState) {
	for j := range q.gc {
		row := q.cos[j*envCBOrder : (j+1)*envCBOrder]
		var s float64
		for n, cv := range row {
			s += st.d[n] * float64(cv)
		}
		q.gc[j] = float32(math.Exp(min(max(2*s, -6), 6)))
	}
	inv := 1 / float32(q.step)
	for o := range g[:q.nb] {
		j := o / q.step
		if j >= q.np-1 {
			g[o] = q.gc[q.np-1]
			continue
		}
		u := float32(o-j*q.step) * inv
		g[o] = q.gc[j] + u*(q.gc[j+1]-q.gc[j])
	}
}
