package eval_test

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize/eval"
)

var voicesReal = filepath.Join("..", "..", "testdata", "voices", "real")

// loadReal loads the real-speech set (10 LibriSpeech speakers x 6
// utterances, 16 kHz), as telephone speech at 8 kHz when tel is set.
func loadReal(t testing.TB, tel bool) []eval.Utterance {
	t.Helper()
	u, err := eval.LoadDir(voicesReal, eval.LoadOptions{})
	require.NoError(t, err)
	require.Len(t, u, 60, "testdata/voices/real holds 10 speakers x 6 utterances")
	if tel {
		u, err = eval.TelephoneAll(u)
		require.NoError(t, err)
	}
	return u
}

func TestRealSet_Layout(t *testing.T) {
	u := loadReal(t, false)
	per := map[string]int{}
	for _, x := range u {
		assert.Equal(t, 16000, x.Rate, x.Name)
		assert.InDelta(t, 2.2, float64(len(x.Samples))/float64(x.Rate), 0.01, x.Name)
		per[x.Speaker]++
	}
	assert.Len(t, per, 10)
	for s, n := range per {
		assert.Equal(t, 6, n, s)
	}
}

// bandEnergy is the energy of x in [lo, hi] Hz by a direct DFT at 10 Hz steps.
func bandEnergy(x []float32, rate int, lo, hi float64) float64 {
	var e float64
	for f := lo; f <= hi; f += 10 {
		var re, im float64
		w := 2 * math.Pi * f / float64(rate)
		for i, v := range x {
			re += float64(v) * math.Cos(w*float64(i))
			im -= float64(v) * math.Sin(w*float64(i))
		}
		e += re*re + im*im
	}
	return e
}

func TestTelephone_BandAndRate(t *testing.T) {
	const rate = 16000
	x := make([]float32, rate/2)
	for i := range x { // 100 Hz + 1 kHz + 3.8 kHz tones
		ti := float64(i) / rate
		x[i] = float32(0.3*math.Sin(2*math.Pi*100*ti) + 0.3*math.Sin(2*math.Pi*1000*ti) + 0.3*math.Sin(2*math.Pi*3800*ti))
	}
	tel, err := eval.Telephone(eval.Utterance{Name: "tones", Rate: rate, Samples: x})
	require.NoError(t, err)
	assert.Equal(t, eval.TelephoneRate, tel.Rate)
	assert.InDelta(t, len(x)/2, len(tel.Samples), 2)
	y := tel.Samples[800:] // past the filters' start-up
	mid := bandEnergy(y, tel.Rate, 990, 1010)
	assert.Less(t, bandEnergy(y, tel.Rate, 90, 110), mid/100, "100 Hz is below the telephone band")
	assert.Less(t, bandEnergy(y, tel.Rate, 3790, 3810), mid/10, "3.8 kHz is above it (the fourth-order slope and the resampler give about 13 dB there)")
	_, err = eval.Telephone(eval.Utterance{Name: "low", Rate: 4000, Samples: x})
	assert.ErrorIs(t, err, eval.ErrInvalid)
}
