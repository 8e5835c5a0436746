package eval

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// LinearFusion is an affine map from the scores of several systems on one
// trial to one fused score, s = Offset + Σ Weights[i]·(x[i] − Mean[i]) /
// Scale[i]: linear logistic-regression fusion as in Brümmer's FoCal and
// BOSARIS toolkits (Brümmer & du Preez, "Application-independent
// evaluation of speaker detection", Computer Speech and Language 20,
// 2006; Pigeon, Druyts & Verlinde, "Applying logistic regression to the
// fusion of the NIST'99 1-speaker submissions", Digital Signal Processing
// 10, 2000). Fitted by FitLinearFusion, the fused score is a log-likelihood
// ratio, calibrated on the trials it was fitted on. Mean and Scale only
// condition the regression (they are the fitting trials' own mean and
// standard deviation per system, Scale 1 for a system whose scores are
// constant); any affine map of the raw scores can be
// written this way.
type LinearFusion struct {
	Weights, Mean, Scale []float64
	Offset               float64
}

// LinearFusionOptions configures FitLinearFusion. The zero value is the
// set-up the package documentation reports.
type LinearFusionOptions struct {
	// Prior is the target prior π the objective is weighted for (the
	// target trials weigh π in total, the non-target trials 1 − π, as in
	// FoCal); 0 means 0.5. The fitted scores are log-likelihood ratios
	// whatever the prior: its log-odds is taken out of the offset.
	Prior float64
	// Lambda weighs the quadratic penalty λ/2·‖w‖² on the weights (not
	// the offset), on standardised scores; 0 means 1e-3. It keeps the
	// weights finite when the fitting trials are separable.
	Lambda float64
}

// FitLinearFusion fits a LinearFusion on labelled trials: systems[i] are
// the scores of system i, all on the same trials in the same order (the
// same number of Target and of NonTarget scores). It minimises the
// prior-weighted cross-entropy (the Cllr objective at prior π) plus the
// penalty by Newton's method with a backtracking line search; the
// objective is strictly convex, so the minimum is unique. A system whose
// scores are constant gets weight 0. It fails with ErrNotEnoughData
// without target or without non-target trials, and with ErrInvalid when
// the systems' trial counts differ or a score is not finite.
func FitLinearFusion(systems []Trials, o LinearFusionOptions) (LinearFusion, error) {
	if o.Prior == 0 {
		o.Prior = 0.5
	}
	if o.Lambda == 0 {
		o.Lambda = 1e-3
	}
	if !(o.Prior > 0 && o.Prior < 1) || !(o.Lambda > 0) || math.IsInf(o.Lambda, 0) {
		return LinearFusion{}, fmt.Errorf("eval: linear fusion: prior %g, lambda %g: %w", o.Prior, o.Lambda, ErrInvalid)
	}
	if len(systems) == 0 {
		return LinearFusion{}, fmt.Errorf("eval: linear fusion of no systems: %w", ErrInvalid)
	}
	nt, nn := len(systems[0].Target), len(systems[0].NonTarget)
	if nt == 0 || nn == 0 {
		return LinearFusion{}, fmt.Errorf("eval: linear fusion: %d target and %d non-target trials, want both: %w", nt, nn, ErrNotEnoughData)
	}
	d := len(systems)
	f := LinearFusion{Weights: make([]float64, d), Mean: make([]float64, d), Scale: make([]float64, d)}
	for i, s := range systems {
		if len(s.Target) != nt || len(s.NonTarget) != nn {
			return LinearFusion{}, fmt.Errorf("eval: linear fusion: system %d has %d/%d trials, system 1 %d/%d: %w", i+1, len(s.Target), len(s.NonTarget), nt, nn, ErrInvalid)
		}
		f.Mean[i], f.Scale[i] = spread(s)
		if math.IsNaN(f.Mean[i]) || math.IsInf(f.Mean[i], 0) || math.IsNaN(f.Scale[i]) || math.IsInf(f.Scale[i], 0) {
			return LinearFusion{}, fmt.Errorf("eval: linear fusion: system %d has a score that is not finite: %w", i+1, ErrInvalid)
		}
		if f.Scale[i] == 0 { // constant scores: weight 0 below
			f.Scale[i] = 1
		}
	}
	// x[k] is trial k's standardised scores and a 1 for the offset; y its
	// label; c its weight in the objective.
	n := nt + nn
	x := make([][]float64, n)
	y := make([]float64, n)
	c := make([]float64, n)
	for k := range n {
		x[k] = make([]float64, d+1)
		for i, s := range systems {
			v := s.NonTarget
			j := k - nt
			if k < nt {
				v, j = s.Target, k
			}
			x[k][i] = (v[j] - f.Mean[i]) / f.Scale[i]
		}
		x[k][d] = 1
		if k < nt {
			y[k], c[k] = 1, o.Prior/float64(nt)
		} else {
			c[k] = (1 - o.Prior) / float64(nn)
		}
	}
	logit := math.Log(o.Prior / (1 - o.Prior))
	// objective returns J(w) and, with grad set, fills g and h.
	g := make([]float64, d+1)
	h := mat.NewSymDense(d+1, nil)
	objective := func(w []float64, grad bool) float64 {
		var j float64
		if grad {
			clear(g)
			for a := range d + 1 {
				for b := a; b < d+1; b++ {
					h.SetSym(a, b, 0)
				}
			}
		}
		for k := range n {
			z := logit
			for i, v := range x[k] {
				z += w[i] * v
			}
			// ℓ = −y·log σ(z) − (1−y)·log(1−σ(z)), computed stably.
			if y[k] == 1 {
				j += c[k] * softplus(-z)
			} else {
				j += c[k] * softplus(z)
			}
			if !grad {
				continue
			}
			p := sigmoid(z)
			for a := range d + 1 {
				g[a] += c[k] * (p - y[k]) * x[k][a]
				for b := a; b < d+1; b++ {
					h.SetSym(a, b, h.At(a, b)+c[k]*p*(1-p)*x[k][a]*x[k][b])
				}
			}
		}
		for i := range d {
			j += o.Lambda / 2 * w[i] * w[i]
			if grad {
				g[i] += o.Lambda * w[i]
				h.SetSym(i, i, h.At(i, i)+o.Lambda)
			}
		}
		return j
	}
	w := make([]float64, d+1)
	trial := make([]float64, d+1)
	var chol mat.Cholesky
	var step mat.VecDense
	for range 100 {
		j := objective(w, true)
		// The offset has no penalty: with one class dominating its
		// curvature can vanish, so a tiny ridge keeps H invertible.
		h.SetSym(d, d, h.At(d, d)+1e-12)
		if ok := chol.Factorize(h); !ok {
			return LinearFusion{}, fmt.Errorf("eval: linear fusion: the Hessian is singular: %w", ErrInvalid)
		}
		if err := chol.SolveVecTo(&step, mat.NewVecDense(d+1, g)); err != nil {
			return LinearFusion{}, fmt.Errorf("eval: linear fusion: %v: %w", err, ErrInvalid)
		}
		var dec float64 // the Newton decrement, gᵀH⁻¹g
		for a := range d + 1 {
			dec += g[a] * step.AtVec(a)
		}
		if dec/2 < 1e-14 {
			break
		}
		t := 1.0
		for range 60 {
			for a := range d + 1 {
				trial[a] = w[a] - t*step.AtVec(a)
			}
			if objective(trial, false) <= j-0.25*t*dec {
				break
			}
			t /= 2
		}
		copy(w, trial)
	}
	copy(f.Weights, w[:d])
	f.Offset = w[d]
	for i, s := range systems {
		if _, sd := spread(s); sd == 0 { // constant scores carry nothing
			f.Weights[i] = 0
		}
	}
	return f, nil
}

