package dsp

import (
	"fmt"
	"math"

	"github.com/callveil/callveil/audio"
)

// VoiceTarget is the pseudo-voice a VoiceMap maps a speaker onto.
type VoiceTarget struct {
	// F0Median is the target's median fundamental frequency in Hz, in
	// [50, 500].
	F0Median float64
	// F0Spread is the target's spread of log₂ f0 in octaves (as
	// VoiceStats.F0Spread), in (0, 1].
	F0Spread float64
	// FormantScale is the target's formant scale (as
	// VoiceStats.FormantScale), in [0.7, 1.5].
	FormantScale float64
	// LTAS is the target's long-term average spectrum in dB at evenly
	// spaced frequencies from 0 to the Nyquist frequency (at least two
	// points); only its shape matters. nil skips the equalisation.
	LTAS []float64
	// Formants and FormantSpread, when every one is set, turn on formant
	// normalisation: the medians of F1, F2 and F3 in Hz (increasing, in
	// [150, 5000]) and their spreads of log₂ frequency in octaves (in
	// (0, 1]) of the target's vowel space, as VoiceStats measures them.
	// Each frame's formants are tracked and mapped by their z-score in the
	// speaker's distribution (VoiceStats.Formants and FormantSpread) onto
	// the target's (see VoiceMap). Zero leaves the warp linear in the
	// formant scale.
	Formants, FormantSpread [3]float64
}

// normalising reports whether t asks for formant normalisation.
func (t VoiceTarget) normalising() bool {
	for i := range t.Formants {
		if t.Formants[i] == 0 || t.FormantSpread[i] == 0 {
			return false
		}
	}
	return true
}

// VoiceSegment holds the parameters of one segment of a VoiceMap: the
// variation drawn around the target for that stretch of time. The zero
// value is the target itself.
type VoiceSegment struct {
	// Pitch is added to the target's median f0, in semitones.
	Pitch float64
	// Range multiplies the target's f0 spread; 0 means 1.
	Range float64
	// Formant multiplies the target's formant scale; 0 means 1.
	Formant float64
	// Bands are local warp factors at 700, 1800 and 3000 Hz: the
	// frequency warp is piecewise linear through those points scaled by
	// the formant ratio times these factors. 0 means 1. Clamped to [0.7, 1.4].
	Bands [3]float64
	// Tilt is added to the target's spectral slope above 1 kHz, in dB per
	// octave.
	Tilt float64
	// Wobble is the depth, in semitones, of the slow sinusoidal
	// perturbation of the f0 contour (micro-prosody), WobbleHz its rate.
	Wobble, WobbleHz float64
}

// VoiceExcitation replaces part of the speaker's voice source (the
// glottal excitation) in voiced frames. The all-pole envelope models the
// vocal tract together with the smooth part of the source; what it leaves,
// the level of each harmonic relative to the envelope (H1-H2 and the
// richness of the harmonics, set by the open quotient and the shape of the
// glottal pulse) and the balance of harmonics and aspiration noise, is the
// speaker's too. The zero value leaves the source as it is.
//
// Measured against anonymize/eval's attackers on real 8 kHz speech (see
// the anonymize package doc), none of these bought privacy beyond the
// runs' noise: the attackers read the envelope through a mel filterbank
// and low-order cepstra with the mean removed, not the harmonics' fine
// structure. They are kept, off by default, for further work. With every
// part of it and HighBandHz on, VoiceMap costs about 1.5 times its CPU
// (BenchmarkVoiceMap/8k-excitation: 830-1,030× real time against
// 1,230-1,630× without, two runs on a busy machine); off, the stage runs
// as before (1,600-1,660× against 1,620-1,750×, three alternating runs of
// both builds).
type VoiceExcitation struct {
	// Flatten, in [0, 1], moves each harmonic's level relative to the
	// envelope toward the frame's mean over the harmonics below 3 kHz, on a
	// log scale: 1 puts every harmonic on the envelope (the speaker's
	// source spectrum gone), 0 keeps it. Peaks between harmonics move with
	// the nearest harmonic, so the local balance of harmonics and noise is
	// kept.
	Flatten float64
	// H1 is added to the first harmonic after flattening, in dB, in
	// [-12, 12]: the target source's open quotient (a breathier, more open
	// glottis has a stronger first harmonic).
	H1 float64
	// Shimmer is the depth, in dB, in [0, 6], of a random level drawn
	// anew for each harmonic and frame (uniform in ±Shimmer/2): the
	// target's shimmer in place of the speaker's.
	Shimmer float64
	// NoiseHz, when positive, replaces the phases of voiced frames' bins
	// above that output frequency by random ones: the harmonics there
	// become noise of the same spectral envelope, as in mixed-excitation
	// vocoders (MELP's voicing cut-off), so the speaker's harmonic
	// structure and aspiration there are the target's instead. In
	// [500, 20000] or 0.
	NoiseHz float64
	// Seed draws the shimmer and the noise phases.
	Seed uint64
}

// VoiceContour replaces the speaker-specific shape of the f0 contour
// beyond its level and range: the contour's deviation from the speaker's
// median is split into a slow phrase component (an exponential average
// over voiced frames, PhraseSeconds long) and fast accents (the rest), in
// the spirit of Fujisaki's phrase and accent commands (H. Fujisaki & K.
// Hirose, "Analysis of voice fundamental frequency contours for
// declarative sentences of Japanese", J. Acoust. Soc. Jpn (E) 5(4), 1984)
// and of the functional decomposition Tavi et al. used for
// de-identification ("Improving speaker de-identification with functional
// data analysis of f0 trajectories", Speech Communication 140, 2022).
// The accents are kept (scaled by Accent), the speaker's phrase component
// is scaled by Phrase, and the target's declination is added: a sawtooth
// falling by Declination octaves over each phrase of PhraseLen seconds,
// its phase drawn from Seed. The zero value (PhraseSeconds 0) leaves the
// contour as VoiceMap maps it otherwise.
//
// No anonymize method sets it: measured on VoicePseudo it made the
// ignorant and lazy-informed attackers' task harder and the semi-informed
// attacker's easier, and a recogniser kept 0.63 of its words (one key),
// short of the 0.8 asked (the anonymize package doc has the figures). It
// stays an option of this stage, tested, so that the measurement can be
// repeated and the lever combined with others.
type VoiceContour struct {
	// PhraseSeconds is the time constant of the phrase component, in
	// [0.1, 5], or 0 for off.
	PhraseSeconds float64
	// Phrase multiplies the speaker's phrase component, in [0, 1].
	Phrase float64
	// Accent multiplies the accents, in [0, 2]; 0 means 1.
	Accent float64
	// Declination is the target's fall over a phrase, in octaves, in
	// [0, 1]; PhraseLen the target's phrase length in seconds, in
	// [0.5, 10] (0 means 2).
	Declination, PhraseLen float64
	// Seed draws the phase of the target's phrases.
	Seed uint64
}

