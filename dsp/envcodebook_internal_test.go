package dsp

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// envCBTargetDistance is the mean squared distance, over x's voiced frames,
// of the mean-normalised cepstrum from its class's codeword in target
// sub-codebook voice.
func envCBTargetDistance(t *testing.T, rate int, x []float32, voice int) float64 {
	frames, err := envCBAnalyse(audio.NewSliceStream(rate, [][]float32{x}))
	require.NoError(t, err)
	require.Greater(t, len(frames), 100, "the test speech has voiced frames")
	z, _ := envCBNormalised([]envCBFile{{frames: frames}}, &envCodebookMean)
	var sum float64
	for i := range z {
		cw := &envCodebookVoices[voice][nearestCodeword(&z[i])]
		for n, v := range z[i] {
			e := v - float64(cw[n])
			sum += e * e
		}
	}
	return sum / float64(len(z))
}

// TestVoiceMap_CodebookPullsEnvelopesTowardTheTargetVoice: with a codebook
// mix, the output's envelopes (as the codebook describes them) lie nearer
// their class's codeword in the chosen target voice than without it, and
// nearer that voice than another one; the output is as long as the input.
func TestVoiceMap_CodebookPullsEnvelopesTowardTheTargetVoice(t *testing.T) {
	const rate = 8000
	x := dsptest.Speech(rate, 8*rate, 7)
	tg := VoiceTarget{F0Median: 130, F0Spread: 0.15, FormantScale: 1}
	run := func(cb VoiceCodebook) []float32 {
		s, err := NewVoiceMap(audio.NewSliceStream(rate, [][]float32{x}), VoiceMapOptions{Target: tg, FineEnvelope: true, Codebook: cb})
		require.NoError(t, err)
		out, err := audio.ReadAll(s)
		require.NoError(t, err)
		require.Len(t, out[0], len(x), "output length is exact")
		return out[0]
	}
	const voice, other = 3, 6
	off := run(VoiceCodebook{})
	on := run(VoiceCodebook{Mix: 0.7, Voice: voice})
	dOff, dOn := envCBTargetDistance(t, rate, off, voice), envCBTargetDistance(t, rate, on, voice)
	dOther := envCBTargetDistance(t, rate, on, other)
	t.Logf("distance to voice %d's codewords: %.3f without, %.3f with (to voice %d's: %.3f)", voice, dOff, dOn, other, dOther)
	assert.Less(t, dOn, 0.7*dOff, "the envelopes moved toward the target voice's codewords")
	assert.Less(t, dOn, dOther, "nearer the chosen voice than another")
}

// TestVoiceMap_CodebookAllocatesNothing: the codebook keeps the stage
// allocation-free.
func TestVoiceMap_CodebookAllocatesNothing(t *testing.T) {
	const rate = 8000
	x := dsptest.Speech(rate, 30*rate, 5)
	s, err := NewVoiceMap(audio.NewSliceStream(rate, [][]float32{x}), VoiceMapOptions{
		Target: VoiceTarget{F0Median: 130, F0Spread: 0.15, FormantScale: 1}, FineEnvelope: true, Codebook: VoiceCodebook{Mix: 0.5, Voice: 1}})
	require.NoError(t, err)
	block := audio.NewBlock(1, 4096)
	_, err = s.Read(block)
	require.NoError(t, err)
	allocs := testing.AllocsPerRun(20, func() { _, err = s.Read(block) })
	require.NoError(t, err)
	assert.Zero(t, allocs)
}

func TestNewVoiceMap_RejectsABadCodebook(t *testing.T) {
	tg := VoiceTarget{F0Median: 130, F0Spread: 0.15, FormantScale: 1}
	for _, cb := range []VoiceCodebook{{Mix: -0.1}, {Mix: 1.1}, {Mix: 0.5, Voice: -1}, {Mix: 0.5, Voice: VoiceCodebookVoices}} {
		_, err := NewVoiceMap(audio.NewSliceStream(8000, [][]float32{make([]float32, 100)}), VoiceMapOptions{Target: tg, Codebook: cb})
		assert.ErrorIs(t, err, ErrInvalidOptions, "%+v", cb)
	}
}