// Apply fuses the scores of the systems on one set of trials, in the order
// and shape FitLinearFusion takes them. It panics when the number of
// systems differs from the fusion's or their trial counts differ.
func (f LinearFusion) Apply(systems []Trials) Trials {
	if len(systems) != len(f.Weights) {
		panic(fmt.Sprintf("eval: LinearFusion.Apply: %d systems, the fusion has %d", len(systems), len(f.Weights)))
	}
	out := Trials{Target: make([]float64, len(systems[0].Target)), NonTarget: make([]float64, len(systems[0].NonTarget))}
	for i := range out.Target {
		out.Target[i] = f.Offset
	}
	for i := range out.NonTarget {
		out.NonTarget[i] = f.Offset
	}
	for i, s := range systems {
		if len(s.Target) != len(out.Target) || len(s.NonTarget) != len(out.NonTarget) {
			panic(fmt.Sprintf("eval: LinearFusion.Apply: system %d has %d/%d trials, system 1 %d/%d", i+1, len(s.Target), len(s.NonTarget), len(out.Target), len(out.NonTarget)))
		}
		if f.Weights[i] == 0 {
			continue
		}
		for j, v := range s.Target {
			out.Target[j] += f.Weights[i] * (v - f.Mean[i]) / f.Scale[i]
		}
		for j, v := range s.NonTarget {
			out.NonTarget[j] += f.Weights[i] * (v - f.Mean[i]) / f.Scale[i]
		}
	}
	return out
}

// spread returns the mean and standard deviation of all of t's scores
// (target and non-target alike); the deviation is 0 for constant scores.
func spread(t Trials) (mean, sd float64) {
	var n, sum float64
	for _, l := range [][]float64{t.Target, t.NonTarget} {
		for _, v := range l {
			n++
			sum += v
		}
	}
	mean = sum / n
	var ss float64
	for _, l := range [][]float64{t.Target, t.NonTarget} {
		for _, v := range l {
			ss += (v - mean) * (v - mean)
		}
	}
	sd = math.Sqrt(ss / n)
	if sd < 1e-12*max(1, math.Abs(mean)) {
		return mean, 0
	}
	return mean, sd
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// softplus is log(1 + eᶻ) without overflow.
func softplus(z float64) float64 {
	if z > 30 {
		return z
	}
	return math.Log1p(math.Exp(z))
}
