package dsp_test

import (
	"testing"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/dsp/internal/dsptest"
)

func FuzzFormantWarp(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, raw bool, warp uint8, block uint16) {
		in := fuzzSignal(data, raw)
		opt := dsp.FormantOptions{Factor: 0.5 + 1.5*float64(warp)/255, AllPass: float64(int(warp)%101-50) / 100}
		s, err := dsp.NewFormantWarp(audio.NewSliceStream(8000, in), opt)
		if err != nil {
			t.Fatal(err)
		}
		out, err := dsptest.ReadBlocks(s, 1+int(block)%5000)
		if err != nil {
			t.Fatal(err)
		}
		checkFuzzOutput(t, in, out, raw)
	})
}
