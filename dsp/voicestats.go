package dsp

import (
	"fmt"
	"math"
)

// VoiceStats are one speaker's long-term voice statistics, as a VoiceMeter
// measures them over a whole channel. They are what VoiceMap cancels: the
// speaker's own pitch level and range, vocal-tract length (formant scale)
// and long-term spectrum.
type VoiceStats struct {
	// F0Median is the median fundamental frequency of the voiced frames,
	// in Hz; 0 when fewer than MinVoicedFrames were voiced.
	F0Median float64
	// F0Spread is the spread of log₂ f0 over the voiced frames, in
	// octaves: the interquartile range divided by 1.349 (the standard
	// deviation for a normal distribution, robust to octave errors).
	F0Spread float64
	// FormantScale is the median over voiced frames of the geometric mean
	// of F2/1500 and F3/2500 Hz, the formants taken as the two lowest
	// sharp resonances above 850 Hz of an LPC model with a 120 Hz lag
	// window: about 1 for a 17.5 cm vocal tract (the neutral tube whose
	// formants those are), larger for shorter tracts. On the real-speech
	// set at 8 kHz it is 0.9-1.05 for the low voices and 1.05-1.25 for
	// the high ones. 0 when unknown.
	FormantScale float64
	// Formants are the medians of F1, F2 and F3 over the voiced frames,
	// in Hz (see formantTracker: the lowest sharp resonance of the
	// formant model inside 250-1100, 800-2700 and 1700-3700 Hz, each at
	// least 200 Hz above the one before), and FormantSpread their spreads
	// of log₂ frequency in octaves (interquartile range / 1.349): the
	// centre and size of the speaker's vowel space, which VoiceMap's
	// formant normalisation cancels. 0 when fewer than MinVoicedFrames
	// frames gave that formant.
	Formants, FormantSpread [3]float64
	// Tilt is the slope of LTAS against log frequency from 300 Hz to 0.85
	// of the Nyquist frequency, in dB per octave.
	Tilt float64
	// LTAS is the long-term average spectrum of the frames above −55 dBFS,
	// in dB, smoothed over about 150 Hz, at evenly spaced frequencies from
	// 0 to the Nyquist frequency (both included). nil when no frame was
	// loud enough.
	LTAS []float64
	// Frames and VoicedFrames count the analysed frames.
	Frames, VoicedFrames int
}

// MinVoicedFrames is how many voiced frames a VoiceMeter needs before it
// reports a pitch or formant scale.
const MinVoicedFrames = 10

// VoiceMeter measures VoiceStats over a stream of one channel's samples,
// fed block by block with Write. Its memory is fixed by the sample rate
// (a few histograms and one frame), whatever the length of the input.
// Frames are VoiceMap's (64 ms at 8 kHz) with a hop of half a frame.
type VoiceMeter struct {
	vf       *voiceFrame
	win      []float32
	hist     []float32 // the last size samples
	fill     int       // samples in hist
	sinceHop int
	hop      int
	frame    []float32
	spec     []complex64
	ltas     []float64
	active   int
	f0Hist   []int    // log₂ f0 in 1/96 octave bins from log₂ 50
	folded   []int    // f0Hist with octave errors folded back (Stats)
	fsHist   []int    // log₂ formant scale in 1/96 octave bins from −1
	fmHist   [3][]int // log₂ F1, F2, F3 in 1/96 octave bins from log₂ 125
	ft       *formantTracker
	frames   int
	voiced   int
}

const (
	f0HistLo   = 5.643856 // log₂ 50
	histPerOct = 96
	f0HistBins = 4 * histPerOct // 50 Hz … 800 Hz
	fsHistBins = 2 * histPerOct // scale 0.5 … 2
	fmHistLo   = 6.965784       // log₂ 125
	fmHistBins = 6 * histPerOct // 125 Hz … 8 kHz
)

