package eval_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/anonymize/eval"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/dsp"
	"github.com/callveil/callveil/internal/racedetect"
)

var voices8k = filepath.Join("..", "..", "testdata", "voices", "8k")

func loadVoices(t testing.TB, dir string) []eval.Utterance {
	t.Helper()
	u, err := eval.LoadDir(dir, eval.LoadOptions{})
	require.NoError(t, err)
	require.Len(t, u, 40, "testdata/voices holds 8 speakers x 5 utterances")
	return u
}

func TestAttacker_SeparatesOriginals(t *testing.T) {
	for _, dir := range []string{voices8k, filepath.Join("..", "..", "testdata", "voices", "16k")} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			if racedetect.Enabled && filepath.Base(dir) == "16k" {
				t.Skip("measured without -race only: the race detector makes it ten times slower")
			}
			u := loadVoices(t, dir)
			enroll, test := eval.Split(u)
			require.Len(t, enroll, 24)
			require.Len(t, test, 16)
			tr, err := eval.NewAttacker(eval.AttackerOptions{}).Score(context.Background(), enroll, test)
			require.NoError(t, err)
			assert.Len(t, tr.Target, 16)
			assert.Len(t, tr.NonTarget, 16*7)
			eer := tr.EER()
			t.Logf("originals vs originals: EER %.1f %%, D_sys %.2f", 100*eer, tr.Linkability())
			assert.LessOrEqual(t, eer, 0.10, "the attacker must separate the original voices")
			assert.Greater(t, tr.Linkability(), 0.7)
		})
	}
}

// shift applies a fixed pitch shift (formants move with it) to every
// utterance: a strong, known transform.
func shift(t *testing.T, utts []eval.Utterance, semitones float64) []eval.Utterance {
	out := make([]eval.Utterance, len(utts))
	for i, u := range utts {
		ps, err := dsp.NewPitchShift(audio.NewSliceStream(u.Rate, [][]float32{u.Samples}), dsp.PitchShiftOptions{Cents: 100 * semitones})
		require.NoError(t, err)
		x, err := audio.ReadAll(ps)
		require.NoError(t, err)
		u.Samples = x[0]
		out[i] = u
	}
	return out
}

func TestAttacker_StrongTransformRaisesEER(t *testing.T) {
	u := loadVoices(t, voices8k)
	enroll, test := eval.Split(u)
	a := eval.NewAttacker(eval.AttackerOptions{})
	orig, err := a.Score(context.Background(), enroll, test)
	require.NoError(t, err)
	moved, err := a.Score(context.Background(), enroll, shift(t, test, 7))
	require.NoError(t, err)
	t.Logf("EER originals %.1f %%, pitch +7 semitones %.1f %%", 100*orig.EER(), 100*moved.EER())
	assert.Greater(t, moved.EER(), orig.EER()+0.2, "a 7-semitone shift must hide the speakers from an attacker enrolled on originals")
	assert.Less(t, moved.Linkability(), orig.Linkability())
}

// TestCascadeMasking_OnVoiceSet is the measurement the closing note of
// issue 8 reports: the default Cascade masking, under two keys, against
// the attacker, on the committed 8 kHz voice set. It asserts that the
// attacker works (originals ≤ 10 % EER) and the masking targets met today
// (ignorant ≥ 40 %, pitch correlation ≥ 0.6); the missed lazy-informed
// target (≥ 35 %) is logged with its gap (see the package documentation).
func TestCascadeMasking_OnVoiceSet(t *testing.T) {
	ctx := context.Background()
	u := loadVoices(t, voices8k)
	for _, mode := range []struct {
		name string
		id   anonymize.SpeakerIDFunc
	}{
		{"per-recording voices (default)", nil},
		{"one pseudo-voice per speaker", func(rec string, _ int) string { return eval.SpeakerFromName(rec) }},
	} {
		t.Run(mode.name, func(t *testing.T) {
			if racedetect.Enabled && mode.id != nil {
				t.Skip("measured without -race only: the race detector makes it ten times slower")
			}
			t.Parallel()
			// 16 target trials per condition make one key pair's EER
			// coarse (steps of 6 %) and key-dependent, so three key pairs
			// are measured and their mean is what counts.
			targets := map[string]float64{eval.CondOriginals: 0.10, eval.CondIgnorant: 0.40, eval.CondLazy: 0.35}
			mean := map[string][2]float64{}
			var pitch float64
			pairs := 3
			if racedetect.Enabled {
				pairs = 1 // the race detector makes each pair ten times slower
			}
			for pair := range pairs {
				sets := eval.VoiceSets{Originals: u}
				for i, dst := range []*[]eval.Utterance{&sets.Masked, &sets.Lazy} {
					secret := make([]byte, anonymize.KeySize)
					secret[0], secret[1] = byte(pair), byte(i+1)
					k, err := anonymize.KeyFromBytes(secret)
					require.NoError(t, err)
					p, err := anonymize.New(anonymize.Options{Key: k, Voice: anonymize.VoiceCascade, AllowNoTranscript: true, SpeakerID: mode.id})
					require.NoError(t, err)
					*dst, err = eval.Mask(ctx, p, u)
					require.NoError(t, err)
				}
				rep, err := eval.EvaluateVoice(ctx, eval.NewAttacker(eval.AttackerOptions{}), sets)
				require.NoError(t, err)
				require.Len(t, rep.Conditions, 3)
				for _, c := range rep.Conditions {
					t.Logf("keys %d: %-46s EER %5.1f %%  D_sys %.2f  (%d target, %d non-target trials)", pair, c.Name, 100*c.EER, c.Linkability, c.Targets, c.NonTargets)
					m := mean[c.Name]
					mean[c.Name] = [2]float64{m[0] + c.EER/float64(pairs), m[1] + c.Linkability/float64(pairs)}
				}
				t.Logf("keys %d: pitch correlation %.2f (lowest %.2f, %d utterances)", pair, rep.PitchCorrelation, rep.PitchMin, rep.PitchPairs)
				pitch += rep.PitchCorrelation / float64(pairs)
				orig, _ := rep.Condition(eval.CondOriginals)
				assert.LessOrEqual(t, orig.EER, 0.10, "the attacker works")
			}
			for _, name := range []string{eval.CondOriginals, eval.CondIgnorant, eval.CondLazy} {
				m, want := mean[name], targets[name]
				met := m[0] >= want
				op := ">="
				if name == eval.CondOriginals {
					met, op = m[0] <= want, "<="
				}
				t.Logf("mean: %-46s EER %5.1f %% (target %s %2.0f %%, met: %v)  D_sys %.2f", name, 100*m[0], op, 100*want, met, m[1])
			}
			t.Logf("mean: pitch correlation %.2f (target >= 0.60, met: %v)", pitch, pitch >= 0.6)
			// Asserted because met today: the ignorant attacker's target
			// (on the mean of the three key pairs; a single pair moves in
			// 6 % steps) and the pitch correlation target. The
			// lazy-informed 35 % target is missed, so it is only logged
			// (see the package documentation for the gap), with a
			// weaker check that masking still hurts that attacker.
			if !racedetect.Enabled {
				assert.GreaterOrEqual(t, mean[eval.CondIgnorant][0], 0.40)
			}
			assert.Greater(t, mean[eval.CondIgnorant][0], 0.30)
			assert.Greater(t, mean[eval.CondLazy][0], mean[eval.CondOriginals][0]+0.05)
			assert.GreaterOrEqual(t, pitch, 0.6)
		})
	}
}
