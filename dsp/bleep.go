package dsp

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/callveil/callveil/audio"
)

// Span is a half-open range of frames [Start, End) on one channel, or on
// every channel when Channel is −1. Spans are in frames, not time: convert
// transcript times with SpanAt (round(seconds × rate), as DESIGN.md says).
type Span struct {
	Start, End int64
	Channel    int
}

// SpanAt returns the Span covering [start, end) at rate on channel (−1 for
// all channels), converting with audio.DurationToFrames.
func SpanAt(start, end time.Duration, channel, rate int) Span {
	return Span{Start: audio.DurationToFrames(start, rate), End: audio.DurationToFrames(end, rate), Channel: channel}
}

// BleepMode is what a Bleep stage puts in place of the audio inside a span.
type BleepMode int

// Bleep modes.
const (
	// BleepTone replaces the span with a sine tone (the classic bleep).
	BleepTone BleepMode = iota
	// BleepSilence replaces the span with zeros.
	BleepSilence
	// BleepPink replaces the span with seeded pink (1/f) noise, which
	// sounds closer to speech babble than white noise.
	BleepPink
	// BleepBrown replaces the span with seeded brown (1/f²) noise, a
	// darker rumble.
	BleepBrown
)

// String names the mode as the CLI spells it.
func (m BleepMode) String() string {
	switch m {
	case BleepTone:
		return "tone"
	case BleepSilence:
		return "silence"
	case BleepPink:
		return "pink"
	case BleepBrown:
		return "brown"
	}
	return fmt.Sprintf("BleepMode(%d)", int(m))
}

// NoFade, as BleepOptions.Fade, makes the replacement start and stop at full
// level.
const NoFade time.Duration = -1

// BleepOptions configures a Bleep stage. The zero value gives the defaults:
// a 1 kHz tone at −18 dBFS with 5 ms fades.
type BleepOptions struct {
	// Mode is the replacement: tone (default), silence, pink or brown noise.
	Mode BleepMode
	// ToneHz is the tone's frequency; zero means 1000. It must be below the
	// Nyquist frequency.
	ToneHz float64
	// LevelDBFS is the replacement's level: the tone's peak, or the noise's
	// RMS plus 3 dB (so tone and noise have the same RMS). Zero means −18;
	// it must be ≤ 0.
	LevelDBFS float64
	// Fade is the raised-cosine fade-in and fade-out of the replacement,
	// inside each span (each at most half the span). Zero means 5 ms;
	// NoFade (or any negative value) disables it.
	Fade time.Duration
	// Seed seeds the noise; channel c uses Seed+c. The same seed, spans and
	// source give the same output.
	Seed uint64
}

// Bleep is a stage that replaces the audio inside spans with a tone,
// silence or noise. Every sample outside the spans passes through
// bit-identical; every sample inside is the replacement alone (the fades
// shape the replacement, never the original), so nothing of the original
// survives inside a span. Replacements depend only on the options, the
// spans and the frame index, never on the block sizes read or on the
// original audio. Zero latency; no allocation per read.
type Bleep struct {
	src     audio.Stream
	format  audio.Format
	spans   [][]Span // per channel: sorted, merged, non-empty
	next    []int    // per channel: first span not yet finished
	pos     int64    // frame index of the next block
	mode    BleepMode
	amp     float64
	omega   float64 // tone, rad per frame
	fade    int64   // fade length in frames
	noise   []noiseGen
	osc     []oscillator
	oscSpan []int // per channel: span index the oscillator is running for, or −1
}

