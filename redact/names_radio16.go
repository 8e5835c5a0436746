package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Dispatch, air traffic and marine radio (session 14, radio16): what the
// radio pass (names_radio.go) learns from how such channels name things.
//
//   - A letter of the radio alphabet after a word that things are lettered
//     by is a letter: "side Charlie", "information Mike", "taxi via Alpha
//     and Bravo", "crossing Bravo", "Division Alpha", "plan Oscar" (and a
//     second letter joined to it by "and", "or", "to" or "then"). "Tell
//     Victor thanks", "Oscar wants Saturday" keep their names.
//   - "Wilco" is no name; "Roger, will do." acknowledges.
//   - A word before a number read on into letters of the radio alphabet is
//     a call sign: "Cessna one four two Victor Charlie".
//   - A station's role said the way a name is, "Tower", "Ground",
//     "Approach", "Departure", "Center", "Dispatch", "Base", "Command",
//     "Control", "Unicom": on radio traffic it is the station ("Four two
//     Victor Charlie, Tower, runway three one"), and cased, opening a turn
//     before a comma or closing a call after one ("Tower, Cessna ...",
//     "Baker 2, Dispatch.") it makes the transcript radio traffic.
//   - The name after "vessel", "yacht", "sailboat", "trawler", "tug" and
//     the like, or after "fishing boat", is the boat's: a call sign
//     wherever the transcript says it ("this is the fishing vessel Mary
//     Ellen, over" ... "Roger, Mary Ellen.").
//   - On radio traffic, a unit said with its number ("Unit 12", "Adam 14",
//     "Hotel 10") opening its sentence, after an acknowledgement or after
//     "this is", is a call sign or a grid, not an apartment or a street
//     number: the address rules' "unit 12" there is dropped; so is an
//     address the tagger read into a clearance with "niner" ("taxi to
//     runway one niner via Alpha"), or, where stations are called by
//     role, a radio check said or "roger" acknowledges, one of a number
//     read on into letters ("eight eight Juliet Oscar").
//
// What it cannot tell: a boat named after a person said before anyone
// calls it a vessel, or a letter word said as a letter with no lettering
// word before it ("cleared to Charlie").

// letteredBy are words things are lettered by on the radio: the radio
// alphabet after them is a letter.
var letteredBy = map[string]bool{"side": true, "sides": true, "information": true, "info": true, "atis": true,
	"taxiway": true, "taxiways": true, "via": true, "cross": true, "crossing": true, "division": true,
	"group": true, "team": true, "sector": true, "zone": true, "grid": true, "pad": true, "gate": true,
	"ramp": true, "mode": true, "panel": true, "bay": true, "quadrant": true, "channel": true, "tank": true,
	"section": true, "row": true, "column": true, "squad": true, "platoon": true, "company": true,
	"troop": true, "plan": true, "option": true, "checkpoint": true, "level": true, "wing": true,
	"block": true, "lot": true, "exit": true, "stage": true, "phase": true, "frequency": true}

// letterJoins join a second letter to a first: "Alpha and Bravo".
var letterJoins = map[string]bool{"and": true, "or": true, "to": true, "then": true}

// letterWordAt reports whether local word l, a word of the radio
// alphabet, is a letter by the word before it (see above).
func (ts *Tokens) letterWordAt(l int) bool {
	if !radioAlphabet[ts.lw(l)] || ts.breakBefore(l) || ts.Word(l-1).Punct != "" {
		return false
	}
	if letteredBy[ts.lw(l-1)] {
		return !ts.surnameAfterLetter(l)
	}
	k := l - 2 // "Alpha and Bravo", "Alpha, Bravo"
	if letterJoins[ts.lw(l-1)] && k >= 0 && !ts.breakBefore(l-1) {
		return radioAlphabet[ts.lw(k)] && ts.Word(k).Punct == "" && !ts.breakBefore(k) && letteredBy[ts.lw(k-1)] && ts.Word(k-1).Punct == ""
	}
	return false
}

// surnameAfterLetter reports whether a radio letter that is a first name
// at local word l goes on into a listed surname that is no radio letter:
// "the side Charlie Brooks uses" names a person (task review16).
func (ts *Tokens) surnameAfterLetter(l int) bool {
	if ts.breakAfter(l) || ts.Word(l).Punct != "" || !names.IsFirstName(ts.lw(l)) {
		return false
	}
	nx := ts.lw(l + 1)
	return !radioAlphabet[nx] && listedSurname(nx) && !names.IsCommonWord(nx) && (!ts.Cased || allCapsOrCapitalised(ts.Word(l+1).Text))
}

