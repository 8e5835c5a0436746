package redact

// Hard negatives (see negatives.go) of the person recognizer: places,
// businesses, degrees, codes' letters and English words taken for names.

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// motionWords before "to" or "from" say that a place follows: "flying to
// Auckland", "the shipment to Jordan", "moving back from Spain". (Not
// "send", "wire" or "transfer": money goes to people as often as to
// countries, and "transfer you to Jordan" is a person.)
var motionWords = map[string]bool{"fly": true, "flying": true, "flew": true, "flown": true, "flight": true,
	"flights": true, "travel": true, "traveling": true,
	"travelling": true, "traveled": true, "travelled": true, "trip": true, "ship": true, "shipped": true,
	"shipping": true, "shipment": true, "shipments": true, "move": true, "moving": true, "moved": true,
	"relocating": true, "relocated": true, "headed": true, "heading": true, "drive": true, "driving": true,
	"drove": true, "visit": true, "visiting": true, "visited": true, "vacation": true, "holiday": true,
	"route": true, "commute": true, "train": true, "bus": true, "ticket": true, "tickets": true, "fare": true,
	"roundtrip": true, "arriving": true, "arrived": true, "departing": true, "connecting": true, "layover": true,
	"ride": true, "rides": true, "cab": true, "taxi": true, "uber": true, "lyft": true, "shuttle": true,
	"directions": true, "miles": true, "far": true, "distance": true, "hours": true, "minutes": true}

// placePrefixes open place names whose second word is often a first name
// or surname: "Fort Collins", "Mount Vernon", "Port Arthur", "Lake Charles",
// "San Jose", "Santa Barbara".
var placePrefixes = map[string]bool{"fort": true, "ft": true, "mount": true, "mt": true, "port": true,
	"lake": true, "san": true, "santa": true, "los": true, "las": true, "cape": true}

// objectPronouns between a motion word and "to" make the thing moved a
// person's business, not the place: "take you to", "drive her to".
var objectPronouns = withWords(map[string]bool{}, personalObjects...)

// personalObjects are the personal pronouns in the object case.
var personalObjects = []string{"you", "me", "him", "her", "them", "us"}

// placeAfter reports whether the words before a candidate name (lowercase,
// nearest first, at most four, within its sentence) say that a place
// follows: "in", "at", "near", "outside", a place name's first word
// ("Fort"),
// or "to"/"from"/"into" after a word of travel with no person between
// ("I'm flying to", "the shipment to"). Not "go to", "came from", "back
// to" or "delivered to": emails come from people, and money and parcels
// go to them ("I want it to go to Diego").
func placeAfter(before []string) bool {
	if len(before) == 0 {
		return false
	}
	switch w := before[0]; {
	case w == "in" || w == "at" || w == "near" || w == "outside" || w == "around" || placePrefixes[w]:
		return true
	case w == "to" || w == "from" || w == "into" || w == "through" || w == "past":
		for _, b := range before[1:] {
			if objectPronouns[b] {
				return false
			}
			if motionWords[b] {
				return true
			}
		}
	}
	return false
}

// placeRole reports whether the words around token i put it in a place's
// role, whatever names it is also: after words of travel ("got back from
// Florence", placeAfter) or, for a town of the world, after in/at/near, before
// a region or in a list of places ("the shipment from Surabaya", "Florence,
// Alabama", "Tarragona and Girona"); not when a surname follows ("a ticket
// from John Miller"). before holds the words before token i (wordsBefore).
func (ts *Tokens) placeRole(i int, before []string) bool {
	return (placeAfter(before) || ts.worldTownAfter(i, before) || ts.worldTownBeforeRegion(i) || ts.worldTownInList(i)) &&
		!ts.firstAndSurname(i)
}

// wordsBefore fills buf with the lowercase words of the up to four
// tokens before token i, nearest first, stopping at a sentence's end or a
// token that is not a word.
func (ts *Tokens) wordsBefore(i int, buf []string) []string {
	buf = buf[:0]
	for p := ts.prev(i - 1); p >= 0 && len(buf) < 4 && ts.Toks[p].Kind == KindWord && !ts.sentenceEndsAfter(p); p = ts.prev(p - 1) {
		buf = append(buf, ts.Toks[p].Norm)
	}
	return buf
}

