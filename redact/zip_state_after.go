package redact

import "strings"

// A ZIP code after the state of an address, past a joining "and then"
// ("... first street harper valley california and then two five three
// zero six"), and a ZIP code whose first digit a recogniser wrote as the
// word it sounds like ("... california or one four eight eight", "...
// and then to five three zero six").
//
// zipAfterState reads, after the state of an address (a state name with
// a street's suffix in the words before it, afterStreet), at most two of
// "and", "then", and then either a five-digit number or a digit's
// sound-alike (digitSoundAlikes, or "or" for four) right before a
// four-digit number that ends the speaker's words or is followed by no
// other number. A pause between them (pieceMaxGap at most, no one else
// speaking) does not part them. It returns where the ZIP code starts. A state right before
// a number is the recognizer's own form (zip-state).

// zipSoundAlikes are the words a recogniser writes for a ZIP code's first
// digit after a state: digitSoundAlikes and "or" (four with its f lost).
var zipSoundAlikes = map[string]bool{"to": true, "too": true, "for": true, "won": true, "ate": true, "of": true, "or": true}

func (ts *Tokens) zipAfterState(i int, d string) (int, bool) {
	if len(d) != 5 && len(d) != 4 {
		return 0, false
	}
	first := ts.Toks[i].First
	p := ts.prev(i - 1)
	if len(d) == 4 {
		if p < 0 || ts.Toks[p].Kind != KindWord || !zipSoundAlikes[ts.Toks[p].Norm] || ts.turn[ts.Toks[p].Last] {
			return 0, false
		}
		if n := ts.next(i + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindNumber && !ts.turn[ts.Toks[i].Last] {
			return 0, false // more digits follow: no ZIP of four and a word
		}
		if ts.saidAsYear(i) {
			return 0, false // "... texas for 2022": a year after a preposition
		}
		first = ts.Toks[p].First
		p = ts.prev(p - 1)
	}
	if n := ts.next(i + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.turn[ts.Toks[i].Last] &&
		(pieceTimeOrCount[ts.Toks[n].Norm] || answerUnits[ts.Toks[n].Norm] || measureNouns[ts.Toks[n].Norm]) {
		return 0, false // "... texas or 1500 dollars", "and then 12000 miles": an amount or a count
	}
	joined := 0
	for joined < 2 && p >= 0 && ts.isWord(p, "and", "then") && !ts.turnNotPause(ts.Toks[p].Last) {
		joined++
		p = ts.prev(p - 1)
	}
	if len(d) == 5 && joined == 0 || p < 0 || ts.turnNotPause(ts.Toks[p].Last) || !ts.isState(p) || !ts.afterStreet(p) {
		return 0, false
	}
	return first, true
}

// turnNotPause reports whether a turn ends after channel-local word w for
// another reason than a pause of pieceMaxGap or less: another speaker
// spoke, or the silence was longer.
func (ts *Tokens) turnNotPause(w int) bool {
	if !ts.turn[w] {
		return false
	}
	if w+1 >= len(ts.Words) {
		return true
	}
	a, b := ts.Words[w], ts.Words[w+1]
	sh := ts.sh
	return !sh.sameSpeaker(a, b) || sh.before[b]-sh.before[a] > 1 ||
		ts.Transcript.Words[b].Start-ts.Transcript.Words[a].End > pieceMaxGap
}

// saidAsYear reports whether number token i is a year said as one: four
// digits starting 19 or 20, written as one numeral ("2022") or said with
// a teen or a tens ("twenty twenty two"), not digit by digit ("two oh two
// two").
func (ts *Tokens) saidAsYear(i int) bool {
	t := &ts.Toks[i]
	if len(t.Norm) != 4 || !ts.yearToken(i) {
		return false
	}
	for w := t.First; w <= t.Last; w++ {
		g := ts.Words[w]
		if nw := ts.sh.numWord[g]; nw.ok && (nw.cls == pTeen || nw.cls == pTens) {
			return true
		}
		if l := ts.sh.lower[g]; len(l) == 4 && strings.Trim(l, "0123456789") == "" {
			return true
		}
	}
	return false
}
