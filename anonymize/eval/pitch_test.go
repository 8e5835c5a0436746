package eval_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize/eval"
)

// glide is a voice-like test signal: a pulse train through a decaying
// resonance (a crude vowel), with f0 rising from f1 to f2 Hz over 2 s.
func glide(rate int, f1, f2 float64) ([]float32, func(t float64) float64) {
	f0 := func(t float64) float64 { return f1 + (f2-f1)*t/2 }
	x := make([]float32, 2*rate)
	var phase, y1, y2 float64
	r, w := 0.97, 2*math.Pi*700/float64(rate)
	for i := range x {
		phase += f0(float64(i)/float64(rate)) / float64(rate)
		e := 0.0
		if phase >= 1 {
			phase--
			e = 1
		}
		y := e + 2*r*math.Cos(w)*y1 - r*r*y2
		y2, y1 = y1, y
		x[i] = float32(0.05 * y)
	}
	return x, f0
}

func TestPitchTrack_FollowsAGlide(t *testing.T) {
	for _, rate := range []int{8000, 16000} {
		for _, band := range [][2]float64{{90, 150}, {180, 300}} {
			x, f0 := glide(rate, band[0], band[1])
			track := eval.PitchTrack(x, rate)
			require.NotEmpty(t, track)
			voiced, bad := 0, 0
			for i, f := range track {
				if f == 0 {
					continue
				}
				voiced++
				want := f0(float64(i)*0.01 + 0.02)
				if math.Abs(f/want-1) > 0.03 {
					bad++
				}
			}
			assert.Greater(t, voiced, len(track)*9/10, "rate %d band %v", rate, band)
			assert.LessOrEqual(t, bad, voiced/50, "rate %d band %v: frames off by more than 3 %%", rate, band)
		}
	}
}
