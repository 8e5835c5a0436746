package anonymize

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// gain is a mono test stage that scales by g and delays nothing.
type gain struct {
	audio.Stream
	g float32
}

func (s gain) Read(dst [][]float32) (int, error) {
	n, err := s.Stream.Read(dst)
	for i := range dst[0][:n] {
		dst[0][i] *= s.g
	}
	return n, err
}

func TestPerChannel_EachChannelGetsItsOwnChainAndStaysAligned(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 10007
	in := [][]float32{make([]float32, n), make([]float32, n), make([]float32, n)}
	for c := range in {
		for i := range in[c] {
			in[c][i] = rng.Float32()*2 - 1
		}
	}
	for _, block := range []int{1, 37, 1000, 4096} {
		s, err := perChannel(audio.NewSliceStream(8000, in), 333, func(ch int, mono audio.Stream) (audio.Stream, error) {
			require.Equal(t, 1, mono.Format().Channels)
			return gain{mono, float32(ch + 1)}, nil
		})
		require.NoError(t, err)
		out := audio.NewBlock(3, 0)
		buf := audio.NewBlock(3, block)
		for {
			k, err := s.Read(buf)
			for c := range out {
				out[c] = append(out[c], buf[c][:k]...)
			}
			if err != nil {
				break
			}
		}
		for c := range in {
			require.Len(t, out[c], n, "block %d channel %d", block, c)
			for i := range in[c] {
				if out[c][i] != in[c][i]*float32(c+1) {
					t.Fatalf("block %d channel %d frame %d: got %v want %v", block, c, i, out[c][i], in[c][i]*float32(c+1))
				}
			}
		}
	}
}

func TestMedianF0_FindsThePitchOfAHarmonicTone(t *testing.T) {
	t.Parallel()
	for _, rate := range []int{8000, 16000, 44100} {
		for _, f0 := range []float64{110, 210} {
			x := make([]float32, rate*3)
			for i := range x {
				tt := float64(i) / float64(rate)
				for h := 1; h <= 5; h++ {
					x[i] += float32(0.1 / float64(h) * math.Sin(2*math.Pi*f0*float64(h)*tt))
				}
			}
			got := medianF0(x, rate)
			assert.InEpsilon(t, f0, got, 0.03, "rate %d f0 %v", rate, f0)
		}
	}
	assert.Zero(t, medianF0(make([]float32, 16000), 8000), "silence has no pitch")
}

func TestDeriveVoice_KeyedStableAndAwayFromIdentity(t *testing.T) {
	t.Parallel()
	k1, _ := KeyFromBytes([]byte("0123456789abcdef0123456789abcdef"))
	k2, _ := KeyFromBytes([]byte("fedcba9876543210fedcba9876543210"))
	assert.Equal(t, deriveVoice(k1, "a#0", 0, VoiceCascade), deriveVoice(k1, "a#0", 0, VoiceCascade))
	assert.NotEqual(t, deriveVoice(k1, "a#0", 0, VoiceCascade), deriveVoice(k2, "a#0", 0, VoiceCascade))
	assert.NotEqual(t, deriveVoice(k1, "a#0", 0, VoiceCascade).id, deriveVoice(k1, "a#1", 0, VoiceCascade).id)
	ups, downs := 0, 0
	for i := range 200 {
		p := deriveVoice(k1, string(rune('A'+i%26))+string(rune(i)), 0, VoiceCascade)
		s := math.Abs(p.semitones)
		assert.True(t, s >= minSemitones && s <= maxSemitones, "semitones %v", p.semitones)
		w := math.Abs(p.formant - 1)
		assert.True(t, w >= minFormant && w <= maxFormant, "formant %v", p.formant)
		assert.True(t, p.alpha >= minAlpha && p.alpha <= maxAlpha, "alpha %v", p.alpha)
		if p.semitones > 0 {
			ups++
		} else {
			downs++
		}
	}
	assert.Greater(t, ups, 50, "without a pitch estimate the key picks the direction")
	assert.Greater(t, downs, 50)
	// A low voice is shifted up, a high one down.
	assert.Positive(t, deriveVoice(k1, "x", 110, VoiceCascade).semitones)
	assert.Negative(t, deriveVoice(k1, "x", 220, VoiceCascade).semitones)
	// Another method is another pseudo-voice, with another id.
	assert.NotEqual(t, deriveVoice(k1, "x", 110, VoiceCascade).id, deriveVoice(k1, "x", 110, VoiceCascadeMcAdams).id)
	// The id reveals nothing of the parameters in its text.
	assert.Len(t, deriveVoice(k1, "x", 110, VoiceCascade).id, 16)
}

