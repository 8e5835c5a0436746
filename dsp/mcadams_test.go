package dsp_test

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/dsp/fourier"
	"gonum.org/v1/gonum/mat"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// resonated runs an excitation through a two-pole resonator at f Hz with
// bandwidth bw Hz, normalised to RMS 0.1.
func resonated(rate int, f, bw float64, exc []float64) []float32 {
	r := math.Exp(-math.Pi * bw / float64(rate))
	a1, a2 := 2*r*math.Cos(2*math.Pi*f/float64(rate)), -r*r
	y := make([]float64, len(exc))
	var y1, y2, ss float64
	for i, e := range exc {
		v := e + a1*y1 + a2*y2
		y2, y1 = y1, v
		y[i] = v
		ss += v * v
	}
	g := 0.1 / math.Sqrt(ss/float64(len(y)))
	out := make([]float32, len(y))
	for i, v := range y {
		out[i] = float32(v * g)
	}
	return out
}

// whiteNoise is seeded Gaussian noise.
func whiteNoise(n int, seed uint64) []float64 {
	rng := rand.New(rand.NewPCG(seed, 99))
	e := make([]float64, n)
	for i := range e {
		e[i] = rng.NormFloat64()
	}
	return e
}

// pulseTrain is a glottal-like impulse train whose period wanders at
// random between the periods of f0/1.5 and f0·1.5 Hz, so that its long-term
// spectrum is smooth rather than a comb.
func pulseTrain(rate int, f0 float64, n int, seed uint64) []float64 {
	rng := rand.New(rand.NewPCG(seed, 7))
	e := make([]float64, n)
	for i := 0; i < n; {
		e[i] = 1
		f := f0 * (1/1.5 + rng.Float64()*(1.5-1/1.5))
		i += int(float64(rate) / f)
	}
	return e
}

// welch is the averaged Hann-windowed power spectrum of x (size-point
// frames, 50 % overlap), bins 0 … size/2.
func welch(x []float32, size int) []float64 {
	fft := fourier.NewFFT(size)
	seq := make([]float64, size)
	coef := make([]complex128, size/2+1)
	psd := make([]float64, size/2+1)
	for off := 0; off+size <= len(x); off += size / 2 {
		for i := range seq {
			w := 0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(size))
			seq[i] = float64(x[off+i]) * w
		}
		fft.Coefficients(coef, seq)
		for k, c := range coef {
			psd[k] += real(c)*real(c) + imag(c)*imag(c)
		}
	}
	return psd
}

// peakHz finds the largest spectral peak between lo and hi Hz and refines
// it with a least-squares parabola through the log powers within ±40 Hz,
// which averages out the estimation noise of single bins.
func peakHz(psd []float64, rate int, lo, hi float64) float64 {
	size := 2 * (len(psd) - 1)
	binHz := float64(rate) / float64(size)
	best := -1
	for k := int(lo / binHz); k <= int(hi/binHz) && k < len(psd)-1; k++ {
		if k > 0 && (best < 0 || psd[k] > psd[best]) {
			best = k
		}
	}
	half := max(1, int(40/binHz))
	// Fit log P = c0 + c1·d + c2·d² over d = −half … half.
	var s0, s1, s2, s3, s4, t0, t1, t2 float64
	for d := -half; d <= half; d++ {
		k := best + d
		if k < 0 || k >= len(psd) {
			continue
		}
		x, y := float64(d), math.Log(psd[k])
		s0++
		s1 += x
		s2 += x * x
		s3 += x * x * x
		s4 += x * x * x * x
		t0 += y
		t1 += x * y
		t2 += x * x * y
	}
	m := mat.NewDense(3, 3, []float64{s0, s1, s2, s1, s2, s3, s2, s3, s4})
	var c mat.VecDense
	if err := c.SolveVec(m, mat.NewVecDense(3, []float64{t0, t1, t2})); err != nil || c.AtVec(2) >= 0 {
		return float64(best) * binHz
	}
	return (float64(best) - c.AtVec(1)/(2*c.AtVec(2))) * binHz
}

