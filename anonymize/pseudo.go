package anonymize

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"

	"github.com/callveil/callveil/dsp"
)

// pseudoVoice is the keyed target of VoicePseudo for one speaker, and the
// seed of its per-segment variation. It is secret, like voiceParams.
type pseudoVoice struct {
	f0, spread, formant float64    // target median f0 (Hz), log₂ spread, formant scale
	height              float64    // where in a range the voice sits, in [0, 1]: f0 and formant scale rise with it
	f0Jit, formantJit   float64    // jitter of f0 and formant scale around height, in [-0.5, 0.5)
	bands               [3]float64 // the target's own warp shape
	tilt                float64    // dB per octave above 500 Hz
	bumpHz, bumpDB      [2]float64 // two broad resonances of the target's LTAS
	fmJit, fmSpread     [3]float64 // per formant: jitter of the median and spread, in [-1, 1)
	seed                uint64     // per-segment variation
	cbMix               float64    // VoicePseudoVQ: how far envelopes move toward the codebook, in [0.3, 0.7]
	cbVoice             int        // VoicePseudoVQ: the target sub-codebook
	id                  string
}

// Ranges of the pseudo-voice targets and of their per-segment variation.
const (
	// Targets span adult voices: median f0 from about 90 to 240 Hz with the
	// formant scale rising with it (a higher voice has a shorter tract),
	// jittered so the two are not tied.
	pseudoF0Low      = 95.0 // Hz, the lowest "height"
	pseudoF0Octaves  = 1.25 // from lowest to highest height
	pseudoSpreadLow  = 0.13 // octaves
	pseudoSpreadHigh = 0.22
	pseudoFormantLow = 0.92
	pseudoFormantTop = 1.18
	// pseudoBand is the reach, either way, of the target's own warp shape:
	// its local factors at 700, 1800 and 3000 Hz.
	pseudoBand = 0.15

	// Per segment, around the target.
	segPitchSemitones = 1.5  // ± uniform
	segRangeOctaves   = 0.3  // range factor 2^±
	segFormant        = 0.05 // ± fraction
	segBand           = 0.05 // ± fraction per warp band
	segTiltDB         = 2.0  // ± dB per octave
)

// unitFloat reads a uniform float in [0, 1) from the i-th 8-byte word of h.
func unitFloat(h []byte, i int) float64 {
	return float64(binary.BigEndian.Uint64(h[i*8:])>>11) / (1 << 53)
}

// derivePseudoVoice draws speaker's pseudo-voice from the key.
func derivePseudoVoice(k Key, speaker string) pseudoVoice {
	// Two HMAC blocks: words 0-4 are the floats, bytes 40-46 the warp
	// shape and LTAS, 47-52 the formant jitters, 53-54 the codebook's mix
	// and voice, bytes 56-63 the segment seed.
	h := append(k.Derive("pseudo-voice", speaker), k.Derive("pseudo-voice-2", speaker)...)
	u := func(i int) float64 { return unitFloat(h, i) }
	height := u(0)
	v := pseudoVoice{
		height: height, f0Jit: u(1) - 0.5, formantJit: u(3) - 0.5,
		f0:      pseudoF0Low * math.Exp2(height*pseudoF0Octaves+(u(1)-0.5)*0.3),
		spread:  pseudoSpreadLow + (pseudoSpreadHigh-pseudoSpreadLow)*u(2),
		formant: pseudoFormantLow + (pseudoFormantTop-pseudoFormantLow)*height + (u(3)-0.5)*0.08,
		tilt:    -(5 + 5*u(4)),
		seed:    binary.BigEndian.Uint64(h[56:]),
	}
	v.bands[0] = 1 + (float64(h[40])/255-0.5)*2*pseudoBand
	v.bands[1] = 1 + (float64(h[41])/255-0.5)*2*pseudoBand
	v.bands[2] = 1 + (float64(h[42])/255-0.5)*2*pseudoBand
	v.bumpHz = [2]float64{500 + 900*float64(h[43])/255, 1600 + 1400*float64(h[44])/255}
	v.bumpDB = [2]float64{(float64(h[45])/255 - 0.5) * 8, (float64(h[46])/255 - 0.5) * 8}
	v.cbMix = 0.3 + 0.4*float64(h[53])/255
	v.cbVoice = int(h[54]) % dsp.VoiceCodebookVoices
	for i := range 3 {
		v.fmJit[i] = float64(h[47+i])/128 - 1
		v.fmSpread[i] = float64(h[50+i])/128 - 1
	}
	id := k.Derive("voice-id", fmt.Sprintf("%s|%s|%x", VoicePseudo, speaker, h))
	v.id = hex.EncodeToString(id[:8])
	return v
}

