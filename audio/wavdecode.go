package audio

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// wavStream decodes the data chunk of a WAV file block by block. Its
// buffers, one block of raw bytes and 32 KiB read ahead, are reused for
// every Read.
type wavStream struct {
	format Format
	info   wavInfo
	data   *bufio.Reader // the sample bytes present in the file, read ahead
	buf    []byte
	left   int64 // whole frames not yet delivered
	done   error // returned once left reaches 0: io.EOF or an ErrTruncated
}

func newWAVStream(r io.ReaderAt, info wavInfo) *wavStream {
	frames := info.dataLen / int64(info.blockAlign)
	s := &wavStream{
		format: Format{
			Container:  "wav",
			Encoding:   info.encoding,
			SampleRate: info.sampleRate,
			Channels:   info.channels,
			Frames:     frames,
		},
		info: info,
		// Read ahead 32 KiB at a time: stages ask for blocks as small as
		// 1024 frames, and a pread per block showed in the profile.
		data: bufio.NewReaderSize(io.NewSectionReader(r, info.dataOffset, frames*int64(info.blockAlign)), 32<<10),
		left: frames,
		done: io.EOF,
	}
	if info.truncated() {
		claimed := "to the end of the file"
		if info.claimedLen >= 0 {
			claimed = fmt.Sprintf("%d bytes", info.claimedLen)
		}
		s.done = fmt.Errorf("wav: data chunk at byte %d claims %s but the file holds %d (%d whole frames of %d bytes): %w",
			info.dataOffset-8, claimed, info.dataLen, frames, info.blockAlign, ErrTruncated)
	}
	return s
}

// Format implements Stream.
func (s *wavStream) Format() Format { return s.format }

// Read implements Stream. It panics if dst does not hold one slice per
// channel, all at least as long as dst[0].
func (s *wavStream) Read(dst [][]float32) (int, error) {
	n := checkDst(dst, s.format.Channels)
	if s.left == 0 {
		return 0, s.done
	}
	if n == 0 {
		return 0, nil
	}
	n = int(min(int64(n), s.left))
	need := n * s.info.blockAlign
	if cap(s.buf) < need {
		s.buf = make([]byte, need)
	}
	buf := s.buf[:need]
	m, err := io.ReadFull(s.data, buf)
	if err != nil {
		// The file changed under us or the device failed: deliver the
		// whole frames that did arrive and stop.
		pos := s.format.Frames - s.left
		n = m / s.info.blockAlign
		s.left = 0
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			err = fmt.Errorf("wav: data ended at frame %d: %w", pos+int64(n), ErrTruncated)
		} else {
			err = fmt.Errorf("wav: reading frame %d: %w", pos+int64(n), err)
		}
		s.done = err
		buf = buf[:n*s.info.blockAlign]
	} else {
		s.left -= int64(n)
	}
	if n > 0 { // a read cut short inside the first frame leaves nothing to decode
		decodeWAVSamples(s.info.encoding, dst, buf, s.format.Channels)
	}
	return n, nil
}

// checkDst returns the block length of dst after checking its shape. It
// panics on a malformed dst, which is a programmer error.
func checkDst(dst [][]float32, channels int) int {
	if len(dst) != channels {
		panic(fmt.Sprintf("audio: Read: dst has %d channels, the stream has %d", len(dst), channels))
	}
	n := len(dst[0])
	for c := range dst {
		if len(dst[c]) < n {
			panic(fmt.Sprintf("audio: Read: dst[%d] is shorter than dst[0] (%d < %d)", c, len(dst[c]), n))
		}
	}
	return n
}

// decodeWAVSamples converts the interleaved frames in src to planar
// float32 in dst. len(src) is a whole number of frames.
func decodeWAVSamples(enc Encoding, dst [][]float32, src []byte, channels int) {
	switch enc {
	case EncodingPCM8:
		decode8(dst, src, channels, pcm8Table)
	case EncodingMuLaw:
		decode8(dst, src, channels, muLawTable)
	case EncodingALaw:
		decode8(dst, src, channels, aLawTable)
	case EncodingPCM16:
		decodePCM16(dst, src, channels)
	case EncodingPCM24:
		decodePCM24(dst, src, channels)
	case EncodingPCM32:
		decodePCM32(dst, src, channels)
	case EncodingFloat32:
		decodeFloat32(dst, src, channels)
	case EncodingFloat64:
		decodeFloat64(dst, src, channels)
	default:
		panic("audio: no WAV decoder for encoding " + string(enc))
	}
}

// pcm8Table maps unsigned 8-bit PCM (silence at 128) to [-1, 1).
var pcm8Table = func() *[256]float32 {
	var t [256]float32
	for i := range t {
		t[i] = float32(i-128) / 128
	}
	return &t
}()

// decode8 decodes any 8-bit encoding through a 256-entry table.
func decode8(dst [][]float32, src []byte, channels int, table *[256]float32) {
	n := len(src) / channels
	if channels == 1 {
		d := dst[0][:n]
		for i, b := range src[:n] {
			d[i] = table[b]
		}
		return
	}
	for c := range channels {
		d := dst[c][:n]
		for i := range d {
			d[i] = table[src[i*channels+c]]
		}
	}
}

func decodePCM16(dst [][]float32, src []byte, channels int) {
	const scale = 1.0 / 32768
	stride := 2 * channels
	n := len(src) / stride
	for c := range channels {
		d := dst[c][:n]
		s := src[2*c:]
		for i := range d {
			d[i] = float32(int16(binary.LittleEndian.Uint16(s[i*stride:]))) * scale
		}
	}
}

func decodePCM24(dst [][]float32, src []byte, channels int) {
	const scale = 1.0 / (1 << 23)
	stride := 3 * channels
	n := len(src) / stride
	for c := range channels {
		d := dst[c][:n]
		s := src[3*c:]
		for i := range d {
			b := s[i*stride : i*stride+3]
			v := int32(uint32(b[0])<<8|uint32(b[1])<<16|uint32(b[2])<<24) >> 8
			d[i] = float32(v) * scale
		}
	}
}

func decodePCM32(dst [][]float32, src []byte, channels int) {
	const scale = 1.0 / (1 << 31)
	stride := 4 * channels
	n := len(src) / stride
	for c := range channels {
		d := dst[c][:n]
		s := src[4*c:]
		for i := range d {
			d[i] = float32(float64(int32(binary.LittleEndian.Uint32(s[i*stride:]))) * scale)
		}
	}
}

func decodeFloat32(dst [][]float32, src []byte, channels int) {
	stride := 4 * channels
	n := len(src) / stride
	for c := range channels {
		d := dst[c][:n]
		s := src[4*c:]
		for i := range d {
			d[i] = clampSample(math.Float32frombits(binary.LittleEndian.Uint32(s[i*stride:])))
		}
	}
}

func decodeFloat64(dst [][]float32, src []byte, channels int) {
	stride := 8 * channels
	n := len(src) / stride
	for c := range channels {
		d := dst[c][:n]
		s := src[8*c:]
		for i := range d {
			d[i] = clampSample(float32(math.Float64frombits(binary.LittleEndian.Uint64(s[i*stride:]))))
		}
	}
}

// clampSample keeps a float sample inside the Stream contract's [-1, 1]:
// overs are clipped and NaN becomes silence, so one bad sample cannot
// poison every later dsp stage.
func clampSample(v float32) float32 {
	switch {
	case v > 1:
		return 1
	case v < -1:
		return -1
	case v != v: // NaN
		return 0
	}
	return v
}