// stationRoles are the roles radio stations are called by.
var stationRoles = withWords(map[string]bool{"tower": true, "ground": true, "approach": true, "departure": true,
	"center": true, "centre": true, "dispatch": true, "base": true, "command": true, "control": true,
	"unicom": true}, consoleRoles...) // (consoleRoles: names_radio17.go)

// stationRoleCallAt reports whether local word l, cased and capitalised,
// is a station's role set off as a call is: opening a turn before a comma
// ("Tower, Cessna ...") or ending a turn's first sentence after a comma
// ("Baker 2, Dispatch.").
func (ts *Tokens) stationRoleCallAt(l int) bool {
	if !ts.Cased || !ts.rc(l).has(rcStationRole) || !allCapsOrCapitalised(ts.Word(l).Text) {
		return false
	}
	if (l == 0 || ts.turn[l-1]) && ts.Word(l).Punct == "," {
		return true
	}
	if !ts.breakAfter(l) || l == 0 || ts.Word(l-1).Punct != "," {
		return false
	}
	for k := l - 1; k >= 0 && k >= l-4; k-- {
		if k == 0 || ts.turn[k-1] {
			return true
		}
		if ts.breakBefore(k) {
			return false
		}
	}
	return false
}

// vesselWords are kinds of boat whose name follows them.
var vesselWords = map[string]bool{"vessel": true, "yacht": true, "sailboat": true, "trawler": true,
	"tug": true, "tugboat": true, "schooner": true, "sloop": true, "ketch": true, "catamaran": true,
	"ferry": true, "barge": true, "seiner": true, "dragger": true, "cutter": true}

// boatKinds before "boat" make it a vessel word: "fishing boat".
var boatKinds = map[string]bool{"fishing": true, "sailing": true, "motor": true, "lobster": true,
	"charter": true, "tow": true, "pleasure": true, "work": true}

// vesselNameAt returns the local words of a boat's name after the vessel
// word at local word l (up to three; cased, capitalised words until a
// comma; lowercase, words on no list of everyday words), or nil.
func (ts *Tokens) vesselNameAt(l int) []int {
	w := ts.lw(l)
	if !ts.rc(l).has(rcVessel) && !(w == "boat" && l > 0 && !ts.breakBefore(l) && boatKinds[ts.lw(l-1)]) || ts.Word(l).Punct != "" {
		return nil
	}
	var out []int
	for k := l + 1; k <= l+3 && k < len(ts.Words); k++ {
		if ts.breakBefore(k) || ts.numberWord(k) || radioAlphabet[ts.lw(k)] {
			break
		}
		if ts.Cased && !allCapsOrCapitalised(ts.Word(k).Text) || !ts.Cased && names.IsCommonWord(ts.lw(k)) {
			break
		}
		out = append(out, k)
		if ts.Word(k).Punct != "" {
			break
		}
	}
	return out
}

// boatNameOfPerson reports whether local word l, a word of a boat's name
// (vesselNameAt), is said elsewhere as a person's first name: before a
// listed surname that is no call sign's word ("The yacht Sandra belongs to
// Sandra Pike." keeps the owner: task review16).
func (ts *Tokens) boatNameOfPerson(l int, cs *callSigns) bool {
	if !cs.boats[ts.lw(l)] || !names.IsFirstName(ts.lw(l)) || ts.breakAfter(l) || ts.Word(l).Punct != "" {
		return false
	}
	nx := ts.lw(l + 1)
	return !cs.words[nx] && listedSurname(nx) && (!ts.Cased || allCapsOrCapitalised(ts.Word(l+1).Text))
}

// willDoAfter reports whether "will do" follows local word l in its
// sentence: "Roger, will do."
func (ts *Tokens) willDoAfter(l int) bool {
	return !ts.breakAfter(l) && ts.lw(l+1) == "will" && !ts.breakAfter(l+1) && ts.lw(l+2) == "do" && ts.breakAfter(l+2)
}

// radio16Word reports whether local word l is radio plumbing by the rules
// above that read one word: "wilco", a letter, a station's role on radio
// traffic.
func (ts *Tokens) radio16Word(l int, cs *callSigns) bool {
	w := ts.lw(l)
	switch {
	case w == "wilco":
		return true
	case ts.letterWordAt(l):
		return true
	case letteredBy[w] && !ts.breakAfter(l) && ts.letterWordAt(l+1):
		return true // "Division" of "Division Alpha"
	case ts.Word(l).Punct == "" && ts.tailNumberAfter(l):
		return true // "Cessna" of "Cessna one four two Victor Charlie"
	case names.IsCommonWord(w) && !names.IsFirstName(w) && ts.Word(l).Punct == "" && !ts.breakAfter(l) && ts.designationAfter(l):
		return true // "Crew 6", "Ladder 3": a word is a designation before its number, a surname too
	case stationRoles[w] && cs.radio() && !cs.people[w]:
		return true
	}
	return false
}

