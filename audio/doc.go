// Package audio decodes and encodes call recordings and defines Stream, the
// planar float32 block stream every other callveil stage reads and wraps.
//
// It owns floor 1 of callveil's layers (see DESIGN.md): containers and codecs
// (WAV PCM/float/extensible/G.711, MP3), Format, and the streaming contract.
// It knows nothing of transcripts, PII or signal processing.
package audio