// mcAdamsHz is the formula: where α moves a formant at f Hz.
func mcAdamsHz(f, alpha float64) float64 {
	return 16000 / (2 * math.Pi) * math.Pow(2*math.Pi*f/16000, alpha)
}

func runMcAdams(t testing.TB, rate int, chans [][]float32, opt dsp.McAdamsOptions, block int) [][]float32 {
	t.Helper()
	m, err := dsp.NewMcAdams(audio.NewSliceStream(rate, chans), opt)
	require.NoError(t, err)
	got, err := dsptest.ReadBlocks(m, block)
	require.NoError(t, err)
	require.Len(t, got, len(chans))
	for c := range chans {
		require.Len(t, got[c], len(chans[c]), "output length must equal input length")
	}
	assert.Zero(t, m.SkippedFrames())
	return got
}

func TestMcAdams_AlphaOneIsNearIdentity(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		rate   int
		method dsp.LPCMethod
	}{{8000, dsp.LPCBurg}, {16000, dsp.LPCBurg}, {8000, dsp.LPCAutocorrelation}, {11025, dsp.LPCBurg}, {48000, dsp.LPCBurg}} {
		rate := tc.rate
		t.Run(fmt.Sprint(rate, tc.method), func(t *testing.T) {
			t.Parallel()
			n := 2 * rate
			x := dsptest.Speech(rate, n, 3)
			y := resonated(rate, 1200, 100, whiteNoise(n, 4))
			got := runMcAdams(t, rate, [][]float32{x, y}, dsp.McAdamsOptions{Alpha: 1, Method: tc.method}, 1000)
			t.Logf("SNR %.1f dB (speech), %.1f dB (coloured noise)", dsptest.SNR(x, got[0], 0, n), dsptest.SNR(y, got[1], 0, n))
			assert.GreaterOrEqual(t, dsptest.SNR(x, got[0], 0, n), 30.0)
			assert.GreaterOrEqual(t, dsptest.SNR(y, got[1], 0, n), 30.0)
		})
	}
}

func TestMcAdams_MovesFormantAsTheFormulaSays(t *testing.T) {
	t.Parallel()
	tests := []struct {
		rate      int
		f, alpha  float64
		excite    string
		tolerance float64 // fraction of the predicted shift
		method    dsp.LPCMethod
	}{
		{8000, 2000, 0.8, "noise", 0.05, dsp.LPCBurg},
		{16000, 2000, 0.8, "noise", 0.05, dsp.LPCBurg},
		{8000, 700, 0.8, "noise", 0.05, dsp.LPCBurg},
		{8000, 1000, 0.9, "noise", 0.05, dsp.LPCBurg},
		{8000, 3000, 0.8, "noise", 0.05, dsp.LPCBurg},
		{8000, 2000, 0.8, "noise", 0.05, dsp.LPCAutocorrelation},
		{16000, 2000, 0.8, "noise", 0.05, dsp.LPCAutocorrelation},
		{8000, 700, 0.8, "noise", 0.05, dsp.LPCAutocorrelation},
		// A sparse (glottal-pulse) excitation biases the frame LPC a
		// little: the formant lands 5–10 Hz beyond the formula (7–12 % of
		// the 99 Hz shift, 0.3–0.5 % of the formant frequency) over seeds.
		{8000, 2000, 0.8, "pulses", 0.15, dsp.LPCBurg},
		{48000, 1000, 0.8, "noise", 0.05, dsp.LPCBurg},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d Hz/%.0f Hz/alpha=%.1f/%s/%v", tc.rate, tc.f, tc.alpha, tc.excite, tc.method), func(t *testing.T) {
			t.Parallel()
			n := 30 * tc.rate
			exc := whiteNoise(n, 5)
			if tc.excite == "pulses" {
				exc = pulseTrain(tc.rate, 130, n, 1)
			}
			x := resonated(tc.rate, tc.f, 80, exc)
			got := runMcAdams(t, tc.rate, [][]float32{x}, dsp.McAdamsOptions{Alpha: tc.alpha, Method: tc.method}, 4096)

			size := 1024 * tc.rate / 8000
			lo, hi := tc.f*0.7, tc.f*1.4
			before := peakHz(welch(x, size), tc.rate, lo, hi)
			after := peakHz(welch(got[0], size), tc.rate, lo, hi)
			wantShift := mcAdamsHz(tc.f, tc.alpha) - tc.f
			t.Logf("formant %.1f Hz -> %.1f Hz: shift %.1f Hz, formula %.1f Hz", before, after, after-before, wantShift)
			assert.InDelta(t, tc.f, before, 0.01*tc.f, "test signal's own formant")
			assert.InDelta(t, wantShift, after-before, tc.tolerance*math.Abs(wantShift))
		})
	}
}

