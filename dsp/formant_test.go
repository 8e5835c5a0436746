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

func runFormant(t testing.TB, rate int, chans [][]float32, opt dsp.FormantOptions, block int) [][]float32 {
	t.Helper()
	s, err := dsp.NewFormantWarp(audio.NewSliceStream(rate, chans), opt)
	require.NoError(t, err)
	got, err := dsptest.ReadBlocks(s, block)
	require.NoError(t, err)
	require.Len(t, got, len(chans))
	for c := range chans {
		require.Len(t, got[c], len(chans[c]), "output length must equal input length")
	}
	return got
}

// allPassHz is where the all-pass warp with coefficient alpha moves f.
func allPassHz(f, alpha float64, rate int) float64 {
	w := 2 * math.Pi * f / float64(rate)
	w += 2 * math.Atan(alpha*math.Sin(w)/(1-alpha*math.Cos(w)))
	return w * float64(rate) / (2 * math.Pi)
}

func TestFormantWarp_MovesFormantByTheWarp(t *testing.T) {
	t.Parallel()
	tests := []struct {
		rate            int
		f               float64
		factor, allPass float64
	}{
		{8000, 1000, 1.2, 0},
		{8000, 1000, 0.8, 0},
		{8000, 600, 1.15, 0},
		{8000, 2000, 1.1, 0},
		{16000, 2000, 1.15, 0},
		{8000, 1000, 1, 0.2},
		{8000, 1000, 1, -0.15},
		{8000, 800, 1.1, 0.1},
		{44100, 1500, 1.2, 0},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d Hz/%.0f Hz/factor=%.2f/allpass=%.2f", tc.rate, tc.f, tc.factor, tc.allPass), func(t *testing.T) {
			t.Parallel()
			n := 30 * tc.rate
			x := resonated(tc.rate, tc.f, 80, whiteNoise(n, 21))
			got := runFormant(t, tc.rate, [][]float32{x}, dsp.FormantOptions{Factor: tc.factor, AllPass: tc.allPass}, 4096)

			want := tc.factor * allPassHz(tc.f, tc.allPass, tc.rate)
			size := 1024 * tc.rate / 8000
			before := peakHz(welch(x, size), tc.rate, tc.f*0.8, tc.f*1.25)
			after := peakHz(welch(got[0], size), tc.rate, min(tc.f, want)*0.8, max(tc.f, want)*1.25)
			t.Logf("formant %.1f Hz -> %.1f Hz, warp says %.1f Hz", before, after, want)
			assert.InDelta(t, tc.f, before, 0.01*tc.f, "test signal's own formant")
			assert.InDelta(t, want, after, 0.025*want, "formant frequency")
			// The envelope comes from 32 ms frames, which blur resonances
			// narrower than about 100 Hz; the part of a sharp resonance the
			// envelope cannot see stays in place, so a low formant of 80 Hz
			// bandwidth moves only about 85 % of the way (600 Hz case).
			assert.InDelta(t, want-tc.f, after-before, 0.2*math.Abs(want-tc.f), "shift")
		})
	}
}

// harmonicF0 estimates f0 from the first harmonics' spectral peaks.
func harmonicF0(x []float32, rate int, f0 float64, harmonics int) float64 {
	psd := welch(x, 8192*rate/8000)
	sum := 0.0
	for h := 1; h <= harmonics; h++ {
		fh := f0 * float64(h)
		sum += peakHzNarrow(psd, rate, fh-f0/3, fh+f0/3) / float64(h)
	}
	return sum / float64(harmonics)
}

// peakHzNarrow is the largest bin between lo and hi Hz refined by a
// three-point parabola (for line spectra).
func peakHzNarrow(psd []float64, rate int, lo, hi float64) float64 {
	binHz := float64(rate) / float64(2*(len(psd)-1))
	best := int(lo / binHz)
	for k := best; k <= int(hi/binHz); k++ {
		if psd[k] > psd[best] {
			best = k
		}
	}
	l, c, r := math.Log(psd[best-1]), math.Log(psd[best]), math.Log(psd[best+1])
	return (float64(best) + 0.5*(l-r)/(l-2*c+r)) * binHz
}

