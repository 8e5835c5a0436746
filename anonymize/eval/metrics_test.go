package eval_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/anonymize/eval"
)

func TestEER_MatchesHandComputedValues(t *testing.T) {
	tests := []struct {
		name        string
		target, non []float64
		want        float64
	}{
		// Disjoint: a threshold between 0.4 and 0.6 makes no error.
		{"separated", []float64{0.6, 0.7, 0.8}, []float64{0.1, 0.2, 0.4}, 0},
		// Reversed: every target below every non-target.
		{"reversed", []float64{0.1, 0.2}, []float64{0.8, 0.9}, 1},
		// Thresholds 0.1 .. 0.6 (accept s ≥ t), targets {0.3,0.5,0.6}, non {0.1,0.2,0.4}:
		//   t=0.4: FRR = 1/3 (0.3), FAR = 1/3 (0.4)  -> equal: EER = 1/3.
		{"one swap", []float64{0.3, 0.5, 0.6}, []float64{0.1, 0.2, 0.4}, 1.0 / 3},
		// Targets {2,4}, non {1,3,5,6}:
		//   t=3: FRR 1/2, FAR 3/4 (prev point t=2: FRR 0, FAR 3/4)
		//   t=4: FRR 1/2, FAR 1/2 -> FRR ≥ FAR first here, equal: EER = 1/2.
		{"even", []float64{2, 4}, []float64{1, 3, 5, 6}, 0.5},
		// Targets {1,4,5,6}, non {2,3}:
		//   t=1: FAR 1, FRR 0; t=2: FAR 1, FRR 1/4; t=3: FAR 1/2, FRR 1/4;
		//   t=4: FAR 0, FRR 1/4 -> crossed between t=3 (d0 = 1/4) and t=4
		//   (d1 = −1/4): a = 1/2, EER = 1/2 + 1/2·(0 − 1/2) = 1/4.
		{"interpolated", []float64{1, 4, 5, 6}, []float64{2, 3}, 0.25},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.want, eval.EER(tc.target, tc.non), 1e-12)
		})
	}
	assert.True(t, math.IsNaN(eval.EER(nil, []float64{1})))
}

func TestLinkability_MatchesHandComputedValues(t *testing.T) {
	tests := []struct {
		name       string
		mated, non []float64
		bins       int
		want       float64
	}{
		// No overlap: every mated bin has no non-mated score, D↔ = 1.
		{"disjoint", []float64{8, 9, 10}, []float64{0, 1, 2}, 10, 1},
		// The same distribution: LR = 1 everywhere, D↔ = 0.
		{"identical", []float64{0, 5, 10}, []float64{0, 5, 10}, 2, 0},
		// Range [0, 4], 2 bins: [0,2) and [2,4].
		//   mated {1,3,3,4}: bin0 1/4, bin1 3/4; non {0,1,1,3}: bin0 3/4, bin1 1/4.
		//   bin0: LR = 1/3 ≤ 1 -> 0. bin1: LR = 3, D↔ = 2·3/4 − 1 = 1/2.
		//   D↔sys = 3/4 · 1/2 = 3/8.
		{"partial", []float64{1, 3, 3, 4}, []float64{0, 1, 1, 3}, 2, 3.0 / 8},
		// Range [0, 4], 2 bins: mated {1,3,3,3} -> 1/4, 3/4; non {1,1,1,3,0,4}
		//   -> bin0 {1,1,1,0} 4/6, bin1 {3,4} 2/6. bin0: LR = 3/8 -> 0;
		//   bin1: LR = 9/4, D↔ = 2·(9/4)/(13/4) − 1 = 5/13. D↔sys = 3/4·5/13 = 15/52.
		{"partial overlap", []float64{1, 3, 3, 3}, []float64{1, 1, 1, 3, 0, 4}, 2, 15.0 / 52},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.want, eval.Linkability(tc.mated, tc.non, tc.bins), 1e-12)
		})
	}
	assert.True(t, math.IsNaN(eval.Linkability([]float64{1}, nil, 0)))
}

func TestPitchCorrelation(t *testing.T) {
	a := make([]float64, 50)
	b := make([]float64, 50)
	for i := range a {
		a[i] = 100 + float64(i)
		b[i] = 1.5 * a[i] // a constant shift of log f0
	}
	a[3], b[7] = 0, 0 // unvoiced frames are skipped
	r, n := eval.PitchCorrelation(a, b)
	assert.InDelta(t, 1, r, 1e-9)
	assert.Equal(t, 48, n)
	_, n = eval.PitchCorrelation(a[:5], b[:5])
	assert.Equal(t, 4, n)
}

func TestMissAtFAR_HandComputed(t *testing.T) {
	non := make([]float64, 200) // 0, 1, ..., 199
	for i := range non {
		non[i] = float64(i)
	}
	// 1 % of 200 = 2 non-targets may pass: the threshold is the third
	// highest non-target (197); targets at or below it are missed.
	assert.InDelta(t, 0.5, eval.MissAtFAR([]float64{197, 198, 250, 10}, non, 0.01), 1e-12)
	assert.InDelta(t, 0.0, eval.MissAtFAR([]float64{300, 400}, non, 0.01), 1e-12)
	assert.InDelta(t, 1.0, eval.MissAtFAR([]float64{1, 2}, non, 0.01), 1e-12)
	// With fewer than 100 non-targets, none may pass.
	assert.InDelta(t, 0.5, eval.MissAtFAR([]float64{5, 10}, []float64{1, 2, 6}, 0.01), 1e-12)
	assert.True(t, math.IsNaN(eval.MissAtFAR(nil, non, 0.01)))
}