// VoiceMapOptions configures a VoiceMap stage.
type VoiceMapOptions struct {
	// Source is the speaker's statistics from a VoiceMeter over the same
	// channel. Its zero value leaves the pitch level and range as they are
	// (up to the segments' variation), uses a formant scale of 1 and skips
	// the equalisation.
	Source VoiceStats
	// Target is the pseudo-voice.
	Target VoiceTarget
	// Segment returns the parameters of segment i (segment i covers
	// [i·L, (i+1)·L) with L = SegmentSeconds); parameters between segment
	// centres are interpolated smoothly. It is called about once per
	// segment and channel, in increasing i, and must not allocate if the
	// stage is to stay allocation-free. nil means the zero VoiceSegment
	// everywhere.
	Segment func(i int64) VoiceSegment
	// SegmentSeconds is the segment length, in [0.5, 30]; zero means 3.
	SegmentSeconds float64
	// MaxEQDB bounds the long-term equalisation either way, in (0, 30];
	// zero means 12 dB.
	MaxEQDB float64
	// FineEnvelope re-imposes the warped envelope at the analysis's full
	// LPC order instead of a smoother one (half the order, a 150 Hz lag
	// window). The smoother envelope drops more of the speaker's detail
	// but costs a recogniser words: on the synthetic 16 kHz set with
	// pocketsphinx, word recall fell from 0.54 to 0.38 of the original's
	// for the same pitch mapping.
	FineEnvelope bool
	// FillTop fills the top of the band that a shift down leaves empty
	// with noise shaped by the equaliser (see regenerate). It sounds less
	// muffled, but on the real-speech set at 8 kHz it lowered the
	// lazy-informed attacker's EER by about 6 points (an empty top band is
	// alike for every speaker), so it is off unless asked for.
	FillTop bool
	// Excitation replaces part of the speaker's voice source; the zero
	// value keeps it.
	Excitation VoiceExcitation
	// HighBandHz, when positive, is where the envelope's shape starts to
	// be compressed: above it the output envelope's log deviation from its
	// value at HighBandHz is multiplied by HighBandKeep (reached 500 Hz
	// higher, faded in linearly). Speaker identity is strong in the upper
	// band (the hypopharynx and piriform resonances, F4) and a recogniser
	// relies on it least. In [1000, 20000] or 0. Measured on real 8 kHz
	// speech, keeping 0.3 above 2.5 kHz bought no privacy beyond the
	// noise of one key pair (see the anonymize package doc).
	HighBandHz float64
	// HighBandKeep is the factor on the log envelope shape above
	// HighBandHz, in [0, 1]; ignored when HighBandHz is 0.
	HighBandKeep float64
	// Contour replaces the f0 contour's phrase component; the zero value
	// keeps it.
	Contour VoiceContour
	// Codebook pulls each voiced frame's envelope toward a shared
	// codeword (see VoiceCodebook); the zero value leaves it.
	Codebook VoiceCodebook
}

// VoiceMap is a stage that maps a speaker's voice onto a target
// pseudo-voice, after cancelling the speaker's own long-term statistics
// (measured beforehand by a VoiceMeter): the f0 contour is mapped to the
// target's median and range, the spectral envelope is warped by the ratio
// of the formant scales along a piecewise-linear frequency warp, and the
// long-term spectrum is equalised onto the target's. Every parameter
// varies smoothly from segment to segment around the target.
//
// It runs on an STFT of 64 ms frames (at 8 kHz; 512 samples) with a
// quarter-frame hop. On every frame it
//  1. analyses the frame (see voiceFrame): f0 by the autocorrelation, and
//     the all-pole envelope by Levinson–Durbin;
//  2. chooses the frame's pitch ratio β so that the output's log f0 is
//     the target's median plus the input's deviation from the speaker's
//     median times the ratio of the spreads, plus the segment's offset and
//     a slow sinusoidal wobble; β is smoothed over a few frames and
//     relaxes to its value at the median in unvoiced frames (with
//     VoiceContour the deviation is first split into phrase and accents,
//     see there);
//  3. shifts the spectrum by β with the peak-shifting phase vocoder of
//     Laroche & Dolson ("New phase-vocoder techniques for real-time
//     pitch shifting, chorusing, harmonizing and other exotic audio
//     modifications", J. AES 47(11), 1999): every spectral peak's region
//     moves to the bin nearest β times the peak, and its phase advances
//     by β times its instantaneous frequency, so partials land exactly on
//     β·f without resampling, and β may change every frame;
//  4. multiplies every output bin by Ẽ(W⁻¹(ω))/E(ω′) and by the
//     long-term equaliser, where ω′ is the input frequency the bin's
//     content came from, E the frame's envelope, Ẽ a smoother one (half
//     the LPC order, a 150 Hz lag window) and W the piecewise-linear warp:
//     the envelope the shift moved is replaced by the warped original one,
//     without the finer detail of the speaker's envelope; with formant
//     normalisation (VoiceTarget.Formants) W is the frame's own: its
//     knots are the frame's F1, F2 and F3 (tracked from the roots of the
//     formant model and smoothed over a few frames as z-scores in the
//     speaker's distribution, relaxing to the medians where a formant is
//     not found), each moved to the same z-score in the target's
//     distribution (a spread ratio of at most 1.6 either way, local
//     slopes in [0.6, 1.7]);
//  5. keeps the frame's energy.
//
// The equaliser is the difference, in dB, between the target's LTAS and
// the speaker's LTAS seen through the warp, bounded by MaxEQDB, its mean
// over the speech band removed, and never a boost where the speaker's
// LTAS is 35 dB below its peak (the band edges of telephone audio).
//
// Like every STFT stage it has zero net latency and output exactly as long
// as the input, results independent of block sizes, and steady-state reads
// allocate nothing.
type VoiceMap struct {
	*STFT
}

