package dsp

import (
	"fmt"
	"io"
	"math"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp/internal/fft"
)

// SpectralFrame is one analysis frame of one channel, handed to a
// SpectralProcessor by the STFT stage.
//
// Layout: frame m of a stream covers input frames [Start, Start+Size) with
// Start = m·Hop − (Size − Hop), so the first frames reach before the start of
// the audio (those samples are zeros). Windowed holds those Size samples
// multiplied by the analysis window; Spectrum holds their real FFT, bins
// 0 … Size/2, bin k at k·SampleRate/Size Hz, unscaled
// (X[k] = Σ_t w[t]·x[t]·exp(−2πi·k·t/Size)).
//
// The processor modifies Spectrum in place; the STFT stage then inverts it,
// applies the synthesis window and overlap-adds it at the same position. An
// unmodified Spectrum reconstructs the input exactly (up to float32
// rounding). Every slice is owned by the stage and reused for the next call:
// do not keep references to it after ProcessSpectrum returns.
type SpectralFrame struct {
	// Channel is the channel this frame belongs to, 0 … Channels−1.
	Channel int
	// Index is the frame number m, counting from 0 for each channel.
	Index int64
	// Start is the input frame index of Windowed[0] (negative for the first
	// Size/Hop − 1 frames).
	Start int64
	// Size is the FFT size (a power of two), Hop the distance between
	// frames, SampleRate the stream's rate in Hz.
	Size, Hop, SampleRate int
	// Scale is how frequencies in this frame map to the stage's output:
	// content at f Hz here comes out at Scale·f Hz. It is 1 in an STFT
	// stage; inside a PitchShift (see PitchShiftOptions.Spectral) it is the
	// pitch ratio when the vocoder runs before the resampler.
	Scale float64
	// Windowed is the analysis-windowed time frame (Size samples). Read only.
	Windowed []float32
	// Spectrum is the half spectrum (Size/2+1 bins). Modify in place.
	Spectrum []complex64

	mag        []float32
	magValid   bool
	phase      []float32
	phaseValid bool
}

// Magnitudes returns |Spectrum[k]| for every bin, computed once per frame on
// the first call and cached. If you change Spectrum after calling it, the
// cache no longer matches; call it before modifying.
func (f *SpectralFrame) Magnitudes() []float32 {
	if !f.magValid {
		for k, c := range f.Spectrum {
			re, im := real(c), imag(c)
			f.mag[k] = float32(math.Sqrt(float64(re*re + im*im)))
		}
		f.magValid = true
	}
	return f.mag
}

// Phases returns arg(Spectrum[k]) in (−π, π] for every bin, computed once
// per frame on the first call and cached, with the same caveat as
// Magnitudes.
func (f *SpectralFrame) Phases() []float32 {
	if !f.phaseValid {
		if len(f.phase) < len(f.Spectrum) {
			f.phase = make([]float32, len(f.Spectrum)) // once per stage
		}
		for k, c := range f.Spectrum {
			f.phase[k] = float32(math.Atan2(float64(imag(c)), float64(real(c))))
		}
		f.phaseValid = true
	}
	return f.phase[:len(f.Spectrum)]
}

// SpectralProcessor modifies the spectrum of each STFT frame. The STFT stage
// calls ProcessSpectrum once per hop for each channel in turn (channel 0,
// then 1, …), frames in time order, always from the goroutine reading the
// stage. A processor keeps whatever per-channel state it needs, indexed by
// f.Channel. It must not allocate in steady state if the stage is to stay
// allocation-free.
type SpectralProcessor interface {
	ProcessSpectrum(f *SpectralFrame)
}

// SpectralInitializer is optionally implemented by a SpectralProcessor that
// wants to allocate its per-channel state up front. NewSTFT calls
// InitSpectral once, before any frame, with the stream's channel count,
// sample rate, frame size and hop; an error aborts NewSTFT and is returned
// wrapped.
type SpectralInitializer interface {
	InitSpectral(channels, sampleRate, size, hop int) error
}

// SpectralFunc adapts a function to a SpectralProcessor.
type SpectralFunc func(f *SpectralFrame)

// ProcessSpectrum implements SpectralProcessor by calling fn(f).
func (fn SpectralFunc) ProcessSpectrum(f *SpectralFrame) { fn(f) }

// STFTOptions configures an STFT stage. The zero value picks the defaults.
type STFTOptions struct {
	// FrameSize is the FFT size, a power of two from 16 to 16384. Zero
	// means DefaultFrameSize(rate).
	FrameSize int
	// Hop is the distance between frames. It must divide FrameSize, with
	// FrameSize/Hop ≥ 2 (sqrt-Hann windows reconstruct exactly for any such
	// hop). Zero means FrameSize/4.
	Hop int
}

