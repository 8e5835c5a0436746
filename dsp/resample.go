package dsp

import (
	"fmt"
	"io"
	"math"

	"github.com/callveil/callveil/audio"
)

// ResampleOptions configures a Resample stage. The zero value picks the
// defaults.
type ResampleOptions struct {
	// Passband is the edge of the flat band as a fraction of the lower of
	// the two Nyquist frequencies, in (0, 1). Zero means 0.9. The
	// transition band runs from there to that Nyquist frequency, where the
	// stop band begins.
	Passband float64
	// StopbandDB is the stop-band attenuation in dB, at least 40. Zero
	// means 90, which leaves margin over the 80 dB callveil promises.
	StopbandDB float64
}

// maxPhases bounds the number of exact polyphase branches (the reduced
// numerator of the rate ratio), and so the size of the filter table.
const maxPhases = 1024

// polyphase is a Kaiser-windowed-sinc interpolator for the rational ratio
// up/down (output rate over input rate), stored as up branches of taps
// coefficients each.
//
// Output sample j sits at input position t = j·down/up. With i0 = ⌊t⌋ and
// phase p = j·down mod up, y[j] = Σ_{i<taps} x[i0−half+1+i]·coef[p·taps+i],
// where coef[p·taps+i] = h(p/up + half − 1 − i) and h is the windowed sinc
// centred on t, so the interpolator is zero-phase: it adds no delay.
//
// When up exceeds maxPhases, the table instead holds interpPhases+1 rows at
// evenly spaced fractional positions and each output interpolates its
// coefficients linearly between the two nearest rows (Smith's "interpolated
// table" method); the interpolation error stays below −100 dB.
type polyphase struct {
	up, down int
	half     int // input samples each side of t
	// taps is the row length: 2·half rounded up to a multiple of 8 for
	// dot8, the padding coefficients zero. (A non-finite input sample in
	// the padding can reach up to 7 more outputs than the filter's reach:
	// 0·NaN is NaN.)
	taps   int
	rows   int // table rows: up, or interpPhases+1
	interp bool
	coef   []float32
}

// interpPhases is the table resolution for ratios with more than
// maxPhases phases.
const interpPhases = 512

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// newPolyphase designs the filter for output/input ratio up/down (reduced
// here). passband and stopDB are as in ResampleOptions. With fold set, the
// stop band starts as far above the lower Nyquist frequency as the
// passband edge lies below it instead of at it, so aliases and images of
// the top of the band may fold into the transition band, but never into
// the passband (sox's "rate -a"); the filter is then half as long.
func newPolyphase(up, down int, passband, stopDB float64, fold bool) *polyphase {
	g := gcd(up, down)
	up, down = up/g, down/g
	rho := min(1, float64(up)/float64(down)) // lower Nyquist, in input Nyquists
	stop := rho                              // stop-band edge, in input Nyquists
	if fold {
		stop = rho * (2 - passband)
	}
	fc := (rho*passband + stop) / 2        // −6 dB point, in input Nyquists
	dw := math.Pi * (stop - rho*passband)  // transition width, rad per input sample
	length := (stopDB-7.95)/(2.285*dw) + 1 // Kaiser's estimate, input samples
	half := int(math.Ceil(length / 2))
	beta := kaiserBeta(stopDB)
	rows, res := up, up
	if up > maxPhases {
		rows, res = interpPhases+1, interpPhases
	}
	p := &polyphase{up: up, down: down, half: half, taps: (2*half + 7) &^ 7, rows: rows, interp: up > maxPhases}
	p.coef = make([]float32, rows*p.taps)
	i0b := besselI0(beta)
	vals := make([]float64, p.taps)
	for ph := range rows {
		row := p.coef[ph*p.taps : (ph+1)*p.taps]
		var sum float64
		for i := range row {
			tau := float64(ph)/float64(res) + float64(half-1-i)
			v := 0.0
			if r := tau / float64(half); r > -1 && r < 1 {
				v = fc * sinc(fc*tau) * besselI0(beta*math.Sqrt(1-r*r)) / i0b
			}
			vals[i] = v
			sum += v
		}
		// Each branch sums to exactly 1 so DC passes unchanged at every phase.
		for i, v := range vals {
			row[i] = float32(v / sum)
		}
	}
	return p
}

// interpolate writes the coefficients for phase ph (of up) into dst by
// linear interpolation between the two nearest table rows, and returns dst.
func (p *polyphase) interpolate(dst []float32, ph int64) []float32 {
	pos := float64(ph) * interpPhases / float64(p.up)
	r := int(pos)
	frac := float32(pos - float64(r))
	a := p.coef[r*p.taps : (r+1)*p.taps]
	b := p.coef[(r+1)*p.taps : (r+2)*p.taps]
	for i := range dst {
		dst[i] = a[i] + frac*(b[i]-a[i])
	}
	return dst
}

