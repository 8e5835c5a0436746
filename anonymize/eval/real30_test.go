package eval_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize/eval"
	"github.com/callveil/callveil/internal/racedetect"
)

var voicesReal30 = filepath.Join("..", "..", "testdata", "voices", "real30")

// loadReal30 loads the larger real-speech set (30 LibriSpeech speakers, 160
// segments of 3 s, stored at 8 kHz) as telephone speech: Telephone only
// band-passes it, as it is at 8 kHz already.
func loadReal30(t testing.TB) []eval.Utterance {
	t.Helper()
	u, err := eval.LoadDir(voicesReal30, eval.LoadOptions{})
	require.NoError(t, err)
	require.Len(t, u, 160, "testdata/voices/real30 holds 10 speakers x 8 and 20 speakers x 4 segments")
	u, err = eval.TelephoneAll(u)
	require.NoError(t, err)
	return u
}

// oneRecording says whether u is one of four consecutive segments of a
// single LibriSpeech utterance (the train-clean-100 speakers; see the set's
// README), not a segment of its own utterance.
func oneRecording(u eval.Utterance) bool {
	n := len(u.Name)
	return n > 2 && u.Name[n-2] == 's' && strings.ContainsRune("0123", rune(u.Name[n-1]))
}

func TestRealSet30_Layout(t *testing.T) {
	u := loadReal30(t)
	per, single := map[string]int{}, map[string]int{}
	for _, x := range u {
		assert.Equal(t, eval.TelephoneRate, x.Rate, x.Name)
		assert.Len(t, x.Samples, 3*eval.TelephoneRate, x.Name)
		per[x.Speaker]++
		if oneRecording(x) {
			single[x.Speaker]++
		}
	}
	assert.Len(t, per, 30)
	assert.Len(t, single, 20)
	for s, n := range per {
		if single[s] > 0 {
			assert.Equal(t, 4, n, s)
			assert.Equal(t, 4, single[s], s)
		} else {
			assert.Equal(t, 8, n, s)
		}
	}
}

// subset returns the utterances of u for which keep is true, at most max
// per speaker (in name order).
func subset(u []eval.Utterance, max int, keep func(eval.Utterance) bool) []eval.Utterance {
	n := map[string]int{}
	var out []eval.Utterance
	for _, x := range u {
		if keep(x) && n[x.Speaker] < max {
			n[x.Speaker]++
			out = append(out, x)
		}
	}
	return out
}

// pausesOnly returns the 20 ms blocks of u whose level is more than 35 dB
// below its loudest block (the pauses and the noise floor, which the
// attacker's voice activity detector drops) but above -90 dBFS (digital
// silence and the fades), joined; ok is false when they are under 0.3 s.
// The attacker on these hears the recording, not the voice.
func pausesOnly(u eval.Utterance) (p eval.Utterance, ok bool) {
	const n = eval.TelephoneRate / 50
	var lv []float64
	for i := 0; i+n <= len(u.Samples); i += n {
		var e float64
		for _, v := range u.Samples[i : i+n] {
			e += float64(v) * float64(v)
		}
		lv = append(lv, 10*math.Log10(e/n+1e-20))
	}
	peak := math.Inf(-1)
	for _, e := range lv {
		peak = max(peak, e)
	}
	p = u
	p.Samples = nil
	for b, e := range lv {
		if e < peak-35 && e > -90 {
			p.Samples = append(p.Samples, u.Samples[b*n:(b+1)*n]...)
		}
	}
	return p, len(p.Samples) >= 3*eval.TelephoneRate/10
}

