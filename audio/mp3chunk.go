package audio

import (
	"errors"
	"io"
)

// chunkReader reads small pieces (frame headers, frames) of [0, size) of
// an io.ReaderAt through one fixed buffer, refilled a chunk at a time: one
// ReadAt per chunk instead of one or two per MPEG frame (a system call
// each on a file: 20 % of the CPU time of decoding 44.1 kHz stereo).
type chunkReader struct {
	r    io.ReaderAt
	size int64
	buf  []byte
	off  int64 // file offset of buf[0]
	n    int   // valid bytes in buf
}

// mp3Chunk is the chunk size: many frames (the longest is 1441 bytes).
const mp3Chunk = 32 << 10

func newChunkReader(r io.ReaderAt, size int64) *chunkReader {
	return &chunkReader{r: r, size: size, buf: make([]byte, mp3Chunk)}
}

// at returns the n bytes at off (n at most the buffer's length), valid
// until the next call. Bytes past the size are an io.ErrUnexpectedEOF.
func (c *chunkReader) at(off int64, n int) ([]byte, error) {
	if off < 0 || n > len(c.buf) {
		return nil, errors.New("mp3: read out of range")
	}
	if off+int64(n) > c.size {
		return nil, io.ErrUnexpectedEOF
	}
	if off < c.off || off+int64(n) > c.off+int64(c.n) {
		m := int(min(int64(len(c.buf)), c.size-off))
		got, err := c.r.ReadAt(c.buf[:m], off)
		if got < n {
			c.n = 0
			if err == nil || errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		c.off, c.n = off, got
	}
	i := int(off - c.off)
	return c.buf[i : i+n], nil
}
