// Package dsptest holds signal generators and stream helpers shared by the
// dsp package's tests and benchmarks. It is not for production code.
package dsptest

import (
	"errors"
	"io"
	"math"
	"math/rand/v2"

	"github.com/callveil/callveil/audio"
)

// Harmonic returns n samples of a harmonic tone at f0 Hz with the given
// number of harmonics, amplitudes falling as 1/h, normalised to peak amp.
func Harmonic(rate int, f0 float64, harmonics, n int, amp float64) []float32 {
	x := make([]float64, n)
	peak := 0.0
	for i := range x {
		t := float64(i) / float64(rate)
		v := 0.0
		for h := 1; h <= harmonics; h++ {
			if f0*float64(h) >= float64(rate)/2 {
				break
			}
			v += math.Sin(2*math.Pi*f0*float64(h)*t+0.3*float64(h*h)) / float64(h)
		}
		x[i] = v
		peak = max(peak, math.Abs(v))
	}
	out := make([]float32, n)
	for i, v := range x {
		out[i] = float32(amp * v / peak)
	}
	return out
}

// Speech returns n samples of a speech-like signal at rate: a glottal-pulse
// train with a gliding f0 (100–220 Hz) through two formant resonators,
// syllable-shaped amplitude envelopes, pauses and a little noise. It is
// deterministic for a given seed.
func Speech(rate, n int, seed uint64) []float32 {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	out := make([]float32, n)
	phase := 0.0
	// Two-pole resonators for formants at ~700 and ~1800 Hz.
	type reson struct{ a1, a2, y1, y2 float64 }
	mk := func(f, bw float64) reson {
		r := math.Exp(-math.Pi * bw / float64(rate))
		return reson{a1: 2 * r * math.Cos(2*math.Pi*f/float64(rate)), a2: -r * r}
	}
	r1, r2 := mk(700, 90), mk(1800, 120)
	syll := rate / 4
	for i := range out {
		t := float64(i) / float64(rate)
		f0 := 160 + 60*math.Sin(2*math.Pi*0.7*t)
		phase += f0 / float64(rate)
		e := 0.0
		if phase >= 1 {
			phase -= 1
			e = 1
		}
		e += 0.02 * rng.NormFloat64()
		y1 := e + r1.a1*r1.y1 + r1.a2*r1.y2
		r1.y2, r1.y1 = r1.y1, y1
		y2 := y1 + r2.a1*r2.y1 + r2.a2*r2.y2
		r2.y2, r2.y1 = r2.y1, y2
		pos := i % syll
		env := math.Sin(math.Pi * float64(pos) / float64(syll))
		if (i/syll)%5 == 4 {
			env = 0.01 // a pause
		}
		out[i] = float32(0.02 * y2 * env)
	}
	return out
}

// Noise returns n samples of seeded uniform white noise in [-amp, amp].
func Noise(n int, amp float64, seed uint64) []float32 {
	rng := rand.New(rand.NewPCG(seed, 1))
	out := make([]float32, n)
	for i := range out {
		out[i] = float32(amp * (2*rng.Float64() - 1))
	}
	return out
}

// ReadBlocks drains s reading block frames at a time and returns every
// channel's samples and the final error (nil at a clean io.EOF).
func ReadBlocks(s audio.Stream, block int) ([][]float32, error) {
	f := s.Format()
	out := make([][]float32, f.Channels)
	buf := audio.NewBlock(f.Channels, block)
	for {
		n, err := s.Read(buf)
		for c := range out {
			out[c] = append(out[c], buf[c][:n]...)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
	}
}

// SNR is the signal-to-noise ratio in dB of got against want, over the
// samples [from, to).
func SNR(want, got []float32, from, to int) float64 {
	var s, e float64
	for i := from; i < to; i++ {
		d := float64(got[i]) - float64(want[i])
		s += float64(want[i]) * float64(want[i])
		e += d * d
	}
	if e == 0 {
		return math.Inf(1)
	}
	return 10 * math.Log10(s/e)
}

// RMS is the root mean square of x.
func RMS(x []float32) float64 {
	var s float64
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	if len(x) == 0 {
		return 0
	}
	return math.Sqrt(s / float64(len(x)))
}

// Drain reads s to the end with a reused block and returns the frame count;
// benchmarks use it to run a stage without keeping its output.
func Drain(s audio.Stream, block [][]float32) (int64, error) {
	var total int64
	for {
		n, err := s.Read(block)
		total += int64(n)
		if errors.Is(err, io.EOF) {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}
