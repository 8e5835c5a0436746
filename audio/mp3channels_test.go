package audio_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// A recording joined from a mono and a stereo MP3 (the same rate) must not
// lose a channel: it opens as stereo, its mono frames go to both channels.
func TestOpen_MP3MonoThenStereoKeepsBothChannels(t *testing.T) {
	t.Parallel()
	mono := readFixture(t, "mp3corpus/m44k_vbr_mono.mp3")
	stereo := readFixture(t, "mp3corpus/m44k_320k_stereo.mp3")
	s, err := audio.Open(bytes.NewReader(append(bytes.Clone(mono), stereo...)))
	require.NoError(t, err)
	f := s.Format()
	require.Equal(t, 2, f.Channels, "stereo frames later in the stream make it stereo")
	got, err := audio.ReadAll(s)
	require.NoError(t, err)
	assert.Equal(t, f.Frames, int64(len(got[0])))

	// The mono part: both channels carry the same signal.
	n := 8000
	require.Greater(t, len(got[0]), 3*n)
	assert.Greater(t, rms(got[0][1000:n]), 0.01)
	assert.Equal(t, got[0][1000:n], got[1][1000:n], "a mono frame goes to both channels")
	// The stereo part (the last frames): the channels differ.
	tail := len(got[0]) - n
	assert.Greater(t, rms(got[1][tail:]), 0.01)
	assert.NotEqual(t, got[0][tail:], got[1][tail:])
}

// When the frame count at open cannot see the stereo frames (junk between
// the mono and the stereo part stops it), the stream opens as mono and the
// first stereo frame is an error, not a silently dropped channel.
func TestOpen_MP3StereoAfterJunkInAMonoStreamIsAnError(t *testing.T) {
	t.Parallel()
	mono := readFixture(t, "mp3corpus/m44k_vbr_mono.mp3")
	stereo := readFixture(t, "mp3corpus/m44k_320k_stereo.mp3")
	file := append(append(bytes.Clone(mono), "not a frame"...), stereo...)
	s, err := audio.Open(bytes.NewReader(file))
	require.NoError(t, err)
	require.Equal(t, 1, s.Format().Channels)
	got, err := audio.ReadAll(s)
	require.ErrorIs(t, err, audio.ErrCorrupt)
	assert.Contains(t, err.Error(), "stereo in a stream that opened as mono")
	assert.Contains(t, err.Error(), "at byte")
	assert.Greater(t, len(got[0]), 10000, "the mono part is delivered first")
}

// After the first block, reading an MP3 allocates nothing: the decoder
// works in fixed arrays.
func TestOpen_MP3ReadsWithoutAllocating(t *testing.T) {
	for _, name := range []string{"mp3corpus/m44k_128k_joint.mp3", "mp3corpus/m8k_32k_joint.mp3", "mp3corpus/m16k_vbr_joint.mp3"} {
		file := bytes.Repeat(readFixture(t, name), 30)
		s, err := audio.Open(bytes.NewReader(file))
		require.NoError(t, err)
		block := audio.NewBlock(s.Format().Channels, 1024)
		_, err = s.Read(block)
		require.NoError(t, err)
		allocs := testing.AllocsPerRun(20, func() {
			if _, err := s.Read(block); err != nil {
				t.Fatal(err)
			}
		})
		assert.Zero(t, allocs, "%s: allocations per 1024-frame block", name)
	}
}
