package audio_test

import (
	"bytes"
	"encoding/binary"
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

const phoneNumber = "+1 555 123 4567"

// chunkIDs lists the top-level chunk IDs of a RIFF file in order.
func chunkIDs(t *testing.T, file []byte) []string {
	t.Helper()
	require.GreaterOrEqual(t, len(file), 12)
	require.Equal(t, "RIFF", string(file[:4]))
	require.Equal(t, uint32(len(file)-8), binary.LittleEndian.Uint32(file[4:]), "RIFF size")
	var ids []string
	for pos := 12; pos+8 <= len(file); {
		ids = append(ids, string(file[pos:pos+4]))
		n := int(binary.LittleEndian.Uint32(file[pos+4:]))
		pos += 8 + n + n&1
		require.LessOrEqual(t, pos, len(file), "chunk %q runs past the end", ids[len(ids)-1])
	}
	return ids
}

func TestWriteWAV_RoundTripsPCM16BitForBit(t *testing.T) {
	t.Parallel()
	for _, channels := range []int{1, 2} {
		samples := randomPCM16(uint64(channels), channels*5000)
		samples[0], samples[1] = -32768, 32767 // the extremes survive
		data := pcm16Bytes(samples...)
		in := wavBytes(fmtChunk(1, uint16(channels), 8000, 16), dataChunk(data))

		s, err := audio.Open(bytes.NewReader(in))
		require.NoError(t, err)
		var out memFile
		n, err := audio.WriteWAV(&out, s, audio.WAVOptions{BlockFrames: 1000})
		require.NoError(t, err)
		assert.Equal(t, int64(5000), n)
		assert.Equal(t, []string{"fmt ", "data"}, chunkIDs(t, out.buf))
		assert.Equal(t, in, out.buf, "%d channels: a clean 16-bit file is rewritten byte for byte", channels)

		s2, err := audio.Open(bytes.NewReader(out.buf))
		require.NoError(t, err)
		assert.Equal(t, s.Format(), s2.Format())
	}
}

func TestWriteWAV_Float32RoundTripsExactly(t *testing.T) {
	t.Parallel()
	left := []float32{0, 0.1, -0.333, 1, -1, 1e-7}
	right := []float32{0.5, -0.5, 0.25, -0.25, 0.75, -0.75}
	var out memFile
	n, err := audio.WriteWAV(&out, audio.NewSliceStream(16000, [][]float32{left, right}), audio.WAVOptions{Encoding: audio.EncodingFloat32})
	require.NoError(t, err)
	assert.Equal(t, int64(6), n)
	assert.Equal(t, []string{"fmt ", "data"}, chunkIDs(t, out.buf))
	s, err := audio.Open(bytes.NewReader(out.buf))
	require.NoError(t, err)
	assert.Equal(t, audio.Format{Container: "wav", Encoding: audio.EncodingFloat32, SampleRate: 16000, Channels: 2, Frames: 6}, s.Format())
	got, err := audio.ReadAll(s)
	require.NoError(t, err)
	assert.Equal(t, [][]float32{left, right}, got)
}

func TestWAVWriter_RoundsToNearestAndClips(t *testing.T) {
	t.Parallel()
	nan := float32(math.NaN())
	in := []float32{0.49 / 32768, 0.51 / 32768, -0.51 / 32768, 1.5, -1.5, 32766.6 / 32768, 100.4 / 32768, -0.5 / 32768, nan}
	want := []int16{0, 1, -1, 32767, -32768, 32767, 100, -1, 0}
	var out memFile
	w, err := audio.NewWAVWriter(&out, audio.Format{SampleRate: 8000, Channels: 1}, audio.WAVOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Write([][]float32{in[:3]}))
	require.NoError(t, w.Write([][]float32{in[3:]}))
	require.NoError(t, w.Close())
	require.NoError(t, w.Close(), "Close twice is harmless")
	assert.Error(t, w.Write([][]float32{in}), "Write after Close")
	assert.Equal(t, pcm16Bytes(want...), out.buf[44:])
	assert.Equal(t, uint32(2*len(want)), binary.LittleEndian.Uint32(out.buf[40:]), "data size")
	assert.Equal(t, len(out.buf), out.pos, "Close leaves the writer at the end")
}

func TestWAVWriter_RefusesWhatItCannotWrite(t *testing.T) {
	t.Parallel()
	var out memFile
	_, err := audio.NewWAVWriter(&out, audio.Format{SampleRate: 8000, Channels: 0}, audio.WAVOptions{})
	assert.ErrorIs(t, err, audio.ErrUnsupported)
	_, err = audio.NewWAVWriter(&out, audio.Format{SampleRate: 0, Channels: 1}, audio.WAVOptions{})
	assert.ErrorIs(t, err, audio.ErrUnsupported)
	_, err = audio.NewWAVWriter(&out, audio.Format{SampleRate: 8000, Channels: 1}, audio.WAVOptions{Encoding: audio.EncodingMuLaw})
	assert.ErrorIs(t, err, audio.ErrUnsupported)
}

// A recording's metadata routinely holds phone numbers and names; none of
// it may reach the output.
func TestWriteWAV_DropsAllSourceMetadata(t *testing.T) {
	t.Parallel()
	info := []byte("INFOINAM\x10\x00\x00\x00" + phoneNumber + "\x00ICMT\x10\x00\x00\x00" + phoneNumber + "\x00")
	bext := make([]byte, 602)
	copy(bext, "Call with "+phoneNumber)
	in := wavBytes(
		chunk{id: "LIST", body: info},
		fmtChunk(1, 1, 8000, 16),
		chunk{id: "bext", body: bext},
		chunk{id: "iXML", body: []byte("<BWFXML><NOTE>" + phoneNumber + "</NOTE></BWFXML>")},
		dataChunk(pcm16Bytes(randomPCM16(9, 800)...)),
		chunk{id: "LIST", body: info},
	)
	require.Contains(t, string(in), phoneNumber)

	for _, enc := range []audio.Encoding{audio.EncodingPCM16, audio.EncodingFloat32} {
		s, err := audio.Open(bytes.NewReader(in))
		require.NoError(t, err)
		var out memFile
		_, err = audio.WriteWAV(&out, s, audio.WAVOptions{Encoding: enc})
		require.NoError(t, err)
		assert.NotContains(t, string(out.buf), phoneNumber, enc)
		assert.NotContains(t, string(out.buf), "INFO", enc)
		assert.Equal(t, []string{"fmt ", "data"}, chunkIDs(t, out.buf), enc)
	}

	mp3, err := os.ReadFile("testdata/id3_phone.mp3")
	require.NoError(t, err)
	require.Contains(t, string(mp3), phoneNumber)
	s, err := audio.Open(bytes.NewReader(mp3))
	require.NoError(t, err)
	var out memFile
	_, err = audio.WriteWAV(&out, s, audio.WAVOptions{})
	require.NoError(t, err)
	assert.NotContains(t, string(out.buf), phoneNumber)
	assert.NotContains(t, string(out.buf), "ID3")
	assert.Equal(t, []string{"fmt ", "data"}, chunkIDs(t, out.buf))
}

func TestWriteWAV_WritesWhatATruncatedInputHeldAndSaysSo(t *testing.T) {
	t.Parallel()
	in := wavBytes(fmtChunk(1, 1, 8000, 16), chunk{id: "data", body: pcm16Bytes(1, 2, 3), size: sizeOf(1000)})
	s, err := audio.Open(bytes.NewReader(in))
	require.NoError(t, err)
	var out memFile
	n, err := audio.WriteWAV(&out, s, audio.WAVOptions{})
	assert.ErrorIs(t, err, audio.ErrTruncated)
	assert.Equal(t, int64(3), n)
	assert.Equal(t, []string{"fmt ", "data"}, chunkIDs(t, out.buf))
	assert.Equal(t, pcm16Bytes(1, 2, 3), out.buf[44:])
	// The header was written for 1000 frames; Close corrects it.
	assert.Equal(t, uint32(6), binary.LittleEndian.Uint32(out.buf[40:]), "data size")
	assert.Equal(t, uint32(36+6), binary.LittleEndian.Uint32(out.buf[4:]), "RIFF size")
}

// Steady-state writing and decoding allocate nothing per block.
func TestWAV_NoAllocationsPerBlock(t *testing.T) {
	block := audio.NewBlock(2, 512)
	var out memFile
	w, err := audio.NewWAVWriter(&out, audio.Format{SampleRate: 8000, Channels: 2}, audio.WAVOptions{})
	require.NoError(t, err)
	require.NoError(t, w.Write(block))
	out.buf = make([]byte, 0, 1<<20)
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		out.pos = 0
		_ = w.Write(block)
	}), "allocs per WAVWriter.Write")

	in := wavBytes(fmtChunk(7, 2, 8000, 8), dataChunk(make([]byte, 2*512*200)))
	s, err := audio.Open(bytes.NewReader(in))
	require.NoError(t, err)
	_, err = s.Read(block)
	require.NoError(t, err)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = s.Read(block) }), "allocs per wav Read")
}

