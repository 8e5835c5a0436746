package redact

import "github.com/callveil/callveil/redact/internal/names"

// Call signs known from the whole transcript. On a radio channel the
// names of spacecraft, vehicles and ground stations are said the way
// people's names are ("Go ahead, Aquarius.", "Roger, Canary."), so one
// sentence cannot tell them apart; the rest of the transcript often can.
// A word the same transcript also uses
//
//   - as a designation, followed by a number: "Gemini 4, Carnarvon Cap
//     Com.", "I have the Apollo 8 pad", "this is gemini four the blood
//     pressure" (the designation rule of radioWord, also before a station
//     and after a self-introduction), or, opening its sentence, by a
//     number and a station named after a place ("dolly two clearwater
//     how do you read");
//   - as a station, before "Cap Com", "Capcom" or "Com Tech", or before
//     "Flight", "Tower" or "Control" that end the sentence: "Canary Cap
//     Com", "Houston Flight.",
//
// is a call sign wherever it stands in that transcript, and the radio pass
// trims it from names found without a naming cue of their own (a vocative,
// a subject, a name said again). A cue that names a person keeps it ("my
// name is", a title, "ask for", which are not trimmed). Callers and callees
// are not inferred from each other: a station calls people by name as often
// as it calls spacecraft ("Jerry, Apollo 8.", "Neil, this is Houston.").
//
// "Roger" the same way: a transcript that once says it as a plain
// acknowledgement ("Roger, out.", "roger that", "Roger." alone, a turn
// that opens "roger better mike") uses it so
// elsewhere too, even where the sentence alone cannot tell ("loud and clear
// roger fred is ed awake", "Roger, and we see ..."), unless a surname, a
// verb or a possessive makes it a subject or a preposition an object
// ("Roger Smith", "Roger called", "give it to Roger").
//
// The evidence is gathered in one pass over the words, reading at most five
// words after each, so the whole stays linear.
type callSigns struct {
	words  map[string]bool // lowercase words used as call signs or stations
	roger  bool            // "roger" acknowledges somewhere in the transcript
	people map[string]bool // lowercase words of names a naming cue found (cuedPeople)
	check  bool            // a radio check: "radio check", "how do you read?", "Loud and clear.", ", over."
	strong bool            // a radio check other than "Loud and clear.": "radio check", "how do you read?", ", over."
	rogerR bool            // "roger" acknowledges other than in "roger that", which phone calls say too
	roles  bool            // a station's role is called: "Tower, Cessna ...", "Baker 2, Dispatch." (names_radio16.go)
	rogers int             // times "roger" is said, not after a naming cue (names_roger_once.go)
	talk   bool            // the procedure words of a voice channel: "we copy", "Stand by.", "say again" (names_roger_once.go)
	boats  map[string]bool // lowercase words of boats' names (vesselNameAt), also in words
}

// cuedPeople returns the lowercase words of the person findings in all
// that a naming cue found, which the radio pass does not trim: a rule it
// leaves alone, a name after a naming word or a self-introduction ("my
// name is Roger Hale", "this is Roger"; not "This is Weston Cap Com", a
// call sign where it stands), or one answering a question for
// a name ("Who am I speaking with?" "Carter Bell."). The transcript names those words
// as people, so the evidence gathered elsewhere in it (a word before a
// number, "roger that") does not trim them where they are said again:
// "Thanks Roger" after "My name is Roger Hale" stays.
func cuedPeople(all []Finding, byChan map[int]*Tokens) map[string]bool {
	var people map[string]bool
	for _, f := range all {
		ts := byChan[f.Channel]
		if f.Type != Person || ts == nil {
			continue
		}
		if l := ts.local(f.FirstWord); radioTrimmable(f.Recognizer) && !ts.namedBefore(l) &&
			!(ts.introducedBefore(l) && !ts.callSignAt(l) && !ts.stationPlaceAt(l)) && !ts.answersNameQuestion(f.FirstWord) {
			continue // (no cue of its own)
		}
		for i := f.FirstWord; i <= f.LastWord && i < len(ts.sh.lower); i++ {
			if people == nil {
				people = map[string]bool{}
			}
			people[ts.sh.lower[i]] = true
		}
	}
	return people
}

// radio reports whether the transcript is radio traffic by its own
// words: it acknowledges with "roger", names a call sign or a station, or
// checks the radio. Only there are names of the sky trimmed (names_sky.go):
// on a call to a business "my son Orion", "thanks Suhail" and "my
// daughter Lyra" are people.
func (cs *callSigns) radio() bool { return cs.roger || cs.check || len(cs.words) > 0 }

