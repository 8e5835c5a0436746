package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Address forms beyond "number, name, type": a street corner, a street
// written before its number (continental Europe, Latin America), a range
// or a half as the house number, a postal code after a type-first street.
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Forms that
// generalise: addresses, numbers, credentials (session 7)".

// addressForms reads the address forms that start at a word rather than
// at a house number, at token i: a street corner ("the corner of Fifth and
// Main", when someone lives, is met or is picked up there) and a street before its number ("Hauptstraße 5", "Via Roma 12").
// It returns the finding and its last token.
func (ts *Tokens) addressForms(i int) (Finding, int, bool) {
	tk := &ts.Toks[i]
	if tk.Kind == KindAlnum && interstate(tk.Norm) || tk.Kind == KindOrdinal {
		// "I-80 and Frontage Road": a corner that opens with an interstate;
		// "5th Avenue and 42nd Street": with a numbered street.
		if end, ok := ts.cornerAnswer(i); ok {
			return ts.TokenFinding(Address, i, end, 0.85, "address-corner"), end, true
		}
	}
	if tk.Kind != KindWord {
		return Finding{}, 0, false
	}
	if first, end, ok := ts.streetCorner(i); ok {
		return ts.TokenFinding(Address, first, end, 0.85, "address-corner"), end, true
	}
	if end, ok := ts.cornerAnswer(i); ok {
		return ts.TokenFinding(Address, i, end, 0.85, "address-corner"), end, true
	}
	if end, ok := ts.roadAlone(i); ok {
		return ts.TokenFinding(Address, i, end, 0.85, "address-road"), end, true
	}
	if end, ok := ts.streetThenNumber(i); ok {
		end = ts.postcodeAfter(ts.unitAfter(ts.doorAfter(end))) // "Hauptstraße 5a, 10115 Berlin", "Valdemarsgade 42 4 t.v."
		return ts.TokenFinding(Address, i, end, 0.85, "address"), end, true
	}
	return Finding{}, 0, false
}

// streetCorner reads an intersection after "corner of", "intersection of"
// or "junction of" at token i: two streets joined by "and" ("the corner of
// Elm Street and 3rd Avenue", "corner of fifth and maple"), said in talk
// of an address (addressTalk within 12 words: "I live at", "pick me up
// at", "deliver to"). Where something happened ("where did it happen? at
// the corner of fifth and maple") is a place, not someone's address; "the
// corner of the room" and "the corner of my eye" are no streets. It
// returns the first and last token of the two streets.
func (ts *Tokens) streetCorner(i int) (int, int, bool) {
	if !ts.isWord(i, "corner", "intersection", "junction", "crossroads") || ts.sentenceEndsAfter(i) {
		return 0, 0, false
	}
	of := ts.next(i + 1)
	if !ts.isWord(of, "of") || ts.sentenceEndsAfter(of) {
		return 0, 0, false
	}
	a := ts.next(of + 1)
	aEnd, _, ok := ts.cornerStreet(a)
	if !ok || ts.sentenceEndsAfter(aEnd) {
		return 0, 0, false
	}
	and := ts.next(aEnd + 1)
	if !ts.isWord(and, "and", "&") || ts.sentenceEndsAfter(and) {
		return 0, 0, false
	}
	b := ts.next(and + 1)
	bEnd, _, ok := ts.cornerStreet(b)
	if !ok || !ts.sh.contextHas(ts.Words[ts.Toks[i].First], 12, addressTalk...) && !ts.personPlaceBefore(i) { // ("I'm on the corner of": addr16.go)
		return 0, 0, false
	}
	if ts.Cased && !ts.allCapitalised(a, bEnd) {
		return 0, 0, false
	}
	return a, bEnd, true
}

