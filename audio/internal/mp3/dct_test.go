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

// TestDCT32V_IsDCT32ReadOutAsV checks the generated matrixing of a
// synthesis slot against dct32 and the V layout of synthesis.slot's doc.
func TestDCT32V_IsDCT32ReadOutAsV(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	var in [32][18]float32
	for sb := range in {
		for ts := range in[sb] {
			in[sb][ts] = float32(rng.NormFloat64())
		}
	}
	for ts := 0; ts < 18; ts++ {
		var x, col [32]float32
		for sb := range col {
			col[sb] = in[sb][ts]
		}
		dct32(&col, &x)
		var want [64]float32
		for i := 0; i < 16; i++ {
			want[i] = x[16+i]
		}
		for i := 17; i <= 48; i++ {
			want[i] = -x[48-i]
		}
		for i := 49; i < 64; i++ {
			want[i] = -x[i-48]
		}
		var v [64]float32
		for i := range v {
			v[i] = 99 // every value must be written, V[16] too
		}
		dct32V(&in, ts, &v)
		assert.Equal(t, want, v, "time slot %d", ts)
	}
}