// NewVoiceMap returns a VoiceMap stage over src. It returns an error
// wrapping ErrInvalidOptions when an option is out of range.
func NewVoiceMap(src audio.Stream, opt VoiceMapOptions) (*VoiceMap, error) {
	p, err := newVoiceMapProcessor(opt)
	if err != nil {
		return nil, err
	}
	size := voiceMapFrameSize(src.Format().SampleRate)
	s, err := NewSTFT(src, p, STFTOptions{FrameSize: size, Hop: size / 4})
	if err != nil {
		return nil, fmt.Errorf("voice map: %w", err)
	}
	return &VoiceMap{STFT: s}, nil
}

// voiceMapProcessor is the spectral processor behind VoiceMap.
type voiceMapProcessor struct {
	opt                VoiceMapOptions
	segLenS            float64
	maxEQ              float64
	maxGain2, minGain2 float64
	logSrc, logTgt     float64 // log₂ of the medians
	k                  float64 // target spread / source spread
	formantRatio       float64 // target / source formant scale

	rate, size, hop, bins int
	binHz                 float64
	segLen                int64
	vf                    *voiceFrame
	ch                    []voiceMapChannel

	// Formant normalisation (VoiceTarget.Formants): on when the target
	// and the source both have formant statistics.
	fn       bool
	smu, ssd [3]float64 // source's log₂ medians and spreads
	tmu, tsd [3]float64 // target's
	ft       *formantTracker

	tgtDB    []float64 // per output bin: the target's LTAS
	tiltOct  []float64 // per output bin: octaves above 1 kHz (0 below)
	out      []complex64
	origin   []float32 // per output bin: the input bin its content came from, −1 for none
	peaks    []int32
	peakMask []uint8
	los      []int32
	pb       *peakBatch
	peakGain []float32 // per peak: the excitation's amplitude gain
	harmLog  []float64 // per harmonic number: log residual power, NaN for none
	hbKeep   []float32 // per output bin: the high band's factor on the log envelope (1 below it)
	hbRef    float32   // fractional output bin of HighBandHz
	cbq      *envQuantiser
	cbL      []float32 // the log envelope on the codebook's grid
	cbGain   []float32 // per output bin up to 4 kHz: the codebook's power gain
}

// voiceMapChannel is the per-channel state of a voiceMapProcessor.
type voiceMapChannel struct {
	prevX   []complex64
	theta   []float32
	prevHFC float64
	logBeta float64
	started bool
	phaseW  float64

	segIdx     int64 // index of segA; segB is segIdx+1
	segA, segB VoiceSegment
	haveSeg    bool
	seg        VoiceSegment // interpolated, last refresh
	refreshed  int64        // frame index of the last refresh
	srcIdx     []float32    // per output bin: fractional bin of W⁻¹
	eq2        []float32    // per output bin: equaliser power gain
	fz         [3]float64   // formant normalisation: the formants' smoothed z-scores
	slow       float64      // contour: the phrase component, octaves
	slowOK     bool
	cb         envCBState
}

// voiceMapRefresh is how often, in frames, the interpolated segment
// parameters and the tables derived from them are recomputed (128 ms at
// the default hop): they change over seconds.
const voiceMapRefresh = 8

