package anonymize

import (
	"errors"
	"io"
	"math"
	"slices"

	"github.com/callveil/callveil/audio"
)

// f0Lookahead is how much audio the pipeline reads ahead to estimate each
// speaker's median pitch before masking starts. It bounds the extra memory
// the estimate costs (8 s of float32 per channel: 256 KiB at 8 kHz).
const f0Lookahead = 8 // seconds

// lookahead buffers the first frames of a stream so they can be inspected
// and then replayed: Read serves the buffer first, then the source.
type lookahead struct {
	src audio.Stream
	buf [][]float32
	pos int
	err error // error met while filling (io.EOF, ErrTruncated, ...)
}

// newLookahead reads up to maxFrames frames of src into memory.
func newLookahead(src audio.Stream, maxFrames, blockFrames int) *lookahead {
	f := src.Format()
	la := &lookahead{src: src, buf: make([][]float32, f.Channels)}
	// One allocation per channel, of the frames that will be held: grown
	// by append, the buffers were allocated and copied some five times
	// over (a large slice grows by a quarter), the largest allocation of
	// a whole run. The header's length only lowers the bound, never
	// raises it past maxFrames.
	want := maxFrames
	if f.Frames > 0 && f.Frames < int64(want) {
		want = int(f.Frames)
	}
	for c := range la.buf {
		la.buf[c] = make([]float32, want)
	}
	// Read straight into the held buffers, in blocks of blockFrames.
	block := make([][]float32, f.Channels)
	var extra [][]float32
	n := 0
	for n < maxFrames {
		if n == want {
			// As much as the header said is held: read on into a block
			// of its own, and only if there is more, grow the buffers
			// (never past maxFrames).
			if extra == nil {
				extra = audio.NewBlock(f.Channels, blockFrames)
			}
			for c := range extra {
				extra[c] = extra[c][:min(blockFrames, maxFrames-n)]
			}
			m, err := src.Read(extra)
			if m > 0 {
				want = min(maxFrames, max(2*want, n+m))
				for c := range la.buf {
					b := make([]float32, want)
					copy(b, la.buf[c][:n])
					copy(b[n:], extra[c][:m])
					la.buf[c] = b
				}
				n += m
			}
			if err != nil {
				la.err = err
				break
			}
			continue
		}
		end := min(n+blockFrames, want)
		for c := range block {
			block[c] = la.buf[c][n:end]
		}
		m, err := src.Read(block)
		n += m
		if err != nil {
			la.err = err
			break
		}
	}
	for c := range la.buf {
		la.buf[c] = la.buf[c][:n]
	}
	return la
}

func (la *lookahead) frames() int {
	if len(la.buf) == 0 {
		return 0
	}
	return len(la.buf[0])
}

func (la *lookahead) Format() audio.Format { return la.src.Format() }

func (la *lookahead) Read(dst [][]float32) (int, error) {
	if la.pos < la.frames() {
		n := 0
		for c := range dst {
			n = copy(dst[c], la.buf[c][la.pos:])
		}
		la.pos += n
		if la.pos == la.frames() {
			la.buf = nil // release the look-ahead memory
			la.pos = 0
		}
		return n, nil
	}
	if la.err != nil {
		return 0, la.err
	}
	return la.src.Read(dst)
}

// medianF0 estimates the median fundamental frequency, in Hz, of the voiced
// frames of x sampled at rate, by normalised autocorrelation over 40 ms
// frames (60–400 Hz). It returns 0 when fewer than 10 frames are voiced.
// Audio above 8 kHz is first decimated (box filter) since f0 needs no more.
//
// The two energies of each lag's normalisation are differences of a running
// sum of squares instead of sums of their own, so each lag costs one
// multiply-add per sample instead of three: this estimate is a fixed cost
// of every recording, a tenth of the whole pipeline on a one-minute call
// before.
func medianF0(x []float32, rate int) float64 {
	x, rate = decimateForF0(x, rate)
	frame := rate * 40 / 1000
	hop := frame // non-overlapping frames: the median needs no more
	minLag, maxLag := rate/400, rate/60
	if frame <= maxLag || len(x) < frame {
		return 0
	}
	var f0s []float64
	sq := make([]float64, frame+1) // sq[i] = Σ seg[j]², j < i
	for start := 0; start+frame <= len(x); start += hop {
		seg := x[start : start+frame]
		for i, v := range seg {
			sq[i+1] = sq[i] + float64(v)*float64(v)
		}
		if sq[frame]/float64(frame) < 1e-5 { // below about −50 dBFS: silence
			continue
		}
		bestLag, best := 0, 0.0
		for lag := minLag; lag <= maxLag; lag++ {
			e1 := sq[frame-lag]       // Σ seg[i]², i < frame−lag
			e2 := sq[frame] - sq[lag] // Σ seg[i]², i ≥ lag
			if !(e1 > 0 && e2 > 0) {
				continue
			}
			a, b := seg[:frame-lag], seg[lag:]
			b = b[:len(a)]
			var n0, n1 float64
			i := 0
			for ; i+2 <= len(a); i += 2 {
				n0 += float64(a[i]) * float64(b[i])
				n1 += float64(a[i+1]) * float64(b[i+1])
			}
			if i < len(a) {
				n0 += float64(a[i]) * float64(b[i])
			}
			// An exactly periodic signal correlates as well at every
			// multiple of its period, up to rounding: a longer lag must
			// beat the best so far by more than rounding to replace it.
			if r := (n0 + n1) / math.Sqrt(e1*e2); r > best+1e-9 {
				best, bestLag = r, lag
			}
		}
		if best > 0.6 && bestLag > 0 {
			f0s = append(f0s, float64(rate)/float64(bestLag))
		}
	}
	if len(f0s) < 10 {
		return 0
	}
	slices.Sort(f0s)
	return f0s[len(f0s)/2]
}

// decimateForF0 box-filters and decimates x to about 8 kHz when its rate
// is a multiple of 16 kHz or more; it returns x itself otherwise.
func decimateForF0(x []float32, rate int) ([]float32, int) {
	d := rate / 8000
	if d <= 1 {
		return x, rate
	}
	y := make([]float32, len(x)/d)
	for i := range y {
		var s float32
		for _, v := range x[i*d : (i+1)*d] {
			s += v
		}
		y[i] = s / float32(d)
	}
	return y, rate / d
}

// absorbTruncation turns a decoder's ErrTruncated into a clean end of
// stream, so every later stage flushes its tail, and remembers it.
type absorbTruncation struct {
	audio.Stream
	truncated bool
}

func (a *absorbTruncation) Read(dst [][]float32) (int, error) {
	n, err := a.Stream.Read(dst)
	if errors.Is(err, audio.ErrTruncated) {
		a.truncated = true
		err = io.EOF
	}
	return n, err
}
