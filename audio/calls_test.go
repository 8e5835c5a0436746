package audio_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// TestOpen_DecodesEveryExampleCall decodes each recording in the
// repository's testdata/calls and checks that writing it as 16-bit WAV and
// decoding that again gives the same samples (every source there is 16-bit
// or 8-bit companded, which 16-bit PCM holds exactly; float, 24/32-bit
// and MP3 sources, decoded to float, round-trip within one 16-bit step).
func TestOpen_DecodesEveryExampleCall(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("..", "testdata", "calls")
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		t.Skipf("no %s folder: the example calls are not in this checkout", dir)
	}
	require.NoError(t, err)
	var files []string
	for _, e := range entries {
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".wav", ".mp3":
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	if len(files) == 0 {
		t.Skipf("%s holds no .wav or .mp3 recordings yet", dir)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			s, err := audio.OpenFile(path)
			require.NoError(t, err)
			defer s.Close()
			f := s.Format()
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			require.Len(t, got, f.Channels)
			if f.Frames >= 0 {
				assert.Equal(t, f.Frames, int64(len(got[0])), "Format.Frames")
			}
			assert.Greater(t, len(got[0]), f.SampleRate, "at least a second of audio")

			var out memFile
			n, err := audio.WriteWAV(&out, audio.NewSliceStream(f.SampleRate, got), audio.WAVOptions{})
			require.NoError(t, err)
			assert.Equal(t, int64(len(got[0])), n)
			again, err := audio.Open(bytes.NewReader(out.buf))
			require.NoError(t, err)
			back, err := audio.ReadAll(again)
			require.NoError(t, err)
			if f.Encoding == audio.EncodingFloat32 || f.Encoding == audio.EncodingFloat64 ||
				f.Encoding == audio.EncodingPCM24 || f.Encoding == audio.EncodingPCM32 || f.Encoding == audio.EncodingMP3 {
				for c := range got {
					assert.InDeltaSlice(t, got[c], back[c], 1.0/32768, "channel %d", c)
				}
				return
			}
			assert.Equal(t, got, back, "16-bit round trip is exact")
		})
	}
}
