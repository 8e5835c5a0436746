package eval_test

import (
	"context"
	"math"
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
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

// TestPseudoMasking_KeepsIntonation masks the real-speech set (8 kHz) with
// the default method under three keys and checks the utility
// floor: the mean, over keys and utterances, of the correlation of the
// original's and the masked copy's log f0 tracks is at least 0.5. It is
// close to the floor (0.50-0.56 per key): see the package documentation of
// anonymize.
func TestPseudoMasking_KeepsIntonation(t *testing.T) {
	u := loadReal(t, true)
	keys := []byte{1, 2, 3}
	if raceEnabled {
		u, keys = u[:12], keys[:1] // the race detector makes masking ten times slower
	}
	var sum float64
	n := 0
	for _, key := range keys {
		secret := make([]byte, anonymize.KeySize)
		secret[0] = key
		k, err := anonymize.KeyFromBytes(secret)
		require.NoError(t, err)
		p, err := anonymize.New(anonymize.Options{Key: k, AllowNoTranscript: true})
		require.NoError(t, err)
		m, err := eval.Mask(context.Background(), p, u)
		require.NoError(t, err)
		var ks float64
		kn := 0
		for i := range u {
			require.Len(t, m[i].Samples, len(u[i].Samples), "%s: output as long as the input", u[i].Name)
			r, frames := eval.PitchCorrelation(eval.PitchTrack(u[i].Samples, u[i].Rate), eval.PitchTrack(m[i].Samples, m[i].Rate))
			if frames >= 10 && !math.IsNaN(r) {
				ks += r
				kn++
			}
		}
		require.Greater(t, kn, len(u)/2)
		t.Logf("key %d: pitch correlation %.3f over %d utterances", key, ks/float64(kn), kn)
		sum += ks
		n += kn
	}
	t.Logf("mean pitch correlation %.3f", sum/float64(n))
	if !raceEnabled {
		assert.GreaterOrEqual(t, sum/float64(n), 0.5)
	}
}