// NewBleep returns a Bleep stage over src. Spans may come in any order and
// may overlap; they are sorted and merged per channel. A span with End ≤
// Start is ignored. Spans reaching past the end of the audio are cut there.
// It fails, wrapping ErrInvalidOptions, on a negative Start, a channel out
// of range or an option out of range.
func NewBleep(src audio.Stream, spans []Span, opt BleepOptions) (*Bleep, error) {
	f := src.Format()
	if f.Channels < 1 || f.SampleRate < 1 {
		return nil, fmt.Errorf("%w: bleep: source has %d channels at %d Hz", ErrInvalidOptions, f.Channels, f.SampleRate)
	}
	hz, db := opt.ToneHz, opt.LevelDBFS
	if hz == 0 {
		hz = 1000
	}
	if db == 0 {
		db = -18
	}
	if !(hz > 0 && hz < float64(f.SampleRate)/2) {
		return nil, fmt.Errorf("%w: bleep: tone %g Hz is not below the Nyquist frequency of %d Hz", ErrInvalidOptions, hz, f.SampleRate)
	}
	if !(db <= 0 && db > -200) {
		return nil, fmt.Errorf("%w: bleep: level %g dBFS is not in (−200, 0]", ErrInvalidOptions, db)
	}
	if opt.Mode < BleepTone || opt.Mode > BleepBrown {
		return nil, fmt.Errorf("%w: bleep: unknown mode %d", ErrInvalidOptions, int(opt.Mode))
	}
	fade := opt.Fade
	if fade == 0 {
		fade = 5 * time.Millisecond
	}
	b := &Bleep{
		src: src, format: f, mode: opt.Mode,
		amp:     math.Pow(10, db/20),
		omega:   2 * math.Pi * hz / float64(f.SampleRate),
		spans:   make([][]Span, f.Channels),
		next:    make([]int, f.Channels),
		noise:   make([]noiseGen, f.Channels),
		osc:     make([]oscillator, f.Channels),
		oscSpan: make([]int, f.Channels),
	}
	if fade > 0 {
		b.fade = audio.DurationToFrames(fade, f.SampleRate)
	}
	for i, s := range spans {
		if s.Start < 0 {
			return nil, fmt.Errorf("%w: bleep: span %d starts at frame %d, before the audio", ErrInvalidOptions, i, s.Start)
		}
		if s.Channel < -1 || s.Channel >= f.Channels {
			return nil, fmt.Errorf("%w: bleep: span %d is on channel %d of a %d-channel stream", ErrInvalidOptions, i, s.Channel, f.Channels)
		}
		if s.End <= s.Start {
			continue
		}
		for c := range b.spans {
			if s.Channel == -1 || s.Channel == c {
				b.spans[c] = append(b.spans[c], Span{Start: s.Start, End: s.End, Channel: c})
			}
		}
	}
	for c := range b.spans {
		b.spans[c] = mergeSpans(b.spans[c])
		b.noise[c] = newNoiseGen(opt.Seed+uint64(c), opt.Mode, b.amp)
		b.oscSpan[c] = -1
	}
	return b, nil
}

// mergeSpans sorts spans by start and merges those that overlap or touch.
func mergeSpans(s []Span) []Span {
	slices.SortFunc(s, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	out := s[:0]
	for _, v := range s {
		if n := len(out); n > 0 && v.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, v.End)
			continue
		}
		out = append(out, v)
	}
	return out
}

// Spans returns the merged spans of channel c, in order. The slice is the
// stage's own: do not modify it.
func (b *Bleep) Spans(c int) []Span { return b.spans[c] }

// Format implements audio.Stream: the source's format.
func (b *Bleep) Format() audio.Format { return b.format }

// Read implements audio.Stream.
func (b *Bleep) Read(dst [][]float32) (int, error) {
	n, err := b.src.Read(dst)
	if n > 0 {
		end := b.pos + int64(n)
		for c := range b.spans {
			b.apply(c, dst[c][:n], b.pos, end)
		}
		b.pos = end
	}
	return n, err
}

// apply overwrites the parts of x (frames [from, to)) that lie in channel
// c's spans.
func (b *Bleep) apply(c int, x []float32, from, to int64) {
	spans := b.spans[c]
	for i := b.next[c]; i < len(spans); i++ {
		s := spans[i]
		if s.Start >= to {
			break
		}
		lo, hi := max(s.Start, from), min(s.End, to)
		if lo < hi {
			b.fill(c, i, s, x[lo-from:hi-from], lo)
		}
		if s.End <= to {
			b.next[c] = i + 1
		}
	}
}

