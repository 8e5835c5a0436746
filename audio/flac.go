package audio

import (
	"crypto/md5"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"io"
)

// EncodingFLAC is FLAC (RFC 9639), lossless.
const EncodingFLAC Encoding = "flac"

// flacStream decodes the audio frames of a FLAC stream one at a time into
// per-channel integer buffers, and converts them to float32 as the caller
// reads. Its buffers (64 KiB of input, one frame of samples) are reused,
// so reads allocate nothing once the largest frame has been seen.
type flacStream struct {
	format  Format
	info    flacInfo
	rd      *flacReader
	samples [8][]int64 // the current frame, per channel
	have    int        // frames of samples decoded
	used    int        // frames of samples delivered
	decoded int64      // frames decoded so far, in the whole stream
	frameNo int        // audio frames decoded
	scale   float32
	err     error // set once the stream is over: io.EOF or the error to return
	// md5 hashes the decoded samples as RFC 9639 section 8.2 asks, to be
	// compared with STREAMINFO's at the end (nil when it is all zero).
	md5    hash.Hash
	md5buf []byte
}

// openFLAC opens a FLAC stream (with or without ID3v2 tags in front) in r
// (size bytes).
func openFLAC(r io.ReaderAt, size int64) (Stream, error) {
	info, err := parseFLAC(r, size)
	if err != nil {
		return nil, err
	}
	frames := info.totalSamples
	if frames == 0 {
		frames = -1 // the encoder did not know
	}
	s := &flacStream{
		format: Format{
			Container:  "flac",
			Encoding:   EncodingFLAC,
			SampleRate: info.sampleRate,
			Channels:   info.channels,
			Frames:     frames,
		},
		info:  info,
		rd:    newFLACReader(io.NewSectionReader(r, info.framesOffset, size-info.framesOffset), info.framesOffset),
		scale: 1 / float32(uint64(1)<<(info.bits-1)),
	}
	if info.md5 != [16]byte{} {
		s.md5 = md5.New()
	}
	return s, nil
}

// Format implements Stream.
func (s *flacStream) Format() Format { return s.format }

// Read implements Stream. It panics if dst does not hold one slice per
// channel, all at least as long as dst[0].
func (s *flacStream) Read(dst [][]float32) (int, error) {
	n := checkDst(dst, s.format.Channels)
	if n == 0 {
		return 0, nil
	}
	out := 0
	for out < n {
		if s.used == s.have {
			if s.err != nil {
				break
			}
			if err := s.nextFrame(); err != nil {
				s.err = err
				break
			}
		}
		k := min(n-out, s.have-s.used)
		for c := range s.format.Channels {
			d := dst[c][out : out+k]
			src := s.samples[c][s.used : s.used+k]
			for i, v := range src {
				d[i] = clampSample(float32(v) * s.scale)
			}
		}
		out += k
		s.used += k
	}
	if out == 0 {
		return 0, s.err
	}
	return out, nil
}

// nextFrame decodes the next audio frame into s.samples. At the end of the
// stream it returns io.EOF, or an ErrTruncated error when STREAMINFO
// promised more samples or the last frame is cut off.
func (s *flacStream) nextFrame() error {
	rd := s.rd
	rd.startFrame()
	at := rd.offset()
	b := rd.peek(16)
	if len(b) == 0 {
		if rd.err != nil {
			return fmt.Errorf("flac: reading frame %d at byte %d: %w", s.frameNo, at, rd.err)
		}
		return s.endOfStream(at)
	}
	if len(b) >= 3 && string(b[:3]) == "TAG" {
		// An ID3v1 tag after the last frame (128 bytes to the end).
		if t := rd.peek(129); len(t) == 128 {
			rd.skip(128)
			return s.endOfStream(at)
		}
	}
	f, hlen, err := parseFLACFrameHeader(b)
	switch {
	case errors.Is(err, errFLACShort):
		return fmt.Errorf("flac: file ends inside the header of frame %d at byte %d: %w", s.frameNo, at, ErrTruncated)
	case err != nil:
		return fmt.Errorf("flac: frame %d at byte %d: %v: %w", s.frameNo, at, err, ErrCorrupt)
	}
	info := s.info
	switch {
	case f.channels() != info.channels:
		return fmt.Errorf("flac: frame %d at byte %d has %d channels, the stream %d: %w", s.frameNo, at, f.channels(), info.channels, ErrCorrupt)
	case f.bits != 0 && f.bits != info.bits:
		return fmt.Errorf("flac: frame %d at byte %d has %d bits per sample, the stream %d: %w", s.frameNo, at, f.bits, info.bits, ErrCorrupt)
	case f.sampleRate != 0 && f.sampleRate != info.sampleRate:
		return fmt.Errorf("flac: frame %d at byte %d is at %d Hz, the stream at %d Hz: %w", s.frameNo, at, f.sampleRate, info.sampleRate, ErrCorrupt)
	case f.blockSize > info.maxBlock:
		return fmt.Errorf("flac: frame %d at byte %d holds %d samples, more than STREAMINFO's largest block of %d: %w", s.frameNo, at, f.blockSize, info.maxBlock, ErrCorrupt)
	}
	rd.skip(hlen)
	for c := range info.channels {
		if cap(s.samples[c]) < f.blockSize {
			// Grows to the largest block a frame holds (checked
			// against STREAMINFO's maximum, itself at most 65535).
			s.samples[c] = make([]int64, f.blockSize)
		}
		s.samples[c] = s.samples[c][:f.blockSize]
		bits := uint(info.bits)
		if (f.assignment == 8 && c == 1) || (f.assignment == 9 && c == 0) || (f.assignment == 10 && c == 1) {
			bits++ // the side channel has one bit more
		}
		if err := s.decodeSubframe(s.samples[c], bits); err != nil {
			return s.frameError(at, fmt.Sprintf("subframe %d", c), err)
		}
	}
	rd.align()
	want := rd.frameCRC()
	got, err := rd.bits(16)
	if err != nil {
		return s.frameError(at, "CRC-16", err)
	}
	if uint16(got) != want {
		return fmt.Errorf("flac: frame %d at byte %d fails its CRC-16 check: %w", s.frameNo, at, ErrCorrupt)
	}
	if t := s.info.totalSamples; t > 0 && s.decoded+int64(f.blockSize) > t {
		return fmt.Errorf("flac: frame %d at byte %d goes past the %d samples STREAMINFO gives: %w", s.frameNo, at, t, ErrCorrupt)
	}
	decorrelate(s.samples[0], s.samples[1], f.assignment)
	if s.md5 != nil {
		s.hashFrame(f.blockSize)
	}
	s.have, s.used = f.blockSize, 0
	s.decoded += int64(f.blockSize)
	s.frameNo++
	return nil
}

