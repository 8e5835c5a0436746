package eval

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// PIISpan is one ground-truth piece of spoken PII.
type PIISpan struct {
	Type       string
	Start, End time.Duration
	// Channel is 0-based; -1 means every channel.
	Channel int
}

// BleepSpan is one span the redaction replaced, with the PII types that
// caused it (as in callveil's manifest).
type BleepSpan struct {
	Types      []string
	Start, End time.Duration
	Channel    int // -1 means every channel
}

// RedactionCase is one recording: its ground truth, what was bleeped, and
// the audio before and after (planar, same rate and channel count).
type RedactionCase struct {
	Name     string
	Truth    []PIISpan
	Bleeped  []BleepSpan
	Original [][]float32
	Output   [][]float32
	Rate     int
}

// TypeStats are the redaction figures of one PII type.
type TypeStats struct {
	Type string
	// PIISeconds is the ground-truth time of this type (channel-seconds);
	// Coverage the share of it inside bleeped spans.
	PIISeconds, Coverage float64
	// Collateral is the share of non-PII speech (of every type's
	// recordings) inside spans bleeped because of this type.
	Collateral float64
	// Residual is the mean, weighted by span length, of the correlation
	// between the original's and the output's 10 ms log-energy envelopes
	// inside this type's ground-truth spans: near 0 when the speech is
	// gone, near the KeptCorrelation of RedactionReport when it survived.
	Residual float64
}

// RedactionReport is the outcome of EvaluateRedaction.
type RedactionReport struct {
	Types []TypeStats
	// All sums every type.
	All TypeStats
	// NonPIISpeechSeconds is the speech (by energy-based voice activity on
	// the original) outside every ground-truth span.
	NonPIISpeechSeconds float64
	// KeptCorrelation is the envelope correlation over that non-PII speech
	// where nothing was bleeped:
	// what Residual looks like for speech that was kept (voice masking
	// changes the samples but not the loudness contour).
	KeptCorrelation float64
}

// envHop is the grid of the redaction figures.
const envHop = 10 * time.Millisecond

