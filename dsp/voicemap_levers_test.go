package dsp_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// vowelSequence is like vowelVoice but its 250 ms syllables cycle through
// vowels, each given by its three formants in Hz.
func vowelSequence(rate, n int, median float64, vowels [][3]float64, seed uint64) []float32 {
	rng := rand.New(rand.NewPCG(seed, 11))
	var y1, y2 [3]float64
	out := make([]float32, n)
	phase, prev := 0.0, 0.0
	syll := rate / 4
	var a1, a2 [3]float64
	for i := range out {
		if i%syll == 0 {
			v := vowels[(i/syll)%len(vowels)]
			for k, f := range v {
				bw := 80 + 30*float64(k)
				r := math.Exp(-math.Pi * bw / float64(rate))
				a1[k], a2[k] = 2*r*math.Cos(2*math.Pi*f/float64(rate)), -r*r
			}
		}
		t := float64(i) / float64(rate)
		phase += median * math.Exp2(0.2*math.Sin(2*math.Pi*0.5*t)) / float64(rate)
		e := 0.0
		if phase >= 1 {
			phase -= 1
			e = 1
		}
		e += 0.01 * rng.NormFloat64()
		x := e - 0.9*prev
		prev = e
		for k := range 3 {
			y := x + a1[k]*y1[k] + a2[k]*y2[k]
			y2[k], y1[k] = y1[k], y
			x = y
		}
		env := math.Sin(math.Pi * float64(i%syll) / float64(syll))
		out[i] = float32(0.01 * x * env)
	}
	return out
}

func TestVoiceMeter_MeasuresFormants(t *testing.T) {
	const rate = 8000
	st := measure(t, rate, vowelVoice(rate, 6*rate, 120, 1, 1))
	t.Logf("formants %.0f %.0f %.0f Hz, spreads %.3f %.3f %.3f oct", st.Formants[0], st.Formants[1], st.Formants[2], st.FormantSpread[0], st.FormantSpread[1], st.FormantSpread[2])
	for i, want := range []float64{500, 1500, 2500} {
		assert.InEpsilon(t, want, st.Formants[i], 0.08, "F%d", i+1)
		assert.Less(t, st.FormantSpread[i], 0.06, "F%d of one vowel barely moves", i+1)
	}
	st = measure(t, rate, make([]float32, rate))
	assert.Zero(t, st.Formants, "silence has no formants")
}

// TestVoiceMap_NormalisesFormants: formant normalisation puts each
// formant's median where the target asks, formant by formant (which one
// linear formant scale cannot do), and narrows or widens the speaker's
// vowel space to the target's spread.
func TestVoiceMap_NormalisesFormants(t *testing.T) {
	const rate = 8000
	noEQ := testTarget
	noEQ.LTAS = nil
	x := vowelVoice(rate, 6*rate, 120, 1, 1)
	in := measure(t, rate, x)
	norm := noEQ
	norm.Formants = [3]float64{460, 1650, 2600} // F2 up 10 %, F1 down 8 %, F3 up 4 %
	norm.FormantSpread = [3]float64{0.2, 0.2, 0.2}
	out := measure(t, rate, mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: in, Target: norm, FineEnvelope: true}, 4096))
	lin := measure(t, rate, mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: in, Target: noEQ, FineEnvelope: true}, 4096))
	t.Logf("in %.0f, normalised %.0f, linear %.0f", in.Formants, out.Formants, lin.Formants)
	for i := range 3 { // F1 among the low harmonics lands less exactly
		assert.InEpsilon(t, norm.Formants[i], out.Formants[i], []float64{0.07, 0.04, 0.04}[i], "F%d moved to the target's", i+1)
	}
	assert.Greater(t, math.Abs(lin.Formants[0]/lin.Formants[1]-norm.Formants[0]/norm.Formants[1]), 0.03,
		"one linear scale cannot move F1 and F2 apart")

	// Two vowels: the vowel space's size follows the target's spread.
	vowels := [][3]float64{{650, 1150, 2500}, {400, 1900, 2700}}
	x = vowelSequence(rate, 8*rate, 120, vowels, 3)
	in = measure(t, rate, x)
	for _, k := range []float64{0.7, 1.4} {
		tg := noEQ
		tg.Formants = in.Formants
		for i := range 3 {
			tg.FormantSpread[i] = min(in.FormantSpread[i]*k, 1)
		}
		o := measure(t, rate, mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: in, Target: tg, FineEnvelope: true}, 4096))
		t.Logf("spread ×%.1f: F2 spread %.3f → %.3f oct", k, in.FormantSpread[1], o.FormantSpread[1])
		assert.InEpsilon(t, k*in.FormantSpread[1], o.FormantSpread[1], 0.2, "F2's spread scaled by %.1f", k)
	}
}

// TestVoiceMap_LeversAllocateNothing: formant normalisation and the contour
// options keep the stage allocation-free.
func TestVoiceMap_LeversAllocateNothing(t *testing.T) {
	const rate = 8000
	x := dsptest.Speech(rate, 30*rate, 5)
	tg := testTarget
	tg.Formants, tg.FormantSpread = [3]float64{420, 1600, 2600}, [3]float64{0.25, 0.35, 0.15}
	in := measure(t, rate, x[:5*rate])
	require.NotZero(t, in.Formants[2], "the test speech has formants")
	s, err := dsp.NewVoiceMap(audio.NewSliceStream(rate, [][]float32{x}), dsp.VoiceMapOptions{Source: in, Target: tg, FineEnvelope: true,
		Contour: dsp.VoiceContour{PhraseSeconds: 0.5, Phrase: 0.3, Declination: 0.3, Seed: 1}})
	require.NoError(t, err)
	block := audio.NewBlock(1, 4096)
	_, err = s.Read(block)
	require.NoError(t, err)
	allocs := testing.AllocsPerRun(20, func() { _, err = s.Read(block) })
	require.NoError(t, err)
	assert.Zero(t, allocs)
}

// TestVoiceMap_ContourReplacesThePhraseComponent: a voice whose f0 glides
// slowly (±0.3 octave over 2 s) loses the glide when the phrase component
// is scaled to 0, keeps it without VoiceContour, and takes the target's
// declination instead when one is given.
func TestVoiceMap_ContourReplacesThePhraseComponent(t *testing.T) {
	const rate = 8000
	x := vowelVoice(rate, 8*rate, 140, 1, 4)
	in := measure(t, rate, x)
	tg := testTarget
	tg.LTAS = nil
	tg.F0Spread = in.F0Spread // the range kept, so only the contour's shape changes
	spread := func(c dsp.VoiceContour) float64 {
		return measure(t, rate, mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: in, Target: tg, Contour: c}, 4096)).F0Spread
	}
	kept := spread(dsp.VoiceContour{})
	flat := spread(dsp.VoiceContour{PhraseSeconds: 0.15})
	decl := spread(dsp.VoiceContour{PhraseSeconds: 0.15, Declination: 0.6, PhraseLen: 1, Seed: 3})
	t.Logf("f0 spread: input %.3f, kept %.3f, phrase removed %.3f, target declination %.3f oct", in.F0Spread, kept, flat, decl)
	assert.InEpsilon(t, in.F0Spread, kept, 0.25, "without a contour the range is the target's (here the input's)")
	assert.Less(t, flat, kept/2.5, "the slow glide is the phrase component: scaled to 0 it is gone")
	assert.Greater(t, decl, 2*flat, "the target's declination replaces it")
}