// placeNotName reports whether the word at token i, taken for a name with
// no naming cue, is a place or a brand: a listed place that is no first
// name ("Canada", "Spain", "It's California"), or such a brand with no or
// a weak cue (listed: "and Apple"); with no cue, a weak one or "it's"
// (bare), either word of a place of two words ("and Costa Rica?", "Hong
// Kong") or a place that is more often the place than the first name it
// also is, with no surname after it ("the transfer to Jordan", not
// "Jordan Okafor"); the second word of a place ("New York"), a word after
// words that say a place follows ("flying to Auckland", "near Fort
// Collins"), the start of a route ("Boston to New York"), or the town of
// an address ("... Hollow Road, Beckley", "Bozeman, Montana"). The list
// of places is names' (places.go).
func (ts *Tokens) placeNotName(i int, listed, bare bool) bool {
	if ts.spelledNext(i) || ts.introSpeaking(i) {
		return false // "It's Lagos, spelled L A G O S", "Medicare, Irenke speaking"
	}
	return ts.placeAt(i, listed, bare) && !ts.agentIntro(i) // (not "Sofia in billing")
}

// placeAt is placeNotName without the checks for a name said as one.
func (ts *Tokens) placeAt(i int, listed, bare bool) bool {
	w := ts.Toks[i].Norm
	if names.IsPlaceOrBrand(w) && !ts.firstNameAt(i) && (listed || names.IsPlace(w)) {
		return true // ("It's California, hold on": a place, not a brand's "this is Liberty")
	}
	if bare && (ts.twoWordPlace(i) || names.IsMostlyPlace(w) && ts.extendName(i, false) == i) {
		return true
	}
	if ts.streetAfterHouseNumber(i) {
		return true // "at 105-25 Horace Harding Expy", "10 S. Dearborn, Chicago"
	}
	var buf [4]string
	before := ts.wordsBefore(i, buf[:0])
	if ts.placeRole(i, before) {
		return true
	}
	if p := ts.prev(i - 1); len(before) > 0 && ts.Word(ts.Toks[p].Last).Punct == "" {
		if p := before[0]; names.IsPlace(p) && !names.IsFirstName(p) || p == "new" && ts.Cased && ts.Capitalised(ts.Toks[i].First) {
			return true
		}
	}
	// The town of an address: after a street's type and a comma, or
	// before a state or a ZIP code.
	if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Kind == KindWord && ts.Toks[p].in(wcStreetSuffixes) &&
		strings.Contains(ts.Word(ts.Toks[p].Last).Punct, ",") {
		return true
	}
	if ts.sentenceEndsAfter(i) {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) {
		return false
	}
	if ts.Toks[n].Kind == KindWord && placeEnd(ts.Toks[n].Norm) {
		return true // "Daly City", "Castro Street"
	}
	switch t := &ts.Toks[n]; {
	case t.Kind == KindWord && stateNames[t.Norm] && !ts.sentenceEndsAfter(n):
		k := ts.next(n + 1)
		return k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && (len(ts.Toks[k].Norm) == 5 || len(ts.Toks[k].Norm) == 9)
	case t.Kind == KindWord && stateNames[t.Norm]:
		return strings.Contains(ts.Word(ts.Toks[i].Last).Punct, ",")
	case ts.isWord(n, "to") && !ts.sentenceEndsAfter(n):
		// A route: "Boston to New York", "Denver to Los Angeles".
		for k, m := ts.next(n+1), 0; k < len(ts.Toks) && m < 2 && ts.Toks[k].Kind == KindWord; k, m = ts.next(k+1), m+1 {
			if l := ts.Toks[k].Norm; names.IsPlaceOrBrand(l) && !names.IsFirstName(l) || stateNames[l] {
				return true
			}
			if ts.sentenceEndsAfter(k) {
				break
			}
		}
	}
	return false
}

