package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Names said in passing with a role before them, and names of no list
// opening a cased sentence as the subject of what a person does (session
// 14, person16; figures in docs/redact-accuracy.md once merged).
//
//   - Role titles (roleTitles): "Pastor Oyelaran is doing the service",
//     "nurse aroha gave me the number", "Officer Castellanos took the
//     report", "auntie folake is coming". The word after the title is a
//     name word: cased, capitalised and one speechNameWord takes (a listed
//     first name, a listed surname, or a word in no list that is no English
//     word); lowercase, one lowerNameWord takes (no first name that is also
//     a common word: "coach will be late" stays a word). The title is not
//     part of the finding (unlike "Mr", "Dr": names_title.go): it says a
//     role, not who. "The coach said", "officer down" stay unflagged.
//   - Cased, a capitalised word in no list of first names that opens its
//     sentence, is no English word and no place or brand, before a verb
//     of what a person does ("Ngaio thinks we should wait", "Benedikt
//     wants the invoice"): what lowerSubject already reads in a lowercase
//     transcript. Not a company spoken of as "they" ("Pfizer said they'd").
//
// Neither can find a name that is also an English word after a role in a
// lowercase transcript ("coach hope"), nor an unlisted name opening a
// sentence before a verb of no person ("Ngaio used the big set"). Each
// reads one word before and three after.

// roleTitles are roles said right before a person's name as a title.
var roleTitles = withWords(map[string]bool{"coach": true, "pastor": true, "officer": true, "nurse": true, "auntie": true,
	"aunty": true, "aunt": true, "uncle": true, "reverend": true, "rabbi": true, "imam": true, "deacon": true,
	"bishop": true, "detective": true, "sergeant": true, "sheriff": true, "deputy": true, "judge": true,
	"lieutenant": true, "senator": true, "governor": true, "mayor": true, "councillor": true,
	"councilman": true, "councilwoman": true, "trooper": true, "elder": true, "sister": true, "brother": true,
	"father": true, "sister-in-law": true, "brother-in-law": true, "mother-in-law": true, "father-in-law": true,
	"son-in-law": true, "daughter-in-law": true}, crewRanks...) // (crewRanks: names_radio17.go)

// thingVerbs take a thing (a tool, a product, a file) as their object
// as readily as a person: the word after them is no one spoken to.
var thingVerbs = map[string]bool{"try": true, "tried": true, "use": true, "used": true, "using": true, "run": true,
	"ran": true, "running": true, "install": true, "installed": true, "download": true, "downloaded": true,
	"open": true, "opened": true, "buy": true, "bought": true, "get": true, "got": true, "update": true,
	"updated": true, "play": true, "played": true, "watch": true, "watched": true, "load": true, "loaded": true,
	"build": true, "built": true, "compile": true, "compiled": true, "need": true, "want": true, "have": true,
	"check": true, "checked": true, "read": true, "see": true, "saw": true, "order": true, "ordered": true,
	"know": true, "knew": true, "like": true, "liked": true, "love": true, "loved": true, "prefer": true,
	"recommend": true, "remember": true, "mean": true, "meant": true, "learn": true, "learned": true, "study": true}

// heardFromWords are what comes "from" a person: "heard from", "a message
// from", "an update from".
var heardFromWords = map[string]bool{"heard": true, "hear": true, "hearing": true, "message": true,
	"messages": true, "update": true, "reply": true, "response": true, "word": true, "note": true,
	"voicemail": true, "news": true}

// meetingWords meet a person as their object: "meeting shanice at the
// station", "we met tariq".
var meetingWords = map[string]bool{"meeting": true, "meet": true, "met": true, "meets": true}

// lowerHeardOrMetName reports whether token i, in a lowercase transcript,
// is a listed first name that is no common word, no place or town and no
// brand (speechNameWord, strict) after "heard from", "a message from" ...
// or after "meet", "meeting", "met": "i heard from tariq that", "we're
// meeting shanice at six". Cased, a capitalised name there is read
// already. "heard from accounts", "meeting room", "met expectations" have
// no listed name after them; a town is more often the place there ("heard
// from denver").
func (ts *Tokens) lowerHeardOrMetName(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.Kind != KindWord || tk.First != tk.Last || !ts.firstNameAt(i) || !ts.speechNameAt(i, false, true) ||
		names.IsWorldTown(tk.Norm) {
		return false
	}
	p := ts.prev(i - 1)
	if p < 0 || ts.turn[ts.Toks[p].Last] {
		return false
	}
	if ts.wordIn(p, meetingWords) {
		return !ts.isWord(ts.next(i+1), "street", "road", "avenue", "hall", "room", "center", "centre")
	}
	q := ts.prev(p - 1)
	return ts.isWord(p, "from") && q >= 0 && !ts.turn[ts.Toks[q].Last] && ts.wordIn(q, heardFromWords)
}

// roleTitleName reports whether token i is a name word right after a role
// title (roleTitles) said by the same speaker, as the comment above
// describes.
func (ts *Tokens) roleTitleName(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord || tk.First != tk.Last || strings.HasSuffix(tk.Norm, "'s") {
		return false // (a possessive is the possessive rules': "Uncle Ben's rice" is a brand, names_kin_lead.go)
	}
	p := ts.prev(i - 1)
	if p < 0 || ts.Toks[p].Kind != KindWord || !ts.Toks[p].ncl.has(ncRoleTitle) || ts.sentenceEndsAfter(p) || ts.Word(ts.Toks[p].Last).Punct != "" ||
		ts.isWord(ts.prev(p-1), "a", "an") {
		return false // (review17: "a" before the title makes it a thing's name: "i ordered a captain morgan", made-up)
	}
	if ts.Cased {
		return ts.Capitalised(tk.First) && ts.speechNameAt(i, true, false) &&
			(ts.firstNameAt(i) || !ts.englishAt(i))
	}
	return ts.lowerNameAt(i)
}