// cornerAnswer reads two streets joined by "and" that open the answer to
// a question for the address or location, at token i ("what's the
// location?" "I-80 and Frontage Road", "Alvy Prk and Hghwy # 54"): one of
// them must carry a street type. Given as the address with no question
// ("I live at Oak Street and Pine Avenue", addressAsked), one of them must
// end in a street type. It returns the last token.
func (ts *Tokens) cornerAnswer(i int) (int, bool) {
	// (Cheap tests first: the answer opens a turn or follows a lead-in.)
	if p := ts.prev(i - 1); p >= 0 && !ts.turn[ts.Toks[p].Last] && !(ts.Toks[p].Kind == KindWord && ts.Toks[p].in(wcAddressLeadIns)) {
		return 0, false
	}
	aEnd, aTyped, ok := ts.cornerStreet(i)
	if !ok || ts.sentenceEndsAfter(aEnd) {
		return 0, false
	}
	and := ts.next(aEnd + 1)
	if !ts.isWord(and, "and", "&") || ts.sentenceEndsAfter(and) {
		return 0, false
	}
	b := ts.next(and + 1)
	bEnd, bTyped, ok := ts.cornerStreet(b)
	if !ok {
		return 0, false
	}
	if !aTyped && !bTyped {
		// Two street names with no type: "Maple and Broad" (addr_corner_named.go).
		if ts.namedCornerGiven(i, aEnd, b, bEnd) {
			return bEnd, true
		}
		return 0, false
	}
	if ts.endsInStreetType(aEnd) || ts.endsInStreetType(bEnd) || ts.ordinalCorner(i, aEnd, b, bEnd) {
		if ts.addressAsked(i) || ts.personPlaceBefore(i) { // ("I live at Elm and 3rd", "my house is on 14th and Vine": addr16.go)
			// Given as the address: "I live at Oak Street and Pine
			// Avenue", "ship it to 5th Avenue and 42nd Street"; the
			// second street ends its clause ("... and main thanks").
			for j := b; j < bEnd; j = ts.next(j + 1) {
				if ts.clauseEndsAfter(j) {
					return j, true
				}
			}
			return bEnd, true
		}
	}
	gw := ts.Words[ts.Toks[i].First]
	where, meet := false, false
	if !ts.sh.answersQuestion(gw, addressLeadIns, func(l string, _ int) bool {
		// "where should we meet?", "where do you live?": both words.
		where = where || l == "where"
		meet = meet || l == "meet" || l == "live" || l == "located"
		return l == "address" || l == "location" || where && meet
	}) && !(ts.sh.t.Channels <= 1 && ts.sh.contextHas(gw, 5, "address", "location")) {
		// (A one-channel call with no turns told apart, "... right,
		// what's the location? sure, i eighty and frontage road": the
		// question within five words before.)
		return 0, false
	}
	return bEnd, true
}

// endsInStreetType reports whether a street of a corner ending at token
// end ends in a street type, or in a type and its number ("Highway 9"):
// an ordinal or a number alone ("and 2 others") is not enough.
func (ts *Tokens) endsInStreetType(end int) bool {
	if end < 0 || end >= len(ts.Toks) {
		return false
	}
	if ts.Toks[end].Kind == KindNumber {
		end = ts.prev(end - 1)
	}
	return end >= 0 && ts.Toks[end].Kind == KindWord && ts.Toks[end].in(wcStreetSuffixes) && !ts.Toks[end].in(wcUnitWords)
}

