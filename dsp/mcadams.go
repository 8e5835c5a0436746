package dsp

import (
	"fmt"
	"math"

	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp/internal/lpc"
)

// DefaultMcAdamsAlpha is the McAdams coefficient used when none is given,
// that of the VoicePrivacy B2 baseline.
const DefaultMcAdamsAlpha = 0.8

// McAdamsOptions configures a McAdams stage. The zero value is the B2
// baseline with α = 0.8.
type McAdamsOptions struct {
	// Alpha is the McAdams coefficient α in [0.5, 2]: pole angles θ become
	// θ^α. 1 leaves the voice unchanged; below 1 formants under 2546 Hz
	// move up and those above move down. The warp is applied in 16 kHz
	// terms at every sample rate (at 8 kHz θ′ = 2·(θ/2)^α), so an α means
	// the same voice change at any rate: a formant at f Hz moves to
	// 16000/(2π)·(2πf/16000)^α Hz. Zero means DefaultMcAdamsAlpha.
	Alpha float64
	// Order is the LPC order, 2 to 40. Zero means DefaultMcAdamsOrder(rate).
	Order int
	// Method is how the LPC model is estimated. The zero value is LPCBurg.
	Method LPCMethod
}

// LPCMethod chooses how a McAdams stage estimates each frame's LPC model.
type LPCMethod int

const (
	// LPCBurg is Burg's method on the frame, as librosa.lpc computes it for
	// the B2 baseline. It resolves sharp resonances best.
	LPCBurg LPCMethod = iota
	// LPCAutocorrelation is the autocorrelation method: Levinson–Durbin on
	// the autocorrelation of the Hann-windowed frame (with a −90 dB
	// white-noise floor). It is a little cheaper; on the tests'
	// noise-excited formants both methods land within 3.5 % of the shift
	// the formula gives.
	LPCAutocorrelation
)

// String returns "burg" or "autocorrelation".
func (m LPCMethod) String() string {
	switch m {
	case LPCBurg:
		return "burg"
	case LPCAutocorrelation:
		return "autocorrelation"
	}
	return fmt.Sprintf("LPCMethod(%d)", int(m))
}

// DefaultMcAdamsOrder is the LPC order used when none is given: 20 at
// 16 kHz as in B2, scaled with the sample rate (10 at 8 kHz), between 8
// and 32.
func DefaultMcAdamsOrder(rate int) int {
	return min(max((rate+400)/800, 8), 32)
}

// McAdams is a stage that applies the McAdams transform to every channel
// of its source, channels independently. It has zero net latency (output
// frame i corresponds to input frame i, the output has the input's length)
// and its output does not depend on the block sizes it is read with: it
// reads one frame ahead of what it returns. Steady-state reads allocate
// nothing; memory is O(channels × frame).
//
// The transform follows S. McAdams ("Spectral fusion, spectral parsing and
// the formation of auditory images", PhD thesis, Stanford, 1984) as used
// for speaker anonymisation by J. Patino, N. Tomashenko, M. Todisco,
// A. Nautsch and N. Evans, "Speaker anonymisation using the McAdams
// coefficient", Interspeech 2021: the VoicePrivacy Challenge B2 baseline.
//
// Per frame (20 ms, hop 10 ms, so every sample lies in two frames):
//  1. LPC analysis by Burg's method (what librosa.lpc computes for B2) or,
//     as an option, Levinson–Durbin on the autocorrelation of the
//     Hann-windowed frame; order 20 at 16 kHz and 10 at 8 kHz; reflection
//     coefficients are guarded below 1, so every pole lies inside the unit
//     circle;
//  2. the poles are the roots of the LPC polynomial, found without
//     allocating by Bairstow's method started from the previous frame's
//     factors, with the Aberth–Ehrlich iteration as the fallback (both
//     checked in the tests against the eigenvalues of the companion matrix
//     from gonum);
//  3. every complex pole pair r·e^{±iθ} moves to r·e^{±iθ′} with
//     θ′ = θ^α, computed in 16 kHz terms (see below); real poles stay;
//  4. the frame's residual (the frame through the inverse filter A(z)) is
//     run through the new all-pole filter 1/A′(z), Hann-windowed and
//     overlap-added (periodic Hann at 50 % overlap sums to one).
//
// Sample rates: B2 works at 16 kHz, where θ = 1 rad (2546 Hz) is the fixed
// point of θ^α; formants below it move up for α < 1 and those above move
// down. Applying θ^α to 8 kHz angles would move the fixed point to 1273 Hz
// and make the same α a different voice. So the warp is applied in 16 kHz
// terms at every rate: θ′ = s⁻¹·(s·θ)^α with s = 16000/rate, which at 8 kHz
// is θ′ = 2·(θ/2)^α. A formant at f Hz moves to 16000/(2π)·(2πf/16000)^α Hz
// at any rate (clamped to the Nyquist frequency).
//
// Differences from the B2 script, each measured on synthetic formants:
//   - B2 windows the frame (sqrt-Hann) before LPC and filtering and starts
//     both filters from rest in every frame. Here LPC and the inverse
//     filter see the unwindowed frame with its true preceding samples, the
//     synthesis filter continues from its previous output, and the Hann
//     window is applied once after synthesis. B2's framing smears each
//     resonance by the window, so part of it stays in place: a 2 kHz
//     formant moved 94 % of the way the formula says; here 99–100 %
//     (noise-excited formants from 700 Hz to 3 kHz within 3 %; a
//     pulse-excited one overshoots the shift by 7–12 %), and α = 1
//     reproduces the input to about 150 dB SNR instead of approximately.
//   - B2 normalises the whole output file to peak 1, which a stream cannot;
//     each frame is instead scaled to the windowed energy of its input (a
//     gain the overlapping windows smooth; 1 at α = 1).
//   - The frame grid is padded at both ends so that every input sample is
//     covered and the output has the input's length, aligned sample for
//     sample (zero latency).
//
// A frame whose poles cannot be found or paired, or whose warped filter
// would not be stable (clusters of poles on the unit circle, from tonal or
// degenerate input, which float64 cannot resolve), is passed through
// unwarped and counted in SkippedFrames. If the source fails with an error
// other than io.EOF, the stage treats the input as ended there, delivers
// the remaining output and then returns that error.
type McAdams struct {
	*hopper
	alpha, scale float64
	order        int
	method       LPCMethod
	win          []float64 // square root of a periodic Hann window
	acc          [][]float32

	// Frame workspace, shared by the channels (processed in turn).
	e, y    []float64   // residual; Burg scratch and windowed output
	raw     []float64   // [history | frame] of the channel in hand
	syn     []float64   // [state | synthesised frame]
	hist    [][]float64 // per channel: the order input samples before the frame
	state   [][]float64 // per channel: the synthesis filter's output there
	a, k, r []float64
	warped  []float64
	roots   []complex128
	finders []*lpc.RootFinder // per channel: its warm start follows that channel
	finder  *lpc.RootFinder   // the current channel's
	warp    func(float64) float64
	skipped int64
}

