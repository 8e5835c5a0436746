package dsp

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVoiceMapExcite_FlattensTheHarmonics feeds excite a voiced frame
// whose harmonics sit alternately 6 dB above and below a flat envelope
// (a source with uneven harmonics), with a peak between two harmonics,
// and checks the gains: Flatten 1 brings every harmonic to the mean,
// 0.5 halves the deviations (in dB), H1 lifts the first harmonic only,
// the peak between harmonics moves with the nearest harmonic, and the
// shimmer stays within its bounds and is not the same on every harmonic.
func TestVoiceMapExcite_FlattensTheHarmonics(t *testing.T) {
	const rate, size = 8000, 512
	p, err := newVoiceMapProcessor(VoiceMapOptions{Target: VoiceTarget{F0Median: 150, F0Spread: 0.1, FormantScale: 1}})
	require.NoError(t, err)
	require.NoError(t, p.InitSpectral(1, rate, size, size/4))
	v := p.vf
	v.f0 = 10 * p.binHz // harmonics every 10 bins: 156 Hz
	for b := range v.a2 {
		v.a2[b] = 1 // a flat envelope: the residual is the spectrum
	}
	P := make([]float32, p.bins)
	var peaks []int32
	level := func(h int) float64 { // dB
		if h%2 == 1 {
			return 6
		}
		return -6
	}
	for h := 1; float64(10*h) < 3000/p.binHz; h++ {
		P[10*h] = float32(math.Pow(10, level(h)/10))
		peaks = append(peaks, int32(10*h))
	}
	var mean float64 // dB: the mean the harmonics are brought to
	for _, pk := range peaks {
		mean += level(int(pk/10)) / float64(len(peaks))
	}
	P[26] = 1e-3 // a peak between harmonics 2 and 3, nearer 3
	peaks = append(peaks[:2], append([]int32{26}, peaks[2:]...)...)
	pg := make([]float32, len(peaks))
	gainDB := func(i int) float64 { return 20 * math.Log10(float64(pg[i])) }
	run := func(e VoiceExcitation) {
		p.opt.Excitation = e
		for i := range pg {
			pg[i] = 1
		}
		p.excite(pg, peaks, P, v, 7, 0)
	}

	run(VoiceExcitation{Flatten: 1})
	for i, pk := range peaks {
		h := int(math.Round(float64(pk) / 10))
		if pk == 26 {
			assert.InDelta(t, mean-level(3), gainDB(i), 0.01, "the peak between harmonics moves with harmonic 3")
			continue
		}
		assert.InDelta(t, mean, level(h)+gainDB(i), 0.01, "harmonic %d brought to the mean", h)
	}
	run(VoiceExcitation{Flatten: 0.5})
	assert.InDelta(t, (level(1)+mean)/2, level(1)+gainDB(0), 0.01, "half the deviation left")
	run(VoiceExcitation{Flatten: 1, H1: 5})
	assert.InDelta(t, mean+5, level(1)+gainDB(0), 0.01, "the first harmonic lifted by H1")
	assert.InDelta(t, mean, level(2)+gainDB(1), 0.01, "the second not")
	run(VoiceExcitation{Shimmer: 4, Seed: 3})
	distinct := map[float32]bool{}
	for i := range pg {
		assert.LessOrEqual(t, math.Abs(gainDB(i)), 2.0+1e-6, "shimmer within ±Shimmer/2 dB")
		distinct[pg[i]] = true
	}
	assert.Greater(t, len(distinct), len(pg)/2, "shimmer drawn per harmonic")
	prev := append([]float32(nil), pg...)
	run(VoiceExcitation{Shimmer: 4, Seed: 3})
	assert.Equal(t, prev, pg, "deterministic for one seed and frame")
}