// fill writes the replacement for frames [at, at+len(x)) of span s (index
// i of channel c).
func (b *Bleep) fill(c, i int, s Span, x []float32, at int64) {
	switch b.mode {
	case BleepSilence:
		clear(x)
		return
	case BleepTone:
		if b.oscSpan[c] != i {
			b.osc[c] = newOscillator(b.omega, at)
			b.oscSpan[c] = i
		}
		o := &b.osc[c]
		for k := range x {
			x[k] = float32(b.amp * o.next())
		}
	default:
		g := &b.noise[c]
		for k := range x {
			x[k] = g.next()
		}
	}
	// Fades, inside the span: each at most half of it.
	f := min(b.fade, (s.End-s.Start)/2)
	if f <= 0 {
		return
	}
	end := at + int64(len(x))
	for t := max(at, s.Start); t < min(end, s.Start+f); t++ {
		x[t-at] *= raisedCosine(t-s.Start, f)
	}
	for t := max(at, s.End-f); t < end; t++ {
		x[t-at] *= raisedCosine(s.End-1-t, f)
	}
}

// raisedCosine is the gain of sample k (0-based) of an f-sample fade-in:
// it rises from near 0 to near 1, symmetric about the fade's middle.
func raisedCosine(k, f int64) float32 {
	return float32(0.5 - 0.5*math.Cos(math.Pi*(float64(k)+0.5)/float64(f)))
}

// oscillator generates sin(ω·t) for consecutive frames t by complex
// rotation, which costs a few multiplications per sample instead of a sine;
// it is restarted exactly at each span so the error never accumulates over
// more than one span.
type oscillator struct {
	re, im float64 // cos, sin of the current phase
	cr, ci float64 // cos ω, sin ω
}

func newOscillator(omega float64, t int64) oscillator {
	s, c := math.Sincos(omega * float64(t))
	si, co := math.Sincos(omega)
	return oscillator{re: c, im: s, cr: co, ci: si}
}

func (o *oscillator) next() float64 {
	v := o.im
	o.re, o.im = o.re*o.cr-o.im*o.ci, o.re*o.ci+o.im*o.cr
	return v
}

// noiseGen makes seeded pink or brown noise at a fixed RMS.
type noiseGen struct {
	rng   rand.PCG
	brown bool
	scale float64
	b     [7]float64 // filter state
}

func newNoiseGen(seed uint64, mode BleepMode, amp float64) noiseGen {
	g := noiseGen{brown: mode == BleepBrown}
	g.rng.Seed(seed, 0xb1ee9)
	// The filters' output RMS for unit-RMS white input, measured once;
	// the noise is scaled to the tone's RMS, amp/√2.
	const pinkRMS, brownRMS = 3.05, 1.0
	if g.brown {
		g.scale = amp / math.Sqrt2 / brownRMS
	} else {
		g.scale = amp / math.Sqrt2 / pinkRMS
	}
	return g
}

func (g *noiseGen) next() float32 {
	// Uniform in [−√3, √3): unit RMS.
	w := (float64(g.rng.Uint64()>>11)/(1<<53)*2 - 1) * math.Sqrt(3)
	if g.brown {
		// Leaky integrator: 1/f² above a few Hz.
		g.b[0] = 0.995*g.b[0] + 0.1*w
		return float32(g.scale * g.b[0])
	}
	// Paul Kellet's refined pink filter (sum of first-order sections).
	b := &g.b
	b[0] = 0.99886*b[0] + w*0.0555179
	b[1] = 0.99332*b[1] + w*0.0750759
	b[2] = 0.96900*b[2] + w*0.1538520
	b[3] = 0.86650*b[3] + w*0.3104856
	b[4] = 0.55000*b[4] + w*0.5329522
	b[5] = -0.7616*b[5] - w*0.0168980
	p := b[0] + b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + w*0.5362
	b[6] = w * 0.115926
	return float32(g.scale * p)
}
