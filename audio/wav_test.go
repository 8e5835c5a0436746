package audio_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

func f32bytes(v ...float32) []byte {
	var b []byte
	for _, x := range v {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
	}
	return b
}

func f64bytes(v ...float64) []byte {
	var b []byte
	for _, x := range v {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	}
	return b
}

func TestOpen_DecodesEveryWAVEncodingToKnownSamples(t *testing.T) {
	t.Parallel()
	nan := float32(math.NaN())
	tests := []struct {
		name     string
		fmt      chunk
		data     []byte
		encoding audio.Encoding
		want     [][]float32 // planar
	}{
		{
			name: "pcm8 stereo, silence at 128", fmt: fmtChunk(1, 2, 8000, 8),
			data: []byte{128, 0, 255, 192, 64, 128}, encoding: audio.EncodingPCM8,
			want: [][]float32{{0, 127.0 / 128, -0.5}, {-1, 0.5, 0}},
		},
		{
			name: "pcm16 mono", fmt: fmtChunk(1, 1, 8000, 16),
			data: pcm16Bytes(0, 16384, -32768, 32767, -1), encoding: audio.EncodingPCM16,
			want: [][]float32{{0, 0.5, -1, 32767.0 / 32768, -1.0 / 32768}},
		},
		{
			name: "pcm16 stereo keeps channel order", fmt: fmtChunk(1, 2, 44100, 16),
			data: pcm16Bytes(8192, -8192, 16384, -16384), encoding: audio.EncodingPCM16,
			want: [][]float32{{0.25, 0.5}, {-0.25, -0.5}},
		},
		{
			name: "pcm24 mono", fmt: fmtChunk(1, 1, 48000, 24),
			data:     []byte{0x00, 0x00, 0x40, 0x00, 0x00, 0x80, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF},
			encoding: audio.EncodingPCM24,
			want:     [][]float32{{0.5, -1, float32(0x7FFFFF) / (1 << 23), -1.0 / (1 << 23)}},
		},
		{
			name: "pcm32 mono", fmt: fmtChunk(1, 1, 16000, 32),
			data:     binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(nil, 1<<30), 0x80000000),
			encoding: audio.EncodingPCM32,
			want:     [][]float32{{0.5, -1}},
		},
		{
			name: "float32 mono clips overs and silences NaN", fmt: fmtChunk(3, 1, 8000, 32),
			data: f32bytes(0.25, -0.75, 2, nan), encoding: audio.EncodingFloat32,
			want: [][]float32{{0.25, -0.75, 1, 0}},
		},
		{
			name: "float64 stereo", fmt: fmtChunk(3, 2, 8000, 64),
			data: f64bytes(0.125, -0.5, -3, 0.1), encoding: audio.EncodingFloat64,
			want: [][]float32{{0.125, -1}, {-0.5, float32(0.1)}},
		},
		{
			// ITU-T G.711 Table 2a/2b: decoder outputs on the 16-bit scale.
			name: "G.711 mu-law (tag 7)", fmt: fmtChunk(7, 1, 8000, 8),
			data: []byte{0x00, 0x80, 0xFF, 0x7F, 0x9F, 0x1F, 0xEF}, encoding: audio.EncodingMuLaw,
			want: [][]float32{{-32124.0 / 32768, 32124.0 / 32768, 0, 0, 8316.0 / 32768, -8316.0 / 32768, 132.0 / 32768}},
		},
		{
			name: "G.711 A-law (tag 6)", fmt: fmtChunk(6, 1, 8000, 8),
			data: []byte{0xD5, 0x55, 0xAA, 0x2A, 0xA5}, encoding: audio.EncodingALaw,
			want: [][]float32{{8.0 / 32768, -8.0 / 32768, 32256.0 / 32768, -32256.0 / 32768, 16896.0 / 32768}},
		},
		{
			name: "extensible pcm16", fmt: fmtExtensible(2, 8000, 16, 16, ksGUID(1)),
			data: pcm16Bytes(16384, -16384), encoding: audio.EncodingPCM16,
			want: [][]float32{{0.5}, {-0.5}},
		},
		{
			name: "extensible pcm24 with 20 valid bits", fmt: fmtExtensible(1, 96000, 24, 20, ksGUID(1)),
			data: []byte{0x00, 0x00, 0xC0}, encoding: audio.EncodingPCM24,
			want: [][]float32{{-0.5}},
		},
		{
			name: "extensible float32", fmt: fmtExtensible(1, 8000, 32, 32, ksGUID(3)),
			data: f32bytes(-0.25), encoding: audio.EncodingFloat32,
			want: [][]float32{{-0.25}},
		},
		{
			name: "extensible mu-law", fmt: fmtExtensible(1, 8000, 8, 8, ksGUID(7)),
			data: []byte{0x80}, encoding: audio.EncodingMuLaw,
			want: [][]float32{{32124.0 / 32768}},
		},
		{
			name: "extensible A-law", fmt: fmtExtensible(1, 8000, 8, 8, ksGUID(6)),
			data: []byte{0xD5}, encoding: audio.EncodingALaw,
			want: [][]float32{{8.0 / 32768}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(wavBytes(tt.fmt, dataChunk(tt.data))))
			require.NoError(t, err)
			f := s.Format()
			assert.Equal(t, "wav", f.Container)
			assert.Equal(t, tt.encoding, f.Encoding)
			assert.Equal(t, len(tt.want), f.Channels)
			assert.Equal(t, int64(len(tt.want[0])), f.Frames)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			require.Len(t, got, len(tt.want))
			for c := range tt.want {
				assert.InDeltaSlice(t, tt.want[c], got[c], 1e-7, "channel %d", c)
			}
		})
	}
}

