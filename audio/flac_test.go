package audio_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"slices"
	"testing"

	mflac "github.com/mewkiz/flac"
	"github.com/mewkiz/flac/frame"
	"github.com/mewkiz/flac/meta"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// rawPCM reads little-endian signed interleaved PCM of the given sample
// width (in bytes) as int64 per channel.
func rawPCM(b []byte, channels, width int) [][]int64 {
	frames := len(b) / (channels * width)
	out := make([][]int64, channels)
	for c := range out {
		out[c] = make([]int64, frames)
	}
	for i := range frames {
		for c := range channels {
			s := b[(i*channels+c)*width:]
			var v uint64
			for k := width - 1; k >= 0; k-- {
				v = v<<8 | uint64(s[k])
			}
			out[c][i] = int64(v<<(64-8*width)) >> (64 - 8*width)
		}
	}
	return out
}

// flacFixtures are the FLAC files of audio/testdata with their format.
var flacFixtures = []struct {
	name     string
	rate     int
	channels int
	bits     int
}{
	{"flac_8k_mono16.flac", 8000, 1, 16},
	{"flac_8k_mono16_id3.flac", 8000, 1, 16},
	{"flac_16k_stereo24.flac", 16000, 2, 24},
	{"flac_44k_mono8.flac", 44100, 1, 8},
	{"flac_48k_stereo32.flac", 48000, 2, 32},
	{"flac_11k_6ch16.flac", 11025, 6, 16},
}

// TestFLAC_MatchesReferenceDecode decodes each FLAC fixture and compares it
// with `flac -d`'s output: the same length and, converted the same way
// (sample / 2^(bits-1)), the same float32 values. The integer samples are
// compared exactly by TestFLACFrames_BitExact inside the package.
func TestFLAC_MatchesReferenceDecode(t *testing.T) {
	t.Parallel()
	for _, fx := range flacFixtures {
		t.Run(fx.name, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(readFixture(t, fx.name)))
			require.NoError(t, err)
			f := s.Format()
			assert.Equal(t, "flac", f.Container)
			assert.Equal(t, audio.EncodingFLAC, f.Encoding)
			assert.Equal(t, fx.rate, f.SampleRate)
			assert.Equal(t, fx.channels, f.Channels)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			ref := rawPCM(readFixture(t, fx.name+".raw"), fx.channels, (fx.bits+7)/8)
			require.Equal(t, int64(len(ref[0])), f.Frames, "Format.Frames")
			scale := 1 / float32(uint64(1)<<(fx.bits-1))
			for c := range ref {
				require.Len(t, got[c], len(ref[c]), "channel %d length", c)
				bad := 0
				for i, v := range ref[c] {
					if got[c][i] != float32(v)*scale {
						bad++
					}
				}
				assert.Zero(t, bad, "channel %d: samples differing from flac -d", c)
			}
		})
	}
}

// TestFLAC_OddBlocksGiveTheSameSamples reads a fixture in blocks that cut
// across frames and checks the result against one big read.
func TestFLAC_OddBlocksGiveTheSameSamples(t *testing.T) {
	t.Parallel()
	b := readFixture(t, "flac_16k_stereo24.flac")
	s, err := audio.Open(bytes.NewReader(b))
	require.NoError(t, err)
	want, err := audio.ReadAll(s)
	require.NoError(t, err)
	s, err = audio.Open(bytes.NewReader(b))
	require.NoError(t, err)
	got := [][]float32{nil, nil}
	block := audio.NewBlock(2, 333)
	for {
		n, err := s.Read(block)
		got[0] = append(got[0], block[0][:n]...)
		got[1] = append(got[1], block[1][:n]...)
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
	}
	assert.Equal(t, want, got)
}

