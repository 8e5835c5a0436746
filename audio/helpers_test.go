package audio_test

import (
	"encoding/binary"
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
)

// chunk is one RIFF chunk for wavBytes. If size is non-nil it is written
// instead of len(body), to build lying headers.
type chunk struct {
	id   string
	body []byte
	size *uint32
}

func sizeOf(n uint32) *uint32 { return &n }

// wavBytes builds a RIFF/WAVE file from chunks, padding odd bodies.
func wavBytes(chunks ...chunk) []byte {
	b := []byte("RIFF\x00\x00\x00\x00WAVE")
	for _, c := range chunks {
		b = append(b, c.id...)
		n := uint32(len(c.body))
		if c.size != nil {
			n = *c.size
		}
		b = binary.LittleEndian.AppendUint32(b, n)
		b = append(b, c.body...)
		if len(c.body)%2 == 1 {
			b = append(b, 0)
		}
	}
	binary.LittleEndian.PutUint32(b[4:], uint32(len(b)-8))
	return b
}

// fmtChunk is a plain 16-byte fmt chunk with a consistent block align.
func fmtChunk(tag uint16, channels uint16, rate uint32, bits uint16) chunk {
	align := channels * bits / 8
	b := binary.LittleEndian.AppendUint16(nil, tag)
	b = binary.LittleEndian.AppendUint16(b, channels)
	b = binary.LittleEndian.AppendUint32(b, rate)
	b = binary.LittleEndian.AppendUint32(b, rate*uint32(align))
	b = binary.LittleEndian.AppendUint16(b, align)
	b = binary.LittleEndian.AppendUint16(b, bits)
	return chunk{id: "fmt ", body: b}
}

// ksGUID is the KSDATAFORMAT_SUBTYPE GUID for a format tag.
func ksGUID(tag uint16) []byte {
	g := binary.LittleEndian.AppendUint16(nil, tag)
	return append(g, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71)
}

// fmtExtensible is a 40-byte WAVE_FORMAT_EXTENSIBLE fmt chunk.
func fmtExtensible(channels uint16, rate uint32, bits, valid uint16, guid []byte) chunk {
	c := fmtChunk(0xFFFE, channels, rate, bits)
	b := binary.LittleEndian.AppendUint16(c.body, 22)
	b = binary.LittleEndian.AppendUint16(b, valid)
	b = binary.LittleEndian.AppendUint32(b, 0) // channel mask
	c.body = append(b, guid...)
	return c
}

func dataChunk(b []byte) chunk { return chunk{id: "data", body: b} }

// pcm16Bytes interleaves int16 samples (already interleaved) little-endian.
func pcm16Bytes(s ...int16) []byte {
	var b []byte
	for _, v := range s {
		b = binary.LittleEndian.AppendUint16(b, uint16(v))
	}
	return b
}

// randomPCM16 returns n seeded random interleaved samples.
func randomPCM16(seed uint64, n int) []int16 {
	rng := rand.New(rand.NewPCG(seed, 1))
	s := make([]int16, n)
	for i := range s {
		s[i] = int16(rng.IntN(65536) - 32768)
	}
	return s
}

// sineBytesPCM16 returns seconds of a mono 16-bit sine at rate.
func sineBytesPCM16(rate int, seconds float64, hz float64) []byte {
	n := int(float64(rate) * seconds)
	b := make([]byte, 0, 2*n)
	for i := range n {
		v := int16(16000 * math.Sin(2*math.Pi*hz*float64(i)/float64(rate)))
		b = binary.LittleEndian.AppendUint16(b, uint16(v))
	}
	return b
}

// memFile is an in-memory io.WriteSeeker (and io.ReadSeeker over what was
// written) for encoder tests and benchmarks.
type memFile struct {
	buf []byte
	pos int
}

func (m *memFile) Write(p []byte) (int, error) {
	if end := m.pos + len(p); end > len(m.buf) {
		if end > cap(m.buf) {
			nb := make([]byte, end, 2*end)
			copy(nb, m.buf)
			m.buf = nb
		}
		m.buf = m.buf[:end]
	}
	copy(m.buf[m.pos:], p)
	m.pos += len(p)
	return len(p), nil
}

func (m *memFile) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		off += int64(m.pos)
	case io.SeekEnd:
		off += int64(len(m.buf))
	}
	if off < 0 {
		return 0, errors.New("memFile: negative position")
	}
	m.pos = int(off)
	return off, nil
}

// reset empties the file, keeping its memory.
func (m *memFile) reset() { m.buf, m.pos = m.buf[:0], 0 }

// runtimeMem snapshots the bytes allocated so far.
type runtimeMem struct{ total uint64 }

func (m *runtimeMem) read() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m.total = ms.TotalAlloc
}
