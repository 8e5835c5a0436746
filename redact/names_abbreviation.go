package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Abbreviations written with their period. A cased transcript writes
// "Exp.", "Dept.", "Acct.", "Qty." as a word alone in its sentence or
// after a comma, where the speech rules read a name said alone or to
// someone ("Okay. Exp." was a vocative). A capitalised word of two to
// four letters written with a period right after it, on no list of first
// names, surnames, places or English words, is an abbreviation, not a
// name: the name lists hold 44,844 first names and 174,389 surnames, so a
// short name missing from both is rarer than an abbreviation. The speech
// rules (names_speech.go) skip it.
//
// What it cannot do: a short name in no list written with a period
// ("Thanks, Ode.") is lost to those rules (a naming cue still takes it);
// an abbreviation of five letters or more ("Approx.") or one that is also
// a name ("Jan.", "Bart.") stays a name there. It reads the word alone.

// abbreviationAt reports whether token i is such an abbreviation.
func (ts *Tokens) abbreviationAt(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || tk.Kind != KindWord || tk.First != tk.Last || !strings.HasPrefix(ts.Word(tk.Last).Punct, ".") {
		return false
	}
	w := tk.Norm
	if len(w) < 2 || len(w) > 4 || !isAlpha(w) || !ts.Capitalised(tk.First) {
		return false
	}
	return !ts.firstNameAt(i) && !ts.surnameAt(i) && !ts.englishAt(i) && !ts.commonAt(i) &&
		!names.IsPlace(w) && !names.IsWorldTown(w)
}
