package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// Radio speech: words that are first names on the list and, where they
// stand, are the plumbing of a voice channel. Names found by the name
// rules without a cue of their own (a vocative, a name said again, a
// subject, a gazetteer name) lose such words at their edges, and a name
// left with none is dropped. Each rule reads at most two words either
// side, so the pass stays linear.
//
//   - "Roger" as an acknowledgement: before "out", "that", "wilco",
//     "over", "copy" or "understand" ("Roger, out.", "roger that"), alone
//     in its sentence, or opening a turn and followed by no surname-only
//     word and no verb that would make it a subject ("Roger, I see it",
//     "roger dana you're clear", but "Roger called twice", "Roger Smith
//     here" and "my name is Roger" stay names).
//   - Letters of the radio alphabet that are also first names (Charlie,
//     Mike, Victor, Juliet, Oscar ...) beside a number, a single letter,
//     a word in capitals (an acronym), spelled letters or another letter
//     word: "bay Victor 4", "mode Oscar Kilo", "OMNI Charlie", "v o x
//     Juliet". "Charlie Brown" and "thanks Mike" keep their names.
//   - A name followed directly by a number in its sentence is a call sign
//     or a designation, not a person: "Falcon 9", "Cessna four two",
//     "Unit Seven". Not a word that is only a surname, which may end a
//     full name before a count ("Amara Jacobs 2 times"), nor a name after
//     a naming word ("my name is Jim 4 ...").
//   - Names after "star", "stars", "crater", "planet", "constellation"
//     (up to three words, joined by "and" or "or"): "the star Vega",
//     "stars Altair and Deneb".
//   - Call signs and stations the rest of the transcript names as such,
//     and "roger" where the transcript acknowledges with it elsewhere
//     (names_callsign.go); names of the sky (names_sky.go); "Merry
//     Christmas", the greeting. A Roman numeral or a single letter left
//     alone once such words are trimmed is dropped too ("Gemini VI",
//     "on B. Roger.").
type radioPass struct {
	t     *transcript.Transcript
	sh    *shared
	ts    *Tokens
	local int // channel-local position of the word asked about
}

// radioRecognizers are the name rules whose findings the pass may trim:
// names found without a naming cue of their own.
var radioRecognizers = map[string]bool{"person": true, "person-vocative": true, "person-repeat": true,
	"person+person-vocative": true, "person-possessive": true}

// subjectRecognizers are the three rules that take a name said as a
// subject with no cue: a colleague before a verb (names_subject.go), the
// third party of person-speech (names_speech.go) and a name opening a
// clause before a doer verb (names_wild2.go). They shared one label,
// "person-subject", so a finding two of them made together was labelled
// "person-subject" too; radioTrimmable keeps trimming it.
var subjectRecognizers = map[string]bool{"person-colleague-subject": true, "person-speech-subject": true,
	"person-clause-subject": true}

// radioTrimmable reports whether the pass may trim a name finding labelled
// rec: one of radioRecognizers, or found by subject rules alone
// ("person-colleague-subject+person-speech-subject").
func radioTrimmable(rec string) bool {
	if radioRecognizers[rec] {
		return true
	}
	if rec == "" {
		return false
	}
	for rest := rec; rest != ""; {
		var r string
		r, rest, _ = strings.Cut(rest, "+")
		if !subjectRecognizers[r] {
			return false
		}
	}
	return true
}

// radioAlphabet are the code words of the ICAO/NATO spelling alphabet.
var radioAlphabet = map[string]bool{"alfa": true, "alpha": true, "bravo": true, "charlie": true, "delta": true,
	"echo": true, "foxtrot": true, "golf": true, "hotel": true, "india": true, "juliet": true, "juliett": true,
	"kilo": true, "lima": true, "mike": true, "november": true, "oscar": true, "papa": true, "quebec": true,
	"romeo": true, "sierra": true, "tango": true, "uniform": true, "victor": true, "whiskey": true,
	"xray": true, "x-ray": true, "yankee": true, "zulu": true}

// ackAfter are words after which "roger" acknowledges.
var ackAfter = map[string]bool{"out": true, "that": true, "wilco": true, "over": true, "copy": true,
	"copied": true, "understand": true, "understood": true}

// ackOpeners open the speaker's next clause after an acknowledgement, so
// "roger" before them acknowledges even where no turn or sentence break
// is marked ("roger i have it", "roger how's the signal").
var ackOpeners = map[string]bool{"i": true, "i'm": true, "i've": true, "i'll": true, "we": true, "we're": true,
	"we've": true, "we'll": true, "it's": true, "that's": true, "this": true, "how": true, "okay": true,
	"ok": true, "if": true, "as": true, "same": true, "standby": true, "stand": true, "nothing": true, "go": true}

