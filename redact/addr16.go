package redact

import (
	"strings"
)

// Session 16's address forms (addr16_probe_test.go measures them):
//   - a town with no state after the street or the numbered road, ending
//     the sentence ("2100 Highway 50 East, Carson City.", "250 Elm Ave S,
//     Seattle": townAfter, placeAfter); a box's town stays out, as the box
//     rules keep it;
//   - a house on a numbered road said where a house number is given ("our
//     shop is at 912 old route 9", "it's 44 state route 17 south"), and the
//     roads' shorthands "FM 1960", "CR 12", "SR 44" (routeHouseSaid,
//     routeShorthand);
//   - a corner given as where someone lives or is ("I live at Elm and
//     3rd", "my house is on 14th and Vine", "I'm on the corner of Fifth
//     Avenue and 42nd Street": personPlaceBefore);
//   - in a lowercase transcript, a one-letter direction after the street
//     type that ends the address ("two fifty elm ave s seattle":
//     lowerDirectionAfter);
//   - in a lowercase transcript where an address was asked for, a
//     type-first street read to the turn's end ("fifteen rue de ... de
//     ...": lowerNameToTurnEnd);
//   - a lot, space or site someone lives on, and its park ("I live in lot
//     42 at Shady Acres": siteLivedIn);
//   - and no address: a suite or unit said alone and named as a room
//     ("Suite 210 is the conference room": unitIsARoom).
//
// What they cannot do: a town that is also a common word in a lowercase
// transcript ("march", "reading"), a corner of two untyped names said with
// no question for an address ("I'm at Elm and Main"), a road said with no
// house number ("take highway 9 north") which stays no address.

// townAfter extends an address ending at token end over a town of the
// world (names.IsWorldTown) with no state or ZIP code after it, when the
// town ends the sentence or the turn: in a cased transcript after a comma
// and capitalised ("..., Seattle."), in a lowercase one no common English
// word unless it has two words ("carson city"). It returns the town's last
// token, or end.
func (ts *Tokens) townAfter(end int) int {
	if end < 0 || end >= len(ts.Toks) || ts.sentenceEndsAfter(end) {
		return end
	}
	if ts.Cased && !strings.Contains(ts.Word(ts.Toks[end].Last).Punct, ",") {
		return end
	}
	j := ts.next(end + 1)
	n := ts.worldTownWords(j)
	if n == 0 {
		return end
	}
	last := j
	for k := 1; k < n; k++ {
		last = ts.next(last + 1)
	}
	if last >= len(ts.Toks) || !ts.sentenceEndsAfter(last) && ts.next(last+1) < len(ts.Toks) {
		return end // (the channel's words may end with no turn marked)
	}
	if ts.Cased && !ts.allCapitalised(j, last) {
		return end
	}
	if !ts.Cased && n == 1 && (ts.commonAt(j) || ts.Toks[j].in(wcStreetStop)) {
		return end
	}
	return last
}

// placeAfter extends an address ending at token end over the city and
// state after it (cityAfter) or, failing that, a town alone (townAfter).
func (ts *Tokens) placeAfter(end int) int {
	if c := ts.cityAfter(end); c > end {
		return c
	}
	return ts.townAfter(end)
}

// routeShorthand are the written shorthands of numbered roads that follow
// a house number: Texas's farm and ranch roads ("5120 FM 1960"), county,
// state and state highway roads ("2875 CR 12", "1030 SR 44", "600 SH
// 121").
var routeShorthand = map[string]bool{"fm": true, "rm": true, "cr": true, "sr": true, "sh": true}

// routeHouseSaid reports whether the house number at token i on the road
// whose number is token k is said as a place: after "at", "is", "it's",
// "to", "from" or opening the turn, with the road's number ending the
// sentence or followed by a direction, a unit, a city or a town. "Drove
// 300 miles on highway 40" has no house number before the road.
func (ts *Tokens) routeHouseSaid(i, k int) bool {
	p := ts.prev(i - 1)
	if !(p < 0 || ts.turn[ts.Toks[p].Last] || ts.isWord(p, "at", "is", "it's", "to", "from", "address")) {
		return false
	}
	if ts.next(k+1) >= len(ts.Toks) || ts.sentenceEndsAfter(k) {
		return true
	}
	n := ts.next(k + 1)
	return ts.directionAt(n) || ts.isWord(n, "north", "south", "east", "west") || ts.unitAfter(k) > k || ts.placeAfter(k) > k
}