// cornerStreet reads one street of a corner from token j: one to three
// name words, ordinals or short numbers, up to and with a street type, or
// up to "and", a comma or the sentence's end; a type may have its number
// after it ("Hghwy # 54"), and an interstate is "I-80" or "i eighty".
// typed tells whether it had a type, an ordinal or a number.
func (ts *Tokens) cornerStreet(j int) (end int, typed, ok bool) {
	end = -1
	for n := 0; n < 4 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		switch {
		case n == 0 && t.Kind == KindNumber && ts.countBefore(j):
			return end, typed, false // a count, no street: "Mary and 2 others"
		case t.Kind == KindOrdinal, t.Kind == KindNumber && len(t.Norm) <= 3:
			typed = true
		case t.Kind == KindWord && n > 0 && (t.in(wcStreetSuffixes) || t.in(wcWeakSuffixes)) && !t.in(wcUnitWords):
			if k := ts.next(j + 1); !ts.sentenceEndsAfter(j) && k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && len(ts.Toks[k].Norm) <= 3 {
				return k, true, true
			}
			return j, true, true
		case n == 0 && t.Kind == KindAlnum && interstate(t.Norm):
			typed = true // "I-80", "I405"
		case n == 0 && t.Kind == KindWord && t.Norm == "i" && ts.next(j+1) < len(ts.Toks) && ts.Toks[ts.next(j+1)].Kind == KindNumber:
			typed = true // "i eighty"
		case t.Kind == KindWord && t.Norm != "and" && !t.in(wcStreetStop) && !t.in(wcCornerStop) && !verbContraction(t.Norm) && isAlpha(t.Norm) && len(t.Norm) > 1:
		default:
			return end, typed, end >= 0
		}
		end = j
		if ts.sentenceEndsAfter(j) || strings.Contains(ts.Word(t.Last).Punct, ",") || ts.isWord(ts.next(j+1), "and", "&") {
			return end, typed, true
		}
		if n > 0 && ts.cityAfter(j) > j {
			return end, typed, true // a city and state after it, unpunctuated: "... hghwy fifty four owensboro kentucky"
		}
	}
	return end, typed, end >= 0 && j >= len(ts.Toks) // (the channel's words end)
}

// countBefore reports whether the number at token j counts what the word
// after it names ("2 others", "3 kids"): a word that is no street type
// follows in its sentence.
func (ts *Tokens) countBefore(j int) bool {
	k := ts.next(j + 1)
	return !ts.sentenceEndsAfter(j) && k < len(ts.Toks) && ts.Toks[k].Kind == KindWord &&
		!ts.Toks[k].in(wcStreetSuffixes) && !ts.Toks[k].in(wcWeakSuffixes) && !ts.Toks[k].in(wcDirections) &&
		!ts.isWord(k, "and", "&")
}

// interstate reports whether a written token names an interstate
// highway: "i-80", "i405" (normalised), one to three digits after the "i".
func interstate(norm string) bool {
	d := strings.TrimPrefix(strings.TrimPrefix(norm, "i"), "-")
	return len(norm) > 1 && norm[0] == 'i' && len(d) >= 1 && len(d) <= 3 && allDigits(d)
}

// cornerStop are words after a corner that are no street's name.
var cornerStop = map[string]bool{"near": true, "next": true, "across": true, "behind": true, "opposite": true,
	"past": true, "where": true, "when": true, "there": true, "here": true, "please": true, "now": true,
	// a pronoun and "is" ("it's seven seven first st and that's in ..."; addr16)
	"it's": true, "that's": true, "there's": true, "here's": true, "what's": true, "he's": true, "she's": true,
	"who's": true, "where's": true, "let's": true}

// allCapitalised reports whether every word token from a to b starts
// with a capital letter.
func (ts *Tokens) allCapitalised(a, b int) bool {
	for j := a; j <= b && j < len(ts.Toks); j = ts.next(j + 1) {
		if ts.Toks[j].Kind == KindWord && ts.Toks[j].Norm != "and" && !ts.Capitalised(ts.Toks[j].First) {
			return false
		}
	}
	return true
}

// continentalSuffixes end the one-word street names of German, Dutch and
// Nordic addresses, which put the house number after the street
// ("Hauptstraße 5", "Keizersgracht 123", "Drottninggatan 7").
var continentalSuffixes = []string{"straße", "strasse", "gasse", "allee", "platz", "damm", "weg", "ring",
	"straat", "laan", "gracht", "plein", "kade", "gatan", "vägen", "vagen", "veien", "vej", "gade", "gata"}

// continentalStreet reports whether w (lowercase) is one word naming a
// street by a continental suffix: longer than the suffix by three letters
// and no English word ("Hauptstraße", not "during" or "string").
func continentalStreet(w string) bool {
	for _, s := range continentalSuffixes {
		if len(w) >= len(s)+3 && strings.HasSuffix(w, s) {
			return !names.IsEnglishWord(w)
		}
	}
	return false
}

