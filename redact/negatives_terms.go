package redact

import "strings"

// Terms named after people: "Morse code", "a Markov model", "the Kalman
// filter", "Gaussian", "Mel Cepstra". The name in them is no person's
// there (set12's eponym hard negatives).

// namedTerms are nouns that a person's name, said right before them, turns
// into a term or a thing named after someone: "Morse code", "a Markov
// model", "the Kalman filter", "Mel Cepstra", "the Heidelberg project".
var namedTerms = map[string]bool{"code": true, "codes": true, "model": true, "models": true, "filter": true,
	"filters": true, "filtering": true, "chain": true, "chains": true, "distribution": true, "distributions": true,
	"mixture": true, "mixtures": true, "transform": true, "transforms": true, "algorithm": true, "algorithms": true,
	"theorem": true, "equation": true, "equations": true, "law": true, "laws": true, "effect": true, "curve": true,
	"curves": true, "scale": true, "cepstrum": true, "cepstra": true, "cepstral": true, "coefficients": true,
	"classifier": true, "classifiers": true, "rule": true, "principle": true, "inequality": true, "method": true,
	"methods": true, "function": true, "functions": true, "space": true, "spaces": true, "decoder": true,
	"decoding": true, "net": true, "nets": true, "network": true, "networks": true, "process": true,
	"processes": true, "project": true, "test": true, "tests": true, "score": true, "index": true,
	"criterion": true, "estimator": true, "kernel": true, "kernels": true, "matrix": true, "series": true,
	"window": true, "windows": true, "frequency": true, "frequencies": true, "syndrome": true, "disease": true}

// termAfterName reports whether the name found at tokens i..last is a
// term's first word, with no naming cue: a word of namedTerms after it, or
// as its last word ("Mel Cepstra" read as a first name and a surname).
func (ts *Tokens) termAfterName(i, last int) bool {
	if ts.Toks[last].Kind == KindWord && namedTerms[ts.Toks[last].Norm] && last > i {
		return true
	}
	if ts.sentenceEndsAfter(last) || strings.HasSuffix(ts.Toks[last].Norm, "'s") || ts.Word(ts.Toks[last].Last).Punct != "" {
		return false
	}
	n := last + 1
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && namedTerms[ts.Toks[n].Norm]
}

// termEnding reports whether w, in no name list, ends as an adjective or a
// term made from a name does ("Gaussian", "Euclidean", "Boolean",
// "Newtonian", "Hermitic", "Darwinism"): a word, not a person. (Not
// "-ist": "Lindqvist".)
func termEnding(w string) bool {
	for _, s := range []string{"ian", "ean", "ic", "ics", "ism", "ology"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
