package dsp_test

import (
	"fmt"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// Raise every formant by 15 % without changing the pitch.
func ExampleNewFormantWarp() {
	const rate = 8000
	x := vowel(rate, rate) // one second, defined in the McAdams example
	w, err := dsp.NewFormantWarp(audio.NewSliceStream(rate, [][]float32{x}), dsp.FormantOptions{Factor: 1.15})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := audio.ReadAll(w)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("STFT %d/%d, %d frames in, %d frames out\n", w.FrameSize(), w.Hop(), len(x), len(out[0]))
	// Output: STFT 256/64, 8000 frames in, 8000 frames out
}

// A FormantProcessor plugs into an STFT stage directly, for callers that
// combine it with their own spectral processing on one analysis pass.
func ExampleNewFormantProcessor() {
	p, err := dsp.NewFormantProcessor(dsp.FormantOptions{AllPass: 0.1})
	if err != nil {
		fmt.Println(err)
		return
	}
	src := audio.NewSliceStream(16000, [][]float32{vowel(16000, 1600)})
	s, err := dsp.NewSTFT(src, p, dsp.STFTOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := audio.ReadAll(s)
	fmt.Printf("envelope order %d, %d frames out\n", p.Order(), len(out[0]))
	// Output: envelope order 20, 1600 frames out
}
