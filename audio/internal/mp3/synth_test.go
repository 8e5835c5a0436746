package mp3

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWindow_KernelMatchesGoLoop(t *testing.T) {
	t.Parallel()
	if !haveAVX {
		t.Skip("no AVX kernel in this build or on this CPU")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var v [1024]float32
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	for off := 0; off < 1024; off += 64 {
		var a, b [32]float32
		windowAVX(&a, &v, off, &synthWindow)
		windowGo(&b, &v, off, &synthWindow)
		assert.Equal(t, b, a, "off %d", off)
	}
}

func TestDCT4x18_KernelMatchesGoLoop(t *testing.T) {
	t.Parallel()
	if !haveAVX {
		t.Skip("no AVX kernel in this build or on this CPU")
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := 0; trial < 50; trial++ {
		var in [18]float32
		for i := range in {
			in[i] = float32(rng.NormFloat64())
		}
		var a, b [24]float32
		dct4x18AVX(&a, &in, &dct4x18)
		dct4x18Go(&b, &in, &dct4x18)
		assert.Equal(t, b, a)
	}
}

func TestIMDCT36_MatchesTheDefinition(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 8))
	var in [18]float32
	for i := range in {
		in[i] = float32(rng.NormFloat64())
	}
	var ones [36]float32
	for i := range ones {
		ones[i] = 1
	}
	var y [36]float32
	imdct36(&in, &y, &ones)
	for i := 0; i < 36; i++ {
		var want float64
		for k := 0; k < 18; k++ {
			want += float64(in[k]) * math.Cos(math.Pi/72*float64((2*i+1+18)*(2*k+1)))
		}
		assert.InDelta(t, want, y[i], 1e-4, "i=%d", i)
	}
}
