package eval

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/dsp/fourier"
)

// MFCCOptions configures the MFCC front end. The zero value gives the
// classical set-up: 25 ms Hamming frames every 10 ms, pre-emphasis 0.97,
// a mel filterbank from 100 Hz to the Nyquist frequency sized for the
// sample rate, 12 cepstra plus log energy, and their deltas.
type MFCCOptions struct {
	// FrameMillis and HopMillis are the frame length and hop; 0 means
	// 25 and 10.
	FrameMillis, HopMillis int
	// PreEmphasis is the first-order pre-emphasis coefficient; 0 means
	// 0.97, a negative value turns it off.
	PreEmphasis float64
	// Filters is the number of mel filters; 0 sizes the bank for the rate:
	// 23 up to 4 kHz (the telephone band), and as many more as keep the
	// same mel spacing up to the Nyquist frequency (30 at 16 kHz).
	Filters int
	// Cepstra is the number of cepstral coefficients after c0; 0 means 12.
	// c0 is replaced by the frame's log energy.
	Cepstra int
	// LowHz is the lowest filter edge; 0 means 100 Hz.
	LowHz float64
	// DeltaWindow is the half-width N of the delta regression
	// d_t = Σ n(c_{t+n} − c_{t−n}) / 2Σ n²; 0 means 2.
	DeltaWindow int
}

func (o MFCCOptions) withDefaults() MFCCOptions {
	if o.FrameMillis == 0 {
		o.FrameMillis = 25
	}
	if o.HopMillis == 0 {
		o.HopMillis = 10
	}
	if o.PreEmphasis == 0 {
		o.PreEmphasis = 0.97
	}
	if o.Cepstra == 0 {
		o.Cepstra = 12
	}
	if o.LowHz == 0 {
		o.LowHz = 100
	}
	if o.DeltaWindow == 0 {
		o.DeltaWindow = 2
	}
	return o
}

// MFCC computes mel-frequency cepstral coefficients (Davis & Mermelstein
// 1980) at one sample rate. It is a plan object: it owns its scratch
// buffers, so one MFCC must not be used by two goroutines at once.
type MFCC struct {
	opt        MFCCOptions
	rate       int
	frame, hop int
	window     []float64
	filters    []melFilter
	dct        [][]float64 // Cepstra × Filters, rows for c1..cN
	fft        *fourier.FFT
	buf        []float64
	spec       []complex128
	power      []float64
	logMel     []float64
}

// melFilter is one triangular filter: weights over bins [first, first+len).
type melFilter struct {
	first   int
	weights []float64
}

func hzToMel(f float64) float64 { return 2595 * math.Log10(1+f/700) }
func melToHz(m float64) float64 { return 700 * (math.Pow(10, m/2595) - 1) }

// NewMFCC returns an MFCC front end for audio at rate Hz.
func NewMFCC(rate int, opt MFCCOptions) (*MFCC, error) {
	opt = opt.withDefaults()
	if rate < 4000 || rate > 192000 {
		return nil, fmt.Errorf("eval: MFCC: sample rate %d Hz outside 4000..192000: %w", rate, ErrInvalid)
	}
	m := &MFCC{opt: opt, rate: rate, frame: rate * opt.FrameMillis / 1000, hop: rate * opt.HopMillis / 1000}
	if m.frame < 16 || m.hop < 1 || m.hop > m.frame {
		return nil, fmt.Errorf("eval: MFCC: frame %d ms, hop %d ms unusable: %w", opt.FrameMillis, opt.HopMillis, ErrInvalid)
	}
	nfft := 1
	for nfft < m.frame {
		nfft *= 2
	}
	nyq := float64(rate) / 2
	if opt.Filters == 0 {
		per := 23 / (hzToMel(4000) - hzToMel(opt.LowHz))
		opt.Filters = int(math.Round(per * (hzToMel(nyq) - hzToMel(opt.LowHz))))
		m.opt.Filters = opt.Filters
	}
	if opt.Filters < 4 || opt.Cepstra >= opt.Filters || opt.LowHz >= nyq {
		return nil, fmt.Errorf("eval: MFCC: %d filters, %d cepstra, low edge %.0f Hz unusable at %d Hz: %w", opt.Filters, opt.Cepstra, opt.LowHz, rate, ErrInvalid)
	}
	m.window = make([]float64, m.frame)
	for i := range m.window {
		m.window[i] = 0.54 - 0.46*math.Cos(2*math.Pi*float64(i)/float64(m.frame-1))
	}
	// Filter edges equally spaced on the mel scale.
	lo, hi := hzToMel(opt.LowHz), hzToMel(nyq)
	edges := make([]float64, opt.Filters+2)
	for i := range edges {
		edges[i] = melToHz(lo + (hi-lo)*float64(i)/float64(opt.Filters+1))
	}
	binHz := float64(rate) / float64(nfft)
	nbins := nfft/2 + 1
	for f := 0; f < opt.Filters; f++ {
		l, c, r := edges[f], edges[f+1], edges[f+2]
		var mf melFilter
		mf.first = -1
		for k := 0; k < nbins; k++ {
			hz := float64(k) * binHz
			var w float64
			switch {
			case hz > l && hz <= c:
				w = (hz - l) / (c - l)
			case hz > c && hz < r:
				w = (r - hz) / (r - c)
			}
			if w > 0 {
				if mf.first < 0 {
					mf.first = k
				}
				mf.weights = append(mf.weights, w)
			} else if mf.first >= 0 {
				break
			}
		}
		if mf.first < 0 { // narrower than a bin: take the nearest bin
			mf.first = min(int(math.Round(c/binHz)), nbins-1)
			mf.weights = []float64{1}
		}
		m.filters = append(m.filters, mf)
	}
	m.dct = make([][]float64, opt.Cepstra)
	for i := range m.dct {
		m.dct[i] = make([]float64, opt.Filters)
		for j := range m.dct[i] {
			m.dct[i][j] = math.Sqrt(2/float64(opt.Filters)) * math.Cos(math.Pi*float64(i+1)*(float64(j)+0.5)/float64(opt.Filters))
		}
	}
	m.fft = fourier.NewFFT(nfft)
	m.buf = make([]float64, nfft)
	m.spec = make([]complex128, nbins)
	m.power = make([]float64, nbins)
	m.logMel = make([]float64, opt.Filters)
	return m, nil
}

