package eval_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/internal/racedetect"
)

// TestComfortNoise_KeepsTheVoicedFramesOfReal30 measures the gate of
// dsp.ComfortNoise (default options) on the real-speech originals: of the
// 10 ms frames the attackers keep as speech (within 30 dB of the
// segment's loudest, above −55 dBFS) it may touch almost none (no word
// or its tail cut), and of the frames the pause attacker listens to (more
// than 35 dB under the loudest, above −90 dBFS) it must replace nearly
// all of those further than the gate's hold (80 ms after, 30 ms before)
// from speech. Those nearer are kept on purpose: they are word tails and
// the short gaps between words.
func TestComfortNoise_KeepsTheVoicedFramesOfReal30(t *testing.T) {
	if testing.Short() || racedetect.Enabled {
		t.Skip("loads and gates 160 recordings: not under -short or -race")
	}
	var voiced, voicedTouched, pause, pauseReplaced, away, awayReplaced int
	for _, u := range loadReal30(t) {
		c, err := dsp.NewComfortNoise(audio.NewSliceStream(u.Rate, [][]float32{u.Samples}), dsp.ComfortNoiseOptions{Seed: 1})
		require.NoError(t, err)
		out, err := audio.ReadAll(c)
		require.NoError(t, err)
		require.Len(t, out[0], len(u.Samples))
		hop := u.Rate / 100
		lv := make([]float64, len(u.Samples)/hop)
		peak := math.Inf(-1)
		for k := range lv {
			var e float64
			for _, v := range u.Samples[k*hop : (k+1)*hop] {
				e += float64(v) * float64(v)
			}
			lv[k] = 10 * math.Log10(e/float64(hop)+1e-20)
			peak = max(peak, lv[k])
		}
		for k, e := range lv {
			touched := false
			for i := k * hop; i < (k+1)*hop; i++ {
				touched = touched || out[0][i] != u.Samples[i]
			}
			switch {
			case e > peak-30 && e > -55:
				voiced++
				if touched {
					voicedTouched++
				}
			case e < peak-35 && e > -90:
				pause++
				if touched {
					pauseReplaced++
				}
				near := false
				for j := max(k-9, 0); j <= min(k+4, len(lv)-1); j++ {
					near = near || lv[j] > peak-30
				}
				if !near {
					away++
					if touched {
						awayReplaced++
					}
				}
			}
		}
	}
	t.Logf("real30 originals: %d of %d voiced frames touched (%.2f %%); %d of %d pause frames replaced (%.1f %%), %d of the %d away from speech (%.1f %%)",
		voicedTouched, voiced, 100*float64(voicedTouched)/float64(voiced), pauseReplaced, pause, 100*float64(pauseReplaced)/float64(pause),
		awayReplaced, away, 100*float64(awayReplaced)/float64(away))
	assert.Less(t, float64(voicedTouched), 0.005*float64(voiced), "the gate cuts into speech (measured 0 of 32,585 frames)")
	assert.Greater(t, float64(awayReplaced), 0.9*float64(away), "the gate leaves pauses away from speech (measured 97.2 %)")
}
