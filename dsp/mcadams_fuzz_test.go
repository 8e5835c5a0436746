package dsp_test

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// fuzzSignal turns fuzz bytes into two channels of samples: 16-bit PCM
// (finite, in [−1, 1]) or, if raw is set, arbitrary float32 bit patterns
// (NaN, ±Inf, huge values), which a stage must survive without panicking.
func fuzzSignal(data []byte, raw bool) [][]float32 {
	var x []float32
	if raw {
		for i := 0; i+4 <= len(data); i += 4 {
			x = append(x, math.Float32frombits(binary.LittleEndian.Uint32(data[i:])))
		}
	} else {
		for i := 0; i+2 <= len(data); i += 2 {
			x = append(x, float32(int16(binary.LittleEndian.Uint16(data[i:])))/32768)
		}
	}
	y := make([]float32, len(x))
	for i := range y {
		y[i] = x[len(x)-1-i] * 0.5
	}
	return [][]float32{x, y}
}

func fuzzSeeds(f *testing.F) {
	pcm := func(x []float32) []byte {
		b := make([]byte, 2*len(x))
		for i, v := range x {
			binary.LittleEndian.PutUint16(b[2*i:], uint16(int16(max(-1, min(1, v))*32767)))
		}
		return b
	}
	f.Add(pcm(dsptest.Speech(8000, 600, 1)), false, uint8(80), uint16(37))
	f.Add(pcm(dsptest.Noise(300, 0.9, 2)), false, uint8(0), uint16(1))
	f.Add(pcm(make([]float32, 200)), false, uint8(200), uint16(4096))
	f.Add([]byte{0, 0, 0xc0, 0x7f, 0, 0, 0x80, 0x7f, 1, 2, 3, 4}, true, uint8(100), uint16(5))
}

func checkFuzzOutput(t *testing.T, in, out [][]float32, raw bool) {
	t.Helper()
	for c := range in {
		if len(out[c]) != len(in[c]) {
			t.Fatalf("channel %d: %d frames out for %d in", c, len(out[c]), len(in[c]))
		}
		if raw {
			continue
		}
		for i, v := range out[c] {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) || math.Abs(float64(v)) > 32 {
				t.Fatalf("channel %d sample %d: %v from finite input in [-1, 1]", c, i, v)
			}
		}
	}
}

func FuzzMcAdams(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, raw bool, alpha uint8, block uint16) {
		in := fuzzSignal(data, raw)
		opt := dsp.McAdamsOptions{Alpha: 0.5 + 1.5*float64(alpha)/255}
		m, err := dsp.NewMcAdams(audio.NewSliceStream(8000, in), opt)
		if err != nil {
			t.Fatal(err)
		}
		out, err := dsptest.ReadBlocks(m, 1+int(block)%5000)
		if err != nil {
			t.Fatal(err)
		}
		checkFuzzOutput(t, in, out, raw)
	})
}
