package audio

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Limits on fmt chunk values. Anything outside them is refused before a
// single sample is decoded.
const (
	maxWAVChannels   = 64
	maxWAVSampleRate = 768000
)

// WAV format tags (the first field of the fmt chunk).
const (
	wavTagPCM        = 0x0001
	wavTagFloat      = 0x0003
	wavTagALaw       = 0x0006
	wavTagMuLaw      = 0x0007
	wavTagExtensible = 0xFFFE
)

// unknownDataSize is the data chunk size streaming writers (ffmpeg writing
// to a pipe, for example) leave in place when they cannot seek back. It
// means "to the end of the file", not 4 GiB.
const unknownDataSize = 0xFFFFFFFF

// ksDataFormatSuffix is bytes 2..15 of every KSDATAFORMAT_SUBTYPE GUID
// built from a format tag ({tttt0000-0000-0010-8000-00aa00389b71}); the
// first two bytes, little-endian, are the tag.
var ksDataFormatSuffix = [14]byte{0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71}

// wavTagNames names format tags seen in the wild, for error messages.
var wavTagNames = map[uint16]string{
	0x0002: "Microsoft ADPCM",
	0x0011: "IMA ADPCM",
	0x0022: "TrueSpeech",
	0x0031: "GSM 6.10",
	0x0040: "G.721 ADPCM",
	0x0045: "G.726 ADPCM",
	0x0050: "MPEG",
	0x0055: "MPEG Layer III",
	0x0064: "G.726 ADPCM",
	0x0065: "G.722 ADPCM",
	0x0161: "Windows Media Audio",
}

// wavInfo is what the chunk walk learned about a WAV file: the decoded
// fmt chunk and where the samples are.
type wavInfo struct {
	encoding   Encoding
	channels   int
	sampleRate int
	blockAlign int   // bytes per frame
	dataOffset int64 // file offset of the first sample byte
	dataLen    int64 // sample bytes present in the file (never more than the file holds)
	claimedLen int64 // sample bytes the data chunk header claims (-1: to end of file)
}

// truncated reports whether the data chunk promised more than the file
// holds, or ends inside a frame.
func (w wavInfo) truncated() bool {
	if w.claimedLen >= 0 && w.dataLen < w.claimedLen {
		return true
	}
	return w.dataLen%int64(w.blockAlign) != 0
}

// parseWAV walks the RIFF chunk list of a file of size bytes that starts
// with "RIFF....WAVE". Every chunk size is checked against the bytes that
// really remain; chunks other than "fmt " and "data" are skipped by seeking,
// never read. Nothing is allocated from a size field.
func parseWAV(r io.ReaderAt, size int64) (wavInfo, error) {
	var (
		info     wavInfo
		haveFmt  bool
		haveData bool
		hdr      [8]byte
	)
	pos := int64(12) // after "RIFF", size, "WAVE"
	for pos+8 <= size && !(haveFmt && haveData) {
		if err := readFullAt(r, hdr[:], pos); err != nil {
			return info, fmt.Errorf("wav: reading chunk header at byte %d: %w", pos, err)
		}
		id := string(hdr[:4])
		claimed := int64(binary.LittleEndian.Uint32(hdr[4:]))
		body := pos + 8
		remain := size - body
		switch id {
		case "fmt ":
			if haveFmt {
				return info, fmt.Errorf("wav: second fmt chunk at byte %d: %w", pos, ErrCorrupt)
			}
			if claimed > remain {
				return info, fmt.Errorf("wav: fmt chunk at byte %d claims %d bytes but only %d remain: %w", pos, claimed, remain, ErrCorrupt)
			}
			if err := parseFmt(r, body, claimed, &info); err != nil {
				return info, err
			}
			haveFmt = true
		case "data":
			if haveData {
				// A second data chunk before fmt: keep the first.
				break
			}
			haveData = true
			info.dataOffset = body
			switch {
			case claimed == unknownDataSize:
				info.claimedLen = -1
				info.dataLen = remain
			case claimed > remain:
				info.claimedLen = claimed
				info.dataLen = remain
			default:
				info.claimedLen = claimed
				info.dataLen = claimed
			}
			if info.dataLen < claimed || claimed == unknownDataSize {
				// The data runs to the end of the file; nothing follows.
				if !haveFmt {
					return info, fmt.Errorf("wav: data chunk at byte %d runs to the end of the file and no fmt chunk came before it: %w", pos, ErrCorrupt)
				}
				claimed = remain
			}
		default:
			// LIST, bext, iXML, fact, cue, junk...: skipped without reading.
			if claimed > remain {
				return info, fmt.Errorf("wav: %q chunk at byte %d claims %d bytes but only %d remain: %w", printableID(hdr[:4]), pos, claimed, remain, ErrCorrupt)
			}
		}
		pos = body + claimed + claimed&1 // chunks are padded to an even length
	}
	switch {
	case size < 12:
		return info, fmt.Errorf("wav: file is %d bytes, shorter than a RIFF header: %w", size, ErrCorrupt)
	case !haveFmt:
		return info, fmt.Errorf("wav: no fmt chunk: %w", ErrCorrupt)
	case !haveData:
		return info, fmt.Errorf("wav: no data chunk: %w", ErrCorrupt)
	}
	return info, nil
}