// frontToBack is a memFile that records whether any write landed anywhere
// but at the end of what was written before.
type frontToBack struct {
	memFile
	rewrites int
}

func (f *frontToBack) Write(p []byte) (int, error) {
	if f.pos != len(f.buf) {
		f.rewrites++
	}
	return f.memFile.Write(p)
}

// unknownLength hides a stream's length, as an MP3 without a complete
// frame scan does.
type unknownLength struct{ audio.Stream }

func (u unknownLength) Format() audio.Format {
	f := u.Stream.Format()
	f.Frames = -1
	return f
}

func TestWriteWAV_KnownLengthIsWrittenOnceFrontToBack(t *testing.T) {
	t.Parallel()
	samples := audio.NewBlock(2, 10000)
	for c := range samples {
		for i := range samples[c] {
			samples[c][i] = float32((i*(c+3))%200)/100 - 1
		}
	}
	for _, enc := range []audio.Encoding{audio.EncodingPCM16, audio.EncodingFloat32} {
		var known frontToBack
		n, err := audio.WriteWAV(&known, audio.NewSliceStream(8000, samples), audio.WAVOptions{Encoding: enc})
		require.NoError(t, err)
		assert.Equal(t, int64(10000), n)
		assert.Zero(t, known.rewrites, "%s: the header was patched, so the file was not written front to back", enc)

		var unknown frontToBack
		_, err = audio.WriteWAV(&unknown, unknownLength{audio.NewSliceStream(8000, samples)}, audio.WAVOptions{Encoding: enc})
		require.NoError(t, err)
		assert.Positive(t, unknown.rewrites, "%s: an unknown length must be patched in", enc)
		assert.Equal(t, unknown.buf, known.buf, "%s: same file either way", enc)
	}
}