// Rate is the sample rate the front end was made for.
func (m *MFCC) Rate() int { return m.rate }

// Dims is the length of a static feature vector: log energy and the cepstra.
func (m *MFCC) Dims() int { return 1 + m.opt.Cepstra }

// Frames is the number of frames Static returns for n samples.
func (m *MFCC) Frames(n int) int {
	if n < m.frame {
		return 0
	}
	return 1 + (n-m.frame)/m.hop
}

// Static computes the static features of x, one row per frame: the frame's
// log energy (natural log of the mean square of the pre-emphasised,
// unwindowed frame, floored at 1e-10) followed by c1..cN. Rows are
// appended to dst[:0]; rows of dst with enough capacity are reused.
func (m *MFCC) Static(dst [][]float64, x []float32) [][]float64 {
	nf := m.Frames(len(x))
	dst = dst[:0]
	pe := m.opt.PreEmphasis
	if pe < 0 {
		pe = 0
	}
	for t := 0; t < nf; t++ {
		start := t * m.hop
		seg := x[start : start+m.frame]
		prev := 0.0
		if start > 0 {
			prev = float64(x[start-1])
		}
		var energy float64
		for i, v := range seg {
			y := float64(v) - pe*prev
			prev = float64(v)
			energy += y * y
			m.buf[i] = y * m.window[i]
		}
		clear(m.buf[m.frame:])
		m.fft.Coefficients(m.spec, m.buf)
		for k, c := range m.spec {
			m.power[k] = real(c)*real(c) + imag(c)*imag(c)
		}
		for f, mf := range m.filters {
			var s float64
			for i, w := range mf.weights {
				s += w * m.power[mf.first+i]
			}
			m.logMel[f] = math.Log(max(s, 1e-10))
		}
		var row []float64
		if t < cap(dst) {
			row = dst[:t+1][t]
		}
		if cap(row) < m.Dims() {
			row = make([]float64, m.Dims())
		}
		row = row[:m.Dims()]
		row[0] = math.Log(max(energy/float64(m.frame), 1e-10))
		for i, basis := range m.dct {
			var s float64
			for j, b := range basis {
				s += b * m.logMel[j]
			}
			row[1+i] = s
		}
		dst = append(dst, row)
	}
	return dst
}

// Deltas returns the static rows with their delta (regression) coefficients
// appended: each row of the result is 2 × len(static[t]) long.
func Deltas(static [][]float64, window int) [][]float64 {
	if window < 1 {
		window = 2
	}
	var norm float64
	for n := 1; n <= window; n++ {
		norm += 2 * float64(n*n)
	}
	out := make([][]float64, len(static))
	for t, row := range static {
		d := len(row)
		v := make([]float64, 2*d)
		copy(v, row)
		for n := 1; n <= window; n++ {
			a := static[min(t+n, len(static)-1)]
			b := static[max(t-n, 0)]
			for i := 0; i < d; i++ {
				v[d+i] += float64(n) * (a[i] - b[i]) / norm
			}
		}
		out[t] = v
	}
	return out
}
