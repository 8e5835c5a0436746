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

// stages builds each of this file's stages over a fresh source.
var stages = []struct {
	name string
	make func(src audio.Stream) (audio.Stream, error)
}{
	{"stft", func(src audio.Stream) (audio.Stream, error) {
		half := dsp.SpectralFunc(func(f *dsp.SpectralFrame) {
			for k := range f.Spectrum[f.Size/4:] {
				f.Spectrum[f.Size/4+k] *= 0.5
			}
		})
		return dsp.NewSTFT(src, half, dsp.STFTOptions{})
	}},
	{"resample-up", func(src audio.Stream) (audio.Stream, error) {
		return dsp.NewResample(src, 16000, dsp.ResampleOptions{})
	}},
	{"resample-down", func(src audio.Stream) (audio.Stream, error) { return dsp.NewResample(src, 5513, dsp.ResampleOptions{}) }},
	{"pitch-up", func(src audio.Stream) (audio.Stream, error) {
		return dsp.NewPitchShift(src, dsp.PitchShiftOptions{Cents: 370})
	}},
	{"pitch-down", func(src audio.Stream) (audio.Stream, error) {
		return dsp.NewPitchShift(src, dsp.PitchShiftOptions{Ratio: 0.8})
	}},
	{"bleep", func(src audio.Stream) (audio.Stream, error) {
		return dsp.NewBleep(src, []dsp.Span{{Start: 100, End: 2000, Channel: 1}, {Start: 5000, End: 9000, Channel: -1}}, dsp.BleepOptions{Mode: dsp.BleepPink})
	}},
}

func TestStages_BlockSizeDoesNotChangeOutput(t *testing.T) {
	t.Parallel()
	const n = 12345
	x := [][]float32{dsptest.Speech(8000, n, 1), dsptest.Noise(n, 0.3, 2)}
	for _, st := range stages {
		t.Run(st.name, func(t *testing.T) {
			t.Parallel()
			var ref [][]float32
			for _, block := range []int{4096, 1, 37, 1000} {
				s, err := st.make(audio.NewSliceStream(8000, x))
				require.NoError(t, err)
				y, err := dsptest.ReadBlocks(s, block)
				require.NoError(t, err)
				if ref == nil {
					ref = y
					continue
				}
				for c := range y {
					require.Equal(t, len(ref[c]), len(y[c]), "block %d channel %d length", block, c)
					for i := range y[c] {
						if math.Float32bits(y[c][i]) != math.Float32bits(ref[c][i]) {
							t.Fatalf("block %d: channel %d frame %d: %g, with 4096-frame blocks %g", block, c, i, y[c][i], ref[c][i])
						}
					}
				}
			}
		})
	}
}

// sourceThatFails yields its samples then fails with err instead of io.EOF.
type sourceThatFails struct {
	*audio.SliceStream
	err error
}

func (s sourceThatFails) Read(dst [][]float32) (int, error) {
	n, err := s.SliceStream.Read(dst)
	if err != nil {
		return n, s.err
	}
	return n, nil
}

func TestStages_DeliverEverythingThenPassOnSourceErrors(t *testing.T) {
	t.Parallel()
	const n = 3000
	x := [][]float32{dsptest.Speech(8000, n, 1), dsptest.Noise(n, 0.3, 2)}
	for _, st := range stages {
		s, err := st.make(sourceThatFails{audio.NewSliceStream(8000, x), audio.ErrTruncated})
		require.NoError(t, err)
		y, err := dsptest.ReadBlocks(s, 512)
		assert.ErrorIs(t, err, audio.ErrTruncated, st.name)
		ok, err := st.make(audio.NewSliceStream(8000, x))
		require.NoError(t, err)
		want, err := dsptest.ReadBlocks(ok, 512)
		require.NoError(t, err)
		assert.Equal(t, want, y, "%s: output before the error", st.name)
	}
}

// onset returns the first frame at which the 2 ms RMS envelope of x
// reaches half of its maximum.
func onset(x []float32, rate int) int {
	w := rate / 500
	env := make([]float64, len(x)-w)
	peak := 0.0
	for i := range env {
		env[i] = dsptest.RMS(x[i : i+w])
		peak = max(peak, env[i])
	}
	for i, v := range env {
		if v >= peak/2 {
			return i
		}
	}
	return -1
}

func TestPitchShift_HasZeroLatency(t *testing.T) {
	t.Parallel()
	for _, ratio := range []float64{0.75, 1.25} {
		t.Run(fmt.Sprint(ratio), func(t *testing.T) {
			t.Parallel()
			const rate, n = 8000, 16000
			// A 120 Hz harmonic burst from 0.5 s to 1.5 s.
			x := make([]float32, n)
			copy(x[4000:12000], dsptest.Harmonic(rate, 120, 10, 8000, 0.5))
			p, err := dsp.NewPitchShift(audio.NewSliceStream(rate, [][]float32{x}), dsp.PitchShiftOptions{Ratio: ratio})
			require.NoError(t, err)
			y, err := dsptest.ReadBlocks(p, 4096)
			require.NoError(t, err)
			in, out := onset(x, rate), onset(y[0], rate)
			t.Logf("onset at frame %d in, %d out", in, out)
			assert.InDelta(t, in, out, 0.005*rate, "onset moved by %d frames", out-in)
		})
	}
}