// NewVoiceMeter returns a VoiceMeter for samples at rate Hz. It returns an
// error wrapping ErrInvalidOptions for rates below 4 kHz.
func NewVoiceMeter(rate int) (*VoiceMeter, error) {
	if rate < 4000 || rate > 384000 {
		return nil, fmt.Errorf("%w: voice meter: rate %d Hz is outside [4000, 384000]", ErrInvalidOptions, rate)
	}
	size := voiceMapFrameSize(rate)
	win := sqrtHann(size, 1)
	order := DefaultFormantOrder(rate)
	vf := newVoiceFrame(rate, size, win, order)
	m := &VoiceMeter{
		ft:     newFormantTracker(vf),
		vf:     vf,
		win:    win,
		hist:   make([]float32, size),
		hop:    size / 2,
		frame:  make([]float32, size),
		spec:   make([]complex64, size/2+1),
		ltas:   make([]float64, size/2+1),
		f0Hist: make([]int, f0HistBins),
		folded: make([]int, f0HistBins),
		fsHist: make([]int, fsHistBins),
	}
	for i := range m.fmHist {
		m.fmHist[i] = make([]int, fmHistBins)
	}
	return m, nil
}

// voiceMapFrameSize is the analysis frame of VoiceMeter and VoiceMap:
// twice the STFT default (64 ms), long enough to resolve the harmonics of
// low voices.
func voiceMapFrameSize(rate int) int { return 2 * DefaultFrameSize(rate) }

// Write feeds x, the next samples of the channel.
func (m *VoiceMeter) Write(x []float32) {
	size := len(m.hist)
	for len(x) > 0 {
		if m.fill < size {
			n := copy(m.hist[m.fill:], x)
			m.fill += n
			x = x[n:]
			if m.fill == size {
				m.analyse()
			}
			continue
		}
		n := min(len(x), m.hop-m.sinceHop)
		copy(m.hist, m.hist[n:])
		copy(m.hist[size-n:], x[:n])
		x = x[n:]
		m.sinceHop += n
		if m.sinceHop == m.hop {
			m.sinceHop = 0
			m.analyse()
		}
	}
}

func (m *VoiceMeter) analyse() {
	mulSlices(m.frame, m.hist, m.win)
	m.vf.plan.Forward(m.spec, m.frame)
	v := m.vf
	v.analyse(m.spec)
	m.frames++
	if !(v.meanSq > voiceSilence) {
		return
	}
	m.active++
	for b, p := range v.pow {
		m.ltas[b] += float64(p)
	}
	if v.f0 == 0 {
		return
	}
	m.voiced++
	if i := int((math.Log2(v.f0) - f0HistLo) * histPerOct); i >= 0 && i < len(m.f0Hist) {
		m.f0Hist[i]++
	}
	if !v.envOK {
		return
	}
	// Formants from a model with a wider (120 Hz) lag window and two
	// poles fewer than the envelope's (see formantTracker).
	fs := m.ft.resonances(v, formantRanges[0][0])
	if fs == nil {
		return
	}
	for i, f := range pickFormants(fs) {
		if f > 0 {
			if j := int((math.Log2(f) - fmHistLo) * histPerOct); j >= 0 && j < len(m.fmHist[i]) {
				m.fmHist[i][j]++
			}
		}
	}
	j := 0
	for j < len(fs) && fs[j] <= formantLow {
		j++
	}
	if len(fs)-j < 2 {
		return
	}
	s := (math.Log2(fs[j]/1500) + math.Log2(fs[j+1]/2500)) / 2
	if i := int((s + 1) * histPerOct); i >= 0 && i < len(m.fsHist) {
		m.fsHist[i]++
	}
}

// octaveFold is how far, in octaves, an f0 may lie from the speaker's
// median before it is taken for an octave error and folded back.
const octaveFold = 0.6

// foldOctaves moves x (log₂ f0) by whole octaves to within octaveFold of
// centre.
func foldOctaves(x, centre float64) float64 {
	for x-centre > octaveFold {
		x--
	}
	for centre-x > octaveFold {
		x++
	}
	return x
}

// formantLow is the lowest frequency taken for F2. F1 is not used: the
// telephone band's 300 Hz high-pass and the harmonics of high voices put
// sharp resonances below it that are not formants, and on real telephone
// speech the three-formant estimate put high voices at a scale of about
// 0.65 instead of above 1.
const formantLow = 850

