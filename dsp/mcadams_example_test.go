package dsp_test

import (
	"fmt"
	"math"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// vowel returns n samples of a crude vowel at rate: a 120 Hz pulse train
// through resonances at 700 and 1200 Hz.
func vowel(rate, n int) []float32 {
	x := make([]float32, n)
	var y [2][2]float64
	for i := range x {
		v := 0.0
		if i%(rate/120) == 0 {
			v = 0.1
		}
		for k, f := range []float64{700, 1200} {
			r := math.Exp(-math.Pi * 90 / float64(rate))
			v += 2*r*math.Cos(2*math.Pi*f/float64(rate))*y[k][0] - r*r*y[k][1]
			y[k][1], y[k][0] = y[k][0], v
		}
		x[i] = float32(v)
	}
	return x
}

// McAdams with the VoicePrivacy B2 coefficient on 8 kHz audio: the LPC
// order follows the rate, and the output is aligned with the input sample
// for sample.
func ExampleNewMcAdams() {
	const rate = 8000
	x := vowel(rate, rate) // one second
	m, err := dsp.NewMcAdams(audio.NewSliceStream(rate, [][]float32{x}), dsp.McAdamsOptions{Alpha: 0.8})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := audio.ReadAll(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("alpha %.1f, LPC order %d, %d frames in, %d frames out\n", m.Alpha(), m.Order(), len(x), len(out[0]))
	// Output: alpha 0.8, LPC order 10, 8000 frames in, 8000 frames out
}

// Where α = 0.8 moves formants: the warp works in 16 kHz terms, so the
// answer does not depend on the sample rate.
func ExampleNewMcAdams_formula() {
	for _, f := range []float64{500, 1000, 2000, 2546, 3000} {
		moved := 16000 / (2 * math.Pi) * math.Pow(2*math.Pi*f/16000, 0.8)
		fmt.Printf("%4.0f Hz -> %4.0f Hz\n", f, moved)
	}
	// Output:
	//  500 Hz ->  692 Hz
	// 1000 Hz -> 1206 Hz
	// 2000 Hz -> 2099 Hz
	// 2546 Hz -> 2546 Hz
	// 3000 Hz -> 2903 Hz
}
