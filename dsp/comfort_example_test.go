package dsp_test

import (
	"fmt"
	"math"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// Replace the pauses around a word by keyed comfort noise; the word, and
// the length, stay as they were.
func ExampleComfortNoise() {
	const rate = 8000
	x := make([]float32, 3*rate) // silence, a 0.5 s word at 1 s, silence
	for i := rate; i < rate+rate/2; i++ {
		x[i] = float32(0.1 * math.Sin(2*math.Pi*300*float64(i)/rate))
	}
	c, err := dsp.NewComfortNoise(audio.NewSliceStream(rate, [][]float32{x}), dsp.ComfortNoiseOptions{LevelDBFS: -60, Tilt: 0.5, Seed: 42})
	if err != nil {
		fmt.Println(err)
		return
	}
	y, err := audio.ReadAll(c)
	if err != nil {
		fmt.Println(err)
		return
	}
	same := true
	for i := rate; i < rate+rate/2; i++ {
		same = same && y[0][i] == x[i]
	}
	var e float64
	for _, v := range y[0][2*rate:] {
		e += float64(v) * float64(v)
	}
	fmt.Println("length kept:", len(y[0]) == len(x))
	fmt.Println("word untouched:", same)
	fmt.Printf("last second: %.0f dBFS of noise\n", 10*math.Log10(e/rate))
	// Output:
	// length kept: true
	// word untouched: true
	// last second: -60 dBFS of noise
}
