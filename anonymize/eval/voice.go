package eval

import (
	"context"
	"fmt"
	"math"

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
)

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
	// Transcripts, by utterance Name, are the originals' word-timed
	// transcripts, if the user has them: the report then says how many
	// non-PII words still line up in the masked copies (see AlignWords).
	Transcripts map[string]*transcript.Transcript
}

// ConditionResult is the outcome of one attack condition.
type ConditionResult struct {
	Name string
	// EER is the equal error rate in [0, 1]; Linkability is D↔sys.
	EER, Linkability float64
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
func EvaluateVoice(ctx context.Context, a *Attacker, s VoiceSets) (*VoiceReport, error) {
	enroll, test := Split(s.Originals)
	rep := &VoiceReport{PitchCorrelation: math.NaN(), PitchMin: math.NaN()}
	run := func(name string, en, te []Utterance) error {
		t, err := a.Score(ctx, en, te)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		rep.Conditions = append(rep.Conditions, ConditionResult{Name: name, EER: t.EER(), Linkability: t.Linkability(), Targets: len(t.Target), NonTargets: len(t.NonTarget)})
		return nil
	}
	if len(test) == 0 && s.Masked == nil {
		return nil, fmt.Errorf("eval: originals: no speaker has two utterances, so none can be tested: %w", ErrNotEnoughData)
	}
	if len(test) > 0 {
		if err := run(CondOriginals, enroll, test); err != nil {
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
		if err := run(CondIgnorant, enroll, maskedTest); err != nil {
			return nil, err
		}
		if s.Lazy != nil {
			lazyEnroll, err := pick(s.Lazy, enroll, "lazy")
			if err != nil {
				return nil, err
			}
			if err := run(CondLazy, lazyEnroll, maskedTest); err != nil {
				return nil, err
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
