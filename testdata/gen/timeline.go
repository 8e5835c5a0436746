package main

import (
	"fmt"
	"math"
	"strings"
)

// grid is the time grid every word boundary is placed on: 20 ms, the time
// resolution of Whisper's word timestamps. It is a whole number of samples
// at 22050 Hz (441), 8000 Hz (160) and 44100 Hz (882), so the times written
// in the transcripts are exact at every output rate.
const grid = synthRate / 50

// noiseRMS is the level of the line noise added to every channel
// (about -62 dBFS), so that pauses are quiet but not digital zero.
const noiseRMS = 0.0008

// placed is a transcript token placed on the timeline.
type placed struct {
	token
	Who     speaker
	Channel int
	Turn    int
	// Start and End in samples at synthRate, multiples of grid; the speech
	// of the token begins exactly at Start and ends at most 20 ms before End.
	Start, End int
}

func (p placed) startSec() float64 { return float64(p.Start) / synthRate }
func (p placed) endSec() float64   { return float64(p.End) / synthRate }

// layout is a call laid out in time at synthRate.
type layout struct {
	Tokens []placed
	Chans  [][]float32 // one per output channel
	Frames int
	speech int // samples of speech, for the summary
	spoken int // words spoken
}

// build synthesises the call word by word and lays it out with pauses drawn
// from a seeded generator, so the same tools give the same file.
func build(c *call, s *synth) (*layout, error) {
	r := rng(c.Seed)
	l := &layout{Chans: make([][]float32, c.channels())}
	pos := grid * r.between(15, 25)
	for ti, t := range c.Turns {
		if ti > 0 {
			pos += grid * r.between(13, 28)
		}
		v := c.Voices[t.Who]
		ch := 0
		if c.Stereo {
			ch = int(t.Who)
		}
		for ki, tk := range t.Tokens {
			if ki > 0 {
				pos += grid * pauseAfter(t.Tokens[ki-1], &r)
			}
			start := pos
			for si, sw := range tk.Say {
				if si > 0 {
					if strings.HasSuffix(tk.Say[si-1], ",") {
						pos += grid * r.between(5, 8)
					} else {
						pos += grid * r.between(2, 3)
					}
				}
				x, err := s.word(v, sw)
				if err != nil {
					return nil, fmt.Errorf("%s turn %d: %w", c.Name, ti+1, err)
				}
				l.mix(ch, pos, x, v.Gain)
				l.speech += len(x)
				l.spoken++
				pos += (len(x) + grid - 1) / grid * grid
			}
			l.Tokens = append(l.Tokens, placed{token: tk, Who: t.Who, Channel: ch, Turn: ti, Start: start, End: pos})
		}
	}
	pos += grid * r.between(20, 30)
	l.Frames = pos
	for ch := range l.Chans {
		l.Chans[ch] = grow(l.Chans[ch], pos)
		for i := range l.Chans[ch] {
			l.Chans[ch][i] += float32(noiseRMS * r.noise())
		}
	}
	var peak float64
	for _, x := range l.Chans {
		for _, v := range x {
			peak = math.Max(peak, math.Abs(float64(v)))
		}
	}
	if peak > 0.89 {
		g := float32(0.89 / peak)
		for _, x := range l.Chans {
			for i := range x {
				x[i] *= g
			}
		}
	}
	return l, nil
}

// pauseAfter is the pause, in grid steps, after a token: longer after the
// end of a sentence or a comma, as in speech.
func pauseAfter(prev token, r *splitmix) int {
	last := prev.Say[len(prev.Say)-1]
	switch {
	case strings.HasSuffix(prev.Text, ".") || strings.HasSuffix(prev.Text, "?") || strings.HasSuffix(prev.Text, "!"):
		return r.between(10, 15)
	case strings.HasSuffix(prev.Text, ",") || strings.HasSuffix(last, ","):
		return r.between(6, 10)
	default:
		return r.between(3, 6)
	}
}

func (l *layout) mix(ch, at int, x []float32, gain float64) {
	l.Chans[ch] = grow(l.Chans[ch], at+len(x))
	dst := l.Chans[ch][at:]
	for i, v := range x {
		dst[i] += v * float32(gain)
	}
}

func grow(x []float32, n int) []float32 {
	if len(x) >= n {
		return x
	}
	return append(x, make([]float32, n-len(x))...)
}

// splitmix is SplitMix64: a tiny generator whose output is fixed by its
// definition, unlike math/rand's, so regeneration is stable across Go
// releases.
type splitmix struct{ s uint64 }

func rng(seed uint64) splitmix { return splitmix{s: seed * 0x9e3779b97f4a7c15} }

func (r *splitmix) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// float returns a uniform value in [0, 1).
func (r *splitmix) float() float64 { return float64(r.next()>>11) / (1 << 53) }

// between returns a uniform integer in [lo, hi].
func (r *splitmix) between(lo, hi int) int { return lo + int(r.next()%uint64(hi-lo+1)) }

// noise returns an approximately Gaussian value with unit variance (sum of
// four uniforms).
func (r *splitmix) noise() float64 {
	return (r.float() + r.float() + r.float() + r.float() - 2) * math.Sqrt(3)
}
