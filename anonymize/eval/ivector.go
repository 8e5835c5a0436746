package eval

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// IVectorOptions configures the i-vector attacker. The zero value is the
// set-up whose figures the package documentation reports.
type IVectorOptions struct {
	// MFCC and VAD configure the front end; MFCC.Cepstra 0 means 19 here.
	MFCC MFCCOptions
	VAD  VADOptions
	// Components is the number of Gaussians in the UBM; 0 means 32 (the
	// background sets here are a few minutes of speech).
	Components int
	// UBMIterations is the number of EM steps training the UBM; 0 means 10.
	UBMIterations int
	// Rank is the dimension of the i-vectors (the rank of the total
	// variability matrix T); 0 means 100.
	Rank int
	// TIterations is the number of EM steps training T; 0 means 6.
	TIterations int
	// LDADims caps the LDA output dimension; 0 means 150, a negative
	// value leaves LDA and WCCN out (cosine on centred, length-normalised
	// i-vectors). It is also capped at the number of training speakers
	// minus one.
	LDADims int
	// NoScoreNorm turns off symmetric score normalisation (S-norm).
	NoScoreNorm bool
	// Seed seeds the UBM's initial means and T's initial value.
	Seed uint64
}

func (o IVectorOptions) withDefaults() IVectorOptions {
	if o.MFCC.Cepstra == 0 {
		o.MFCC.Cepstra = 19
	}
	if o.Components == 0 {
		o.Components = 32
	}
	if o.UBMIterations == 0 {
		o.UBMIterations = 10
	}
	if o.Rank == 0 {
		o.Rank = 100
	}
	if o.TIterations == 0 {
		o.TIterations = 6
	}
	if o.LDADims == 0 {
		o.LDADims = 150
	}
	return o
}

// IVectorAttacker is a text-independent speaker-verification system of the
// i-vector era, stronger than the GMM-UBM Attacker:
//
//   - front end: MFCC (19 cepstra and log energy) with deltas and
//     double deltas (60 values a frame), energy voice activity, and
//     per-utterance cepstral mean and variance normalisation;
//   - a diagonal-covariance UBM and a total variability matrix T trained by
//     EM on the attacker's background speech; each utterance becomes the
//     MAP point estimate of its latent factor w in M = m + Tw, the
//     i-vector (Dehak, Kenny, Dehak, Dumouchel & Ouellet, "Front-end
//     factor analysis for speaker verification", IEEE Trans. ASLP 19(4),
//     2011; T trained as in Kenny, Boulianne & Dumouchel, "Eigenvoice
//     modeling with sparse training data", IEEE Trans. SAP 13(3), 2005,
//     with the minimum-divergence step);
//   - i-vectors centred on the background mean and length-normalised
//     (Garcia-Romero & Espy-Wilson, Interspeech 2011), then linear
//     discriminant analysis and within-class covariance normalisation
//     (Hatch, Kajarekar & Stolcke, ICSLP 2006) trained on the background
//     speakers' labels, length-normalised again;
//   - the score of a test utterance against a speaker is the cosine
//     between its projected i-vector and the mean of the speaker's
//     enrolment i-vectors.
//
// Everything is trained on the background set given to Score (which may be
// the enrolment speech, or speech masked with other keys: the
// semi-informed attacker), never on test speech. It caches each
// utterance's features (see Features), so the samples of an utterance
// must not change once scored. It is not safe for concurrent use.
type IVectorAttacker struct {
	opt   IVectorOptions
	mfccs map[int]*MFCC
	cache featureCache
}

// NewIVectorAttacker returns an i-vector attacker with options o.
func NewIVectorAttacker(o IVectorOptions) *IVectorAttacker {
	return &IVectorAttacker{opt: o.withDefaults(), mfccs: map[int]*MFCC{}}
}

// Name says what the attacker is, for reports.
func (a *IVectorAttacker) Name() string {
	return fmt.Sprintf("i-vector (UBM %d, rank %d) + LDA/WCCN cosine", a.opt.Components, a.opt.Rank)
}

