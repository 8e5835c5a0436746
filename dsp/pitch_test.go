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
	"github.com/callveil/callveil/dsp/internal/fft"
)

// estimateF0 measures the fundamental of x by normalised autocorrelation
// over lags for 50–500 Hz, refined by parabolic interpolation. It knows
// nothing of the expected answer.
func estimateF0(x []float32, rate int) float64 {
	minLag, maxLag := rate/500, rate/50
	r := make([]float64, maxLag+2)
	for lag := minLag - 1; lag <= maxLag+1; lag++ {
		var s, e0, e1 float64
		for i := 0; i+lag < len(x); i++ {
			s += float64(x[i]) * float64(x[i+lag])
			e0 += float64(x[i]) * float64(x[i])
			e1 += float64(x[i+lag]) * float64(x[i+lag])
		}
		r[lag] = s / math.Sqrt(e0*e1+1e-30)
	}
	// The first lag whose correlation is within 3% of the best one avoids
	// picking a multiple of the period.
	best := 0.0
	for lag := minLag; lag <= maxLag; lag++ {
		best = max(best, r[lag])
	}
	lag := minLag
	for l := minLag; l <= maxLag; l++ {
		if r[l] >= 0.97*best && r[l] >= r[l-1] && r[l] >= r[l+1] {
			lag = l
			break
		}
	}
	a, b, c := r[lag-1], r[lag], r[lag+1]
	d := 0.0
	if den := a - 2*b + c; den != 0 {
		d = 0.5 * (a - c) / den
	}
	return float64(rate) / (float64(lag) + d)
}

func TestPitchShift_LandsOnTargetPitchKeepingLengthAndLevel(t *testing.T) {
	t.Parallel()
	for _, rate := range []int{8000, 16000} {
		for _, f0 := range []float64{120, 220} {
			for _, semis := range []float64{-12, -5, -3, 3, 5, 12} {
				t.Run(fmt.Sprintf("%dHz/f0=%g/%+g", rate, f0, semis), func(t *testing.T) {
					t.Parallel()
					n := rate*3/2 + 17
					x := dsptest.Harmonic(rate, f0, 12, n, 0.5)
					p, err := dsp.NewPitchShift(audio.NewSliceStream(rate, [][]float32{x}), dsp.PitchShiftOptions{Cents: semis * 100})
					require.NoError(t, err)
					y, err := dsptest.ReadBlocks(p, 1000)
					require.NoError(t, err)
					require.Len(t, y[0], n, "duration must be kept to the sample")
					mid := y[0][n/4 : 3*n/4]
					target := f0 * math.Pow(2, semis/12)
					got := estimateF0(mid, rate)
					gain := 20 * math.Log10(dsptest.RMS(mid)/dsptest.RMS(x[n/4:3*n/4]))
					t.Logf("f0 %.2f Hz → %.2f Hz (target %.2f, error %+.3f%%), RMS %+.2f dB", f0, got, target, 100*(got/target-1), gain)
					assert.InDelta(t, 1, got/target, 0.01, "f0 %.2f Hz, target %.2f Hz", got, target)
					assert.InDelta(t, 0, gain, 1.5, "RMS changed by %.2f dB", gain)
				})
			}
		}
	}
}

func TestPitchShift_OnsetResetKeepsAttacksSharp(t *testing.T) {
	t.Parallel()
	const rate, n, at = 8000, 16000, 8000
	// Quiet hum, then a loud plucked burst starting at frame 8000.
	x := dsptest.Harmonic(rate, 150, 8, n, 0.01)
	burst := dsptest.Harmonic(rate, 150, 20, n-at, 0.6)
	for i := range burst {
		x[at+i] += burst[i] * float32(math.Exp(-float64(i)/2000))
	}
	preEcho := func(opt dsp.PitchShiftOptions) float64 {
		p, err := dsp.NewPitchShift(audio.NewSliceStream(rate, [][]float32{x}), opt)
		require.NoError(t, err)
		y, err := dsptest.ReadBlocks(p, 4096)
		require.NoError(t, err)
		// Level of the 30 ms before the attack relative to the 30 ms after.
		before := dsptest.RMS(y[0][at-240 : at-16])
		after := dsptest.RMS(y[0][at : at+240])
		return 20 * math.Log10(before/after)
	}
	for _, cents := range []float64{-400, 400} {
		with := preEcho(dsp.PitchShiftOptions{Cents: cents})
		without := preEcho(dsp.PitchShiftOptions{Cents: cents, OnsetRatio: -1})
		t.Logf("%+g cents: pre-echo %.1f dB with onset reset, %.1f dB without", cents, with, without)
		assert.Less(t, with, without-3, "onset reset should cut the pre-echo")
		assert.Less(t, with, -20.0)
	}
}

