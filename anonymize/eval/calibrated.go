package eval

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// CalibratedFusion is a speaker-verification attacker that fuses several
// attackers' scores with weights and an offset learned by linear logistic
// regression (FitLinearFusion: the FoCal/BOSARIS fusion of Brümmer, after
// Pigeon et al. 2000) on trials drawn from the background set of the
// condition only, never on the scored trials' labels.
//
// The fitting trials come from cross-validation over the background
// speakers: they are split into Folds folds (in name order, alternately);
// for each fold, every system is trained on the background utterances of
// the other folds' speakers and scores trials among the fold's own
// speakers, which it has never seen. Each held-out speaker's distinct
// recordings (utterance names; a background may hold several copies of
// one recording, each masked with another key) are split in name order as
// Split does: the first half enrols with the first copy of each, the rest
// is tested with the second copy where there is one (so that, like the
// informed attackers' trials, enrolment and test were masked with
// different keys), else the first. The folds' trials are pooled and the
// fusion fitted on them; then every system is trained on the whole
// background, as it is alone, and scores the condition's trials, which
// the fitted fusion maps to log-likelihood ratios.
//
// With fewer than two background speakers per fold, or when the
// cross-validation yields no target trial, there is nothing to learn from:
// the systems' scores are then added after standardising each over the
// scored trials, as Fusion does, and Last says so. It is not safe for
// concurrent use.
type CalibratedFusion struct {
	Systems []Verifier
	// Folds is the number of cross-validation folds of background
	// speakers; 0 means 2.
	Folds int
	// Options configures the regression.
	Options LinearFusionOptions
	// OwnSpread standardises each system's scores on the scored trials by
	// their own mean and deviation (no labels used, as Fusion does)
	// instead of by those of the fitting trials: the weights then say only
	// how much each system counts, not how its score scale maps to a
	// likelihood ratio. It guards against a system whose scale differs
	// between models trained on part of the background and on all of it;
	// the fused scores are then no longer calibrated log-likelihood ratios.
	OwnSpread bool

	last Calibration
}

// Calibration is what CalibratedFusion learned for the trials it last
// scored.
type Calibration struct {
	// Fusion is the fitted map (zero when Fallback is set).
	Fusion LinearFusion
	// Targets and NonTargets count the background trials it was fitted on.
	Targets, NonTargets int
	// Fallback is set when nothing could be fitted and equal weights on
	// standardised scores were used; Reason says why.
	Fallback bool
	Reason   string
}

// Name says what the attacker is, for reports.
func (f *CalibratedFusion) Name() string {
	names := make([]string, len(f.Systems))
	for i, s := range f.Systems {
		names[i] = s.Name()
	}
	how := "calibrated fusion"
	if f.OwnSpread {
		how = "calibrated fusion (own spread)"
	}
	return how + " of " + strings.Join(names, " and ")
}

// Last returns the calibration of the last ScoreWith.
func (f *CalibratedFusion) Last() Calibration { return f.last }

// ScoreWith learns the fusion on background trials (see CalibratedFusion),
// then runs every system on the sets and fuses their scores.
func (f *CalibratedFusion) ScoreWith(ctx context.Context, background, enroll, test []Utterance) (Trials, error) {
	if len(f.Systems) == 0 {
		return Trials{}, fmt.Errorf("eval: calibrated fusion of no systems: %w", ErrInvalid)
	}
	k := f.Folds
	if k == 0 {
		k = 2
	}
	if k < 2 {
		return Trials{}, fmt.Errorf("eval: calibrated fusion: %d folds, want at least 2: %w", k, ErrInvalid)
	}
	if background == nil {
		background = enroll
	}
	cal, err := f.calibrate(ctx, background, k)
	if err != nil {
		return Trials{}, err
	}
	scores := make([]Trials, len(f.Systems))
	for i, s := range f.Systems {
		t, err := s.ScoreWith(ctx, background, enroll, test)
		if err != nil {
			return Trials{}, err
		}
		if i > 0 && (len(t.Target) != len(scores[0].Target) || len(t.NonTarget) != len(scores[0].NonTarget)) {
			return Trials{}, fmt.Errorf("eval: calibrated fusion: %s scored %d/%d trials, the first system %d/%d: %w", s.Name(), len(t.Target), len(t.NonTarget), len(scores[0].Target), len(scores[0].NonTarget), ErrInvalid)
		}
		scores[i] = t
	}
	f.last = cal
	fu := cal.Fusion
	if cal.Fallback {
		fu = LinearFusion{Weights: make([]float64, len(scores))}
		for i := range fu.Weights {
			fu.Weights[i] = 1
		}
	}
	if cal.Fallback || f.OwnSpread {
		fu.Mean, fu.Scale = make([]float64, len(scores)), make([]float64, len(scores))
		for i, s := range scores {
			fu.Mean[i], fu.Scale[i] = spread(s)
			if fu.Scale[i] == 0 {
				fu.Scale[i] = 1
			}
		}
	}
	return fu.Apply(scores), nil
}

