package eval

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// GMM is a Gaussian mixture with diagonal covariances.
type GMM struct {
	Weights []float64   // mixture weights, summing to 1
	Means   [][]float64 // component means
	Vars    [][]float64 // component variances (diagonal)
	logNorm []float64   // log(w_k) − ½ Σ log(2π σ²_k,i), cached
}

func (g *GMM) prepare() {
	g.logNorm = make([]float64, len(g.Weights))
	for k := range g.Weights {
		s := math.Log(max(g.Weights[k], 1e-300))
		for _, v := range g.Vars[k] {
			s -= 0.5 * math.Log(2*math.Pi*v)
		}
		g.logNorm[k] = s
	}
}

// componentLogs fills lp[k] with log(w_k N(x; μ_k, Σ_k)) and returns the
// log of their sum.
func (g *GMM) componentLogs(lp []float64, x []float64) float64 {
	best := math.Inf(-1)
	for k := range g.Weights {
		s := g.logNorm[k]
		mu, va := g.Means[k], g.Vars[k]
		for i, v := range x {
			d := v - mu[i]
			s -= 0.5 * d * d / va[i]
		}
		lp[k] = s
		best = max(best, s)
	}
	var sum float64
	for _, s := range lp {
		sum += math.Exp(s - best)
	}
	return best + math.Log(sum)
}

// LogLikelihood is the mean per-frame log-likelihood of frames under g.
func (g *GMM) LogLikelihood(frames [][]float64) float64 {
	if len(frames) == 0 {
		return math.Inf(-1)
	}
	lp := make([]float64, len(g.Weights))
	var s float64
	for _, x := range frames {
		s += g.componentLogs(lp, x)
	}
	return s / float64(len(frames))
}

// TrainGMM fits a diagonal GMM with components components to frames by
// expectation-maximisation: means start at distinct frames chosen with the
// seeded generator, variances at the global variance, then iterations EM
// steps. Variances are floored at 1 % of the global variance of each
// dimension, and a component left without data is re-seeded. It is how the
// universal background model (UBM) is trained.
func TrainGMM(frames [][]float64, components, iterations int, seed uint64) (*GMM, error) {
	if len(frames) < components || components < 1 {
		return nil, fmt.Errorf("eval: GMM: %d frames cannot train %d components: %w", len(frames), components, ErrNotEnoughData)
	}
	d := len(frames[0])
	mean, gvar := make([]float64, d), make([]float64, d)
	for _, x := range frames {
		for i, v := range x {
			mean[i] += v
		}
	}
	for i := range mean {
		mean[i] /= float64(len(frames))
	}
	for _, x := range frames {
		for i, v := range x {
			gvar[i] += (v - mean[i]) * (v - mean[i])
		}
	}
	floor := make([]float64, d)
	for i := range gvar {
		gvar[i] = max(gvar[i]/float64(len(frames)), 1e-6)
		floor[i] = 0.01 * gvar[i]
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &GMM{Weights: make([]float64, components), Means: make([][]float64, components), Vars: make([][]float64, components)}
	perm := rng.Perm(len(frames))
	for k := 0; k < components; k++ {
		g.Weights[k] = 1 / float64(components)
		g.Means[k] = append([]float64(nil), frames[perm[k]]...)
		g.Vars[k] = append([]float64(nil), gvar...)
	}
	g.prepare()
	lp := make([]float64, components)
	n := make([]float64, components)
	sx := make([][]float64, components)
	sxx := make([][]float64, components)
	for k := range sx {
		sx[k], sxx[k] = make([]float64, d), make([]float64, d)
	}
	for it := 0; it < iterations; it++ {
		clear(n)
		for k := range sx {
			clear(sx[k])
			clear(sxx[k])
		}
		for _, x := range frames {
			tot := g.componentLogs(lp, x)
			for k := range lp {
				p := math.Exp(lp[k] - tot)
				if p < 1e-12 {
					continue
				}
				n[k] += p
				for i, v := range x {
					sx[k][i] += p * v
					sxx[k][i] += p * v * v
				}
			}
		}
		for k := range g.Weights {
			if n[k] < 1e-3 {
				g.Means[k] = append(g.Means[k][:0], frames[rng.IntN(len(frames))]...)
				copy(g.Vars[k], gvar)
				g.Weights[k] = 1 / float64(len(frames))
				continue
			}
			g.Weights[k] = n[k] / float64(len(frames))
			for i := 0; i < d; i++ {
				mu := sx[k][i] / n[k]
				g.Means[k][i] = mu
				g.Vars[k][i] = max(sxx[k][i]/n[k]-mu*mu, floor[i])
			}
		}
		var ws float64
		for _, w := range g.Weights {
			ws += w
		}
		for k := range g.Weights {
			g.Weights[k] /= ws
		}
		g.prepare()
	}
	return g, nil
}

// Adapt returns a speaker model made from the UBM g by maximum a posteriori
// adaptation of the means to frames, with relevance factor r (Reynolds,
// Quatieri & Dunn 2000): μ'_k = α_k E_k[x] + (1 − α_k) μ_k with
// α_k = n_k / (n_k + r). Weights and variances stay the UBM's.
func (g *GMM) Adapt(frames [][]float64, r float64) *GMM {
	K, d := len(g.Weights), len(g.Means[0])
	lp := make([]float64, K)
	n := make([]float64, K)
	sx := make([][]float64, K)
	for k := range sx {
		sx[k] = make([]float64, d)
	}
	for _, x := range frames {
		tot := g.componentLogs(lp, x)
		for k := range lp {
			p := math.Exp(lp[k] - tot)
			n[k] += p
			for i, v := range x {
				sx[k][i] += p * v
			}
		}
	}
	a := &GMM{Weights: g.Weights, Vars: g.Vars, Means: make([][]float64, K), logNorm: g.logNorm}
	for k := range a.Means {
		alpha := n[k] / (n[k] + r)
		a.Means[k] = make([]float64, d)
		for i := range a.Means[k] {
			e := g.Means[k][i]
			if n[k] > 0 {
				e = sx[k][i] / n[k]
			}
			a.Means[k][i] = alpha*e + (1-alpha)*g.Means[k][i]
		}
	}
	return a
}