// target is the dsp target of v at rate, its LTAS on 129 points.
func (v pseudoVoice) target(rate int) dsp.VoiceTarget {
	nyq := float64(rate) / 2
	ltas := make([]float64, 129)
	for i := range ltas {
		f := nyq * float64(i) / float64(len(ltas)-1)
		db := v.tilt * math.Log2(max(f, 500)/500)
		for j := range v.bumpHz {
			d := (f - v.bumpHz[j]) / 350
			db += v.bumpDB[j] * math.Exp(-0.5*d*d)
		}
		ltas[i] = db
	}
	return dsp.VoiceTarget{F0Median: v.f0, F0Spread: v.spread, FormantScale: v.formant, LTAS: ltas}
}

// Bounds of how far VoicePseudo moves a speaker from their own voice. A
// recogniser loses words when the pitch moves far (on the synthetic set,
// pocketsphinx kept 0.25 of its word recall for shifts beyond 9 semitones
// and 0.48 beyond -5, with the envelope kept) or the formants move far,
// so each target is drawn inside a window around the speaker; and an
// attacker links a voice moved too little, so the window excludes the
// speaker's own neighbourhood, as VoiceCascade's ranges do.
const (
	pseudoMinShift   = 2.0  // semitones, median f0: never near the speaker's own
	pseudoMaxShift   = 5.0  // semitones
	pseudoMinFormant = 0.05 // formant scale, a factor of 1±
	pseudoMaxFormant = 0.12
	// pseudoFormantEdge widens the formant scale range the targets are
	// drawn from, beyond the pseudo-voice range, on both sides.
	pseudoFormantEdge = 0.04
)

// fit returns v's target for a speaker with statistics src at rate: the
// median f0 and formant scale are drawn, at v's height, from the part of
// the pseudo-voice range that lies pseudoMinShift to pseudoMaxShift
// semitones and pseudoMinFormant to pseudoMaxFormant away from the
// speaker's own, either way (see drawAway). Unknown statistics leave the
// drawn target as it is. The target has no LTAS: the long-term
// equaliser cost a recogniser words (see the package doc).
func (v pseudoVoice) fit(src dsp.VoiceStats, rate int) dsp.VoiceTarget {
	t := v.target(rate)
	t.LTAS = nil // no long-term equalisation: it cost a recogniser words (see the package doc)
	f0Lo := pseudoF0Low * math.Exp2(-0.15)
	f0Hi := pseudoF0Low * math.Exp2(pseudoF0Octaves+0.15)
	if src.F0Median > 0 {
		lo, hi := math.Exp2(pseudoMinShift/12), math.Exp2(pseudoMaxShift/12)
		t.F0Median = min(max(drawAway(src.F0Median, lo, hi, f0Lo, f0Hi, v.height+0.2*v.f0Jit), 50), 500)
	}
	if src.FormantScale > 0 {
		fLo, fHi := pseudoFormantLow-pseudoFormantEdge, pseudoFormantTop+pseudoFormantEdge
		t.FormantScale = min(max(drawAway(src.FormantScale, 1+pseudoMinFormant, 1+pseudoMaxFormant, fLo, fHi, v.height+0.2*v.formantJit), 0.7), 1.5)
	}
	return t
}