// streetThenNumber reads a street said before its house number at token
// i: one continental street word ("Hauptstraße 5", "keizersgracht one two
// three") or a type said first and one to three name words ("Via Roma
// 12", "Rua Augusta 2217", "Avenida Paulista 1578"), then a house number
// of at most five digits or a number and a letter ("12a"). Cased, the
// words are capitalised; lowercase, a type said first needs talk of an
// address and a first name word that is no common English word. It
// returns the number's last token.
func (ts *Tokens) streetThenNumber(i int) (int, bool) {
	t := &ts.Toks[i]
	last := -1
	switch {
	case (!ts.Cased || ts.Capitalised(t.First)) && continentalStreet(t.Norm): // (the capital first: cheaper than the suffixes)
		last = i
	case t.in(wcLeadingTypes) && t.Norm != "boulevard" && (!ts.Cased || ts.Capitalised(t.First)):
		if !ts.Cased && !ts.sh.contextHas(ts.Words[t.First], 12, addressTalk...) {
			return 0, false
		}
		for n, k := 0, ts.next(i+1); n < 3 && k < len(ts.Toks) && !ts.sentenceEndsAfter(i); n, k = n+1, ts.next(k+1) {
			w := &ts.Toks[k]
			if w.Kind != KindWord || w.in(wcStreetStop) && !streetArticles[w.Norm] && w.Norm != "de" || w.in(wcUnitWords) ||
				ts.Cased && !ts.Capitalised(w.First) && !streetArticles[w.Norm] && w.Norm != "de" ||
				!ts.Cased && n == 0 && names.IsCommonWord(w.Norm) {
				break
			}
			last = k
			if ts.sentenceEndsAfter(k) || strings.Contains(ts.Word(w.Last).Punct, ",") {
				break
			}
		}
	}
	if last < 0 || ts.sentenceEndsAfter(last) {
		return 0, false
	}
	k := ts.next(last + 1)
	if k >= len(ts.Toks) {
		return 0, false
	}
	switch n := &ts.Toks[k]; {
	case n.Kind == KindNumber && len(n.Norm) <= 5 && n.Norm[0] != '0':
		// "Hauptstraße 5 a": a letter after the number.
		if l := ts.next(k + 1); l < len(ts.Toks) && !ts.sentenceEndsAfter(k) && ts.Toks[l].Kind == KindWord && len(ts.Toks[l].Norm) == 1 &&
			ts.Toks[l].Norm != "i" && (ts.Toks[l].Norm != "a" || ts.letterA(l) || ts.townAfterLetterA(l)) {
			return l, true
		}
		return k, true
	case n.Kind == KindAlnum && len(n.Norm) <= 5 && n.Norm[0] >= '1' && n.Norm[0] <= '9' && isAlpha(n.Norm[len(n.Norm)-1:]):
		return k, true
	}
	return 0, false
}

// postcodeAfter extends a type-first street ending at token end over the
// postal code said right after it, which such addresses give with the
// street ("6 Rue Gustave Charpentier, 75017"; Brazil's "01310-100"): four
// or five digits, or eight.
func (ts *Tokens) postcodeAfter(end int) int {
	k := ts.next(end + 1)
	if k >= len(ts.Toks) || ts.sentenceEndsAfter(end) && !strings.Contains(ts.Word(ts.Toks[end].Last).Punct, ",") {
		return end
	}
	if t := &ts.Toks[k]; t.Kind == KindNumber && (len(t.Norm) == 4 || len(t.Norm) == 5 || len(t.Norm) == 8) {
		return k
	}
	return end
}

// houseRange reports whether number token i is a house-number range run
// together ("1016-1098 North Center Court Street", "ten sixteen ten
// ninety eight ..."): two halves of two to five digits, the second larger
// by less than a thousand.
func (ts *Tokens) houseRange(i int) bool {
	s := ts.Toks[i].Norm
	if ts.Toks[i].Kind != KindNumber || len(s) < 4 || len(s) > 10 || len(s)%2 != 0 {
		return false
	}
	h := len(s) / 2
	if s[0] == '0' || s[h] == '0' {
		return false
	}
	a, ok1 := atoiSmall(s[:h])
	b, ok2 := atoiSmall(s[h:])
	return ok1 && ok2 && a < b && b-a < 1000
}

