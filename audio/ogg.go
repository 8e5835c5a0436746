package audio

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Ogg framing (RFC 3533): pages of at most 255 segments of at most 255
// bytes each, behind a 27-byte header and the segment table.
const (
	oggHeaderLen = 27
	oggMaxPage   = oggHeaderLen + 255 + 255*255
)

// Page header flags.
const (
	oggContinued = 1
	oggBOS       = 2
	oggEOS       = 4
)

// oggPage is one checked Ogg page. body and segs point into the reader's
// buffer and are valid until the next page is read.
type oggPage struct {
	flags   byte
	granule int64 // -1: no packet ends on this page
	serial  uint32
	seq     uint32
	segs    []byte // the lacing values
	body    []byte
	offset  int64 // file offset of the page
}

// errOggEnd is returned by oggReader.page at a clean end of the input
// (between pages).
var errOggEnd = errors.New("end of the Ogg stream")

// oggReader reads the pages of one logical stream (the first one it
// meets) and the packets in them, through one reused buffer of the
// largest page size and one packet buffer of at most maxPacket bytes.
// Pages of other logical streams (a video track, say) are skipped.
type oggReader struct {
	r      *bufio.Reader
	offset int64 // file offset of the next byte of r
	buf    []byte
	serial uint32
	locked bool // serial is the stream followed
	pg     oggPage
	seg    int // next segment of pg
	bodyAt int // next byte of pg.body
	have   bool
	packet []byte
	eos    bool // the page with the end-of-stream flag was read
	// pending is an error met reading a page ahead, returned by the
	// next call to page.
	pending error
}

func newOggReader(r io.Reader, offset int64, maxPacket int) *oggReader {
	return &oggReader{
		r:      bufio.NewReaderSize(r, 32<<10),
		offset: offset,
		buf:    make([]byte, oggMaxPage),
		packet: make([]byte, 0, maxPacket),
	}
}

// page reads the next page of the stream followed. It returns errOggEnd
// at a clean end of the input, and errors wrapping ErrTruncated or
// ErrCorrupt (with the page's offset) otherwise.
func (o *oggReader) page() (*oggPage, error) {
	if err := o.pending; err != nil {
		o.pending = nil
		return nil, err
	}
	for {
		at := o.offset
		h := o.buf[:oggHeaderLen]
		n, err := io.ReadFull(o.r, h)
		o.offset += int64(n)
		if err == io.EOF {
			return nil, errOggEnd
		}
		if err != nil {
			return nil, o.readError(at, err)
		}
		pg, err := parseOggPageHeader(h, at)
		if err != nil {
			return nil, err
		}
		nsegs := int(h[26])
		segs := o.buf[oggHeaderLen : oggHeaderLen+nsegs]
		n, err = io.ReadFull(o.r, segs)
		o.offset += int64(n)
		if err != nil {
			return nil, o.readError(at, err)
		}
		size := 0
		for _, v := range segs {
			size += int(v)
		}
		body := o.buf[oggHeaderLen+nsegs : oggHeaderLen+nsegs+size]
		n, err = io.ReadFull(o.r, body)
		o.offset += int64(n)
		if err != nil {
			return nil, o.readError(at, err)
		}
		if got, want := oggCRC(o.buf[:oggHeaderLen+nsegs+size]), binary.LittleEndian.Uint32(h[22:]); got != want {
			return nil, fmt.Errorf("ogg: page at byte %d fails its CRC check: %w", at, ErrCorrupt)
		}
		pg.segs, pg.body = segs, body
		if !o.locked {
			if pg.flags&oggBOS == 0 {
				return nil, fmt.Errorf("ogg: first page at byte %d does not begin a stream: %w", at, ErrCorrupt)
			}
			o.serial, o.locked = pg.serial, true
		}
		if o.eos && pg.flags&oggBOS != 0 {
			// Grouped streams all begin before any data, so a stream that
			// begins after the followed one ended is a chained one.
			return nil, fmt.Errorf("ogg: a second, chained stream begins at byte %d after the first one ended (chained Ogg files are not decoded; split them first): %w", at, ErrUnsupported)
		}
		if pg.serial != o.serial {
			continue // another logical stream
		}
		if o.eos {
			return nil, fmt.Errorf("ogg: page at byte %d follows its stream's end-of-stream page: %w", at, ErrCorrupt)
		}
		o.pg = pg
		if pg.flags&oggEOS != 0 {
			o.eos = true
		}
		return &o.pg, nil
	}
}

// readError wraps an error met inside the page at byte at.
func (o *oggReader) readError(at int64, err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("ogg: file ends inside the page at byte %d: %w", at, ErrTruncated)
	}
	return fmt.Errorf("ogg: reading the page at byte %d: %w", at, err)
}

// parseOggPageHeader checks the fixed 27-byte header h of the page at
// byte at.
func parseOggPageHeader(h []byte, at int64) (oggPage, error) {
	if string(h[:4]) != "OggS" {
		return oggPage{}, fmt.Errorf("ogg: no page capture pattern \"OggS\" at byte %d: %w", at, ErrCorrupt)
	}
	if h[4] != 0 {
		// Version 0 is the only one there is.
		return oggPage{}, fmt.Errorf("ogg: page at byte %d has stream structure version %d, not 0: %w", at, h[4], ErrCorrupt)
	}
	if h[5]&^7 != 0 {
		return oggPage{}, fmt.Errorf("ogg: page at byte %d has reserved flag bits set (0x%02x): %w", at, h[5], ErrCorrupt)
	}
	return oggPage{
		flags:   h[5],
		granule: int64(binary.LittleEndian.Uint64(h[6:])),
		serial:  binary.LittleEndian.Uint32(h[14:]),
		seq:     binary.LittleEndian.Uint32(h[18:]),
		offset:  at,
	}, nil
}