// personPlaceBefore reports whether the words before token i say that
// someone lives or is there: "I live at", "we're on", "my house is on",
// "I'm right at", and before a corner "I'm on the corner of" (i is then
// "corner"'s "the" or "corner").
func (ts *Tokens) personPlaceBefore(i int) bool {
	p := ts.prev(i - 1)
	if ts.isWord(p, "the") {
		p = ts.prev(p - 1) // "... at the corner of"
	}
	if !ts.isWord(p, "at", "on") {
		return false
	}
	q := ts.prev(p - 1)
	if ts.isWord(q, "right", "just", "over", "out") {
		q = ts.prev(q - 1)
	}
	switch {
	case ts.isWord(q, "live", "lives", "living", "located", "reside", "resides", "staying", "i'm", "we're", "she's", "he's", "they're", "im"):
		return true
	case ts.isWord(q, "am") && ts.isWord(ts.prev(q-1), "i"), ts.isWord(q, "are") && ts.isWord(ts.prev(q-1), "we", "they"):
		return true
	case ts.isWord(q, "is", "'s"):
		h := ts.prev(q - 1)
		return ts.isWord(h, "house", "home", "place", "apartment", "flat", "condo", "office") && ts.isWord(ts.prev(h-1), "my", "our", "his", "her", "their")
	}
	return false
}

// ordinalCorner reports whether streets a..aEnd and b..bEnd of a corner
// are told by an ordinal with no type: one of them ends in it ("Elm and
// 3rd", "14th and Vine"), and a number or ordinal inside either ends it
// ("3rd and 4th grade math" counts grades).
func (ts *Tokens) ordinalCorner(a, aEnd, b, bEnd int) bool {
	ends := false
	for _, s := range [2][2]int{{a, aEnd}, {b, bEnd}} {
		for j := s[0]; j <= s[1] && j < len(ts.Toks); j = ts.next(j + 1) {
			if k := ts.Toks[j].Kind; (k == KindOrdinal || k == KindNumber) && j != s[1] {
				return false
			}
		}
		ends = ends || s[1] >= 0 && s[1] < len(ts.Toks) && ts.Toks[s[1]].Kind == KindOrdinal
	}
	return ends
}

// lowerDirectionAfter extends, in a lowercase transcript, a street ending
// in its type at token end over a one-letter direction ("two fifty elm
// ave s seattle") that ends the turn or the sentence or comes before a
// unit, a city or a town: a letter alone after a street type is the
// quadrant, not a word.
func (ts *Tokens) lowerDirectionAfter(end int) int {
	if ts.Cased || end < 0 || end >= len(ts.Toks) || ts.sentenceEndsAfter(end) || !ts.isStrongSuffix(end) {
		return end
	}
	j := ts.next(end + 1)
	if !ts.isWord(j, "n", "s", "e", "w") {
		return end
	}
	if ts.sentenceEndsAfter(j) || ts.next(j+1) >= len(ts.Toks) || ts.unitAfter(j) > j || ts.placeAfter(j) > j {
		return j
	}
	return end
}

// routeShorthandAt reads a numbered road written in its shorthand at
// token j after the house number at token i ("5120 FM 1960", "2875 CR
// 12"): the road's number has at most four digits, and the house is
// given as an address, said as a place (routeHouseSaid) or, cased, the
// shorthand is written in capitals. It returns the road number's token.
func (ts *Tokens) routeShorthandAt(i, j int) (int, bool) {
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || !routeShorthand[ts.Toks[j].Norm] || ts.sentenceEndsAfter(i) || ts.sentenceEndsAfter(j) {
		return 0, false
	}
	k := ts.next(j + 1)
	if k >= len(ts.Toks) || ts.Toks[k].Kind != KindNumber || len(ts.Toks[k].Norm) > 4 {
		return 0, false
	}
	w := ts.Word(ts.Toks[j].First).Text
	if ts.addressGiven(i) || ts.Cased && w == strings.ToUpper(w) || ts.routeHouseSaid(i, k) {
		return k, true
	}
	return 0, false
}