// firstAndSurname reports whether token i is a listed first name that is
// no place before a listed surname that is none: a person, whatever words
// of travel came before ("the ticket from John Miller", "the shipment to
// maria delgado"). A listed surname that is a function word counts only
// capitalised (surnameAfterName).
func (ts *Tokens) firstAndSurname(i int) bool {
	w := ts.Toks[i].Norm
	if !ts.firstNameAt(i) || names.IsPlace(w) || ts.sentenceEndsAfter(i) {
		return false
	}
	n := ts.next(i + 1)
	if !ts.surnameAfterName(n) {
		return false // (not "from victoria to the coast")
	}
	s := nameKey(ts.Toks[n].Norm)
	return !names.IsPlace(s) && !placeEnd(s) && !placeWords[s]
}

// placeBeforeWord is placeAfter for transcript word i: the words before it
// on its channel, by the same speaker, within its sentence.
func placeBeforeWord(t *transcript.Transcript, i int) bool {
	var buf [4]string
	before := buf[:0]
	for k := i - 1; k >= 0 && len(before) < 4; k-- {
		w := &t.Words[k]
		if w.Channel != t.Words[i].Channel {
			continue
		}
		if w.Speaker != t.Words[i].Speaker || strings.ContainsAny(w.Punct, ".?!") {
			break
		}
		before = append(before, lowerWord(w.Text))
	}
	return placeAfter(before)
}

// placeEnd reports whether w ends a place's name and is no surname: "Daly
// City", "Castro Street", "Stanford Shopping Center", "Gatwick Airport",
// "Juarez International" (not "Sarah Wood", "Grace Park").
func placeEnd(w string) bool {
	switch w {
	case "street", "avenue", "ave", "road", "rd", "boulevard", "blvd", "parkway", "highway", "expressway",
		"freeway", "turnpike", "center", "centre", "mall", "plaza", "airport", "international", "station",
		"terminal", "hospital", "university", "college", "museum", "stadium", "hotel", "clinic":
		return true
	}
	return placeWords[w] && !names.IsSurname(w)
}

// wordNotName reports whether the word at token i, taken for a name after
// cue ph (if cued), is an English word that is in no name list
// ("invalid", "frozen", "pretending", "appears") said where nothing says
// it is a name: without capitals after a weak cue, "it's" or "i'm" ("it's
// frozen from June first", "i'm pretending") or none; or right after "my
// name" used as a subject ("my name appears incorrectly"), capitalised or
// not. ("this is hyacinth how can i help" introduces the agent, and
// "your name?" ... "yaw darko" answers.)
func (ts *Tokens) wordNotName(i int, cued bool, ph cuePhrase) bool {
	if ts.firstNameAt(i) || ts.surnameAt(i) || !ts.englishAt(i) || ts.spelledNext(i) {
		return false
	}
	switch {
	case cued && ph.cat == cueName:
		p := ts.prev(i - 1)
		return ts.isWord(p, "name") && ts.isWord(ts.prev(p-1), "my") && !ts.Capitalised(ts.Toks[i].First) &&
			ts.Word(ts.Toks[p].Last).Punct == ""
	case cued && ph.cat == cueIntro:
		return !ts.Cased && ph.words[0] != "this" && ph.words[0] != "here"
	}
	return !ts.Cased && (!cued || ph.cat == cueWeak || ph.cat == cueStrong)
}

// businessPair reports whether the word at token i ends a business named
// "X and Y" ("thank you for calling Maple and Finch", "Juniper and Vine,
// this is Tessa"): the word before it is "and", and the pair comes after
// "calling", "reached" or "at", or opens its sentence and a greeting
// follows it ("this is", "how can I help", "good morning").
func (ts *Tokens) businessPair(i int) bool {
	a := ts.prev(i - 1)
	if !ts.isWord(a, "and") || ts.sentenceEndsAfter(a) {
		return false
	}
	p1 := ts.prev(a - 1)
	if p1 < 0 || ts.Toks[p1].Kind != KindWord || ts.sentenceEndsAfter(p1) || ts.Toks[p1].in(wcPersonStop) {
		return false
	}
	p2 := ts.prev(p1 - 1)
	if ts.isWord(p2, "calling", "reached", "at") && !ts.sentenceEndsAfter(p2) {
		return true
	}
	if p2 >= 0 && !ts.sentenceEndsAfter(p2) && !ts.turn[ts.Toks[p2].Last] {
		return false
	}
	// The pair opens its sentence: a greeting must follow it (after at
	// most one more capitalised word, "Kite and Key Toys").
	n := i
	for k := 0; k < 2; k++ {
		j := ts.next(n + 1)
		if j >= len(ts.Toks) {
			return false
		}
		if ts.isWord(j, "this", "how", "good", "thanks", "thank", "hello", "hi") {
			return true
		}
		if ts.sentenceEndsAfter(n) || ts.Toks[j].Kind != KindWord {
			return false
		}
		n = j
	}
	return false
}