// histQuantile returns the q-quantile of a histogram of log₂ values whose
// bin 0 starts at lo, 1/histPerOct octave wide, interpolated in the bin.
func histQuantile(h []int, lo, q float64) float64 {
	n := 0
	for _, c := range h {
		n += c
	}
	target := q * float64(n)
	acc := 0.0
	for i, c := range h {
		if c > 0 && acc+float64(c) >= target {
			frac := (target - acc) / float64(c)
			return lo + (float64(i)+frac)/histPerOct
		}
		acc += float64(c)
	}
	return lo + float64(len(h))/histPerOct
}

// Stats returns the statistics of everything written so far.
func (m *VoiceMeter) Stats() VoiceStats {
	st := VoiceStats{Frames: m.frames, VoicedFrames: m.voiced}
	if m.voiced >= MinVoicedFrames {
		// Autocorrelation trackers err by octaves; frames more than 0.6
		// octave from the median are folded back by whole octaves
		// before the median and quartiles are taken (one refinement).
		h := m.folded
		clear(h)
		med := histQuantile(m.f0Hist, f0HistLo, 0.5)
		for i, c := range m.f0Hist {
			x := f0HistLo + (float64(i)+0.5)/histPerOct
			x = foldOctaves(x, med)
			if j := int((x - f0HistLo) * histPerOct); j >= 0 && j < len(h) {
				h[j] += c
			}
		}
		st.F0Median = math.Exp2(histQuantile(h, f0HistLo, 0.5))
		q1, q3 := histQuantile(h, f0HistLo, 0.25), histQuantile(h, f0HistLo, 0.75)
		st.F0Spread = (q3 - q1) / 1.349
		nfs := 0
		for _, c := range m.fsHist {
			nfs += c
		}
		if nfs >= MinVoicedFrames {
			st.FormantScale = math.Exp2(histQuantile(m.fsHist, -1, 0.5))
		}
		for i, h := range m.fmHist {
			n := 0
			for _, c := range h {
				n += c
			}
			if n < MinVoicedFrames {
				continue
			}
			q1, q3 := histQuantile(h, fmHistLo, 0.25), histQuantile(h, fmHistLo, 0.75)
			st.Formants[i] = math.Exp2(histQuantile(h, fmHistLo, 0.5))
			st.FormantSpread[i] = max((q3-q1)/1.349, 1.0/histPerOct)
		}
	}
	if m.active == 0 {
		return st
	}
	bins := len(m.ltas)
	db := make([]float64, bins)
	for b, p := range m.ltas {
		db[b] = 10 * math.Log10(p/float64(m.active)+1e-20)
	}
	st.LTAS = smoothDB(db, float64(m.vf.rate)/float64(m.vf.size), 150)
	st.Tilt = ltasTilt(st.LTAS, float64(m.vf.rate)/2)
	return st
}

// smoothDB averages db over ±width/2 Hz (bins binHz apart).
func smoothDB(db []float64, binHz, width float64) []float64 {
	h := max(int(width/2/binHz), 1)
	out := make([]float64, len(db))
	for b := range db {
		lo, hi := max(b-h, 0), min(b+h, len(db)-1)
		var s float64
		for _, v := range db[lo : hi+1] {
			s += v
		}
		out[b] = s / float64(hi-lo+1)
	}
	return out
}

// ltasTilt is the least-squares slope of ltas (evenly spaced from 0 to
// nyquist) against log₂ frequency from 300 Hz to 0.85·nyquist, in dB per
// octave.
func ltasTilt(ltas []float64, nyquist float64) float64 {
	var sx, sy, sxx, sxy, n float64
	for b, v := range ltas {
		f := nyquist * float64(b) / float64(len(ltas)-1)
		if f < 300 || f > 0.85*nyquist {
			continue
		}
		x := math.Log2(f)
		sx += x
		sy += v
		sxx += x * x
		sxy += x * v
		n++
	}
	if n < 2 {
		return 0
	}
	return (n*sxy - sx*sy) / (n*sxx - sx*sx)
}
