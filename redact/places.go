package redact

import "github.com/callveil/callveil/redact/internal/names"

// Places that are not people. One list serves the person recognizers:
// names' hand-written list of places (internal/names/gen/notnames.txt:
// countries, US states and cities, cities of the world, nationalities,
// languages, places of two words), which also marks the places that are
// first names and that a call names as the place more often ("Jordan",
// "Georgia", "Sydney").
//
// Measured, with what it still misses: docs/redact-accuracy.md, "One place
// list, and PERSON on the whole wild set".

// placeName reports whether w (lowercase) names a place rather than a
// person when nothing says otherwise: a listed place that is no first name
// ("canada", "auckland", "texas"), or one that a call names as the place
// more often than as a name ("jordan", "georgia"; not "austin" or
// "madison").
func placeName(w string) bool {
	return names.IsPlace(w) && (!names.IsFirstName(w) || names.IsMostlyPlace(w))
}

// twoWordPlace reports whether token i is either word of a place of two
// words said in one breath ("Costa Rica", "Hong Kong", "Sierra Leone").
func (ts *Tokens) twoWordPlace(i int) bool {
	if i < 0 || i >= len(ts.Toks) || ts.Toks[i].Kind != KindWord {
		return false
	}
	if p := i - 1; p >= 0 && ts.Toks[p].Kind == KindWord && !ts.sentenceEndsAfter(p) &&
		names.IsTwoWordPlace(ts.Toks[p].Norm, ts.Toks[i].Norm) {
		return true
	}
	n := i + 1
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.sentenceEndsAfter(i) &&
		names.IsTwoWordPlace(ts.Toks[i].Norm, ts.Toks[n].Norm)
}