func sinc(x float64) float64 {
	if x == 0 {
		return 1
	}
	return math.Sin(math.Pi*x) / (math.Pi * x)
}

// kaiserBeta is Kaiser's β for a stop-band attenuation of a dB.
func kaiserBeta(a float64) float64 {
	switch {
	case a > 50:
		return 0.1102 * (a - 8.7)
	case a >= 21:
		return 0.5842*math.Pow(a-21, 0.4) + 0.07886*(a-21)
	}
	return 0
}

// besselI0 is the modified Bessel function of the first kind, order 0, by
// its power series.
func besselI0(x float64) float64 {
	sum, term := 1.0, 1.0
	for k := 1; k < 200; k++ {
		term *= (x / 2) / float64(k)
		t2 := term * term
		sum += t2
		if t2 < sum*1e-17 {
			break
		}
	}
	return sum
}

// dot is the inner product of a and b (len(b) ≥ len(a)), unrolled by eight
// with independent accumulators because it is the resampler's inner loop:
// eight sums in flight hide the latency of float additions (about twice as
// fast as four on amd64).
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3, s4, s5, s6, s7 float32
	i := 0
	for ; i+8 <= len(a); i += 8 {
		a8, b8 := a[i:i+8:i+8], b[i:i+8:i+8]
		s0 += a8[0] * b8[0]
		s1 += a8[1] * b8[1]
		s2 += a8[2] * b8[2]
		s3 += a8[3] * b8[3]
		s4 += a8[4] * b8[4]
		s5 += a8[5] * b8[5]
		s6 += a8[6] * b8[6]
		s7 += a8[7] * b8[7]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))
}

// resampleRowsGo is resampleRows in Go: output i is the dot product of
// the row of phase ph and x from sample ⌊(ph₀ + i·down)/up⌋ on.
func resampleRowsGo(out, x, coef []float32, taps int, ph, up, down int64) {
	i0 := 0
	for i := range out {
		out[i] = dot8(coef[int(ph)*taps:int(ph+1)*taps], x[i0:])
		ph += down
		for ph >= up {
			ph -= up
			i0++
		}
	}
}

// resampler is the streaming core shared by Resample and PitchShift: it
// reads src in chunks into a per-channel history (zeros before index 0 and,
// once src has ended, after its end) and evaluates the polyphase filter at
// each output position.
type resampler struct {
	pp       *polyphase
	x        [][]float32 // history: x[c][i] is input sample xbase+i
	xbase    int64
	xlen     int
	tmp      [][]float32
	coef     []float32 // interpolated coefficients, for interp tables
	j        int64     // next output index
	upstream           // src, consumed, srcDone, srcErr
	// total returns the output length once it is known.
	total func() (int64, bool)
}

// resampleChunk is how many input frames the resampler reads from its
// source at a time.
const resampleChunk = 1024

func newResampler(src audio.Stream, pp *polyphase) *resampler {
	ch := src.Format().Channels
	r := &resampler{upstream: upstream{src: src}, pp: pp, x: audio.NewBlock(ch, resampleChunk+pp.taps+1), tmp: make([][]float32, ch), coef: make([]float32, pp.taps)}
	// The history's capacity exceeds its length by the rows' zero padding,
	// which the last output of a full history reads past its end.
	for c := range r.x {
		r.x[c] = r.x[c][:len(r.x[c])-(pp.taps-2*pp.half)]
	}
	// Zeros before the start: the first output needs half−1 samples of
	// history.
	r.xbase = -int64(pp.half)
	r.xlen = pp.half
	return r
}

// lastNeeded is the highest input index output j reads.
func (r *resampler) lastNeeded(j int64) int64 {
	return j*int64(r.pp.down)/int64(r.pp.up) + int64(r.pp.half)
}

// refill makes room in the history and reads more input, or pads zeros
// after the end of the source.
func (r *resampler) refill() {
	// Drop what the next output no longer needs.
	lo := r.j*int64(r.pp.down)/int64(r.pp.up) - int64(r.pp.half) + 1
	if drop := int(lo - r.xbase); drop > 0 {
		drop = min(drop, r.xlen)
		for c := range r.x {
			copy(r.x[c], r.x[c][drop:r.xlen])
		}
		r.xlen -= drop
		r.xbase += int64(drop)
	}
	space := len(r.x[0]) - r.xlen
	if space == 0 {
		panic("dsp: resampler history full") // cannot happen: capacity exceeds taps
	}
	if r.srcDone {
		for c := range r.x {
			clear(r.x[c][r.xlen:])
		}
		r.xlen = len(r.x[0])
		return
	}
	for c := range r.tmp {
		r.tmp[c] = r.x[c][r.xlen:]
	}
	r.xlen += r.readSource(r.tmp)
}

