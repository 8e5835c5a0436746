package audio

import (
	"errors"
	"fmt"
	"io"
	"time"
)

// Stream is the one abstraction every stage of callveil shares: a source of
// planar float32 audio read in blocks.
//
// Read fills dst with up to len(dst[0]) frames and returns how many it wrote.
// dst must hold Format().Channels slices of equal length; dst[c][i] is sample
// i of channel c, in [-1, 1]. Like io.Reader, Read may return n > 0 together
// with a non-nil error; callers process the n frames first. At the end of the
// audio Read returns 0, io.EOF. A decoder whose input ended early returns an
// error wrapping ErrTruncated after the last complete frame instead of io.EOF,
// so callers can choose to accept what was there.
//
// Streams wrap streams: a decoder is a Stream, every dsp stage is a Stream
// reading from another, and an encoder drains one. Memory therefore stays
// bounded by the block size and never grows with the recording's length.
type Stream interface {
	// Format describes the audio this stream yields. It does not change
	// during the stream's life.
	Format() Format
	// Read reads the next block of planar frames into dst.
	Read(dst [][]float32) (n int, err error)
}

// ReadCloser is a Stream that holds a resource (usually an open file).
type ReadCloser interface {
	Stream
	io.Closer
}

// Encoding names how the samples were stored in the source.
type Encoding string

// Encodings callveil reads or writes.
const (
	EncodingPCM8    Encoding = "pcm8"    // unsigned 8-bit linear PCM (WAV)
	EncodingPCM16   Encoding = "pcm16"   // signed 16-bit linear PCM
	EncodingPCM24   Encoding = "pcm24"   // signed 24-bit linear PCM
	EncodingPCM32   Encoding = "pcm32"   // signed 32-bit linear PCM
	EncodingFloat32 Encoding = "float32" // IEEE 754 32-bit float
	EncodingFloat64 Encoding = "float64" // IEEE 754 64-bit float
	EncodingMuLaw   Encoding = "mulaw"   // ITU-T G.711 µ-law, 8 bits per sample
	EncodingALaw    Encoding = "alaw"    // ITU-T G.711 A-law, 8 bits per sample
	EncodingMP3     Encoding = "mp3"     // MPEG-1/2/2.5 Layer III
)

// Format describes a stream of audio.
type Format struct {
	// Container is the file type the audio came from ("wav", "mp3"), or ""
	// for audio made in memory.
	Container string
	// Encoding is how the source stored its samples.
	Encoding Encoding
	// Codec names the coding in more detail where the container has
	// variants, for people to read: "MPEG-2.5 Layer III" for an MP3.
	// Empty when Encoding says it all.
	Codec string
	// SampleRate is in frames per second.
	SampleRate int
	// Channels is the number of channels in the source (a mono MP3 is 1,
	// even though the MP3 decoder produces two).
	Channels int
	// Frames is the number of frames in the stream, or -1 when it is not
	// known without decoding everything.
	Frames int64
}

// Duration is the length of the stream, or -1 when Frames is unknown.
func (f Format) Duration() time.Duration {
	if f.Frames < 0 || f.SampleRate <= 0 {
		return -1
	}
	return FramesToDuration(f.Frames, f.SampleRate)
}

// String gives a one-line description such as "wav pcm16 8000 Hz 1 ch 12.5s".
func (f Format) String() string {
	d := "unknown length"
	if f.Duration() >= 0 {
		d = f.Duration().String()
	}
	return fmt.Sprintf("%s %s %d Hz %d ch %s", f.Container, f.Encoding, f.SampleRate, f.Channels, d)
}

// FramesToDuration converts a frame count at rate to a duration, rounding
// to the nearest nanosecond.
func FramesToDuration(frames int64, rate int) time.Duration {
	sec := frames / int64(rate)
	rem := frames % int64(rate)
	return time.Duration(sec)*time.Second + time.Duration((rem*int64(time.Second)+int64(rate)/2)/int64(rate))
}

// DurationToFrames converts a duration to a frame index at rate:
// round(seconds × rate), per DESIGN.md.
func DurationToFrames(d time.Duration, rate int) int64 {
	neg := d < 0
	if neg {
		d = -d
	}
	sec := int64(d / time.Second)
	rem := int64(d % time.Second)
	f := sec*int64(rate) + (rem*int64(rate)+int64(time.Second)/2)/int64(time.Second)
	if neg {
		return -f
	}
	return f
}

// Sentinel errors for the categories a caller branches on. Errors returned
// by this package wrap one of them and say what was wrong and where.
var (
	// ErrUnsupported means the input is well formed but in a format or
	// variant callveil does not decode (for example MPEG-2.5 MP3).
	ErrUnsupported = errors.New("unsupported")
	// ErrCorrupt means the input is not what its header says: a broken
	// or hostile file.
	ErrCorrupt = errors.New("corrupt")
	// ErrTruncated means the input ended before its header said it would.
	// Every complete frame before the cut has been delivered.
	ErrTruncated = errors.New("truncated")
)

// NewBlock allocates planar storage for frames frames of channels channels,
// in one backing array.
func NewBlock(channels, frames int) [][]float32 {
	backing := make([]float32, channels*frames)
	b := make([][]float32, channels)
	for c := range b {
		b[c] = backing[c*frames : (c+1)*frames : (c+1)*frames]
	}
	return b
}

// DefaultBlockFrames is the block length, in frames, callveil uses when the
// caller does not choose one.
const DefaultBlockFrames = 4096
