// Package dsp is callveil's FFT-based signal core: STFT, phase vocoder,
// resampling, LPC, voice transforms and bleeping, each a streaming stage
// wrapping an audio.Stream.
//
// It owns floor 2 of callveil's layers (see DESIGN.md) and imports only
// audio (plus gonum for numerics): it knows nothing of transcripts or PII.
// The voice-masking policy (which transform, with which parameters) lives
// in anonymize.
//
// # Contracts shared by every stage
//
// Samples are planar float32, any channel count, each channel processed
// with its own state. Every stage has zero net latency: output frame i
// corresponds to input frame i and the output has exactly as many frames
// as the input (Resample: round(frames × ratio)). Stages read ahead of what
// they return instead of delaying, pad zeros at both ends internally, and
// give bit-identical output whatever block sizes they are read with.
// Memory is bounded by the frame and block sizes, never by the recording's
// length, and steady-state reads allocate nothing. If a source fails with
// an error other than io.EOF (such as audio.ErrTruncated), a stage treats
// the input as ended there, delivers what it owes, then returns that error.
// Constructors reject unusable options with errors wrapping
// ErrInvalidOptions.
//
// # Transforms
//
// STFT: short-time Fourier analysis, a per-frame SpectralProcessor, and
// overlap-add resynthesis with sqrt-Hann analysis and synthesis windows
// scaled by 2·hop/size, so that their product (a periodic Hann window) sums
// to one at any hop dividing the frame at least twice (Allen & Rabiner, "A
// unified approach to short-time Fourier analysis and synthesis", Proc.
// IEEE 65(11), 1977). Defaults: 32 ms frames rounded down to a power of two
// (256 at 8 kHz, 512 at 16 kHz), hop a quarter frame. It is the engine the
// spectral stages share.
//
// PitchShift: a phase-vocoder time stretch by the pitch ratio with identity
// phase locking (Laroche & Dolson, "Improved phase vocoder time-scale
// modification of audio", IEEE Trans. Speech Audio Process. 7(3), 1999):
// peaks are found per frame, each peak's phase is advanced by its
// instantaneous frequency, and every bin in the peak's region is rotated
// with it. At onsets (a jump in high-frequency content) phases are reset
// to the analysis phases so attacks stay sharp (Bonada, ICMC 2000). The
// stretched signal is resampled back to the original duration with the
// polyphase resampler below, so duration is kept to the sample.
//
// Resample: Kaiser-windowed-sinc interpolation in polyphase form for any
// rational ratio (J. O. Smith, "Digital Audio Resampling Home Page",
// CCRMA; Kaiser's window design formulas): by default flat within 0.001 dB
// up to 0.9 of the lower Nyquist frequency and at least 80 dB of stop-band
// rejection of aliases and images.
//
// FormantWarp: per STFT frame the spectral envelope is estimated by linear
// prediction through the FFT (autocorrelation as the inverse transform of
// the power spectrum, a 40 Hz Gaussian lag window, Levinson–Durbin; Makhoul
// 1975). Its frequency axis is warped by a factor and/or the all-pass warp
// ω′ = ω + 2·atan(α sin ω/(1 − α cos ω)) (Oppenheim & Johnson 1972), and
// each bin is scaled by |A(ω)|/|A(W⁻¹ω)| with its phase kept, so formants
// move and the pitch does not. Gains are bounded and each frame keeps its
// energy. FormantProcessor does the same inside a shared STFT or the pitch
// vocoder (PitchShiftOptions.Spectral), so a pitch shift and a formant warp
// cost one analysis and one synthesis per hop together.
//
// VoiceMeter and VoiceMap: speaker normalisation onto a target pseudo-voice.
// VoiceMeter measures a channel's long-term voice statistics in one streaming
// pass (64 ms frames, half-frame hop): the f0 distribution (median, and the
// interquartile range of log₂ f0 as its spread) from the windowed frame's
// normalised autocorrelation, octave errors folded back; a formant scale, the
// median over voiced frames of the geometric mean of F2/1500 and F3/2500 Hz with
// the formants taken as the two lowest sharp LPC resonances above 850 Hz (F1 is
// unreliable in the telephone band; the neutral 17.5 cm tube is 1; the
// formant-ratio view of vocal-tract length of Lammert & Narayanan, "On
// short-time estimation of vocal tract length from formant frequencies", PLoS
// ONE 10(7), 2015); the long-term average spectrum and its tilt. VoiceMap
// then maps every frame onto a target: the f0 contour to the target's median
// and spread (log-linear, so intonation is kept), by a peak-shifting phase
// vocoder whose ratio may change every frame (Laroche & Dolson, J. AES 47(11),
// 1999); the envelope along a piecewise-linear frequency warp scaled by the
// ratio of the formant scales, re-imposed smoother than it came (or at full
// order with VoiceMapOptions.FineEnvelope, which a recogniser prefers); and
// the long-term spectrum equalised onto the target's (skipped without a
// target LTAS). Its parameters drift from
// segment to segment (3 s by default) through a caller's function, with
// smooth transitions. Two further levers, off by default because they did
// not buy privacy against anonymize/eval's attackers (see the anonymize
// package doc for the figures): formant normalisation (VoiceTarget.Formants:
// VoiceMeter also measures the medians and spreads of F1-F3, and VoiceMap
// tracks them per frame and warps the envelope through anchors at them, each
// moved to the same z-score in the target's distribution, after Lobanov,
// JASA 49(2B), 1971), and VoiceContour (the f0 contour's phrase component
// replaced by a keyed declination, accents kept, after Fujisaki & Hirose
// 1984 and Tavi et al., Speech Communication 140, 2022). A third, also off
// for the same reason: VoiceCodebook, vector-quantisation envelope mapping
// (Abe, Nakamura, Shikano & Kuwabara, ICASSP 1988): each voiced frame's
// envelope, as mean-normalised cepstra c1-c16 over 0-4 kHz, is pulled
// part-way toward its nearest class of a 64-word speaker-independent
// codebook as one of 8 training voices has it; the codebook is trained
// offline on the synthetic voices of testdata/voices/8k by a committed
// generator (TestEnvelopeCodebook_Generate) and costs 1.2-1.4× VoiceMap's
// CPU.
//
// McAdams: the VoicePrivacy B2 anonymisation (McAdams 1984; Patino et al.,
// "Speaker anonymisation using the McAdams coefficient", Interspeech 2021).
// Per 20 ms frame with a 10 ms hop: an LPC model by Burg's method (as
// librosa.lpc in B2; Levinson–Durbin on the autocorrelation as an option),
// its poles found without allocating, each complex pole angle θ raised to α
// with magnitudes kept, and the residual re-filtered through the new
// all-pole filter, Hann-windowed and overlap-added. The warp is applied in
// 16 kHz terms at every rate (θ′ = 2(θ/2)^α at 8 kHz), so α means the same
// voice change at any rate. The McAdams type documentation lists the
// measured differences from the B2 script.
//
// Bleep: the samples inside given spans are replaced by a tone (1 kHz at
// −18 dBFS by default), silence, or seeded pink (Kellet's filter) or brown
// noise, faded in and out with raised-cosine ramps that lie inside the span:
// nothing outside a span changes, and nothing of the original inside one
// survives.
//
// The Fourier transforms behind all of this go through one internal seam
// (dsp/internal/fft), which holds a float32 real FFT of our own, tested
// against gonum's dsp/fourier and several times faster than it at these
// sizes.
//
// # Assembly
//
// On amd64 the hot loops have AVX or AVX2 kernels in assembly, chosen at
// run time from the CPU's features (golang.org/x/sys/cpu): the FFT's
// butterflies and real split, the vocoder's power spectrum, peak search,
// per-peak phase computation, window and overlap-add, and the resampler's
// filter. Go does not vectorise, and these loops were most of the cost of
// a pitch shift: with the kernels, one audio hour at 8 kHz costs about
// 0.8 CPU seconds instead of 1.8 (bench/RESULTS.md). Each kernel does the
// same arithmetic as the Go loop it replaces, in the same order, without
// fused multiply-adds, and a test compares the two; the Go loops run on
// other architectures and CPUs, and everywhere with -tags purego (which CI
// tests too).
package dsp