// EvaluateRedaction measures, per PII type, how much of the ground-truth PII
// time was bleeped (coverage), how much non-PII speech was bleeped too
// (collateral), and how much of the original speech's loudness contour
// survives inside the PII spans (residual correlation). Times are handled
// on a 10 ms grid.
func EvaluateRedaction(cases []RedactionCase) (*RedactionReport, error) {
	type acc struct{ pii, covered, collateral, resW, resSum float64 }
	by := map[string]*acc{}
	get := func(t string) *acc {
		if by[t] == nil {
			by[t] = &acc{}
		}
		return by[t]
	}
	var nonPII float64
	var keptX, keptY []float64
	for _, c := range cases {
		if c.Rate <= 0 || len(c.Original) == 0 || len(c.Original) != len(c.Output) {
			return nil, fmt.Errorf("eval: %s: %d original and %d output channels at %d Hz: %w", c.Name, len(c.Original), len(c.Output), c.Rate, ErrInvalid)
		}
		hop := int(audio10ms(c.Rate))
		for ch := range c.Original {
			n := min(len(c.Original[ch]), len(c.Output[ch])) / hop
			if n == 0 {
				continue
			}
			eo, eout := envelope(c.Original[ch], hop, n), envelope(c.Output[ch], hop, n)
			speech := VoiceActivity(eo, VADOptions{})
			piiAny := make([]bool, n)
			bleepAny := make([]bool, n)
			bleepBy := map[string][]bool{}
			for _, b := range c.Bleeped {
				if b.Channel >= 0 && b.Channel != ch {
					continue
				}
				lo, hi := gridRange(b.Start, b.End, n)
				for _, t := range b.Types {
					if bleepBy[t] == nil {
						bleepBy[t] = make([]bool, n)
					}
					for i := lo; i < hi; i++ {
						bleepBy[t][i] = true
					}
				}
				for i := lo; i < hi; i++ {
					bleepAny[i] = true
				}
			}
			for _, p := range c.Truth {
				if p.Channel >= 0 && p.Channel != ch {
					continue
				}
				a := get(p.Type)
				lo, hi := gridRange(p.Start, p.End, n)
				for i := lo; i < hi; i++ {
					piiAny[i] = true
					a.pii++
					if bleepAny[i] {
						a.covered++
					}
				}
				if hi-lo >= 3 {
					r := pearson(eo[lo:hi], eout[lo:hi])
					if math.IsNaN(r) {
						r = 0 // a constant output envelope holds no contour
					}
					a.resSum += r * float64(hi-lo)
					a.resW += float64(hi - lo)
				}
			}
			for i := range n {
				if !speech[i] || piiAny[i] {
					continue
				}
				nonPII++
				if !bleepAny[i] {
					keptX, keptY = append(keptX, eo[i]), append(keptY, eout[i])
				}
				for t, m := range bleepBy {
					if m[i] {
						get(t).collateral++
					}
				}
			}
		}
	}
	rep := &RedactionReport{NonPIISpeechSeconds: nonPII * envHop.Seconds(), KeptCorrelation: math.NaN()}
	if len(keptX) >= 3 {
		rep.KeptCorrelation = pearson(keptX, keptY)
	}
	var all acc
	types := make([]string, 0, len(by))
	for t := range by {
		types = append(types, t)
	}
	slices.Sort(types)
	stats := func(name string, a acc) TypeStats {
		s := TypeStats{Type: name, PIISeconds: a.pii * envHop.Seconds(), Coverage: math.NaN(), Collateral: math.NaN(), Residual: math.NaN()}
		if a.pii > 0 {
			s.Coverage = a.covered / a.pii
		}
		if nonPII > 0 {
			s.Collateral = a.collateral / nonPII
		}
		if a.resW > 0 {
			s.Residual = a.resSum / a.resW
		}
		return s
	}
	for _, t := range types {
		a := *by[t]
		rep.Types = append(rep.Types, stats(t, a))
		all.pii += a.pii
		all.covered += a.covered
		all.resSum += a.resSum
		all.resW += a.resW
	}
	rep.All = stats("all", all)
	// Overall collateral counts each non-PII frame once, whatever types
	// bleeped it.
	rep.All.Collateral = collateralAll(cases, nonPII)
	return rep, nil
}

// collateralAll is the share of non-PII speech inside any bleeped span.
func collateralAll(cases []RedactionCase, nonPII float64) float64 {
	if nonPII == 0 {
		return math.NaN()
	}
	var hit float64
	for _, c := range cases {
		hop := int(audio10ms(c.Rate))
		for ch := range c.Original {
			n := min(len(c.Original[ch]), len(c.Output[ch])) / hop
			if n == 0 {
				continue
			}
			speech := VoiceActivity(envelope(c.Original[ch], hop, n), VADOptions{})
			mark := make([]int8, n) // 1 PII, 2 bleeped
			for _, p := range c.Truth {
				if p.Channel < 0 || p.Channel == ch {
					lo, hi := gridRange(p.Start, p.End, n)
					for i := lo; i < hi; i++ {
						mark[i] |= 1
					}
				}
			}
			for _, b := range c.Bleeped {
				if b.Channel < 0 || b.Channel == ch {
					lo, hi := gridRange(b.Start, b.End, n)
					for i := lo; i < hi; i++ {
						mark[i] |= 2
					}
				}
			}
			for i := range n {
				if speech[i] && mark[i] == 2 {
					hit++
				}
			}
		}
	}
	return hit / nonPII
}

func audio10ms(rate int) int64 { return max(int64(rate)/100, 1) }

// envelope is the natural log of the mean square of each of n hop-long
// frames of x, floored at 1e-10.
func envelope(x []float32, hop, n int) []float64 {
	e := make([]float64, n)
	for i := range e {
		var s float64
		for _, v := range x[i*hop : (i+1)*hop] {
			s += float64(v) * float64(v)
		}
		e[i] = math.Log(max(s/float64(hop), 1e-10))
	}
	return e
}

// gridRange maps [start, end) to 10 ms frame indices within [0, n).
func gridRange(start, end time.Duration, n int) (int, int) {
	lo := int(start / envHop)
	hi := int((end + envHop - 1) / envHop)
	return max(min(lo, n), 0), max(min(hi, n), 0)
}