// nextPacket returns the next whole packet of the stream, which stays valid
// until the next call, and the granule position of the page it ends on
// when it is that page's last packet (-1 otherwise). A packet longer than
// the packet buffer is an ErrCorrupt error when keep is true; with keep
// false such a packet is read and dropped (for metadata that is skipped).
// At the end of the stream it returns io.EOF; a stream cut inside a
// packet, or without its end-of-stream page, gives an ErrTruncated error.
func (o *oggReader) nextPacket(keep bool) ([]byte, int64, error) {
	o.packet = o.packet[:0]
	started := false
	overflow := false
	var startAt int64
	for {
		if !o.have || o.seg == len(o.pg.segs) {
			if o.have && o.eos {
				if started {
					return nil, 0, fmt.Errorf("ogg: the packet starting on the page at byte %d is not finished on the last page: %w", startAt, ErrCorrupt)
				}
				// Read what follows, so that a chained stream after this
				// one is refused rather than silently dropped.
				switch _, err := o.page(); {
				case err == nil:
					return nil, 0, fmt.Errorf("ogg: a page follows the end-of-stream page: %w", ErrCorrupt)
				case !errors.Is(err, errOggEnd):
					return nil, 0, err
				}
				return nil, 0, io.EOF
			}
			pg, err := o.page()
			if errors.Is(err, errOggEnd) {
				at := o.offset
				if started {
					return nil, 0, fmt.Errorf("ogg: file ends at byte %d inside the packet starting on the page at byte %d: %w", at, startAt, ErrTruncated)
				}
				return nil, 0, fmt.Errorf("ogg: file ends at byte %d without an end-of-stream page: %w", at, ErrTruncated)
			}
			if err != nil {
				return nil, 0, err
			}
			cont := pg.flags&oggContinued != 0
			if started != cont {
				if started {
					return nil, 0, fmt.Errorf("ogg: page at byte %d does not continue the packet begun before it: %w", pg.offset, ErrCorrupt)
				}
				// A continued packet whose start was never seen (the
				// first page after the headers, in a stream cut from a
				// longer one): skip its rest.
				return nil, 0, fmt.Errorf("ogg: page at byte %d continues a packet that was never begun: %w", pg.offset, ErrCorrupt)
			}
			o.seg, o.bodyAt, o.have = 0, 0, true
			continue
		}
		if !started {
			started, startAt = true, o.pg.offset
		}
		l := int(o.pg.segs[o.seg])
		chunk := o.pg.body[o.bodyAt : o.bodyAt+l]
		o.seg++
		o.bodyAt += l
		if len(o.packet)+l > cap(o.packet) {
			overflow = true
		}
		if !overflow {
			o.packet = append(o.packet, chunk...)
		}
		if l < 255 {
			if overflow && keep {
				return nil, 0, fmt.Errorf("ogg: packet starting on the page at byte %d is longer than %d bytes: %w", startAt, cap(o.packet), ErrCorrupt)
			}
			granule := int64(-1)
			if o.seg == len(o.pg.segs) {
				granule = o.pg.granule
			}
			return o.packet, granule, nil
		}
	}
}

// oggCRCTable is the CRC-32 of Ogg pages (polynomial 0x04C11DB7, MSB
// first, initial value 0, no final XOR), with the CRC field read as 0.
var oggCRCTable = func() (t [256]uint32) {
	for i := range t {
		c := uint32(i) << 24
		for range 8 {
			if c&0x80000000 != 0 {
				c = c<<1 ^ 0x04C11DB7
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return
}()

// oggCRC computes the checksum of a whole page, whose CRC field (bytes
// 22 to 25) counts as zero.
func oggCRC(page []byte) uint32 {
	var c uint32
	for i, v := range page {
		if i >= 22 && i < 26 {
			v = 0
		}
		c = c<<8 ^ oggCRCTable[byte(c>>24)^v]
	}
	return c
}

// lastOggGranule finds the last page of the logical stream serial in the
// final oggMaxPage bytes of r (size bytes), reading them into buf, and
// returns its granule position and whether it carries the end-of-stream
// flag. Only pages whose CRC checks are believed. ok is false when no such
// page with a granule position is there.
func lastOggGranule(r io.ReaderAt, size int64, serial uint32, buf []byte) (granule int64, eos, ok bool) {
	start := max(0, size-int64(len(buf)))
	b := buf[:size-start]
	if readFullAt(r, b, start) != nil {
		return 0, false, false
	}
	for i := len(b) - oggHeaderLen; i >= 0; i-- {
		if b[i] != 'O' || string(b[i:i+4]) != "OggS" {
			continue
		}
		h := b[i:]
		pg, err := parseOggPageHeader(h, start+int64(i))
		if err != nil || pg.serial != serial || pg.granule < 0 {
			continue
		}
		nsegs := int(h[26])
		if len(h) < oggHeaderLen+nsegs {
			continue
		}
		n := oggHeaderLen + nsegs
		for _, v := range h[oggHeaderLen:n] {
			n += int(v)
		}
		if len(h) < n || oggCRC(h[:n]) != binary.LittleEndian.Uint32(h[22:]) {
			continue
		}
		return pg.granule, pg.flags&oggEOS != 0, true
	}
	return 0, false, false
}