// NewMcAdams returns a McAdams stage over src. It returns an error wrapping
// ErrInvalidOptions if the options or the source's format cannot work.
func NewMcAdams(src audio.Stream, opt McAdamsOptions) (*McAdams, error) {
	f := src.Format()
	if f.Channels < 1 || f.SampleRate < 1000 {
		return nil, fmt.Errorf("%w: mcadams: source has %d channels at %d Hz (need ≥ 1 channel at ≥ 1000 Hz)", ErrInvalidOptions, f.Channels, f.SampleRate)
	}
	alpha := opt.Alpha
	if alpha == 0 {
		alpha = DefaultMcAdamsAlpha
	}
	if !(alpha >= 0.5 && alpha <= 2) {
		return nil, fmt.Errorf("%w: mcadams: alpha %v is outside [0.5, 2]", ErrInvalidOptions, opt.Alpha)
	}
	order := opt.Order
	if order == 0 {
		order = DefaultMcAdamsOrder(f.SampleRate)
	}
	if order < 2 || order > 40 {
		return nil, fmt.Errorf("%w: mcadams: LPC order %d is outside [2, 40]", ErrInvalidOptions, opt.Order)
	}
	if opt.Method != LPCBurg && opt.Method != LPCAutocorrelation {
		return nil, fmt.Errorf("%w: mcadams: unknown LPC method %v", ErrInvalidOptions, opt.Method)
	}
	// 20 ms frames with a 10 ms hop, as in B2; the frame length is even so
	// that periodic Hann windows at 50 % overlap sum to one exactly.
	hop := max(f.SampleRate/100, order)
	size := 2 * hop
	m := &McAdams{
		alpha:  alpha,
		scale:  float64(f.SampleRate) / 16000,
		order:  order,
		method: opt.Method,
		r:      make([]float64, order+1),
		win:    make([]float64, size),
		acc:    audio.NewBlock(f.Channels, size),
		e:      make([]float64, size),
		y:      make([]float64, size),
		raw:    make([]float64, size+order),
		syn:    make([]float64, size+order),
		a:      make([]float64, order+1),
		k:      make([]float64, order),
		warped: make([]float64, order+1),
		roots:  make([]complex128, order),
	}
	// win is the square root of a periodic Hann window. Output frames are
	// weighted by win² (the Hann window itself), which overlap-adds to one
	// at 50 % overlap (B2's normalisation constant Σw/hop is exactly 1
	// here); win alone weights the energies that set each frame's gain.
	for i := range m.win {
		m.win[i] = math.Sqrt(0.5 - 0.5*math.Cos(2*math.Pi*float64(i)/float64(size)))
	}
	m.warp = m.angle
	m.hist = make([][]float64, f.Channels)
	m.state = make([][]float64, f.Channels)
	m.finders = make([]*lpc.RootFinder, f.Channels)
	for c := range m.hist {
		m.finders[c] = lpc.NewRootFinder(order)
		m.hist[c] = make([]float64, order)
		m.state[c] = make([]float64, order)
	}
	m.hopper = newHopper(src, size, hop, m.processHop)
	return m, nil
}

