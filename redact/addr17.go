package redact

import "strings"

// lettersAt reports whether token j is letters spelled out one a word
// that join to s: "u s highway nineteen" (a US highway said in a
// lowercase transcript), as isWord asks of a word.
func (ts *Tokens) lettersAt(j int, s string) bool {
	return j >= 0 && j < len(ts.Toks) && ts.Toks[j].Kind == KindLetters && ts.Toks[j].Norm == s
}

// houseDirectionBefore reports whether the road word at token end follows
// a direction that follows a house number: "4120 W Hwy 290", "77 north
// highway 9". The number after the road word is then the road's.
func (ts *Tokens) houseDirectionBefore(end int) bool {
	d := ts.prev(end - 1)
	if d < 0 || !ts.directionAt(d) {
		return false
	}
	h := ts.prev(d - 1)
	return h >= 0 && ts.Toks[h].Kind == KindNumber && !ts.sentenceEndsAfter(h)
}

// moreUnitWords are USPS secondary unit designators (Publication 28, C2)
// that unitWords lacks: a trailer, a hangar, a space, an office. Only
// unitAfter reads them; unitWords is a feature of the address tagger,
// whose weights a new word there would change.
var moreUnitWords = map[string]bool{"trlr": true, "trailer": true, "hngr": true, "hangar": true, "spc": true, "ofc": true}

// bareRoadNumber reports whether the box read from token i to end is a
// road and its number alone ("route 9", "highway 12"), with no box word
// and nothing of an address after it, where no address was asked for: a
// road someone is on ("the driver is on route 9, about 12 stops away"),
// not where anyone lives. A rural route given as an address names its
// box, a town or a state, or answers the question.
func (ts *Tokens) bareRoadNumber(i, end int) bool {
	if !ts.isWord(i, "route", "rte", "highway", "hwy") {
		return false
	}
	for k := i; k <= end; k++ {
		if ts.isWord(k, "box", "bx", "contract", "rural", "rr") {
			return false
		}
	}
	if ts.addressAsked(i) {
		return false
	}
	n := ts.next(end + 1)
	return n >= len(ts.Toks) || ts.sentenceEndsAfter(end) || !ts.placeWord(n) && ts.Toks[n].Kind != KindNumber
}

// zipAfterStreet returns the token of a ZIP code said right after a
// street address ending at token end, with no state between ("deliver it
// to 1830 Walnut Street, 19103"; "... Mercy Lane, 30301-4412"), or end:
// five digits, or nine as five and four, ending the clause.
func (ts *Tokens) zipAfterStreet(end int) int {
	if ts.sentenceEndsAfter(end) && !strings.Contains(ts.Word(ts.Toks[end].Last).Punct, ",") {
		return end
	}
	k := ts.next(end + 1)
	if k >= len(ts.Toks) || ts.Toks[k].Kind != KindNumber {
		return end
	}
	t := &ts.Toks[k]
	if !(len(t.Norm) == 5 || len(t.Norm) == 9 && len(t.Groups) == 2 && t.Groups[0] == 5) {
		return end
	}
	if n := ts.next(k + 1); n < len(ts.Toks) && !ts.clauseEndsAfter(k) && !ts.turn[t.Last] {
		return end // ("12 Oak Street, 10000 people ...")
	}
	return k
}
