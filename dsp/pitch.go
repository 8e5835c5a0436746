package dsp

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp/internal/fft"
)

// PitchShiftOptions configures a PitchShift stage.
type PitchShiftOptions struct {
	// Ratio is the frequency ratio (2 is an octave up), in [0.5, 2]. When
	// it is zero, Cents is used instead.
	Ratio float64
	// Cents is the shift in cents (100 per semitone), used when Ratio is
	// zero; in [−1200, 1200].
	Cents float64
	// FrameSize is the phase vocoder's FFT size, a power of two; zero means
	// 2 × DefaultFrameSize(rate) (512 at 8 kHz, 64 ms: long enough to
	// resolve the harmonics of low voices). The synthesis hop is a quarter
	// of it.
	FrameSize int
	// OnsetRatio is how much the high-frequency content of a frame must
	// exceed the previous frame's for the frame to count as an onset, at
	// which the phases are reset to the analysis phases so transients stay
	// sharp. Zero means 4 (6 dB); a negative value disables onset
	// detection.
	OnsetRatio float64
	// Spectral, when set, is called on every synthesis frame of the phase
	// vocoder, after phase locking and before the inverse FFT, so that a
	// spectral stage (a formant warp) can share this stage's transforms
	// instead of running an STFT of its own. SampleRate is the input's, Hop
	// the synthesis hop, Windowed the analysis-windowed frame, and Start
	// its first frame on the vocoder's own time axis (use it for ordering
	// only). For shifts down the vocoder runs first, on the input, and the
	// frame's frequencies come out multiplied by the ratio (Scale = ratio);
	// for shifts up it runs last, on the input already scaled in frequency
	// by the ratio (Scale = 1). Either way the frame's spectral envelope is
	// the input's scaled in frequency by ratio/Scale, and the output's is
	// the frame's scaled by Scale, so warping the frame's envelope by
	// f/ratio gives an output envelope warped by f relative to the input
	// in both cases (f = 1 keeps the formants where they were). If
	// Spectral also implements SpectralInitializer, it is initialised with
	// the frame size and synthesis hop.
	Spectral SpectralProcessor
}

// ratio resolves Ratio/Cents.
func (o PitchShiftOptions) ratio() (float64, error) {
	r := o.Ratio
	if r == 0 {
		if !(o.Cents >= -1200 && o.Cents <= 1200) {
			return 0, fmt.Errorf("%w: pitch: %g cents is not in [−1200, 1200]", ErrInvalidOptions, o.Cents)
		}
		r = math.Pow(2, o.Cents/1200)
	}
	if !(r >= 0.5 && r <= 2) {
		return 0, fmt.Errorf("%w: pitch: ratio %g is not in [0.5, 2]", ErrInvalidOptions, r)
	}
	return r, nil
}

// maxPitchPhases bounds the denominator of the rational approximation of
// the pitch ratio (and so the resampler's table).
const maxPitchPhases = 256

// rationalRatio returns down/up ≈ r with up ≤ maxPitchPhases, the
// smallest up that gets within 10 ppm, or the closest found.
func rationalRatio(r float64) (up, down int) {
	best := math.Inf(1)
	for l := 1; l <= maxPitchPhases; l++ {
		m := int(math.Round(r * float64(l)))
		e := math.Abs(float64(m)/float64(l)-r) / r
		if e < best {
			best, up, down = e, l, m
		}
		if e < 1e-5 {
			break
		}
	}
	g := gcd(up, down)
	return up / g, down / g
}

// PitchShift is a stage that shifts pitch by a constant ratio and keeps the
// duration exactly. It stretches time by the ratio with a phase vocoder
// with identity phase locking (Laroche & Dolson, "Improved phase vocoder
// time-scale modification of audio", IEEE Trans. Speech Audio Processing
// 7(3), 1999): each bin's phase is advanced with the instantaneous
// frequency of the spectral peak whose region it lies in, keeping the
// phase relations around each peak, which removes most "phasiness". At
// detected onsets (a jump in high-frequency content) the phases are reset
// to the analysis phases, so transients are not smeared (Bonada, "Automatic
// technique in frequency domain for near-lossless time-scale modification
// of audio", ICMC 2000). The stretched signal is then resampled back to the
// original length with the polyphase resampler of Resample.
//
// The ratio is realised as a fraction down/up with up ≤ 256 (within 10 ppm
// of the request). A ratio of exactly 1 without a Spectral hook passes the
// audio through untouched. Alignment: zero net latency, as for every
// stage: output frame i corresponds to input frame i and the output has
// exactly as many frames as the input, whatever the block sizes. Formants
// move with the pitch (a formant warp through the Spectral option can move
// them back at no extra FFT cost). Memory is O(channels × frame size);
// reads allocate nothing in steady state.
type PitchShift struct {
	rs     *resampler
	st     *stretcher
	out    blockReader // the last step: st, rs, or the source itself
	format audio.Format
	ratio  float64
}

