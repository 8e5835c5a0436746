package eval_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize/eval"
)

// synthetic returns the scores of three systems on nt target and nn
// non-target trials: system 1 separates them by 2 standard deviations,
// system 2 by 1 (with noise independent of system 1's) on another scale
// and offset, system 3 is noise.
func synthetic(r *rand.Rand, nt, nn int) []eval.Trials {
	sys := make([]eval.Trials, 3)
	for range nt {
		sys[0].Target = append(sys[0].Target, 2+r.NormFloat64())
		sys[1].Target = append(sys[1].Target, 50+10*(1+r.NormFloat64()))
		sys[2].Target = append(sys[2].Target, r.NormFloat64())
	}
	for range nn {
		sys[0].NonTarget = append(sys[0].NonTarget, r.NormFloat64())
		sys[1].NonTarget = append(sys[1].NonTarget, 50+10*r.NormFloat64())
		sys[2].NonTarget = append(sys[2].NonTarget, r.NormFloat64())
	}
	return sys
}

func allFinite(t *testing.T, xs ...float64) {
	t.Helper()
	for _, x := range xs {
		require.False(t, math.IsNaN(x) || math.IsInf(x, 0), "%v", xs)
	}
}

func TestFitLinearFusion_FavoursTheInformativeSystem(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	fit := synthetic(r, 400, 4000)
	f, err := eval.FitLinearFusion(fit, eval.LinearFusionOptions{})
	require.NoError(t, err)
	allFinite(t, append(f.Weights, f.Offset)...)
	t.Logf("weights %.3f, offset %.3f", f.Weights, f.Offset)
	// On standardised scores the weight of a system that separates by d
	// standard deviations is about d (the log-likelihood ratio of two unit
	// Gaussians d apart is d·x − d²/2), the noise's about 0.
	assert.Greater(t, f.Weights[0], f.Weights[1])
	assert.Greater(t, f.Weights[1], 5*math.Abs(f.Weights[2]))
	assert.InDelta(t, 0, f.Weights[2], 0.25, "noise: 0 within the sampling error of 400 target trials")

	// Held-out trials of the same systems: the fused EER is at most the
	// best single system's, and below the equal-weight sum's.
	held := synthetic(r, 400, 4000)
	fused := f.Apply(held)
	best := math.Inf(1)
	for _, s := range held {
		best = min(best, s.EER())
	}
	t.Logf("EER fused %.3f, best single %.3f", fused.EER(), best)
	assert.LessOrEqual(t, fused.EER(), best)
	equal := eval.LinearFusion{Weights: []float64{1, 1, 1}, Mean: f.Mean, Scale: f.Scale}
	assert.Less(t, fused.EER(), equal.Apply(held).EER(), "the noise system drags the equal weights down")

	// Calibrated: at the prior 0.5 the log-likelihood ratio of a target
	// score of the first system alone is about 2·x − 2 in its raw units;
	// check the sign of the mean fused score of each class.
	var mt, mn float64
	for _, v := range fused.Target {
		mt += v / float64(len(fused.Target))
	}
	for _, v := range fused.NonTarget {
		mn += v / float64(len(fused.NonTarget))
	}
	assert.Positive(t, mt)
	assert.Negative(t, mn)
}

func TestFitLinearFusion_ConvergesOnSeparableData(t *testing.T) {
	sys := []eval.Trials{{Target: []float64{3, 4, 5}, NonTarget: []float64{0, 1, 2, -1}}}
	f, err := eval.FitLinearFusion(sys, eval.LinearFusionOptions{})
	require.NoError(t, err)
	allFinite(t, f.Weights[0], f.Offset)
	assert.Positive(t, f.Weights[0])
	assert.Less(t, f.Weights[0], 1e3, "the penalty keeps the weight finite")
	out := f.Apply(sys)
	assert.Zero(t, out.EER())
	// A stronger penalty gives a smaller weight.
	g, err := eval.FitLinearFusion(sys, eval.LinearFusionOptions{Lambda: 0.1})
	require.NoError(t, err)
	assert.Less(t, g.Weights[0], f.Weights[0])
}

