package audio

import (
	"encoding/binary"
	"fmt"
	"io"
)

// mpegVersion is the 2-bit version field of an MPEG audio frame header.
type mpegVersion uint8

const (
	mpeg25       mpegVersion = 0
	mpegReserved mpegVersion = 1
	mpeg2        mpegVersion = 2
	mpeg1        mpegVersion = 3
)

// mpegHeader is a 32-bit MPEG audio frame header (ISO/IEC 11172-3 §2.4.1.3,
// ISO/IEC 13818-3 for the low sampling frequencies).
type mpegHeader uint32

func (h mpegHeader) sync() bool             { return h&0xFFE00000 == 0xFFE00000 }
func (h mpegHeader) version() mpegVersion   { return mpegVersion(h >> 19 & 3) }
func (h mpegHeader) layer() int             { return 4 - int(h>>17&3) } // 1, 2, 3; 4 = reserved
func (h mpegHeader) bitrateIndex() int      { return int(h >> 12 & 15) }
func (h mpegHeader) sampleRateIndex() int   { return int(h >> 10 & 3) }
func (h mpegHeader) padding() int           { return int(h >> 9 & 1) }
func (h mpegHeader) mono() bool             { return h>>6&3 == 3 }
func (h mpegHeader) emphasisReserved() bool { return h&3 == 2 }

// valid reports whether h could be the header of a frame: sync bits set and
// no reserved field value. It says nothing about support.
func (h mpegHeader) valid() bool {
	return h.sync() && h.version() != mpegReserved && h.layer() != 4 &&
		h.bitrateIndex() != 15 && h.sampleRateIndex() != 3 && !h.emphasisReserved()
}

var mpegSampleRates = [4][3]int{
	mpeg25: {11025, 12000, 8000},
	mpeg2:  {22050, 24000, 16000},
	mpeg1:  {44100, 48000, 32000},
}

// Layer III bit rates in kbit/s by bitrate index.
var (
	mpeg1L3Kbps = [15]int{0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}
	mpeg2L3Kbps = [15]int{0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}
)

func (h mpegHeader) sampleRate() int { return mpegSampleRates[h.version()][h.sampleRateIndex()] }

// samplesPerFrame is the number of PCM frames one Layer III frame decodes to.
func (h mpegHeader) samplesPerFrame() int {
	if h.version() == mpeg1 {
		return 1152
	}
	return 576
}

// frameLen is the length in bytes of a Layer III frame with this header,
// or 0 for free-format bit rate.
func (h mpegHeader) frameLen() int {
	if h.version() == mpeg1 {
		return 144*mpeg1L3Kbps[h.bitrateIndex()]*1000/h.sampleRate() + h.padding()
	}
	return 72*mpeg2L3Kbps[h.bitrateIndex()]*1000/h.sampleRate() + h.padding()
}

// sameLayer reports whether h2 has the layer of h.
func (h mpegHeader) sameLayer(h2 mpegHeader) bool { return h.layer() == h2.layer() }

// versionName is "1", "2" or "2.5".
func (h mpegHeader) versionName() string {
	switch h.version() {
	case mpeg1:
		return "1"
	case mpeg2:
		return "2"
	}
	return "2.5"
}

// sameStream reports whether h2 can follow h in one stream: the fields that
// a stream never changes (version, layer, sample rate) agree.
func (h mpegHeader) sameStream(h2 mpegHeader) bool {
	const fixed = 0xFFFE0C00 // sync, version, layer, sample rate index
	return h2.valid() && h&fixed == h2&fixed
}

// checkSupported says why a first frame header cannot be decoded, or nil.
func (h mpegHeader) checkSupported(off int64) error {
	switch {
	case h.layer() != 3:
		return fmt.Errorf("mp3: MPEG Layer %d audio at byte %d: only Layer III is decoded: %w", h.layer(), off, ErrUnsupported)
	case h.bitrateIndex() == 0:
		return fmt.Errorf("mp3: free-format bit rate at byte %d is not supported: %w", off, ErrUnsupported)
	}
	return nil
}

