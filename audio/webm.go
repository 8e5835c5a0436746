package audio

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Matroska/WebM element IDs (with their length marker, as written) that
// this package reads. Every other element is skipped by its size.
const (
	ebmlHeaderID     = 0x1A45DFA3
	ebmlDocTypeID    = 0x4282
	mkvSegmentID     = 0x18538067
	mkvTracksID      = 0x1654AE6B
	mkvTrackEntryID  = 0xAE
	mkvTrackNumberID = 0xD7
	mkvTrackTypeID   = 0x83
	mkvCodecIDID     = 0x86
	mkvCodecPrivID   = 0x63A2
	mkvAudioID       = 0xE1
	mkvChannelsID    = 0x9F
	mkvClusterID     = 0x1F43B675
	mkvSimpleBlockID = 0xA3
	mkvBlockGroupID  = 0xA0
	mkvBlockID       = 0xA1
	mkvDiscardPadID  = 0x75A2
)

// ebmlUnknown is the size of an element whose writer did not know it
// (live recordings: MediaRecorder in browsers writes such Segments and
// Clusters).
const ebmlUnknown = -1

// ebmlElement is one element header: its ID, the offset of its body and
// the body's size (ebmlUnknown when not given).
type ebmlElement struct {
	id   uint32
	body int64
	size int64
}

// readEBMLHeader reads the element header at byte off from br.
func readEBMLHeader(br io.ByteReader, off int64) (ebmlElement, error) {
	next := br.ReadByte
	first, err := next()
	if err != nil {
		return ebmlElement{}, err
	}
	idLen := 1
	for idLen <= 4 && first&(0x80>>(idLen-1)) == 0 {
		idLen++
	}
	if idLen > 4 {
		return ebmlElement{}, fmt.Errorf("webm: malformed element ID at byte %d: %w", off, ErrCorrupt)
	}
	id := uint32(first)
	for range idLen - 1 {
		c, err := next()
		if err != nil {
			return ebmlElement{}, unexpected(err)
		}
		id = id<<8 | uint32(c)
	}
	c, err := next()
	if err != nil {
		return ebmlElement{}, unexpected(err)
	}
	sizeLen := 1
	for sizeLen <= 8 && c&(0x80>>(sizeLen-1)) == 0 {
		sizeLen++
	}
	if sizeLen > 8 {
		return ebmlElement{}, fmt.Errorf("webm: malformed element size at byte %d: %w", off, ErrCorrupt)
	}
	size := uint64(c) & (0xFF >> sizeLen)
	allOnes := size == 0xFF>>sizeLen
	for range sizeLen - 1 {
		c, err := next()
		if err != nil {
			return ebmlElement{}, unexpected(err)
		}
		size = size<<8 | uint64(c)
		allOnes = allOnes && c == 0xFF
	}
	e := ebmlElement{id: id, body: off + int64(idLen+sizeLen), size: int64(size)}
	if allOnes {
		e.size = ebmlUnknown
	} else if size > 1<<56 {
		return ebmlElement{}, fmt.Errorf("webm: element at byte %d claims %d bytes: %w", off, size, ErrCorrupt)
	}
	return e, nil
}

// byteReaderAt reads bytes one at a time from an io.ReaderAt, for the few
// element headers read at open.
type byteReaderAt struct {
	r   io.ReaderAt
	off int64
}

func (b *byteReaderAt) ReadByte() (byte, error) {
	var c [1]byte
	if _, err := b.r.ReadAt(c[:], b.off); err != nil {
		return 0, err
	}
	b.off++
	return c[0], nil
}

// unexpected turns an EOF inside an element header into ErrUnexpectedEOF.
func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// webmTrack is what the Tracks element says about the Opus track.
type webmTrack struct {
	number   uint64
	head     []byte // CodecPrivate: the OpusHead packet
	channels int
}

// webmInfo is what openWebM finds before the first Cluster.
type webmInfo struct {
	track    webmTrack
	clusters int64 // offset of the first Cluster
	end      int64 // end of the Segment (or of the file)
}

