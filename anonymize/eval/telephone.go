package eval

import (
	"fmt"
	"math"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
)

// TelephoneRate is the sample rate Telephone produces.
const TelephoneRate = 8000

// Telephone returns u as narrow-band telephone speech: band-passed to
// 300-3400 Hz (fourth-order Butterworth high-pass and low-pass, as cascaded
// biquads) and resampled to 8 kHz. It is deterministic, so a test can derive
// the telephone copy of a wide-band recording instead of storing it. An
// utterance already at 8 kHz is only band-passed.
func Telephone(u Utterance) (Utterance, error) {
	if u.Rate < TelephoneRate {
		return Utterance{}, fmt.Errorf("eval: %s: %d Hz is below the telephone rate: %w", u.Name, u.Rate, ErrInvalid)
	}
	x := make([]float64, len(u.Samples))
	for i, v := range u.Samples {
		x[i] = float64(v)
	}
	// Butterworth order 4 = two biquads with Q = 1/(2 cos(π/8)) and
	// 1/(2 cos(3π/8)).
	for _, q := range []float64{0.5411961, 1.3065630} {
		biquad(x, u.Rate, 300, q, true)
		biquad(x, u.Rate, 3400, q, false)
	}
	y := make([]float32, len(x))
	for i, v := range x {
		y[i] = float32(v)
	}
	out := u
	out.Samples = y
	if u.Rate == TelephoneRate {
		return out, nil
	}
	r, err := dsp.NewResample(audio.NewSliceStream(u.Rate, [][]float32{y}), TelephoneRate, dsp.ResampleOptions{})
	if err != nil {
		return Utterance{}, fmt.Errorf("eval: %s: %w", u.Name, err)
	}
	s, err := audio.ReadAll(r)
	if err != nil {
		return Utterance{}, fmt.Errorf("eval: %s: %w", u.Name, err)
	}
	out.Samples, out.Rate = s[0], TelephoneRate
	return out, nil
}

// TelephoneAll applies Telephone to every utterance.
func TelephoneAll(utts []Utterance) ([]Utterance, error) {
	out := make([]Utterance, len(utts))
	for i, u := range utts {
		var err error
		if out[i], err = Telephone(u); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// biquad filters x in place with an RBJ-cookbook high-pass (high) or
// low-pass biquad at f0 Hz with quality q (direct form I).
func biquad(x []float64, rate int, f0, q float64, high bool) {
	w := 2 * math.Pi * f0 / float64(rate)
	cw, alpha := math.Cos(w), math.Sin(w)/(2*q)
	var b0, b1, b2 float64
	if high {
		b0, b1, b2 = (1+cw)/2, -(1 + cw), (1+cw)/2
	} else {
		b0, b1, b2 = (1-cw)/2, 1-cw, (1-cw)/2
	}
	a0, a1, a2 := 1+alpha, -2*cw, 1-alpha
	b0, b1, b2, a1, a2 = b0/a0, b1/a0, b2/a0, a1/a0, a2/a0
	var x1, x2, y1, y2 float64
	for i, v := range x {
		y := b0*v + b1*x1 + b2*x2 - a1*y1 - a2*y2
		x2, x1, y2, y1 = x1, v, y1, y
		x[i] = y
	}
}
