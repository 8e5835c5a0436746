package dsp_test

import (
	"fmt"
	"math"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// Measure a voice in a first pass, then map it onto a target pseudo-voice
// in a second: the speaker's own pitch level, range and formant scale are
// replaced by the target's, and the output is exactly as long as the input.
func ExampleNewVoiceMap() {
	const rate = 8000
	x := vowelVoice(rate, 6*rate, 110, 0.95, 1) // a low voice, defined in the tests
	m, err := dsp.NewVoiceMeter(rate)
	if err != nil {
		fmt.Println(err)
		return
	}
	m.Write(x) // any number of calls, block by block
	src := m.Stats()
	target := dsp.VoiceTarget{F0Median: 200, F0Spread: 0.15, FormantScale: 1.15}
	v, err := dsp.NewVoiceMap(audio.NewSliceStream(rate, [][]float32{x}), dsp.VoiceMapOptions{Source: src, Target: target})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := audio.ReadAll(v)
	if err != nil {
		fmt.Println(err)
		return
	}
	after, _ := dsp.NewVoiceMeter(rate)
	after.Write(out[0])
	dst := after.Stats()
	fmt.Printf("%d frames in, %d out\n", len(x), len(out[0]))
	fmt.Printf("median f0 below 120 Hz before: %v; within 5 %% of 200 Hz after: %v\n",
		src.F0Median < 120, math.Abs(dst.F0Median/200-1) < 0.05)
	// Output:
	// 48000 frames in, 48000 out
	// median f0 below 120 Hz before: true; within 5 % of 200 Hz after: true
}
