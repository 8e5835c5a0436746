package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// A third party named by surname alone with no cue, as people who work or
// live together say it on the phone (session 16, surname18; measured in
// surname18_probe_test.go before and after):
//
//   - After a word that takes a person, and only a person, as its object
//     or partner: a verb of contact or of telling someone what to do
//     ("page", "text", "let", "put", "sit", "move", "find", "ping"), or a
//     preposition read with the verb before it ("heard back from",
//     "waiting on", "ran into", "ran it by", "run it past", "according
//     to", "swapping with"). Lowercase, the word must be a listed surname
//     or a word of no list (not a first name alone) that is no English or
//     common word, no place, town, region or brand; cased, a capitalised
//     word inside its sentence that is no English word ("heard back from
//     Ekwueme"). Never before a word of a place's, a firm's or a thing's name
//     ("waiting on Fresno street", "ran into Hartley and company").
//   - Cased, a listed surname that is no word and no first name (a first
//     name there is names_subject.go's) opening its sentence before a
//     verb in the past or a verb of what a person does ("Bergstrom missed
//     the meeting", "Trujillo brought it over"): what the lowercase rule
//     (lowerPastSubject) already takes, which a capital at a sentence's
//     start hid.
//
// What it cannot do: a surname that is an English word ("waiting on
// Young"), a surname of no list in a lowercase transcript, a surname
// after a bare "to", "from", "for" or "with" where a place or a firm is
// as likely ("a letter to ..."), and a name opening a sentence before a
// verb in the present ("Eze keeps asking"). It reads two words before the
// name and two after: O(words).

// surnameLeads18 take a person as their object right after them: "page
// Ostergaard", "let eriksen warm up", "sit okoro".
var surnameLeads18 = map[string]bool{"page": true, "paged": true, "text": true, "texted": true, "ping": true,
	"pinged": true, "let": true, "put": true, "sit": true, "move": true, "find": true, "bench": true,
	"benched": true, "email": true, "emailed": true, "phone": true, "phoned": true, "ring": true, "rang": true,
	"trust": true, "hire": true, "hired": true, "fire": true, "fired": true, "thank": true, "remind": true,
	"warn": true, "tell": true, "ask": true, "cc": true, "interviewed": true, "interview": true}

// thingLeads18 of surnameLeads18 take a thing as often as a person: after
// them only a listed surname is read (review18).
var thingLeads18 = map[string]bool{"put": true, "find": true, "move": true, "trust": true}

// surnamePrepLeads18 are prepositions that take a person only after the
// words given for each: "heard back from Ekwueme", "waiting on lindqvist",
// "ran into humphreys", "ran it by delacroix", "according to fennimore".
var surnamePrepLeads18 = map[string]map[string]bool{
	"from": {"back": true, "heard": true, "hear": true},
	"on":   {"waiting": true, "wait": true, "waited": true},
	"for":  {"waiting": true, "wait": true, "waited": true},
	"into": {"ran": true, "run": true, "bumped": true, "bump": true},
	"by":   {"it": true, "that": true, "this": true},
	"past": {"it": true, "that": true, "this": true, "quotes": true},
	"to":   {"according": true},
	"with": {"swapping": true, "swap": true, "swapped": true, "switching": true, "switched": true, "trade": true, "traded": true},
}

