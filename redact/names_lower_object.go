package redact

import "github.com/callveil/callveil/redact/internal/names"

// A first name that is no word, as the object of "for", "with", "to" or
// "about" in a lowercase transcript, where the clause ends after it: "i've
// added a note for bogdan on the night shift", "i was on with ngozi
// yesterday", "send it to siddharth". The person rule leaves a lone word
// after a preposition to places ("flying to nairobi"), so this takes only
// a listed first name that is no common or English word, no place, town
// or region of the world and no brand (speechNameWord), and only before
// the turn's end or a word that ends the clause (a preposition of time or
// place, a conjunction, a word of when, thanks). Not "from", "in", "at":
// after them a town named like a person is as likely. It cannot find a
// name that is also a word ("a note for grace") nor one in no list ("for
// tendai"); it reads one word either side.

// objectPrepositions take a person as readily as a thing.
var objectPrepositions = map[string]bool{"for": true, "with": true, "to": true, "about": true}

// clauseEnders end a clause after its object.
var clauseEnders = map[string]bool{"on": true, "in": true, "at": true, "and": true, "but": true, "so": true,
	"because": true, "yesterday": true, "today": true, "tomorrow": true, "tonight": true, "last": true,
	"earlier": true, "later": true, "before": true, "after": true, "when": true, "if": true, "too": true,
	"please": true, "thanks": true, "okay": true, "ok": true, "about": true, "already": true, "again": true,
	"this": true, "next": true}

// lowerPrepositionObject reports whether token i, in a lowercase
// transcript, is a listed first name that is no word after one of
// objectPrepositions, ending its clause.
func (ts *Tokens) lowerPrepositionObject(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	if ts.Cased || tk.First != tk.Last || !ts.firstNameAt(i) || ts.commonAt(i) || ts.englishAt(i) ||
		!ts.speechNameAt(i, false, true) || names.IsWorldTown(w) || names.IsWorldRegion(w) || names.IsPlace(w) || names.IsBrand(w) {
		return false
	}
	p := ts.prev(i - 1)
	if !ts.wordIn(p, objectPrepositions) || ts.turn[ts.Toks[p].Last] {
		return false
	}
	if ts.turn[tk.Last] || ts.next(i+1) >= len(ts.Toks) {
		return true
	}
	return ts.wordIn(ts.next(i+1), clauseEnders)
}