func newVoiceMapProcessor(opt VoiceMapOptions) (*voiceMapProcessor, error) {
	t := opt.Target
	if !(t.F0Median >= 50 && t.F0Median <= 500) {
		return nil, fmt.Errorf("%w: voice map: target median f0 %v Hz is outside [50, 500]", ErrInvalidOptions, t.F0Median)
	}
	if !(t.F0Spread > 0 && t.F0Spread <= 1) {
		return nil, fmt.Errorf("%w: voice map: target f0 spread %v is outside (0, 1]", ErrInvalidOptions, t.F0Spread)
	}
	if !(t.FormantScale >= 0.7 && t.FormantScale <= 1.5) {
		return nil, fmt.Errorf("%w: voice map: target formant scale %v is outside [0.7, 1.5]", ErrInvalidOptions, t.FormantScale)
	}
	if t.LTAS != nil && len(t.LTAS) < 2 {
		return nil, fmt.Errorf("%w: voice map: target LTAS has %d points (want at least 2)", ErrInvalidOptions, len(t.LTAS))
	}
	if e := opt.Excitation; !(e.Flatten >= 0 && e.Flatten <= 1) || !(e.H1 >= -12 && e.H1 <= 12) || !(e.Shimmer >= 0 && e.Shimmer <= 6) ||
		!(e.NoiseHz == 0 || (e.NoiseHz >= 500 && e.NoiseHz <= 20000)) {
		return nil, fmt.Errorf("%w: voice map: excitation %+v is out of range", ErrInvalidOptions, e)
	}
	if !(opt.HighBandHz == 0 || (opt.HighBandHz >= 1000 && opt.HighBandHz <= 20000)) || !(opt.HighBandKeep >= 0 && opt.HighBandKeep <= 1) {
		return nil, fmt.Errorf("%w: voice map: high band at %v Hz keeping %v is out of range", ErrInvalidOptions, opt.HighBandHz, opt.HighBandKeep)
	}
	if t.normalising() {
		for i := range t.Formants {
			if !(t.Formants[i] >= 150 && t.Formants[i] <= 5000) || (i > 0 && !(t.Formants[i] > t.Formants[i-1])) || !(t.FormantSpread[i] > 0 && t.FormantSpread[i] <= 1) {
				return nil, fmt.Errorf("%w: voice map: target formants %v Hz with spreads %v are out of range", ErrInvalidOptions, t.Formants, t.FormantSpread)
			}
		}
	}
	if c := opt.Contour; c.PhraseSeconds != 0 {
		if !(c.PhraseSeconds >= 0.1 && c.PhraseSeconds <= 5) || !(c.Phrase >= 0 && c.Phrase <= 1) || !(c.Accent >= 0 && c.Accent <= 2) ||
			!(c.Declination >= 0 && c.Declination <= 1) || !(c.PhraseLen == 0 || (c.PhraseLen >= 0.5 && c.PhraseLen <= 10)) {
			return nil, fmt.Errorf("%w: voice map: contour %+v is out of range", ErrInvalidOptions, c)
		}
	} else if opt.Contour != (VoiceContour{}) {
		return nil, fmt.Errorf("%w: voice map: contour %+v without a phrase time constant", ErrInvalidOptions, opt.Contour)
	}
	if c := opt.Codebook; !(c.Mix >= 0 && c.Mix <= 1) || c.Voice < 0 || c.Voice >= VoiceCodebookVoices {
		return nil, fmt.Errorf("%w: voice map: codebook mix %v toward voice %d is out of range", ErrInvalidOptions, c.Mix, c.Voice)
	}
	p := &voiceMapProcessor{opt: opt, segLenS: opt.SegmentSeconds, maxEQ: opt.MaxEQDB}
	if p.segLenS == 0 {
		p.segLenS = 3
	}
	if !(p.segLenS >= 0.5 && p.segLenS <= 30) {
		return nil, fmt.Errorf("%w: voice map: segment of %v s is outside [0.5, 30]", ErrInvalidOptions, opt.SegmentSeconds)
	}
	if p.maxEQ == 0 {
		p.maxEQ = 12
	}
	if !(p.maxEQ > 0 && p.maxEQ <= 30) {
		return nil, fmt.Errorf("%w: voice map: maximum equalisation %v dB is outside (0, 30]", ErrInvalidOptions, opt.MaxEQDB)
	}
	const maxGainDB = 24
	p.maxGain2 = math.Pow(10, maxGainDB/10)
	p.minGain2 = 1 / p.maxGain2
	s := opt.Source
	p.logTgt = math.Log2(t.F0Median)
	p.logSrc = p.logTgt
	p.k = 1
	if s.F0Median > 0 {
		p.logSrc = math.Log2(s.F0Median)
		if s.F0Spread > 0 {
			p.k = min(max(t.F0Spread/s.F0Spread, 0.5), 2)
		}
	}
	src := s.FormantScale
	if !(src > 0) {
		src = 1
	}
	p.formantRatio = min(max(t.FormantScale/src, 0.7), 1.45)
	if t.normalising() && s.normalisable() {
		p.fn = true
		for i := range p.smu {
			p.smu[i], p.ssd[i] = math.Log2(s.Formants[i]), s.FormantSpread[i]
			p.tmu[i] = math.Log2(t.Formants[i])
			// The spread ratio bounded: two seconds of speech give a
			// noisy spread.
			p.tsd[i] = p.ssd[i] * min(max(t.FormantSpread[i]/p.ssd[i], 1/fnMaxSpreadRatio), fnMaxSpreadRatio)
		}
	}
	return p, nil
}

// fnMaxSpreadRatio bounds how much formant normalisation widens or narrows
// a speaker's formant spread, either way; fnMaxZ bounds a frame's z-score.
// fnSlopeMin and fnSlopeMax bound the warp's local slope.
const (
	fnMaxSpreadRatio = 1.6
	fnMaxZ           = 2.5
	fnSlopeMin       = 0.6
	fnSlopeMax       = 1.7
)

// normalisable reports whether s has the formant statistics formant
// normalisation needs.
func (s VoiceStats) normalisable() bool {
	for i := range s.Formants {
		if !(s.Formants[i] > 0) || !(s.FormantSpread[i] > 0) {
			return false
		}
	}
	return true
}

// InitSpectral implements SpectralInitializer.
func (p *voiceMapProcessor) InitSpectral(channels, sampleRate, size, hop int) error {
	order := DefaultFormantOrder(sampleRate)
	if order >= size/2 || size < 64 {
		return fmt.Errorf("%w: voice map: frames of %d samples are too short", ErrInvalidOptions, size)
	}
	p.rate, p.size, p.hop, p.bins = sampleRate, size, hop, size/2+1
	p.binHz = float64(sampleRate) / float64(size)
	p.segLen = max(int64(math.Round(p.segLenS*float64(sampleRate))), 1)
	p.vf = newVoiceFrame(sampleRate, size, sqrtHann(size, 1), order)
	if !p.opt.FineEnvelope {
		p.vf.enableSmooth(order/2, 150)
	}
	bins := p.bins
	p.out = make([]complex64, bins)
	p.tgtDB = make([]float64, bins)
	p.tiltOct = make([]float64, bins)
	for o := range bins {
		f := float64(o) * p.binHz
		if t := p.opt.Target.LTAS; len(t) >= 2 {
			p.tgtDB[o] = interpEven(t, f/(float64(sampleRate)/2))
		}
		p.tiltOct[o] = math.Log2(max(f, 1000) / 1000)
	}
	p.origin = make([]float32, bins)
	p.peaks = make([]int32, bins)
	p.peakMask = make([]uint8, bins/8+1)
	p.los = make([]int32, bins)
	p.pb = newPeakBatch(bins)
	p.peakGain = make([]float32, bins)
	p.harmLog = make([]float64, bins)
	p.hbKeep = make([]float32, bins)
	for o := range p.hbKeep {
		p.hbKeep[o] = 1
		if hz := p.opt.HighBandHz; hz > 0 {
			f := float64(o) * p.binHz
			w := min(max((f-hz)/500, 0), 1)
			p.hbKeep[o] = float32(1 - w*(1-p.opt.HighBandKeep))
		}
	}
	p.hbRef = float32(p.opt.HighBandHz / p.binHz)
	if p.fn {
		p.ft = newFormantTracker(p.vf)
	}
	if p.opt.Codebook.Mix > 0 {
		p.cbq = newEnvQuantiser(sampleRate, bins, hop, p.binHz)
		p.cbL = make([]float32, p.cbq.np)
		p.cbGain = make([]float32, p.cbq.nb)
	}
	p.ch = make([]voiceMapChannel, channels)
	for c := range p.ch {
		p.ch[c] = voiceMapChannel{
			prevX:  make([]complex64, bins),
			theta:  make([]float32, bins),
			srcIdx: make([]float32, bins),
			eq2:    make([]float32, bins),
		}
	}
	return nil
}

