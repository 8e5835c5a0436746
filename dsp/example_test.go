package dsp_test

import (
	"fmt"
	"math"
	"time"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// Shift a 200 Hz tone up three semitones; the duration does not change.
func ExamplePitchShift() {
	const rate = 8000
	x := make([]float32, rate) // one second
	for i := range x {
		x[i] = float32(0.5 * math.Sin(2*math.Pi*200*float64(i)/rate))
	}
	p, err := dsp.NewPitchShift(audio.NewSliceStream(rate, [][]float32{x}), dsp.PitchShiftOptions{Cents: 300})
	if err != nil {
		fmt.Println(err)
		return
	}
	y, err := audio.ReadAll(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Time the upward zero crossings in the middle half second.
	first, last, periods := -1.0, 0.0, -1
	for i := rate/4 + 1; i < 3*rate/4; i++ {
		a, b := float64(y[0][i-1]), float64(y[0][i])
		if a < 0 && b >= 0 {
			t := float64(i-1) + a/(a-b)
			if first < 0 {
				first = t
			}
			last = t
			periods++
		}
	}
	fmt.Printf("ratio %.4f, %d frames in, %d out, %.0f Hz\n", p.Ratio(), len(x), len(y[0]), float64(periods)*rate/(last-first))
	// Output: ratio 1.1892, 8000 frames in, 8000 out, 238 Hz
}

// Bleep a word said between 0.25 s and 0.5 s on every channel.
func ExampleBleep() {
	const rate = 8000
	speech := make([]float32, rate)
	for i := range speech {
		speech[i] = 0.1
	}
	span := dsp.SpanAt(250*time.Millisecond, 500*time.Millisecond, -1, rate)
	b, err := dsp.NewBleep(audio.NewSliceStream(rate, [][]float32{speech}), []dsp.Span{span}, dsp.BleepOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	y, err := audio.ReadAll(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	peak := 0.0
	for _, v := range y[0][span.Start:span.End] {
		peak = max(peak, math.Abs(float64(v)))
	}
	fmt.Printf("span %+v\n", span)
	fmt.Printf("before %.1f, inside peak %.1f dBFS, after %.1f\n", y[0][span.Start-1], 20*math.Log10(peak), y[0][span.End])
	// Output:
	// span {Start:2000 End:4000 Channel:-1}
	// before 0.1, inside peak -18.0 dBFS, after 0.1
}

// Convert a telephone recording to 16 kHz.
func ExampleResample() {
	x := make([]float32, 8000)
	r, err := dsp.NewResample(audio.NewSliceStream(8000, [][]float32{x}), 16000, dsp.ResampleOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Format().SampleRate, r.Format().Frames)
	// Output: 16000 16000
}

// A spectral processor that removes everything above 1 kHz.
func ExampleSTFT() {
	lowpass := dsp.SpectralFunc(func(f *dsp.SpectralFrame) {
		cut := 1000 * f.Size / f.SampleRate
		clear(f.Spectrum[cut+1:])
	})
	x := make([]float32, 8000)
	s, err := dsp.NewSTFT(audio.NewSliceStream(8000, [][]float32{x}), lowpass, dsp.STFTOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.FrameSize(), s.Hop())
	// Output: 256 64
}
