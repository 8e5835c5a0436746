package dsp_test

import (
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// gatedSignal is 8 kHz: 1 s of a −65 dBFS noise floor, a 0.5 s 440 Hz tone
// at −20 dBFS whose last 100 ms decay by 30 dB (a word and its tail), and
// 1.5 s more floor. It returns the tone's start and end (samples).
func gatedSignal() (x []float32, on, off int) {
	const rate = 8000
	r := rand.New(rand.NewPCG(1, 2))
	x = make([]float32, 3*rate)
	floor := math.Pow(10, -65.0/20) * math.Sqrt(3)
	for i := range x {
		x[i] = float32(floor * (2*r.Float64() - 1))
	}
	on, off = rate, rate+rate/2
	amp := math.Pow(10, -20.0/20) * math.Sqrt2
	for i := on; i < off; i++ {
		a := amp
		if rest := off - i; rest < rate/10 { // the tail: down to −30 dB at the end
			a *= math.Pow(10, -1.5*(1-float64(rest)/(rate/10)))
		}
		x[i] += float32(a * math.Sin(2*math.Pi*440*float64(i-on)/rate))
	}
	return x, on, off
}

func comfortAll(t *testing.T, x []float32, opt dsp.ComfortNoiseOptions, block int) []float32 {
	t.Helper()
	c, err := dsp.NewComfortNoise(audio.NewSliceStream(8000, [][]float32{x}), opt)
	require.NoError(t, err)
	var out []float32
	buf := audio.NewBlock(1, block)
	for {
		n, err := c.Read(buf)
		out = append(out, buf[0][:n]...)
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
	}
	return out
}

func rmsDB(x []float32) float64 {
	var e float64
	for _, v := range x {
		e += float64(v) * float64(v)
	}
	return 10 * math.Log10(e/float64(len(x)))
}

func TestComfortNoise_GateDecisions(t *testing.T) {
	x, on, off := gatedSignal()
	opt := dsp.ComfortNoiseOptions{LevelDBFS: -58, Tilt: 0.5, PeakHz: 1200, PeakDB: 6, Seed: 7}
	out := comfortAll(t, x, opt, 1000)
	require.Len(t, out, len(x), "output length is exactly the input's")
	// The word, its tail, 80 ms after and 30 ms before (less the 10 ms
	// crossfade) pass bit-identical.
	for i := on - 160; i < off+560; i++ {
		require.Equal(t, x[i], out[i], "sample %d, next to the word, must pass untouched", i)
	}
	// The pauses, 150 ms and more away from the word, are the comfort
	// noise alone: its level, nothing of the floor.
	for _, p := range [][2]int{{0, on - 1200}, {off + 1200, len(x)}} {
		seg, orig := out[p[0]:p[1]], x[p[0]:p[1]]
		assert.InDelta(t, -58, rmsDB(seg), 1.0, "pause %v is at the noise's level", p)
		var xy, xx, yy float64
		for i := range seg {
			xy += float64(seg[i]) * float64(orig[i])
			xx += float64(orig[i]) * float64(orig[i])
			yy += float64(seg[i]) * float64(seg[i])
		}
		assert.Less(t, math.Abs(xy/math.Sqrt(xx*yy)), 0.05, "pause %v has nothing of the floor", p)
	}
	// No click: no sample step bigger than the word's own.
	var maxIn, maxOut float64
	for i := 1; i < len(x); i++ {
		maxIn = max(maxIn, math.Abs(float64(x[i]-x[i-1])))
		maxOut = max(maxOut, math.Abs(float64(out[i]-out[i-1])))
	}
	assert.LessOrEqual(t, maxOut, maxIn*1.01)
	// The noise depends on the options, not on how the stream is read.
	assert.Equal(t, out, comfortAll(t, x, opt, 1))
	assert.Equal(t, out, comfortAll(t, x, opt, 4097))
	other := opt
	other.Seed = 8
	assert.NotEqual(t, out[:on-1200], comfortAll(t, x, other, 1000)[:on-1200], "the seed draws the noise")
}

func TestComfortNoise_KeepsSpansAndSilence(t *testing.T) {
	x, on, _ := gatedSignal()
	// A bleep in silence mode: zeros, in a pause.
	for i := 200; i < 2200; i++ {
		x[i] = 0
	}
	out := comfortAll(t, x, dsp.ComfortNoiseOptions{Keep: []dsp.Span{{Start: 200, End: 2200}}}, 512)
	assert.Equal(t, x[200:2200], out[200:2200], "a kept span passes untouched")
	assert.InDelta(t, -60, rmsDB(out[3000:on-1200]), 1.0, "the rest of the pause is noise")
	// A recording with no speech at all is all noise.
	quiet := make([]float32, 8000)
	assert.InDelta(t, -60, rmsDB(comfortAll(t, quiet, dsp.ComfortNoiseOptions{}, 333)[800:]), 1.0)
}

func TestComfortNoise_PassesSourceErrors(t *testing.T) {
	x, _, _ := gatedSignal()
	src := &failAfter{SliceStream: audio.NewSliceStream(8000, [][]float32{x}), left: 5000, err: audio.ErrTruncated}
	c, err := dsp.NewComfortNoise(src, dsp.ComfortNoiseOptions{})
	require.NoError(t, err)
	got, err := audio.ReadAll(c)
	assert.ErrorIs(t, err, audio.ErrTruncated)
	if got != nil {
		assert.Len(t, got[0], 5000, "a truncated source's frames all come out")
	}
}

// failAfter returns err after left frames.
type failAfter struct {
	*audio.SliceStream
	left int
	err  error
}

func (f *failAfter) Read(dst [][]float32) (int, error) {
	if f.left == 0 {
		return 0, f.err
	}
	d := [][]float32{dst[0][:min(len(dst[0]), f.left)]}
	n, err := f.SliceStream.Read(d)
	f.left -= n
	return n, err
}

func TestComfortNoise_RejectsBadOptions(t *testing.T) {
	mono := audio.NewSliceStream(8000, [][]float32{make([]float32, 10)})
	for _, o := range []dsp.ComfortNoiseOptions{
		{LevelDBFS: -10}, {RangeDB: -1}, {Tilt: 1}, {PeakDB: 30, PeakHz: 1000}, {PeakDB: 3, PeakHz: 3900},
		{Keep: []dsp.Span{{Start: -1, End: 5}}}, {BlockFrames: -1},
	} {
		_, err := dsp.NewComfortNoise(mono, o)
		assert.ErrorIs(t, err, dsp.ErrInvalidOptions, "%+v", o)
	}
	_, err := dsp.NewComfortNoise(audio.NewSliceStream(8000, [][]float32{{0}, {0}}), dsp.ComfortNoiseOptions{})
	assert.ErrorIs(t, err, dsp.ErrInvalidOptions, "stereo")
}

func TestComfortNoise_NoAllocationPerBlock(t *testing.T) {
	src := &loopStream{rate: 8000, x: dsptest.Speech(8000, 10*8000, 1)}
	c, err := dsp.NewComfortNoise(src, dsp.ComfortNoiseOptions{Keep: []dsp.Span{{Start: 50000, End: 60000}}})
	require.NoError(t, err)
	block := audio.NewBlock(1, audio.DefaultBlockFrames)
	for range 20 { // past the lookahead
		_, err := c.Read(block)
		require.NoError(t, err)
	}
	allocs := testing.AllocsPerRun(50, func() {
		if _, err := c.Read(block); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)
}

func BenchmarkComfortNoise(b *testing.B) {
	benchStage(b, 8000, func(src audio.Stream) (audio.Stream, error) {
		return dsp.NewComfortNoise(src, dsp.ComfortNoiseOptions{Tilt: 0.4, PeakHz: 900, PeakDB: 5})
	})
}