// parseWebM walks the EBML header and the Segment's top-level elements up
// to the first Cluster, reading only the DocType and the Tracks. Sizes
// are compared with the file size before anything is read; nothing is
// allocated from them beyond the 255-byte bound on CodecPrivate.
func parseWebM(r io.ReaderAt, size int64) (webmInfo, error) {
	var info webmInfo
	header := func(off, end int64) (ebmlElement, error) {
		e, err := readEBMLHeader(&byteReaderAt{r: r, off: off}, off)
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return e, fmt.Errorf("webm: file ends inside the element header at byte %d: %w", off, ErrCorrupt)
			}
			return e, err
		}
		// A Segment or Cluster cut short is read up to the cut (a
		// recording that stopped); anything else that does not fit is
		// corrupt.
		if e.size != ebmlUnknown && e.body+e.size > end && e.id != mkvClusterID && e.id != mkvSegmentID {
			return e, fmt.Errorf("webm: element 0x%X at byte %d claims %d bytes but only %d follow: %w", e.id, off, e.size, end-e.body, ErrCorrupt)
		}
		return e, nil
	}
	// The EBML header and its DocType.
	e, err := header(0, size)
	if err != nil {
		return info, err
	}
	if e.id != ebmlHeaderID || e.size == ebmlUnknown {
		return info, fmt.Errorf("webm: no EBML header: %w", ErrCorrupt)
	}
	docType := ""
	for off := e.body; off < e.body+e.size; {
		c, err := header(off, e.body+e.size)
		if err != nil || c.size == ebmlUnknown {
			return info, fmt.Errorf("webm: malformed EBML header: %w", ErrCorrupt)
		}
		if c.id == ebmlDocTypeID && c.size <= 16 {
			b := make([]byte, c.size)
			if err := readFullAt(r, b, c.body); err != nil {
				return info, fmt.Errorf("webm: reading the DocType: %w", ErrCorrupt)
			}
			docType = string(b)
		}
		off = c.body + c.size
	}
	if docType != "webm" && docType != "matroska" {
		return info, fmt.Errorf("webm: EBML document of type %q, not WebM or Matroska: %w", docType, ErrUnsupported)
	}
	seg, err := header(e.body+e.size, size)
	if err != nil {
		return info, err
	}
	if seg.id != mkvSegmentID {
		return info, fmt.Errorf("webm: no Segment after the EBML header: %w", ErrCorrupt)
	}
	info.end = size
	if seg.size != ebmlUnknown {
		info.end = min(size, seg.body+seg.size)
	}
	found := false
	for off := seg.body; ; {
		if off >= info.end {
			return info, fmt.Errorf("webm: the Segment holds no Cluster (no audio): %w", ErrCorrupt)
		}
		c, err := header(off, info.end)
		if err != nil {
			return info, err
		}
		if c.id == mkvClusterID {
			info.clusters = off
			break
		}
		if c.size == ebmlUnknown {
			return info, fmt.Errorf("webm: element 0x%X at byte %d has an unknown size: %w", c.id, off, ErrUnsupported)
		}
		if c.id == mkvTracksID && !found {
			if info.track, found, err = parseWebMTracks(r, c, header); err != nil {
				return info, err
			}
		}
		off = c.body + c.size
	}
	if !found {
		return info, fmt.Errorf("webm: no Opus audio track before the first Cluster: %w", ErrUnsupported)
	}
	return info, nil
}