// TestOpen_MuLawAndALawTablesAreOddSymmetricAndMonotonic checks all 256
// codes of each law, not just the reference points: flipping the sign bit
// negates the value, and within a sign the magnitude grows with the code
// in the order G.711 defines.
func TestOpen_G711TablesAreSymmetricAndMonotonic(t *testing.T) {
	t.Parallel()
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	decode := func(tag uint16) []float32 {
		s, err := audio.Open(bytes.NewReader(wavBytes(fmtChunk(tag, 1, 8000, 8), dataChunk(all))))
		require.NoError(t, err)
		got, err := audio.ReadAll(s)
		require.NoError(t, err)
		return got[0]
	}
	mu := decode(7)
	for code := range 128 {
		assert.Equal(t, -mu[code], mu[code|0x80], "mu-law code %#x", code)
		if code > 0 {
			// µ-law codes count down in magnitude from 0x00 (largest negative).
			assert.Less(t, mu[code-1], mu[code], "mu-law code %#x", code)
		}
	}
	al := decode(6)
	for code := range 128 {
		assert.Equal(t, -al[code], al[code|0x80], "A-law code %#x", code)
		// A-law magnitudes grow with the code once the even-bit inversion is undone.
		if c := byte(code) ^ 0x55; c&0x7F > 0 {
			prev := (c - 1) ^ 0x55
			assert.Greater(t, al[(c^0x55)|0x80], al[prev|0x80], "A-law code %#x", code)
		}
	}
}

func TestOpen_ReadsInSmallBlocksTheSameSamples(t *testing.T) {
	t.Parallel()
	samples := randomPCM16(7, 2*1001)
	file := wavBytes(fmtChunk(1, 2, 8000, 16), dataChunk(pcm16Bytes(samples...)))

	s, err := audio.Open(bytes.NewReader(file))
	require.NoError(t, err)
	all, err := audio.ReadAll(s)
	require.NoError(t, err)

	s, err = audio.Open(bytes.NewReader(file))
	require.NoError(t, err)
	block := audio.NewBlock(2, 7)
	var got [2][]float32
	for {
		n, err := s.Read(block)
		got[0] = append(got[0], block[0][:n]...)
		got[1] = append(got[1], block[1][:n]...)
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
	}
	assert.Equal(t, all[0], got[0])
	assert.Equal(t, all[1], got[1])
	assert.Len(t, got[0], 1001)
	n, err := s.Read(block)
	assert.Zero(t, n)
	assert.ErrorIs(t, err, io.EOF, "EOF repeats")
}

func TestOpen_SkipsMetadataChunksAndPadding(t *testing.T) {
	t.Parallel()
	data := pcm16Bytes(100, -200, 300)
	tests := []struct {
		name   string
		chunks []chunk
	}{
		{"LIST with odd size before fmt", []chunk{{id: "LIST", body: []byte("INFOINAM\x03\x00\x00\x00Bob")}, fmtChunk(1, 1, 8000, 16), dataChunk(data)}},
		{"bext and iXML between fmt and data", []chunk{fmtChunk(1, 1, 8000, 16), {id: "bext", body: make([]byte, 603)}, {id: "iXML", body: []byte("<x/>")}, dataChunk(data)}},
		{"fmt after data", []chunk{dataChunk(data), fmtChunk(1, 1, 8000, 16)}},
		{"LIST after data", []chunk{fmtChunk(1, 1, 8000, 16), dataChunk(data), {id: "LIST", body: []byte("INFOxxxx")}}},
		{"broken trailing chunk after data", []chunk{fmtChunk(1, 1, 8000, 16), dataChunk(data), {id: "junk", size: sizeOf(1 << 30)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(wavBytes(tt.chunks...)))
			require.NoError(t, err)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			assert.InDeltaSlice(t, []float32{100.0 / 32768, -200.0 / 32768, 300.0 / 32768}, got[0], 1e-9)
		})
	}
}

