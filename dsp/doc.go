// Package dsp is callveil's FFT-based signal core: STFT, phase vocoder,
// resampling, LPC, voice transforms and bleeping, each a streaming stage
// wrapping an audio.Stream.
//
// It owns floor 2 of callveil's layers (see DESIGN.md) and imports only
// audio: it knows nothing of transcripts or PII. The voice-masking policy
// (which transform, with which parameters) lives in anonymize.
package dsp
