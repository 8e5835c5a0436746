package dsp_test

import (
	"errors"
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
		if block%7 == 0 {
			// Small and large frames too; orders that do not fit are
			// rejected as invalid options.
			opt.STFT.FrameSize = 16 << (int(warp) % 8)
			opt.Order = 4 + int(block)%37
		}
		s, err := dsp.NewFormantWarp(audio.NewSliceStream(8000, in), opt)
		if errors.Is(err, dsp.ErrInvalidOptions) && opt.STFT.FrameSize != 0 {
			return
		}
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
