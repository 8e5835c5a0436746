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
			s, err := audio.Open(bytes.NewReader(readFixture(t, fx.name)))
			require.NoError(t, err)
			f := s.Format()
			assert.Equal(t, audio.EncodingOpus, f.Encoding)
			assert.Equal(t, 48000, f.SampleRate)
			assert.Equal(t, fx.channels, f.Channels)
			got, err := audio.ReadAll(s)
			require.NoError(t, err)
			refInt := rawPCM(readFixture(t, fx.name+".raw"), fx.channels, 2)
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

// TestOpus_CallKeepsItsTimes decodes call1 of testdata/calls as opusenc
// encoded it (testdata/encoded/call1.opus, 48 kHz) and finds where it lines
// up best with the 8 kHz original: at the same time to within 3 samples at
// 48 kHz (0.06 ms), so word times taken from the original still hold.
func TestOpus_CallKeepsItsTimes(t *testing.T) {
	t.Parallel()
	orig, err := audio.OpenFile("../testdata/calls/call1.wav")
	require.NoError(t, err)
	defer orig.Close()
	x, err := audio.ReadAll(orig)
	require.NoError(t, err)
	enc, err := audio.OpenFile("../testdata/encoded/call1.opus")
	require.NoError(t, err)
	defer enc.Close()
	y, err := audio.ReadAll(enc)
	require.NoError(t, err)
	require.Equal(t, len(x[0])*6, len(y[0]), "the same length at 6 times the rate")

	best, bestLag := math.Inf(-1), 0
	for lag := -48; lag <= 48; lag++ {
		var sum float64
		for i, v := range x[0] {
			if j := 6*i + lag; j >= 0 && j < len(y[0]) {
				sum += float64(v) * float64(y[0][j])
			}
		}
		if sum > best {
			best, bestLag = sum, lag
		}
	}
	assert.LessOrEqual(t, bestLag, 3, "lag in 48 kHz samples")
	assert.GreaterOrEqual(t, bestLag, -3, "lag in 48 kHz samples")
	t.Logf("best alignment at %d samples (48 kHz)", bestLag)
}

func TestOpus_ChainedStreamIsRefusedNotDropped(t *testing.T) {
	first := readFixture(t, "opus_silk_nb_8k.opus")
	chained := append(append([]byte{}, first...), readFixture(t, "opus_hybrid_48k.opus")...)
	s, err := audio.Open(bytes.NewReader(chained))
	if err == nil {
		_, err = audio.ReadAll(s)
	}
	require.Error(t, err, "the second stream's audio must not be dropped silently")
	assert.ErrorIs(t, err, audio.ErrUnsupported)
	assert.Contains(t, err.Error(), "chained")

	// The first file alone still ends cleanly.
	s, err = audio.Open(bytes.NewReader(first))
	require.NoError(t, err)
	_, err = audio.ReadAll(s)
	require.NoError(t, err)
}