// blockReader is the Read half of audio.Stream.
type blockReader interface {
	Read(dst [][]float32) (int, error)
}

// NewPitchShift returns a PitchShift stage over src.
func NewPitchShift(src audio.Stream, opt PitchShiftOptions) (*PitchShift, error) {
	f := src.Format()
	if f.Channels < 1 || f.SampleRate < 1 {
		return nil, fmt.Errorf("%w: pitch: source has %d channels at %d Hz", ErrInvalidOptions, f.Channels, f.SampleRate)
	}
	r, err := opt.ratio()
	if err != nil {
		return nil, err
	}
	size := opt.FrameSize
	if size == 0 {
		size = 2 * DefaultFrameSize(f.SampleRate)
	}
	if size < 64 || size > 16384 || !fft.IsPowerOfTwo(size) {
		return nil, fmt.Errorf("%w: pitch: frame size %d is not a power of two in [64, 16384]", ErrInvalidOptions, size)
	}
	onset := opt.OnsetRatio
	if onset == 0 {
		onset = 4
	}
	up, down := rationalRatio(r)
	if in, ok := opt.Spectral.(SpectralInitializer); ok {
		if err := in.InitSpectral(f.Channels, f.SampleRate, size, size/4); err != nil {
			return nil, fmt.Errorf("pitch: initialising spectral processor: %w", err)
		}
	}
	p := &PitchShift{format: f, ratio: float64(down) / float64(up)}
	// The phase vocoder costs per synthesis frame, so it runs at whichever
	// end of the chain has fewer samples: for a shift down it stretches the
	// input and the resampler shrinks the result; for a shift up the
	// resampler shrinks the input first and the vocoder stretches that back.
	// Either way output j corresponds to input j. The resampler keeps 0.85
	// of the band flat, rejects aliases and images into it by 80 dB, and
	// lets the top 15% fold into itself, which halves the filter: there is
	// no speech up there at 8 kHz and little at 16 kHz.
	if up == down && opt.Spectral == nil {
		p.out = src // a ratio of exactly 1 changes nothing
		return p, nil
	}
	pp := newPolyphase(up, down, 0.85, 80, true)
	if down <= up {
		st := newStretcher(src, size, size/4, up, down, onset)
		rs := newResampler(st, pp)
		rs.total = func() (int64, bool) { return st.consumed, st.srcDone }
		p.st, p.rs, p.out = st, rs, rs
	} else {
		rs := newResampler(src, pp)
		rs.total = func() (int64, bool) {
			if !rs.srcDone {
				return 0, false
			}
			return roundRatio(rs.consumed, up, down), true
		}
		st := newStretcher(resamplerStream{rs}, size, size/4, up, down, onset)
		st.total = func() (int64, bool) { return rs.consumed, rs.srcDone }
		p.st, p.rs, p.out = st, rs, st
	}
	p.st.proc = opt.Spectral
	p.st.sf.Scale = 1
	if down <= up {
		p.st.sf.Scale = p.ratio
	}
	return p, nil
}

// resamplerStream adapts the resampler core to audio.Stream.
type resamplerStream struct{ *resampler }

func (r resamplerStream) Format() audio.Format {
	f := r.src.Format()
	f.Frames = -1
	return f
}

func (r resamplerStream) Read(dst [][]float32) (int, error) { return r.read(dst) }

// Read lets the resampler core serve as PitchShift's last step.
func (r *resampler) Read(dst [][]float32) (int, error) { return r.read(dst) }

// Ratio is the frequency ratio actually applied (the rational
// approximation of the requested one).
func (p *PitchShift) Ratio() float64 { return p.ratio }

// Format implements audio.Stream: the source's format.
func (p *PitchShift) Format() audio.Format { return p.format }

// Read implements audio.Stream.
func (p *PitchShift) Read(dst [][]float32) (int, error) {
	n, err := p.out.Read(dst)
	if errors.Is(err, io.EOF) && p.st != nil && p.st.srcErr != nil {
		err = p.st.srcErr
	}
	return n, err
}

