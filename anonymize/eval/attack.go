package eval

import (
	"context"
	"fmt"
)

// AttackerOptions configures the speaker-verification attacker. The zero
// value is the set-up whose figures the package documentation reports.
type AttackerOptions struct {
	// MFCC and VAD configure the front end.
	MFCC MFCCOptions
	VAD  VADOptions
	// Components is the number of Gaussians in the UBM; 0 means 32. It must
	// be at least 2: after cepstral mean normalisation the mean of a single
	// Gaussian, the only thing MAP adaptation moves, is the same for
	// everyone.
	Components int
	// Iterations is the number of EM steps training the UBM; 0 means 10.
	Iterations int
	// Relevance is the MAP relevance factor; 0 means 16.
	Relevance float64
	// Seed seeds the UBM's initial means.
	Seed uint64
	// KeepMean skips the cepstral mean normalisation, which removes a
	// fixed channel filter: for an attacker that listens to the channel.
	KeepMean bool
}

func (o AttackerOptions) withDefaults() AttackerOptions {
	if o.Components == 0 {
		o.Components = 32
	}
	if o.Iterations == 0 {
		o.Iterations = 10
	}
	if o.Relevance == 0 {
		o.Relevance = 16
	}
	return o
}

// Attacker is a classical text-independent speaker-verification system:
// MFCC with deltas, energy-based voice activity, cepstral mean
// normalisation, a universal background model trained on the enrolment
// speech, speaker models by MAP adaptation of its means, and the score of a
// test utterance against a speaker as the mean per-frame log-likelihood
// ratio between the speaker model and the UBM (Reynolds, Quatieri & Dunn
// 2000). It is not safe for concurrent use.
type Attacker struct {
	opt   AttackerOptions
	mfccs map[int]*MFCC
	cache featureCache
}

// NewAttacker returns an attacker with options o.
func NewAttacker(o AttackerOptions) *Attacker {
	return &Attacker{opt: o.withDefaults(), mfccs: map[int]*MFCC{}}
}

// Features returns the feature vectors of one utterance. They are cached by
// the identity of u.Samples and shared: the caller must not modify them,
// nor the samples of an utterance once scored.
func (a *Attacker) Features(u Utterance) ([][]float64, error) {
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
	f := features(m, u.Samples, a.opt.VAD, !a.opt.KeepMean)
	if len(f) < 10 {
		return nil, fmt.Errorf("eval: %s: %d voiced frames, want at least 10: %w", u.Name, len(f), ErrNotEnoughData)
	}
	a.cache.put(u, f)
	return f, nil
}

// Trials holds the scores of verification trials.
type Trials struct {
	// Target are the scores of trials whose test speaker is the enrolled
	// one (mated); NonTarget those of the others.
	Target, NonTarget []float64
}

// EER is the equal error rate of the trials.
func (t Trials) EER() float64 { return EER(t.Target, t.NonTarget) }

// Linkability is D↔sys of the trials (30 bins).
func (t Trials) Linkability() float64 { return Linkability(t.Target, t.NonTarget, 0) }

// Score enrols every speaker of enroll (the UBM is trained on all of
// enroll) and scores every utterance of test against every enrolled
// speaker. All utterances must share one sample rate.
func (a *Attacker) Score(ctx context.Context, enroll, test []Utterance) (Trials, error) {
	return a.ScoreWith(ctx, nil, enroll, test)
}

// Name says what the attacker is, for reports.
func (a *Attacker) Name() string {
	return fmt.Sprintf("GMM-UBM (%d components, MAP)", a.opt.Components)
}

// ScoreWith is Score with the UBM trained on background instead (nil
// means enroll): the semi-informed attacker trains it on speech masked with
// other keys.
func (a *Attacker) ScoreWith(ctx context.Context, background, enroll, test []Utterance) (Trials, error) {
	if a.opt.Components < 2 {
		return Trials{}, fmt.Errorf("eval: %d UBM components, want at least 2: %w", a.opt.Components, ErrInvalid)
	}
	return gmmUBMTrials(ctx, a.opt, a.Features, false, background, enroll, test)
}

// gmmUBMTrials is the GMM-UBM attack on the features that features reads
// from each utterance: a UBM trained on background's (enroll's if
// background is nil), a MAP-adapted model per speaker of enroll, and the
// log-likelihood ratio of every test utterance against every enrolled
// speaker. With sparse, features may be empty (the pause attacker on an
// utterance without pauses): with fewer than ten background frames per
// Gaussian no UBM is trained and every score is 0 (no evidence), a speaker
// without frames keeps the UBM, and an utterance without frames scores 0.
func gmmUBMTrials(ctx context.Context, o AttackerOptions, features func(Utterance) ([][]float64, error), sparse bool,
	background, enroll, test []Utterance) (Trials, error) {
	if background == nil {
		background = enroll
	}
	if len(enroll) == 0 || len(test) == 0 || len(background) == 0 {
		return Trials{}, fmt.Errorf("eval: %d enrolment and %d test utterances: %w", len(enroll), len(test), ErrNotEnoughData)
	}
	if err := sameRate(background, enroll, test); err != nil {
		return Trials{}, err
	}
	bySpk := map[string][][]float64{}
	var speakers []string
	var pooled [][]float64
	for _, u := range enroll {
		if err := ctx.Err(); err != nil {
			return Trials{}, err
		}
		f, err := features(u)
		if err != nil {
			return Trials{}, err
		}
		if _, ok := bySpk[u.Speaker]; !ok {
			speakers = append(speakers, u.Speaker)
			bySpk[u.Speaker] = nil
		}
		bySpk[u.Speaker] = append(bySpk[u.Speaker], f...)
	}
	for _, u := range background {
		if err := ctx.Err(); err != nil {
			return Trials{}, err
		}
		f, err := features(u)
		if err != nil {
			return Trials{}, err
		}
		pooled = append(pooled, f...)
	}
	var ubm *GMM
	models := make([]*GMM, len(speakers))
	if !sparse || len(pooled) >= 10*o.Components {
		var err error
		if ubm, err = TrainGMM(pooled, o.Components, o.Iterations, o.Seed); err != nil {
			return Trials{}, err
		}
		for i, s := range speakers {
			if sparse && len(bySpk[s]) == 0 {
				models[i] = ubm
				continue
			}
			models[i] = ubm.Adapt(bySpk[s], o.Relevance)
		}
	}
	var t Trials
	for _, u := range test {
		if err := ctx.Err(); err != nil {
			return Trials{}, err
		}
		f, err := features(u)
		if err != nil {
			return Trials{}, err
		}
		evidence := ubm != nil && (!sparse || len(f) > 0)
		var base float64
		if evidence {
			base = ubm.LogLikelihood(f)
		}
		for i, s := range speakers {
			var score float64
			if evidence {
				score = models[i].LogLikelihood(f) - base
			}
			if s == u.Speaker {
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
