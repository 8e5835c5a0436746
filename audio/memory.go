package audio

import (
	"errors"
	"io"
)

// SliceStream is a Stream over planar samples held in memory. It is meant for
// tests, examples and short generated signals; decoders never build one.
type SliceStream struct {
	format  Format
	samples [][]float32
	pos     int
}

// NewSliceStream returns a Stream yielding samples (one slice per channel,
// all of equal length) at the given rate. The slices are not copied.
func NewSliceStream(rate int, samples [][]float32) *SliceStream {
	n := 0
	if len(samples) > 0 {
		n = len(samples[0])
	}
	for _, ch := range samples {
		if len(ch) != n {
			panic("audio: NewSliceStream: channels of unequal length")
		}
	}
	return &SliceStream{
		format:  Format{Encoding: EncodingFloat32, SampleRate: rate, Channels: len(samples), Frames: int64(n)},
		samples: samples,
	}
}

// Format implements Stream.
func (s *SliceStream) Format() Format { return s.format }

// Read implements Stream.
func (s *SliceStream) Read(dst [][]float32) (int, error) {
	if len(s.samples) == 0 || s.pos >= len(s.samples[0]) {
		return 0, io.EOF
	}
	n := 0
	for c, ch := range s.samples {
		n = copy(dst[c], ch[s.pos:])
	}
	s.pos += n
	return n, nil
}

// ReadAll drains s into memory and returns its samples. It is for tests and
// short clips: it holds the whole stream. A trailing ErrTruncated is returned
// together with the samples read.
func ReadAll(s Stream) ([][]float32, error) {
	f := s.Format()
	out := make([][]float32, f.Channels)
	block := NewBlock(f.Channels, DefaultBlockFrames)
	for {
		n, err := s.Read(block)
		for c := range out {
			out[c] = append(out[c], block[c][:n]...)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
	}
}
