package audio

import (
	"bytes"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFLACFrames_BitExact decodes the integer samples of each FLAC fixture
// and compares them with `flac -d`'s output sample for sample (the float32
// path cannot show this for 32-bit audio).
func TestFLACFrames_BitExact(t *testing.T) {
	t.Parallel()
	for _, fx := range []struct {
		name            string
		channels, width int
	}{
		{"flac_8k_mono16.flac", 1, 2},
		{"flac_8k_mono16_id3.flac", 1, 2},
		{"flac_16k_stereo24.flac", 2, 3},
		{"flac_44k_mono8.flac", 1, 1},
		{"flac_48k_stereo32.flac", 2, 4},
		{"flac_11k_6ch16.flac", 6, 2},
	} {
		b, err := os.ReadFile("testdata/" + fx.name)
		require.NoError(t, err)
		ref, err := os.ReadFile("testdata/" + fx.name + ".raw")
		require.NoError(t, err)
		st, err := openFLAC(bytes.NewReader(b), int64(len(b)))
		require.NoError(t, err)
		s := st.(*flacStream)
		i := 0 // frame index into ref
		for {
			err := s.nextFrame()
			if errors.Is(err, io.EOF) {
				break
			}
			require.NoError(t, err, fx.name)
			for k := range s.have {
				for c := range fx.channels {
					off := ((i+k)*fx.channels + c) * fx.width
					var v uint64
					for j := fx.width - 1; j >= 0; j-- {
						v = v<<8 | uint64(ref[off+j])
					}
					want := int64(v<<(64-8*fx.width)) >> (64 - 8*fx.width)
					if s.samples[c][k] != want {
						t.Fatalf("%s: frame %d, channel %d: %d, flac -d %d", fx.name, i+k, c, s.samples[c][k], want)
					}
				}
			}
			i += s.have
		}
		require.Equal(t, len(ref)/(fx.channels*fx.width), i, fx.name)
	}
}
