package audio

import (
	"encoding/binary"
	"fmt"
	"io"

	"github.com/callveil/callveil/audio/internal/mp3"
)

// mp3Stream decodes MPEG-1/2/2.5 Layer III with callveil's own decoder
// (package audio/internal/mp3). Frames are read one at a time through
// ReadAt into a fixed buffer and decoded into a fixed float32 buffer, so a
// stream allocates nothing after Open. A Xing/Info/VBRI header frame is
// never decoded, and the decoded samples the LAME tag marks as delay or
// padding are dropped (see gapless).
type mp3Stream struct {
	format    Format
	r         *chunkReader
	first     mpegHeader // header of the first frame: version, layer, rate
	pos, end  int64      // next frame; end of the audio (a trailing tag or EOF)
	dec       mp3.Decoder
	pcm       [2][1152]float32 // one decoded frame
	pcmLen    int              // samples per channel in pcm
	pcmAt     int              // samples of pcm already delivered or dropped
	trim      gapless          // which decoded samples are the recording
	decoded   int64            // samples decoded before pcm's first
	frames    int64            // frames decoded
	pcmCh     int              // channels of the frame in pcm
	truncated bool             // the frame scan found the last frame cut short
	err       error
}

// openMP3 opens an MPEG audio stream found in r (size bytes).
func openMP3(r io.ReaderAt, size int64) (Stream, error) {
	start, err := id3v2End(r, size, "mp3")
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
	if sc.frames == 0 && sc.exact {
		return nil, fmt.Errorf("mp3: no complete frame: the file ends inside the first, at byte %d: %w", first, ErrCorrupt)
	}
	// A stream whose frames are mono and stereo in turn (joined
	// recordings) opens as stereo: its mono frames go to both channels,
	// so no channel is lost.
	channels := 1
	if !h.mono() || sc.stereo {
		channels = 2
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
	return &mp3Stream{
		format: Format{
			Container:  "mp3",
			Encoding:   EncodingMP3,
			Codec:      "MPEG-" + h.versionName() + " Layer III",
			SampleRate: h.sampleRate(),
			Channels:   channels,
			Frames:     frames,
		},
		r:         newChunkReader(r, sc.end),
		first:     h,
		pos:       audioStart,
		end:       sc.end,
		trim:      trim,
		truncated: sc.truncated,
	}, nil
}

// Format implements Stream.
func (s *mp3Stream) Format() Format { return s.format }

// Read implements Stream. It panics if dst does not hold one slice per
// channel, all at least as long as dst[0].
func (s *mp3Stream) Read(dst [][]float32) (int, error) {
	n := checkDst(dst, s.format.Channels)
	if n == 0 {
		if s.err != nil {
			return 0, s.err
		}
		return 0, nil
	}
	out := 0
	for out < n {
		if s.pcmAt == s.pcmLen {
			if s.err != nil {
				break
			}
			s.decoded += int64(s.pcmLen)
			s.pcmLen, s.pcmAt = 0, 0
			if err := s.decodeFrame(); err != nil {
				s.err = err
				break
			}
		}
		out += s.keep(dst, out, n-out)
	}
	if out == 0 {
		return 0, s.err
	}
	return out, nil
}

// keep copies up to max of the decoded samples the trim keeps into dst
// from index at, consuming them (and the dropped ones before them) from
// pcm, and returns how many it wrote.
func (s *mp3Stream) keep(dst [][]float32, at, max int) int {
	k := at
	for s.pcmAt < s.pcmLen && k-at < max {
		i := s.decoded + int64(s.pcmAt) // index of the next decoded sample
		// The run of samples from i that are all kept or all dropped.
		var runEnd int64
		dropped := false
		switch {
		case i < s.trim.skip:
			runEnd, dropped = s.trim.skip, true
		case i < s.trim.discardFrom:
			runEnd = s.trim.discardFrom
		case i < s.trim.discardTo:
			runEnd, dropped = s.trim.discardTo, true
		default:
			runEnd = i + int64(s.pcmLen)
		}
		m := int(min(runEnd-i, int64(s.pcmLen-s.pcmAt)))
		if !dropped {
			m = min(m, max-(k-at))
			for c := range dst {
				src := c
				if src >= s.pcmChannels() {
					src = 0 // a mono frame in a stereo stream
				}
				copy(dst[c][k:k+m], s.pcm[src][s.pcmAt:s.pcmAt+m]) // clipped by the decoder
			}
			k += m
		}
		s.pcmAt += m
	}
	return k - at
}

// pcmChannels is the channel count of the frame in pcm.
func (s *mp3Stream) pcmChannels() int { return s.pcmCh }

// decodeFrame decodes the next frame into pcm. It returns io.EOF at the end
// of the audio, ErrTruncated when the file ends inside a frame, and
// ErrCorrupt or ErrUnsupported errors naming the frame's byte offset.
func (s *mp3Stream) decodeFrame() error {
	for {
		if s.pos >= s.end {
			return io.EOF
		}
		if s.pos+4 > s.end {
			return s.cut()
		}
		hb, err := s.r.at(s.pos, 4)
		if err != nil {
			return fmt.Errorf("mp3: reading frame %d at byte %d: %w", s.frames, s.pos, err)
		}
		h := mpegHeader(binary.BigEndian.Uint32(hb))
		if !s.first.sameStream(h) || h.bitrateIndex() == 0 {
			if h.valid() && h.sameLayer(s.first) {
				return fmt.Errorf("mp3: frame at byte %d is %d Hz MPEG-%s in a %d Hz MPEG-%s stream, which cannot change its rate: %w",
					s.pos, h.sampleRate(), h.versionName(), s.first.sampleRate(), s.first.versionName(), ErrCorrupt)
			}
			if !s.resync() {
				return io.EOF
			}
			continue
		}
		flen := int64(h.frameLen())
		if s.pos+flen > s.end {
			return s.cut()
		}
		frame, err := s.r.at(s.pos, int(flen))
		if err != nil {
			return fmt.Errorf("mp3: reading frame %d at byte %d: %w", s.frames, s.pos, err)
		}
		if !h.mono() && s.format.Channels == 1 {
			return fmt.Errorf("mp3: frame at byte %d is stereo in a stream that opened as mono (its frames were not all counted at open): %w", s.pos, ErrCorrupt)
		}
		mh, err := s.dec.Decode(frame, &s.pcm)
		if err != nil {
			// Layer and bit rate were checked above: every error left is
			// a frame the standard cannot decode.
			return fmt.Errorf("mp3: frame %d at byte %d: %v: %w", s.frames, s.pos, err, ErrCorrupt)
		}
		s.pcmLen = mh.SamplesPerFrame()
		s.pcmCh = mh.Channels()
		s.pos += flen
		s.frames++
		return nil
	}
}

// cut is the error at a frame cut short by the end of the file.
func (s *mp3Stream) cut() error {
	if s.truncated {
		return fmt.Errorf("mp3: file ends inside the frame at byte %d, after %d frames: %w", s.pos, s.frames, ErrTruncated)
	}
	return io.EOF // a cut frame before a trailing tag: the scan ended the audio there
}

// resync moves pos to the next frame of the stream after bytes that are
// not one: a header of the stream whose frame is followed by another header
// of the stream (or by the end). It reports false when there is none.
func (s *mp3Stream) resync() bool {
	for at := s.pos + 1; at+4 <= s.end; at++ {
		b, err := s.r.at(at, 4)
		if err != nil {
			return false
		}
		if b[0] != 0xFF {
			continue
		}
		h := mpegHeader(binary.BigEndian.Uint32(b))
		if !s.first.sameStream(h) || h.bitrateIndex() == 0 {
			continue
		}
		next := at + int64(h.frameLen())
		if next+4 > s.end {
			if next <= s.end {
				s.pos = at
				return true
			}
			continue
		}
		if b2, err := s.r.at(next, 4); err == nil && s.first.sameStream(mpegHeader(binary.BigEndian.Uint32(b2))) {
			s.pos = at
			return true
		}
	}
	return false
}
