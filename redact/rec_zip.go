package redact

import "strings"

// The ZIP recognizer: cued ZIP codes and ZIP codes after a state; postal
// codes of Canada and the UK (postcode.go) and all-digit postal codes of
// other countries asked for by name (postcode_digits.go).
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - ZIP: 5 and 9 digit numbers after a ZIP cue (also read on after
//     "wait": "nine oh two, wait, one oh"), a state (also "N.Y.",
//     "Calif.") or a street; a written ZIP+4 after talk of an address, a
//     spoken one with "dash", "hyphen" or "plus"; four digits after "plus
//     four";
//     Canadian and UK postal codes, written or spelled, after a ZIP cue
//     ("postal code k one a zero b one", "postcode SW1A 1AA", "CB3 0ND"
//     whose inward code reads as an ordinal) or written in capitals after
//     an address; any country's all-digit postal code (3-8 digits, two
//     groups: "0650", "114 55", "70040-010", "forty four eighty", and
//     "1012 AB") where a postal code is asked for by name ("and the
//     postcode?", not "zip") and it opens the answer (postcode_digits.go);
//     a 5 or 9 digit number called the ZIP or postal code right after it
//     ("46204 is our zip code"); "ZIP+4" written as one word as a cue.

type zipRecognizer struct{}

func (zipRecognizer) Name() string { return "zip" }

func (zipRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		if tk.Kind != KindNumber {
			continue
		}
		d, lastW := ts.Digits(i, func(d string) bool { return len(d) == 5 || len(d) == 9 })
		if (len(d) == 5 || len(d) == 9) && ts.amountAfterBreak(i) {
			continue // ("nine oh." ... "two hundred.": zip_amount16.go)
		}
		if last, ok := ts.zipBeforeRange(i, d); ok {
			out = append(out, ts.Finding(ZIP, tk.First, last, 0.95, "zip")) // ("94110, 2 to 3 days": zip_range16.go)
			continue
		}
		if gw := ts.Words[tk.First]; len(d) == 4 && (ts.sh.phraseBefore(gw, 4, "plus", "four") || ts.sh.phraseBefore(gw, 4, "plus", "4")) {
			out = append(out, ts.Finding(ZIP, tk.First, lastW, 0.9, "zip-plus-four")) // "... and the plus four is 1234"
			continue
		}
		if f, ok := ts.ohBeforeZip(i, d); ok {
			out = append(out, ts.Finding(ZIP, f, lastW, 0.95, "zip")) // "zip code?" "oh, nine nine five five nine"
			continue
		}
		if n := len(d); n != 5 && n != 9 {
			if first, last := ts.digitPostcode(i); last >= 0 {
				out = append(out, ts.Finding(ZIP, first, last, 0.9, "postcode")) // "and the postcode?" "8004."
				continue
			}
		}
		if f, ok := ts.zipAfterState(i, d); ok {
			out = append(out, ts.Finding(ZIP, f, lastW, 0.85, "zip-state")) // "... california and then 25306"
			continue
		}
		if n := len(d); n >= 2 && n < 5 {
			// "nine oh two, wait, one oh"
			if r, ok := ts.resumedNumber(i, func(m int) bool { return m == 5 }); ok {
				if cat, _ := ts.numberCue(i, cueWindow); cat == cueZIP {
					out = append(out, ts.Finding(ZIP, tk.First, ts.Toks[r].Last, 0.95, "zip"))
				}
			}
			continue
		}
		if len(d) != 5 && len(d) != 9 {
			continue
		}
		if cat, _ := ts.numberCue(i, cueWindow); cat == cueZIP {
			out = append(out, ts.Finding(ZIP, tk.First, lastW, 0.95, "zip"))
			continue
		}
		if ts.zipNamedAfter(i, lastW) {
			out = append(out, ts.Finding(ZIP, tk.First, lastW, 0.9, "zip-named-after"))
			continue
		}
		if p := ts.prev(i - 1); p >= 0 && (ts.isState(p) || ts.dottedState(p)) {
			out = append(out, ts.Finding(ZIP, tk.First, lastW, 0.9, "zip-state"))
			continue
		}
		if p := ts.prev(i - 1); p >= 0 && ts.misreadState(p) {
			out = append(out, ts.Finding(ZIP, tk.First, lastW, 0.85, "zip-state"))
			continue
		}
		if ts.afterStreet(i) && !ts.refCuedNear(i) {
			out = append(out, ts.Finding(ZIP, tk.First, lastW, 0.85, "zip-address"))
			continue
		}
		if tk.First == tk.Last && len(tk.Groups) == 2 && tk.Groups[0] == 5 && tk.Groups[1] == 4 && ts.sh.contextHas(ts.Words[tk.First], 8, "address", "street", "st", "avenue", "ave", "road", "city", "market", "drive", "lane", "boulevard", "mail", "ship", "shipping", "billing") {
			// Written "60607-1127" after talk of an address: a ZIP+4.
			out = append(out, ts.Finding(ZIP, tk.First, lastW, 0.85, "zip-plus-four"))
		}
	}
	return ts.postcodeFindings(ts.zipPlusFourSaid(out))
}

// isState reports whether token i is a US state name (or the last word of
// one) or, in a cased transcript, a two-capital state abbreviation.
func (ts *Tokens) isState(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind == KindLetters && len(tk.Norm) == 2 {
		return stateAbbr[tk.Norm]
	}
	if ts.militaryState(i) {
		return true
	}
	if tk.Kind != KindWord {
		return false
	}
	if stateNames[tk.Norm] {
		return true
	}
	if len(tk.Norm) == 2 && stateAbbr[tk.Norm] {
		txt := ts.Word(tk.First).Text
		return len(txt) == 2 && txt[0] >= 'A' && txt[0] <= 'Z' && txt[1] >= 'A' && txt[1] <= 'Z'
	}
	return false
}

