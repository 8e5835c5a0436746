package mp3

import (
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
