package audio

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"testing"

	goaudio "github.com/go-audio/audio"
	"github.com/go-audio/wav"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goAudioStream decodes PCM 16/24/32 through go-audio/wav the safe way: the
// chunk list has already been validated by parseWAV, and go-audio is handed
// a clean 44-byte header followed by a bounded section of the data chunk,
// so its RIFF layer never sees a size it could allocate from.
//
// It is the production candidate that lost on cost (see the package doc):
// it is kept here as an independent reference decoder for the PCM paths
// and for the benchmark that shows why.
type goAudioStream struct {
	format Format
	dec    *wav.Decoder
	buf    *goaudio.IntBuffer
	scale  float32
}

func newGoAudioStream(r io.ReaderAt, info wavInfo) *goAudioStream {
	bits := info.blockAlign / info.channels * 8
	frames := info.dataLen / int64(info.blockAlign)
	n := frames * int64(info.blockAlign)
	h := binary.LittleEndian.AppendUint32([]byte("RIFF"), uint32(36+n))
	h = append(h, "WAVEfmt "...)
	h = binary.LittleEndian.AppendUint32(h, 16)
	h = binary.LittleEndian.AppendUint16(h, wavTagPCM)
	h = binary.LittleEndian.AppendUint16(h, uint16(info.channels))
	h = binary.LittleEndian.AppendUint32(h, uint32(info.sampleRate))
	h = binary.LittleEndian.AppendUint32(h, uint32(info.sampleRate*info.blockAlign))
	h = binary.LittleEndian.AppendUint16(h, uint16(info.blockAlign))
	h = binary.LittleEndian.AppendUint16(h, uint16(bits))
	h = append(h, "data"...)
	h = binary.LittleEndian.AppendUint32(h, uint32(n))
	src := io.NewSectionReader(concatReaderAt{head: h, body: io.NewSectionReader(r, info.dataOffset, n)}, 0, int64(len(h))+n)
	return &goAudioStream{
		format: Format{Container: "wav", Encoding: info.encoding, SampleRate: info.sampleRate, Channels: info.channels, Frames: frames},
		dec:    wav.NewDecoder(src),
		buf:    &goaudio.IntBuffer{},
		scale:  1 / float32(int64(1)<<(bits-1)),
	}
}

// concatReaderAt reads head followed by body.
type concatReaderAt struct {
	head []byte
	body *io.SectionReader
}

func (c concatReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n := 0
	if off < int64(len(c.head)) {
		n = copy(p, c.head[off:])
		if n == len(p) {
			return n, nil
		}
	}
	m, err := c.body.ReadAt(p[n:], max(0, off-int64(len(c.head))))
	return n + m, err
}

func (s *goAudioStream) Format() Format { return s.format }

func (s *goAudioStream) Read(dst [][]float32) (int, error) {
	n := checkDst(dst, s.format.Channels)
	ch := s.format.Channels
	if cap(s.buf.Data) < n*ch {
		s.buf.Data = make([]int, n*ch)
	}
	s.buf.Data = s.buf.Data[:n*ch]
	m, err := s.dec.PCMBuffer(s.buf)
	if err != nil {
		return 0, err
	}
	if m == 0 {
		return 0, io.EOF
	}
	frames := m / ch
	for c := range ch {
		d := dst[c][:frames]
		for i := range d {
			d[i] = float32(s.buf.Data[i*ch+c]) * s.scale
		}
	}
	return frames, nil
}

func randomPCMFile(seed uint64, channels, bits, frames int) []byte {
	rng := rand.New(rand.NewPCG(seed, 2))
	data := make([]byte, channels*bits/8*frames)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	align := channels * bits / 8
	h := binary.LittleEndian.AppendUint32([]byte("RIFF"), uint32(36+len(data)))
	h = append(h, "WAVEfmt "...)
	h = binary.LittleEndian.AppendUint32(h, 16)
	h = binary.LittleEndian.AppendUint16(h, wavTagPCM)
	h = binary.LittleEndian.AppendUint16(h, uint16(channels))
	h = binary.LittleEndian.AppendUint32(h, 8000)
	h = binary.LittleEndian.AppendUint32(h, uint32(8000*align))
	h = binary.LittleEndian.AppendUint16(h, uint16(align))
	h = binary.LittleEndian.AppendUint16(h, uint16(bits))
	h = append(h, "data"...)
	h = binary.LittleEndian.AppendUint32(h, uint32(len(data)))
	return append(h, data...)
}

func drain(t testing.TB, s Stream, blockFrames int) [][]float32 {
	out := make([][]float32, s.Format().Channels)
	block := NewBlock(len(out), blockFrames)
	for {
		n, err := s.Read(block)
		for c := range out {
			out[c] = append(out[c], block[c][:n]...)
		}
		if errors.Is(err, io.EOF) {
			return out
		}
		require.NoError(t, err)
	}
}

// TestPCMDecoder_AgreesWithGoAudioWAV cross-checks callveil's own PCM
// decoder against go-audio/wav, sample for sample.
func TestPCMDecoder_AgreesWithGoAudioWAV(t *testing.T) {
	t.Parallel()
	for _, bits := range []int{16, 24, 32} {
		for _, channels := range []int{1, 2, 3} {
			file := randomPCMFile(uint64(bits*10+channels), channels, bits, 3000)
			info, err := parseWAV(bytes.NewReader(file), int64(len(file)))
			require.NoError(t, err)
			own := drain(t, newWAVStream(bytes.NewReader(file), info), 1000)
			lib := drain(t, newGoAudioStream(bytes.NewReader(file), info), 1000)
			require.Len(t, own[0], 3000)
			assert.Equal(t, lib, own, "%d bits, %d channels", bits, channels)
		}
	}
}

// BenchmarkDecodePCM16Via compares decoding 60 s of 8 kHz mono PCM16
// through callveil's decoder and through go-audio/wav (bounded as above).
func BenchmarkDecodePCM16Via(b *testing.B) {
	const seconds = 60
	file := randomPCMFile(1, 1, 16, 8000*seconds)
	info, err := parseWAV(bytes.NewReader(file), int64(len(file)))
	require.NoError(b, err)
	for _, impl := range []struct {
		name string
		open func() Stream
	}{
		{"own", func() Stream { return newWAVStream(bytes.NewReader(file), info) }},
		{"go-audio", func() Stream { return newGoAudioStream(bytes.NewReader(file), info) }},
	} {
		b.Run(impl.name, func(b *testing.B) {
			block := NewBlock(1, DefaultBlockFrames)
			b.ReportAllocs()
			b.SetBytes(int64(len(file)))
			for b.Loop() {
				s := impl.open()
				for {
					_, err := s.Read(block)
					if err != nil {
						break
					}
				}
			}
			b.ReportMetric(seconds*float64(b.N)/b.Elapsed().Seconds(), "x-realtime")
			b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
				s := impl.open()
				for {
					if _, err := s.Read(block); err != nil {
						break
					}
				}
			}))/(8000*seconds/DefaultBlockFrames), "allocs/block")
		})
	}
}