// halfAfter returns the token of the half in a house number said with one
// ("nine and a half Elm Street", "9 1/2 Elm St", "9½"), or i when there is
// none. The street is read from there.
func (ts *Tokens) halfAfter(i int) int {
	if ts.Toks[i].Kind != KindNumber || len(ts.Toks[i].Norm) > 5 || ts.sentenceEndsAfter(i) {
		return i
	}
	j := ts.next(i + 1)
	if ts.isWord(j, "and") && !ts.sentenceEndsAfter(j) {
		if a := ts.next(j + 1); ts.isWord(a, "a") && !ts.sentenceEndsAfter(a) {
			if h := ts.next(a + 1); ts.isWord(h, "half") {
				return h
			}
		}
		return i
	}
	if j < len(ts.Toks) && ts.Word(ts.Toks[j].First).Text == "1/2" || ts.isWord(j, "½") {
		return j
	}
	return i
}

// selfNamedStreets are streets named by a word alone, with no type
// ("1355 Broadway", "1 The Embarcadero"): in lowercase they count as a
// street name though they are English words.
var selfNamedStreets = map[string]bool{"broadway": true, "embarcadero": true, "bowery": true,
	"esplanade": true, "promenade": true, "boardwalk": true, "strand": true, "concourse": true}

// unitClauseEndsAfter reports whether a clause ends after the unit at
// token i: as clauseEndsAfter, or the next word opens another clause
// ("... drive b two zero zero are you okay", "... way one you can call
// them", "... expressway one fifty with judy").
func (ts *Tokens) unitClauseEndsAfter(i int) bool {
	if ts.clauseEndsAfter(i) {
		return true
	}
	return ts.isWord(ts.next(i+1), "with", "are", "you", "i", "we", "they", "he", "she", "it's", "that's", "can",
		"could", "would", "will", "what", "where", "how", "when", "let", "let's", "great", "perfect", "alright", "got",
		// a greeting or an imperative opening the next clause: "... twelve hi my name is", "... five look at page"
		"hi", "hello", "look", "listen", "hold", "wait")
}

// givenAfter reports whether the words after a street ending at token end
// say it was an address: "78 Joseph Keys is where it went", "... is my
// new address", "that's the house".
func (ts *Tokens) givenAfter(end int) bool {
	k := ts.next(end + 1)
	if !ts.isWord(k, "is", "was", "that's") {
		return false
	}
	l := ts.next(k + 1)
	if ts.isWord(l, "where") {
		return true
	}
	if !ts.isWord(l, "my", "our", "the", "their", "his", "her", "your") {
		return false
	}
	for n, m := 0, ts.next(l+1); n < 2 && m < len(ts.Toks); n, m = n+1, ts.next(m+1) {
		if ts.isWord(m, "address", "home", "house", "place", "apartment", "flat") {
			return true
		}
	}
	return false
}

