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
	v[700] = float32(math.NaN()) // reaches some outputs of some offsets
	clipped := 0
	for off := 0; off < 1024; off += 64 {
		var a, b [32]float32
		windowAVX(&a, &v, off, &synthWindow)
		windowGo(&b, &v, off, &synthWindow)
		assert.Equal(t, b, a, "off %d", off)
		for _, x := range a {
			if x == 1 || x == -1 {
				clipped++
			}
		}
	}
	assert.Greater(t, clipped, 32, "the input should drive some sums past ±1")
}

func TestWindowGo_ClipsToPlusMinusOne(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(9, 10))
	var v [1024]float32
	for i := range v {
		v[i] = float32(1000 * rng.NormFloat64())
	}
	v[0] = float32(math.NaN()) // out[0] of offset 0 sums it
	var out [32]float32
	windowGo(&out, &v, 0, &synthWindow)
	assert.Equal(t, float32(-1), out[0], "NaN")
	clipped := 0
	for j, x := range out {
		assert.True(t, x >= -1 && x <= 1, "out[%d] = %v", j, x)
		if x == 1 || x == -1 {
			clipped++
		}
	}
	assert.Greater(t, clipped, 16)
}

// TestIMDCTShort_KernelMatchesGoLoop checks the short-block IMDCT through
// the AVX product with dct4x6x3 against its scalar loops, value for value.
func TestIMDCTShort_KernelMatchesGoLoop(t *testing.T) {
	if !haveAVX {
		t.Skip("no AVX kernel in this build or on this CPU")
	}
	t.Cleanup(func() { haveAVX = true })
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := 0; trial < 50; trial++ {
		var in [18]float32
		for i := range in {
			in[i] = float32(rng.NormFloat64())
		}
		var a, b [36]float32
		imdctShort(&in, &a)
		haveAVX = false // not a parallel test: nothing else runs meanwhile
		imdctShort(&in, &b)
		haveAVX = true
		assert.Equal(t, b, a)
	}
}