// stretcher is the phase-vocoder time stretch by down/up. It is an
// audio.Stream of the stretched signal (zeros follow the stretched input;
// it ends only if total is set): stretched sample s corresponds to input
// time s·up/down, with zero latency.
//
// Synthesis frame k is centred at c_k = k·hop + hop − size/2 (stretched
// time), covering [c_k − size/2, c_k + size/2); its analysis frame is
// centred at round(c_k·up/down) in the input. After frame k, the stretched
// samples [c_k − size/2, c_k − size/2 + hop) are complete.
type stretcher struct {
	format   audio.Format
	size     int
	hop      int // synthesis hop
	up, down int
	onset    float64
	proc     SpectralProcessor
	sf       SpectralFrame
	plan     fft.Transform
	win      []float32 // analysis window: sqrt-Hann
	swin     []float32 // synthesis window: sqrt-Hann scaled for hop

	// input history: x[c][i] is input frame xbase+i
	x        [][]float32
	xbase    int64
	xlen     int
	tmp      [][]float32
	upstream // src, consumed, srcDone, srcErr

	// total, when set, gives the output length once known; without it
	// the stretched stream never ends.
	total   func() (int64, bool)
	emitted int64

	k       int64 // next synthesis frame
	prevPos int64 // analysis centre of frame k−1

	// per-channel vocoder state
	prevX   [][]complex64 // analysis spectrum of frame k−1
	theta   [][]float32   // synthesis minus analysis phase per bin, frame k−1
	prevHFC []float64
	acc     [][]float32 // overlap-add accumulator, size per channel

	out    [][]float32 // completed stretched samples of the last frame
	outPos int
	outLen int

	// scratch
	frame    []float32
	spec     []complex64
	pow      []float32
	peaks    []int32
	peakMask []uint8 // findPeaks's scratch
	los      []int32 // first bin of each peak's region
	pb       *peakBatch
}

func newStretcher(src audio.Stream, size, hop, up, down int, onset float64) *stretcher {
	f := src.Format()
	ch := f.Channels
	bins := size/2 + 1
	maxHa := hop*up/down + 2
	s := &stretcher{
		upstream: upstream{src: src}, format: f, size: size, hop: hop, up: up, down: down, onset: onset,
		plan:     fft.NewReal(size),
		win:      sqrtHann(size, 1),
		swin:     sqrtHann(size, 2*float64(hop)/float64(size)),
		x:        audio.NewBlock(ch, size+maxHa+resampleChunk),
		tmp:      make([][]float32, ch),
		prevX:    make([][]complex64, ch),
		theta:    audio.NewBlock(ch, bins),
		prevHFC:  make([]float64, ch),
		acc:      audio.NewBlock(ch, size),
		out:      audio.NewBlock(ch, hop),
		frame:    make([]float32, size),
		spec:     make([]complex64, bins),
		pow:      make([]float32, bins, bins+peakPad),
		peakMask: make([]uint8, bins/8+1),
		peaks:    make([]int32, bins),
		los:      make([]int32, bins),
		pb:       newPeakBatch(bins),
	}
	for c := range s.prevX {
		s.prevX[c] = make([]complex64, bins)
	}
	s.sf = SpectralFrame{Size: size, Hop: hop, SampleRate: f.SampleRate, mag: make([]float32, bins), phase: make([]float32, bins)}
	return s
}

// Format implements audio.Stream (the stretched stream has no known length).
func (s *stretcher) Format() audio.Format {
	f := s.format
	f.Frames = -1
	return f
}

// Read implements audio.Stream; it never returns an error.
func (s *stretcher) Read(dst [][]float32) (int, error) {
	want := len(dst[0])
	n := 0
	for n < want {
		total, known := int64(0), false
		if s.total != nil {
			total, known = s.total()
		}
		if known && s.emitted >= total {
			break
		}
		if s.outPos == s.outLen {
			s.step()
			continue
		}
		k := min(want-n, s.outLen-s.outPos)
		if known {
			k = int(min(int64(k), total-s.emitted))
		}
		for c := range dst {
			copy(dst[c][n:n+k], s.out[c][s.outPos:s.outPos+k])
		}
		s.outPos += k
		s.emitted += int64(k)
		n += k
	}
	if n == 0 && want > 0 {
		if s.srcErr != nil {
			return 0, s.srcErr
		}
		return 0, io.EOF
	}
	return n, nil
}

