package audio

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	mp3 "github.com/hajimehoshi/go-mp3"
)

// mp3Stream decodes MPEG-1/2 Layer III through go-mp3, which always yields
// interleaved 16-bit stereo. A mono source keeps one of the two identical
// channels. A Xing/Info/VBRI header frame is never given to go-mp3, and
// the decoded samples the LAME tag marks as delay or padding are dropped
// (see gapless). Every call into go-mp3 is guarded: a panic there becomes
// an error wrapping ErrCorrupt.
type mp3Stream struct {
	format    Format
	dec       *mp3.Decoder // nil when the stream holds no audio frame
	buf       []byte       // one block of go-mp3's 16-bit stereo output
	trim      gapless      // which decoded samples are the recording
	decoded   int64        // frames go-mp3 has decoded so far
	truncated bool         // the frame scan found the last frame cut short
	err       error
}

// openMP3 opens an MPEG audio stream found in r (size bytes).
func openMP3(r io.ReaderAt, size int64) (Stream, error) {
	start, err := id3v2End(r, size)
	if err != nil {
		return nil, err
	}
	first, h, err := findFirstFrame(r, start, size)
	if err != nil {
		return nil, err
	}
	if err := h.checkSupported(first); err != nil {
		return nil, err
	}
	sc := scanFrames(r, first, h, size)
	if sc.shortAt >= 0 {
		return nil, fmt.Errorf("mp3: %w: padded MPEG-2 frame at byte %d (%d Hz), which go-mp3 v0.3.4 sizes one byte short and decodes as noise; convert the file to WAV first",
			ErrUnsupported, sc.shortAt, h.sampleRate())
	}
	channels := 2
	if h.mono() {
		channels = 1
	}

	// A Xing/Info or VBRI header frame is not audio: skip it, as ffmpeg
	// does, and trim the encoder delay and padding its LAME extension
	// records (see vbrTag and gapless).
	audioStart, audioFrames, trim := first, sc.frames, untrimmed
	if tag, ok := readVBRTag(r, first, h, sc.end); ok && (tag.frames > 0 || tag.bytes > 0) && sc.frames > 0 {
		audioStart += int64(h.frameLen())
		audioFrames--
		trim = tag.trimFor(h.samplesPerFrame(), audioFrames*int64(h.samplesPerFrame()), size-(first+4))
	}
	frames := int64(-1)
	if sc.exact {
		frames = trim.kept(audioFrames * int64(h.samplesPerFrame()))
	}
	s := &mp3Stream{
		format: Format{
			Container:  "mp3",
			Encoding:   EncodingMP3,
			SampleRate: h.sampleRate(),
			Channels:   channels,
			Frames:     frames,
		},
		trim:      trim,
		truncated: sc.truncated,
	}
	if audioStart == sc.end {
		return s, nil // a tag frame and nothing after it
	}

	// go-mp3 gets only the audio: the section from the first audio frame
	// to any trailing tag, so it never sees (and never allocates for) the
	// ID3v2 tag nor mistakes bytes of an ID3v1 tag for a frame, and
	// through a plain reader without Seek, so it does not index every
	// frame of the file at open (which costs memory in proportion to the
	// length).
	src := bufio.NewReaderSize(io.NewSectionReader(r, audioStart, sc.end-audioStart), 16<<10)
	dec, err := newMP3Decoder(src)
	if err != nil {
		return nil, err
	}
	if dec.SampleRate() != h.sampleRate() {
		return nil, fmt.Errorf("mp3: go-mp3 reports %d Hz where the first frame header says %d Hz: %w", dec.SampleRate(), h.sampleRate(), ErrCorrupt)
	}
	s.dec = dec
	return s, nil
}

// newMP3Decoder calls mp3.NewDecoder, turning a panic into ErrCorrupt.
func newMP3Decoder(src io.Reader) (dec *mp3.Decoder, err error) {
	defer func() {
		if p := recover(); p != nil {
			dec, err = nil, fmt.Errorf("mp3: decoder panicked on the first frame (%v): %w", p, ErrCorrupt)
		}
	}()
	dec, err = mp3.NewDecoder(readerOnly{src})
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("mp3: no complete frame: %w", ErrCorrupt)
		}
		return nil, fmt.Errorf("mp3: first frame: %v: %w", err, ErrCorrupt)
	}
	return dec, nil
}

