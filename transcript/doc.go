// Package transcript is callveil's word-timed transcript model, with readers
// and writers for the formats real speech recognisers produce.
//
// It owns floor 1 of callveil's layers (see DESIGN.md) and imports only the
// standard library. It knows nothing of audio or of PII: redact finds PII in
// a Transcript, and this package writes a redacted copy back in the format it
// was read from.
package transcript
