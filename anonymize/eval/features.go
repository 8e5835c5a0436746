package eval

import "math"

// VADOptions configures the energy-based voice activity detector.
type VADOptions struct {
	// RangeDB keeps frames whose energy is within this many dB of the
	// utterance's loudest frame; 0 means 30.
	RangeDB float64
	// FloorDBFS drops frames quieter than this (dB relative to a full-scale
	// square wave); 0 means −55.
	FloorDBFS float64
}

func (o VADOptions) withDefaults() VADOptions {
	if o.RangeDB == 0 {
		o.RangeDB = 30
	}
	if o.FloorDBFS == 0 {
		o.FloorDBFS = -55
	}
	return o
}

// VoiceActivity marks the frames whose log energy (natural log of the mean
// square, as in column 0 of MFCC.Static) is within o.RangeDB of the loudest
// frame and above o.FloorDBFS.
func VoiceActivity(logEnergy []float64, o VADOptions) []bool {
	o = o.withDefaults()
	peak := math.Inf(-1)
	for _, e := range logEnergy {
		peak = max(peak, e)
	}
	// dB = 10·log10(ms) = 10/ln(10)·ln(ms).
	thr := max(peak-o.RangeDB*math.Ln10/10, o.FloorDBFS*math.Ln10/10)
	out := make([]bool, len(logEnergy))
	for i, e := range logEnergy {
		out[i] = e > thr
	}
	return out
}

// Features turns one utterance into the attacker's feature vectors: MFCC
// static coefficients with deltas, only the frames the voice activity
// detector keeps, with cepstral mean normalisation (the mean of each
// coefficient over the kept frames subtracted, which removes a fixed channel
// filter: Atal 1974). It returns nil when no frame is voiced.
func Features(m *MFCC, x []float32, vad VADOptions) [][]float64 {
	return features(m, x, vad, true)
}

// features is Features, with the cepstral mean normalisation only when cmn
// is set.
func features(m *MFCC, x []float32, vad VADOptions, cmn bool) [][]float64 {
	static := m.Static(nil, x)
	if len(static) == 0 {
		return nil
	}
	energy := make([]float64, len(static))
	for t, r := range static {
		energy[t] = r[0]
	}
	active := VoiceActivity(energy, vad)
	all := Deltas(static, m.opt.DeltaWindow)
	var kept [][]float64
	for t, ok := range active {
		if ok {
			kept = append(kept, all[t])
		}
	}
	if len(kept) == 0 {
		return nil
	}
	if !cmn {
		return kept
	}
	mean := make([]float64, len(kept[0]))
	for _, r := range kept {
		for i, v := range r {
			mean[i] += v
		}
	}
	for i := range mean {
		mean[i] /= float64(len(kept))
	}
	for _, r := range kept {
		for i := range r {
			r[i] -= mean[i]
		}
	}
	return kept
}