// surnameLeadPair18 reports whether the word p before token i, with the
// words before it or the one after token i, takes a person: a preposition
// of surnamePrepLeads18 after its verb; "by" or "past" within three words
// of "run" ("ran the quotes past achebe"); "to" within three words of a
// verb of handing on ("forwarded the disclosures to bancroft"); "get" or
// "got" before the name and "to" ("got rinaldi to agree"); "have" after
// "let's" or "you" ("let's have trevino shoot it", "can you have okoro
// call me"; never "i'll have", which orders a thing); "from" after
// "heard" or "hear"; and "either", "neither" before the name, "or",
// "nor" and another name ("neither dahlgren nor asante").
func (ts *Tokens) surnameLeadPair18(i, p int, pw string) bool {
	q := ts.prev(p - 1)
	if q >= 0 && ts.turn[ts.Toks[q].Last] {
		q = -1
	}
	switch pw {
	case "get", "got", "getting":
		return ts.isWord(ts.next(i+1), "to")
	case "have":
		return ts.isWord(q, "let's", "you") && !ts.orderedItem(i, i) // (not "i'll have the cortado": an order)
	case "from":
		if ts.isWord(q, "heard", "hear") {
			return true
		}
	case "by", "past":
		return ts.wordWithin18(q, 3, runVerbs18)
	case "to":
		if ts.wordWithin18(q, 3, handVerbs18) {
			return true
		}
	case "either", "neither":
		n := ts.next(i + 1)
		return ts.isWord(n, "or", "nor") && !ts.sentenceEndsAfter(i) && ts.pairName18(ts.next(n+1), true)
	}
	after := surnamePrepLeads18[pw]
	return after != nil && ts.wordIn(q, after)
}

// runVerbs18 run something "by" or "past" a person.
var runVerbs18 = map[string]bool{"run": true, "ran": true, "running": true, "runs": true}

// handVerbs18 hand something on "to" a person a few words after them:
// "forwarded the disclosures to", "give the follow-up to".
var handVerbs18 = map[string]bool{"forward": true, "forwarded": true, "give": true, "gave": true, "hand": true,
	"handed": true, "pass": true, "passed": true, "show": true, "showed": true, "introduce": true, "introduced": true,
	"assign": true, "assigned": true, "report": true, "reported": true, "mention": true, "mentioned": true,
	"explain": true, "explained": true, "send": true, "sent": true, "email": true, "emailed": true}

// wordWithin18 reports whether one of the k words from token j backwards,
// within its turn and sentence, is in set.
func (ts *Tokens) wordWithin18(j, k int, set map[string]bool) bool {
	for ; j >= 0 && k > 0; j, k = ts.prev(j-1), k-1 {
		if ts.Toks[j].Kind != KindWord {
			return false
		}
		if set[ts.Toks[j].Norm] {
			return true
		}
		if ts.turn[ts.Toks[j].Last] || ts.SentenceStart(ts.Toks[j].First) {
			return false
		}
	}
	return false
}

// personOnlyLeads18 take a person and hardly ever a town: after them a
// listed surname that is also a town of the world ("page takahashi",
// "ran it by sokolov") is the person's.
var personOnlyLeads18 = map[string]bool{"page": true, "paged": true, "text": true, "texted": true, "ping": true,
	"pinged": true, "let": true, "sit": true, "bench": true, "benched": true, "thank": true, "remind": true,
	"warn": true, "tell": true, "ask": true, "interviewed": true, "interview": true, "by": true, "past": true,
	"get": true, "got": true, "have": true}

// townSurname18 reports whether token i is a listed surname that only the
// world's towns (GeoNames) take away: no word, no place of the hand list,
// no brand.
func (ts *Tokens) townSurname18(i int) bool {
	w := ts.Toks[i].Norm
	if !ts.surnameAt(i) || ts.englishAt(i) || ts.commonAt(i) || names.IsPlace(w) || names.IsBrand(w) || names.IsWorldRegion(w) || placeName(w) {
		return false
	}
	if ts.Cased && (!ts.capitalInside(i) || strings.ToUpper(ts.Word(ts.Toks[i].First).Text) == ts.Word(ts.Toks[i].First).Text) {
		return false
	}
	return ts.speechNameAt(i, true, !ts.Cased)
}

// surnameObjectNotBefore18 follow a verb's object that is a thing, not a
// person: "put fresno down as", "let go".
var surnameObjectNotBefore18 = map[string]bool{"street": true, "road": true, "avenue": true, "county": true}