// stationRadio reports whether the transcript is radio traffic by more
// than a phone call says too: a call sign or a station, a radio check
// other than "Loud and clear." ("radio check", "how do you read?", ",
// over."), or "roger" acknowledging other than in "roger that" where the
// transcript says more of radio than that one word. A caller
// who answers "Can you hear me?" with "Loud and clear." or says "Roger
// that." is on a phone call as often, where a person called after a place
// ("This is Savannah", "Thanks, Denver") is a person (names_station.go).
// One "Roger." is no more: a caller says it once for "understood"
// (rogerRadio, names_roger_once.go).
func (cs *callSigns) stationRadio() bool { return cs.strong || cs.rogerRadio() || len(cs.words) > 0 }

// radioCheckAt reports whether local word l opens a radio check or closes
// a call: "radio check", "how do you read" ending its sentence, "loud and
// clear" opening one ("Loud and clear.", not "I hear you loud and
// clear"), or "over" set off by a comma at a sentence's end ("We read
// you, over.", not "it's over.").
func (ts *Tokens) radioCheckAt(l int) bool {
	switch ts.lw(l) {
	case "over":
		return l > 0 && !ts.breakBefore(l) && ts.Word(l-1).Punct == "," && ts.breakAfter(l)
	case "radio":
		return ts.lw(l+1) == "check" && !ts.breakAfter(l)
	case "how":
		for k, w := range [...]string{"do", "you", "read"} {
			if ts.breakAfter(l+k) || ts.lw(l+1+k) != w {
				return false
			}
		}
		return ts.breakAfter(l + 3)
	case "loud":
		return ts.breakBefore(l) && ts.lw(l+1) == "and" && ts.lw(l+2) == "clear" && !ts.breakAfter(l) && !ts.breakAfter(l+1)
	}
	return false
}

// stationAfter reports whether local words from l on name a station's
// role: "cap com", "capcom", "com tech", or "flight", "tower" or
// "control" ending a sentence or before a comma.
func (ts *Tokens) stationAfter(l int) bool {
	switch w := ts.lw(l); w {
	case "capcom":
		return true
	case "cap", "com":
		nx := ts.lw(l + 1)
		return !ts.breakAfter(l) && (w == "cap" && nx == "com" || w == "com" && nx == "tech")
	case "flight", "tower", "control":
		return ts.breakAfter(l) || ts.Word(l).Punct == ","
	}
	return false
}

// numberRunAfter returns the last local word of the number (of up to four
// words) that follows local word l in its sentence, or -1.
func (ts *Tokens) numberRunAfter(l int) int {
	if ts.breakAfter(l) || ts.Word(l).Punct != "" || !ts.numberWord(l+1) {
		return -1
	}
	e := l + 1
	for e < l+4 && ts.Word(e).Punct == "" && !ts.breakAfter(e) && ts.numberWord(e+1) {
		e++
	}
	return e
}

// introducedDesignation reports whether local word l follows a
// self-introduction and a short number follows it, before a word that is
// no number: "this is gemini four the blood pressure". A number read on
// ("this is jim five five five oh one ...") or one that counts ("this is
// Ray, one moment", "this is Kim two more things") leaves it alone.
func (ts *Tokens) introducedDesignation(l int) bool {
	if !ts.introducedBefore(l) || ts.lw(l+1) == "one" && !ts.numberWord2(l+2) {
		return false
	}
	e := ts.numberRunAfter(l)
	if e < 0 || e > l+2 || ts.countAfterNumber(l+1) {
		return false
	}
	return ts.breakAfter(e) || !ts.numberWord(e+1)
}

// callSignAt reports whether local word l stands as a call sign or a
// station where it is (see callSigns).
func (ts *Tokens) callSignAt(l int) bool {
	if !ts.numberWord(l+1) && !ts.stationAfter(l+1) {
		return false // (every form below has a number or a station's role next: the cheap test first)
	}
	w := ts.lw(l)
	if len(w) < 2 || ts.numberWord(l) || names.IsCommonWord(w) || ts.namedBefore(l) ||
		ts.Word(l).Punct != "" || ts.breakAfter(l) || radioAlphabet[w] {
		return false
	}
	if ts.Cased {
		if c := ts.Transcript.Words[ts.Words[l]].Text[0]; c < 'A' || c > 'Z' {
			return false
		}
	}
	if ts.stationAfter(l + 1) {
		return true // "Canary Cap Com"
	}
	if !names.IsFirstName(w) && names.IsSurname(w) {
		return false // (a surname may end a full name before a count)
	}
	if ts.designationAfter(l) || ts.introducedDesignation(l) {
		return true // "Gemini 4, ...", "this is gemini four the ..."
	}
	e := ts.numberRunAfter(l)
	return e >= 0 && !ts.breakAfter(e) && (ts.stationAfter(e+2) || // "gemini four carnarvon cap com"
		ts.breakBefore(l) && ts.stationPlaceAt(e+1)) // "dolly two clearwater how do you read" (names_station.go)
}