// analysisCentre is round(c_k·up/down) for synthesis frame k.
func (s *stretcher) analysisCentre(k int64) int64 {
	num := (k*int64(s.hop) + int64(s.hop) - int64(s.size/2)) * int64(s.up)
	return floorDiv(2*num+int64(s.down), 2*int64(s.down))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// need makes sure input frames [lo, hi) are in the history (zeros outside
// the input).
func (s *stretcher) need(lo, hi int64) {
	if lo < s.xbase {
		panic("dsp: stretcher history went backwards") // analysis centres never decrease
	}
	for !s.srcDone && s.xbase+int64(s.xlen) < hi {
		if drop := int(min(lo-s.xbase, int64(s.xlen))); drop > 0 {
			for c := range s.x {
				copy(s.x[c], s.x[c][drop:s.xlen])
			}
			s.xlen -= drop
			s.xbase += int64(drop)
		}
		for c := range s.tmp {
			s.tmp[c] = s.x[c][s.xlen:]
		}
		s.xlen += s.readSource(s.tmp)
	}
}

// step runs synthesis frame k for every channel.
func (s *stretcher) step() {
	n, h := s.size, s.hop
	a := s.analysisCentre(s.k)
	lo := a - int64(n/2)
	s.need(max(lo, 0), lo+int64(n))
	ha := a - s.prevPos
	first := s.k == 0
	for c := range s.x {
		// Analysis frame, zeros outside the input.
		x := s.x[c]
		// need() left the history starting at or before max(lo, 0).
		a := int(max(0, s.xbase-lo))
		b := int(min(int64(n), s.xbase+int64(s.xlen)-lo))
		clear(s.frame[:a])
		clear(s.frame[max(a, b):])
		if a < b {
			mulSlices(s.frame[a:b], x[lo+int64(a)-s.xbase:], s.win[a:b])
		}
		s.plan.Forward(s.spec, s.frame)
		s.vocode(c, first, float64(ha))
		if s.proc != nil {
			f := &s.sf
			f.Channel, f.Index, f.Start = c, s.k, lo
			f.Windowed, f.Spectrum, f.magValid, f.phaseValid = s.frame, s.spec, false, false
			s.proc.ProcessSpectrum(f)
		}
		s.plan.Inverse(s.frame, s.spec)
		acc := s.acc[c]
		mulAddSlices(acc, s.frame, s.swin)
		copy(s.out[c], acc[:h])
		copy(acc, acc[h:])
		clear(acc[n-h:])
	}
	s.prevPos = a
	// The completed samples are stretched times [k·hop + hop − size, +hop).
	start := s.k*int64(h) + int64(h) - int64(n)
	s.k++
	s.outPos, s.outLen = 0, h
	if start < 0 {
		s.outPos = int(min(-start, int64(h)))
	}
}

// vocode turns the analysis spectrum s.spec of channel c into the
// synthesis spectrum, in place, with identity phase locking; ha is the
// analysis hop from the previous frame.
//
// Only peaks need a phase computation (one atan2 and one sincos each, by
// polynomials, for all peaks of the frame at once: see peakBatch); every
// other bin is rotated by its peak's phase offset with one complex
// multiplication. The power spectrum and the peak search have AVX2
// kernels (peaks.go) because this function is most of the stage's cost.
func (s *stretcher) vocode(c int, first bool, ha float64) {
	X := s.spec
	nb := len(X)
	P := s.pow[:nb]
	// The power spectrum gives the onset measure (high-frequency content,
	// Σ k·|X[k]|²) and the peaks: bins above −90 dB of the frame's largest,
	// larger than the two neighbours on each side. Bins 0, 1, nb−2 and
	// nb−1 (DC and Nyquist regions) are never peaks; they join the nearest
	// peak's region.
	hfc, maxP := powerSpectrum(X, P)
	prev := s.prevHFC[c]
	s.prevHFC[c] = float64(hfc)
	reset := first || (s.onset > 0 && float64(hfc) > s.onset*prev && float64(hfc) > 1e-9*float64(s.size*s.size*nb))
	theta := s.theta[c][:nb]
	prevX := s.prevX[c][:nb]
	if reset {
		copy(prevX, X)
		clear(theta)
		return // synthesis phases = analysis phases
	}
	peaks := s.peaks[:findPeaks(P, maxP*1e-9, s.peaks, s.peakMask)]
	if len(peaks) == 0 {
		copy(prevX, X)
		return // silence: keep the previous phase offsets
	}
	// The start of each peak's region (the lowest bin between it and the
	// previous peak) and the inputs of its phase computation; then the new
	// phase offsets of all peaks at once (see peakBatch).
	pb, los := s.pb, s.los[:len(peaks)]
	omega := 2 * math.Pi / float64(s.size)
	for i, pk := range peaks {
		lo := int32(0)
		if i > 0 {
			lo = peaks[i-1] + 1
			// Branch-free: where the valley lies is unpredictable.
			m := P[lo]
			for b := lo + 1; b < pk; b++ {
				v := P[b]
				lt := -int32(b2i(v < m)) // all ones where v < m
				lo ^= (lo ^ b) & lt
				m = min(m, v)
			}
		}
		los[i] = lo
		// The peak's phase advance since the last frame is arg(X·conj(prev)).
		x, y := X[pk], prevX[pk]
		pb.dr[i] = float64(real(x)*real(y) + imag(x)*imag(y))
		pb.di[i] = float64(imag(x)*real(y) - real(x)*imag(y))
		pb.wk[i] = omega * float64(pk)
		pb.theta[i] = float64(theta[pk])
	}
	pb.peakPhases(len(peaks), ha, float64(s.hop))
	copy(prevX, X)
	for i, lo := range los {
		hi := int32(nb)
		if i+1 < len(los) {
			hi = los[i+1]
		}
		zr, zi, th := pb.cos[i], pb.sin[i], pb.th[i]
		xs, ts := X[lo:hi], theta[lo:hi]
		ts = ts[:len(xs)]
		for b, v := range xs {
			xs[b] = complex(real(v)*zr-imag(v)*zi, real(v)*zi+imag(v)*zr)
			ts[b] = th
		}
	}
}

// b2i is 1 for true and 0 for false; the compiler makes it a SETcc.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// princarg wraps a phase to [−π, π).
func princarg(p float64) float64 {
	t := (p + math.Pi) * (1 / (2 * math.Pi))
	i := float64(int64(t))
	if i > t {
		i--
	}
	return p - 2*math.Pi*i
}

// fastAtan2 is atan2(y, x) within 1e-5 rad, by octant reduction and a
// minimax polynomial for atan on [0, 1] (Abramowitz & Stegun 4.4.49's
// form). Phase-vocoder phases need no more.
//
// The octant fix-ups are arithmetic, not branches: peak phases are random,
// so each branch was mispredicted half the time, which cost more than the
// polynomial.
func fastAtan2(y, x float64) float64 {
	ax, ay := math.Abs(x), math.Abs(y)
	hi, lo := max(ax, ay), min(ax, ay)
	if hi == 0 {
		return 0
	}
	z := lo / hi
	z2 := z * z
	a := z * (0.99997726 + z2*(-0.33262347+z2*(0.19354346+z2*(-0.11643287+z2*(0.05265332+z2*-0.01172120)))))
	swap := float64(b2i(ay > ax)) // |y| > |x|: a = π/2 − a
	a = swap*(math.Pi/2) + (1-2*swap)*a
	back := float64(b2i(x < 0)) // left half-plane: a = π − a
	a = back*math.Pi + (1-2*back)*a
	return math.Copysign(a, y)
}

// fastSincos is sin and cos of p ∈ [−π, π] within 1e-7, by reflection to
// [−π/2, π/2] and Taylor polynomials. The reflection is arithmetic, not a
// branch, for the reason given at fastAtan2.
func fastSincos(p float64) (sin, cos float64) {
	// For |p| > π/2, p → ±π − p keeps the sine and negates the cosine.
	out := float64(b2i(math.Abs(p) > math.Pi/2))
	p += out * (math.Copysign(math.Pi, p) - 2*p)
	p2 := p * p
	sin = p * (1 + p2*(-1.0/6+p2*(1.0/120+p2*(-1.0/5040+p2*(1.0/362880+p2*(-1.0/39916800+p2*(1.0/6227020800)))))))
	cos = 1 + p2*(-0.5+p2*(1.0/24+p2*(-1.0/720+p2*(1.0/40320+p2*(-1.0/3628800+p2*(1.0/479001600+p2*(-1.0/87178291200)))))))
	return sin, (1 - 2*out) * cos
}