// Alpha is the McAdams coefficient in use.
func (m *McAdams) Alpha() float64 { return m.alpha }

// Order is the LPC order in use.
func (m *McAdams) Order() int { return m.order }

// angle is the pole-angle warp in 16 kHz terms.
func (m *McAdams) angle(theta float64) float64 {
	return lpc.McAdamsAngle(theta, m.alpha, m.scale)
}

// processHop transforms the current frame of every channel and overlap-adds
// it, leaving the hop of completed samples in out.
func (m *McAdams) processHop(_ int64, in, out [][]float32) {
	n := len(m.win)
	h := n / 2
	for c := range in {
		m.finder = m.finders[c]
		m.frame(in[c], m.hist[c], m.state[c])
		acc := m.acc[c]
		for i, v := range m.y {
			acc[i] += float32(v)
		}
		copy(out[c], acc[:h])
		copy(acc, acc[h:])
		clear(acc[n-h:])
	}
}

// frame computes m.y, the transformed frame of x with the synthesis window
// applied. hist holds the order input samples just before x and state the
// synthesis filter's output at those times; frame advances both by a hop.
func (m *McAdams) frame(x []float32, hist, state []float64) {
	p, h := m.order, len(m.win)/2
	ext := m.raw // [history | frame]
	copy(ext, hist)
	for i, v := range x {
		ext[p+i] = float64(v)
	}
	if !m.warpFrame(ext, state) {
		// Unwarped: the window applied twice, so that the overlap-add
		// reconstructs the input, and the input as the filter state.
		for i, w := range m.win {
			m.y[i] = ext[p+i] * w * w
		}
		copy(state, ext[h:h+p])
	}
	copy(hist, ext[h:h+p]) // the next frame starts one hop later
}

// warpFrame runs the McAdams transform on ext = [history | frame], writing
// m.y and the new state. It reports false, touching neither, for a frame
// to pass through unwarped: silent, unmodellable, or with unpaired poles.
func (m *McAdams) warpFrame(ext, state []float64) bool {
	p, h := m.order, len(m.win)/2
	frame := ext[p:]
	energy := 0.0
	for i, w := range m.win {
		v := frame[i] * w
		energy += v * v
	}
	if !(energy > 1e-20) || math.IsInf(energy, 0) {
		return false
	}
	if !m.analyse(frame) {
		return false
	}
	roots, err := m.finder.Roots(m.roots, m.a)
	if err == nil {
		err = lpc.WarpPoles(m.warped, roots, m.warp)
	}
	// Rounding can put a pole of the rebuilt polynomial on or outside the
	// unit circle when poles cluster there; such a filter is not used.
	if err != nil || !lpc.Stable(m.warped, m.r) {
		m.skipped++
		return false
	}
	lpc.Residual(m.e, ext, m.a)
	// The synthesis filter continues from its own output of the previous
	// frame, as one time-varying filter would: α = 1 then reproduces the
	// input exactly, and the warped resonances neither restart from rest
	// nor from the original's resonances at every frame.
	syn := m.syn
	copy(syn, state)
	lpc.Synthesize(syn, m.e, m.warped)
	y := syn[p:]
	out := 0.0
	for i, w := range m.win {
		v := y[i] * w
		out += v * v
	}
	// Scale the frame to the windowed energy of its input (B2 instead
	// normalises the whole file's peak, which a stream cannot).
	g := math.Sqrt(energy / out)
	if !(g > 0) || math.IsInf(g, 0) {
		return false
	}
	for i, w := range m.win {
		m.y[i] = y[i] * g * w * w
	}
	// Carry the output as emitted (scaled by g), so that the state cannot
	// grow from frame to frame when the warped filters have more gain than
	// the originals; at α = 1, g = 1.
	for i := range state {
		state[i] = g * syn[h+i]
	}
	return true
}

// analyse estimates m.a from the frame; false means there is nothing to
// model (the recursion stopped at order 0).
func (m *McAdams) analyse(frame []float64) bool {
	var order int
	switch m.method {
	case LPCAutocorrelation:
		for i, w := range m.win {
			m.y[i] = frame[i] * w * w // scratch: the Hann-windowed frame
		}
		lpc.Autocorrelate(m.r, m.y)
		m.r[0] *= 1 + 1e-9 // white-noise floor 90 dB down
		_, order = lpc.Levinson(m.a, m.k, m.r)
	default:
		_, order = lpc.Burg(m.a, m.k, frame, m.e, m.y)
	}
	return order > 0
}

// SkippedFrames is the number of frames so far (over all channels) that
// were passed through unwarped because their poles could not be found or
// paired or their warped filter was not stable. It is meant for tests and
// diagnostics.
func (m *McAdams) SkippedFrames() int64 { return m.skipped }