// radioAddressRecognizers are the address rules whose findings radio
// traffic may undo (radioAddress).
var radioAddressRecognizers = map[string]bool{"address-unit": true, "address-name-first": true, "address-tagged": true}

// radioAddress reports whether address finding f, on radio traffic, is a
// call sign, a grid or a taxi clearance (see above).
func (ts *Tokens) radioAddress(f Finding, cs *callSigns) bool {
	if !cs.stationRadio() {
		return false
	}
	first, last := ts.local(f.FirstWord), ts.local(f.LastWord)
	if f.Recognizer == "address-tagged" {
		for k := first; k <= last; k++ {
			if ts.lw(k) == "niner" {
				return true // "taxi to runway one niner via Alpha"
			}
			if (cs.strong || cs.rogerRadio() || cs.roles) && ts.numberWord(k) && !ts.breakAfter(k) && !ts.breakAfter(k+1) &&
				radioAlphabet[ts.lw(k+1)] && radioAlphabet[ts.lw(k+2)] {
				return true // "eight eight Juliet Oscar" on a channel that calls stations
			}
		}
		return false
	}
	w := ts.lw(first)
	if w != "unit" && !radioAlphabet[w] || first == last || last > first+3 {
		return false
	}
	for k := first + 1; k <= last; k++ {
		if !ts.numberWord(k) {
			return false
		}
	}
	switch p := ts.lw(first - 1); {
	case radioAlphabet[w] || ts.breakBefore(first) || ts.introducedBefore(first):
		return true // "moving to Hotel 10", "Unit 12, advise"
	case p == "is" && ts.lw(first-2) == "this":
		return true // "Dispatch, this is unit 12"
	case ackWords[p] || p == "that":
		return ts.breakBefore(first-1) || p == "that" && ts.lw(first-2) == "copy" && ts.breakBefore(first-2)
	}
	return false
}

// tailNumberAfter reports whether a number read on into two letters of
// the radio alphabet follows local word l in its sentence, with no comma
// between: "Cessna one four two Victor Charlie", "skyhawk eight eight
// juliet oscar". The word is a call sign, a surname too.
func (ts *Tokens) tailNumberAfter(l int) bool {
	e := ts.numberRunAfter(l)
	if e < 0 || ts.breakAfter(e) || ts.Word(e).Punct != "" || ts.breakAfter(e+1) {
		return false
	}
	return radioAlphabet[ts.lw(e+1)] && radioAlphabet[ts.lw(e+2)]
}

// A name told something, had do something or let know, said on the radio
// with no cue of its own (cased): "Tell Sully we're inbound.", "let Sully
// know", "I'll have Rico bring the boat around", "You might tell Buzz not
// to". A capitalised word inside its sentence there is a person even when
// it is also a word ("Buzz", "Sully") and on no list of names. Not a
// place, a town, a brand, a relative ("tell Mom we're late"), a station's
// role, a part of a business ("have Support call me"), a day or a month; "have" only as a request ("would you have",
// "I'll have", opening a sentence), before a verb. The radio pass still
// trims a call sign or a station found so ("tell Houston we're go").
// It reads one token either side and two before "have".

// toldFollowers open what a person is told, after "tell X" or "ask X".
var toldFollowers = map[string]bool{"we": true, "we're": true, "we'll": true, "we've": true, "i": true,
	"i'm": true, "i'll": true, "i've": true, "he": true, "he's": true, "she": true, "she's": true,
	"they": true, "they're": true, "it's": true, "that": true, "that's": true, "not": true, "to": true,
	"our": true, "thanks": true, "hi": true, "hello": true}

// haveRequesters before "have" make it a request: "would you have", "I'll
// have".
var haveRequesters = map[string]bool{"you": true, "i'll": true, "we'll": true, "i'd": true, "we'd": true,
	"will": true, "please": true, "to": true, "can": true, "could": true}

// notAfterHad are words after "have X" that make X had, not asked to do:
// "have Haney down here", "have Rico on the line".
var notAfterHad = map[string]bool{"down": true, "here": true, "there": true, "on": true, "in": true, "at": true,
	"up": true, "out": true, "with": true, "for": true, "as": true, "and": true, "or": true, "the": true,
	"a": true, "an": true, "over": true, "back": true, "all": true, "off": true, "is": true, "was": true}

// calendarWords are capitalised words of the calendar.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "christmas": true, "easter": true}

