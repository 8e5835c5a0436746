// Package anonymize is the one-recording pipeline: decode, bleep the PII a
// transcript reveals, mask each speaker's voice with keyed parameters, encode.
//
// It owns floor 3 of callveil's layers (see DESIGN.md) and is where audio,
// dsp, redact and transcript meet.
package anonymize