// Features returns the feature vectors of one utterance: statics, deltas
// and double deltas of the kept frames, each coefficient normalised to zero
// mean and unit variance over the utterance. They are cached by the
// identity of u.Samples and shared: the caller must not modify them.
func (a *IVectorAttacker) Features(u Utterance) ([][]float64, error) {
	if f, ok := a.cache.get(u); ok {
		return f, nil
	}
	m, ok := a.mfccs[u.Rate]
	if !ok {
		var err error
		if m, err = NewMFCC(u.Rate, a.opt.MFCC); err != nil {
			return nil, err
		}
		a.mfccs[u.Rate] = m
	}
	static := m.Static(nil, u.Samples)
	energy := make([]float64, len(static))
	for t, r := range static {
		energy[t] = r[0]
	}
	active := VoiceActivity(energy, a.opt.VAD)
	d := len(static[0])
	w := m.opt.DeltaWindow
	dd := Deltas(Deltas(static, w), w) // [s, Δ, Δ, ΔΔ]
	var kept [][]float64
	for t, ok := range active {
		if ok {
			r := dd[t]
			v := make([]float64, 0, 3*d)
			v = append(v, r[:2*d]...)
			v = append(v, r[3*d:]...)
			kept = append(kept, v)
		}
	}
	if len(kept) < 10 {
		return nil, fmt.Errorf("eval: %s: %d voiced frames, want at least 10: %w", u.Name, len(kept), ErrNotEnoughData)
	}
	cmvn(kept)
	a.cache.put(u, kept)
	return kept, nil
}

// featureCache remembers the features of utterances by the identity of
// their sample slices, so that the conditions of one evaluation, which
// score the same utterances several times, compute them once. Callers must
// not change an utterance's samples after scoring it; the returned
// features are shared and read-only.
type featureCache struct {
	m map[cacheKey][][]float64
}

type cacheKey struct {
	p    *float32
	n    int
	rate int
}

func (c *featureCache) get(u Utterance) ([][]float64, bool) {
	if len(u.Samples) == 0 || c.m == nil {
		return nil, false
	}
	f, ok := c.m[cacheKey{&u.Samples[0], len(u.Samples), u.Rate}]
	return f, ok
}

func (c *featureCache) put(u Utterance, f [][]float64) {
	if len(u.Samples) == 0 {
		return
	}
	if c.m == nil {
		c.m = map[cacheKey][][]float64{}
	}
	c.m[cacheKey{&u.Samples[0], len(u.Samples), u.Rate}] = f
}

// cmvn normalises each column of f to zero mean and unit variance.
func cmvn(f [][]float64) {
	n, d := float64(len(f)), len(f[0])
	for i := 0; i < d; i++ {
		var s, ss float64
		for _, r := range f {
			s += r[i]
			ss += r[i] * r[i]
		}
		mu := s / n
		sd := math.Sqrt(max(ss/n-mu*mu, 1e-10))
		for _, r := range f {
			r[i] = (r[i] - mu) / sd
		}
	}
}

// stats are an utterance's zeroth- and first-order Baum-Welch statistics
// against the UBM, the first-order ones centred on the UBM means and
// whitened by its standard deviations.
type stats struct {
	n []float64   // per component
	f [][]float64 // per component, d values
}

func ubmStats(g *GMM, frames [][]float64) stats {
	K, d := len(g.Weights), len(g.Means[0])
	s := stats{n: make([]float64, K), f: make([][]float64, K)}
	for k := range s.f {
		s.f[k] = make([]float64, d)
	}
	lp := make([]float64, K)
	for _, x := range frames {
		tot := g.componentLogs(lp, x)
		for k := range lp {
			p := math.Exp(lp[k] - tot)
			if p < 1e-10 {
				continue
			}
			s.n[k] += p
			for i, v := range x {
				s.f[k][i] += p * v
			}
		}
	}
	for k := range s.f {
		for i := range s.f[k] {
			s.f[k][i] = (s.f[k][i] - s.n[k]*g.Means[k][i]) / math.Sqrt(g.Vars[k][i])
		}
	}
	return s
}

// tvModel is a total variability model over whitened supervectors:
// t[k] is the d × R block of component k.
type tvModel struct {
	t   []*mat.Dense
	ttk []*mat.SymDense // t[k]ᵀ t[k], cached
}

func (m *tvModel) cache() {
	m.ttk = make([]*mat.SymDense, len(m.t))
	for k, tk := range m.t {
		_, r := tk.Dims()
		s := mat.NewSymDense(r, nil)
		s.SymOuterK(1, tk.T())
		m.ttk[k] = s
	}
}