// roadAlone reads a numbered road given as the address with no house
// number, at token i: "Highway 80, Allentown, GA 31003", "state route
// nine" in answer to a question for the address or location. A city and a
// state or ZIP code after it, or the question, confirm it: "I drove 40
// miles on Highway 61" is no address; "I live on County Road 12" and
// "ship it to Route 9" are. It returns the road's number.
func (ts *Tokens) roadAlone(i int) (int, bool) {
	j := i
	if ts.isWord(j, "state", "us", "county", "interstate") && !ts.sentenceEndsAfter(j) {
		j = ts.next(j + 1)
	}
	if !(ts.isWord(j, "highway", "hwy", "route", "rte") || j > i && ts.isWord(i, "county") && ts.isWord(j, "road", "rd")) || ts.sentenceEndsAfter(j) {
		return 0, false
	}
	p := ts.prev(i - 1)
	livesOn := ts.isWord(p, "on") && ts.isWord(ts.prev(p-1), "live", "lives", "living", "reside", "resides", "located") // "I live on County Road 12"
	if p >= 0 && !livesOn && (ts.Toks[p].Kind == KindNumber || ts.isWord(p, "state", "us", "county", "interstate", "on", "off", "down", "along", "the")) {
		return 0, false // a house number before it, read by the street rules; or driving talk
	}
	k := ts.next(j + 1)
	if k >= len(ts.Toks) || ts.Toks[k].Kind != KindNumber || len(ts.Toks[k].Norm) > 4 {
		return 0, false
	}
	if ts.cityAfter(k) > k {
		return ts.cityAfter(k), true
	}
	if livesOn || ts.addressAsked(i) {
		return k, true // "we live on county road twelve", "ship it to State Route 9"
	}
	if ts.sh.answersQuestion(ts.Words[ts.Toks[i].First], addressLeadIns, func(l string, _ int) bool {
		return l == "address" || l == "location"
	}) {
		return k, true
	}
	return 0, false
}

// buildingUnitAfter extends a street ending at token end over a building's
// name and the unit in it: "3340 Peachtree Road, Tower Place Ste 1685",
// "... road tower place suite sixteen eighty five": one to three name
// words (capitalised, cased) and then a unit with its number. It returns
// end when no unit follows the name.
func (ts *Tokens) buildingUnitAfter(end int) int {
	if ts.sentenceEndsAfter(end) {
		return end
	}
	for n, j := 0, ts.next(end+1); n < 3 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		if t.Kind != KindWord || t.in(wcStreetStop) || t.in(wcUnitWords) || t.in(wcCornerStop) || !isAlpha(t.Norm) ||
			ts.Cased && !ts.Capitalised(t.First) || ts.sentenceEndsAfter(j) {
			return end
		}
		if u := ts.unitAfter(j); u > j && n+1 <= 3 && ts.isWord(ts.next(j+1), "suite", "ste", "unit", "floor", "room", "rm", "apt", "apartment") {
			return u
		}
	}
	return end
}

// complexAfter extends a street ending at token end, with its type and
// any direction, over the name of the complex or building at it, named as
// streets are ("3750 Peachtree Road NE, Canterbury Court", "... road n e
// canterbury court"): one or two name words (capitalised, cased; no
// common word, lowercase) and a complex's noun, ending the clause in a
// cased transcript. It returns the noun's token, or end.
func (ts *Tokens) complexAfter(end int) int {
	// (An abbreviation's period, "N.E.", ends no sentence before the name.)
	if ts.sentenceEndsAfter(end) && !strings.Contains(ts.Toks[end].Norm, ".") || !ts.Toks[end].in(wcStreetSuffixes) && !directions[strings.ReplaceAll(ts.Toks[end].Norm, ".", "")] {
		return end
	}
	for n, j := 0, ts.next(end+1); n < 3 && j < len(ts.Toks); n, j = n+1, ts.next(j+1) {
		t := &ts.Toks[j]
		if t.Kind != KindWord || !isAlpha(t.Norm) || ts.Cased && !ts.Capitalised(t.First) || ts.turn[ts.Toks[ts.prev(j-1)].Last] {
			return end
		}
		if n > 0 && complexNouns[t.Norm] {
			if ts.Cased && !ts.sentenceEndsAfter(j) && !strings.Contains(ts.Word(t.Last).Punct, ",") {
				return end
			}
			return j
		}
		if t.in(wcStreetStop) || t.in(wcUnitWords) || t.in(wcCornerStop) || len(t.Norm) < 3 || ts.sentenceEndsAfter(j) ||
			!ts.Cased && names.IsCommonWord(t.Norm) {
			return end
		}
	}
	return end
}

// complexNouns name a complex or a building that stands at a street.
var complexNouns = map[string]bool{"court": true, "place": true, "plaza": true, "tower": true, "towers": true,
	"commons": true, "square": true, "gardens": true, "apartments": true, "village": true, "manor": true,
	"terrace": true, "center": true, "centre": true, "house": true}
