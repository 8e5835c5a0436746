package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// A first name said as the modifier of a thing after an article, in a
// lowercase transcript: "let's use the jerzy approach", "the priya
// version". A scientist's surname takes the same slot ("the kalman
// filter", "the wiener filter"), so the word is to be a listed first name
// that is in no surname list, no common or English word, no place, town,
// region or brand, and the word after it an English word that can be a
// noun (no function word, auxiliary or verb of a person). It cannot find
// a name that is also a word ("the chuck chunks") or a surname ("the
// guenter noise") there; it reads one word either side.

// lowerNameModifier reports whether token i is such a first name.
func (ts *Tokens) lowerNameModifier(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	if ts.Cased || tk.First != tk.Last || ts.turn[tk.Last] || !ts.firstNameAt(i) || ts.surnameAt(i) ||
		ts.commonAt(i) || ts.englishAt(i) || !ts.speechNameAt(i, false, true) || names.IsWorldTown(w) ||
		names.IsWorldRegion(w) || names.IsPlace(w) || names.IsBrand(w) {
		return false
	}
	if !ts.isWord(ts.prev(i-1), "the", "a", "an") {
		return false
	}
	n := ts.next(i + 1)
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && modifiedThing(ts.Toks[n].Norm)
}

// modifiedThing reports whether w, lowercase, may be the noun a name
// modifies.
func modifiedThing(w string) bool {
	return len(w) >= 3 && isAlpha(w) && names.IsEnglishWord(w) && !functionWords[w] && !personStop[w] && !auxVerbs[w] &&
		!personVerbs[w] && !pastVerbs[w] && !possessiveVerbs[w] && !strings.HasSuffix(w, "ly")
}
