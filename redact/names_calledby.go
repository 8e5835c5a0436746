package redact

import "github.com/callveil/callveil/redact/internal/names"

// A station's call: the one called, then the station and its role,
// opening a sentence ("Lodestar, Muchea Cap Com, how do you read?",
// "osprey two kano cap com"). A station names itself after the one it
// calls, and a Cap Com or Com Tech calls a spacecraft, not a person by
// name, so the one or two words called there are a call sign wherever
// the transcript says them (callSigns). Cased, a comma must set them off
// from the station; lowercase, they must open the turn or the sentence.
// A number among them ends the call sign ("Osprey 2" is found by the
// designation rule already). Words after a naming cue ("my name is") are
// not read. It reads three words before the station.
//
// A sign-off the same way: a word right before "out" that ends the
// sentence or the turn, the word opening its sentence or set off by a
// comma before it ("Lodestar out.", "Okay, Nomad, Clearwater out.",
// "skylark out"), is the call sign of the one signing off; "Roger, out."
// has a comma before "out" and is no sign-off of a call sign, and an
// everyday word ("Lights out.", "get out") is none.
//
// And the call itself, cased: a turn that opens with a sentence of two
// capitalised words set apart by a comma, neither a common first name
// (of the first 1,500) nor an everyday word, alone or before "over"
// ("Petrel, Clearwater.", "Kestrel, Clearwater, over."), says radio
// traffic, and its second word is the station calling (a person is not
// called "Jim, Bob."). Lowercase, with no comma to tell, it is not read.

// calledByStation returns the local words, before local word l (a station
// before its role: callSignAt), that the station calls, or nil.
func (ts *Tokens) calledByStation(l int) []int {
	if !ts.stationAfter(l+1) || ts.breakBefore(l) {
		return nil
	}
	p := l - 1
	if ts.Cased && ts.Word(p).Punct != "," || !ts.Cased && ts.Word(p).Punct != "" {
		return nil
	}
	var out []int
	for k := p; k >= l-2 && k >= 0; k-- {
		if ts.numberWord(k) || k < p && ts.Word(k).Punct != "" || !ts.calledWord(k) {
			return nil
		}
		out = append(out, k)
		if ts.breakBefore(k) {
			return out
		}
	}
	return nil
}

// calledWord reports whether local word l may be a call sign's word: a
// word of letters, capitalised in a cased transcript, no number, no
// radio letter and no word of the radio's own ("roger", "okay").
func (ts *Tokens) calledWord(l int) bool {
	w := ts.lw(l)
	if len(w) < 2 || !isAlpha(w) || radioAlphabet[w] || ackWords[w] || ts.namedBefore(l) || names.IsCommonWord(w) && !names.IsSurname(w) {
		return false
	}
	return !ts.Cased || allCapsOrCapitalised(ts.Transcript.Words[ts.Words[l]].Text)
}

// allCapsOrCapitalised reports whether s opens with a capital letter.
func allCapsOrCapitalised(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// signOffAt reports whether local word l signs off before "out" (see
// above).
func (ts *Tokens) signOffAt(l int) bool {
	if ts.lw(l+1) != "out" || ts.breakAfter(l) || ts.Word(l).Punct != "" || !ts.breakAfter(l+1) {
		return false
	}
	if !ts.breakBefore(l) && !(ts.Cased && ts.Word(l-1).Punct == ",") {
		return false
	}
	return ts.calledWord(l)
}

// radioCallAt reports whether local words l and l+1 are a call opening a
// turn (see above).
func (ts *Tokens) radioCallAt(l int) bool {
	if !ts.Cased || l > 0 && !ts.turn[l-1] || ts.Word(l).Punct != "," || ts.breakAfter(l) {
		return false
	}
	if !ts.breakAfter(l+1) && !(ts.Word(l+1).Punct == "," && ts.lw(l+2) == "over" && ts.breakAfter(l+2)) {
		return false
	}
	for _, k := range [2]int{l, l + 1} {
		if r := names.FirstNameRank(ts.lw(k)); r > 0 && r <= 1500 || !ts.calledWord(k) || names.IsCommonWord(ts.lw(k)) {
			return false
		}
	}
	return true
}