// DefaultFrameSize is the STFT frame size used when none is given: the
// largest power of two not above 32 ms at rate (256 at 8 kHz, 512 at
// 16 kHz, 1024 at 44.1 and 48 kHz), and at least 16.
func DefaultFrameSize(rate int) int {
	n := 16
	for n*2 <= rate*32/1000 {
		n *= 2
	}
	return n
}

// resolve fills in defaults and validates the options for rate.
func (o STFTOptions) resolve(rate int) (size, hop int, err error) {
	size, hop = o.FrameSize, o.Hop
	if size == 0 {
		size = DefaultFrameSize(rate)
	}
	if size < 16 || size > 16384 || !fft.IsPowerOfTwo(size) {
		return 0, 0, fmt.Errorf("%w: stft: frame size %d is not a power of two in [16, 16384]", ErrInvalidOptions, size)
	}
	if hop == 0 {
		hop = size / 4
	}
	if hop < 1 || size%hop != 0 || size/hop < 2 {
		return 0, 0, fmt.Errorf("%w: stft: hop %d does not divide frame size %d at least twice", ErrInvalidOptions, hop, size)
	}
	return size, hop, nil
}

// sqrtHann returns the square root of the periodic Hann window of length n,
// scaled by scale.
func sqrtHann(n int, scale float64) []float32 {
	w := make([]float32, n)
	for i := range w {
		w[i] = float32(scale * math.Sqrt(0.5-0.5*math.Cos(2*math.Pi*float64(i)/float64(n))))
	}
	return w
}

// STFT is a stage that runs its source through a short-time Fourier
// transform, lets a SpectralProcessor modify each frame's spectrum, and
// resynthesises by overlap-add, with sqrt-Hann analysis and synthesis
// windows normalised so that an unmodified spectrum reconstructs the input.
//
// Alignment: the stage has zero net latency. Output frame i corresponds to
// input frame i and the output has exactly as many frames as the input; the
// stage reads Size − Hop frames ahead of what it returns and pads zeros at
// both ends internally. Results do not depend on the block sizes the caller
// reads with. Memory is O(channels × Size); steady-state reads allocate
// nothing.
//
// If the source fails with an error other than io.EOF (for example an
// audio.ErrTruncated), the stage treats the input as ended there, delivers
// the remaining output, and then returns that error instead of io.EOF.
type STFT struct {
	proc SpectralProcessor
	plan fft.Transform
	*hopper
	win   []float32 // analysis window
	swin  []float32 // synthesis window, scaled for exact reconstruction
	frame SpectralFrame
	time  []float32 // inverse FFT output
	acc   [][]float32
}

// NewSTFT returns an STFT stage over src that calls proc for every frame of
// every channel. A nil proc leaves the spectrum unchanged (a pure round
// trip, useful for testing).
func NewSTFT(src audio.Stream, proc SpectralProcessor, opt STFTOptions) (*STFT, error) {
	f := src.Format()
	if f.Channels < 1 || f.SampleRate < 1 {
		return nil, fmt.Errorf("%w: stft: source has %d channels at %d Hz", ErrInvalidOptions, f.Channels, f.SampleRate)
	}
	size, hop, err := opt.resolve(f.SampleRate)
	if err != nil {
		return nil, err
	}
	if in, ok := proc.(SpectralInitializer); ok {
		if err := in.InitSpectral(f.Channels, f.SampleRate, size, hop); err != nil {
			return nil, fmt.Errorf("stft: initialising spectral processor: %w", err)
		}
	}
	s := &STFT{
		proc: proc,
		plan: fft.NewReal(size),
		win:  sqrtHann(size, 1),
		swin: sqrtHann(size, 2*float64(hop)/float64(size)),
		time: make([]float32, size),
		acc:  audio.NewBlock(f.Channels, size),
		frame: SpectralFrame{
			Size: size, Hop: hop, SampleRate: f.SampleRate, Scale: 1,
			Windowed: make([]float32, size),
			Spectrum: make([]complex64, size/2+1),
			mag:      make([]float32, size/2+1),
			phase:    make([]float32, size/2+1),
		},
	}
	s.hopper = newHopper(src, size, hop, s.processHop)
	return s, nil
}

// FrameSize is the FFT size in use.
func (s *STFT) FrameSize() int { return s.frame.Size }

// Hop is the hop in use.
func (s *STFT) Hop() int { return s.frame.Hop }

