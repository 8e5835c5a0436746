package eval

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/callveil/callveil/transcript"
)

// Condition names, in the order VoiceReport lists them.
const (
	// CondOriginals enrols and tests on originals: the attacker works.
	CondOriginals = "originals vs originals"
	// CondIgnorant enrols on originals and tests on masked speech: the
	// attacker who does not know that, or how, the speech was masked.
	CondIgnorant = "originals vs masked (ignorant)"
	// CondLazy enrols on speech masked with another key and tests on the
	// masked speech: the attacker who masks its own enrolment data with
	// callveil ("lazy-informed" in VoicePrivacy terms).
	CondLazy = "masked vs masked, other key (lazy-informed)"
	// CondSemi is the lazy-informed trial list, but the attacker trains
	// its background models (UBM; for the i-vector attacker also T, LDA,
	// WCCN and the score-normalisation cohort) on the enrolment half
	// masked with several other keys, speaker labels kept: the
	// semi-informed attacker of VoicePrivacy 2022/2024. The training
	// speakers are the enrolled ones (never their test utterances).
	CondSemi = "semi-informed, trained on other keys"
	// CondSemiFolds is CondSemi with training and trial speakers disjoint:
	// the speakers are split into two folds (alternately, in name order);
	// the trials of each fold use models trained on every utterance of the
	// other fold's speakers, masked with the other keys; the two folds'
	// scores are pooled. Non-target trials are only within a fold.
	CondSemiFolds = "semi-informed, disjoint speakers (2 folds)"
	// CondOriginalsFolds is originals vs originals under the fold
	// protocol of CondSemiFolds (training on the other fold's originals):
	// what the attacker achieves when trained on speakers it does not
	// test, the reference for CondSemiFolds.
	CondOriginalsFolds = "originals, disjoint speakers (2 folds)"
)

// Verifier is a speaker-verification attacker: Attacker (GMM-UBM) or
// IVectorAttacker.
type Verifier interface {
	// ScoreWith trains the attacker's models on background (nil means
	// enroll), enrols every speaker of enroll, and scores every
	// utterance of test against every enrolled speaker.
	ScoreWith(ctx context.Context, background, enroll, test []Utterance) (Trials, error)
	// Name says what the attacker is, for reports.
	Name() string
}

// VoiceSets are the sets EvaluateVoice compares. Masked and Lazy utterances
// are matched to originals by Name.
type VoiceSets struct {
	// Originals are the unmasked utterances; they are split into enrolment
	// and test halves per speaker (see Split).
	Originals []Utterance
	// Masked holds masked copies of (at least) the test half; nil skips
	// the ignorant and lazy conditions and the pitch correlation.
	Masked []Utterance
	// Lazy holds copies masked with another key of (at least) the
	// enrolment half; nil skips the lazy condition.
	Lazy []Utterance
	// Background holds further copies of the originals, each masked with
	// another key (not Masked's or Lazy's), for the semi-informed attacker;
	// nil skips CondSemi and CondSemiFolds. It needs Lazy.
	Background [][]Utterance
	// Transcripts, by utterance Name, are the originals' word-timed
	// transcripts, if the user has them: the report then says how many
	// non-PII words still line up in the masked copies (see AlignWords).
	Transcripts map[string]*transcript.Transcript
}

// ConditionResult is the outcome of one attack condition.
type ConditionResult struct {
	Name string
	// EER is the equal error rate in [0, 1]; Linkability is D↔sys;
	// MissAt1FAR is the share of target trials missed at a threshold that
	// accepts at most 1 % of the non-target trials (see MissAtFAR).
	EER, Linkability, MissAt1FAR float64
	// Targets and NonTargets count the trials.
	Targets, NonTargets int
}

// VoiceReport is the outcome of EvaluateVoice.
type VoiceReport struct {
	Conditions []ConditionResult
	// PitchCorrelation is the mean, over utterances found in both Originals
	// and Masked, of the correlation of their log f0 tracks; PitchMin the
	// lowest; PitchPairs the number of utterances that had 10 or more
	// frames voiced in both. NaN when there were none.
	PitchCorrelation, PitchMin float64
	PitchPairs                 int
	// Timing counts the non-PII words of the Transcripts whose timing
	// survived masking.
	Timing WordTiming
}

// Condition returns the result named name, and whether it was run.
func (r *VoiceReport) Condition(name string) (ConditionResult, bool) {
	for _, c := range r.Conditions {
		if c.Name == name {
			return c, true
		}
	}
	return ConditionResult{}, false
}