// surname18Name reports whether token i is a third party's surname said
// with no cue, as the comment above describes.
func (ts *Tokens) surname18Name(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord || tk.First != tk.Last || len(tk.Norm) < 3 {
		return false
	}
	p := ts.prev(i - 1)
	if p < 0 || ts.turn[ts.Toks[p].Last] || ts.Toks[p].Kind != KindWord || ts.sentenceEndsAfter(p) {
		return ts.Cased && ts.openingPastSurname18(i, p)
	}
	pw := ts.Toks[p].Norm
	if pw == "between" || pw == "and" {
		return ts.betweenPair18(i, p)
	}
	w := tk.Norm
	if ts.englishAt(i) || ts.commonAt(i) || strings.HasSuffix(w, "'s") {
		return false // (what surnameWord18 and townSurname18 both turn away, in kept bits: task speed19)
	}
	if !ts.Toks[p].ncl.has(ncSurnameLead18) && !ts.surnameLeadPair18(i, p, pw) {
		return false
	}
	if strings.HasSuffix(w, "'s") || !surnameWord18(ts, i) && !(personOnlyLeads18[pw] && ts.townSurname18(i)) {
		return false
	}
	if thingLeads18[pw] && !ts.surnameAt(i) {
		return false // a word of no list after a verb that takes things too: "put Neosporin on it", "find Wordle" (review18)
	}
	n := ts.next(i + 1)
	if n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.sentenceEndsAfter(i) {
		x := ts.Toks[n].Norm
		if placeWords[x] || streetSuffixes[x] || organisationWords[x] || placeEnd(x) || surnameObjectNotBefore18[x] || businessThings[x] {
			return false
		}
		if ts.Cased && ts.Capitalised(ts.Toks[n].First) {
			return false // a name of more words: "waiting on Fresno State"
		}
	}
	return !ts.spokenOfAsThey(i)
}

// surnameWord18 reports whether token i can only be a person's name where
// surname18Name reads it: lowercase, a listed name that is no word, place
// or brand; cased, also a capitalised word of no list that is no word.
func surnameWord18(ts *Tokens, i int) bool {
	w := ts.Toks[i].Norm
	if names.IsEnglishWord(w) || names.IsCommonWord(w) || names.IsWorldTown(w) || names.IsWorldRegion(w) || names.IsPlace(w) || names.IsBrand(w) {
		return false
	}
	if ts.Cased {
		return ts.capitalInside(i) && strings.ToUpper(ts.Word(ts.Toks[i].First).Text) != ts.Word(ts.Toks[i].First).Text &&
			speechNameWord(w, true, false)
	}
	if names.IsFirstName(w) && !names.IsSurname(w) {
		return false // (a first name alone is the object rules' (names_16dev.go), and after "sit" a word: "sit shiva")
	}
	if names.IsSurname(w) {
		return speechNameWord(w, false, true)
	}
	return lowerNameWord(w) // (a word of no list that is no English word: "waiting on lindqvist")
}

// openingVerbs18 follow a sentence's subject that is a person: verbs of
// what someone did, beyond pastVerbs and a verb's "-ed".
var openingAdverbs18 = map[string]bool{"already": true, "never": true, "just": true, "also": true, "finally": true}