// segment returns segment i's parameters with zeros read as their
// neutral values.
func (p *voiceMapProcessor) segment(i int64) VoiceSegment {
	var s VoiceSegment
	if p.opt.Segment != nil {
		s = p.opt.Segment(i)
	}
	if s.Range == 0 {
		s.Range = 1
	}
	if s.Formant == 0 {
		s.Formant = 1
	}
	for j, b := range s.Bands {
		if b == 0 {
			b = 1
		}
		s.Bands[j] = min(max(b, 0.7), 1.4)
	}
	return s
}

// refresh recomputes cs.seg for the frame centred at input frame t and
// the warp and equaliser tables that follow from it.
func (p *voiceMapProcessor) refresh(cs *voiceMapChannel, t int64) {
	L := p.segLen
	i := floorDiv(t-L/2, L)
	w := float64(t-L/2-i*L) / float64(L)
	w = w * w * (3 - 2*w) // smoothstep: no jump in the rate of change at centres
	switch {
	case cs.haveSeg && i == cs.segIdx:
	case cs.haveSeg && i == cs.segIdx+1:
		cs.segA, cs.segB = cs.segB, p.segment(i+1)
	default:
		cs.segA, cs.segB = p.segment(i), p.segment(i+1)
	}
	cs.segIdx, cs.haveSeg = i, true
	a, b := &cs.segA, &cs.segB
	mix := func(x, y float64) float64 { return x + w*(y-x) }
	s := VoiceSegment{
		Pitch: mix(a.Pitch, b.Pitch), Range: mix(a.Range, b.Range), Formant: mix(a.Formant, b.Formant),
		Tilt: mix(a.Tilt, b.Tilt), Wobble: mix(a.Wobble, b.Wobble), WobbleHz: mix(a.WobbleHz, b.WobbleHz),
	}
	for j := range s.Bands {
		s.Bands[j] = mix(a.Bands[j], b.Bands[j])
	}
	cs.seg = s

	// The piecewise-linear warp W: source knots x, output knots y.
	nyq := float64(p.rate) / 2
	rho := min(max(p.formantRatio*s.Formant, 0.65), 1.55)
	x := [5]float64{0, 700, 1800, 3000, nyq}
	for j := 1; j < 4; j++ {
		x[j] = min(x[j], nyq*(0.5+0.15*float64(j))) // keep the knots inside the band at low rates
	}
	y := [5]float64{0, rho * s.Bands[0] * x[1], rho * s.Bands[1] * x[2], rho * s.Bands[2] * x[3], rho * s.Bands[2] * nyq}
	for j := 1; j < 5; j++ { // monotonic whatever the factors
		y[j] = max(y[j], y[j-1]+1)
	}
	if p.fn { // the equaliser sees the warp of the mean formants
		x, y = p.normKnots([3]float64{}, s.Formant)
	}
	src, tgt := p.opt.Source.LTAS, p.opt.Target.LTAS
	eqOn := len(src) >= 2 && len(tgt) >= 2
	smax := math.Inf(-1)
	if eqOn {
		for _, v := range src {
			smax = max(smax, v)
		}
	}
	var sum, n float64
	eq := cs.eq2 // holds dB until the end
	for o := range p.bins {
		f := float64(o) * p.binHz
		xs := unwarp(&x, &y, f)
		if !p.fn { // (normalise sets the frame's own warp)
			cs.srcIdx[o] = p.sourceBin(xs)
		}
		if !eqOn {
			eq[o] = 1
			continue
		}
		sdb := interpEven(src, xs/nyq)
		tdb := p.tgtDB[o] + s.Tilt*p.tiltOct[o]
		d := tdb - sdb
		if sdb < smax-35 {
			d = math.Inf(-1) // marked: no boost here
		} else if f >= 300 && f <= 0.85*nyq {
			sum += d
			n++
		}
		eq[o] = float32(d)
	}
	if !eqOn {
		return
	}
	mean := 0.0
	if n > 0 {
		mean = sum / n
	}
	for o, d := range eq {
		v := float64(d)
		if math.IsInf(v, -1) {
			v = min(p.tgtDB[o]-mean, 0) // as far as the target falls, never up
			v = max(v, -p.maxEQ)
		} else {
			v = min(max(v-mean, -p.maxEQ), p.maxEQ)
		}
		eq[o] = float32(math.Exp(v * (math.Ln10 / 10)))
	}
	// Above the telephone band the equaliser holds its 4 kHz value: the
	// target LTAS's tilt carried on to 8 kHz and more would take the
	// fricatives away (and the long-term spectrum up there says little of
	// a telephone speaker).
	if k4 := int(eqTop / p.binHz); k4 < len(eq)-1 {
		for o := k4 + 1; o < len(eq); o++ {
			eq[o] = eq[k4]
		}
	}
}

// declination is the contour's target phrase component at input sample t,
// in octaves: a sawtooth falling from +Declination/2 to −Declination/2
// over each phrase.
func (p *voiceMapProcessor) declination(t int64) float64 {
	c := &p.opt.Contour
	l := c.PhraseLen
	if l == 0 {
		l = 2
	}
	ph := float64(t)/(l*float64(p.rate)) + float64(c.Seed>>11)/(1<<53)
	return c.Declination * (0.5 - (ph - math.Floor(ph)))
}

