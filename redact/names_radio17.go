package redact

import "github.com/callveil/callveil/redact/internal/names"

// Crew and operations radio (session 15, radio17): what the radio pass
// (names_radio.go) learns from the loops of an operations room, a
// cockpit, a rail or mine dispatcher and a race team.
//
//   - The positions of an operations room are called over its loops the
//     way stations are ("Flight, Retro.", "Go, Guidance.", "Ops, go
//     ahead."): they are station roles (stationRoles, names_radio16.go),
//     trimmed from names found without a cue on radio traffic.
//   - "Roger" opening a turn before a word with "'s" acknowledges when
//     that word is an everyday word and no first name ("Roger, fuel's
//     in.", "roger everything's green"), not before a name's possessive
//     ("Roger Hale's car", "Roger Light's truck" without the comma).
//   - Nor does "is" or "was" after it make "roger" a subject when a name
//     on no list of words follows ("Roger. Is Teodor on the cage?" said
//     without punctuation: "roger is teodor on the cage"); "roger is
//     here", "roger was late" keep Roger a person.
//
//   - Cased, a call opens with the callee and then the caller, each set
//     off by a comma: "Flight, Retro.", "Kestrel, Clearwater, did you
//     ...", "Speedbird four one two, Ops, go ahead." After a callee the
//     transcript knows as a station (a station's role, a call sign, a
//     designation with its number, a station named after a place, or a
//     rare English word that is no first name: a craft's name, "Osprey"),
//     opening its sentence or after "hey", "okay" and the like, the next
//     word set off so is the caller's call sign wherever the transcript
//     says it, unless it is a listed first name, a listed surname that is
//     no English word, or a naming cue names it ("Houston, Jim." and
//     "Flight, Kranz." keep their names).
//   - Cased, a name found elsewhere in the transcript that is also a word
//     ("Hope", "Summer", "Grant"), said again opening its sentence before
//     a verb of saying or wanting, is the person again: "Hope says ten
//     minutes.", "Summer wants another take." (names_propagate.go's
//     nameSlotAgain; said so at a sentence's start, the capital tells
//     nothing, the verb does).
//   - The ranks a crew is called by are titles before a name, as
//     "Sergeant" and "Officer" are (roleTitles, names_person16.go):
//     "call Captain Bellamy at the hotel", "Commander Osei has the
//     conn", lowercase "is captain radu on rest".
//
// What it cannot tell: a machine's nickname said like a person's ("Big
// Bertha is tripped"), nor a caller's own call sign after the station it
// calls when that sign is on no list ("Houston, Odyssey.").

// consoleRoles are the positions of operations rooms (flight control,
// airline and rail operations) that their loops call as stations.
var consoleRoles = []string{"flight", "retro", "fido", "eecom", "inco", "gnc", "capcom", "ops", "guidance",
	"booster", "surgeon", "procedures", "telcom", "pao", "network", "recovery"}

// wordContraction reports whether nx, a word after "roger" ending in
// "'s", is an everyday word's contraction ("fuel's", "everything's") and
// not a name's possessive; comma tells whether "roger" was set off by a
// comma in a cased transcript, where an everyday word that is also a
// surname ("light's") is no name either.
func wordContraction(nx string, comma bool) bool {
	if len(nx) < 3 || nx[len(nx)-2:] != "'s" {
		return false
	}
	stem := nx[:len(nx)-2]
	return names.IsCommonWord(stem) && !names.IsFirstName(stem) && (comma || !names.IsSurname(stem))
}

// rogerSubjectAfter reports whether the word after "roger" at local word
// l, in its sentence, makes it the subject of a clause or a possessive's
// owner (see above): a verb of rogerSubjectVerbs or a word with "'s".
func (ts *Tokens) rogerSubjectAfter(l int) bool {
	nx := ts.lw(l + 1)
	if len(nx) > 2 && nx[len(nx)-2:] == "'s" {
		return !wordContraction(nx, ts.Cased && ts.Word(l).Punct == ",")
	}
	if !rogerSubjectVerbs[nx] {
		return false
	}
	if (nx == "is" || nx == "was") && !ts.breakAfter(l+1) {
		return !nameNotWord(ts.lw(l + 2))
	}
	return true
}

// nameNotWord reports whether w is a name and no word: a listed first
// name or surname that is no common word, or a word of letters on no
// list of English words.
func nameNotWord(w string) bool {
	if len(w) < 3 || !isAlpha(w) || names.IsCommonWord(w) {
		return false
	}
	return names.IsFirstName(w) || names.IsSurname(w) || !names.IsEnglishWord(w)
}

// callerAfterCallee reports whether local word l is a caller's call sign
// said after its callee's (see above); cs holds the call signs found so
// far.
func (ts *Tokens) callerAfterCallee(l int, cs *callSigns) bool {
	if !ts.Cased || l < 1 || ts.breakBefore(l) || ts.Word(l-1).Punct != "," || !ts.breakAfter(l) && ts.Word(l).Punct != "," {
		return false
	}
	w := ts.lw(l)
	if len(w) < 3 || !lettersOnly(w) || !allCapsOrCapitalised(ts.Word(l).Text) || names.IsFirstName(w) || radioAlphabet[w] ||
		ackWords[w] || cs.people[w] || w == ts.lw(l-1) || names.IsSurname(w) && !names.IsEnglishWord(w) {
		return false
	}
	k := l - 1 // the callee's first word
	switch c := ts.lw(k); {
	case ts.numberWord(k):
		for k > 0 && !ts.breakBefore(k) && ts.numberWord(k-1) && k > l-5 {
			k--
		}
		if k < 1 || ts.breakBefore(k) || ts.numberWord(k-1) || ts.Word(k-1).Punct != "" {
			return false
		}
		k-- // "Speedbird four one two,"
	case stationRoles[c] || cs.words[c] || cs.stationRadio() && ts.stationPlaceAt(k):
	case len(c) >= 3 && lettersOnly(c) && names.IsEnglishWord(c) && !names.IsCommonWord(c) && !names.IsFirstName(c) && !ackWords[c] &&
		allCapsOrCapitalised(ts.Word(k).Text):
		// (a rare word said so: a craft's name, "Osprey, Clearwater, ...")
	default:
		return false
	}
	if ts.breakBefore(k) {
		return true
	}
	return ts.Word(k-1).Punct == "," && ackWords[ts.lw(k-1)] && ts.breakBefore(k-1) // "Hey, Houston, ..."
}

// lettersOnly reports whether w is all ASCII letters (no apostrophe, no
// hyphen).
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// sayVerbsAgain are verbs of saying and wanting that make the name found
// elsewhere, said again before them at its sentence's start, their
// subject.
var sayVerbsAgain = map[string]bool{"says": true, "said": true, "wants": true, "wanted": true, "thinks": true,
	"asks": true, "asked": true, "told": true, "tells": true, "mentioned": true, "reports": true, "reported": true}

// crewRanks are ranks said as titles before a crew member's name.
var crewRanks = []string{"captain", "commander", "colonel", "admiral", "corporal", "ensign", "skipper"}