// Formant normalisation's targets (VoicePseudoNorm). The medians are a
// neutral vowel space as formantTracker measures it on telephone speech
// (F1 raised by the 300 Hz high-pass) scaled by the target's formant scale
// and jittered per formant; the spreads are drawn from the spreads of
// adult read speech as the tracker sees them (in octaves; the medians of
// the real-speech set's 60 clips were about 0.25, 0.38 and 0.16).
var (
	normBase      = [3]float64{390, 1500, 2500} // Hz at formant scale 1
	normJit       = [3]float64{0.05, 0.05, 0.04}
	normSpreadLow = [3]float64{0.20, 0.28, 0.11}
	normSpreadTop = [3]float64{0.30, 0.45, 0.20}
)

// normMaxShift bounds how far formant normalisation moves a formant's
// median from the speaker's own, as a factor either way: a recogniser
// loses words when formants move far.
const normMaxShift = 1.2

// normalise returns t with v's formant normalisation target for a speaker
// with statistics src: unchanged when src has no formant statistics.
func (v pseudoVoice) normalise(t dsp.VoiceTarget, src dsp.VoiceStats) dsp.VoiceTarget {
	for i := range 3 {
		if !(src.Formants[i] > 0) || !(src.FormantSpread[i] > 0) {
			return t
		}
	}
	prev := 0.0
	for i := range 3 {
		f := normBase[i] * t.FormantScale * (1 + normJit[i]*v.fmJit[i])
		f = min(max(f, src.Formants[i]/normMaxShift), src.Formants[i]*normMaxShift)
		f = min(max(f, prev+50, 150), 5000)
		t.Formants[i], prev = f, f
		u := (v.fmSpread[i] + 1) / 2
		t.FormantSpread[i] = normSpreadLow[i] + u*(normSpreadTop[i]-normSpreadLow[i])
	}
	return t
}

// drawAway returns the point at fraction q (clamped to [0, 1]), on a log
// scale and lowest first, of the values between minR and maxR times away
// from x, either way (both ratios above 1), that lie in [rlo, rhi]; when
// none does, the one of those values nearest to the range.
func drawAway(x, minR, maxR, rlo, rhi, q float64) float64 {
	lo1, hi1 := max(x/maxR, rlo), min(x/minR, rhi) // below x
	lo2, hi2 := max(x*minR, rlo), min(x*maxR, rhi) // above x
	var l1, l2 float64
	if hi1 > lo1 {
		l1 = math.Log(hi1 / lo1)
	}
	if hi2 > lo2 {
		l2 = math.Log(hi2 / lo2)
	}
	if l1+l2 == 0 {
		switch {
		case x*maxR < rlo:
			return x * maxR
		case x/maxR > rhi:
			return x / maxR
		case x < rlo: // the range lies inside the gap around x
			return x * minR
		default:
			return x / minR
		}
	}
	at := min(max(q, 0), 1) * (l1 + l2)
	if at < l1 || l2 == 0 { // (q = 1 with nothing above x: the top of the window below)
		return lo1 * math.Exp(min(at, l1))
	}
	return lo2 * math.Exp(at-l1)
}

// segment is the dsp segment function of v: segment i's parameters,
// drawn from a counter-based generator keyed by v.seed (no allocation).
// depth scales the variation (1 the default, 0 none).
func (v pseudoVoice) segment(depth float64) func(i int64) dsp.VoiceSegment {
	seed := v.seed
	bands := v.bands
	return func(i int64) dsp.VoiceSegment {
		st := seed ^ uint64(i)*0x9e3779b97f4a7c15
		next := func() float64 { // splitmix64, uniform in [-1, 1)
			st += 0x9e3779b97f4a7c15
			z := st
			z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
			z = (z ^ (z >> 27)) * 0x94d049bb133111eb
			z ^= z >> 31
			return float64(z>>11)/(1<<52) - 1
		}
		s := dsp.VoiceSegment{
			Pitch:    depth * segPitchSemitones * next(),
			Range:    math.Exp2(depth * segRangeOctaves * next()),
			Formant:  1 + depth*segFormant*next(),
			Tilt:     depth * segTiltDB * next(),
			Wobble:   0.15 + 0.1*(next()+1),
			WobbleHz: 2.5 + 1.75*(next()+1),
		}
		for j := range s.Bands {
			s.Bands[j] = bands[j] * (1 + depth*segBand*next())
		}
		return s
	}
}