// readerOnly hides every method but Read.
type readerOnly struct{ r io.Reader }

func (r readerOnly) Read(p []byte) (int, error) { return r.r.Read(p) }

// Format implements Stream.
func (s *mp3Stream) Format() Format { return s.format }

// Read implements Stream. It panics if dst does not hold one slice per
// channel, all at least as long as dst[0].
func (s *mp3Stream) Read(dst [][]float32) (int, error) {
	n := checkDst(dst, s.format.Channels)
	if s.err != nil {
		return 0, s.err
	}
	if n == 0 {
		return 0, nil
	}
	need := n * 4
	if cap(s.buf) < need {
		s.buf = make([]byte, need)
	}
	out := 0
	// Decode until dst is full: samples the trim drops (encoder delay
	// and decoder delay at the start, padding at the end) do not count.
	for out < n {
		got, err := s.fill(s.buf[:(n-out)*4])
		frames := got / 4
		out += s.keep(dst, out, s.buf[:frames*4])
		s.decoded += int64(frames)
		if err != nil {
			s.err = err
			break
		}
	}
	if out == 0 {
		return 0, s.err
	}
	return out, nil
}

// keep converts the frames of src that the trim keeps into dst from index
// at, and returns how many it wrote. src holds the decoded frames from
// index s.decoded on.
func (s *mp3Stream) keep(dst [][]float32, at int, src []byte) int {
	a := s.decoded
	b := a + int64(len(src)/4)
	k := at
	// Two kept runs at most: from the end of the skip to the start of
	// the end discard, and from the end of the discard on.
	for _, run := range [2][2]int64{
		{max(a, s.trim.skip), min(b, s.trim.discardFrom)},
		{max(a, s.trim.skip, s.trim.discardTo), b},
	} {
		if lo, hi := run[0], run[1]; lo < hi {
			s.convert(dst, k, src[(lo-a)*4:(hi-a)*4])
			k += int(hi - lo)
		}
	}
	return k - at
}

// fill reads from go-mp3 until buf is full or the stream ends. It returns
// io.EOF, an ErrTruncated or an ErrCorrupt error at the end.
func (s *mp3Stream) fill(buf []byte) (got int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("mp3: decoder panicked near frame %d (%v): %w", s.decoded+int64(got/4), p, ErrCorrupt)
		}
	}()
	if s.dec == nil {
		return 0, io.EOF
	}
	for got < len(buf) {
		var m int
		m, err = s.dec.Read(buf[got:])
		got += m
		if err == nil {
			continue
		}
		if errors.Is(err, io.EOF) {
			// go-mp3 reports a cut-off last frame as a plain EOF; the
			// frame scan at open knows better.
			if s.truncated {
				return got, fmt.Errorf("mp3: file ends inside the last frame, after %d frames: %w", s.decoded+int64(got/4), ErrTruncated)
			}
			return got, io.EOF
		}
		return got, fmt.Errorf("mp3: decoding near frame %d: %v: %w", s.decoded+int64(got/4), err, ErrCorrupt)
	}
	return got, nil
}

// convert turns interleaved 16-bit stereo into planar float32 in dst from
// index at, keeping only the left channel for a mono source.
func (s *mp3Stream) convert(dst [][]float32, at int, src []byte) {
	const scale = 1.0 / 32768
	n := len(src) / 4
	if s.format.Channels == 1 {
		d := dst[0][at : at+n]
		for i := range d {
			d[i] = float32(int16(binary.LittleEndian.Uint16(src[4*i:]))) * scale
		}
		return
	}
	l, r := dst[0][at:at+n], dst[1][at:at+n]
	for i := range l {
		l[i] = float32(int16(binary.LittleEndian.Uint16(src[4*i:]))) * scale
		r[i] = float32(int16(binary.LittleEndian.Uint16(src[4*i+2:]))) * scale
	}
}
