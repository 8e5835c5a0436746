package dsp

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/callveil/callveil/audio"
)

// ComfortNoiseOptions configures a ComfortNoise stage. The zero value of a
// field means its default; the noise's level and colour are meant to be
// drawn from a key, not from the speaker (anonymize does).
type ComfortNoiseOptions struct {
	// RangeDB: a 10 ms frame more than this far below the channel's
	// speech level is quiet. Zero means 30, the range the eval package's
	// voice activity detector keeps as speech. The speech level is a peak
	// tracker: the loudest frame of the next second, or the level before
	// less 1 dB per second, whichever is higher, never below LowestDBFS.
	// It starts at LowestDBFS + 20 dB.
	RangeDB float64
	// LowestDBFS is the lowest speech level; zero means −50. So a frame
	// quieter than LowestDBFS − RangeDB is always quiet, and a channel that
	// is silent for minutes (the other party talking) stays gated.
	LowestDBFS float64
	// LevelDBFS is the comfort noise's RMS level; zero means −60. It must
	// be in (−120, −20].
	LevelDBFS float64
	// Tilt is the pole of the one-pole filter that colours the noise, in
	// [−0.9, 0.95]: positive darkens (more low frequencies), negative
	// brightens, 0 leaves it white.
	Tilt float64
	// PeakHz and PeakDB add one broad resonance (a peaking filter of Q 1) at
	// PeakHz with gain PeakDB (|PeakDB| ≤ 18); PeakDB 0 means none. PeakHz
	// must then be inside (20 Hz, 0.45 × rate).
	PeakHz, PeakDB float64
	// Seed seeds the noise.
	Seed uint64
	// Keep are spans (frames; the channel is ignored) passed through
	// untouched even when quiet: the bleeps, whatever their mode (the
	// crossfade back to the signal ends where a span starts).
	Keep []Span
	// BlockFrames is how many frames the stage reads from its source at a
	// time; zero means 1024.
	BlockFrames int
}

// Gate timing, in 10 ms frames.
const (
	cnAhead = 100  // speech level: the loudest frame up to 1 s after
	cnDecay = 0.01 // or the level before less this (dB per frame)
	cnPre   = 3    // the gate opens 30 ms before a loud frame
	cnHold  = 8    // and stays open 80 ms after one
	cnRamp  = 10   // ms: the crossfade between signal and noise
)

// ComfortNoise is a stage that replaces the quiet parts of a mono stream
// (pauses, the noise floor, breath: every 10 ms frame more than RangeDB
// below the channel's speech level and further than 80 ms after or 30 ms
// before any louder frame; see RangeDB for the level) with coloured noise whose level and colour come
// from the options alone. The recording's own room, microphone and noise
// floor, a speaker cue that voice masking leaves in place, is gone from
// those parts.
//
// Every sample of a frame next to speech passes through bit-identical;
// the switch between signal and noise is a 10 ms smoothstep crossfade, so
// there is no click, and the 80 ms hold keeps the tails of words. Output
// length and timing are exactly the input's: the stage looks 1.03 s ahead
// internally and buffers that much (memory bounded by it and the block, not
// by the recording). No allocation per read.
type ComfortNoise struct {
	src    audio.Stream
	format audio.Format
	opt    ComfortNoiseOptions
	hop    int     // samples per 10 ms frame
	rng    float64 // RangeDB
	floor  float64 // LowestDBFS
	level  float64 // the speech level at the last judged frame

	scratch [][]float32
	pending []float32 // samples [pos, pos+len) not yet emitted
	pos     int64
	srcErr  error // io.EOF or the source's error, once met

	// Frame energies (dB) and loudness of frames [eBase, eBase+len(e)).
	e     []float64
	loud  []int8 // 1 loud, 0 quiet, −1 not yet known
	eBase int64
	acc   float64 // energy of the frame being filled
	accN  int

	keep []Span
	next int // first keep span not yet finished

	g, step float64 // crossfade position (1 = signal) and its step per sample
	rampN   int64   // samples of a crossfade
	noise   comfortGen
}

// comfortGen is the noise generator: white noise through a one-pole tilt
// and a peaking biquad, scaled to the level.
type comfortGen struct {
	state          uint64
	pole, y1       float64
	b0, b1, b2     float64
	a1, a2         float64
	x1, x2, z1, z2 float64
	scale          float64
}

func (n *comfortGen) sample() float64 {
	n.state ^= n.state << 13
	n.state ^= n.state >> 7
	n.state ^= n.state << 17
	w := (float64(n.state>>11)/(1<<53)*2 - 1) * math.Sqrt(3) // unit variance
	n.y1 = w + n.pole*n.y1
	x := n.y1
	y := n.b0*x + n.b1*n.x1 + n.b2*n.x2 - n.a1*n.z1 - n.a2*n.z2
	n.x2, n.x1 = n.x1, x
	n.z2, n.z1 = n.z1, y
	return y * n.scale
}