// afterStreet reports whether number token i closes an address: a street
// suffix lies within the four words before it, with only a city between
// ("42 Elm Street, Springfield, 01103").
//
// A unit or box number may come between too ("1200 Lakeshore Blvd., Unit
// 1407, Chicago, 60610", "PO Box 2208, Sedona, 86339").
func (ts *Tokens) afterStreet(i int) bool {
	for n, j := 0, ts.prev(i-1); n < 6 && j >= 0; n, j = n+1, ts.prev(j-1) {
		t := &ts.Toks[j]
		if t.Kind == KindNumber || t.Kind == KindAlnum {
			if n == 0 {
				return false // the city comes between
			}
			continue
		}
		if t.Kind != KindWord || ts.sentenceEndsAfter(j) && !abbreviations[t.Norm] {
			return false
		}
		if t.in(wcStreetSuffixes) && n > 0 {
			return true
		}
		if addressUnits[t.Norm] && n > 0 {
			// A unit with its number ("Box 12", "apt four b"), not the
			// noun ("the code on the box is ...").
			k := ts.next(j + 1)
			return k < len(ts.Toks) && (ts.Toks[k].Kind == KindNumber || ts.Toks[k].Kind == KindAlnum)
		}
	}
	return false
}

// addressUnits name the unit or box of an address that a ZIP code may
// follow.
var addressUnits = map[string]bool{"unit": true, "apt": true, "apartment": true, "suite": true, "ste": true, "box": true}

// militaryState reports whether token i is the "state" of a military
// address: AA, AE or AP after the post office APO, FPO or DPO ("APO AP
// 96338", spelled "a p o a e ...").
func (ts *Tokens) militaryState(i int) bool {
	tk := &ts.Toks[i]
	code := func(s string) bool { return s == "aa" || s == "ae" || s == "ap" }
	office := func(s string) bool { return s == "apo" || s == "fpo" || s == "dpo" }
	switch tk.Kind {
	case KindLetters:
		n := len(tk.Norm)
		return n == 5 && office(tk.Norm[:3]) && code(tk.Norm[3:])
	case KindWord:
		p := ts.prev(i - 1)
		return code(tk.Norm) && p >= 0 && ts.Toks[p].Kind == KindWord && office(ts.Toks[p].Norm)
	}
	return false
}

// ohBeforeZip reports whether number token i, of digits d, is a cued ZIP
// code after the interjection "oh" that the tokenizer read as its first
// zero ("oh, nine nine five five nine"), and returns the channel-local
// word the ZIP code starts at.
func (ts *Tokens) ohBeforeZip(i int, d string) (int, bool) {
	tk := &ts.Toks[i]
	if len(d) != 6 && len(d) != 10 || d[0] != '0' || ts.Lower(tk.First) != "oh" {
		return 0, false
	}
	f, _ := tk.Words(1, 2)
	if f <= tk.First {
		return 0, false
	}
	if cat, _ := ts.numberCue(i, cueWindow); cat != cueZIP {
		return 0, false
	}
	return f, true
}

// misreadState reports whether token p is a state's abbreviation with a
// capital I misread or mistyped as a lowercase l ("Chicago, lL 60603",
// "boise ld", "springfield ll" for IL, ID, IL), after a town's name:
// two letters, one an l, that are no abbreviation themselves but one
// with that l as an i, right after a known place. A ZIP code follows it
// as one follows a state.
func (ts *Tokens) misreadState(p int) bool {
	t := &ts.Toks[p]
	if t.Kind != KindWord && t.Kind != KindLetters || len(t.Norm) != 2 || stateAbbr[t.Norm] || !strings.Contains(t.Norm, "l") || ts.sentenceEndsAfter(p) {
		return false
	}
	ok := false
	for k := 0; k < 2; k++ {
		if t.Norm[k] == 'l' && stateAbbr[t.Norm[:k]+"i"+t.Norm[k+1:]] {
			ok = true
		}
	}
	c := ts.prev(p - 1)
	return ok && c >= 0 && ts.Toks[c].Kind == KindWord && placeName(ts.Toks[c].Norm)
}

// zipNamedAfter reports whether the number starting at token i and ending
// at channel-local word lastW is called a ZIP code right after it, in its
// sentence: "60614 is my zip", "eight five zero one six is the zip code",
// "73301 was the postal code there" (not "60614 is the number they gave
// me").
func (ts *Tokens) zipNamedAfter(i, lastW int) bool {
	j := i
	for j < len(ts.Toks) && ts.Toks[j].Last < lastW {
		j++
	}
	if j >= len(ts.Toks) || ts.sentenceEndsAfter(j) {
		return false
	}
	k := ts.next(j + 1)
	if !ts.isWord(k, "is", "was", "'s") || ts.sentenceEndsAfter(k) {
		return false
	}
	k = ts.next(k + 1)
	if ts.isWord(k, "the", "my", "your", "our", "their", "his", "her") && !ts.sentenceEndsAfter(k) {
		k = ts.next(k + 1)
	}
	switch {
	case ts.isWord(k, "zip", "zipcode", "postcode"):
		return true
	case ts.isWord(k, "postal", "post"):
		return ts.isWord(ts.next(k+1), "code")
	}
	return false
}
