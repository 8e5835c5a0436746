package audio_test

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/audio"
)

// opusFixtures are the Ogg Opus files of audio/testdata, the modes their
// packets use, and the least signal-to-difference ratio measured against
// opusdec's decode (see TestOpus_MatchesReferenceDecode).
var opusFixtures = []struct {
	name     string
	channels int
	mode     string // the mode of every audio packet: SILK, hybrid or CELT ("" for WebM)
	minSNR   float64
}{
	{"opus_silk_nb_8k.opus", 1, "SILK", 50},
	{"opus_silk_wb_16k.opus", 1, "SILK", 50},
	{"opus_silk_wb_stereo.opus", 2, "SILK", 45},
	{"opus_hybrid_48k.opus", 1, "hybrid", 50},
	{"opus_celt_48k_stereo.opus", 2, "CELT", 70},
	{"opus_celt_48k_mono.opus", 1, "CELT", 70},
	{"opus_48k_mono.webm", 1, "", 50},
	{"opus_16k_stereo_live.webm", 2, "", 50},
}

// snrDB is the ratio of the power of ref to that of got - ref, in dB.
func snrDB(ref, got []float32) float64 {
	var sig, diff float64
	for i := range ref {
		sig += float64(ref[i]) * float64(ref[i])
		d := float64(got[i]) - float64(ref[i])
		diff += d * d
	}
	if diff == 0 {
		return math.Inf(1)
	}
	return 10 * math.Log10(sig/diff)
}

// TestOpus_MatchesReferenceDecode decodes each Ogg Opus fixture and
// compares it with opusdec's decode at 48 kHz (16-bit, no dither), and
// each WebM one with ffmpeg's through libopus: the same number of samples (pre-skip dropped, end trimmed at the last
// granule position) and, sample-aligned, a difference at least minSNR dB
// below the signal.
func TestOpus_MatchesReferenceDecode(t *testing.T) {
	t.Parallel()
	for _, fx := range opusFixtures {
		t.Run(fx.name, func(t *testing.T) {
			t.Parallel()
			s, err := audio.Open(bytes.NewReader(codecFixture(t, fx.name)))
			require.NoError(t, err)
			f := s.Format()
			assert.Equal(t, audio.EncodingOpus, f.Encoding)
			assert.Equal(t, 48000, f.SampleRate)
			assert.Equal(t, fx.channels, f.Channels)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			refInt := rawPCM(codecFixture(t, fx.name+".raw"), fx.channels, 2)
			if strings.HasSuffix(fx.name, ".webm") {
				assert.Equal(t, "webm", f.Container)
				assert.Equal(t, int64(-1), f.Frames, "WebM gives no exact length")
			} else {
				assert.Equal(t, "ogg", f.Container)
				require.Equal(t, int64(len(refInt[0])), f.Frames, "Format.Frames")
			}
			for c := range refInt {
				require.Len(t, got[c], len(refInt[c]), "channel %d length", c)
				ref := make([]float32, len(refInt[c]))
				for i, v := range refInt[c] {
					ref[i] = float32(v) / 32768
				}
				snr := snrDB(ref, got[c])
				// Sample-aligned: one sample early or late is far worse.
				early := snrDB(ref[1:], got[c][:len(ref)-1])
				late := snrDB(ref[:len(ref)-1], got[c][1:])
				t.Logf("channel %d: %.1f dB signal to difference (%.1f and %.1f dB one sample off)", c, snr, early, late)
				assert.GreaterOrEqual(t, snr, fx.minSNR, "channel %d", c)
				assert.Greater(t, snr, max(early, late)+20, "channel %d is best aligned at 0", c)
			}
		})
	}
}