// posterior returns the i-vector (posterior mean of w) and the posterior
// covariance L⁻¹ of an utterance's statistics.
func (m *tvModel) posterior(s stats) (*mat.VecDense, *mat.SymDense, error) {
	_, r := m.t[0].Dims()
	l := mat.NewSymDense(r, nil)
	for i := 0; i < r; i++ {
		l.SetSym(i, i, 1)
	}
	b := mat.NewVecDense(r, nil)
	for k, tk := range m.t {
		if s.n[k] < 1e-8 {
			continue
		}
		l.AddSym(l, scaledSym(m.ttk[k], s.n[k]))
		b.AddVec(b, mulTVec(tk, s.f[k]))
	}
	var ch mat.Cholesky
	if !ch.Factorize(l) {
		return nil, nil, fmt.Errorf("eval: i-vector precision not positive definite: %w", ErrNotEnoughData)
	}
	cov := mat.NewSymDense(r, nil)
	if err := ch.InverseTo(cov); err != nil {
		return nil, nil, fmt.Errorf("eval: i-vector: %w", err)
	}
	w := mat.NewVecDense(r, nil)
	w.MulVec(cov, b)
	return w, cov, nil
}

func scaledSym(a *mat.SymDense, f float64) *mat.SymDense {
	var s mat.SymDense
	s.ScaleSym(f, a)
	return &s
}

func mulTVec(t *mat.Dense, f []float64) *mat.VecDense {
	_, r := t.Dims()
	v := mat.NewVecDense(r, nil)
	v.MulVec(t.T(), mat.NewVecDense(len(f), f))
	return v
}

// trainTV trains T by EM on the statistics of the background utterances.
func trainTV(ss []stats, d, rank, iterations int, seed uint64) (*tvModel, error) {
	K := len(ss[0].n)
	rng := rand.New(rand.NewPCG(seed^0x5bd1e995, seed+1))
	m := &tvModel{t: make([]*mat.Dense, K)}
	for k := range m.t {
		data := make([]float64, d*rank)
		for i := range data {
			data[i] = 0.1 * rng.NormFloat64()
		}
		m.t[k] = mat.NewDense(d, rank, data)
	}
	m.cache()
	for it := 0; it < iterations; it++ {
		acc := make([]*mat.SymDense, K) // Σ_u N_k E[wwᵀ]
		cacc := make([]*mat.Dense, K)   // Σ_u F_k E[w]ᵀ
		for k := range acc {
			acc[k] = mat.NewSymDense(rank, nil)
			cacc[k] = mat.NewDense(d, rank, nil)
		}
		ewwSum := mat.NewSymDense(rank, nil)
		for _, s := range ss {
			w, cov, err := m.posterior(s)
			if err != nil {
				return nil, err
			}
			eww := mat.NewSymDense(rank, nil)
			eww.SymOuterK(1, w)
			eww.AddSym(eww, cov)
			ewwSum.AddSym(ewwSum, eww)
			for k := range acc {
				if s.n[k] < 1e-8 {
					continue
				}
				acc[k].AddSym(acc[k], scaledSym(eww, s.n[k]))
				var o mat.Dense
				o.Outer(1, mat.NewVecDense(d, s.f[k]), w)
				cacc[k].Add(cacc[k], &o)
			}
		}
		for k := range m.t {
			var ch mat.Cholesky
			reg := mat.NewSymDense(rank, nil)
			reg.CopySym(acc[k])
			for i := 0; i < rank; i++ {
				reg.SetSym(i, i, reg.At(i, i)+1e-6)
			}
			if !ch.Factorize(reg) {
				return nil, fmt.Errorf("eval: T update for component %d failed: %w", k, ErrNotEnoughData)
			}
			// T_k = C_k A_k⁻¹, solved as A_k T_kᵀ = C_kᵀ.
			var tt mat.Dense
			if err := ch.SolveTo(&tt, cacc[k].T()); err != nil {
				return nil, fmt.Errorf("eval: T update: %w", err)
			}
			m.t[k] = mat.DenseCopyOf(tt.T())
		}
		// Minimum divergence: make the prior of w standard normal again,
		// T ← T·chol(mean E[wwᵀ]).
		ewwSum.ScaleSym(1/float64(len(ss)), ewwSum)
		var ch mat.Cholesky
		if ch.Factorize(ewwSum) {
			var u mat.TriDense
			ch.UTo(&u)
			for k := range m.t {
				var nt mat.Dense
				nt.Mul(m.t[k], u.T())
				m.t[k] = &nt
			}
		}
		m.cache()
	}
	return m, nil
}