func TestDerivePseudoVoice_KeyedStableAndInRange(t *testing.T) {
	k1, err := KeyFromBytes(make([]byte, KeySize))
	require.NoError(t, err)
	b := make([]byte, KeySize)
	b[0] = 1
	k2, err := KeyFromBytes(b)
	require.NoError(t, err)
	assert.Equal(t, derivePseudoVoice(k1, "a#0"), derivePseudoVoice(k1, "a#0"), "same key and speaker: same voice")
	assert.NotEqual(t, derivePseudoVoice(k1, "a#0").id, derivePseudoVoice(k2, "a#0").id, "another key: another voice")
	assert.NotEqual(t, derivePseudoVoice(k1, "a#0").id, derivePseudoVoice(k1, "a#1").id, "another speaker: another voice")
	var lo, hi int
	for i := range 300 {
		v := derivePseudoVoice(k1, string(rune('A'+i%26))+string(rune(i)))
		assert.GreaterOrEqual(t, v.f0, 80.0)
		assert.LessOrEqual(t, v.f0, 260.0)
		assert.GreaterOrEqual(t, v.formant, 0.87)
		assert.LessOrEqual(t, v.formant, 1.23)
		if v.f0 < 140 {
			lo++
		} else {
			hi++
		}
		tg := v.target(8000)
		assert.Len(t, tg.LTAS, 129)
		seg := v.segment(1)
		assert.Equal(t, seg(7), seg(7), "a segment's parameters are a function of its index")
		assert.NotEqual(t, seg(7), seg(8))
		s := seg(int64(i))
		assert.LessOrEqual(t, math.Abs(s.Pitch), segPitchSemitones)
		assert.InDelta(t, 1, s.Formant, segFormant)
		none := v.segment(0)(int64(i))
		assert.Zero(t, none.Pitch, "depth 0: no variation")
		assert.Equal(t, 1.0, none.Formant)
	}
	assert.Greater(t, lo, 50, "low and high target voices both occur")
	assert.Greater(t, hi, 50)
	seg := derivePseudoVoice(k1, "x").segment(1)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = seg(3) }), "the segment function allocates nothing")
}