func TestOpen_UnknownDataSizeReadsToTheEnd(t *testing.T) {
	t.Parallel()
	// ffmpeg writing to a pipe leaves 0xFFFFFFFF in the data size.
	file := wavBytes(fmtChunk(1, 1, 8000, 16), chunk{id: "data", body: pcm16Bytes(1, 2, 3, 4), size: sizeOf(0xFFFFFFFF)})
	s, err := audio.Open(bytes.NewReader(file))
	require.NoError(t, err)
	assert.Equal(t, int64(4), s.Format().Frames)
	got, err := audio.ReadAll(s)
	require.NoError(t, err)
	assert.Len(t, got[0], 4)
}

// Not parallel: it measures the bytes allocated while it runs.
func TestOpen_TruncatedDataDeliversWhatIsThereThenErrTruncated(t *testing.T) {
	tests := []struct {
		name       string
		file       []byte
		wantFrames int
	}{
		{
			name:       "data chunk claims 4 GiB in a 1 KiB file",
			file:       wavBytes(fmtChunk(1, 1, 8000, 16), chunk{id: "data", body: make([]byte, 1024-44), size: sizeOf(0xFFFFFF00)}),
			wantFrames: (1024 - 44) / 2,
		},
		{
			name:       "cut in the middle of a stereo frame",
			file:       wavBytes(fmtChunk(1, 2, 8000, 16), chunk{id: "data", body: make([]byte, 4*10+3), size: sizeOf(4 * 20)})[:44+4*10+3],
			wantFrames: 10,
		},
		{
			name:       "data size not a whole number of frames",
			file:       wavBytes(fmtChunk(1, 1, 8000, 24), dataChunk(make([]byte, 3*5+2))),
			wantFrames: 5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtimeMem
			before.read()
			s, err := audio.Open(bytes.NewReader(tt.file))
			require.NoError(t, err)
			assert.Equal(t, int64(tt.wantFrames), s.Format().Frames)
			got, err := audio.ReadAll(s)
			after.read()
			require.ErrorIs(t, err, audio.ErrTruncated)
			assert.Contains(t, err.Error(), "wav: data chunk")
			assert.Len(t, got[0], tt.wantFrames)
			assert.Less(t, after.total-before.total, uint64(1<<20), "bytes allocated while opening and decoding")
			n, err := s.Read(audio.NewBlock(s.Format().Channels, 16))
			assert.Zero(t, n)
			assert.ErrorIs(t, err, audio.ErrTruncated, "the error repeats")
		})
	}
}