// EvaluateVoice runs the attacker a over the conditions the sets allow:
// originals vs originals when some speaker has two or more utterances,
// originals vs masked and the pitch correlation (and word timing) when
// Masked is given, masked vs masked with another key when Lazy is given
// too. With one utterance per speaker and Masked given, only the pitch
// and timing figures are computed; without Masked that is an error. Every utterance must be at one sample rate (load them
// with LoadOptions.Rate to resample).
func EvaluateVoice(ctx context.Context, a Verifier, s VoiceSets) (*VoiceReport, error) {
	enroll, test := Split(s.Originals)
	rep := &VoiceReport{PitchCorrelation: math.NaN(), PitchMin: math.NaN()}
	add := func(name string, t Trials) {
		rep.Conditions = append(rep.Conditions, ConditionResult{Name: name, EER: t.EER(), Linkability: t.Linkability(), MissAt1FAR: MissAtFAR(t.Target, t.NonTarget, 0.01), Targets: len(t.Target), NonTargets: len(t.NonTarget)})
	}
	run := func(name string, bg, en, te []Utterance) error {
		t, err := a.ScoreWith(ctx, bg, en, te)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		add(name, t)
		return nil
	}
	if len(test) == 0 && s.Masked == nil {
		return nil, fmt.Errorf("eval: originals: no speaker has two utterances, so none can be tested: %w", ErrNotEnoughData)
	}
	if len(test) > 0 {
		if err := run(CondOriginals, nil, enroll, test); err != nil {
			return nil, err
		}
	}
	if s.Masked == nil {
		return rep, nil
	}
	if len(test) > 0 {
		maskedTest, err := pick(s.Masked, test, "masked")
		if err != nil {
			return nil, err
		}
		if err := run(CondIgnorant, nil, enroll, maskedTest); err != nil {
			return nil, err
		}
		if s.Lazy != nil {
			lazyEnroll, err := pick(s.Lazy, enroll, "lazy")
			if err != nil {
				return nil, err
			}
			if err := run(CondLazy, nil, lazyEnroll, maskedTest); err != nil {
				return nil, err
			}
			if len(s.Background) > 0 {
				bg := slices.Clone(lazyEnroll)
				for i, b := range s.Background {
					be, err := pick(b, enroll, fmt.Sprintf("background %d", i+1))
					if err != nil {
						return nil, err
					}
					bg = append(bg, be...)
				}
				if err := run(CondSemi, bg, lazyEnroll, maskedTest); err != nil {
					return nil, err
				}
				// Disjoint speakers: originals as the reference, then the
				// semi-informed attacker.
				t, err := folds(ctx, a, [][]Utterance{s.Originals}, enroll, test)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", CondOriginalsFolds, err)
				}
				add(CondOriginalsFolds, t)
				train := [][]Utterance{s.Lazy}
				for i, b := range s.Background {
					bb, err := pick(b, s.Originals, fmt.Sprintf("background %d", i+1))
					if err != nil {
						return nil, err
					}
					train = append(train, bb)
				}
				if t, err = folds(ctx, a, train, lazyEnroll, maskedTest); err != nil {
					return nil, fmt.Errorf("%s: %w", CondSemiFolds, err)
				}
				add(CondSemiFolds, t)
			}
		}
	}
	masked := map[string]Utterance{}
	for _, u := range s.Masked {
		masked[u.Name] = u
	}
	var sum float64
	for _, o := range s.Originals {
		m, ok := masked[o.Name]
		if !ok {
			continue
		}
		if tr := s.Transcripts[o.Name]; tr != nil {
			words, err := NonPIIWords(tr)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", o.Name, err)
			}
			rep.Timing = rep.Timing.Add(AlignWords(o.Samples, m.Samples, o.Rate, words))
		}
		r, n := PitchCorrelation(PitchTrack(o.Samples, o.Rate), PitchTrack(m.Samples, m.Rate))
		if n < 10 || math.IsNaN(r) {
			continue
		}
		if rep.PitchPairs == 0 || r < rep.PitchMin {
			rep.PitchMin = r
		}
		sum += r
		rep.PitchPairs++
	}
	if rep.PitchPairs > 0 {
		rep.PitchCorrelation = sum / float64(rep.PitchPairs)
	}
	return rep, nil
}

// pick returns the utterances of set named like those of want, with the
// speaker labels of want.
func pick(set, want []Utterance, what string) ([]Utterance, error) {
	by := map[string]Utterance{}
	for _, u := range set {
		by[u.Name] = u
	}
	var out []Utterance
	for _, w := range want {
		u, ok := by[w.Name]
		if !ok {
			continue
		}
		u.Speaker = w.Speaker
		out = append(out, u)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval: the %s set has none of the %d utterances it is compared on (names must match the originals'): %w", what, len(want), ErrNotEnoughData)
	}
	return out, nil
}

// folds runs the two-fold disjoint-speaker protocol: the speakers of enroll,
// in name order, go alternately to fold 0 and fold 1; the trials of each
// fold (its speakers' enroll and test utterances) are scored by a trained
// on every utterance of train (each set in it, e.g. one per masking key)
// whose speaker is in the other fold. The folds' trials are pooled.
func folds(ctx context.Context, a Verifier, train [][]Utterance, enroll, test []Utterance) (Trials, error) {
	var spk []string
	for _, u := range enroll {
		if !slices.Contains(spk, u.Speaker) {
			spk = append(spk, u.Speaker)
		}
	}
	slices.Sort(spk)
	if len(spk) < 4 {
		return Trials{}, fmt.Errorf("eval: %d speakers, the two-fold protocol needs at least 4: %w", len(spk), ErrNotEnoughData)
	}
	fold := map[string]int{}
	for i, s := range spk {
		fold[s] = i % 2
	}
	in := func(us []Utterance, f int) []Utterance {
		var out []Utterance
		for _, u := range us {
			if g, ok := fold[u.Speaker]; ok && g == f {
				out = append(out, u)
			}
		}
		return out
	}
	var all Trials
	for f := range 2 {
		var bg []Utterance
		for _, set := range train {
			bg = append(bg, in(set, 1-f)...)
		}
		te := in(test, f)
		if len(te) == 0 {
			continue
		}
		t, err := a.ScoreWith(ctx, bg, in(enroll, f), te)
		if err != nil {
			return Trials{}, fmt.Errorf("fold %d: %w", f+1, err)
		}
		all.Target = append(all.Target, t.Target...)
		all.NonTarget = append(all.NonTarget, t.NonTarget...)
	}
	return all, nil
}