// maxFrameSearch bounds how far past an ID3v2 tag the first frame header
// is looked for.
const maxFrameSearch = 64 << 10

// readHeaderAt reads the 4 bytes at off as a frame header.
func readHeaderAt(r io.ReaderAt, off int64) (mpegHeader, error) {
	var b [4]byte
	if err := readFullAt(r, b[:], off); err != nil {
		return 0, err
	}
	return mpegHeader(binary.BigEndian.Uint32(b[:])), nil
}

// findFirstFrame returns the offset and header of the first frame at or
// after start: a valid header followed, one frame length later, by another
// header of the same stream (or by the end of the file). It looks at most
// maxFrameSearch bytes ahead.
func findFirstFrame(r io.ReaderAt, start, size int64) (int64, mpegHeader, error) {
	win := make([]byte, min(size-start, maxFrameSearch+3))
	if len(win) < 4 {
		return 0, 0, fmt.Errorf("mp3: no frame header: only %d bytes after byte %d: %w", len(win), start, ErrCorrupt)
	}
	if err := readFullAt(r, win, start); err != nil {
		return 0, 0, fmt.Errorf("mp3: reading at byte %d: %w", start, err)
	}
	for i := 0; i+4 <= len(win); i++ {
		if win[i] != 0xFF {
			continue
		}
		h := mpegHeader(binary.BigEndian.Uint32(win[i:]))
		if !h.valid() {
			continue
		}
		off := start + int64(i)
		if h.layer() != 3 || h.bitrateIndex() == 0 {
			// Recognisably MPEG audio, just not a kind we decode.
			return off, h, nil
		}
		next := off + int64(h.frameLen())
		if next+4 > size {
			if next <= size || i == 0 {
				return off, h, nil // a single (possibly cut) frame
			}
			continue
		}
		h2, err := readHeaderAt(r, next)
		if err != nil {
			return 0, 0, fmt.Errorf("mp3: reading at byte %d: %w", next, err)
		}
		if h.sameStream(h2) {
			return off, h, nil
		}
	}
	return 0, 0, fmt.Errorf("mp3: no run of MPEG audio frames within %d bytes of byte %d: %w", len(win), start, ErrCorrupt)
}

// frameScan is what counting the frames of a stream found.
type frameScan struct {
	frames    int64 // complete frames counted
	end       int64 // offset where the audio ends (a trailing tag starts), or the file size
	exact     bool  // every byte up to the end (or a trailing tag) was a frame
	truncated bool  // the last frame is cut short by the end of the file
	stereo    bool  // a frame counted is stereo (the first may be mono)
}

// scanFrames walks frame headers from first to the end of the file without
// decoding, reading 4 bytes per frame. It stops being exact at the first
// byte that is neither a frame of the same stream nor a trailing tag, since
// the decoder resynchronises there and the count is no longer known.
func scanFrames(r io.ReaderAt, first int64, h mpegHeader, size int64) frameScan {
	sc := frameScan{end: size}
	pos := first
	cr := newChunkReader(r, size)
	for {
		if pos == size {
			sc.exact = true
			return sc
		}
		if pos+4 > size {
			sc.exact, sc.truncated = true, true
			return sc
		}
		b, err := cr.at(pos, 4)
		if err != nil {
			return sc
		}
		h2 := mpegHeader(binary.BigEndian.Uint32(b))
		if !h.sameStream(h2) || h2.bitrateIndex() == 0 {
			// ID3v1 ("TAG"), APEv2 ("APETAGEX"), Lyrics3, an appended
			// ID3v2: metadata after the audio ends the frames cleanly.
			switch string(b[:3]) {
			case "TAG", "APE", "LYR", "ID3":
				sc.exact, sc.end = true, pos
			}
			return sc
		}
		next := pos + int64(h2.frameLen())
		if next > size {
			sc.exact, sc.truncated = true, true
			return sc
		}
		if !h2.mono() {
			sc.stereo = true
		}
		sc.frames++
		pos = next
	}
}