// frameError wraps an error met inside a frame.
func (s *flacStream) frameError(at int64, where string, err error) error {
	switch {
	case errors.Is(err, errFLACShort):
		return fmt.Errorf("flac: file ends inside frame %d at byte %d (%s): %w", s.frameNo, at, where, ErrTruncated)
	case errors.Is(err, errFLACRange):
		return fmt.Errorf("flac: frame %d at byte %d: %s: a residual's quotient is out of range: %w", s.frameNo, at, where, ErrCorrupt)
	case s.rd.err != nil:
		return fmt.Errorf("flac: reading frame %d at byte %d: %w", s.frameNo, at, s.rd.err)
	}
	return fmt.Errorf("flac: frame %d at byte %d: %s: %v: %w", s.frameNo, at, where, err, ErrCorrupt)
}

// endOfStream is the error for the end of the frames: io.EOF, an
// ErrTruncated when STREAMINFO promised more, or an ErrCorrupt when the
// samples' MD5 is not STREAMINFO's.
func (s *flacStream) endOfStream(at int64) error {
	if t := s.info.totalSamples; t > 0 && s.decoded < t {
		return fmt.Errorf("flac: stream ends at byte %d after %d of the %d samples STREAMINFO gives: %w", at, s.decoded, t, ErrTruncated)
	}
	if s.md5 != nil {
		var sum [16]byte
		if s.md5.Sum(sum[:0]); sum != s.info.md5 {
			return fmt.Errorf("flac: the decoded samples' MD5 is not the one STREAMINFO gives: %w", ErrCorrupt)
		}
	}
	return io.EOF
}

// hashFrame adds the n decoded samples of each channel to the MD5:
// interleaved, little-endian, in whole bytes (RFC 9639 section 8.2).
func (s *flacStream) hashFrame(n int) {
	width := (s.info.bits + 7) / 8
	ch := s.info.channels
	need := n * ch * width
	if cap(s.md5buf) < need {
		s.md5buf = make([]byte, need)
	}
	b := s.md5buf[:need]
	stride := ch * width
	for c := range ch {
		src := s.samples[c][:n]
		d := b[c*width:]
		switch width {
		case 1:
			for i, v := range src {
				d[i*stride] = byte(v)
			}
		case 2:
			for i, v := range src {
				binary.LittleEndian.PutUint16(d[i*stride:], uint16(v))
			}
		case 3:
			for i, v := range src {
				e := d[i*stride : i*stride+3]
				e[0], e[1], e[2] = byte(v), byte(v>>8), byte(v>>16)
			}
		default:
			for i, v := range src {
				binary.LittleEndian.PutUint32(d[i*stride:], uint32(v))
			}
		}
	}
	s.md5.Write(b)
}

// decorrelate turns the two coded channels of a stereo frame back into
// left and right (RFC 9639 section 4.2).
func decorrelate(a, b []int64, assignment int) {
	switch assignment {
	case 8: // left, side
		for i, side := range b[:len(a)] {
			b[i] = a[i] - side
		}
	case 9: // side, right
		for i, right := range b[:len(a)] {
			a[i] += right
		}
	case 10: // mid, side
		for i, side := range b[:len(a)] {
			mid := a[i]<<1 | side&1
			a[i] = (mid + side) >> 1
			b[i] = (mid - side) >> 1
		}
	}
}
