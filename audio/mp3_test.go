package audio_test

import (
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return b
}

// rms is the root mean square of x.
func rms(x []float32) float64 {
	var s float64
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	return math.Sqrt(s / float64(len(x)))
}

// toneHz estimates the frequency of a steady tone from its zero crossings.
func toneHz(x []float32, rate int) float64 {
	crossings := 0
	for i := 1; i < len(x); i++ {
		if (x[i-1] < 0) != (x[i] < 0) {
			crossings++
		}
	}
	return float64(crossings) / 2 / (float64(len(x)) / float64(rate))
}

func TestOpen_DecodesMP3WithTheSourceChannelCount(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file     string
		rate     int
		channels int
		frames   int64     // ffmpeg's length (see mp3gapless_test.go)
		toneHz   []float64 // per channel, over the middle of the file
	}{
		{"stereo44k_mpeg1.mp3", 44100, 2, 22050, []float64{440, 1000}}, // LAME tag: the 0.5 s source
		{"mono16k_mpeg2.mp3", 16000, 1, 17280, nil},                    // no tag: 1 s plus delays; a sweep: energy only
		{"id3_phone.mp3", 16000, 1, 17280, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(readFixture(t, tt.file)))
			require.NoError(t, err)
			f := s.Format()
			assert.Equal(t, "mp3", f.Container)
			assert.Equal(t, audio.EncodingMP3, f.Encoding)
			assert.Equal(t, tt.rate, f.SampleRate)
			assert.Equal(t, tt.channels, f.Channels)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			require.Len(t, got, tt.channels)
			assert.Equal(t, f.Frames, int64(len(got[0])), "Format.Frames from the header scan matches the decoded length")
			assert.Equal(t, tt.frames, int64(len(got[0])), "decoded length")
			for c := range got {
				mid := got[c][len(got[c])/4 : 3*len(got[c])/4]
				assert.Greater(t, rms(mid), 0.2, "channel %d carries the signal", c)
				if tt.toneHz != nil {
					assert.InDelta(t, tt.toneHz[c], toneHz(mid, f.SampleRate), 0.03*tt.toneHz[c], "channel %d tone", c)
				}
			}
		})
	}
}

func TestOpen_DecodesMPEG25And22kHzMPEG2(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file   string
		rate   int
		toneHz float64
	}{
		{"mono8k_mpeg25.mp3", 8000, 300},         // MPEG-2.5, which go-mp3 refuses
		{"mono22k_mpeg2_padded.mp3", 22050, 440}, // padded MPEG-2 frames, which go-mp3 garbles
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(readFixture(t, tt.file)))
			require.NoError(t, err)
			f := s.Format()
			assert.Equal(t, tt.rate, f.SampleRate)
			assert.Equal(t, 1, f.Channels)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			assert.Equal(t, f.Frames, int64(len(got[0])))
			mid := got[0][len(got[0])/4 : 3*len(got[0])/4]
			assert.InDelta(t, 0.5/math.Sqrt2, rms(mid), 0.02, "the tone's level")
			assert.InDelta(t, tt.toneHz, toneHz(mid, f.SampleRate), 0.01*tt.toneHz)
		})
	}
}

func TestOpen_TruncatedMP3DeliversCompleteFramesThenErrTruncated(t *testing.T) {
	t.Parallel()
	full := readFixture(t, "stereo44k_mpeg1.mp3")
	s, err := audio.Open(bytes.NewReader(full[:len(full)-100]))
	require.NoError(t, err)
	got, err := audio.ReadAll(s)
	require.ErrorIs(t, err, audio.ErrTruncated)
	assert.Equal(t, s.Format().Frames, int64(len(got[0])))
	assert.Positive(t, len(got[0]))
}