// normKnots returns the knots of formant normalisation's warp for
// formants at z-scores z: source knots x at the speaker's formants, output
// knots y at the target's formants of the same z-scores times the
// segment's formant factor, both from 0 to the Nyquist frequency; the warp
// above F3 goes on with the slope of the line through 0 and (x₃, y₃), and
// every piece's slope is bounded to [fnSlopeMin, fnSlopeMax].
func (p *voiceMapProcessor) normKnots(z [3]float64, segFormant float64) (x, y [5]float64) {
	nyq := float64(p.rate) / 2
	x[4] = nyq
	for i := range 3 {
		x[i+1] = math.Exp2(p.smu[i] + p.ssd[i]*z[i])
		y[i+1] = math.Exp2(p.tmu[i]+p.tsd[i]*z[i]) * segFormant
	}
	for j := 1; j < 4; j++ { // increasing, inside the band
		x[j] = min(max(x[j], x[j-1]+formantGap/2), nyq*(0.55+0.1*float64(j)))
	}
	y[4] = y[3] + (nyq-x[3])*y[3]/x[3]
	for j := 1; j < 5; j++ {
		dx := x[j] - x[j-1]
		y[j] = min(max(y[j], y[j-1]+fnSlopeMin*dx), y[j-1]+fnSlopeMax*dx)
	}
	return x, y
}

// normalise tracks the formants of the frame v has just analysed,
// updates cs's smoothed z-scores and sets cs.srcIdx to the frame's warp.
// Formants not found, and unvoiced frames, relax toward the speaker's
// medians (z = 0).
func (p *voiceMapProcessor) normalise(cs *voiceMapChannel, v *voiceFrame, segFormant float64) {
	var f [3]float64
	if v.f0 > 0 && v.envOK {
		f = p.ft.track(v)
	}
	for i, fi := range f {
		if fi > 0 {
			z := min(max((math.Log2(fi)-p.smu[i])/p.ssd[i], -fnMaxZ), fnMaxZ)
			cs.fz[i] += fnTrack * (z - cs.fz[i])
		} else {
			cs.fz[i] -= fnRelax * cs.fz[i]
		}
	}
	x, y := p.normKnots(cs.fz, segFormant)
	for o := range p.bins {
		cs.srcIdx[o] = p.sourceBin(unwarp(&x, &y, float64(o)*p.binHz))
	}
}

// unwarp returns W⁻¹(f): the source frequency that the piecewise-linear
// warp through source knots x and output knots y (both increasing from 0,
// x[4] the Nyquist frequency) takes to output frequency f; x[4] for f
// above y[4].
func unwarp(x, y *[5]float64, f float64) float64 {
	for j := 1; j < 5; j++ {
		if f <= y[j] {
			return x[j-1] + (f-y[j-1])*(x[j]-x[j-1])/(y[j]-y[j-1])
		}
	}
	return x[4]
}

// sourceBin returns the fractional source bin of source frequency xs, as
// srcIdx holds it (at most the last bin).
func (p *voiceMapProcessor) sourceBin(xs float64) float32 {
	return float32(min(xs/p.binHz, float64(p.bins-1)))
}

// fnTrack and fnRelax are the per-frame smoothing rates of the formant
// z-scores (16 ms hops at 8 kHz): toward a frame's tracked formant, and
// back to the speaker's median when none is found.
const (
	fnTrack = 0.5
	fnRelax = 0.15
)

// eqTop is the highest frequency, in Hz, the long-term equaliser shapes.
const eqTop = 4000

// interpEven interpolates v, evenly spaced over [0, 1], at u.
func interpEven(v []float64, u float64) float64 {
	pos := min(max(u, 0), 1) * float64(len(v)-1)
	i := int(pos)
	if i >= len(v)-1 {
		return v[len(v)-1]
	}
	fr := pos - float64(i)
	return v[i] + fr*(v[i+1]-v[i])
}

// interpBins interpolates v at fractional bin pos (clamped to the ends).
func interpBins(v []float32, pos float32) float32 {
	if !(pos > 0) {
		return v[0]
	}
	i := int(pos)
	if i >= len(v)-1 {
		return v[len(v)-1]
	}
	fr := pos - float32(i)
	return v[i] + fr*(v[i+1]-v[i])
}

// regenerate fills the top of the band that a shift down left empty
// (content above β·Nyquist does not exist) with noise at the level of the
// band just below, which the envelope gain then shapes like the rest (the
// noise filling of audio codecs). Without it a voice shifted down loses
// its top (above 2.8 kHz for β = 0.7 at 8 kHz), which sounds muffled and
// tells how far it was shifted; a copy of the band below (spectral band
// replication) would carry the speaker's own mid band up there, and
// measured worse against the attacker. The noise is a fixed function of
// the frame index and bin, so output stays deterministic.
func (p *voiceMapProcessor) regenerate(Y []complex64, origin []float32, m int64) {
	top := len(Y) - 1
	for top > 0 && origin[top] < 0 {
		top--
	}
	if top >= len(Y)-2 || top < len(Y)/4 {
		return
	}
	var e float64
	lo := top - top/8
	for _, c := range Y[lo : top+1] {
		e += float64(real(c)*real(c) + imag(c)*imag(c))
	}
	level := math.Sqrt(e / float64(top+1-lo))
	st := uint64(m)*0x9e3779b97f4a7c15 + 0x632be59bd9b4e019
	for o := top + 1; o < len(Y); o++ {
		st += 0x9e3779b97f4a7c15 // splitmix64
		z := st
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		z ^= z >> 31
		ph := 2 * math.Pi * float64(z>>11) / (1 << 53)
		sn, cs := math.Sincos(ph)
		Y[o] = complex(float32(level*cs), float32(level*sn))
		origin[o] = noiseOrigin
	}
}

// noiseOrigin marks bins regenerate filled: they get the long-term
// equaliser only, no envelope of the speaker's.
const noiseOrigin = -2

