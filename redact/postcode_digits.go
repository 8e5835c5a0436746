package redact

import "strings"

// Postal codes of all digits that are no US ZIP code: most countries' are
// three to eight digits, some written in two groups (Sweden "114 55",
// Poland "02-791", Brazil "70040-010", Japan "100-0001"), and the
// Netherlands' four digits take two capitals ("1012 AB"). Said aloud they
// are digits or numbers in pairs ("fifty two twenty") or hundreds ("eleven
// hundred"). The shape alone says nothing (a price, a year, a count), so
// one counts only where a postal code was asked for by name ("and the
// postcode?", "what's the post code there?"), not "zip", which asks for a
// US ZIP code, and only as the answer's opening value or right after the
// cue ("my postcode is 8004").
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Set11's
// dev half: foreign postcodes, streets name first, a card's last four,
// names in passing".

// postalCueWords name a postal code in a number cue.
var postalCueWords = []string{"postal", "postcode", "post", "postcode's"}

// digitPostcode returns the first and last channel-local words of an
// all-digit postal code at number token i, or last -1. An "oh" that opens
// six digits is the answer's interjection before a five-digit code ("oh,
// nine six nine one three").
func (ts *Tokens) digitPostcode(i int) (first, last int) {
	tk := &ts.Toks[i]
	if tk.Kind != KindNumber || len(tk.Norm) < 3 || len(tk.Norm) > 8 || len(tk.Groups) > 2 || ts.isAmount(i) {
		return 0, -1
	}
	cat, d := ts.numberCue(i, cueWindow)
	gw := ts.Words[tk.First]
	if cat != cueZIP || !ts.sh.contextHas(gw, d+3, postalCueWords...) {
		return 0, -1
	}
	if d > 2 && ts.sh.questionBefore(gw, 6, func(l string) bool { return numberAnswerLeadIns[l] }) < 0 {
		return 0, -1 // not the answer's opening value: "... we moved there in 2019"
	}
	if !ts.sentenceEndsAfter(i) {
		if k := ts.next(i + 1); k < len(ts.Toks) {
			t := &ts.Toks[k]
			if t.Kind == KindWord && (measureNouns[t.Norm] || numberAfterNoun[t.Norm]) {
				return 0, -1 // "3 calls", "40 minutes"
			}
			if ts.Cased && len(tk.Norm) == 4 && (t.Kind == KindLetters || t.Kind == KindWord) && len(t.Norm) == 2 && t.First == t.Last && ts.allCaps(t.First) {
				return tk.First, t.Last // "1012 AB"
			}
		}
	}
	if len(tk.Norm) == 6 && tk.Norm[0] == '0' && ts.Lower(tk.First) == "oh" {
		if f, _ := tk.Words(1, 2); f > tk.First {
			return f, tk.Last
		}
	}
	return tk.First, tk.Last
}

// allCaps reports whether channel-local word w is written in capitals
// only, in a cased transcript.
func (ts *Tokens) allCaps(w int) bool {
	txt := strings.Trim(ts.Word(w).Text, trimCutset)
	return ts.Cased && txt != "" && strings.ToUpper(txt) == txt && strings.ToLower(txt) != txt
}