// TestRealSpeech30_Masking is TestRealSpeech_Masking on the larger set
// (CALLVEIL_EVAL_REAL30=1; the same CALLVEIL_EVAL_METHODS, _PAIRS and
// _BACKGROUND). First it scores the originals of two halves of the set with
// the same shape (10 speakers x 4 segments): segments of four different
// utterances of a speaker, and four consecutive segments of one utterance.
// What the attacker gains from the second is what one unbroken recording
// (same microphone, room, level and moment) gives it. With
// CALLVEIL_EVAL_HALVES=1 every attacker and condition is also run on each
// of the two halves, with the same masked copies.
func TestRealSpeech30_Masking(t *testing.T) {
	if testing.Short() || racedetect.Enabled || os.Getenv("CALLVEIL_EVAL_REAL30") == "" {
		t.Skip("about 10 CPU-minutes per method: set CALLVEIL_EVAL_REAL30=1 to run it (not under -short or -race)")
	}
	u := loadReal30(t)
	several := subset(u, 4, func(x eval.Utterance) bool { return !oneRecording(x) })
	var single []eval.Utterance
	spk := map[string]bool{}
	for _, x := range u {
		if oneRecording(x) && (spk[x.Speaker] || len(spk) < 10) {
			spk[x.Speaker] = true
			single = append(single, x)
		}
	}
	require.Len(t, several, 40)
	require.Len(t, single, 40)
	gmm, iv := eval.NewAttacker(eval.AttackerOptions{}), eval.NewIVectorAttacker(eval.IVectorOptions{})
	for _, a := range []eval.Verifier{gmm, iv, &eval.Fusion{Systems: []eval.Verifier{gmm, iv}}} {
		for _, h := range []struct {
			name string
			u    []eval.Utterance
		}{{"4 utterances per speaker", several}, {"1 utterance cut in 4", single}, {"all 30 speakers", u}} {
			enroll, test := eval.Split(h.u)
			tr, err := a.ScoreWith(context.Background(), nil, enroll, test)
			require.NoError(t, err)
			t.Logf("originals, %s, attacker %s: EER %.1f %%, D_sys %.2f, %d/%d trials", h.name, a.Name(), 100*tr.EER(), tr.Linkability(), len(tr.Target), len(tr.NonTarget))
		}
	}
	// The recording alone: the same GMM-UBM attacker on the pauses only,
	// every frame kept.
	var pauses []eval.Utterance
	for _, x := range u {
		if p, ok := pausesOnly(x); ok {
			pauses = append(pauses, p)
		}
	}
	floor := eval.NewAttacker(eval.AttackerOptions{VAD: eval.VADOptions{RangeDB: 300, FloorDBFS: -300}})
	for _, h := range []struct {
		name string
		keep func(eval.Utterance) bool
	}{{"4 utterances per speaker", func(x eval.Utterance) bool { return !oneRecording(x) }}, {"1 utterance cut in 4", oneRecording}} {
		enroll, test := eval.Split(subset(pauses, 8, h.keep))
		tr, err := floor.ScoreWith(context.Background(), nil, enroll, test)
		require.NoError(t, err)
		t.Logf("originals, pauses only (%d of %d segments have 0.3 s), %s, attacker %s: EER %.1f %%, D_sys %.2f, %d/%d trials", len(pauses), len(u), h.name, floor.Name(), 100*tr.EER(), tr.Linkability(), len(tr.Target), len(tr.NonTarget))
	}
	// Does the recording survive masking? The same attacker on the pauses
	// of masked copies (first key pair of attackAllMethods), all speakers.
	pausesOf := func(set []eval.Utterance) []eval.Utterance {
		var out []eval.Utterance
		for _, x := range set {
			if p, ok := pausesOnly(x); ok {
				out = append(out, p)
			}
		}
		return out
	}
	enroll, test := eval.Split(pauses)
	tr, err := floor.ScoreWith(context.Background(), nil, enroll, test)
	require.NoError(t, err)
	t.Logf("pauses only, all speakers, originals vs originals: EER %.1f %%, D_sys %.2f, %d/%d trials", 100*tr.EER(), tr.Linkability(), len(tr.Target), len(tr.NonTarget))
	for _, method := range realMethods() {
		masked, lazy := pausesOf(maskAll(t, u, method, [2]byte{0, 1})), pausesOf(maskAll(t, u, method, [2]byte{0, 2}))
		mEnroll, mTest := eval.Split(masked)
		lEnroll, _ := eval.Split(lazy)
		for _, c := range []struct {
			name         string
			enroll, test []eval.Utterance
		}{{"originals vs masked", enroll, mTest}, {"masked vs masked, other key", lEnroll, mTest}, {"masked vs masked, same key", mEnroll, mTest}} {
			tr, err := floor.ScoreWith(context.Background(), nil, c.enroll, c.test)
			require.NoError(t, err)
			t.Logf("pauses only, all speakers, %s masking, %s: EER %.1f %%, D_sys %.2f, %d/%d trials", method, c.name, 100*tr.EER(), tr.Linkability(), len(tr.Target), len(tr.NonTarget))
		}
	}
	if os.Getenv("CALLVEIL_EVAL_ORIGINALS_ONLY") != "" {
		return
	}
	var parts []view
	if os.Getenv("CALLVEIL_EVAL_HALVES") != "" { // about 50 % more CPU
		parts = []view{{"real30, 4 utterances per speaker (10 x 4)", several}, {"real30, 1 utterance cut in 4 (10 x 4)", single}}
	}
	attackAllMethods(t, u, "real30 (30 speakers, 3 s) 8 kHz", parts...)
}