// ProcessSpectrum implements SpectralProcessor.
func (p *voiceMapProcessor) ProcessSpectrum(f *SpectralFrame) {
	if f.Size != p.size || p.vf == nil {
		panic("dsp: VoiceMap: processor not initialised for this STFT")
	}
	cs := &p.ch[f.Channel]
	X := f.Spectrum
	v := p.vf
	v.analyse(X)
	centre := f.Start + int64(p.size/2)
	if !cs.started || f.Index-cs.refreshed >= voiceMapRefresh {
		p.refresh(cs, centre)
		cs.refreshed = f.Index
	}
	seg := &cs.seg
	if p.fn {
		p.normalise(cs, v, seg.Formant)
	}

	// The frame's pitch ratio β (log₂).
	lb0 := p.logTgt + seg.Pitch/12 - p.logSrc
	wob := seg.Wobble / 12 * math.Sin(cs.phaseW)
	cs.phaseW = math.Mod(cs.phaseW+2*math.Pi*seg.WobbleHz*float64(p.hop)/float64(p.rate), 2*math.Pi)
	target, rate := lb0+wob, 0.15
	con := &p.opt.Contour
	if con.PhraseSeconds > 0 {
		target += p.k * seg.Range * p.declination(f.Start+int64(p.size/2))
	}
	if v.f0 > 0 {
		// Octave errors folded back, then bounded: intonation rarely
		// strays further from the speaker's median.
		lf := min(max(foldOctaves(math.Log2(v.f0), p.logSrc)-p.logSrc, -octaveFold), octaveFold)
		if con.PhraseSeconds > 0 {
			if !cs.slowOK {
				cs.slow, cs.slowOK = lf, true
			}
			cs.slow += float64(p.hop) / (float64(p.rate) * con.PhraseSeconds) * (lf - cs.slow)
			acc := con.Accent
			if acc == 0 {
				acc = 1
			}
			target += p.k*seg.Range*(acc*(lf-cs.slow)+con.Phrase*cs.slow) - lf
		} else {
			target += lf * (p.k*seg.Range - 1)
		}
		rate = 0.5
	}
	if !cs.started {
		cs.logBeta = target
	}
	cs.logBeta += rate * (target - cs.logBeta)
	beta := math.Exp2(min(max(cs.logBeta, -1), 1))

	total := v.energy
	reset := !cs.started || (float64(v.hfc) > 4*cs.prevHFC && float64(v.hfc) > 1e-9*float64(p.size*p.size*p.bins))
	cs.prevHFC = float64(v.hfc)
	cs.started = true
	if !(total > 1e-18) || math.IsInf(total, 0) {
		copy(cs.prevX, X)
		return // silence
	}
	P := v.pow[:len(X)]
	peaks := p.peaks[:findPeaks(P, v.maxP*1e-9, p.peaks, p.peakMask)]
	if len(peaks) == 0 {
		copy(cs.prevX, X)
		return
	}
	los := p.los[:len(peaks)]
	pb := p.pb
	omega := 2 * math.Pi / float64(p.size)
	theta, prevX := cs.theta, cs.prevX
	for i, pk := range peaks {
		lo := int32(0)
		if i > 0 {
			lo = peaks[i-1] + 1
			m := P[lo]
			for b := lo + 1; b < pk; b++ {
				if P[b] < m {
					m, lo = P[b], b
				}
			}
		}
		los[i] = lo
		x, y := X[pk], prevX[pk]
		pb.dr[i] = float64(real(x)*real(y) + imag(x)*imag(y))
		pb.di[i] = float64(imag(x)*real(y) - real(x)*imag(y))
		pb.wk[i] = omega * float64(pk)
		pb.theta[i] = float64(theta[pk])
	}
	if reset {
		for i := range peaks {
			pb.th[i], pb.cos[i], pb.sin[i] = 0, 1, 0
		}
	} else {
		h := float64(p.hop)
		pb.peakPhases(len(peaks), h, beta*h)
	}
	copy(prevX, X)
	exc := &p.opt.Excitation
	voiced := v.f0 > 0 && v.envOK
	pg := p.peakGain[:len(peaks)]
	for i := range pg {
		pg[i] = 1
	}
	if voiced && (exc.Flatten > 0 || exc.H1 != 0 || exc.Shimmer > 0) {
		p.excite(pg, peaks, P, v, uint64(f.Index), f.Channel)
	}
	noiseFrom := int32(len(X))
	if voiced && exc.NoiseHz > 0 {
		noiseFrom = int32(math.Ceil(exc.NoiseHz / p.binHz))
	}
	Y, origin := p.out[:len(X)], p.origin[:len(X)]
	clear(Y)
	for o := range origin {
		origin[o] = -1
	}
	nb := int32(len(X))
	for i, lo := range los {
		hi := nb
		if i+1 < len(los) {
			hi = los[i+1]
		}
		pk := peaks[i]
		// The shift in bins, from the partial's instantaneous frequency
		// where there is a previous frame: the content lands nearest to
		// where the phase advance puts the partial.
		fb := float64(pk)
		if !reset {
			h := float64(p.hop)
			dphi := fastAtan2(pb.di[i], pb.dr[i])
			fb = (pb.wk[i] + princarg(dphi-pb.wk[i]*h)/h) / omega
		}
		d := int32(math.Round((beta - 1) * fb))
		g := pg[i]
		zr, zi, th := pb.cos[i]*g, pb.sin[i]*g, pb.th[i]
		for b := lo; b < hi; b++ {
			theta[b] = th
			o := b + d
			if o < 0 || o >= nb {
				continue
			}
			c := X[b]
			if o >= noiseFrom {
				// Aspiration: the bin's level with a random phase.
				a := g * float32(math.Sqrt(float64(real(c)*real(c)+imag(c)*imag(c))))
				sn, cs := math.Sincos(2 * math.Pi * unitNoise(exc.Seed, uint64(f.Index), uint64(o)<<8|uint64(f.Channel)&0xff))
				Y[o] += complex(a*float32(cs), a*float32(sn))
			} else {
				Y[o] += complex(real(c)*zr-imag(c)*zi, real(c)*zi+imag(c)*zr)
			}
			origin[o] = float32(b)
		}
	}
	if p.opt.FillTop {
		p.regenerate(Y, origin, f.Index)
	}
	// The envelope and the long-term equaliser.
	a2, eq2, srcIdx := v.a2[:len(Y)], cs.eq2[:len(Y)], cs.srcIdx[:len(Y)]
	a2s := a2
	if v.smooth && !p.opt.FineEnvelope {
		a2s = v.a2s[:len(Y)]
	}
	invBeta := float32(1 / beta) // for bins no content reached
	maxG2, minG2 := float32(p.maxGain2), float32(p.minGain2)
	hb := p.opt.HighBandHz > 0 && v.envOK
	var a2Ref float32
	if hb {
		a2Ref = interpBins(a2s, interpBins(srcIdx, p.hbRef))
	}
	cb := p.cbq != nil && v.envOK
	if cb {
		p.codebook(cs, a2s, srcIdx, voiced)
	}
	var after float64
	for o, c := range Y {
		g2 := eq2[o]
		if v.envOK && origin[o] != noiseOrigin {
			if cb {
				g2 *= p.cbGain[min(o, len(p.cbGain)-1)]
			}
			// E = G²/|A|²: E(W⁻¹ω)/E(ω/β) = |A(ω/β)|²/|A(W⁻¹ω)|².
			from := origin[o]
			if from < 0 {
				from = float32(o) * invBeta
			}
			as := interpBins(a2s, srcIdx[o])
			g2 *= interpBins(a2, from) / as
			if k := p.hbKeep[o]; hb && k < 1 && as > 0 && a2Ref > 0 {
				// The envelope's shape above HighBandHz, compressed
				// toward its value there: E' = E(ref)^(1−k)·E^k.
				g2 *= float32(math.Exp(float64(1-k) * math.Log(float64(as/a2Ref))))
			}
		}
		if !(g2 >= minG2) {
			g2 = minG2
		} else if g2 > maxG2 {
			g2 = maxG2
		}
		g := float32(math.Sqrt(float64(g2)))
		c = complex(real(c)*g, imag(c)*g)
		Y[o] = c
		after += float64(real(c)*real(c) + imag(c)*imag(c))
	}
	if !(after > 0) {
		return
	}
	norm := float32(math.Sqrt(total / after))
	for o, c := range Y {
		X[o] = complex(real(c)*norm, imag(c)*norm)
	}
}

