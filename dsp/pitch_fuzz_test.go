package dsp_test

import (
	"errors"
	"math"
	"testing"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

// FuzzPitchShift runs the phase vocoder (with a formant processor inside
// on odd seeds) on arbitrary samples, ratios, frame and block sizes, once
// with the AVX kernels and once with the Go loops they replace, and
// requires the same output, of the input's length, finite for finite
// input: the kernels read memory at offsets the Go code computes, and
// this is where odd sizes would show a misread.
func FuzzPitchShift(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, raw bool, shape uint8, block uint16) {
		in := fuzzSignal(data, raw)
		opt := dsp.PitchShiftOptions{
			Cents:     float64(int(block)%2401 - 1200),
			FrameSize: 64 << (int(shape) % 5),
		}
		run := func(kernels bool) [][]float32 {
			defer dsp.UseAVXKernels(kernels)()
			o := opt
			if shape%2 == 1 {
				fp, err := dsp.NewFormantProcessor(dsp.FormantOptions{Factor: 0.6 + float64(shape)/256, Order: 4 + int(shape)%12})
				if err != nil {
					t.Fatal(err)
				}
				o.Spectral = fp
			}
			s, err := dsp.NewPitchShift(audio.NewSliceStream(8000, in), o)
			if errors.Is(err, dsp.ErrInvalidOptions) {
				return nil // an order too high for the frame
			}
			if err != nil {
				t.Fatal(err)
			}
			out, err := dsptest.ReadBlocks(s, 1+int(block)%3000)
			if err != nil {
				t.Fatal(err)
			}
			return out
		}
		with, without := run(true), run(false)
		if with == nil || without == nil {
			if (with == nil) != (without == nil) {
				t.Fatal("the options were accepted on one path only")
			}
			return
		}
		checkFuzzOutput(t, in, with, raw)
		// Where the Go code fuses multiply-adds (GOAMD64=v3) it rounds
		// differently from the kernels, which never fuse.
		tol := 0.0
		if dsp.GoFusesMultiplyAdd() {
			tol = 1e-4
		}
		for c := range with {
			for i, v := range with[c] {
				w := without[c][i]
				if !(math.Abs(float64(v-w)) <= tol) && !(math.IsNaN(float64(v)) && math.IsNaN(float64(w))) {
					t.Fatalf("channel %d sample %d: %v with the AVX kernels, %v without", c, i, v, w)
				}
			}
		}
	})
}