// departmentWords are the parts of a business a caller asks to be told
// or to call back, capitalised as names: "have Support call me", "tell
// Billing I want a refund" (task review16).
var departmentWords = withWords(map[string]bool{}, "support", "billing", "sales", "accounting", "accounts",
	"service", "services", "customer", "shipping", "security", "maintenance", "reception", "legal",
	"management", "payroll", "finance", "marketing", "housekeeping", "admissions", "pharmacy", "claims",
	"collections", "underwriting", "compliance", "engineering", "operations", "facilities", "technical",
	"returns", "repairs", "corporate", "headquarters", "someone", "somebody", "everyone", "everybody")

// toldNameAt reports whether token i is a name told, had or let do
// something (see above).
func (ts *Tokens) toldNameAt(i int) bool {
	t := &ts.Toks[i]
	if !ts.Cased || t.Kind != KindWord || t.First != t.Last || ts.SentenceStart(t.First) || !ts.Capitalised(t.First) {
		return false
	}
	w := t.Norm
	if len(w) < 3 || !isAlpha(w) || ts.Word(t.Last).Punct != "" || ts.sentenceEndsAfter(i) {
		return false
	}
	if kinNoun[w] || calendarWords[w] || stationRoles[w] || departmentWords[w] || names.IsBrand(w) ||
		(names.IsPlace(w) || names.IsWorldTown(w) || names.IsWorldRegion(w)) && !names.IsFirstName(w) {
		return false
	}
	p, n := ts.prev(i-1), ts.next(i+1)
	if p < 0 || ts.sentenceEndsAfter(p) || ts.Toks[p].Kind != KindWord || ts.Word(ts.Toks[p].Last).Punct != "" ||
		n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || ts.Capitalised(ts.Toks[n].First) {
		return false
	}
	nx := ts.Toks[n].Norm
	switch ts.Toks[p].Norm {
	case "tell", "ask":
		return toldFollowers[nx]
	case "let":
		return nx == "know"
	case "have":
		b := ts.prev(p - 1)
		request := b < 0 || ts.sentenceEndsAfter(b) || ts.Toks[b].Kind == KindWord && haveRequesters[ts.Toks[b].Norm]
		return request && isAlpha(nx) && names.IsEnglishWord(nx) && !notAfterHad[nx] && !strings.HasSuffix(nx, "s") &&
			!strings.HasSuffix(nx, "ed") && !strings.HasSuffix(nx, "ing")
	}
	return false
}

// A listed name opening its sentence (or after an acknowledgement and a
// comma) and set off by a comma before an order is the one given it
// (cased): "Copy. Hadley, give me conditions.", "Fitz, grab the
// clipboard.", "Okay, Norm, read back the pad." Not a word, a place, a
// station's role or a letter of the radio alphabet ("Tower, hold short").
// It reads two tokens either side.

// radioOrderVerbs open an order said to someone named before it; not
// what a smart speaker is told after its wake word ("Olly, send a tweet",
// "Alexa, set a timer", "give me the news", "open Pandora").
var radioOrderVerbs = map[string]bool{"grab": true, "take": true, "bring": true, "hold": true, "stand": true,
	"put": true, "keep": true, "look": true, "come": true, "try": true, "say": true, "move": true, "stay": true,
	"pass": true, "hand": true, "watch": true, "wait": true, "head": true, "pull": true, "push": true,
	"cycle": true, "verify": true, "confirm": true, "report": true, "advise": true, "proceed": true,
	"meet": true, "swing": true}

// orderedNameAt reports whether token i is a name given an order (see
// above).
func (ts *Tokens) orderedNameAt(i int) bool {
	t := &ts.Toks[i]
	if !ts.Cased || t.Kind != KindWord || t.First != t.Last || !ts.Capitalised(t.First) || ts.Word(t.Last).Punct != "," {
		return false
	}
	w := t.Norm
	if !personNameWord(w) || names.IsCommonWord(w) || names.IsPlace(w) || names.IsWorldTown(w) || names.IsWorldRegion(w) ||
		radioAlphabet[w] || stationRoles[w] || names.IsBrand(w) {
		return false
	}
	if !ts.SentenceStart(t.First) {
		p := ts.prev(i - 1)
		if p < 0 || ts.Toks[p].Kind != KindWord || !ackWords[ts.Toks[p].Norm] || ts.Word(ts.Toks[p].Last).Punct != "," ||
			!ts.SentenceStart(ts.Toks[p].First) {
			return false
		}
	}
	n := ts.next(i + 1)
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && radioOrderVerbs[ts.Toks[n].Norm] && !ts.Capitalised(ts.Toks[n].First)
}