func TestFormantWarp_KeepsPitch(t *testing.T) {
	t.Parallel()
	for _, f0 := range []float64{120, 150, 220} {
		for _, factor := range []float64{0.85, 1.25} {
			t.Run(fmt.Sprintf("f0=%.0f/factor=%.2f", f0, factor), func(t *testing.T) {
				t.Parallel()
				rate, n := 8000, 8000*10
				h := dsptest.Harmonic(rate, f0, 30, n, 1)
				exc := make([]float64, n)
				for i, v := range h {
					exc[i] = float64(v)
				}
				x := resonated(rate, 900, 100, exc)
				got := runFormant(t, rate, [][]float32{x}, dsp.FormantOptions{Factor: factor}, 1000)
				in := harmonicF0(x, rate, f0, 8)
				out := harmonicF0(got[0], rate, f0, 8)
				t.Logf("f0 %.2f Hz -> %.2f Hz", in, out)
				assert.InDelta(t, f0, in, 0.002*f0)
				assert.InDelta(t, in, out, 0.005*in)
				// The formant moved even though the pitch did not: the power
				// near the target rose against the power near the original.
				ratio := func(y []float32) float64 {
					psd := welch(y, 1024)
					return bandPower(psd, 8000, 900*factor, 60) / bandPower(psd, 8000, 900, 60)
				}
				gainDB := 10 * math.Log10(ratio(got[0])/ratio(x))
				t.Logf("target/original band power rose by %.1f dB", gainDB)
				assert.Greater(t, gainDB, 6.0)
				before := dsptest.RMS(x)
				assert.InDelta(t, before, dsptest.RMS(got[0]), 0.3*before, "energy kept within 3 dB")
			})
		}
	}
}

// bandPower sums the power spectrum within ±half Hz of f.
func bandPower(psd []float64, rate int, f, half float64) float64 {
	binHz := float64(rate) / float64(2*(len(psd)-1))
	s := 0.0
	for k := int((f - half) / binHz); k <= int((f+half)/binHz); k++ {
		s += psd[k]
	}
	return s
}

func TestFormantWarp_ExampleCalls(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"call1.wav", "call3.wav"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rate, x := exampleCall(t, name)
			got := runFormant(t, rate, x, dsp.FormantOptions{Factor: 1.15, AllPass: 0.05}, 4096)
			for c := range x {
				db := 20 * math.Log10(dsptest.RMS(got[c])/dsptest.RMS(x[c]))
				t.Logf("channel %d: RMS %+.2f dB, differs from the input by %.1f dB SNR", c, db, dsptest.SNR(x[c], got[c], 0, len(x[c])))
				assert.InDelta(t, 0, db, 1.5)
			}
		})
	}
}

func TestFormantWarp_IdentityReconstructs(t *testing.T) {
	t.Parallel()
	n := 20000
	x := dsptest.Speech(8000, n, 22)
	got := runFormant(t, 8000, [][]float32{x}, dsp.FormantOptions{Factor: 1}, 777)
	assert.GreaterOrEqual(t, dsptest.SNR(x, got[0], 0, n), 90.0)
}

func TestFormantWarp_OutputDoesNotDependOnBlockSize(t *testing.T) {
	t.Parallel()
	n := 12345
	x := dsptest.Speech(8000, n, 23)
	y := dsptest.Noise(n, 0.3, 24)
	opt := dsp.FormantOptions{Factor: 1.2, AllPass: 0.1}
	want := runFormant(t, 8000, [][]float32{x, y}, opt, 4096)
	for _, block := range []int{1, 37, 1000} {
		got := runFormant(t, 8000, [][]float32{x, y}, opt, block)
		assert.Equal(t, want, got, "block %d", block)
	}
}

func TestFormantWarp_HasZeroLatency(t *testing.T) {
	t.Parallel()
	// A click in coloured noise: the zero-phase per-bin gains keep its
	// energy centred where it was.
	for _, t0 := range []int{300, 1000, 2345} {
		n := 4000
		x := resonated(8000, 900, 100, whiteNoise(n, 25))
		for i := range x {
			x[i] *= 0.01
		}
		x[t0] = 0.8
		got := runFormant(t, 8000, [][]float32{x}, dsp.FormantOptions{Factor: 1.2}, 333)
		peak := 0
		for i, v := range got[0] {
			if math.Abs(float64(v)) > math.Abs(float64(got[0][peak])) {
				peak = i
			}
		}
		assert.Equal(t, t0, peak)
	}
}