// bandEnergy is the share of x's energy in [lo, hi) Hz, from averaged
// 1024-point periodograms.
func bandEnergy(x []float32, rate int, lo, hi float64) float64 {
	const n = 1024
	p := fft.NewReal(n)
	X := make([]complex64, n/2+1)
	frame := make([]float32, n)
	var in, all float64
	for s := 0; s+n <= len(x); s += n / 2 {
		for i := range frame {
			frame[i] = x[s+i] * float32(0.5-0.5*math.Cos(2*math.Pi*float64(i)/n))
		}
		p.Forward(X, frame)
		for k, v := range X {
			e := float64(real(v)*real(v) + imag(v)*imag(v))
			all += e
			if f := float64(k) * float64(rate) / n; f >= lo && f < hi {
				in += e
			}
		}
	}
	return in / all
}

func TestPitchShift_SpectralHookKnowsHowFrequenciesMapToTheOutput(t *testing.T) {
	t.Parallel()
	const rate, n = 8000, 16000
	x := dsptest.Noise(n, 0.5, 11)
	for _, ratio := range []float64{0.8, 1.25} {
		calls := 0
		// Cut everything that would come out above 1 kHz.
		lowpass := dsp.SpectralFunc(func(f *dsp.SpectralFrame) {
			calls++
			clear(f.Spectrum[int(1000/f.Scale)*f.Size/f.SampleRate:])
		})
		p, err := dsp.NewPitchShift(audio.NewSliceStream(rate, [][]float32{x}), dsp.PitchShiftOptions{Ratio: ratio, Spectral: lowpass})
		require.NoError(t, err)
		y, err := dsptest.ReadBlocks(p, 1000)
		require.NoError(t, err)
		require.Len(t, y[0], n)
		require.NotZero(t, calls)
		edge := 1000.0
		below := bandEnergy(y[0], rate, 0, 0.9*edge)
		above := bandEnergy(y[0], rate, 1.1*edge, rate/2)
		t.Logf("ratio %g: %.4f of the energy below %.0f Hz, %.6f above %.0f Hz", ratio, below, 0.9*edge, above, 1.1*edge)
		assert.Greater(t, below, 0.8)
		assert.Less(t, above, 0.01)
	}
}

func TestPitchShift_RatioOneIsIdentity(t *testing.T) {
	t.Parallel()
	x := dsptest.Speech(8000, 3000, 4)
	p, err := dsp.NewPitchShift(audio.NewSliceStream(8000, [][]float32{x}), dsp.PitchShiftOptions{Ratio: 1})
	require.NoError(t, err)
	y, err := dsptest.ReadBlocks(p, 100)
	require.NoError(t, err)
	assert.Equal(t, x, y[0])
}

func TestPitchShift_RejectsBadOptions(t *testing.T) {
	t.Parallel()
	src := audio.NewSliceStream(8000, [][]float32{make([]float32, 10)})
	for _, opt := range []dsp.PitchShiftOptions{{Ratio: 3}, {Ratio: 0.4}, {Cents: 1300}, {Cents: math.NaN()}, {Ratio: 1.1, FrameSize: 300}, {Ratio: 1.1, FrameSize: 32}} {
		_, err := dsp.NewPitchShift(src, opt)
		assert.ErrorIs(t, err, dsp.ErrInvalidOptions, "%+v", opt)
	}
}