// lowerNameToTurnEnd extends, in a lowercase transcript where an address
// was asked for, a street whose type comes first (type at token j, name
// read to token last) over the rest of the turn when it has at most seven
// words, all name words or particles: "fifteen rue de pere irenee de
// bruyn" is read whole, and a town after it ends the turn with it (the
// type-first rule stops at four words where no capital tells the name
// from the talk after it). Talk after the name ("... thanks so much")
// keeps the four words.
func (ts *Tokens) lowerNameToTurnEnd(j, last int) int {
	end := last
	for n, k := 0, ts.next(j+1); k < len(ts.Toks); n, k = n+1, ts.next(k+1) {
		t := &ts.Toks[k]
		particle := (t.Kind == KindWord || t.Kind == KindLetters) && t.in(wcStreetParticles)
		if n == 7 || !particle && (t.Kind != KindWord || t.in(wcStreetStop) || t.in(wcUnitWords) || t.in(wcTimeWords) || t.in(wcNumberAnswerLeadIns) || verbContraction(t.Norm)) {
			return last
		}
		end = k
		if ts.turn[t.Last] {
			return end
		}
	}
	return end // (the channel's words end)
}

// siteWords name a lot or a site that someone lives on: a mobile home's
// lot, an RV park's space or site, a trailer.
var siteWords = map[string]bool{"lot": true, "space": true, "site": true, "trailer": true}

// siteLivedIn reads a lot, space or site said as where someone lives, at
// token i: "I live in lot 42", "we're staying on site 12 at Pine Lake",
// after "live", "living", "lives", "reside", "stay" or "staying" and
// "in", "on" or "at"; then its number, and the park after "at" or "in"
// (one to three name words, capitalised when cased, ending the sentence,
// the turn or, cased, the clause at a comma). "The auction sold lot 42" and "park in space 12" say
// no one lives there. It returns the last token.
func (ts *Tokens) siteLivedIn(i int) (int, bool) {
	p := ts.prev(i - 1)
	if !ts.isWord(p, "in", "on", "at") || !ts.isWord(ts.prev(p-1), "live", "lives", "living", "reside", "resides", "stay", "staying") ||
		ts.sentenceEndsAfter(i) {
		return 0, false
	}
	end := ts.unitID(ts.next(i + 1))
	if end < 0 {
		return 0, false
	}
	at := ts.next(end + 1)
	if ts.sentenceEndsAfter(end) || !ts.isWord(at, "at", "in") || ts.sentenceEndsAfter(at) {
		return end, true
	}
	last := -1
	for n, k := 0, ts.next(at+1); n < 3 && k < len(ts.Toks); n, k = n+1, ts.next(k+1) {
		t := &ts.Toks[k]
		if t.Kind != KindWord || t.in(wcStreetStop) || t.in(wcTimeWords) || verbContraction(t.Norm) || ts.Cased && !ts.Capitalised(t.First) {
			break
		}
		if ts.sentenceEndsAfter(k) || ts.next(k+1) >= len(ts.Toks) || strings.Contains(ts.Word(t.Last).Punct, ",") {
			last = k
			break
		}
	}
	if last < 0 {
		return end, true
	}
	return last, true
}

// roomNouns are rooms of a workplace that a suite or unit said alone may
// be named as: "Suite 210 is the conference room" is a room, no address.
var roomNouns = map[string]bool{"room": true, "lab": true, "lounge": true, "kitchen": true, "classroom": true,
	"auditorium": true, "boardroom": true, "gym": true}

// unitIsARoom reports whether the suite or unit said alone ending at
// token end is said to be a room: "is" or "was", an article or "our",
// then up to two words and a room ("Suite 210 is the conference room",
// "unit 4 was our break room").
func (ts *Tokens) unitIsARoom(end int) bool {
	j := ts.next(end + 1)
	if ts.sentenceEndsAfter(end) || !ts.isWord(j, "is", "was") || ts.sentenceEndsAfter(j) {
		return false
	}
	j = ts.next(j + 1)
	if !ts.isWord(j, "the", "a", "our", "your", "their", "my") {
		return false
	}
	for n := 0; n < 3 && !ts.sentenceEndsAfter(j); n++ {
		j = ts.next(j + 1)
		if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord {
			return false
		}
		if roomNouns[ts.Toks[j].Norm] {
			return true
		}
	}
	return false
}
