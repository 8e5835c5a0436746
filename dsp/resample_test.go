package dsp_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

func resampleAll(t *testing.T, x []float32, in, out int) []float32 {
	t.Helper()
	r, err := dsp.NewResample(audio.NewSliceStream(in, [][]float32{x}), out, dsp.ResampleOptions{})
	require.NoError(t, err)
	y, err := dsptest.ReadBlocks(r, 777)
	require.NoError(t, err)
	return y[0]
}

func tone(rate int, f, amp float64, n int) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(amp * math.Sin(2*math.Pi*f*float64(i)/float64(rate)))
	}
	return x
}

// fitTone returns the amplitude of the best-fitting sinusoid at f over y
// and the RMS of what is left once it is removed.
func fitTone(y []float32, rate int, f float64) (amp, residual float64) {
	var ss, sc, cc, ys, yc float64
	for i, v := range y {
		w := 2 * math.Pi * f * float64(i) / float64(rate)
		s, c := math.Sincos(w)
		ss += s * s
		cc += c * c
		sc += s * c
		ys += float64(v) * s
		yc += float64(v) * c
	}
	det := ss*cc - sc*sc
	a := (ys*cc - yc*sc) / det
	b := (yc*ss - ys*sc) / det
	var e float64
	for i, v := range y {
		s, c := math.Sincos(2 * math.Pi * f * float64(i) / float64(rate))
		d := float64(v) - a*s - b*c
		e += d * d
	}
	return math.Hypot(a, b), math.Sqrt(e / float64(len(y)))
}

func TestResample_LengthIsRoundedRatio(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, out, n int }{
		{8000, 16000, 1001}, {16000, 8000, 1001}, {44100, 8000, 4411}, {8000, 11025, 333}, {48000, 44100, 5}, {8000, 8000, 100}, {8000, 16000, 0},
	} {
		y := resampleAll(t, dsptest.Noise(tc.n, 0.5, 3), tc.in, tc.out)
		want := int(math.Round(float64(tc.n) * float64(tc.out) / float64(tc.in)))
		assert.Len(t, y, want, "%d→%d n=%d", tc.in, tc.out, tc.n)
	}
}

func TestResample_PassbandRippleUnderTenthDB(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, out int }{{8000, 16000}, {16000, 8000}, {44100, 8000}, {8000, 11025}, {8000, 5513}, {8000, 16001}} {
		t.Run(fmt.Sprintf("%d→%d", tc.in, tc.out), func(t *testing.T) {
			t.Parallel()
			nyq := float64(min(tc.in, tc.out)) / 2
			lo, hi := math.Inf(1), math.Inf(-1)
			for f := 50.0; f <= 0.9*nyq; f += 0.9 * nyq / 40 {
				n := tc.in / 2
				y := resampleAll(t, tone(tc.in, f, 0.5, n), tc.in, tc.out)
				// Steady state only: skip the filter's reach at both ends.
				m := len(y) / 4
				amp, _ := fitTone(y[m:3*m], tc.out, f)
				g := 20 * math.Log10(amp/0.5)
				lo, hi = min(lo, g), max(hi, g)
			}
			t.Logf("passband ripple %.5f dB (gain %.5f … %.5f dB)", hi-lo, lo, hi)
			assert.Less(t, hi-lo, 0.1, "ripple %.4f dB", hi-lo)
			assert.Less(t, math.Abs(hi), 0.05)
			assert.Less(t, math.Abs(lo), 0.05)
		})
	}
}

func TestResample_RejectsAliasesOfASweepBy80DB(t *testing.T) {
	t.Parallel()
	// A linear sweep over the band that folds into the output on
	// downsampling 16 kHz → 8 kHz: 4.05 … 7.95 kHz.
	const in, out = 16000, 8000
	n := 4 * in
	x := make([]float32, n)
	f0, f1 := 4050.0, 7950.0
	dur := float64(n) / in
	for i := range x {
		tt := float64(i) / in
		// Half-second raised-cosine ramps keep the sweep's own start and
		// end from splattering into the passband.
		g := min(1, tt/0.5, (dur-tt)/0.5)
		g = 0.5 - 0.5*math.Cos(math.Pi*g)
		x[i] = float32(g * 0.5 * math.Sin(2*math.Pi*(f0*tt+(f1-f0)*tt*tt/(2*dur))))
	}
	y := resampleAll(t, x, in, out)
	level := 20 * math.Log10(dsptest.RMS(y)/dsptest.RMS(x))
	t.Logf("alias level of the sweep: %.1f dB", level)
	assert.LessOrEqual(t, level, -80.0, "alias level %.1f dB", level)
}

func TestResample_RejectsImagesBy80DB(t *testing.T) {
	t.Parallel()
	// Upsampling a tone must add nothing but the tone itself.
	for _, f := range []float64{100, 1000, 2500, 3500} {
		y := resampleAll(t, tone(8000, f, 0.5, 8000), 8000, 16000)
		m := len(y) / 4
		amp, res := fitTone(y[m:3*m], 16000, f)
		level := 20 * math.Log10(res/(amp/math.Sqrt2))
		assert.LessOrEqual(t, level, -80.0, "f=%g: residual %.1f dB", f, level)
	}
}

func TestResample_RejectsBadOptions(t *testing.T) {
	t.Parallel()
	src := audio.NewSliceStream(8000, [][]float32{make([]float32, 10)})
	for _, tc := range []struct {
		rate int
		opt  dsp.ResampleOptions
	}{{0, dsp.ResampleOptions{}}, {16000, dsp.ResampleOptions{Passband: 1.2}}, {16000, dsp.ResampleOptions{StopbandDB: 10}}} {
		_, err := dsp.NewResample(src, tc.rate, tc.opt)
		assert.ErrorIs(t, err, dsp.ErrInvalidOptions, "%+v", tc)
	}
}