// parseWebMTracks finds the first audio track in the Tracks element t. It
// must be Opus.
func parseWebMTracks(r io.ReaderAt, t ebmlElement, header func(off, end int64) (ebmlElement, error)) (webmTrack, bool, error) {
	uintAt := func(e ebmlElement) (uint64, error) {
		if e.size > 8 {
			return 0, fmt.Errorf("webm: integer element 0x%X at byte %d is %d bytes: %w", e.id, e.body, e.size, ErrCorrupt)
		}
		var b [8]byte
		if err := readFullAt(r, b[8-e.size:], e.body); err != nil {
			return 0, fmt.Errorf("webm: reading element 0x%X: %w", e.id, ErrCorrupt)
		}
		return binary.BigEndian.Uint64(b[:]), nil
	}
	end := t.body + t.size
	for off := t.body; off < end; {
		entry, err := header(off, end)
		if err != nil {
			return webmTrack{}, false, err
		}
		if entry.size == ebmlUnknown {
			return webmTrack{}, false, fmt.Errorf("webm: track entry at byte %d has an unknown size: %w", off, ErrCorrupt)
		}
		off = entry.body + entry.size
		if entry.id != mkvTrackEntryID {
			continue
		}
		tr := webmTrack{}
		var typ uint64
		codec := ""
		eEnd := entry.body + entry.size
		for o := entry.body; o < eEnd; {
			c, err := header(o, eEnd)
			if err != nil {
				return webmTrack{}, false, err
			}
			if c.size == ebmlUnknown {
				return webmTrack{}, false, fmt.Errorf("webm: element at byte %d has an unknown size: %w", o, ErrCorrupt)
			}
			o = c.body + c.size
			switch c.id {
			case mkvTrackNumberID:
				tr.number, err = uintAt(c)
			case mkvTrackTypeID:
				typ, err = uintAt(c)
			case mkvCodecIDID:
				if c.size > 32 {
					return webmTrack{}, false, fmt.Errorf("webm: CodecID at byte %d is %d bytes: %w", c.body, c.size, ErrCorrupt)
				}
				b := make([]byte, c.size)
				if err := readFullAt(r, b, c.body); err != nil {
					return webmTrack{}, false, fmt.Errorf("webm: reading CodecID: %w", ErrCorrupt)
				}
				codec = string(b)
			case mkvCodecPrivID:
				if c.size > 255 {
					return webmTrack{}, false, fmt.Errorf("webm: CodecPrivate at byte %d is %d bytes, more than an OpusHead holds: %w", c.body, c.size, ErrCorrupt)
				}
				tr.head = make([]byte, c.size)
				if err := readFullAt(r, tr.head, c.body); err != nil {
					return webmTrack{}, false, fmt.Errorf("webm: reading CodecPrivate: %w", ErrCorrupt)
				}
			}
			if err != nil {
				return webmTrack{}, false, err
			}
		}
		if typ != 2 { // not audio
			continue
		}
		if codec != "A_OPUS" {
			return webmTrack{}, false, fmt.Errorf("webm: the audio track is %q, not Opus: %w", codec, ErrUnsupported)
		}
		return tr, true, nil
	}
	return webmTrack{}, false, nil
}

// webmReader reads the Opus track's packets from the Clusters, one
// element at a time through a buffered reader, into one packet buffer of
// at most maxPacket bytes. Masters it does not read into (Cues, Tags,
// Chapters, Attachments: metadata that may hold names) are skipped by
// their size.
type webmReader struct {
	r       *bufio.Reader
	offset  int64
	end     int64
	track   uint64
	buf     []byte // a SimpleBlock or a whole BlockGroup
	discard int64  // DiscardPadding of the last BlockGroup, in ns
}

func newWebMReader(r io.ReaderAt, info webmInfo, maxPacket int) *webmReader {
	return &webmReader{
		r:      bufio.NewReaderSize(io.NewSectionReader(r, info.clusters, info.end-info.clusters), 32<<10),
		offset: info.clusters,
		end:    info.end,
		track:  info.track.number,
		buf:    make([]byte, 0, maxPacket),
	}
}