func TestFormantWarp_ShortAndSilentInputs(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 1, 10, 255, 256, 257} {
		x := dsptest.Speech(8000, n, 26)
		got := runFormant(t, 8000, [][]float32{x, make([]float32, n)}, dsp.FormantOptions{Factor: 0.9}, 64)
		for _, v := range got[1] {
			require.Zero(t, v)
		}
	}
}

func TestFormantWarp_RejectsBadOptions(t *testing.T) {
	t.Parallel()
	src := audio.NewSliceStream(8000, [][]float32{make([]float32, 10)})
	for _, opt := range []dsp.FormantOptions{
		{Factor: 0.3}, {Factor: 3}, {Factor: math.NaN()}, {AllPass: 0.9}, {AllPass: -0.7},
		{Order: 2}, {Order: 50}, {MaxGainDB: -3}, {MaxGainDB: 100},
		{Factor: 1.1, STFT: dsp.STFTOptions{FrameSize: 100}},
		{Factor: 1.1, Order: 40, STFT: dsp.STFTOptions{FrameSize: 64}},
	} {
		_, err := dsp.NewFormantWarp(src, opt)
		assert.ErrorIs(t, err, dsp.ErrInvalidOptions, "%+v", opt)
	}
}

func TestFormantWarp_SteadyStateReadsAllocateNothing(t *testing.T) {
	x := dsptest.Speech(8000, 8000*30, 27)
	s, err := dsp.NewFormantWarp(audio.NewSliceStream(8000, [][]float32{x}), dsp.FormantOptions{Factor: 1.15})
	require.NoError(t, err)
	block := audio.NewBlock(1, 4096)
	_, err = s.Read(block)
	require.NoError(t, err)
	allocs := testing.AllocsPerRun(20, func() {
		_, err = s.Read(block)
	})
	require.NoError(t, err)
	assert.Zero(t, allocs)
}

func BenchmarkFormantWarp(b *testing.B) {
	for _, rate := range []int{8000, 16000} {
		b.Run(rateName(rate), func(b *testing.B) {
			benchStage(b, rate, func(src audio.Stream) (audio.Stream, error) {
				return dsp.NewFormantWarp(src, dsp.FormantOptions{Factor: 1.15})
			})
		})
	}
}

// BenchmarkFormantProcessor measures the envelope warp alone, one frame per
// iteration, without the STFT around it; x-realtime assumes the default
// hop (a quarter frame).
func BenchmarkFormantProcessor(b *testing.B) {
	for _, rate := range []int{8000, 16000} {
		b.Run(rateName(rate), func(b *testing.B) {
			size := dsp.DefaultFrameSize(rate)
			p, err := dsp.NewFormantProcessor(dsp.FormantOptions{Factor: 1.15})
			require.NoError(b, err)
			require.NoError(b, p.InitSpectral(1, rate, size, size/4))
			x := dsptest.Speech(rate, rate, 28)
			// Spectra of a few frames, restored before every call.
			var spectra [][]complex64
			for off := rate / 4; off+size <= rate && len(spectra) < 16; off += size {
				spectra = append(spectra, dftHalf(x[off:off+size]))
			}
			f := &dsp.SpectralFrame{Size: size, Hop: size / 4, SampleRate: rate, Spectrum: make([]complex64, size/2+1)}
			b.ReportAllocs()
			cpu0 := processCPU()
			for i := 0; b.Loop(); i++ {
				copy(f.Spectrum, spectra[i%len(spectra)])
				p.ProcessSpectrum(f)
			}
			cpu := processCPU() - cpu0
			audioSec := float64(b.N) * float64(size/4) / float64(rate)
			b.ReportMetric(audioSec/b.Elapsed().Seconds(), "x-realtime")
			if cpu0 >= 0 && cpu > 0 {
				b.ReportMetric(audioSec/cpu.Seconds(), "x-realtime-cpu")
			}
		})
	}
}

// dftHalf is a direct DFT of a Hann-windowed frame, bins 0 … n/2.
func dftHalf(x []float32) []complex64 {
	n := len(x)
	out := make([]complex64, n/2+1)
	for k := range out {
		var re, im float64
		for t, v := range x {
			w := 0.5 - 0.5*math.Cos(2*math.Pi*float64(t)/float64(n))
			ph := -2 * math.Pi * float64(k*t) / float64(n)
			re += w * float64(v) * math.Cos(ph)
			im += w * float64(v) * math.Sin(ph)
		}
		out[k] = complex(float32(re), float32(im))
	}
	return out
}