// openingPastSurname18 reports whether token i, in a cased transcript, is a
// listed surname that is no word and no first name opening its sentence before a verb in the
// past (pastVerbs, an English word in "-ed") or a verb of speech
// (personVerbs), perhaps after an adverb ("Ambrose already ordered").
func (ts *Tokens) openingPastSurname18(i, p int) bool {
	tk := &ts.Toks[i]
	if !ts.SentenceStart(tk.First) || !ts.Capitalised(tk.First) || ts.sentenceEndsAfter(i) {
		return false
	}
	w := tk.Norm
	if !strictListedName(w) || names.IsFirstName(w) || names.IsCommonWord(w) || names.IsWorldTown(w) || names.IsPlace(w) || names.IsBrand(w) || placeName(w) {
		return false
	}
	if ts.Word(tk.First).Text == strings.ToUpper(ts.Word(tk.First).Text) {
		return false // an acronym
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	if ts.wordIn(n, openingAdverbs18) && !ts.sentenceEndsAfter(n) {
		n = ts.next(n + 1)
		if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
			return false
		}
	}
	v := ts.Toks[n].Norm
	if !pastVerbs[v] && !personVerbs[v] && !(len(v) > 4 && strings.HasSuffix(v, "ed") && names.IsEnglishWord(v) && !names.IsFirstName(v) && !names.IsSurname(v)) {
		return false
	}
	return !ts.spokenOfAsThey(i)
}

// betweenPair18 reports whether token i is either name of "between X and
// Y" (p the word before it: "between" or "and"), the other word being a
// name too: "a meeting between Rush and Abrasimov", "it's between mbeki
// and ruiz". One of the two must be a name surnameWord18 takes (or,
// lowercase, a word in no list that is no English word); the other may
// be a capitalised word (cased) or a listed name (lowercase). Never two
// places or firms ("between Denver and Boise", "between Pepsi and Coke").
func (ts *Tokens) betweenPair18(i, p int) bool {
	var x, y int
	if ts.Toks[p].Norm == "between" {
		n := ts.next(i + 1)
		if !ts.isWord(n, "and") || ts.sentenceEndsAfter(i) {
			return false
		}
		x, y = i, ts.next(n+1)
	} else {
		q := ts.prev(p - 1)
		if q < 0 || ts.sentenceEndsAfter(q) || !ts.isWord(ts.prev(q-1), "between") || ts.turn[ts.Toks[q].Last] {
			return false
		}
		x, y = q, i
	}
	if y >= len(ts.Toks) || ts.Toks[y].Kind != KindWord || ts.Toks[x].First != ts.Toks[x].Last || ts.Toks[y].First != ts.Toks[y].Last {
		return false
	}
	if n := ts.next(y + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.sentenceEndsAfter(y) {
		if w := ts.Toks[n].Norm; placeWords[w] || streetSuffixes[w] || organisationWords[w] || placeEnd(w) || ts.Cased && ts.Capitalised(ts.Toks[n].First) {
			return false // "between Smith and Jones Street"
		}
	}
	return ts.pairName18(x, true) && ts.pairName18(y, false) || ts.pairName18(x, false) && ts.pairName18(y, true)
}

// pairName18 reports whether token j is a name in a pair of betweenPair18
// or "neither ... nor": strong, a name surnameWord18 takes or, lowercase,
// a word in no list that is no English word; weak, also a capitalised
// word that is no place, brand or people (cased), or a listed name that
// is no place (lowercase).
func (ts *Tokens) pairName18(j int, strong bool) bool {
	if j < 0 || j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || ts.Toks[j].First != ts.Toks[j].Last {
		return false
	}
	w := ts.Toks[j].Norm
	if len(w) < 3 || !isAlpha(w) || names.IsWorldTown(w) || names.IsWorldRegion(w) || names.IsPlace(w) || names.IsBrand(w) || placeName(w) || speechNotNames()[w] {
		return false
	}
	if ts.Cased {
		if !ts.capitalInside(j) || strings.ToUpper(ts.Word(ts.Toks[j].First).Text) == ts.Word(ts.Toks[j].First).Text {
			return false
		}
		if strong {
			return ts.speechNameAt(j, true, false) && !ts.englishAt(j)
		}
		return !holidayWords[w] // (a capitalised word between "between" and "and": "between Rush and Abrasimov")
	}
	if strong {
		return !ts.englishAt(j) && !ts.commonAt(j) && ts.lowerNameAt(j)
	}
	return (ts.surnameAt(j) || ts.firstNameAt(j)) && !ts.commonAt(j)
}
