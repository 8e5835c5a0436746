package audio

import (
	"encoding/binary"
	"fmt"
	"io"
)

// flacInfo is what the metadata blocks of a FLAC file say about its audio
// (RFC 9639 section 8), after checking.
type flacInfo struct {
	sampleRate   int
	channels     int
	bits         int      // bits per sample, 4 to 32
	maxBlock     int      // the largest block size a frame may have
	totalSamples int64    // frames in the stream, 0 when the encoder did not know
	md5          [16]byte // MD5 of the decoded samples, all zero when not computed
	framesOffset int64    // where the first audio frame starts
}

// FLAC metadata block types (RFC 9639 section 8.1).
const (
	flacStreamInfo   = 0
	flacBlockInvalid = 127
)

// parseFLAC reads the optional ID3v2 tags, the "fLaC" signature and the
// metadata blocks of the FLAC stream in r (size bytes). Only STREAMINFO is
// read; every other block (VORBIS_COMMENT, PICTURE, CUESHEET, ...) is
// skipped by its length, which is compared with the bytes left in the
// file and never used to allocate.
func parseFLAC(r io.ReaderAt, size int64) (flacInfo, error) {
	var info flacInfo
	pos, err := id3v2End(r, size, "flac")
	if err != nil {
		return info, err
	}
	var sig [4]byte
	if err := readFullAt(r, sig[:], pos); err != nil || string(sig[:]) != "fLaC" {
		return info, fmt.Errorf("flac: no \"fLaC\" signature at byte %d: %w", pos, ErrCorrupt)
	}
	pos += 4
	seenInfo := false
	for {
		var h [4]byte
		if err := readFullAt(r, h[:], pos); err != nil {
			return info, fmt.Errorf("flac: file ends inside the metadata block header at byte %d: %w", pos, ErrCorrupt)
		}
		last := h[0]&0x80 != 0
		typ := int(h[0] & 0x7F)
		n := int64(h[1])<<16 | int64(h[2])<<8 | int64(h[3])
		body := pos + 4
		if body+n > size {
			return info, fmt.Errorf("flac: metadata block of type %d at byte %d claims %d bytes but only %d follow: %w", typ, pos, n, size-body, ErrCorrupt)
		}
		switch {
		case typ == flacBlockInvalid:
			return info, fmt.Errorf("flac: metadata block at byte %d has the forbidden type 127: %w", pos, ErrCorrupt)
		case !seenInfo && typ != flacStreamInfo:
			return info, fmt.Errorf("flac: first metadata block at byte %d is of type %d, not STREAMINFO: %w", pos, typ, ErrCorrupt)
		case typ == flacStreamInfo:
			if seenInfo {
				return info, fmt.Errorf("flac: second STREAMINFO block at byte %d: %w", pos, ErrCorrupt)
			}
			if n != 34 {
				return info, fmt.Errorf("flac: STREAMINFO at byte %d is %d bytes, not 34: %w", pos, n, ErrCorrupt)
			}
			var b [34]byte
			if err := readFullAt(r, b[:], body); err != nil {
				return info, fmt.Errorf("flac: reading STREAMINFO at byte %d: %w", body, ErrCorrupt)
			}
			if info, err = parseStreamInfo(b[:], pos); err != nil {
				return info, err
			}
			seenInfo = true
		}
		pos = body + n
		if last {
			break
		}
	}
	info.framesOffset = pos
	return info, nil
}

// parseStreamInfo decodes and checks the 34 bytes of a STREAMINFO block
// (RFC 9639 section 8.2) found at byte at.
func parseStreamInfo(b []byte, at int64) (flacInfo, error) {
	minBlock := int(binary.BigEndian.Uint16(b[0:]))
	maxBlock := int(binary.BigEndian.Uint16(b[2:]))
	v := binary.BigEndian.Uint64(b[10:]) // rate:20 channels-1:3 bits-1:5 samples:36
	info := flacInfo{
		sampleRate:   int(v >> 44),
		channels:     int(v>>41&7) + 1,
		bits:         int(v>>36&31) + 1,
		maxBlock:     maxBlock,
		totalSamples: int64(v & (1<<36 - 1)),
	}
	copy(info.md5[:], b[18:34])
	switch {
	case info.sampleRate == 0:
		return info, fmt.Errorf("flac: STREAMINFO at byte %d gives a sample rate of 0 (not an audio stream): %w", at, ErrUnsupported)
	case info.bits < 4:
		return info, fmt.Errorf("flac: STREAMINFO at byte %d gives %d bits per sample (at least 4 are allowed): %w", at, info.bits, ErrCorrupt)
	case minBlock < 16 || maxBlock < minBlock:
		return info, fmt.Errorf("flac: STREAMINFO at byte %d gives block sizes %d to %d (16 to 65535 are allowed): %w", at, minBlock, maxBlock, ErrCorrupt)
	}
	return info, nil
}

// flacAfterID3 reports whether the ID3v2 tags at the start of r are
// followed by a FLAC signature.
func flacAfterID3(r io.ReaderAt, size int64) bool {
	pos, err := id3v2End(r, size, "flac")
	if err != nil {
		return false
	}
	var sig [4]byte
	return readFullAt(r, sig[:], pos) == nil && string(sig[:]) == "fLaC"
}