// backend projects i-vectors: centre, length-normalise, LDA + WCCN,
// length-normalise.
type backend struct {
	mean *mat.VecDense
	proj *mat.Dense // out × R
}

func lengthNorm(v *mat.VecDense) {
	if n := mat.Norm(v, 2); n > 0 {
		v.ScaleVec(1/n, v)
	}
}

func (b *backend) apply(w *mat.VecDense) *mat.VecDense {
	c := mat.NewVecDense(w.Len(), nil)
	c.SubVec(w, b.mean)
	lengthNorm(c)
	if b.proj == nil {
		return c
	}
	r, _ := b.proj.Dims()
	out := mat.NewVecDense(r, nil)
	out.MulVec(b.proj, c)
	lengthNorm(out)
	return out
}

// trainBackend fits the centring, LDA and WCCN on labelled i-vectors.
// Without two speakers with two utterances each it keeps only the centring
// and length normalisation.
func trainBackend(ws []*mat.VecDense, labels []string, maxDims int) (*backend, error) {
	r := ws[0].Len()
	b := &backend{mean: mat.NewVecDense(r, nil)}
	for _, w := range ws {
		b.mean.AddVec(b.mean, w)
	}
	b.mean.ScaleVec(1/float64(len(ws)), b.mean)
	xs := make([]*mat.VecDense, len(ws))
	for i, w := range ws {
		xs[i] = mat.NewVecDense(r, nil)
		xs[i].SubVec(w, b.mean)
		lengthNorm(xs[i])
	}
	groups := map[string][]int{}
	var order []string
	for i, l := range labels {
		if _, ok := groups[l]; !ok {
			order = append(order, l)
		}
		groups[l] = append(groups[l], i)
	}
	multi := 0
	for _, g := range groups {
		if len(g) >= 2 {
			multi++
		}
	}
	if multi < 2 || maxDims < 0 {
		return b, nil
	}
	sw, sb := mat.NewSymDense(r, nil), mat.NewSymDense(r, nil)
	gmean := mat.NewVecDense(r, nil)
	for _, x := range xs {
		gmean.AddVec(gmean, x)
	}
	gmean.ScaleVec(1/float64(len(xs)), gmean)
	for _, l := range order {
		idx := groups[l]
		mu := mat.NewVecDense(r, nil)
		for _, i := range idx {
			mu.AddVec(mu, xs[i])
		}
		mu.ScaleVec(1/float64(len(idx)), mu)
		d := mat.NewVecDense(r, nil)
		d.SubVec(mu, gmean)
		sb.SymRankOne(sb, float64(len(idx)), d)
		for _, i := range idx {
			e := mat.NewVecDense(r, nil)
			e.SubVec(xs[i], mu)
			sw.SymRankOne(sw, 1, e)
		}
	}
	sw.ScaleSym(1/float64(len(xs)), sw)
	sb.ScaleSym(1/float64(len(xs)), sb)
	// Regularise the within-class scatter (few utterances per speaker make
	// it singular) towards its mean variance.
	var tr float64
	for i := 0; i < r; i++ {
		tr += sw.At(i, i)
	}
	for i := 0; i < r; i++ {
		sw.SetSym(i, i, sw.At(i, i)+0.1*tr/float64(r))
	}
	// LDA: whiten Sw (Sw = U Λ Uᵀ, P = Λ^-½ Uᵀ), then the leading
	// eigenvectors of P Sb Pᵀ.
	var es mat.EigenSym
	if !es.Factorize(sw, true) {
		return nil, fmt.Errorf("eval: LDA: eigen-decomposition failed: %w", ErrNotEnoughData)
	}
	lam := es.Values(nil)
	var u mat.Dense
	es.VectorsTo(&u)
	p := mat.NewDense(r, r, nil)
	for i := 0; i < r; i++ {
		s := 1 / math.Sqrt(max(lam[i], 1e-12))
		for j := 0; j < r; j++ {
			p.Set(i, j, s*u.At(j, i))
		}
	}
	var psb mat.Dense
	psb.Mul(p, sb)
	psb.Mul(&psb, p.T())
	sym := mat.NewSymDense(r, nil)
	for i := 0; i < r; i++ {
		for j := i; j < r; j++ {
			sym.SetSym(i, j, (psb.At(i, j)+psb.At(j, i))/2)
		}
	}
	var eb mat.EigenSym
	if !eb.Factorize(sym, true) {
		return nil, fmt.Errorf("eval: LDA: eigen-decomposition failed: %w", ErrNotEnoughData)
	}
	var v mat.Dense
	eb.VectorsTo(&v)
	dims := min(maxDims, len(order)-1, r)
	vals := eb.Values(nil)
	idx := make([]int, r)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if vals[a] > vals[b] {
			return -1
		}
		if vals[a] < vals[b] {
			return 1
		}
		return 0
	})
	lda := mat.NewDense(dims, r, nil) // rows: projection directions
	for o := 0; o < dims; o++ {
		for j := 0; j < r; j++ {
			var s float64
			for i := 0; i < r; i++ {
				s += v.At(i, idx[o]) * p.At(i, j)
			}
			lda.Set(o, j, s)
		}
	}
	// WCCN in LDA space: B with BᵀB = W⁻¹, W the within-class covariance.
	ys := make([]*mat.VecDense, len(xs))
	for i, x := range xs {
		ys[i] = mat.NewVecDense(dims, nil)
		ys[i].MulVec(lda, x)
	}
	w := mat.NewSymDense(dims, nil)
	for _, l := range order {
		idx := groups[l]
		mu := mat.NewVecDense(dims, nil)
		for _, i := range idx {
			mu.AddVec(mu, ys[i])
		}
		mu.ScaleVec(1/float64(len(idx)), mu)
		for _, i := range idx {
			e := mat.NewVecDense(dims, nil)
			e.SubVec(ys[i], mu)
			w.SymRankOne(w, 1/float64(len(ys)), e)
		}
	}
	var wtr float64
	for i := 0; i < dims; i++ {
		wtr += w.At(i, i)
	}
	for i := 0; i < dims; i++ {
		w.SetSym(i, i, w.At(i, i)+0.1*wtr/float64(dims)+1e-9)
	}
	var ch mat.Cholesky
	if !ch.Factorize(w) {
		return nil, fmt.Errorf("eval: WCCN: within-class covariance not positive definite: %w", ErrNotEnoughData)
	}
	winv := mat.NewSymDense(dims, nil)
	if err := ch.InverseTo(winv); err != nil {
		return nil, fmt.Errorf("eval: WCCN: %w", err)
	}
	var cw mat.Cholesky
	if !cw.Factorize(winv) {
		return nil, fmt.Errorf("eval: WCCN: %w", ErrNotEnoughData)
	}
	var ut mat.TriDense
	cw.UTo(&ut) // winv = UᵀU, so B = U
	b.proj = mat.NewDense(dims, r, nil)
	b.proj.Mul(&ut, lda)
	return b, nil
}