// TestFLAC_Truncated checks that a file cut inside a frame gives every
// frame before the cut and then ErrTruncated, and one cut inside the
// metadata is corrupt.
func TestFLAC_Truncated(t *testing.T) {
	t.Parallel()
	b := readFixture(t, "flac_8k_mono16.flac")
	s, err := audio.Open(bytes.NewReader(b[:len(b)*2/3]))
	require.NoError(t, err)
	got, err := audio.ReadAll(s)
	require.ErrorIs(t, err, audio.ErrTruncated)
	assert.Greater(t, len(got[0]), 4096, "the frames before the cut")
	assert.Less(t, int64(len(got[0])), s.Format().Frames)

	_, err = audio.Open(bytes.NewReader(b[:30]))
	require.ErrorIs(t, err, audio.ErrCorrupt)
}

// TestFLAC_HostileHeaders checks that lying or broken headers give clear
// errors, not panics or huge allocations.
func TestFLAC_HostileHeaders(t *testing.T) {
	t.Parallel()
	good := readFixture(t, "flac_8k_mono16.flac")
	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	for _, tc := range []struct {
		name string
		file []byte
		want error
	}{
		{"metadata block claims 16 MB", edit(func(b []byte) []byte {
			b[4] &^= 0x80 // STREAMINFO is no longer the last block
			return append(b[:42], 0x04, 0xFF, 0xFF, 0xFF)
		}), audio.ErrCorrupt},
		{"STREAMINFO of 33 bytes", edit(func(b []byte) []byte { b[7] = 33; return b }), audio.ErrCorrupt},
		{"zero sample rate", edit(func(b []byte) []byte { b[18], b[19], b[20] = 0, 0, b[20]&0x0F; return b }), audio.ErrUnsupported},
		{"bad frame CRC", edit(func(b []byte) []byte { b[len(b)/2] ^= 0x40; return b }), audio.ErrCorrupt},
		{"wrong MD5 in STREAMINFO", edit(func(b []byte) []byte { b[30] ^= 1; return b }), audio.ErrCorrupt},
		{"ID3 tag claims more than the file", append([]byte("ID3\x04\x00\x00\x7f\x7f\x7f\x7f"), good...), audio.ErrCorrupt},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := audio.Open(bytes.NewReader(tc.file))
			if err == nil {
				_, err = audio.ReadAll(s)
			}
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// TestFLAC_MetadataNeverReachesTheOutput checks that the phone number in
// the fixture's VORBIS_COMMENT and its ID3v2 tag are not carried into a
// WAV written from it.
func TestFLAC_MetadataNeverReachesTheOutput(t *testing.T) {
	t.Parallel()
	b := readFixture(t, "flac_8k_mono16_id3.flac")
	require.Contains(t, string(b), "555 123 4567")
	s, err := audio.Open(bytes.NewReader(b))
	require.NoError(t, err)
	var out memFile
	_, err = audio.WriteWAV(&out, s, audio.WAVOptions{})
	require.NoError(t, err)
	assert.NotContains(t, string(out.buf), "555")
	assert.Equal(t, "RIFF", string(out.buf[:4]))
	assert.Equal(t, uint32(len(out.buf)-8), binary.LittleEndian.Uint32(out.buf[4:]))
}

// TestFLAC_VariableBlockSizes decodes a stream written by mewkiz/flac's
// encoder with the variable block size strategy and uncommon block sizes
// (coded in the frame header's extra bytes), stereo, and compares the
// samples with what was encoded.
func TestFLAC_VariableBlockSizes(t *testing.T) {
	t.Parallel()
	sizes := []int{4096, 17, 1000, 192, 65535, 300, 4608, 16}
	total := 0
	for _, n := range sizes {
		total += n
	}
	want := [2][]int32{make([]int32, total), make([]int32, total)}
	rng := uint32(1)
	for i := range total {
		rng = rng*1664525 + 1013904223
		want[0][i] = int32(math.Round(8000*math.Sin(float64(i)/7))) + int32(rng>>28)
		want[1][i] = want[0][i]/2 - int32(rng>>29)
	}
	var buf bytes.Buffer
	enc, err := mflac.NewEncoder(&buf, &meta.StreamInfo{
		BlockSizeMin: 16, BlockSizeMax: 65535, SampleRate: 22050,
		NChannels: 2, BitsPerSample: 16, NSamples: uint64(total),
	})
	require.NoError(t, err)
	at := 0
	for _, n := range sizes {
		fr := &frame.Frame{
			Header: frame.Header{
				BlockSize: uint16(n), SampleRate: 22050, Channels: frame.ChannelsLR, BitsPerSample: 16,
			},
			Subframes: []*frame.Subframe{
				{SubHeader: frame.SubHeader{Pred: frame.PredVerbatim}, Samples: slices.Clone(want[0][at : at+n]), NSamples: n},
				{SubHeader: frame.SubHeader{Pred: frame.PredVerbatim}, Samples: slices.Clone(want[1][at : at+n]), NSamples: n},
			},
		}
		require.NoError(t, enc.WriteFrame(fr))
		at += n
	}
	require.NoError(t, enc.Close())
	require.NotZero(t, buf.Bytes()[42+1]&1, "the first frame header says variable block size")

	s, err := audio.Open(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	got, err := audio.ReadAll(s)
	require.NoError(t, err)
	for c := range 2 {
		require.Len(t, got[c], total)
		for i, v := range want[c] {
			if got[c][i] != float32(v)/32768 {
				t.Fatalf("channel %d sample %d: %v, encoded %d", c, i, got[c][i]*32768, v)
			}
		}
	}
}

// Not parallel: it measures the bytes allocated while it runs.
func TestFLAC_LongStreamsUseMemoryBoundedByTheBlock(t *testing.T) {
	// One 4096-sample frame of noise, repeated for 20 minutes of 8 kHz
	// mono (this decoder does not check frame numbers).
	const frames = 20 * 60 * 8000 / 4096 * 4096
	samples := make([]int32, 4096)
	rng := uint32(7)
	for i := range samples {
		rng = rng*1664525 + 1013904223
		samples[i] = int32(rng>>16) - 32768
	}
	var buf bytes.Buffer
	enc, err := mflac.NewEncoder(&buf, &meta.StreamInfo{
		BlockSizeMin: 4096, BlockSizeMax: 4096, SampleRate: 8000,
		NChannels: 1, BitsPerSample: 16, NSamples: frames,
	})
	require.NoError(t, err)
	require.NoError(t, enc.WriteFrame(&frame.Frame{
		Header:    frame.Header{HasFixedBlockSize: true, BlockSize: 4096, SampleRate: 8000, Channels: frame.ChannelsMono, BitsPerSample: 16},
		Subframes: []*frame.Subframe{{SubHeader: frame.SubHeader{Pred: frame.PredVerbatim}, Samples: samples, NSamples: 4096}},
	}))
	b := buf.Bytes()
	file := &virtualFile{head: b[:42], body: b[42:], size: 42 + int64(len(b)-42)*frames/4096}

	var before, after runtimeMem
	before.read()
	s, err := audio.Open(file)
	require.NoError(t, err)
	assert.Equal(t, int64(frames), s.Format().Frames)
	block := audio.NewBlock(1, audio.DefaultBlockFrames)
	total := int64(0)
	// Once the first frame has sized the buffers, a read allocates nothing.
	n, err := s.Read(block)
	require.NoError(t, err)
	total += int64(n)
	allocs := testing.AllocsPerRun(100, func() {
		n, err := s.Read(block)
		require.NoError(t, err)
		total += int64(n)
	})
	assert.Zero(t, allocs, "allocations per Read")
	for {
		n, err := s.Read(block)
		total += int64(n)
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
	}
	after.read()
	assert.Equal(t, int64(frames), total)
	t.Logf("%d bytes allocated to decode %d bytes of FLAC", after.total-before.total, file.size)
	assert.Less(t, after.total-before.total, uint64(256<<10), "bytes allocated")
}
