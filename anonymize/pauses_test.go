package anonymize_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/internal/racedetect"
)

// With comfort noise, only the quiet parts change: every loud sample and
// every bleep is the masked output's as it was, and the output length is
// the input's.
func TestProcess_ComfortNoiseReplacesOnlyTheQuietParts(t *testing.T) {
	t.Parallel()
	methods := []anonymize.VoiceMethod{anonymize.VoiceCascade, anonymize.VoicePseudo}
	if racedetect.Enabled {
		methods = methods[:1] // the same stage; the race detector makes VoicePseudo slow
	}
	for _, method := range methods {
		for _, name := range []string{"call1", "call3"} {
			t.Run(string(method)+"/"+name, func(t *testing.T) {
				t.Parallel()
				o := anonymize.Options{Key: testKey(t, 1), Voice: method, Bleep: anonymize.BleepSilence, Pauses: anonymize.PausesKeep}
				_, keptPath := process(t, o, name, ".json")
				o.Pauses = anonymize.PausesComfortNoise
				res, cnPath := process(t, o, name, ".json")
				kept, f := decodeFile(t, keptPath)
				cn, _ := decodeFile(t, cnPath)
				in, _ := decodeFile(t, findAudio(t, name))
				require.Len(t, cn, len(kept))
				hop := f.SampleRate / 100
				var loud, loudSame, quiet, quietChanged, bleep, bleepSame int
				for c := range kept {
					require.Len(t, cn[c], len(in[c]), "output length is the input's")
					inSpan := make([]bool, len(kept[c]))
					for _, sp := range res.Spans {
						if sp.Channel == c || sp.Channel == -1 {
							a, b := audio.DurationToFrames(sp.Start, f.SampleRate), audio.DurationToFrames(sp.End, f.SampleRate)
							for i := max(a, 0); i < min(b, int64(len(inSpan))); i++ {
								inSpan[i] = true
							}
						}
					}
					lv := make([]float64, len(kept[c])/hop)
					peak := math.Inf(-1)
					for k := range lv {
						var e float64
						for _, v := range kept[c][k*hop : (k+1)*hop] {
							e += float64(v) * float64(v)
						}
						lv[k] = 10 * math.Log10(e/float64(hop)+1e-20)
						peak = max(peak, lv[k])
					}
					near := make([]bool, len(lv)) // within 120 ms of a frame 40 dB under the peak or louder
					for k, e := range lv {
						if e > peak-40 {
							for j := max(k-12, 0); j <= min(k+12, len(lv)-1); j++ {
								near[j] = true
							}
						}
					}
					for k, e := range lv {
						same := true
						for i := k * hop; i < (k+1)*hop; i++ {
							same = same && cn[c][i] == kept[c][i]
						}
						switch {
						case inSpan[k*hop] && inSpan[(k+1)*hop-1]:
							bleep++
							if same {
								bleepSame++
							}
						case e > peak-20:
							loud++
							if same {
								loudSame++
							}
						case e < peak-50 && !near[k]:
							quiet++
							if !same {
								quietChanged++
							}
						}
					}
				}
				require.Positive(t, bleep)
				require.Positive(t, loud)
				require.Positive(t, quiet)
				assert.Equal(t, bleep, bleepSame, "every bleep frame is untouched")
				assert.Equal(t, loud, loudSame, "every loud frame is untouched")
				assert.Greater(t, float64(quietChanged), 0.9*float64(quiet), "the quiet frames away from speech are the noise (%d of %d)", quietChanged, quiet)
			})
		}
	}
}

func TestNew_RefusesAnUnknownPauseMode(t *testing.T) {
	_, err := anonymize.New(anonymize.Options{Pauses: "mute"})
	assert.ErrorIs(t, err, anonymize.ErrOptions)
}