// openingUnlistedSubject reports whether token i, in a cased transcript,
// is a capitalised word in no list of first names opening its sentence
// before a verb of what a person does, as the comment above describes.
func (ts *Tokens) openingUnlistedSubject(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || tk.Kind != KindWord || tk.First != tk.Last || !ts.SentenceStart(tk.First) || !ts.Capitalised(tk.First) || ts.sentenceEndsAfter(i) {
		return false
	}
	if ts.firstNameAt(i) || !ts.lowerNameAt(i) || ts.wordIn(i, sentenceOpeners) {
		return false
	}
	return ts.personVerbNext(i) && !ts.spokenOfAsThey(i)
}

// lowerClauseEndVocative reports whether token i, in a lowercase
// transcript, is a name word (lowerNameWord) said to the one spoken to at
// the end of a clause addressed to them: after "you", "your", "us" or
// "please" within the eight words before it in its turn, and at the
// turn's end (after "us": "show us the way bhaskara"; lowerTurnVocative
// reads "you") or before the speaker's own "i" or "we" ("just to get you
// up to date tomasz i was away"). Not after a preposition or an article,
// nor after a verb that takes a thing as its object (thingVerbs: "did you
// try matlab i think" names a tool). A word in no list that is no English
// word may still be a product's or a tool's name there: it cannot tell
// "have you got kaldi we need it" from a name.
func (ts *Tokens) lowerClauseEndVocative(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.Kind != KindWord || tk.First != tk.Last || !ts.lowerNameAt(i) || ts.afterPreposition(i) || ts.ownedBefore(i) ||
		ts.wordIn(ts.prev(i-1), thingVerbs) {
		return false
	}
	end := ts.turn[tk.Last] || ts.next(i+1) >= len(ts.Toks)
	if !end && !ts.isWord(ts.next(i+1), "i", "we") {
		return false
	}
	for p, n := ts.prev(i-1), 0; p >= 0 && n < 8 && !ts.turn[ts.Toks[p].Last]; p, n = ts.prev(p-1), n+1 {
		if ts.isWord(p, "us") || !end && ts.isWord(p, "you", "your", "please") {
			return true
		}
	}
	return false
}

// openerVocatives open a sentence right before the name of the one spoken
// to with no comma between them: "Sorry Yevgenia, you were saying?".
var openerVocatives = map[string]bool{"sorry": true, "okay": true, "ok": true, "well": true, "so": true,
	"right": true, "yeah": true, "thanks": true, "alright": true}

// openerNameComma reports whether token i, in a cased transcript, is a
// capitalised name word (speechNameWord) after a word opening its sentence
// (openerVocatives) with no comma between, and before a comma and a
// question or the speaker's clause (vocativeFollowers): "Sorry Yevgenia,
// you were saying?", "Okay Bastian, go ahead." (vocativeSlot reads the
// name opening the sentence or set off by commas).
func (ts *Tokens) openerNameComma(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || tk.Kind != KindWord || tk.First != tk.Last || !ts.Capitalised(tk.First) || !ts.speechNameAt(i, true, false) ||
		ts.sentenceEndsAfter(i) {
		return false
	}
	p := ts.prev(i - 1)
	if p < 0 || !ts.wordIn(p, openerVocatives) || !ts.SentenceStart(ts.Toks[p].First) || ts.Word(ts.Toks[p].Last).Punct != "" {
		return false
	}
	if !ts.commaAfter(tk.Last) {
		return false
	}
	n := ts.next(i + 1)
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && vocativeFollowers[ts.Toks[n].Norm]
}

// casedClauseEndVocative reports whether token i, in a cased transcript,
// is a capitalised name word (speechNameWord) ending a sentence said to
// the listener with no comma before it: "Anything else you want to add
// Bhaskara?", "Show us the way Oyelaran." ("you", "you'd", "your", "us" or "please"
// in the eight words before it in its sentence), as lowerClauseEndVocative
// reads a lowercase one. Not after a preposition, an article or a verb
// that takes a thing ("Did you try Matlab?").
func (ts *Tokens) casedClauseEndVocative(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || tk.Kind != KindWord || tk.First != tk.Last || !ts.capitalInside(i) || !ts.sentenceEndsAfter(i) ||
		!ts.speechNameAt(i, true, false) || ts.afterPreposition(i) || ts.ownedBefore(i) || ts.wordIn(ts.prev(i-1), thingVerbs) {
		return false
	}
	p := ts.prev(i - 1)
	if p < 0 || ts.Word(ts.Toks[p].Last).Punct != "" || ts.Capitalised(ts.Toks[p].First) && !ts.SentenceStart(ts.Toks[p].First) {
		return false // (a comma: the vocative rules; a capital: a name of two words)
	}
	for n := 0; p >= 0 && n < 8 && !ts.sentenceEndsAfter(p); p, n = ts.prev(p-1), n+1 {
		if ts.isWord(p, "you", "your", "you'd", "you're", "you've", "you'll", "us", "please") {
			return true
		}
	}
	return false
}
