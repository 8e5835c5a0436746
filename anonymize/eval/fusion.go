package eval

import (
	"context"
	"fmt"
	"math"
	"strings"
)

// Fusion is a speaker-verification attacker that runs several attackers on
// the same trials and adds their scores, each first standardised to zero
// mean and unit variance over all of its trials (target and non-target
// alike, so no label is used): score-level fusion of complementary
// systems, the classical way to beat each of them.
type Fusion struct {
	Systems []Verifier
}

// Name says what the attacker is, for reports.
func (f *Fusion) Name() string {
	names := make([]string, len(f.Systems))
	for i, s := range f.Systems {
		names[i] = s.Name()
	}
	return "fusion of " + strings.Join(names, " and ")
}

// ScoreWith runs every system on the same sets and fuses their scores.
func (f *Fusion) ScoreWith(ctx context.Context, background, enroll, test []Utterance) (Trials, error) {
	if len(f.Systems) == 0 {
		return Trials{}, fmt.Errorf("eval: fusion of no systems: %w", ErrInvalid)
	}
	var out Trials
	for i, s := range f.Systems {
		t, err := s.ScoreWith(ctx, background, enroll, test)
		if err != nil {
			return Trials{}, err
		}
		if i == 0 {
			out.Target = make([]float64, len(t.Target))
			out.NonTarget = make([]float64, len(t.NonTarget))
		}
		if len(t.Target) != len(out.Target) || len(t.NonTarget) != len(out.NonTarget) {
			return Trials{}, fmt.Errorf("eval: fusion: %s scored %d/%d trials, the first system %d/%d: %w", s.Name(), len(t.Target), len(t.NonTarget), len(out.Target), len(out.NonTarget), ErrInvalid)
		}
		var n, sum, ss float64
		for _, l := range [][]float64{t.Target, t.NonTarget} {
			for _, v := range l {
				n++
				sum += v
				ss += v * v
			}
		}
		mu := sum / n
		sd := math.Sqrt(max(ss/n-mu*mu, 1e-12))
		for j, v := range t.Target {
			out.Target[j] += (v - mu) / sd
		}
		for j, v := range t.NonTarget {
			out.NonTarget[j] += (v - mu) / sd
		}
	}
	return out, nil
}