func TestResample_HasZeroLatency(t *testing.T) {
	t.Parallel()
	// Resampling a sine must give the same sine sampled at the new rate,
	// phase included.
	for _, out := range []int{16000, 11025, 6000} {
		x := tone(8000, 440, 0.5, 8000)
		r, err := dsp.NewResample(audio.NewSliceStream(8000, [][]float32{x}), out, dsp.ResampleOptions{})
		require.NoError(t, err)
		y, err := dsptest.ReadBlocks(r, 100)
		require.NoError(t, err)
		want := tone(out, 440, 0.5, len(y[0]))
		m := len(want) / 4
		assert.GreaterOrEqual(t, dsptest.SNR(want, y[0], m, 3*m), 80.0, "8000→%d", out)
	}
}

func TestSTFT_SpectralProcessorSeesAlignedFrames(t *testing.T) {
	t.Parallel()
	const n = 3000
	x := dsptest.Speech(8000, n, 3)
	var calls []int64
	proc := dsp.SpectralFunc(func(f *dsp.SpectralFrame) {
		calls = append(calls, f.Start)
		assert.Equal(t, f.Index*int64(f.Hop)-int64(f.Size-f.Hop), f.Start)
		assert.Len(t, f.Spectrum, f.Size/2+1)
		assert.InDelta(t, math.Hypot(float64(real(f.Spectrum[3])), float64(imag(f.Spectrum[3]))), f.Magnitudes()[3], 1e-4)
		assert.InDelta(t, math.Atan2(float64(imag(f.Spectrum[5])), float64(real(f.Spectrum[5]))), f.Phases()[5], 1e-6)
		for k := range f.Spectrum {
			f.Spectrum[k] *= 0.5
		}
	})
	s, err := dsp.NewSTFT(audio.NewSliceStream(8000, [][]float32{x}), proc, dsp.STFTOptions{})
	require.NoError(t, err)
	y, err := dsptest.ReadBlocks(s, 1)
	require.NoError(t, err)
	require.Len(t, y[0], n)
	for i := range x {
		require.InDelta(t, 0.5*x[i], y[0][i], 1e-6, "frame %d", i)
	}
	require.NotEmpty(t, calls)
	assert.Equal(t, int64(-(256 - 64)), calls[0])
	assert.GreaterOrEqual(t, calls[len(calls)-1]+256, int64(n))
}

func TestStages_KeepLengthOfShortInputs(t *testing.T) {
	t.Parallel()
	for _, st := range stages {
		for _, n := range []int{0, 1, 2, 63, 64, 65, 300, 511, 513} {
			x := [][]float32{dsptest.Noise(n, 0.5, 1), dsptest.Noise(n, 0.5, 2)}
			s, err := st.make(audio.NewSliceStream(8000, x))
			require.NoError(t, err)
			y, err := dsptest.ReadBlocks(s, 7)
			require.NoError(t, err)
			want := n
			if f := s.Format(); f.SampleRate != 8000 {
				want = int(math.Round(float64(n) * float64(f.SampleRate) / 8000))
			}
			assert.Len(t, y[0], want, "%s n=%d", st.name, n)
			assert.Len(t, y[1], want, "%s n=%d", st.name, n)
			assert.Equal(t, int64(want), s.Format().Frames, "%s n=%d: Format().Frames", st.name, n)
		}
	}
}

func TestStages_SurviveNonFiniteAndHugeSamples(t *testing.T) {
	t.Parallel()
	const n = 5000
	x := dsptest.Noise(n, 0.5, 5)
	y := dsptest.Noise(n, 0.5, 6)
	for i := 1000; i < 1100; i++ {
		x[i] = float32(math.NaN())
		y[i+500] = float32(math.Inf(1 - 2*(i%2)))
	}
	y[3000] = 3e38
	for _, st := range stages {
		s, err := st.make(audio.NewSliceStream(8000, [][]float32{x, y}))
		require.NoError(t, err)
		out, err := dsptest.ReadBlocks(s, 333)
		require.NoError(t, err, st.name)
		assert.Len(t, out[0], int(s.Format().Frames), st.name)
		// A burst of bad samples must not poison the state for good.
		for c := range out {
			tail := out[c][len(out[c])-500:]
			for i, v := range tail {
				require.False(t, math.IsNaN(float64(v)) || math.IsInf(float64(v), 0), "%s: channel %d, %d frames before the end: %g", st.name, c, 500-i, v)
			}
		}
	}
}
