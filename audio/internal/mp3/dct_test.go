package mp3

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDCT32_MatchesTheDefinition(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 20; trial++ {
		var x, got [32]float32
		for i := range x {
			x[i] = float32(rng.NormFloat64())
		}
		dct32(&x, &got)
		for k := 0; k < 32; k++ {
			var want float64
			for n := 0; n < 32; n++ {
				want += float64(x[n]) * math.Cos(math.Pi*float64((2*n+1)*k)/64)
			}
			assert.InDelta(t, want, got[k], 2e-5*32, "k=%d", k)
		}
	}
}

func TestDCT16_MatchesTheDefinition(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 6))
	var x, got [16]float32
	for i := range x {
		x[i] = float32(rng.NormFloat64())
	}
	dct16(&x, &got)
	for k := 0; k < 16; k++ {
		var want float64
		for n := 0; n < 16; n++ {
			want += float64(x[n]) * math.Cos(math.Pi*float64((2*n+1)*k)/32)
		}
		assert.InDelta(t, want, got[k], 1e-4*16, "k=%d", k)
	}
}