func TestMcAdams_KeepsLoudness(t *testing.T) {
	t.Parallel()
	for _, alpha := range []float64{0.6, 0.8, 1.2} {
		n := 4 * 8000
		x := dsptest.Speech(8000, n, 15)
		got := runMcAdams(t, 8000, [][]float32{x}, dsp.McAdamsOptions{Alpha: alpha}, 4096)
		db := 20 * math.Log10(dsptest.RMS(got[0])/dsptest.RMS(x))
		t.Logf("alpha %.1f: RMS %+.2f dB", alpha, db)
		assert.InDelta(t, 0, db, 1.5, "alpha %.1f", alpha)
		snr := dsptest.SNR(x, got[0], 0, n)
		t.Logf("alpha %.1f: the output differs from the input by %.1f dB SNR", alpha, snr)
		assert.Less(t, snr, 15.0, "the voice must actually change")
		peak := func(y []float32) float64 {
			p := 0.0
			for _, v := range y {
				p = max(p, math.Abs(float64(v)))
			}
			return p
		}
		t.Logf("alpha %.1f: peak %.3f -> %.3f", alpha, peak(x), peak(got[0]))
		assert.Less(t, peak(got[0]), 2*peak(x), "the per-frame gain must not make peaks")
	}
}

// exampleCall reads one of the repository's example calls into memory, or
// skips the test if it is not there.
func exampleCall(t *testing.T, name string) (rate int, x [][]float32) {
	t.Helper()
	path := filepath.Join("..", "testdata", "calls", name)
	src, err := audio.OpenFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not found: the example calls are generated by go run ./testdata/gen", path)
	}
	require.NoError(t, err)
	defer src.Close()
	x, err = audio.ReadAll(src)
	require.NoError(t, err)
	return src.Format().SampleRate, x
}

func TestMcAdams_ExampleCalls(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"call1.wav", "call2.wav", "call3.wav", "call5.wav"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rate, x := exampleCall(t, name)
			m, err := dsp.NewMcAdams(audio.NewSliceStream(rate, x), dsp.McAdamsOptions{})
			require.NoError(t, err)
			got, err := dsptest.ReadBlocks(m, 4096)
			require.NoError(t, err)
			frames := int64(len(x) * len(x[0]) / 80)
			t.Logf("%d of %d frames passed through unwarped", m.SkippedFrames(), frames)
			assert.LessOrEqual(t, m.SkippedFrames(), frames/200, "at most 0.5 %% of speech frames unwarped")
			for c := range x {
				db := 20 * math.Log10(dsptest.RMS(got[c])/dsptest.RMS(x[c]))
				t.Logf("channel %d: RMS %+.2f dB", c, db)
				assert.InDelta(t, 0, db, 1.5)
			}
		})
	}
}

func TestMcAdams_OutputDoesNotDependOnBlockSize(t *testing.T) {
	t.Parallel()
	n := 12345
	x := dsptest.Speech(8000, n, 7)
	y := dsptest.Noise(n, 0.3, 8)
	want := runMcAdams(t, 8000, [][]float32{x, y}, dsp.McAdamsOptions{}, 4096)
	for _, block := range []int{1, 37, 1000} {
		got := runMcAdams(t, 8000, [][]float32{x, y}, dsp.McAdamsOptions{}, block)
		assert.Equal(t, want, got, "block %d", block)
	}
}