// parseFmt decodes a fmt chunk body of n bytes at off into info, refusing
// values no real recording has.
func parseFmt(r io.ReaderAt, off, n int64, info *wavInfo) error {
	if n < 16 {
		return fmt.Errorf("wav: fmt chunk is %d bytes, needs at least 16: %w", n, ErrCorrupt)
	}
	var b [40]byte
	m := min(n, int64(len(b)))
	if err := readFullAt(r, b[:m], off); err != nil {
		return fmt.Errorf("wav: reading fmt chunk at byte %d: %w", off, err)
	}
	tag := binary.LittleEndian.Uint16(b[0:])
	channels := int(binary.LittleEndian.Uint16(b[2:]))
	rate := int64(binary.LittleEndian.Uint32(b[4:]))
	blockAlign := int(binary.LittleEndian.Uint16(b[12:]))
	bits := int(binary.LittleEndian.Uint16(b[14:]))

	switch {
	case channels == 0:
		return fmt.Errorf("wav: fmt chunk says 0 channels: %w", ErrCorrupt)
	case channels > maxWAVChannels:
		return fmt.Errorf("wav: fmt chunk says %d channels; at most %d are supported: %w", channels, maxWAVChannels, ErrUnsupported)
	case rate == 0:
		return fmt.Errorf("wav: fmt chunk says a sample rate of 0 Hz: %w", ErrCorrupt)
	case rate > maxWAVSampleRate:
		return fmt.Errorf("wav: fmt chunk says a sample rate of %d Hz; at most %d Hz is supported: %w", rate, maxWAVSampleRate, ErrUnsupported)
	case bits == 0:
		return fmt.Errorf("wav: fmt chunk says 0 bits per sample: %w", ErrCorrupt)
	}

	if tag == wavTagExtensible {
		if n < 40 {
			return fmt.Errorf("wav: WAVE_FORMAT_EXTENSIBLE fmt chunk is %d bytes, needs 40: %w", n, ErrCorrupt)
		}
		valid := int(binary.LittleEndian.Uint16(b[18:]))
		if valid > bits {
			return fmt.Errorf("wav: WAVE_FORMAT_EXTENSIBLE says %d valid bits in a %d-bit sample: %w", valid, bits, ErrCorrupt)
		}
		guid := b[24:40]
		if [14]byte(guid[2:]) != ksDataFormatSuffix {
			return fmt.Errorf("wav: WAVE_FORMAT_EXTENSIBLE sub-format %s is not supported: %w", formatGUID(guid), ErrUnsupported)
		}
		tag = binary.LittleEndian.Uint16(guid[0:])
		if tag == wavTagExtensible {
			return fmt.Errorf("wav: WAVE_FORMAT_EXTENSIBLE sub-format %s is not supported: %w", formatGUID(guid), ErrUnsupported)
		}
	}

	var enc Encoding
	switch tag {
	case wavTagPCM:
		switch bits {
		case 8:
			enc = EncodingPCM8
		case 16:
			enc = EncodingPCM16
		case 24:
			enc = EncodingPCM24
		case 32:
			enc = EncodingPCM32
		default:
			return fmt.Errorf("wav: fmt chunk says %d bits per PCM sample; 8, 16, 24 and 32 are supported: %w", bits, ErrUnsupported)
		}
	case wavTagFloat:
		switch bits {
		case 32:
			enc = EncodingFloat32
		case 64:
			enc = EncodingFloat64
		default:
			return fmt.Errorf("wav: fmt chunk says %d bits per IEEE float sample; 32 and 64 are supported: %w", bits, ErrUnsupported)
		}
	case wavTagMuLaw, wavTagALaw:
		enc = EncodingMuLaw
		if tag == wavTagALaw {
			enc = EncodingALaw
		}
		if bits != 8 {
			return fmt.Errorf("wav: fmt chunk says %d bits per G.711 %s sample; G.711 is 8: %w", bits, enc, ErrUnsupported)
		}
	default:
		name := wavTagNames[tag]
		if name == "" {
			name = "unknown"
		}
		return fmt.Errorf("wav: format tag 0x%04x (%s) is not supported: %w", tag, name, ErrUnsupported)
	}

	want := channels * bits / 8
	if blockAlign == 0 {
		blockAlign = want // a few writers leave it 0; the value is implied
	}
	if blockAlign != want {
		return fmt.Errorf("wav: fmt chunk says block align %d, but %d channels of %d bits need %d: %w", blockAlign, channels, bits, want, ErrCorrupt)
	}
	info.encoding = enc
	info.channels = channels
	info.sampleRate = int(rate)
	info.blockAlign = blockAlign
	return nil
}

// printableID returns a chunk ID fit for an error message.
func printableID(id []byte) string {
	out := make([]byte, len(id))
	for i, c := range id {
		if c < 0x20 || c > 0x7e {
			c = '?'
		}
		out[i] = c
	}
	return string(out)
}

// formatGUID formats a little-endian Microsoft GUID as
// {xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}.
func formatGUID(g []byte) string {
	return fmt.Sprintf("{%08x-%04x-%04x-%x-%x}",
		binary.LittleEndian.Uint32(g[0:]), binary.LittleEndian.Uint16(g[4:]),
		binary.LittleEndian.Uint16(g[6:]), g[8:10], g[10:16])
}

// readFullAt reads exactly len(b) bytes at off. Unlike a bare ReadAt it
// accepts io.EOF together with a full read.
func readFullAt(r io.ReaderAt, b []byte, off int64) error {
	n, err := r.ReadAt(b, off)
	if n == len(b) {
		return nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return err
}
