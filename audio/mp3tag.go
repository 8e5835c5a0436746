package audio

import (
	"encoding/binary"
	"io"
	"math"
)

// decoderDelay is the delay, in samples, of the MPEG Layer III synthesis
// filterbank in a standard decoder (528 samples of filter delay plus one,
// as ffmpeg and LAME count it). go-mp3 has the same delay: a LAME file
// decoded by go-mp3 is late by exactly the tag's encoder delay plus 529.
const decoderDelay = 529

// maxTagFrame is the longest Layer III frame: MPEG-1, 320 kbit/s, 32 kHz,
// padded (144 × 320000 / 32000 + 1).
const maxTagFrame = 1441

// vbrTag is what the first frame of a stream says about the stream when it
// is a Xing/Info or VBRI header frame instead of audio (ISO/IEC 11172-3
// leaves the frame's audio empty; encoders fill it with this header).
//
// The layouts (big-endian throughout) are those of the Xing header, the
// LAME "mp3 info tag rev 1" extension and Fraunhofer's VBRI header, read
// the way ffmpeg's mp3 demuxer (libavformat/mp3dec.c) reads them:
//
//	Xing/Info at 4 + side info (MPEG-1: 32 stereo, 17 mono; MPEG-2: 17, 9):
//	  "Xing" or "Info", flags (4), then per flag bit: frames (1, 4 bytes),
//	  bytes (2, 4), TOC (4, 100), quality (8, 4); then the LAME extension:
//	  version string (9, "LAME3.100", "Lavc59.37"), revision and VBR
//	  method (1), lowpass (1), peak (4), radio gain (2), audiophile gain (2),
//	  flags and ATH (1), bit rate (1), encoder delay (12 bits) and padding
//	  (12 bits) in 3 bytes at offset 21 of the extension, then 12 more.
//	VBRI at byte 36 of the frame: "VBRI", version 1 (2), delay (2),
//	  quality (2), bytes (4), frames (4), then a TOC.
//
// Every value is a number to check, never a size to allocate.
type vbrTag struct {
	kind    string // "Xing", "Info" or "VBRI"
	frames  int64  // audio frames after the tag frame, or 0 if not given
	bytes   int64  // bytes of the stream (tag frame included), or 0 if not given
	lame    bool   // a LAME extension from LAME or FFmpeg ("LAME", "Lavf", "Lavc")
	delay   int    // encoder delay in samples, 0..4095 (only if lame)
	padding int    // padding at the end in samples, 0..4095 (only if lame)
}

// parseVBRTag reads the Xing/Info or VBRI header from frame, the bytes of
// the first frame (header included, at most its length), whose header is
// h. It reports false when the frame is an ordinary audio frame.
func parseVBRTag(frame []byte, h mpegHeader) (vbrTag, bool) {
	off := 4 + xingSideInfoLen(h)
	if off+8 <= len(frame) {
		switch id := string(frame[off : off+4]); id {
		case "Xing", "Info":
			return parseXing(frame[off:], id), true
		}
	}
	const vbriAt = 4 + 32
	if vbriAt+18 <= len(frame) && string(frame[vbriAt:vbriAt+4]) == "VBRI" &&
		binary.BigEndian.Uint16(frame[vbriAt+4:]) == 1 {
		return vbrTag{
			kind:   "VBRI",
			bytes:  int64(binary.BigEndian.Uint32(frame[vbriAt+10:])),
			frames: int64(binary.BigEndian.Uint32(frame[vbriAt+14:])),
		}, true
	}
	return vbrTag{}, false
}

// xingSideInfoLen is the length of the Layer III side information, after
// which a Xing/Info header starts. Like ffmpeg (and LAME, which never
// protects the tag frame), it does not allow for a CRC.
func xingSideInfoLen(h mpegHeader) int {
	switch {
	case h.version() == mpeg1 && !h.mono():
		return 32
	case h.version() == mpeg1, !h.mono():
		return 17
	}
	return 9
}

