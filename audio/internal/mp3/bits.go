package mp3

import "encoding/binary"

// bitReader reads a byte slice MSB first. Reads past the end give zero
// bits, never a panic: the slice must be followed by at least 8 bytes the
// reader may look at (slack), which decoders keep zero.
type bitReader struct {
	data []byte // the bytes, including the slack
	pos  int    // bit position
}

// peek32 returns the next 32 bits without consuming them.
func (b *bitReader) peek32() uint32 {
	i := b.pos >> 3
	if i+8 <= len(b.data) {
		return uint32(binary.BigEndian.Uint64(b.data[i:]) << (b.pos & 7) >> 32)
	}
	var v uint64
	for k := 0; k < 8; k++ {
		v <<= 8
		if i+k < len(b.data) && i+k >= 0 {
			v |= uint64(b.data[i+k])
		}
	}
	return uint32(v << (b.pos & 7) >> 32)
}

// peek64At returns the 64 bits from bit position pos: the first
// 64 - pos%8 are the stream's (zeros past its end), the rest zero.
func (b *bitReader) peek64At(pos int) uint64 {
	i := pos >> 3
	if i+8 <= len(b.data) {
		return binary.BigEndian.Uint64(b.data[i:]) << (pos & 7)
	}
	var v uint64
	for k := 0; k < 8; k++ {
		v <<= 8
		if i+k < len(b.data) && i+k >= 0 {
			v |= uint64(b.data[i+k])
		}
	}
	return v << (pos & 7)
}

// read consumes n bits (0 to 32) and returns them.
func (b *bitReader) read(n int) int {
	v := b.peek32() >> (32 - n) // n == 0 gives 0: Go shifts by 32 to zero
	b.pos += n
	return int(v)
}

// bit consumes one bit.
func (b *bitReader) bit() int { return b.read(1) }
