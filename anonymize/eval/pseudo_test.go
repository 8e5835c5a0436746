package eval_test

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/anonymize/eval"
)

// maskingScore is the mean, over key pairs, of each condition's EER and
// D_sys and of the pitch correlation.
type maskingScore struct {
	eer, dsys map[string]float64
	pitch     float64
}

// measureMasking masks u under pairs key pairs with options opt (Key
// filled in) and runs the attacker on each, as TestCascadeMasking_OnVoiceSet
// does.
func measureMasking(t *testing.T, u []eval.Utterance, opt anonymize.Options, pairs int) maskingScore {
	t.Helper()
	ctx := context.Background()
	sc := maskingScore{eer: map[string]float64{}, dsys: map[string]float64{}}
	for pair := range pairs {
		sets := eval.VoiceSets{Originals: u}
		for i, dst := range []*[]eval.Utterance{&sets.Masked, &sets.Lazy} {
			secret := make([]byte, anonymize.KeySize)
			secret[0], secret[1] = byte(pair), byte(i+1)
			k, err := anonymize.KeyFromBytes(secret)
			require.NoError(t, err)
			o := opt
			o.Key, o.AllowNoTranscript = k, true
			p, err := anonymize.New(o)
			require.NoError(t, err)
			*dst, err = eval.Mask(ctx, p, u)
			require.NoError(t, err)
		}
		rep, err := eval.EvaluateVoice(ctx, eval.NewAttacker(eval.AttackerOptions{}), sets)
		require.NoError(t, err)
		for _, c := range rep.Conditions {
			sc.eer[c.Name] += c.EER / float64(pairs)
			sc.dsys[c.Name] += c.Linkability / float64(pairs)
		}
		sc.pitch += rep.PitchCorrelation / float64(pairs)
	}
	return sc
}

// TestPseudoVsCascade_OnVoiceSet measures the cascade (before) and the
// pseudo-voice mapping (after) in one run on the 8 kHz voice set.
func TestPseudoVsCascade_OnVoiceSet(t *testing.T) {
	if os.Getenv("CALLVEIL_MEASURE") == "" {
		t.Skip("measurement: set CALLVEIL_MEASURE=1")
	}
	set := os.Getenv("CALLVEIL_MEASURE")
	var u []eval.Utterance
	if set == "real" {
		u = loadReal(t, true)
	} else {
		u = loadVoices(t, voices8k)
	}
	for _, m := range []struct {
		name string
		opt  anonymize.Options
	}{
		{"cascade", anonymize.Options{Voice: anonymize.VoiceCascade}},
		{"pseudo", anonymize.Options{Voice: anonymize.VoicePseudo}},
		{"pseudo, no variation", anonymize.Options{Voice: anonymize.VoicePseudo, VoiceVariation: -1}},
	} {
		if only := os.Getenv("CALLVEIL_ONLY"); only != "" && only != m.name {
			continue
		}
		pairs := 3
		if n, err := strconv.Atoi(os.Getenv("CALLVEIL_PAIRS")); err == nil {
			pairs = n
		}
		sc := measureMasking(t, u, m.opt, pairs)
		for _, c := range []string{eval.CondOriginals, eval.CondIgnorant, eval.CondLazy} {
			t.Logf("%-22s %-46s EER %5.1f %%  D_sys %.2f", m.name, c, 100*sc.eer[c], sc.dsys[c])
		}
		t.Logf("%-22s pitch correlation %.2f", m.name, sc.pitch)
	}
}