// Not parallel: it measures the bytes allocated while it runs.
func TestOpen_ID3TagClaiming256MiBIsCorruptNotAnAllocation(t *testing.T) {
	tag := []byte("ID3\x04\x00\x00\x7f\x7f\x7f\x7f") // 256 MiB - 1
	file := append(tag, readFixture(t, "mono16k_mpeg2.mp3")...)
	var before, after runtimeMem
	before.read()
	s, err := audio.Open(bytes.NewReader(file))
	after.read()
	assert.Nil(t, s)
	require.ErrorIs(t, err, audio.ErrCorrupt)
	assert.Contains(t, err.Error(), "ID3v2 tag at byte 0 claims 268435455 bytes")
	assert.Less(t, after.total-before.total, uint64(1<<20))
}

func TestOpen_MP3ErrorsNameWhatWasWrong(t *testing.T) {
	t.Parallel()
	mono := readFixture(t, "mono16k_mpeg2.mp3")
	layer2 := bytes.Clone(mono)
	layer2[1] = layer2[1]&^0x06 | 0x04 // layer bits 10 = Layer II
	freeFormat := bytes.Clone(mono)
	freeFormat[2] &^= 0xF0
	tests := []struct {
		name    string
		file    []byte
		want    error
		message string
	}{
		{"ID3 tag and nothing else", []byte("ID3\x03\x00\x00\x00\x00\x00\x04abcd"), audio.ErrCorrupt, "no frame header"},
		{"ID3 header cut short", []byte("ID3\x03\x00"), audio.ErrCorrupt, "inside the ID3v2 header"},
		{"ID3 then garbage", append([]byte("ID3\x03\x00\x00\x00\x00\x00\x00"), bytes.Repeat([]byte("garbage!"), 100)...), audio.ErrCorrupt, "no run of MPEG audio frames"},
		{"ID3 size not syncsafe", append([]byte("ID3\x03\x00\x00\x00\x00\x80\x00"), mono...), audio.ErrCorrupt, "malformed"},
		{"Layer II", layer2, audio.ErrUnsupported, "Layer 2"},
		{"free-format bit rate", freeFormat, audio.ErrUnsupported, "free-format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(tt.file))
			assert.Nil(t, s)
			require.ErrorIs(t, err, tt.want)
			assert.Contains(t, err.Error(), tt.message)
		})
	}
}

// Corrupt frames must end in an error or EOF, never a panic or a hang.
func TestOpen_CorruptMP3FramesNeverPanic(t *testing.T) {
	t.Parallel()
	orig := readFixture(t, "stereo44k_mpeg1.mp3")
	for seed := range 40 {
		b := bytes.Clone(orig)
		// Overwrite a run of bytes after the first two frames.
		start := 900 + seed*73%(len(b)-1000)
		for i := range 64 {
			b[start+i] = byte(seed*31 + i*17)
		}
		s, err := audio.Open(bytes.NewReader(b))
		if err != nil {
			assert.True(t, errors.Is(err, audio.ErrCorrupt) || errors.Is(err, audio.ErrUnsupported), "seed %d: %v", seed, err)
			continue
		}
		block := audio.NewBlock(s.Format().Channels, 1024)
		for i := 0; ; i++ {
			require.Less(t, i, 10000, "seed %d: the stream does not end", seed)
			_, err := s.Read(block)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				assert.True(t, errors.Is(err, audio.ErrCorrupt) || errors.Is(err, audio.ErrTruncated), "seed %d: %v", seed, err)
				break
			}
		}
	}
}

func TestOpen_MP3TrailingTagsAreNotDecodedAsAudio(t *testing.T) {
	t.Parallel()
	orig := readFixture(t, "stereo44k_mpeg1.mp3")
	s, err := audio.Open(bytes.NewReader(orig))
	require.NoError(t, err)
	want, err := audio.ReadAll(s)
	require.NoError(t, err)

	// An ID3v1 tag whose text happens to hold a frame sync and header.
	id3v1 := make([]byte, 128)
	copy(id3v1, "TAG")
	for i := 3; i+4 <= len(id3v1); i += 4 {
		copy(id3v1[i:], orig[:4])
	}
	s, err = audio.Open(bytes.NewReader(append(bytes.Clone(orig), id3v1...)))
	require.NoError(t, err)
	got, err := audio.ReadAll(s)
	require.NoError(t, err)
	assert.Equal(t, int64(len(want[0])), s.Format().Frames)
	assert.Equal(t, want, got)
}
