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
// channels. Every call into go-mp3 is guarded: a panic there becomes an
// error wrapping ErrCorrupt.
type mp3Stream struct {
	format    Format
	dec       *mp3.Decoder
	buf       []byte // one block of go-mp3's 16-bit stereo output
	delivered int64
	truncated bool // the frame scan found the last frame cut short
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
	frames := int64(-1)
	if sc.exact {
		frames = sc.frames * int64(h.samplesPerFrame())
	}
	channels := 2
	if h.mono() {
		channels = 1
	}

	// go-mp3 gets only the audio: the section from the first frame to any
	// trailing tag, so it never sees (and never allocates for) the ID3v2
	// tag nor mistakes bytes of an ID3v1 tag for a frame, and through a
	// plain reader without Seek, so it does not index every frame of the
	// file at open (which costs memory in proportion to the length).
	src := bufio.NewReaderSize(io.NewSectionReader(r, first, sc.end-first), 16<<10)
	dec, err := newMP3Decoder(src)
	if err != nil {
		return nil, err
	}
	if dec.SampleRate() != h.sampleRate() {
		return nil, fmt.Errorf("mp3: go-mp3 reports %d Hz where the first frame header says %d Hz: %w", dec.SampleRate(), h.sampleRate(), ErrCorrupt)
	}
	return &mp3Stream{
		format: Format{
			Container:  "mp3",
			Encoding:   EncodingMP3,
			SampleRate: h.sampleRate(),
			Channels:   channels,
			Frames:     frames,
		},
		dec:       dec,
		truncated: sc.truncated,
	}, nil
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
	got, err := s.fill(s.buf[:need])
	frames := got / 4
	s.convert(dst, s.buf[:frames*4])
	s.delivered += int64(frames)
	if err != nil {
		s.err = err
		if frames == 0 {
			return 0, err
		}
	}
	return frames, nil
}

// fill reads from go-mp3 until buf is full or the stream ends. It returns
// io.EOF, an ErrTruncated or an ErrCorrupt error at the end.
func (s *mp3Stream) fill(buf []byte) (got int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("mp3: decoder panicked near frame %d (%v): %w", s.delivered+int64(got/4), p, ErrCorrupt)
		}
	}()
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
				return got, fmt.Errorf("mp3: file ends inside the last frame, after %d frames: %w", s.delivered+int64(got/4), ErrTruncated)
			}
			return got, io.EOF
		}
		return got, fmt.Errorf("mp3: decoding near frame %d: %v: %w", s.delivered+int64(got/4), err, ErrCorrupt)
	}
	return got, nil
}

// convert turns interleaved 16-bit stereo into planar float32, keeping
// only the left channel for a mono source.
func (s *mp3Stream) convert(dst [][]float32, src []byte) {
	const scale = 1.0 / 32768
	n := len(src) / 4
	if s.format.Channels == 1 {
		d := dst[0][:n]
		for i := range d {
			d[i] = float32(int16(binary.LittleEndian.Uint16(src[4*i:]))) * scale
		}
		return
	}
	l, r := dst[0][:n], dst[1][:n]
	for i := range l {
		l[i] = float32(int16(binary.LittleEndian.Uint16(src[4*i:]))) * scale
		r[i] = float32(int16(binary.LittleEndian.Uint16(src[4*i+2:]))) * scale
	}
}