// plainRogerAt reports whether "roger" at local word l acknowledges by
// the sentence alone (rogerAck: alone in it, before "out", "that",
// "wilco" and the like, or opening a turn before no subject's verb), and
// answers no question for a name ("Who am I speaking with?" "Roger.").
func (ts *Tokens) plainRogerAt(l int) bool {
	if ts.lw(l) != "roger" || ts.namedBefore(l) || ts.introducedBefore(l) || ts.answersNameQuestion(ts.Words[l]) {
		return false
	}
	return ts.rogerAck(l)
}

// findCallSigns gathers the call signs and stations of the transcript
// whose channels streams hold.
func findCallSigns(streams []*Tokens) callSigns {
	var cs callSigns
	for _, ts := range streams {
		for l := range ts.Words {
			if ts.plainRogerAt(l) {
				cs.roger = true
				cs.rogerR = cs.rogerR || ts.breakAfter(l) || ts.lw(l+1) != "that"
			}
			if ts.lw(l) == "roger" && !ts.namedBefore(l) && !ts.introducedBefore(l) {
				cs.rogers++
			}
			if !cs.talk && ts.radioTalkAt(l) {
				cs.talk = true
			}
			if !cs.strong && ts.radioCheckAt(l) {
				cs.check = true
				cs.strong = ts.lw(l) != "loud" // (phone calls say "Loud and clear." too)
			}
			if ts.callSignAt(l) {
				if cs.words == nil {
					cs.words = map[string]bool{}
				}
				cs.words[ts.lw(l)] = true
				for _, k := range ts.calledByStation(l) {
					cs.words[ts.lw(k)] = true
				}
			}
			if ts.radioCallAt(l) {
				cs.check, cs.strong = true, true
				if cs.words == nil {
					cs.words = map[string]bool{}
				}
				cs.words[ts.lw(l+1)] = true
			}
			if ts.stationRoleCallAt(l) {
				cs.roles = true
				if cs.words == nil {
					cs.words = map[string]bool{}
				}
				cs.words[ts.lw(l)] = true
			}
			if ts.tailNumberAfter(l) && ts.calledWord(l) {
				if cs.words == nil {
					cs.words = map[string]bool{}
				}
				cs.words[ts.lw(l)] = true
			}
			for _, k := range ts.vesselNameAt(l) {
				if cs.words == nil {
					cs.words, cs.boats = map[string]bool{}, map[string]bool{}
				} else if cs.boats == nil {
					cs.boats = map[string]bool{}
				}
				cs.words[ts.lw(k)], cs.boats[ts.lw(k)] = true, true
			}
			if ts.callerAfterCallee(l, &cs) { // (names_radio17.go)
				if cs.words == nil {
					cs.words = map[string]bool{}
				}
				cs.words[ts.lw(l)] = true
			}
			if ts.signOffAt(l) {
				if cs.words == nil {
					cs.words = map[string]bool{}
				}
				cs.words[ts.lw(l)] = true
			}
		}
	}
	return cs
}

// rogerObjectBefore are words after which "roger" is someone spoken of or
// to: "give it to Roger", "ask Roger", "thanks Roger", "hi Roger".
var rogerObjectBefore = map[string]bool{"to": true, "with": true, "for": true, "and": true, "or": true,
	"tell": true, "ask": true, "by": true, "from": true, "about": true, "of": true, "thank": true,
	"thanks": true, "hi": true, "hello": true, "hey": true, "bye": true, "dear": true}

// rogerAckIn reports whether "roger" at local word l acknowledges in a
// transcript that uses "roger" so elsewhere: not before a surname that is
// no first name, a verb of a subject or a possessive, nor after a word
// that makes it an object. "and" after it acknowledges only before what
// the speaker says next ("Roger, and we see ...", "roger and understand").
func (ts *Tokens) rogerAckIn(l int) bool {
	if ts.introducedBefore(l) {
		return false
	}
	if !ts.breakBefore(l) && rogerObjectBefore[ts.lw(l-1)] {
		return false
	}
	if ts.breakAfter(l) {
		return true
	}
	nx := ts.lw(l + 1)
	if nx == "and" {
		switch ts.lw(l + 2) {
		case "we", "we're", "you", "understand", "that's", "it's":
			return !ts.breakAfter(l + 1)
		}
		return ts.Cased && ts.Word(l).Punct == ","
	}
	if ts.willDoAfter(l) {
		return true // "Roger, will do."
	}
	if ts.rogerSubjectAfter(l) { // (names_radio17.go)
		return false
	}
	return !(ts.surnameNext(l) && !names.IsFirstName(nx))
}