// credentials are degrees and licences written after a name ("Alissa
// Scanlin, PsyD", "Omar Haddad MD"): a title, not part of the name.
var credentials = map[string]bool{"phd": true, "psyd": true, "md": true, "dds": true, "dmd": true,
	"rn": true, "lpn": true, "np": true, "lcsw": true, "lmft": true, "lpc": true, "esq": true, "cpa": true,
	"mba": true, "dvm": true, "pharmd": true, "od": true, "edd": true, "jd": true, "msw": true, "aprn": true}

// lettersOfAnID reports whether letters token i runs straight on into
// digits ("it's q x seven l m p", "SK 4410", "part w d twelve"): the
// letters of a code, not a name spelled.
func (ts *Tokens) lettersOfAnID(i int) bool {
	if ts.sentenceEndsAfter(i) || ts.Word(ts.Toks[i].Last).Punct != "" {
		return false
	}
	j := ts.next(i + 1)
	return j < len(ts.Toks) && (ts.Toks[j].Kind == KindNumber || ts.Toks[j].Kind == KindAlnum)
}

// monthOfYear reports whether the word at token i is a month before its
// year ("April of 87", "March 1990"): a date, not a name.
func (ts *Tokens) monthOfYear(i int) bool {
	if !ts.Toks[i].in(wcMonth) || ts.sentenceEndsAfter(i) {
		return false
	}
	j := ts.next(i + 1)
	if ts.isWord(j, "of") && !ts.sentenceEndsAfter(j) {
		j = ts.next(j + 1)
	}
	return j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber && (len(ts.Toks[j].Norm) == 2 || len(ts.Toks[j].Norm) == 4)
}

// streetAfterHouseNumber reports whether the word at token i names a
// street: it follows a house number (a number or a number with letters,
// of at most six characters), with a direction between ("10 S. Dearborn",
// "225 west randolph")
// or a street's type or a unit's word in the three words after it ("105-25
// Horace Harding Expy", "225 Randolph Rm. 27B").
func (ts *Tokens) streetAfterHouseNumber(i int) bool {
	p := ts.prev(i - 1)
	dir := false
	if p >= 0 && (ts.Toks[p].Kind == KindWord || ts.Toks[p].Kind == KindLetters) && (ts.Toks[p].in(wcDirections) ||
		len(ts.Toks[p].Norm) == 1 && strings.Contains("nsew", ts.Toks[p].Norm) && ts.Word(ts.Toks[p].Last).Punct == ".") &&
		!ts.sentenceEndsAfter(ts.prev(p-1)) {
		p, dir = ts.prev(p-1), true
	}
	if p < 0 || ts.Toks[p].Kind != KindNumber && ts.Toks[p].Kind != KindAlnum || len(ts.Toks[p].Norm) > 6 || ts.sentenceEndsAfter(p) {
		return false
	}
	if dir {
		return true
	}
	for k, n := i, 0; n < 3; n++ {
		if ts.sentenceEndsAfter(k) && !(ts.Cased && len(ts.Toks[k].Norm) <= 4 && ts.Word(ts.Toks[k].Last).Punct == ".") {
			return false
		}
		k = ts.next(k + 1)
		if k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord {
			return false
		}
		if w := ts.Toks[k].Norm; streetSuffixes[w] || unitWords[w] || w == "rm" || w == "lot" {
			return true
		}
	}
	return false
}