// rogerSubjectVerbs after a word opening a turn make it the subject of a clause
// ("Roger called", "Roger is here"), so a name.
var rogerSubjectVerbs = map[string]bool{"is": true, "was": true, "here": true, "speaking": true, "called": true,
	"calling": true, "said": true, "says": true, "has": true, "had": true, "will": true, "would": true,
	"did": true, "does": true, "wants": true, "wanted": true, "from": true, "just": true, "also": true,
	"can": true, "could": true, "asked": true, "told": true, "and": true}

// skyWords name a kind of thing whose members carry people's names.
var skyWords = map[string]bool{"star": true, "stars": true, "crater": true, "craters": true,
	"planet": true, "constellation": true}

// radioTrim trims the radio words off the edges of the name findings in
// all and drops the names left empty.
func radioTrim(t *transcript.Transcript, streams []*Tokens, all []Finding) []Finding {
	if len(streams) == 0 {
		return all
	}
	byChan := map[int]*Tokens{}
	for _, ts := range streams {
		byChan[ts.Channel] = ts
	}
	var cs *callSigns // (gathered at the first name to trim)
	out := all[:0]
	for _, f := range all {
		ts := byChan[f.Channel]
		if f.Type == Address && ts != nil && radioAddressRecognizers[f.Recognizer] {
			if cs == nil {
				c := findCallSigns(streams)
				c.people = cuedPeople(all, byChan)
				cs = &c
			}
			if ts.radioAddress(f, cs) {
				continue // "Copy, unit 12." on radio traffic (names_radio16.go)
			}
		}
		if f.Type != Person || !radioTrimmable(f.Recognizer) || ts == nil {
			out = append(out, f)
			continue
		}
		if cs == nil {
			c := findCallSigns(streams)
			c.people = cuedPeople(all, byChan)
			cs = &c
		}
		first, last := ts.local(f.FirstWord), ts.local(f.LastWord)
		for first <= last && ts.radioWord(first, cs) {
			first++
		}
		for last >= first && ts.radioWord(last, cs) {
			last--
		}
		if first > last || first == last && (first != ts.local(f.FirstWord) || last != ts.local(f.LastWord)) && ts.leftAlone(first) {
			continue // (nothing left, or "VI" left of "Gemini VI", "B" of "B. Roger")
		}
		if ts.Words[first] != f.FirstWord || ts.Words[last] != f.LastWord {
			f.FirstWord, f.LastWord = ts.Words[first], ts.Words[last]
			f.Start, f.End = t.Words[f.FirstWord].Start, t.Words[f.LastWord].End
		}
		out = append(out, f)
	}
	return out
}

// lw returns the lowercase text of channel-local word l, or "" outside
// the channel.
func (ts *Tokens) lw(l int) string {
	if l < 0 || l >= len(ts.Words) {
		return ""
	}
	return ts.sh.lower[ts.Words[l]]
}

// breakBefore reports whether a sentence or a turn ends before local word l.
func (ts *Tokens) breakBefore(l int) bool {
	return l <= 0 || ts.turn[l-1] || ts.sh.sentEnd[ts.Words[l-1]]
}

// breakAfter reports whether a sentence or a turn ends after local word l.
func (ts *Tokens) breakAfter(l int) bool {
	return l >= len(ts.Words)-1 || ts.turn[l] || ts.sh.sentEnd[ts.Words[l]]
}

// radioWord reports whether channel-local word l is radio plumbing rather
// than a person's name (see the rules above), given the call signs of the
// whole transcript (names_callsign.go).
func (ts *Tokens) radioWord(l int, cs *callSigns) bool {
	w := ts.lw(l)
	if w == "" || ts.namedBefore(l) {
		return false
	}
	switch {
	case w == "roger" && !ts.introducedBefore(l) && ts.rogerAck(l):
		return true
	case w == "roger" && cs.roger && !cs.people[w] && ts.rogerAckIn(l):
		return true // "Roger, out." elsewhere in the transcript
	case cs.words[w] && !cs.people[w] && !ts.boatNameOfPerson(l, cs):
		return true // "Gemini 4" or "Canary Cap Com" elsewhere in the transcript
	case cs.words[ts.lw(l-1)] && !ts.breakBefore(l) && ts.stationAfter(l):
		return true // "Tower" of "Weston Tower"
	case ts.introducedDesignation(l):
		return true // "this is gemini four the ..."
	case cs.radio() && ts.skyNameAt(l):
		return true // "Coming down towards Sirius." (on a radio channel)
	case cs.stationRadio() && !cs.people[w] && ts.stationPlaceAt(l):
		return true // "Roger, Kano.", "This is Madrid." (on a radio channel; names_station.go)
	case w == "merry" && ts.lw(l+1) == "christmas" && !ts.breakAfter(l), w == "christmas" && ts.lw(l-1) == "merry" && !ts.breakBefore(l):
		return true // a season's greeting: "Merry Christmas from all of us"

	case radioAlphabet[w] && !ts.introducedBefore(l) && ts.codeNeighbour(l):
		return true
	case ts.radio16Word(l, cs):
		return true // "side Charlie", "Wilco.", "Tower" (names_radio16.go)
	case (names.IsFirstName(w) || !names.IsSurname(w)) && ts.Word(l).Punct == "" && !ts.breakAfter(l) && ts.designationAfter(l):
		return true // "Falcon 9": a designation
	}
	return ts.afterSkyWord(l)
}