func TestFitLinearFusion_DegenerateInput(t *testing.T) {
	// Constant scores: weight 0, nothing NaN.
	sys := []eval.Trials{
		{Target: []float64{1, 1, 1}, NonTarget: []float64{1, 1, 1, 1}},
		{Target: []float64{2, 3, 1}, NonTarget: []float64{0, 1, 2, 0}},
	}
	f, err := eval.FitLinearFusion(sys, eval.LinearFusionOptions{})
	require.NoError(t, err)
	allFinite(t, append(append(f.Weights, f.Offset), f.Scale...)...)
	assert.Zero(t, f.Weights[0])
	out := f.Apply(sys)
	allFinite(t, append(out.Target, out.NonTarget...)...)
	// Every system constant.
	f, err = eval.FitLinearFusion(sys[:1], eval.LinearFusionOptions{})
	require.NoError(t, err)
	allFinite(t, f.Weights[0], f.Offset)
	out = f.Apply(sys[:1])
	allFinite(t, append(out.Target, out.NonTarget...)...)
	// One class only.
	_, err = eval.FitLinearFusion([]eval.Trials{{NonTarget: []float64{1, 2}}}, eval.LinearFusionOptions{})
	assert.ErrorIs(t, err, eval.ErrNotEnoughData)
	_, err = eval.FitLinearFusion([]eval.Trials{{Target: []float64{1, 2}}}, eval.LinearFusionOptions{})
	assert.ErrorIs(t, err, eval.ErrNotEnoughData)
	// Bad input.
	_, err = eval.FitLinearFusion(nil, eval.LinearFusionOptions{})
	assert.ErrorIs(t, err, eval.ErrInvalid)
	_, err = eval.FitLinearFusion([]eval.Trials{{Target: []float64{1}, NonTarget: []float64{math.NaN()}}}, eval.LinearFusionOptions{})
	assert.ErrorIs(t, err, eval.ErrInvalid)
	_, err = eval.FitLinearFusion([]eval.Trials{{Target: []float64{1}, NonTarget: []float64{math.Inf(1)}}}, eval.LinearFusionOptions{})
	assert.ErrorIs(t, err, eval.ErrInvalid)
	_, err = eval.FitLinearFusion(append(sys, eval.Trials{Target: []float64{1}, NonTarget: []float64{0}}), eval.LinearFusionOptions{})
	assert.ErrorIs(t, err, eval.ErrInvalid, "trial counts differ")
	_, err = eval.FitLinearFusion(sys, eval.LinearFusionOptions{Prior: 1})
	assert.ErrorIs(t, err, eval.ErrInvalid)
	assert.Panics(t, func() { f.Apply(sys) }, "two systems for a fusion of one")
}

// FuzzFitLinearFusion feeds arbitrary scores of two systems (8 bytes per
// trial, the first trials targets): the fit either fails with an error
// or gives finite weights and finite fused scores, and never panics.
func FuzzFitLinearFusion(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24}, uint8(1))
	f.Add(make([]byte, 64), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, targets uint8) {
		var sys [2]eval.Trials
		for k := 0; k+8 <= len(data) && k < 8*64; k += 8 {
			for i := range 2 {
				v := float64(int16(uint16(data[k+4*i])|uint16(data[k+4*i+1])<<8)) * math.Pow(10, float64(int8(data[k+4*i+2])%8))
				if k/8 < int(targets) {
					sys[i].Target = append(sys[i].Target, v)
				} else {
					sys[i].NonTarget = append(sys[i].NonTarget, v)
				}
			}
		}
		fu, err := eval.FitLinearFusion(sys[:], eval.LinearFusionOptions{})
		if err != nil {
			return
		}
		allFinite(t, append(fu.Weights, fu.Offset)...)
		out := fu.Apply(sys[:])
		allFinite(t, append(out.Target, out.NonTarget...)...)
	})
}