// parseXing reads a Xing/Info header and its LAME extension from b, which
// starts at the "Xing"/"Info" identifier and ends with the frame. Fields
// the frame is too short to hold are left at zero.
func parseXing(b []byte, id string) vbrTag {
	t := vbrTag{kind: id}
	flags := binary.BigEndian.Uint32(b[4:])
	p := 8
	if flags&1 != 0 {
		if p+4 <= len(b) {
			t.frames = int64(binary.BigEndian.Uint32(b[p:]))
		}
		p += 4
	}
	if flags&2 != 0 {
		if p+4 <= len(b) {
			t.bytes = int64(binary.BigEndian.Uint32(b[p:]))
		}
		p += 4
	}
	if flags&4 != 0 {
		p += 100 // seek table
	}
	if flags&8 != 0 {
		p += 4 // VBR quality
	}
	if p+24 > len(b) {
		return t
	}
	switch string(b[p : p+4]) {
	case "LAME", "Lavf", "Lavc":
		v := int(b[p+21])<<16 | int(b[p+22])<<8 | int(b[p+23])
		t.lame, t.delay, t.padding = true, v>>12, v&0xFFF
	}
	return t
}

// gapless says which of go-mp3's decoded samples are the recording. Sample
// indices count from the first frame after the tag frame; samples in
// [0, skip) and in [discardFrom, discardTo) are dropped, as ffmpeg drops
// them (its start_skip_samples, first_discard_sample and
// last_discard_sample).
type gapless struct {
	skip                   int64
	discardFrom, discardTo int64
}

// untrimmed keeps every decoded sample.
var untrimmed = gapless{discardFrom: math.MaxInt64, discardTo: math.MaxInt64}

// trimFor returns the trim a tag asks for, given the samples per frame,
// the number of decoded samples the frame scan counted (a lower bound when
// the scan was not exact) and the bytes from just after the tag frame's
// header to the end of the file. It falls back to untrimmed when the tag
// has no LAME extension, and when the start skip is longer than the
// stream (where ffmpeg would yield nothing).
func (t vbrTag) trimFor(spf int, counted int64, fileBytes int64) gapless {
	if !t.lame {
		return untrimmed
	}
	g := untrimmed
	g.skip = int64(t.delay) + decoderDelay
	frames := t.frames
	// ffmpeg's test for concatenated files: a stream more than 1/16
	// longer than the tag says is not the stream the tag describes, so
	// its end is not trimmed.
	if t.bytes > 0 && fileBytes > t.bytes && fileBytes-t.bytes > t.bytes>>4 {
		frames = 0
	}
	if frames > 0 {
		// [total - padding + 529, total) in the tag's own count. ffmpeg
		// leaves the end alone when that range is empty or begins inside
		// the start skip (measured: ffmpeg 5.1 drops only the start then).
		total := frames * int64(spf)
		if from := total - int64(t.padding) + decoderDelay; from < total && from >= g.skip {
			g.discardFrom, g.discardTo = from, total
		}
	}
	if g.skip > counted {
		return untrimmed // more delay than the stream holds
	}
	return g
}

// kept is the number of samples out of total decoded ones that the trim
// keeps.
func (g gapless) kept(total int64) int64 {
	n := max(0, min(total, g.discardFrom)-g.skip)
	return n + max(0, total-max(g.skip, g.discardTo))
}

// readVBRTag reads the first frame at off (header h) and parses its tag,
// reading no further than end.
func readVBRTag(r io.ReaderAt, off int64, h mpegHeader, end int64) (vbrTag, bool) {
	var buf [maxTagFrame]byte
	n := min(int64(h.frameLen()), end-off, int64(len(buf)))
	if n < 4 || readFullAt(r, buf[:n], off) != nil {
		return vbrTag{}, false
	}
	return parseVBRTag(buf[:n], h)
}