// processHop analyses the current input frame of every channel, runs the
// processor, and overlap-adds the result; it leaves the Hop completed
// samples of each channel in out.
func (s *STFT) processHop(m int64, in, out [][]float32) {
	n, h := s.frame.Size, s.frame.Hop
	fr := &s.frame
	fr.Index = m
	fr.Start = m*int64(h) - int64(n-h)
	for c := range in {
		mulSlices(fr.Windowed[:len(s.win)], in[c], s.win)
		s.plan.Forward(fr.Spectrum, fr.Windowed)
		fr.magValid, fr.phaseValid = false, false
		if s.proc != nil {
			fr.Channel = c
			s.proc.ProcessSpectrum(fr)
		}
		s.plan.Inverse(s.time, fr.Spectrum)
		acc := s.acc[c]
		mulAddSlices(acc[:len(s.swin)], s.time, s.swin)
		copy(out[c], acc[:h])
		copy(acc, acc[h:])
		clear(acc[n-h:])
	}
}

// hopper is the streaming skeleton shared by the frame-based stages: it
// pulls its source one hop at a time into a sliding window of size frames
// (zeros before the start and after the end), calls process once per hop,
// and hands out the hop of output samples process completed, dropping the
// first delay of them so that the stage has zero net latency and cutting the
// output at the input's length.
type hopper struct {
	format   audio.Format
	size     int
	hop      int
	delay    int64 // output samples produced before input time 0
	process  func(m int64, in, out [][]float32)
	in       [][]float32 // sliding input window, size frames per channel
	out      [][]float32 // the hop of output completed by the last process call
	tmp      [][]float32 // slice headers for reading into in
	fill     int         // input frames of the current hop already read
	outPos   int         // next unread index in out
	outLen   int         // valid frames in out
	frames   int64       // hops processed
	produced int64       // output samples produced (including the dropped ones)
	emitted  int64       // output frames returned to the caller
	upstream             // src, consumed, srcDone, srcErr
}

func newHopper(src audio.Stream, size, hop int, process func(m int64, in, out [][]float32)) *hopper {
	f := src.Format()
	return &hopper{
		upstream: upstream{src: src}, format: f, size: size, hop: hop, delay: int64(size - hop), process: process,
		in:  audio.NewBlock(f.Channels, size),
		out: audio.NewBlock(f.Channels, hop),
		tmp: make([][]float32, f.Channels),
	}
}

// Format implements audio.Stream: the same format as the source.
func (h *hopper) Format() audio.Format { return h.format }

// Read implements audio.Stream.
func (h *hopper) Read(dst [][]float32) (int, error) {
	if len(dst) != h.format.Channels {
		panic(fmt.Sprintf("dsp: Read: dst has %d channels, stream has %d", len(dst), h.format.Channels))
	}
	want := len(dst[0])
	n := 0
	for n < want {
		if h.outPos < h.outLen {
			k := min(want-n, h.outLen-h.outPos)
			for c := range dst {
				copy(dst[c][n:n+k], h.out[c][h.outPos:h.outPos+k])
			}
			h.outPos += k
			h.emitted += int64(k)
			n += k
			continue
		}
		if h.srcDone && h.emitted >= h.consumed {
			break
		}
		if err := h.step(); err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
	}
	if n == 0 && want > 0 {
		if h.srcErr != nil {
			return 0, h.srcErr
		}
		return 0, io.EOF
	}
	return n, nil
}

// step reads one hop of input (padding zeros after the end), processes it
// and exposes its completed output.
func (h *hopper) step() error {
	base := h.size - h.hop
	for h.fill < h.hop && !h.srcDone {
		for c := range h.tmp {
			h.tmp[c] = h.in[c][base+h.fill : h.size]
		}
		h.fill += h.readSource(h.tmp)
	}
	if h.fill < h.hop {
		for c := range h.in {
			clear(h.in[c][base+h.fill:])
		}
	}
	h.process(h.frames, h.in, h.out)
	h.frames++
	h.fill = 0
	for c := range h.in {
		copy(h.in[c], h.in[c][h.hop:])
	}
	// The hop just completed covers output times [produced−delay, +hop).
	start := h.produced - h.delay
	h.produced += int64(h.hop)
	h.outPos, h.outLen = 0, h.hop
	if start < 0 {
		h.outPos = int(min(-start, int64(h.hop)))
		start = 0
	}
	if h.srcDone {
		// Output never runs past the input's length.
		end := start + int64(h.outLen-h.outPos)
		if end > h.consumed {
			h.outLen -= int(end - h.consumed)
			if h.outLen < h.outPos {
				h.outLen = h.outPos
			}
		}
	}
	return nil
}