// calibrate fits the fusion on cross-validated background trials.
func (f *CalibratedFusion) calibrate(ctx context.Context, background []Utterance, k int) (Calibration, error) {
	var spk []string
	for _, u := range background {
		if !slices.Contains(spk, u.Speaker) {
			spk = append(spk, u.Speaker)
		}
	}
	slices.Sort(spk)
	fallback := func(why string) (Calibration, error) {
		return Calibration{Fallback: true, Reason: why}, nil
	}
	if len(spk) < 2*k {
		return fallback(fmt.Sprintf("%d background speakers, %d folds need %d", len(spk), k, 2*k))
	}
	fold := map[string]int{}
	for i, s := range spk {
		fold[s] = i % k
	}
	pooled := make([]Trials, len(f.Systems))
	for g := range k {
		var train []Utterance
		copies := map[string][]Utterance{} // by name, in background order
		names := map[string][]string{}     // distinct names by speaker
		for _, u := range background {
			if fold[u.Speaker] != g {
				train = append(train, u)
				continue
			}
			if _, ok := copies[u.Name]; !ok {
				names[u.Speaker] = append(names[u.Speaker], u.Name)
			}
			copies[u.Name] = append(copies[u.Name], u)
		}
		var en, te []Utterance
		for _, s := range spk {
			if fold[s] != g {
				continue
			}
			ns := slices.Sorted(slices.Values(names[s]))
			h := (len(ns) + 1) / 2
			for _, n := range ns[:h] {
				en = append(en, copies[n][0])
			}
			for _, n := range ns[h:] {
				c := copies[n]
				te = append(te, c[min(1, len(c)-1)])
			}
		}
		if len(te) == 0 {
			continue
		}
		var nt, nn int
		for i, s := range f.Systems {
			t, err := s.ScoreWith(ctx, train, en, te)
			if errors.Is(err, ErrNotEnoughData) {
				return fallback(fmt.Sprintf("fold %d: %s: %v", g+1, s.Name(), err))
			}
			if err != nil {
				return Calibration{}, fmt.Errorf("eval: calibrated fusion: fold %d: %w", g+1, err)
			}
			if i == 0 {
				nt, nn = len(t.Target), len(t.NonTarget)
			} else if len(t.Target) != nt || len(t.NonTarget) != nn {
				return Calibration{}, fmt.Errorf("eval: calibrated fusion: fold %d: %s scored %d/%d trials, the first system %d/%d: %w", g+1, s.Name(), len(t.Target), len(t.NonTarget), nt, nn, ErrInvalid)
			}
			pooled[i].Target = append(pooled[i].Target, t.Target...)
			pooled[i].NonTarget = append(pooled[i].NonTarget, t.NonTarget...)
		}
	}
	if len(pooled[0].Target) == 0 || len(pooled[0].NonTarget) == 0 {
		return fallback("the background has no speaker with two recordings")
	}
	fu, err := FitLinearFusion(pooled, f.Options)
	if err != nil {
		return Calibration{}, fmt.Errorf("eval: calibrated fusion: %w", err)
	}
	return Calibration{Fusion: fu, Targets: len(pooled[0].Target), NonTargets: len(pooled[0].NonTarget)}, nil
}