// codebook sets p.cbGain for one frame with an envelope: the envelope about
// to be imposed (a2s read through the warp srcIdx) is described by its
// cepstrum, and a voiced frame's is pulled toward its target codeword (see
// VoiceCodebook).
func (p *voiceMapProcessor) codebook(cs *voiceMapChannel, a2s, srcIdx []float32, voiced bool) {
	q := p.cbq
	for j := range p.cbL {
		// E = G²/|A|²: the log envelope up to its gain.
		p.cbL[j] = -float32(math.Log(float64(max(interpBins(a2s, srcIdx[j*q.step]), 1e-30))))
	}
	var z [envCBOrder]float64
	if voiced {
		var x [envCBOrder]float64
		q.cepstrum(&x, p.cbL)
		z = q.normalise(&cs.cb, &x)
	}
	q.change(&cs.cb, &p.opt.Codebook, &z, voiced)
	q.gains(p.cbGain, &cs.cb)
}

// excite sets pg, the amplitude gain of each peak's region, so that the
// frame's harmonics sit at the level VoiceExcitation asks for relative to
// the envelope (see VoiceExcitation). P is the frame's power spectrum, v
// its analysis (voiced, with an envelope).
func (p *voiceMapProcessor) excite(pg []float32, peaks []int32, P []float32, v *voiceFrame, frame uint64, channel int) {
	exc := &p.opt.Excitation
	f0b := v.f0 / p.binHz // f0 in bins
	nh := min(int(float64(len(P))/f0b)+1, len(p.harmLog))
	hl := p.harmLog[:nh]
	for h := range hl {
		hl[h] = math.NaN()
	}
	// Each harmonic's log residual power |X|²·|A|², from its strongest
	// peak within a quarter of f0 of h·f0.
	top := 3000 / p.binHz
	var sum float64
	n := 0
	for _, pk := range peaks {
		x := float64(pk) / f0b
		h := int(math.Round(x))
		if h < 1 || h >= nh || math.Abs(x-float64(h)) > 0.25 {
			continue
		}
		r := float64(P[pk]) * float64(v.a2[pk])
		if !(r > 0) {
			continue
		}
		lr := math.Log(r)
		if old := hl[h]; math.IsNaN(old) || lr > old {
			if float64(h)*f0b < top {
				if !math.IsNaN(old) {
					sum -= old
					n--
				}
				sum += lr
				n++
			}
			hl[h] = lr
		}
	}
	if n == 0 {
		return
	}
	mean := sum / float64(n)
	const dB = math.Ln10 / 10 // dB to log power
	for i, pk := range peaks {
		h := int(math.Round(float64(pk) / f0b))
		if h < 1 || h >= nh || math.IsNaN(hl[h]) {
			continue
		}
		d := exc.Flatten * (mean - hl[h]) // log power
		if h == 1 {
			d += exc.H1 * dB
		}
		if exc.Shimmer > 0 {
			d += exc.Shimmer * (unitNoise(exc.Seed^0x5bd1e995, frame, uint64(h)<<8|uint64(channel)&0xff) - 0.5) * dB
		}
		d = min(max(d, -18*dB), 18*dB)
		pg[i] = float32(math.Exp(d / 2))
	}
}

// unitNoise is a counter-based uniform random number in [0, 1) of seed,
// a and b (splitmix64 of their mix): deterministic, allocation-free.
func unitNoise(seed, a, b uint64) float64 {
	z := seed + a*0x9e3779b97f4a7c15 + b*0xc2b2ae3d27d4eb4f + 0x632be59bd9b4e019
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	z ^= z >> 31
	return float64(z>>11) / (1 << 53)
}