func TestMcAdams_HasZeroLatency(t *testing.T) {
	t.Parallel()
	// The transform is causal within each frame (inverse filter and
	// all-pole filter both start from rest), so an impulse at t0 yields
	// exact zeros before t0 and its response starts at t0.
	for _, t0 := range []int{0, 1, 79, 80, 1000, 1234} {
		n := 3000
		x := make([]float32, n)
		x[t0] = 0.5
		// A little coloured noise after the impulse gives LPC something
		// to model; before it there is silence.
		tail := resonated(8000, 900, 100, whiteNoise(n, 9))
		for i := t0 + 200; i < n; i++ {
			x[i] = tail[i] * 0.1
		}
		got := runMcAdams(t, 8000, [][]float32{x}, dsp.McAdamsOptions{Alpha: 0.8}, 333)
		for i := 0; i < t0; i++ {
			require.Zero(t, got[0][i], "t0=%d sample %d", t0, i)
		}
		assert.NotZero(t, got[0][t0], "t0=%d", t0)
	}
}

func TestMcAdams_ChannelsAreIndependent(t *testing.T) {
	t.Parallel()
	n := 5000
	x := dsptest.Speech(8000, n, 10)
	y := dsptest.Noise(n, 0.2, 11)
	both := runMcAdams(t, 8000, [][]float32{x, y}, dsp.McAdamsOptions{}, 512)
	alone := runMcAdams(t, 8000, [][]float32{y}, dsp.McAdamsOptions{}, 512)
	assert.Equal(t, alone[0], both[1])
}

func TestMcAdams_ShortAndSilentInputs(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 1, 10, 79, 80, 81, 160} {
		x := dsptest.Speech(8000, n, 12)
		got := runMcAdams(t, 8000, [][]float32{x, make([]float32, n)}, dsp.McAdamsOptions{}, 64)
		for _, v := range got[1] {
			require.Zero(t, v)
		}
	}
}

func TestMcAdams_RejectsBadOptions(t *testing.T) {
	t.Parallel()
	src := audio.NewSliceStream(8000, [][]float32{make([]float32, 10)})
	for _, opt := range []dsp.McAdamsOptions{{Alpha: 0.3}, {Alpha: 3}, {Alpha: math.NaN()}, {Order: 1}, {Order: 100}, {Alpha: -1}, {Method: 7}} {
		_, err := dsp.NewMcAdams(src, opt)
		assert.ErrorIs(t, err, dsp.ErrInvalidOptions, "%+v", opt)
	}
	_, err := dsp.NewMcAdams(audio.NewSliceStream(500, [][]float32{make([]float32, 10)}), dsp.McAdamsOptions{})
	assert.ErrorIs(t, err, dsp.ErrInvalidOptions)
}

func TestMcAdams_SteadyStateReadsAllocateNothing(t *testing.T) {
	x := dsptest.Speech(8000, 8000*30, 13)
	m, err := dsp.NewMcAdams(audio.NewSliceStream(8000, [][]float32{x}), dsp.McAdamsOptions{})
	require.NoError(t, err)
	block := audio.NewBlock(1, 4096)
	_, err = m.Read(block)
	require.NoError(t, err)
	allocs := testing.AllocsPerRun(20, func() {
		_, err = m.Read(block)
	})
	require.NoError(t, err)
	assert.Zero(t, allocs)
}

func BenchmarkMcAdams(b *testing.B) {
	for _, rate := range []int{8000, 16000} {
		b.Run(rateName(rate), func(b *testing.B) {
			benchStage(b, rate, func(src audio.Stream) (audio.Stream, error) {
				return dsp.NewMcAdams(src, dsp.McAdamsOptions{})
			})
		})
	}
}
