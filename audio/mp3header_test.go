package audio

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScanFrames_UnknownLengthAfterJunkBetweenFrames(t *testing.T) {
	t.Parallel()
	orig, err := os.ReadFile("testdata/stereo44k_mpeg1.mp3")
	require.NoError(t, err)
	r := bytes.NewReader(orig)
	first, h, err := findFirstFrame(r, 0, int64(len(orig)))
	require.NoError(t, err)
	require.Zero(t, first)
	sc := scanFrames(r, first, h, int64(len(orig)))
	require.True(t, sc.exact)
	require.False(t, sc.truncated)

	// The offset of the fourth frame.
	pos := int64(0)
	for range 3 {
		fh, err := readHeaderAt(r, pos)
		require.NoError(t, err)
		require.True(t, h.sameStream(fh))
		pos += int64(fh.frameLen())
	}
	junk := append(append(bytes.Clone(orig[:pos]), "not a frame header"...), orig[pos:]...)

	s, err := Open(bytes.NewReader(orig))
	require.NoError(t, err)
	clean, err := ReadAll(s)
	require.NoError(t, err)

	s, err = Open(bytes.NewReader(junk))
	require.NoError(t, err)
	assert.Equal(t, int64(-1), s.Format().Frames, "the length is unknown once the frames stop lining up")
	got, err := ReadAll(s)
	require.NoError(t, err, "the decoder resynchronises after the junk")
	assert.InDelta(t, len(clean[0]), len(got[0]), 2*1152)
}

func TestMPEGHeader_FrameLengthsFollowTheStandard(t *testing.T) {
	t.Parallel()
	tests := []struct {
		header mpegHeader
		rate   int
		len    int
		spf    int
	}{
		{0xFFFB9064, 44100, 417, 1152}, // MPEG-1 L3 128 kbit/s 44.1 kHz, no padding
		{0xFFFB9264, 44100, 418, 1152}, // same, padded
		{0xFFF348C4, 16000, 144, 576},  // MPEG-2 L3 32 kbit/s 16 kHz
		{0xFFF34AC4, 16000, 145, 576},  // same, padded
		{0xFFF340C4, 22050, 104, 576},  // MPEG-2 L3 32 kbit/s 22.05 kHz
		{0xFFF342C4, 22050, 105, 576},  // same, padded: go-mp3 makes it 104
		{0xFFE328C4, 8000, 144, 576},   // MPEG-2.5 L3 16 kbit/s 8 kHz
		{0xFFE392C4, 11025, 523, 576},  // MPEG-2.5 L3 80 kbit/s 11.025 kHz, padded
	}
	for _, tt := range tests {
		require.True(t, tt.header.valid(), "%08x", uint32(tt.header))
		assert.Equal(t, tt.rate, tt.header.sampleRate())
		assert.Equal(t, tt.len, tt.header.frameLen())
		assert.Equal(t, tt.spf, tt.header.samplesPerFrame())
	}
}