// nextPacket returns the next Opus packet of the track, the DiscardPadding
// given with it (ns, 0 if none) and the offset of its block. At the end of
// the Segment it returns io.EOF; a file cut inside an element gives an
// ErrTruncated error.
func (w *webmReader) nextPacket() ([]byte, int64, int64, error) {
	for {
		at := w.offset
		if at >= w.end {
			return nil, 0, at, io.EOF
		}
		e, err := readEBMLHeader(w.r, at)
		w.offset = e.body
		if err == io.EOF {
			return nil, 0, at, io.EOF
		}
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, 0, at, fmt.Errorf("webm: file ends inside the element header at byte %d: %w", at, ErrTruncated)
			}
			return nil, 0, at, err
		}
		switch e.id {
		case mkvClusterID, mkvSegmentID:
			continue // read into
		case mkvSimpleBlockID, mkvBlockGroupID:
		default:
			if e.size == ebmlUnknown {
				return nil, 0, at, fmt.Errorf("webm: element 0x%X at byte %d has an unknown size: %w", e.id, at, ErrCorrupt)
			}
			n, err := w.r.Discard(int(min(e.size, math.MaxInt32)))
			w.offset += int64(n)
			if err != nil || int64(n) < e.size {
				if int64(n) < e.size && err == nil {
					// Over 2 GiB: skip the rest.
					for left := e.size - int64(n); left > 0 && err == nil; {
						n, err = w.r.Discard(int(min(left, math.MaxInt32)))
						w.offset += int64(n)
						left -= int64(n)
					}
				}
				if err != nil {
					return nil, 0, at, fmt.Errorf("webm: file ends inside element 0x%X at byte %d: %w", e.id, at, ErrTruncated)
				}
			}
			continue
		}
		if e.size == ebmlUnknown || e.size > int64(cap(w.buf)) {
			return nil, 0, at, fmt.Errorf("webm: block at byte %d is %d bytes, more than an Opus packet's %d: %w", at, e.size, cap(w.buf), ErrCorrupt)
		}
		b := w.buf[:e.size]
		n, err := io.ReadFull(w.r, b)
		w.offset += int64(n)
		if err != nil {
			return nil, 0, at, fmt.Errorf("webm: file ends inside the block at byte %d: %w", at, ErrTruncated)
		}
		var discard int64
		if e.id == mkvBlockGroupID {
			if b, discard, err = blockOfGroup(b, e.body); err != nil {
				return nil, 0, at, err
			}
			if b == nil {
				continue
			}
		}
		pkt, ok, err := w.blockPayload(b, e.body)
		if err != nil {
			return nil, 0, at, err
		}
		if ok {
			return pkt, discard, at, nil
		}
	}
}

// blockOfGroup finds the Block and the DiscardPadding in the body b of a
// BlockGroup at byte at.
func blockOfGroup(b []byte, at int64) (block []byte, discard int64, err error) {
	for i := 0; i < len(b); {
		e, err := readEBMLHeader(bytes.NewReader(b[i:]), int64(i))
		pos := int(e.body)
		if err != nil || e.size == ebmlUnknown || int64(pos)+e.size > int64(len(b)) {
			return nil, 0, fmt.Errorf("webm: malformed BlockGroup at byte %d: %w", at, ErrCorrupt)
		}
		body := b[pos : pos+int(e.size)]
		switch e.id {
		case mkvBlockID:
			block = body
		case mkvDiscardPadID:
			if len(body) > 8 {
				return nil, 0, fmt.Errorf("webm: DiscardPadding at byte %d is %d bytes: %w", at, len(body), ErrCorrupt)
			}
			var v uint64
			for _, c := range body {
				v = v<<8 | uint64(c)
			}
			if len(body) > 0 {
				discard = int64(v<<(64-8*len(body))) >> (64 - 8*len(body))
			}
		}
		i = pos + int(e.size)
	}
	return block, discard, nil
}

// blockPayload parses a (Simple)Block's header (RFC 9559 section 10.1)
// and returns its frame when it belongs to the track. Laced blocks are
// refused as corrupt: Opus in WebM is stored one packet a block.
func (w *webmReader) blockPayload(b []byte, at int64) ([]byte, bool, error) {
	if len(b) < 4 {
		return nil, false, fmt.Errorf("webm: block at byte %d is %d bytes: %w", at, len(b), ErrCorrupt)
	}
	n := 1
	for n <= 8 && b[0]&(0x80>>(n-1)) == 0 {
		n++
	}
	if n > 8 || len(b) < n+3 {
		return nil, false, fmt.Errorf("webm: malformed track number in the block at byte %d: %w", at, ErrCorrupt)
	}
	track := uint64(b[0]) & (0xFF >> n)
	for _, c := range b[1:n] {
		track = track<<8 | uint64(c)
	}
	if track != w.track {
		return nil, false, nil
	}
	flags := b[n+2]
	if flags&0x06 != 0 {
		return nil, false, fmt.Errorf("webm: laced block at byte %d (Opus is stored one packet a block): %w", at, ErrCorrupt)
	}
	return b[n+3:], true, nil
}