// NewComfortNoise returns a ComfortNoise stage over the mono stream src.
// It fails, wrapping ErrInvalidOptions, on a stream that is not mono or on
// an option out of range.
func NewComfortNoise(src audio.Stream, opt ComfortNoiseOptions) (*ComfortNoise, error) {
	f := src.Format()
	if f.Channels != 1 || f.SampleRate < 1000 {
		return nil, fmt.Errorf("%w: comfort noise: want one channel at 1 kHz or more, have %d at %d Hz", ErrInvalidOptions, f.Channels, f.SampleRate)
	}
	if opt.RangeDB == 0 {
		opt.RangeDB = 30
	}
	if opt.LowestDBFS == 0 {
		opt.LowestDBFS = -50
	}
	if opt.LevelDBFS == 0 {
		opt.LevelDBFS = -60
	}
	if opt.BlockFrames == 0 {
		opt.BlockFrames = 1024
	}
	switch {
	case !(opt.RangeDB > 0 && opt.RangeDB <= 100):
		return nil, fmt.Errorf("%w: comfort noise: range %g dB is not in (0, 100]", ErrInvalidOptions, opt.RangeDB)
	case !(opt.LowestDBFS < 0 && opt.LowestDBFS > -200):
		return nil, fmt.Errorf("%w: comfort noise: lowest level %g dBFS is not in (−200, 0)", ErrInvalidOptions, opt.LowestDBFS)
	case !(opt.LevelDBFS <= -20 && opt.LevelDBFS > -120):
		return nil, fmt.Errorf("%w: comfort noise: level %g dBFS is not in (−120, −20]", ErrInvalidOptions, opt.LevelDBFS)
	case !(opt.Tilt >= -0.9 && opt.Tilt <= 0.95):
		return nil, fmt.Errorf("%w: comfort noise: tilt %g is not in [−0.9, 0.95]", ErrInvalidOptions, opt.Tilt)
	case !(math.Abs(opt.PeakDB) <= 18):
		return nil, fmt.Errorf("%w: comfort noise: peak %g dB is not in [−18, 18]", ErrInvalidOptions, opt.PeakDB)
	case opt.PeakDB != 0 && !(opt.PeakHz > 20 && opt.PeakHz < 0.45*float64(f.SampleRate)):
		return nil, fmt.Errorf("%w: comfort noise: peak at %g Hz is not in (20, %g)", ErrInvalidOptions, opt.PeakHz, 0.45*float64(f.SampleRate))
	case opt.BlockFrames < 1 || opt.BlockFrames > 1<<20:
		return nil, fmt.Errorf("%w: comfort noise: block of %d frames", ErrInvalidOptions, opt.BlockFrames)
	}
	hop := f.SampleRate / 100
	c := &ComfortNoise{
		src: src, format: f, opt: opt, hop: hop, rng: opt.RangeDB, floor: opt.LowestDBFS, level: opt.LowestDBFS + 20,
		scratch: audio.NewBlock(1, opt.BlockFrames),
		g:       1,
		rampN:   int64(cnRamp * f.SampleRate / 1000),
	}
	c.step = 1 / float64(c.rampN)
	lookFrames := cnAhead + cnPre + 2
	c.pending = make([]float32, 0, (lookFrames+2)*hop+opt.BlockFrames)
	frames := cnHold + lookFrames + opt.BlockFrames/hop + 4
	c.e = make([]float64, 0, frames)
	c.loud = make([]int8, 0, frames)
	for i, s := range opt.Keep {
		if s.Start < 0 {
			return nil, fmt.Errorf("%w: comfort noise: kept span %d starts at frame %d", ErrInvalidOptions, i, s.Start)
		}
		if s.End > s.Start {
			c.keep = append(c.keep, Span{Start: s.Start, End: s.End})
		}
	}
	c.keep = mergeSpans(c.keep)
	c.noise = newComfortGen(opt, f.SampleRate)
	return c, nil
}

// newComfortGen builds the generator and scales it to opt.LevelDBFS by
// measuring 2^15 of its samples (deterministic: same options, same noise).
func newComfortGen(opt ComfortNoiseOptions, rate int) comfortGen {
	n := comfortGen{state: opt.Seed*0x9e3779b97f4a7c15 + 0x632be59bd9b4e019, pole: opt.Tilt, b0: 1, scale: 1}
	if n.state == 0 {
		n.state = 1
	}
	if opt.PeakDB != 0 { // RBJ peaking EQ, Q = 1
		a := math.Pow(10, opt.PeakDB/40)
		w := 2 * math.Pi * opt.PeakHz / float64(rate)
		alpha := math.Sin(w) / 2
		a0 := 1 + alpha/a
		n.b0, n.b1, n.b2 = (1+alpha*a)/a0, -2*math.Cos(w)/a0, (1-alpha*a)/a0
		n.a1, n.a2 = -2*math.Cos(w)/a0, (1-alpha/a)/a0
	}
	m := n
	var ss float64
	const k = 1 << 15
	for range k {
		v := m.sample()
		ss += v * v
	}
	n.scale = math.Pow(10, opt.LevelDBFS/20) / math.Sqrt(ss/k)
	return n
}

