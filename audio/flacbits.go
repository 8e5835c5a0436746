package audio

import (
	"errors"
	"io"
	"math/bits"
)

// flacReader reads the audio frames of a FLAC stream: bytes through one
// reused buffer, and bits MSB-first through a 64-bit cache. It keeps the
// running CRC-16 of the current frame (RFC 9639 section 9.3), folding in
// each buffer's bytes before the buffer is refilled, so a frame of any
// length is checked without being held whole.
type flacReader struct {
	src    io.Reader
	buf    []byte
	pos    int   // next byte of buf to move into the cache
	end    int   // bytes of buf filled
	base   int64 // file offset of buf[0]
	eof    bool  // src has no more bytes
	err    error // a read error other than EOF
	cache  uint64
	n      uint   // valid bits in cache, left-aligned
	crc    uint16 // CRC-16 of the frame bytes before buf[crcPos]
	crcPos int
}

const flacReadBuffer = 64 << 10

func newFLACReader(src io.Reader, base int64) *flacReader {
	return &flacReader{src: src, buf: make([]byte, flacReadBuffer), base: base}
}

// errFLACShort is returned when the stream ends inside a frame.
var errFLACShort = errors.New("stream ends inside a frame")

// refill folds the bytes already taken from buf into the CRC, keeps any
// bytes not yet taken, and reads more. It reports whether any byte is
// available.
func (r *flacReader) refill() bool {
	r.crc = crc16(r.crc, r.buf[r.crcPos:r.pos])
	keep := copy(r.buf, r.buf[r.pos:r.end])
	r.base += int64(r.pos)
	r.pos, r.end, r.crcPos = 0, keep, 0
	for r.end < len(r.buf) && !r.eof && r.err == nil {
		m, err := r.src.Read(r.buf[r.end:])
		r.end += m
		if err == io.EOF {
			r.eof = true
		} else if err != nil {
			r.err = err
		} else if m == 0 {
			break
		}
		if r.end-keep >= 4096 {
			break // enough to go on with
		}
	}
	return r.end > 0
}

// fill makes sure the cache holds at least need bits (need <= 56).
func (r *flacReader) fill(need uint) error {
	for r.n < need {
		if r.pos == r.end && !r.refill() {
			if r.err != nil {
				return r.err
			}
			return errFLACShort
		}
		// Take as many whole bytes as fit.
		for r.n <= 56 && r.pos < r.end {
			r.cache |= uint64(r.buf[r.pos]) << (56 - r.n)
			r.pos++
			r.n += 8
		}
	}
	return nil
}

// topUp moves whole bytes from the buffer into the cache while they fit,
// without reading from the source.
func (r *flacReader) topUp() {
	for r.n <= 56 && r.pos < r.end {
		r.cache |= uint64(r.buf[r.pos]) << (56 - r.n)
		r.pos++
		r.n += 8
	}
}

// bits reads n bits (n <= 56) as an unsigned number.
func (r *flacReader) bits(n uint) (uint64, error) {
	if n == 0 {
		return 0, nil
	}
	if r.n < n {
		if err := r.fill(n); err != nil {
			return 0, err
		}
	}
	v := r.cache >> (64 - n)
	r.cache <<= n
	r.n -= n
	return v, nil
}

// signed reads n bits (1 <= n <= 56) as a two's complement number.
func (r *flacReader) signed(n uint) (int64, error) {
	v, err := r.bits(n)
	return int64(v<<(64-n)) >> (64 - n), err
}

// unary counts the 0 bits before the next 1 bit and consumes them all.
// It gives up past limit zeros.
func (r *flacReader) unary(limit uint64) (uint64, error) {
	var q uint64
	for {
		if r.n == 0 {
			if err := r.fill(8); err != nil {
				return 0, err
			}
		}
		lz := uint(bits.LeadingZeros64(r.cache))
		if lz < r.n {
			r.cache <<= lz + 1
			r.n -= lz + 1
			return q + uint64(lz), nil
		}
		q += uint64(r.n)
		r.cache, r.n = 0, 0
		if q > limit {
			return q, errFLACRange
		}
	}
}

var errFLACRange = errors.New("value out of range")

// align drops the bits left of the current byte.
func (r *flacReader) align() {
	d := r.n % 8
	r.cache <<= d
	r.n -= d
}

// offset is the file offset of the next bit's byte.
func (r *flacReader) offset() int64 {
	return r.base + int64(r.pos) - int64(r.n/8)
}

// startFrame puts back the whole bytes still in the cache (the reader is
// byte-aligned between frames) and restarts the CRC at the next byte.
func (r *flacReader) startFrame() {
	r.align()
	r.pos -= int(r.n / 8)
	r.cache, r.n = 0, 0
	r.crc, r.crcPos = 0, r.pos
}

// frameCRC returns the CRC-16 of the frame bytes read so far (the reader
// must be byte-aligned).
func (r *flacReader) frameCRC() uint16 {
	return crc16(r.crc, r.buf[r.crcPos:r.pos-int(r.n/8)])
}

// peek returns up to n bytes from the next byte on without consuming them
// (the reader must be between frames, after startFrame). Fewer are given
// only at the end of the stream.
func (r *flacReader) peek(n int) []byte {
	if r.end-r.pos < n && !r.eof && r.err == nil {
		r.refill()
		r.crcPos = r.pos
	}
	return r.buf[r.pos:min(r.end, r.pos+n)]
}

// skip consumes n bytes given by peek.
func (r *flacReader) skip(n int) { r.pos += n }

// crc8Table and crc16Table are the CRCs of RFC 9639 section 9.1.1 (frame
// header, polynomial x^8 + x^2 + x + 1) and 9.3 (frame, polynomial
// x^16 + x^15 + x^2 + 1), both with an initial value of 0.
var crc8Table, crc16Table = func() (t8 [256]uint8, t16 [256]uint16) {
	for i := range 256 {
		c8 := uint8(i)
		c16 := uint16(i) << 8
		for range 8 {
			if c8&0x80 != 0 {
				c8 = c8<<1 ^ 0x07
			} else {
				c8 <<= 1
			}
			if c16&0x8000 != 0 {
				c16 = c16<<1 ^ 0x8005
			} else {
				c16 <<= 1
			}
		}
		t8[i], t16[i] = c8, c16
	}
	return
}()

func crc8(b []byte) uint8 {
	var c uint8
	for _, v := range b {
		c = crc8Table[c^v]
	}
	return c
}

func crc16(c uint16, b []byte) uint16 {
	for _, v := range b {
		c = c<<8 ^ crc16Table[byte(c>>8)^v]
	}
	return c
}