func TestOpen_RejectsHostileOrUnsupportedInput(t *testing.T) {
	t.Parallel()
	pcm := dataChunk(pcm16Bytes(1, 2))
	badAlign := fmtChunk(1, 2, 8000, 16)
	binary.LittleEndian.PutUint16(badAlign.body[12:], 3)
	unknownGUID := []byte("\x01\x00\x00\x00\x00\x00\x10\x00\x80\x00\x00\xAA\x00\x38\x9B\x72")
	tests := []struct {
		name    string
		file    []byte
		want    error
		message string
	}{
		{"empty file", nil, audio.ErrCorrupt, "empty"},
		{"garbage", []byte("this is not audio, it is a text file about audio"), audio.ErrUnsupported, "unrecognised container"},
		{"riff header cut short", []byte("RIFF\x10\x00"), audio.ErrCorrupt, "shorter than a RIFF header"},
		{"RIFF but AVI", []byte("RIFF\x04\x00\x00\x00AVI "), audio.ErrUnsupported, "AVI"},
		{"RF64", []byte("RF64\xff\xff\xff\xffWAVEds64"), audio.ErrUnsupported, "RF64"},
		{"0 channels", wavBytes(fmtChunk(1, 0, 8000, 16), pcm), audio.ErrCorrupt, "fmt chunk says 0 channels"},
		{"65 channels", wavBytes(fmtChunk(1, 65, 8000, 16), pcm), audio.ErrUnsupported, "65 channels"},
		{"rate 0", wavBytes(fmtChunk(1, 1, 0, 16), pcm), audio.ErrCorrupt, "sample rate of 0 Hz"},
		{"rate 4 GHz", wavBytes(fmtChunk(1, 1, 0xFFFFFFFF, 16), pcm), audio.ErrUnsupported, "4294967295 Hz"},
		{"bits 0", wavBytes(fmtChunk(1, 1, 8000, 0), pcm), audio.ErrCorrupt, "0 bits per sample"},
		{"bits 7", wavBytes(fmtChunk(1, 1, 8000, 7), pcm), audio.ErrUnsupported, "7 bits per PCM sample"},
		{"bits 64 PCM", wavBytes(fmtChunk(1, 1, 8000, 64), pcm), audio.ErrUnsupported, "64 bits per PCM sample"},
		{"float 16", wavBytes(fmtChunk(3, 1, 8000, 16), pcm), audio.ErrUnsupported, "16 bits per IEEE float"},
		{"mu-law 16", wavBytes(fmtChunk(7, 1, 8000, 16), pcm), audio.ErrUnsupported, "G.711"},
		{"block align lies", wavBytes(badAlign, pcm), audio.ErrCorrupt, "block align 3"},
		{"IMA ADPCM", wavBytes(fmtChunk(0x11, 1, 8000, 4), pcm), audio.ErrUnsupported, "IMA ADPCM"},
		{"extensible with unknown GUID", wavBytes(fmtExtensible(1, 8000, 16, 16, unknownGUID), pcm), audio.ErrUnsupported, "sub-format {00000001-0000-0010-8000-00aa00389b72}"},
		{"extensible fmt too short", wavBytes(fmtChunk(0xFFFE, 1, 8000, 16), pcm), audio.ErrCorrupt, "needs 40"},
		{"extensible valid bits above container", wavBytes(fmtExtensible(1, 8000, 16, 24, ksGUID(1)), pcm), audio.ErrCorrupt, "24 valid bits"},
		{"fmt chunk too short", wavBytes(chunk{id: "fmt ", body: make([]byte, 14)}, pcm), audio.ErrCorrupt, "needs at least 16"},
		{"fmt claims more than the file", wavBytes(chunk{id: "fmt ", body: fmtChunk(1, 1, 8000, 16).body, size: sizeOf(1 << 30)}), audio.ErrCorrupt, "fmt chunk at byte 12 claims"},
		{"LIST claims 1 GiB before fmt", wavBytes(chunk{id: "LIST", body: []byte("INFO"), size: sizeOf(1 << 30)}, fmtChunk(1, 1, 8000, 16), pcm), audio.ErrCorrupt, `"LIST" chunk at byte 12 claims 1073741824`},
		{"no data chunk", wavBytes(fmtChunk(1, 1, 8000, 16)), audio.ErrCorrupt, "no data chunk"},
		{"no fmt chunk", wavBytes(chunk{id: "LIST", body: []byte("INFO")}, pcm), audio.ErrCorrupt, "no fmt chunk"},
		{"data runs off the end before fmt", wavBytes(chunk{id: "data", body: pcm16Bytes(1), size: sizeOf(100)}), audio.ErrCorrupt, "no fmt chunk came before it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(tt.file))
			require.Error(t, err)
			assert.Nil(t, s)
			assert.ErrorIs(t, err, tt.want)
			assert.Contains(t, err.Error(), tt.message)
		})
	}
}

func TestOpen_WorksThroughAReadSeekerWithoutReadAt(t *testing.T) {
	t.Parallel()
	samples := randomPCM16(3, 500)
	file := wavBytes(chunk{id: "LIST", body: make([]byte, 33)}, fmtChunk(1, 1, 8000, 16), dataChunk(pcm16Bytes(samples...)))
	s, err := audio.Open(seekOnly{bytes.NewReader(file)})
	require.NoError(t, err)
	got, err := audio.ReadAll(s)
	require.NoError(t, err)
	require.Len(t, got[0], len(samples))
	for i, v := range samples {
		require.Equal(t, float32(v)/32768, got[0][i], "sample %d", i)
	}
}

// seekOnly hides ReadAt.
type seekOnly struct{ r io.ReadSeeker }

func (s seekOnly) Read(p []byte) (int, error)            { return s.r.Read(p) }
func (s seekOnly) Seek(off int64, wh int) (int64, error) { return s.r.Seek(off, wh) }
func TestRead_PanicsOnAWrongNumberOfChannels(t *testing.T) {
	t.Parallel()
	s, err := audio.Open(bytes.NewReader(wavBytes(fmtChunk(1, 2, 8000, 16), dataChunk(pcm16Bytes(1, 2)))))
	require.NoError(t, err)
	assert.PanicsWithValue(t, "audio: Read: dst has 1 channels, the stream has 2", func() { s.Read(audio.NewBlock(1, 4)) })
}
