package audio

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pcm16TestSamples mixes ordinary samples with every edge toPCM16
// handles: exact halves of a step either side of zero, the clipping
// bounds and just inside them, overs, infinities, NaN and signed zeros.
func pcm16TestSamples(n int, seed uint64) []float32 {
	rng := rand.New(rand.NewPCG(seed, 1))
	edges := []float32{0, float32(math.Copysign(0, -1)), 0.5 / 32768, -0.5 / 32768, 1.5 / 32768, -1.5 / 32768,
		1, -1, 32767.0 / 32768, 32766.5 / 32768, 32767.25 / 32768, -32767.5 / 32768, -32768.5 / 32768,
		1.0001, -1.0001, 1e30, -1e30, float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN())}
	out := make([]float32, n)
	for i := range out {
		switch k := rng.IntN(4); k {
		case 0:
			out[i] = edges[rng.IntN(len(edges))]
		case 1:
			out[i] = float32(rng.IntN(65536)-32768) / 32768 // exact steps
		case 2:
			out[i] = (float32(rng.IntN(65536)-32768) + 0.5) / 32768 // halves
		default:
			out[i] = float32(rng.NormFloat64() * 0.4)
		}
	}
	return out
}

// TestPCM16_MonoAndStereoMatchToPCM16 checks the mono and stereo
// converters, with the Go loops and (where the CPU has AVX) the kernels,
// sample by sample against toPCM16.
func TestPCM16_MonoAndStereoMatchToPCM16(t *testing.T) {
	avx := havePCM16AVX
	t.Cleanup(func() { havePCM16AVX = avx })
	for _, useAVX := range []bool{false, true} {
		if useAVX && !avx {
			t.Log("no AVX kernel in this build or on this CPU: Go loops only")
			continue
		}
		havePCM16AVX = useAVX
		for _, n := range []int{0, 1, 7, 8, 9, 64, 4096, 4101} {
			l, r := pcm16TestSamples(n, uint64(n)), pcm16TestSamples(n, uint64(n)+100)
			mono := make([]byte, 2*n)
			stereo := make([]byte, 4*n)
			encodePCM16(mono, [][]float32{l})
			encodePCM16(stereo, [][]float32{l, r})
			for i := 0; i < n; i++ {
				require.Equal(t, toPCM16(l[i]), int16(binary.LittleEndian.Uint16(mono[2*i:])), "avx %v mono n=%d i=%d v=%v", useAVX, n, i, l[i])
				require.Equal(t, toPCM16(l[i]), int16(binary.LittleEndian.Uint16(stereo[4*i:])), "avx %v left n=%d i=%d v=%v", useAVX, n, i, l[i])
				require.Equal(t, toPCM16(r[i]), int16(binary.LittleEndian.Uint16(stereo[4*i+2:])), "avx %v right n=%d i=%d v=%v", useAVX, n, i, r[i])
			}
		}
	}
}

func TestToPCM16_Edges(t *testing.T) {
	for _, c := range []struct {
		v    float32
		want int16
	}{
		{0, 0}, {0.5 / 32768, 1}, {-0.5 / 32768, -1}, {0.49 / 32768, 0}, {1, 32767}, {-1, -32768},
		{32766.5 / 32768, 32767}, {2, 32767}, {-2, -32768}, {float32(math.Inf(1)), 32767},
		{float32(math.Inf(-1)), -32768}, {float32(math.NaN()), 0},
	} {
		assert.Equal(t, c.want, toPCM16(c.v), "%v", c.v)
	}
}