// Score enrols every speaker of enroll, with every model trained on
// enroll, and scores every utterance of test against every enrolled
// speaker. All utterances must share one sample rate.
func (a *IVectorAttacker) Score(ctx context.Context, enroll, test []Utterance) (Trials, error) {
	return a.ScoreWith(ctx, nil, enroll, test)
}

// ScoreWith is Score with every model (UBM, T, LDA, WCCN, score
// normalisation cohort) trained on background instead (nil means enroll).
func (a *IVectorAttacker) ScoreWith(ctx context.Context, background, enroll, test []Utterance) (Trials, error) {
	if background == nil {
		background = enroll
	}
	if len(enroll) == 0 || len(test) == 0 || len(background) == 0 {
		return Trials{}, fmt.Errorf("eval: %d background, %d enrolment and %d test utterances: %w", len(background), len(enroll), len(test), ErrNotEnoughData)
	}
	if err := sameRate(background, enroll, test); err != nil {
		return Trials{}, err
	}
	feats := func(us []Utterance) ([][][]float64, error) {
		out := make([][][]float64, len(us))
		for i, u := range us {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			f, err := a.Features(u)
			if err != nil {
				return nil, err
			}
			out[i] = f
		}
		return out, nil
	}
	// All features first, so bad input fails before any training.
	bf, err := feats(background)
	if err != nil {
		return Trials{}, err
	}
	ef, err := feats(enroll)
	if err != nil {
		return Trials{}, err
	}
	tf, err := feats(test)
	if err != nil {
		return Trials{}, err
	}
	var pooled [][]float64
	for _, f := range bf {
		pooled = append(pooled, f...)
	}
	ubm, err := TrainGMM(pooled, a.opt.Components, a.opt.UBMIterations, a.opt.Seed)
	if err != nil {
		return Trials{}, err
	}
	bs := make([]stats, len(bf))
	for i, f := range bf {
		bs[i] = ubmStats(ubm, f)
	}
	if err := ctx.Err(); err != nil {
		return Trials{}, err
	}
	tv, err := trainTV(bs, len(pooled[0]), a.opt.Rank, a.opt.TIterations, a.opt.Seed)
	if err != nil {
		return Trials{}, err
	}
	ivec := func(f [][]float64) (*mat.VecDense, error) {
		w, _, err := tv.posterior(ubmStats(ubm, f))
		return w, err
	}
	bw := make([]*mat.VecDense, len(bs))
	labels := make([]string, len(bs))
	for i, s := range bs {
		if bw[i], _, err = tv.posterior(s); err != nil {
			return Trials{}, err
		}
		labels[i] = background[i].Speaker
	}
	be, err := trainBackend(bw, labels, a.opt.LDADims)
	if err != nil {
		return Trials{}, err
	}
	models := map[string]*mat.VecDense{}
	var speakers []string
	for i, f := range ef {
		w, err := ivec(f)
		if err != nil {
			return Trials{}, err
		}
		y := be.apply(w)
		s := enroll[i].Speaker
		if m, ok := models[s]; ok {
			m.AddVec(m, y)
		} else {
			models[s] = y
			speakers = append(speakers, s)
		}
	}
	for _, m := range models {
		lengthNorm(m)
	}
	cohort := make([]*mat.VecDense, len(bw))
	for i, w := range bw {
		cohort[i] = be.apply(w)
	}
	// norm returns the mean and standard deviation of v's scores against
	// the cohort utterances not labelled s.
	norm := func(v *mat.VecDense, s string) (float64, float64) {
		var n, sum, ss float64
		for i, c := range cohort {
			if labels[i] == s {
				continue
			}
			x := mat.Dot(v, c)
			n++
			sum += x
			ss += x * x
		}
		if n < 2 {
			return 0, 1
		}
		mu := sum / n
		return mu, math.Sqrt(max(ss/n-mu*mu, 1e-12))
	}
	zn := map[string][2]float64{}
	for _, s := range speakers {
		m, sd := norm(models[s], s)
		zn[s] = [2]float64{m, sd}
	}
	var t Trials
	for i, f := range tf {
		w, err := ivec(f)
		if err != nil {
			return Trials{}, err
		}
		y := be.apply(w)
		for _, s := range speakers {
			score := mat.Dot(y, models[s])
			if !a.opt.NoScoreNorm {
				tm, tsd := norm(y, s)
				z := zn[s]
				score = ((score-z[0])/z[1] + (score-tm)/tsd) / 2
			}
			if s == test[i].Speaker {
				t.Target = append(t.Target, score)
			} else {
				t.NonTarget = append(t.NonTarget, score)
			}
		}
	}
	if len(t.Target) == 0 {
		return Trials{}, fmt.Errorf("eval: no test utterance is of an enrolled speaker: %w", ErrNotEnoughData)
	}
	return t, nil
}

func sameRate(sets ...[]Utterance) error {
	var first *Utterance
	for _, s := range sets {
		for i := range s {
			if first == nil {
				first = &s[i]
			} else if s[i].Rate != first.Rate {
				return fmt.Errorf("eval: %s is at %d Hz, %s at %d Hz; load both at one rate: %w", first.Name, first.Rate, s[i].Name, s[i].Rate, ErrInvalid)
			}
		}
	}
	return nil
}
