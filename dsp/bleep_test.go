package dsp_test

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

func bleepAll(t *testing.T, x [][]float32, spans []dsp.Span, opt dsp.BleepOptions, block int) [][]float32 {
	t.Helper()
	b, err := dsp.NewBleep(audio.NewSliceStream(8000, x), spans, opt)
	require.NoError(t, err)
	y, err := dsptest.ReadBlocks(b, block)
	require.NoError(t, err)
	return y
}

// inSpan reports whether frame i of channel c lies in any span.
func inSpan(spans []dsp.Span, c int, i int64) bool {
	for _, s := range spans {
		if (s.Channel == -1 || s.Channel == c) && i >= s.Start && i < s.End {
			return true
		}
	}
	return false
}

func TestBleep_ChangesOnlyAndEverythingInsideSpans(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 7))
	for trial := range 40 {
		const n, channels = 6000, 3
		var spans []dsp.Span
		for range rng.IntN(8) {
			s := rng.Int64N(n + 200)
			spans = append(spans, dsp.Span{Start: s, End: s + rng.Int64N(900), Channel: rng.IntN(channels+1) - 1})
		}
		mode := dsp.BleepMode(trial % 4)
		opt := dsp.BleepOptions{Mode: mode, Seed: uint64(trial)}
		a := [][]float32{dsptest.Speech(8000, n, 1), dsptest.Noise(n, 0.9, 2), dsptest.Noise(n, 0.3, 3)}
		b := [][]float32{dsptest.Noise(n, 0.9, 4), dsptest.Speech(8000, n, 5), dsptest.Noise(n, 0.1, 6)}
		ya := bleepAll(t, a, spans, opt, 1+rng.IntN(3000))
		yb := bleepAll(t, b, spans, opt, 1+rng.IntN(3000))
		for c := range channels {
			require.Len(t, ya[c], n)
			for i := range int64(n) {
				if !inSpan(spans, c, i) {
					if math.Float32bits(ya[c][i]) != math.Float32bits(a[c][i]) {
						t.Fatalf("trial %d (%v): channel %d frame %d outside every span changed", trial, mode, c, i)
					}
					continue
				}
				// Inside: the output does not depend on the original at all.
				if ya[c][i] != yb[c][i] {
					t.Fatalf("trial %d (%v): channel %d frame %d inside a span depends on the original", trial, mode, c, i)
				}
				if a[c][i] != 0 && ya[c][i] == a[c][i] {
					t.Fatalf("trial %d (%v): channel %d frame %d: original sample survived", trial, mode, c, i)
				}
			}
		}
	}
}

func TestBleep_ToneIsOneKilohertzAtMinus18DBFS(t *testing.T) {
	t.Parallel()
	const n = 8000
	x := [][]float32{dsptest.Speech(8000, n, 1)}
	span := dsp.SpanAt(100*time.Millisecond, 900*time.Millisecond, -1, 8000)
	require.Equal(t, dsp.Span{Start: 800, End: 7200, Channel: -1}, span)
	y := bleepAll(t, x, []dsp.Span{span}, dsp.BleepOptions{}, 37)[0]
	// Past the 5 ms (40-frame) fades, the tone is at full level.
	amp, res := fitTone(y[840:7160], 8000, 1000)
	assert.InDelta(t, -18, 20*math.Log10(amp), 0.01)
	assert.Less(t, res, 1e-5)
	// The fade starts near zero and ends near zero, inside the span.
	assert.Less(t, math.Abs(float64(y[800])), 0.01)
	assert.Less(t, math.Abs(float64(y[7199])), 0.01)
	assert.Equal(t, x[0][799], y[799])
	assert.Equal(t, x[0][7200], y[7200])
}

func TestBleep_NoiseHasTheToneRMSAndFollowsTheSeed(t *testing.T) {
	t.Parallel()
	const n = 80000
	x := [][]float32{make([]float32, n)}
	spans := []dsp.Span{{Start: 0, End: n, Channel: 0}}
	for _, mode := range []dsp.BleepMode{dsp.BleepPink, dsp.BleepBrown} {
		a := bleepAll(t, x, spans, dsp.BleepOptions{Mode: mode, Seed: 1}, 4096)[0]
		b := bleepAll(t, x, spans, dsp.BleepOptions{Mode: mode, Seed: 1}, 1)[0]
		c := bleepAll(t, x, spans, dsp.BleepOptions{Mode: mode, Seed: 2}, 4096)[0]
		assert.Equal(t, a, b, "%v: same seed, different output", mode)
		assert.NotEqual(t, a, c, "%v: different seeds, same output", mode)
		level := 20 * math.Log10(dsptest.RMS(a)/(math.Pow(10, -18.0/20)/math.Sqrt2))
		assert.InDelta(t, 0, level, 1.5, "%v: level %.2f dB from the tone's RMS", mode, level)
	}
}

func TestBleep_SilenceIsZero(t *testing.T) {
	t.Parallel()
	x := [][]float32{dsptest.Noise(1000, 0.5, 1)}
	y := bleepAll(t, x, []dsp.Span{{Start: 10, End: 20, Channel: 0}}, dsp.BleepOptions{Mode: dsp.BleepSilence}, 3)[0]
	assert.Equal(t, make([]float32, 10), y[10:20])
	assert.Equal(t, x[0][:10], y[:10])
	assert.Equal(t, x[0][20:], y[20:])
}

func TestBleep_RejectsBadInput(t *testing.T) {
	t.Parallel()
	src := audio.NewSliceStream(8000, [][]float32{make([]float32, 10)})
	for _, tc := range []struct {
		spans []dsp.Span
		opt   dsp.BleepOptions
	}{
		{[]dsp.Span{{Start: -1, End: 5}}, dsp.BleepOptions{}},
		{[]dsp.Span{{Start: 1, End: 5, Channel: 1}}, dsp.BleepOptions{}},
		{nil, dsp.BleepOptions{ToneHz: 4000}},
		{nil, dsp.BleepOptions{LevelDBFS: 3}},
		{nil, dsp.BleepOptions{Mode: 9}},
	} {
		_, err := dsp.NewBleep(src, tc.spans, tc.opt)
		assert.ErrorIs(t, err, dsp.ErrInvalidOptions, "%+v", tc)
	}
}