// namedBefore reports whether a naming word stands just before local word
// l ("my name is Mike", "named Victor", "called Roger").
func (ts *Tokens) namedBefore(l int) bool {
	for k := l - 1; k >= l-2 && k >= 0; k-- {
		switch ts.lw(k) {
		case "name", "name's", "named", "called", "mr", "mrs", "ms", "dr", "i'm":
			return true
		}
	}
	return false
}

// introGreetings may come before a speaker's self-introduction.
var introGreetings = map[string]bool{"hi": true, "hello": true, "hey": true, "yes": true, "yeah": true,
	"oh": true, "morning": true, "afternoon": true, "evening": true, "um": true, "uh": true}

// introducedBefore reports whether local word l follows a self-introduction
// that opens its sentence or turn, after at most a greeting: "this is",
// "it's", "it is", "i am", "here's" ("Hi, this is Roger, I'm calling",
// "It's Charlie, 555 0100"). It keeps a name from the acknowledgement and
// radio-alphabet rules, not from the designation rule: "This is Gemini 4"
// stays a call sign.
func (ts *Tokens) introducedBefore(l int) bool {
	k := l - 1
	switch w := ts.lw(k); {
	case w == "it's" || w == "here's":
	case w == "is" && (ts.lw(k-1) == "this" || ts.lw(k-1) == "it"), w == "am" && ts.lw(k-1) == "i":
		k--
	default:
		return false
	}
	if k < 0 || ts.breakBefore(k) {
		return k >= 0
	}
	return introGreetings[ts.lw(k-1)] && ts.breakBefore(k-1)
}

// rogerAck reports whether "roger" at local word l acknowledges.
func (ts *Tokens) rogerAck(l int) bool {
	if ts.breakBefore(l) && ts.breakAfter(l) {
		return true // "Roger." alone
	}
	if !ts.breakAfter(l) && (ackAfter[ts.lw(l+1)] || ackOpeners[ts.lw(l+1)] || ts.willDoAfter(l)) {
		return true
	}
	if !ts.breakBefore(l) {
		return false
	}
	if ts.breakAfter(l) {
		return true
	}
	nx := ts.lw(l + 1)
	if ts.rogerSubjectAfter(l) { // (names_radio17.go)
		return false
	}
	// "Roger Smith": a surname that is no first name makes a full name.
	return !(names.IsSurname(nx) && !names.IsFirstName(nx) && !names.IsCommonWord(nx))
}

// numberWord reports whether local word l is a number, in digits or words.
func (ts *Tokens) numberWord(l int) bool {
	if l < 0 || l >= len(ts.Words) {
		return false
	}
	gw := ts.Words[l]
	w := ts.sh.lower[gw]
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	if nw := ts.sh.numWord[gw]; nw.ok { // (numWords[w], looked up once by newShared)
		return nw.cls == pDigit || nw.cls == pTeen || nw.cls == pTens || nw.cls == pHundred || nw.cls == pOh && ts.numberWord2(l+1)
	}
	return false
}

// numberWord2 is numberWord without "oh" (so that "oh" counts only before
// another number).
func (ts *Tokens) numberWord2(l int) bool {
	return ts.lw(l) != "oh" && ts.numberWord(l)
}

// codeNeighbour reports whether a word beside local word l, in its
// sentence, is a number, one letter, spelled letters, an acronym in
// capitals or another code word of the radio alphabet.
func (ts *Tokens) codeNeighbour(l int) bool {
	for _, k := range [2]int{l - 1, l + 1} {
		if k < l && ts.breakBefore(l) || k > l && ts.breakAfter(l) {
			continue
		}
		if k < l && ts.Word(k).Punct == "," || k > l && ts.Word(l).Punct == "," {
			continue // set off by a comma: "my son Oscar, 12, and ..."
		}
		w := ts.lw(k)
		switch {
		case w == "":
		case ts.numberWord(k) && !(k > l && ts.countAfterNumber(k)), radioAlphabet[w] && w != ts.lw(l): // (not "Mike, Mike has a point": a restart)
			return true
		case len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' && (w != "i" && w != "a" || k < l && len(ts.lw(k-1)) == 1):
			return true // "b charlie", "o m n i charlie" (but "Mike I", "Mike a")
		case ts.Cased && allCaps(ts.Transcript.Words[ts.Words[k]].Text):
			return true // "OMNI Charlie"
		}
	}
	return false
}

