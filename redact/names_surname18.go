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
//     or first name that is no English or common word, no place, town,
//     region or brand; cased, a capitalised word inside its sentence that
//     is no English word (a surname of no list: "heard back from Ekwueme").
//     Never before a word of a place's, a firm's or a thing's name
//     ("waiting on Fresno street", "ran into Hartley and company").
//   - Cased, a listed name that is no word opening its sentence before a
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

// surnamePrepLeads18 are prepositions that take a person only after the
// words given for each: "heard back from Ekwueme", "waiting on lindqvist",
// "ran into humphreys", "ran it by delacroix", "according to fennimore".
var surnamePrepLeads18 = map[string]map[string]bool{
	"from": {"back": true},
	"on":   {"waiting": true, "wait": true, "waited": true},
	"for":  {"waiting": true, "wait": true, "waited": true},
	"into": {"ran": true, "run": true, "bumped": true, "bump": true},
	"by":   {"it": true, "that": true, "this": true},
	"past": {"it": true, "that": true, "this": true, "quotes": true},
	"to":   {"according": true},
	"with": {"swapping": true, "swap": true, "swapped": true, "switching": true, "switched": true, "trade": true, "traded": true},
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
	lead := surnameLeads18[pw]
	if !lead {
		after := surnamePrepLeads18[pw]
		if after == nil {
			return false
		}
		q := ts.prev(p - 1)
		if q < 0 || ts.turn[ts.Toks[q].Last] || !ts.wordIn(q, after) {
			return false
		}
		if (pw == "by" || pw == "past") && !ts.isWord(ts.prev(q-1), "run", "ran", "running", "runs") {
			return false // ("ran it by", "run that past": not "side by it by")
		}
	}
	w := tk.Norm
	if strings.HasSuffix(w, "'s") || !surnameWord18(ts, i) {
		return false
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
	return (names.IsSurname(w) || names.IsFirstName(w)) && speechNameWord(w, false, true)
}

// openingVerbs18 follow a sentence's subject that is a person: verbs of
// what someone did, beyond pastVerbs and a verb's "-ed".
var openingAdverbs18 = map[string]bool{"already": true, "never": true, "just": true, "also": true, "finally": true}

// openingPastSurname18 reports whether token i, in a cased transcript, is a
// listed name that is no word opening its sentence before a verb in the
// past (pastVerbs, an English word in "-ed") or a verb of speech
// (personVerbs), perhaps after an adverb ("Ambrose already ordered").
func (ts *Tokens) openingPastSurname18(i, p int) bool {
	tk := &ts.Toks[i]
	if !ts.SentenceStart(tk.First) || !ts.Capitalised(tk.First) || ts.sentenceEndsAfter(i) {
		return false
	}
	w := tk.Norm
	if !strictListedName(w) || names.IsCommonWord(w) || names.IsWorldTown(w) || names.IsPlace(w) || names.IsBrand(w) || placeName(w) {
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