// Format implements audio.Stream: the source's format.
func (c *ComfortNoise) Format() audio.Format { return c.format }

// Read implements audio.Stream.
func (c *ComfortNoise) Read(dst [][]float32) (int, error) {
	if len(dst) != 1 {
		return 0, fmt.Errorf("%w: comfort noise: read into %d channels, want 1", ErrInvalidOptions, len(dst))
	}
	for {
		if r := c.ready(); r > 0 {
			n := min(r, len(dst[0]))
			c.emit(dst[0][:n])
			return n, nil
		}
		if c.srcErr != nil {
			return 0, c.srcErr
		}
		c.fill()
	}
}

// fill reads one block from the source and measures its frames.
func (c *ComfortNoise) fill() {
	n, err := c.src.Read(c.scratch)
	x := c.scratch[0][:n]
	c.pending = append(c.pending, x...)
	for _, v := range x {
		c.acc += float64(v) * float64(v)
		c.accN++
		if c.accN == c.hop {
			c.pushFrame()
		}
	}
	if err == nil && n == 0 {
		err = fmt.Errorf("dsp: comfort noise: source returned no frames and no error: %w", io.ErrNoProgress)
	}
	if err != nil {
		if c.accN > 0 {
			c.pushFrame()
		}
		c.srcErr = err
		if !errors.Is(err, io.EOF) && !errors.Is(err, audio.ErrTruncated) {
			c.pending = c.pending[:0] // a real failure: nothing more comes out
		}
	}
	c.judge()
}

// pushFrame ends the frame being filled, dropping frames too old to matter.
func (c *ComfortNoise) pushFrame() {
	if len(c.e) == cap(c.e) {
		drop := min(int(c.pos/int64(c.hop)-cnHold-1-c.eBase), len(c.e))
		if drop <= 0 {
			panic("dsp: comfort noise: frame window too small") // cannot happen: sized for the lookahead
		}
		copy(c.e, c.e[drop:])
		copy(c.loud, c.loud[drop:])
		c.e, c.loud = c.e[:len(c.e)-drop], c.loud[:len(c.loud)-drop]
		c.eBase += int64(drop)
	}
	c.e = append(c.e, 10*math.Log10(c.acc/float64(c.accN)+1e-20))
	c.loud = append(c.loud, -1)
	c.acc, c.accN = 0, 0
}

// judge decides loudness for every frame whose level window is known.
func (c *ComfortNoise) judge() {
	known := len(c.e)
	for i := range c.loud {
		if c.loud[i] >= 0 {
			continue
		}
		if i+cnAhead >= known && c.srcErr == nil {
			break
		}
		lvl := max(c.level-cnDecay, c.floor)
		for j := i; j <= min(i+cnAhead, known-1); j++ {
			lvl = max(lvl, c.e[j])
		}
		c.level = lvl
		c.loud[i] = 0
		if c.e[i] >= lvl-c.rng {
			c.loud[i] = 1
		}
	}
}

// ready is how many pending samples have their gate decision known.
func (c *ComfortNoise) ready() int {
	if c.srcErr != nil {
		return len(c.pending)
	}
	known := c.eBase + int64(len(c.e)) - cnAhead - cnPre // frames with loudness known to t+cnPre
	return int(max(min(known*int64(c.hop)-c.pos, int64(len(c.pending))), 0))
}

// open says whether frame t is next to a loud frame.
func (c *ComfortNoise) open(t int64) bool {
	for u := max(t-cnHold, c.eBase); u <= t+cnPre; u++ {
		i := u - c.eBase
		if i >= int64(len(c.loud)) {
			break
		}
		if c.loud[i] == 1 {
			return true
		}
	}
	return false
}

// emit writes the next len(out) samples.
func (c *ComfortNoise) emit(out []float32) {
	hop := int64(c.hop)
	t, target := int64(-1), 0.0
	for i := range out {
		at := c.pos + int64(i)
		if f := at / hop; f != t {
			t = f
			target = 0
			if c.open(t) {
				target = 1
			}
		}
		tg := target
		for c.next < len(c.keep) && c.keep[c.next].End <= at {
			c.next++
		}
		if c.next < len(c.keep) && c.keep[c.next].Start-c.rampN <= at { // at full signal when the span starts
			tg = 1
		}
		if c.g < tg {
			c.g = min(c.g+c.step, tg)
		} else if c.g > tg {
			c.g = max(c.g-c.step, tg)
		}
		x := c.pending[i]
		nz := c.noise.sample() // drawn every sample: the noise depends on the position only
		switch {
		case c.g == 1:
			out[i] = x
		case c.g == 0:
			out[i] = float32(nz)
		default:
			w := c.g * c.g * (3 - 2*c.g)
			out[i] = float32(w*float64(x) + (1-w)*nz)
		}
	}
	n := len(out)
	copy(c.pending, c.pending[n:])
	c.pending = c.pending[:len(c.pending)-n]
	c.pos += int64(n)
}