// countAfterNumber reports whether the number (of up to four words)
// starting at local word k counts the word after it ("Mike 2 times",
// "Oscar twelve years old"), in the same sentence.
func (ts *Tokens) countAfterNumber(k int) bool {
	e := k
	for e < k+3 && !ts.breakAfter(e) && ts.numberWord(e+1) {
		e++
	}
	return !ts.breakAfter(e) && countNouns[ts.lw(e+1)]
}

// allCaps reports whether s has two or more letters, all capitals.
func allCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			n++
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return n >= 2
}

// afterSkyWord reports whether local word l follows "star", "crater" and
// the like within three words of its sentence, with only names and "and"
// or "or" between.
func (ts *Tokens) afterSkyWord(l int) bool {
	for k := l - 1; k >= l-3 && k >= 0; k-- {
		if ts.breakAfter(k) {
			return false
		}
		w := ts.lw(k)
		if skyWords[w] {
			return true
		}
		if w != "and" && w != "or" && w != "the" && !names.IsFirstName(w) && !names.IsSurname(w) {
			return false
		}
	}
	return false
}

// acronymOpeners before spelled letters make them a thing's abbreviation:
// "the e v a", "our o m n i switch".
var acronymOpeners = map[string]bool{"the": true, "a": true, "an": true, "our": true, "your": true,
	"my": true, "this": true, "that": true, "their": true, "his": true, "her": true}

// lettersOfAnAcronym reports whether the letters token i, said without a
// cue, is an abbreviation in use rather than a name spelled: after an
// article or a possessive ("the l e b", "our e v a exercise"), or before a
// letter word of the radio alphabet ("o m n i charlie"). It reads one
// token either side.
func (ts *Tokens) lettersOfAnAcronym(i int) bool {
	if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Kind == KindWord && acronymOpeners[ts.Toks[p].Norm] && !ts.sentenceEndsAfter(p) {
		return true
	}
	n := ts.next(i + 1)
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && radioAlphabet[ts.Toks[n].Norm] && !ts.sentenceEndsAfter(i)
}

// afterDesignation are words that may follow a designation's number and
// open what the speaker says next ("Unit 7, I copy", "Falcon 9 and ...").
var afterDesignation = map[string]bool{"i": true, "i'm": true, "i've": true, "i'll": true, "we": true, "we're": true,
	"we'll": true, "you": true, "and": true, "this": true, "here": true, "over": true, "roger": true, "who": true,
	"how": true, "go": true, "that's": true, "it's": true, "could": true, "can": true, "do": true, "please": true}

// designationAfter reports whether a number follows local word l and the
// number (of up to four words) ends its sentence or turn, ends in a
// comma, or is followed by a first name or a word that opens a clause
// (afterDesignation): "Falcon 9, the white one", "Unit Seven Dana go
// ahead". A number that counts the word after it leaves the name alone:
// "we saw Aleja 29 times", "Jim one more thing".
func (ts *Tokens) designationAfter(l int) bool {
	if !ts.numberWord(l+1) || ts.lw(l+1) == "one" && !ts.numberWord2(l+2) {
		return false
	}
	e := l + 1
	for e < l+4 && ts.Word(e).Punct == "" && !ts.breakAfter(e) && ts.numberWord(e+1) {
		e++
	}
	if ts.breakAfter(e) || ts.Word(e).Punct != "" {
		return true
	}
	nx := ts.lw(e + 1)
	return afterDesignation[nx] || names.IsFirstName(nx) && !names.IsCommonWord(nx)
}

// leftAlone reports whether local word l, all that is left of a name
// once radio words are trimmed off it, is no name by itself: a Roman
// numeral (cased) or a single letter.
func (ts *Tokens) leftAlone(l int) bool {
	w := ts.lw(l)
	return len(w) == 1 || ts.Cased && romanNumeral(ts.Transcript.Words[ts.Words[l]].Text)
}

// romanNumeral reports whether s (punctuation aside) is a Roman numeral
// of two to four capitals from II to XX: "VI", "XII". Left alone of a
// name found, it numbers a designation ("Gemini VI") and is no name.
func romanNumeral(s string) bool {
	for len(s) > 0 && (s[len(s)-1] == '.' || s[len(s)-1] == ',' || s[len(s)-1] == '?' || s[len(s)-1] == '!') {
		s = s[:len(s)-1]
	}
	switch s {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX":
		return true
	}
	return false
}