// read implements audio.Stream.Read for the stages built on the resampler.
func (r *resampler) read(dst [][]float32) (int, error) {
	if len(dst) != len(r.x) {
		panic(fmt.Sprintf("dsp: Read: dst has %d channels, stream has %d", len(dst), len(r.x)))
	}
	want := len(dst[0])
	n := 0
	up, down := int64(r.pp.up), int64(r.pp.down)
	for n < want {
		total, known := r.total()
		if known && r.j >= total {
			break
		}
		end := r.xbase + int64(r.xlen) // first index not in the history
		if r.lastNeeded(r.j) >= end {
			r.refill()
			continue
		}
		// How many outputs the history covers, bounded by dst and length.
		m := int64(want - n)
		if known {
			m = min(m, total-r.j)
		}
		// lastNeeded(j+m−1) < end ⇔ (j+m−1)·down/up < end−half.
		lim := ((end-int64(r.pp.half))*up - 1) / down // largest j with lastNeeded(j) < end
		m = min(m, lim-r.j+1)
		taps := r.pp.taps
		for c := range dst {
			out := dst[c][n : n+int(m)]
			x := r.x[c][:cap(r.x[c])] // with the padding: see newResampler
			pos := r.j * down
			i0 := pos/up - int64(r.pp.half) + 1 - r.xbase
			ph := pos % up
			if !r.pp.interp {
				resampleRows(out, x[i0:], r.pp.coef, taps, ph, up, down)
				continue
			}
			for i := range out {
				out[i] = dot8(r.pp.interpolate(r.coef, ph), x[i0:])
				ph += down
				for ph >= up {
					ph -= up
					i0++
				}
			}
		}
		r.j += m
		n += int(m)
	}
	if n == 0 && want > 0 {
		if r.srcErr != nil {
			return 0, r.srcErr
		}
		return 0, io.EOF
	}
	return n, nil
}

// Resample is a stage that converts its source to another sample rate with
// a Kaiser-windowed-sinc polyphase filter (J. O. Smith, "Digital Audio
// Resampling", CCRMA): passband ripple well under 0.1 dB up to 0.9 of the
// lower Nyquist frequency and at least 80 dB of stop-band rejection
// (aliasing and images), by default.
//
// Alignment: output frame j corresponds to input time j·inRate/outRate
// exactly (the filter is zero-phase; the stage reads ahead instead of
// delaying), and the output has round(inFrames·outRate/inRate) frames.
// Memory is O(channels × filter length); reads allocate nothing.
type Resample struct {
	*resampler
	format audio.Format
}

// NewResample returns a stage converting src to outRate Hz. Any pair of
// rates works: when the reduced ratio outRate/inRate has a numerator up to
// 1024 (every pair of common audio rates), each output uses an exact
// polyphase branch; above that, coefficients are interpolated between 512
// precomputed branches.
func NewResample(src audio.Stream, outRate int, opt ResampleOptions) (*Resample, error) {
	f := src.Format()
	if f.Channels < 1 || f.SampleRate < 1 {
		return nil, fmt.Errorf("%w: resample: source has %d channels at %d Hz", ErrInvalidOptions, f.Channels, f.SampleRate)
	}
	if outRate < 1 {
		return nil, fmt.Errorf("%w: resample: output rate %d Hz", ErrInvalidOptions, outRate)
	}
	pb, db := opt.Passband, opt.StopbandDB
	if pb == 0 {
		pb = 0.9
	}
	if db == 0 {
		db = 90
	}
	if !(pb > 0 && pb < 1) || !(db >= 40 && db <= 200) {
		return nil, fmt.Errorf("%w: resample: passband %g must be in (0, 1) and stop band %g dB in [40, 200]", ErrInvalidOptions, pb, db)
	}
	g := gcd(outRate, f.SampleRate)
	up, down := outRate/g, f.SampleRate/g
	out := f
	out.SampleRate = outRate
	if f.Frames >= 0 {
		out.Frames = roundRatio(f.Frames, up, down)
	}
	rs := &Resample{resampler: newResampler(src, newPolyphase(up, down, pb, db, false)), format: out}
	rs.total = func() (int64, bool) {
		if !rs.srcDone {
			return 0, false
		}
		return roundRatio(rs.consumed, up, down), true
	}
	return rs, nil
}

// roundRatio is round(n·up/down) for n ≥ 0.
func roundRatio(n int64, up, down int) int64 {
	return (2*n*int64(up) + int64(down)) / (2 * int64(down))
}

// Format implements audio.Stream: the source's format at the new rate.
func (r *Resample) Format() audio.Format { return r.format }

// Read implements audio.Stream.
func (r *Resample) Read(dst [][]float32) (int, error) { return r.read(dst) }
