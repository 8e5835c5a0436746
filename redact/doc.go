// Package redact finds personal data (PII) in word-timed transcripts and
// turns it into time spans to bleep and a redacted copy of the text.
//
// It owns floor 2 of callveil's layers (see DESIGN.md) and imports only
// transcript: it knows nothing of audio.
package redact