// TestPseudoVoiceFit_MovesTheSpeakerABoundedWay: the fitted target's
// median f0 and formant scale lie pseudoMinShift to pseudoMaxShift
// semitones and pseudoMinFormant to pseudoMaxFormant away from the
// speaker's own, either way, inside the pseudo-voice range where they
// meet it, spread across that window by the key; unknown statistics leave
// the drawn target.
func TestPseudoVoiceFit_MovesTheSpeakerABoundedWay(t *testing.T) {
	k, err := KeyFromBytes(make([]byte, KeySize))
	require.NoError(t, err)
	for _, src := range []dsp.VoiceStats{
		{F0Median: 100, FormantScale: 0.95},
		{F0Median: 210, FormantScale: 1.2},
		{F0Median: 60, FormantScale: 0.75}, // below the range: the window's top end
		{F0Median: 420, FormantScale: 1.45},
	} {
		var f0Lo, f0Hi = math.Inf(1), 0.0
		for i := range 200 {
			v := derivePseudoVoice(k, fmt.Sprint("s", i))
			tg := v.fit(src, 8000)
			st := math.Abs(12 * math.Log2(tg.F0Median/src.F0Median))
			assert.LessOrEqual(t, st, pseudoMaxShift+1e-9, "f0 %v -> %v", src.F0Median, tg.F0Median)
			assert.GreaterOrEqual(t, st, pseudoMinShift-1e-9, "f0 %v -> %v", src.F0Median, tg.F0Median)
			fr := math.Abs(math.Log(tg.FormantScale / src.FormantScale))
			assert.LessOrEqual(t, fr, math.Log(1+pseudoMaxFormant)+1e-9)
			assert.GreaterOrEqual(t, fr, math.Log(1+pseudoMinFormant)-1e-9)
			assert.Nil(t, tg.LTAS, "no long-term equalisation")
			f0Lo, f0Hi = min(f0Lo, tg.F0Median), max(f0Hi, tg.F0Median)
		}
		switch src.F0Median {
		case 60:
			assert.InDelta(t, 60*math.Exp2(pseudoMaxShift/12), f0Hi, 1e-6, "as near the range as the bound allows")
		case 100, 210:
			assert.Less(t, f0Lo, src.F0Median, "the key moves some voices down")
			assert.Greater(t, f0Hi, src.F0Median, "and some up")
		}
	}
	v := derivePseudoVoice(k, "x")
	tg := v.fit(dsp.VoiceStats{}, 8000)
	assert.Equal(t, v.f0, tg.F0Median, "nothing measured: the drawn target")
	assert.Equal(t, v.formant, tg.FormantScale)
	// A range that lies inside the gap: the nearest point outside it.
	assert.InDelta(t, 1.05*0.98, drawAway(0.98, 1.05, 1.2, 0.99, 1.01, 0.5), 1e-12)
	assert.InDelta(t, 1.0/1.05, drawAway(1, 1.05, 1.2, 0.99, 1.01, 0.5), 1e-12)
	// q = 1 with no room above x: the top of the window below, not a
	// value beyond the range.
	assert.InDelta(t, 1.3, drawAway(1.45, 1.1, 1.2, 0.8, 1.3, 1), 1e-12)
}

// TestPseudoVoiceNormalise_TargetsABoundedVowelSpace: VoicePseudoNorm's
// formant targets are increasing, within normMaxShift of the speaker's own
// medians, spread by the key across the drawn ranges, and absent when the
// speaker's formants are unknown.
func TestPseudoVoiceNormalise_TargetsABoundedVowelSpace(t *testing.T) {
	k, err := KeyFromBytes(make([]byte, KeySize))
	require.NoError(t, err)
	src := dsp.VoiceStats{F0Median: 120, FormantScale: 1, Formants: [3]float64{450, 1550, 2600}, FormantSpread: [3]float64{0.25, 0.4, 0.15}}
	var lo, hi [3]float64
	for i := range lo {
		lo[i] = math.Inf(1)
	}
	for i := range 200 {
		v := derivePseudoVoice(k, fmt.Sprint("s", i))
		tg := v.normalise(v.fit(src, 8000), src)
		for j, f := range tg.Formants {
			assert.LessOrEqual(t, math.Abs(math.Log(f/src.Formants[j])), math.Log(normMaxShift)+1e-9, "F%d %v", j+1, f)
			if j > 0 {
				assert.Greater(t, f, tg.Formants[j-1])
			}
			sp := tg.FormantSpread[j]
			assert.GreaterOrEqual(t, sp, normSpreadLow[j]-1e-9)
			assert.LessOrEqual(t, sp, normSpreadTop[j]+1e-9)
			lo[j], hi[j] = min(lo[j], sp), max(hi[j], sp)
		}
	}
	for j := range lo {
		assert.Greater(t, hi[j]-lo[j], 0.8*(normSpreadTop[j]-normSpreadLow[j]), "the key spreads F%d's target spread over its range", j+1)
	}
	v := derivePseudoVoice(k, "x")
	none := v.normalise(v.fit(dsp.VoiceStats{F0Median: 120, FormantScale: 1}, 8000), dsp.VoiceStats{F0Median: 120, FormantScale: 1})
	assert.Zero(t, none.Formants, "no formants measured: no normalisation")
}
