package dsp

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestFastAtan2AndSincos_AreAccurateEnough(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	var worstA, worstS float64
	for range 200000 {
		x, y := rng.NormFloat64(), rng.NormFloat64()
		worstA = max(worstA, math.Abs(fastAtan2(y, x)-math.Atan2(y, x)))
		p := (2*rng.Float64() - 1) * math.Pi
		s, c := fastSincos(p)
		ws, wc := math.Sincos(p)
		worstS = max(worstS, math.Abs(s-ws), math.Abs(c-wc))
	}
	for _, v := range [][2]float64{{0, 1}, {0, -1}, {1, 0}, {-1, 0}, {0, 0}} {
		worstA = max(worstA, math.Abs(fastAtan2(v[0], v[1])-math.Atan2(v[0], v[1])))
	}
	if worstA > 1e-5 || worstS > 1e-7 {
		t.Fatalf("atan2 error %g rad, sincos error %g", worstA, worstS)
	}
	for _, p := range []float64{-7, -3.2, 0, 3.1, 9.5, 1e6} {
		w := princarg(p)
		if w < -math.Pi || w >= math.Pi || math.Abs(math.Remainder(w-p, 2*math.Pi)) > 1e-9 {
			t.Fatalf("princarg(%g) = %g", p, w)
		}
	}
}
