package dsp_test

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// FuzzBleep feeds arbitrary spans (they come from transcripts, which are
// untrusted) and block sizes to Bleep and checks its promises: no panic,
// the input's length, nothing outside the spans changed, and the output
// inside them independent of the original.
func FuzzBleep(f *testing.F) {
	f.Add([]byte{0, 0, 0, 10, 0, 0, 0, 200, 1}, uint16(37), uint8(0))
	f.Add([]byte{0, 0, 1, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 255, 255, 2}, uint16(1), uint8(2))
	f.Add([]byte{}, uint16(4096), uint8(3))
	f.Fuzz(func(t *testing.T, raw []byte, block uint16, mode uint8) {
		const n, channels = 3000, 2
		var spans []dsp.Span
		for len(raw) >= 9 && len(spans) < 32 {
			s := int64(binary.BigEndian.Uint32(raw[0:4]) % (2 * n))
			e := int64(binary.BigEndian.Uint32(raw[4:8]) % (2 * n))
			spans = append(spans, dsp.Span{Start: s, End: e, Channel: int(raw[8]%(channels+1)) - 1})
			raw = raw[9:]
		}
		opt := dsp.BleepOptions{Mode: dsp.BleepMode(mode % 4), Seed: 9}
		bs := int(block%5000) + 1
		a := [][]float32{dsptest.Speech(8000, n, 1), dsptest.Noise(n, 0.5, 2)}
		z := [][]float32{dsptest.Noise(n, 0.7, 3), dsptest.Noise(n, 0.2, 4)}
		run := func(x [][]float32) [][]float32 {
			b, err := dsp.NewBleep(audio.NewSliceStream(8000, x), spans, opt)
			if err != nil {
				t.Fatal(err)
			}
			y, err := dsptest.ReadBlocks(b, bs)
			if err != nil {
				t.Fatal(err)
			}
			return y
		}
		ya, yz := run(a), run(z)
		for c := range channels {
			if len(ya[c]) != n {
				t.Fatalf("channel %d: %d frames out of %d", c, len(ya[c]), n)
			}
			for i := range int64(n) {
				in := inSpan(spans, c, i)
				if !in && math.Float32bits(ya[c][i]) != math.Float32bits(a[c][i]) {
					t.Fatalf("channel %d frame %d outside every span changed", c, i)
				}
				if in && ya[c][i] != yz[c][i] {
					t.Fatalf("channel %d frame %d inside a span depends on the original", c, i)
				}
			}
		}
	})
}
