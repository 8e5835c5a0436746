package anonymize

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// voiceLike is n samples at rate of a harmonic voice whose pitch glides
// between f0lo and f0hi, voiced 0.3 s out of every 0.5 s, over seeded
// noise: enough like speech for the pitch estimate to work as on a call.
func voiceLike(rate, n int, f0lo, f0hi float64, seed uint64) []float32 {
	rng := rand.New(rand.NewPCG(seed, 7))
	x := make([]float32, n)
	ph := 0.0
	for i := range x {
		t := float64(i) / float64(rate)
		f0 := f0lo + (f0hi-f0lo)*(0.5+0.5*math.Sin(2*math.Pi*0.3*t))
		ph += 2 * math.Pi * f0 / float64(rate)
		v := 0.002 * rng.NormFloat64()
		if math.Mod(t, 0.5) < 0.3 {
			for h := 1; h <= 8; h++ {
				v += 0.08 / float64(h) * math.Sin(float64(h)*ph)
			}
		}
		x[i] = float32(v)
	}
	return x
}

// medianF0Direct is medianF0 as first written: every lag's energies summed
// directly. It is the reference the prefix-sum version must match.
func medianF0Direct(x []float32, rate int) float64 {
	x, rate = decimateForF0(x, rate)
	frame := rate * 40 / 1000
	minLag, maxLag := rate/400, rate/60
	if frame <= maxLag || len(x) < frame {
		return 0
	}
	var f0s []float64
	for start := 0; start+frame <= len(x); start += frame {
		seg := x[start : start+frame]
		var energy float64
		for _, v := range seg {
			energy += float64(v) * float64(v)
		}
		if energy/float64(frame) < 1e-5 {
			continue
		}
		bestLag, best := 0, 0.0
		for lag := minLag; lag <= maxLag; lag++ {
			var num, e1, e2 float64
			for i := 0; i+lag < frame; i++ {
				a, b := float64(seg[i]), float64(seg[i+lag])
				num += a * b
				e1 += a * a
				e2 += b * b
			}
			if e1 == 0 || e2 == 0 {
				continue
			}
			if r := num / math.Sqrt(e1*e2); r > best {
				best, bestLag = r, lag
			}
		}
		if best > 0.6 && bestLag > 0 {
			f0s = append(f0s, float64(rate)/float64(bestLag))
		}
	}
	if len(f0s) < 10 {
		return 0
	}
	slices.Sort(f0s)
	return f0s[len(f0s)/2]
}

func TestMedianF0_MatchesTheDirectComputation(t *testing.T) {
	t.Parallel()
	for i, tc := range []struct {
		rate       int
		f0lo, f0hi float64
	}{
		{8000, 90, 140}, {8000, 170, 260}, {16000, 100, 150}, {44100, 180, 240}, {8000, 60, 400},
	} {
		x := voiceLike(tc.rate, 4*tc.rate, tc.f0lo, tc.f0hi, uint64(i))
		want := medianF0Direct(x, tc.rate)
		assert.Greater(t, want, 0.0, "case %d: the reference found no pitch", i)
		assert.InEpsilon(t, want, medianF0(x, tc.rate), 1e-9, "case %d", i)
	}
}

// BenchmarkMedianF0 is the pitch look-ahead estimate over its full 8 s of
// voice-like audio: a fixed cost every recording pays before masking.
func BenchmarkMedianF0(b *testing.B) {
	for _, rate := range []int{8000, 16000} {
		x := voiceLike(rate, f0Lookahead*rate, 100, 220, 3)
		b.Run(map[int]string{8000: "8k", 16000: "16k"}[rate], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				medianF0(x, rate)
			}
			b.ReportMetric(f0Lookahead*float64(b.N)/b.Elapsed().Seconds(), "x-realtime")
		})
	}
}
