package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Lowercase speech names in running talk, where no punctuation marks a
// vocative's edges and a name may also be a word ("frank", "bill",
// "jack"). Each rule reads at most two words either side of the name, so
// the pass stays linear.
//
//   - After an acknowledgement or a reply ("okay", "roger", "right",
//     "understand", "negative"), before the speaker's own clause: "okay
//     frank we'd like you to", "roger dana i have it". A first name that
//     is also a word only before a pronoun that can only be a subject
//     ("i", "we", "i'll"), so "okay hope i can" and "right bill you
//     later" stay words; a name that is no word also before a question
//     or "you" ("alright okonkwo can you").
//   - At the end of a turn, a listed name that is no word and follows no
//     preposition, article or possessive: "that was a nice touch okonkwo".
//   - Before the speaker's "i" or "we" mid-turn, such a name after no
//     preposition or article: "up to date thandeka i was".
//   - As the subject of "is", "was", "will", "should" ...: such a name
//     after no preposition, article or possessive: "okonkwo is reading it",
//     "maybe thandeka should have"; not "the dob is", a word in no list.

// ackWords end an acknowledgement or a short reply right before the name
// of the one spoken to.
var ackWords = map[string]bool{"okay": true, "ok": true, "roger": true, "understand": true, "understood": true,
	"right": true, "yes": true, "yeah": true, "well": true, "hey": true, "alright": true, "negative": true,
	"affirmative": true, "sure": true, "copy": true}

// subjectPronouns can only be the subject of the clause they open, so a
// word before them is no verb taking them as its object: "frank we'd",
// not "bill you".
var subjectPronouns = map[string]bool{"i": true, "i'm": true, "i'll": true, "i've": true, "i'd": true, "we": true,
	"we're": true, "we'll": true, "we've": true, "we'd": true}

// verbNames are words that are first names and also verbs or modals
// that take a clause ("hope i can", "may i", "grant we did"): before a
// subject pronoun they are the verb.
var verbNames = map[string]bool{"hope": true, "may": true, "will": true, "grant": true, "trust": true, "mark": true,
	"guess": true, "bet": true, "wish": true, "say": true, "mean": true, "figure": true}

// auxVerbs follow a subject: "okonkwo is", "thandeka should".
var auxVerbs = map[string]bool{"is": true, "was": true, "will": true, "would": true, "should": true, "has": true,
	"had": true, "might": true, "can": true, "could": true, "does": true, "did": true, "gets": true, "just": true}

// strictListedName reports whether w, lowercase, is a listed first name
// that is no common word or a listed surname that is no English word.
// (The rule is written once, in nameWord.strictListed: nameword_speed19.go.)
func strictListedName(w string) bool { return nameWordOf(w).strictListed() }

// wordIn reports whether token j exists, is a word and is in set.
func (ts *Tokens) wordIn(j int, set map[string]bool) bool {
	return j >= 0 && j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && set[ts.Toks[j].Norm]
}

// lowerAckVocative reports whether token i, in a lowercase transcript, is
// a name said to the one spoken to after an acknowledgement and before
// the speaker's clause.
func (ts *Tokens) lowerAckVocative(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last || ts.turn[tk.Last] {
		return false
	}
	strict := ts.strictListedAt(i)
	if !strict && !(ts.firstNameAt(i) && ts.speechNameAt(i, false, false)) {
		return false // (the kept answers the two forms below want, before the lists: task speed19)
	}
	p, n := ts.prev(i-1), ts.next(i+1)
	if !ts.wordIn(p, ackWords) || p != i-1 && ts.Toks[i-1].Kind != KindFiller || n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	w, nw := tk.Norm, ts.Toks[n].Norm
	if strict {
		return subjectPronouns[nw] || vocativeFollowers[nw] && !vocativeSubjectVerbs[nw]
	}
	return names.FirstNameRank(w) <= 1500 && !verbNames[w] && subjectPronouns[nw]
}

// lowerLooseVocative reports whether token i, in a lowercase transcript,
// is a listed name that is no word at the end of a turn or before the
// speaker's "i" or "we" or what is said to the one named (looseFollowers),
// after no preposition, article or possessive.
func (ts *Tokens) lowerLooseVocative(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last || !ts.strictListedAt(i) || ts.afterPreposition(i) || ts.ownedBefore(i) {
		return false
	}
	p := ts.prev(i - 1)
	if p < 0 || ts.turn[ts.Toks[p].Last] || ts.Toks[p].Kind != KindWord || ts.isWord(p, "and", "or", "nor") {
		return false // a turn of one word, or an item of a list
	}
	// Not the end of a longer name or term ("lycee pasteur", "costa rica",
	// "heather gonzales", "j o n e s"), nor of a place's or a firm's name
	// after a preposition ("lives in andorra la vella", "a charge from
	// edward jones").
	if pw := ts.Toks[p].Norm; !names.IsEnglishWord(pw) || names.IsFirstName(pw) && !ackWords[pw] || names.IsTwoWordPlace(pw, tk.Norm) {
		return false
	}
	if ts.afterPreposition(p) && nameLike(ts.Toks[p].Norm) || ts.isWord(p, "la", "le", "el", "de", "del", "di", "da", "du", "van", "von", "los", "las") {
		return false
	}
	// Nor the town or the street of an address: "sixty four mill road
	// cherry hinton", "apartment two b hadley".
	for j, k := p, 0; j >= 0 && k < 4 && !ts.turn[ts.Toks[j].Last]; j, k = ts.prev(j-1), k+1 {
		if ts.Toks[j].Kind == KindNumber || ts.Toks[j].Kind == KindAlnum || ts.wordIn(j, streetSuffixes) || ts.wordIn(j, placeWords) {
			return false
		}
	}
	if ts.turn[tk.Last] || ts.next(i+1) >= len(ts.Toks) {
		return true
	}
	return ts.wordIn(ts.next(i+1), subjectPronouns) || ts.wordIn(ts.next(i+1), looseFollowers)
}

// looseFollowers open what a speaker says to the one just named, after a
// listed name that is no word: "it might be worth keith you looking at
// it", "channel b is probably liz well all of it".
var looseFollowers = map[string]bool{"you": true, "you're": true, "well": true, "okay": true, "ok": true,
	"yeah": true, "yes": true, "no": true, "oh": true}

// lowerNameHere reports whether token i, in a lowercase transcript, is a
// name said by its bearer with "here" ("good morning deke here that's
// the sensor", "hi frank here i wanted"): a listed name that is no word or
// a first name that is also one (wordFirstName), after no article,
// possessive or preposition, before "here" and the turn's end or the
// speaker's next clause.
func (ts *Tokens) lowerNameHere(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased && !ts.capitalInside(i) || tk.First != tk.Last || !ts.strictListedAt(i) && !ts.wordFirstNameAt(i) || ts.afterPreposition(i) || ts.ownedBefore(i) {
		return false
	}
	h := ts.next(i + 1)
	if !ts.isWord(h, "here") || ts.turn[tk.Last] {
		return false
	}
	n := ts.next(h + 1)
	return ts.turn[ts.Toks[h].Last] || n >= len(ts.Toks) || ts.wordIn(n, subjectPronouns) ||
		ts.isWord(n, "that's", "it's", "with", "and", "just", "calling", "again", "speaking")
}

// nameLike reports whether w, lowercase, may be a word of a name: listed
// as a name, or no English word.
func nameLike(w string) bool {
	return names.IsFirstName(w) || names.IsSurname(w) || !names.IsEnglishWord(w)
}

// lowerAuxSubject reports whether token i, in a lowercase transcript, is
// a listed name that is no word before "is", "was", "should" ... as their
// subject, after no preposition, article or possessive.
func (ts *Tokens) lowerAuxSubject(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last || ts.sentenceEndsAfter(i) || !ts.strictListedAt(i) || ts.afterPreposition(i) || ts.ownedBefore(i) {
		return false
	}
	// Not the end of a place's name after a preposition: "the office near
	// castle shirley is closed".
	if p := ts.prev(i - 1); p >= 0 && ts.afterPreposition(p) && nameLike(ts.Toks[p].Norm) {
		return false
	}
	return ts.wordIn(ts.next(i+1), auxVerbs)
}

// contractions end in "'s" for "is" or "has": before a name they own
// nothing ("here's okafor's note", "what's okafor's estimate").
var contractions = map[string]bool{"here's": true, "there's": true, "that's": true, "what's": true, "it's": true,
	"who's": true, "where's": true, "how's": true, "he's": true, "she's": true, "let's": true}

// ownerIsContraction reports whether the word before token i, a listed
// name k that is no word said with "'s" in a lowercase transcript, owns
// nothing: a contraction, or "this" or "that" pointing at the name's
// thing ("call this okafor's theory"), where before a word that is also a
// noun it would own it ("this bill's total").
func (ts *Tokens) ownerIsContraction(i int, k string) bool {
	p := ts.prev(i - 1)
	return ts.wordIn(p, contractions) || ts.isWord(p, "this", "that") && strictListedName(k)
}

// gapPronouns end a clause as its object or place ("put it there", "look
// for it", "squeeze them in"), so a name right after them opens no noun
// phrase of theirs.
var gapPronouns = map[string]bool{"it": true, "them": true, "there": true, "here": true}

// complementVerbs take an object and a word that describes it ("strike it
// rich", "keep it frank", "call it art", "give them hope"): after them the
// word after "it" or "them" belongs to the verb.
var complementVerbs = map[string]bool{"make": true, "makes": true, "made": true, "making": true, "keep": true,
	"keeps": true, "kept": true, "call": true, "calls": true, "called": true, "get": true, "gets": true, "got": true,
	"play": true, "played": true, "strike": true, "struck": true, "leave": true, "left": true, "give": true,
	"gives": true, "gave": true, "show": true, "showed": true, "find": true, "found": true, "consider": true,
	"name": true, "named": true, "take": true, "took": true, "have": true, "had": true, "want": true, "wanted": true,
	"like": true, "liked": true, "set": true, "let": true, "paint": true, "painted": true, "cut": true, "wish": true,
	"bring": true, "brought": true, "send": true, "sent": true, "offer": true, "offered": true, "label": true}

// gapFollowers open the speaker's next clause or reply after a name said
// to someone: "over there jack we're", "help you there frank or".
var gapFollowers = map[string]bool{"you": true, "you're": true, "and": true, "or": true, "but": true, "okay": true,
	"ok": true, "no": true, "yes": true, "yeah": true, "oh": true, "so": true, "well": true, "then": true}

// lowerGapVocative reports whether token i, in a lowercase transcript, is
// a listed first name (also one that is a word: "frank", "jack") said to
// someone between a clause that ends on "it", "them", "there" or "here"
// and the end of the turn or the speaker's next clause: "i'll squeeze
// them in there jack", "we didn't answer back there bill we're still",
// "that will help you there frank or back a little". Not a verb or radio
// name, not a word that describes (adjectiveLike), nor after "it" or
// "them" when a verb before them takes a complement ("strike it rich",
// "call it art").
func (ts *Tokens) lowerGapVocative(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased && !ts.capitalInside(i) || tk.First != tk.Last {
		return false
	}
	if !ts.wordFirstNameAt(i) {
		return false
	}
	p := ts.prev(i - 1)
	if !ts.wordIn(p, gapPronouns) || ts.turn[ts.Toks[p].Last] {
		return false
	}
	if ts.isWord(p, "it", "them") && ts.wordIn(ts.prev(p-1), complementVerbs) {
		return false
	}
	if ts.turn[tk.Last] || ts.next(i+1) >= len(ts.Toks) {
		return true
	}
	return ts.wordIn(ts.next(i+1), subjectPronouns) || ts.wordIn(ts.next(i+1), gapFollowers)
}

// pastVerbs are verbs in the past that do not end in "-ed": "gordo took
// the pictures".
var pastVerbs = map[string]bool{"took": true, "lost": true, "got": true, "made": true, "went": true, "came": true,
	"gave": true, "did": true, "saw": true, "ran": true, "wrote": true, "found": true, "put": true, "sent": true,
	"told": true, "knew": true, "thought": true, "brought": true, "bought": true, "kept": true, "left": true,
	"said": true, "built": true, "read": true, "set": true, "won": true, "began": true, "fixed": true, "gets": true,
	"wakes": true, "takes": true, "makes": true, "comes": true, "goes": true, "sees": true}

// lowerPastSubject reports whether token i, in a lowercase transcript, is
// a listed name that is no word (strictListedName) or a first name that
// is also one (wordFirstName: "until frank gets back") as the subject of a
// verb in the past or of one in "-s" right after a clause opens (the turn's
// start, "and", "that" after a noun, "so", a filler): "the values that um andreas
// calculated", "and okonkwo took the notes", "until gustavo gets back".
func (ts *Tokens) lowerPastSubject(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased && !ts.capitalInside(i) || tk.First != tk.Last || !ts.strictListedAt(i) && !ts.wordFirstNameAt(i) {
		return false
	}
	p := ts.prev(i - 1)
	if p >= 0 && !ts.turn[ts.Toks[p].Last] && !ts.wordIn(p, clauseOpenersBefore) && !ts.isWord(p, "that", "until", "till", "once", "after", "before", "while", "unless") {
		return false
	}
	if ts.isWord(p, "that") && (ts.afterPreposition(p) || ts.prev(p-1) < 0 || ts.turn[ts.Toks[ts.prev(p-1)].Last]) {
		return false // "that" points at a thing: "five by that saturn gave us", not "the pictures that gordo took"
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || ts.turn[tk.Last] {
		return false
	}
	v := ts.Toks[n].Norm
	if !pastVerbs[v] && !(len(v) > 4 && strings.HasSuffix(v, "ed") && names.IsEnglishWord(v) && !names.IsFirstName(v) && !names.IsSurname(v)) {
		return false
	}
	return ts.firstNameAt(i) || !ts.spokenOfAsThey(i) // (not "then santander told them")
}

// massNames are first names that are also nouns said without an article
// ("art is", "have faith", "is grace period"), so no slot of their own
// makes them a name.
var massNames = map[string]bool{"art": true, "grace": true, "faith": true, "joy": true, "love": true, "dawn": true,
	"summer": true, "autumn": true, "winter": true, "spring": true, "rain": true, "ivy": true, "holly": true,
	"amber": true, "ruby": true, "crystal": true, "sky": true, "storm": true, "river": true, "ginger": true,
	"honey": true, "candy": true, "penny": true, "chance": true, "chase": true, "chip": true, "rock": true,
	"sunny": true, "misty": true, "sandy": true, "heaven": true, "destiny": true, "harmony": true, "justice": true,
	"liberty": true, "patience": true, "mercy": true, "charity": true, "glory": true, "honor": true, "honour": true,
	"pepper": true, "sage": true, "olive": true, "jade": true, "pearl": true, "coral": true, "clay": true,
	"stone": true, "gale": true, "cash": true, "gene": true, "major": true, "king": true, "guy": true, "price": true}

// wordFirstName reports whether w, lowercase, is a listed first name of
// rank 1500 or better that may be said as a name though it is also a word
// ("frank", "jack", "bill"): no verb, radio or acknowledgement word, no
// word that describes, no noun said without an article (massNames).
// (The rule is written once, in nameWord.wordFirst: nameword_speed19.go.)
func wordFirstName(w string) bool { return nameWordOf(w).wordFirst() }

// personObjectVerbs take a person as their object: "tell frank if he's
// got", "ask bill about it".
var personObjectVerbs = map[string]bool{"tell": true, "ask": true, "remind": true, "thank": true, "warn": true,
	"told": true, "asked": true, "reminded": true, "thanked": true, "warned": true, "tells": true, "asks": true}

// questionAux open a question before its subject: "is frank listening",
// "has bill got time".
var questionAux = map[string]bool{"is": true, "has": true, "was": true, "does": true, "did": true, "can": true,
	"could": true, "will": true, "would": true, "should": true}

// lowerWordNameAddressed reports whether token i, in a lowercase
// transcript, is a first name that is also a word (wordFirstName) where
// only a person stands:
//
//   - opening a turn (after "and", "well", "so", "okay") before a question
//     to the one named: "and jack can we turn it on", "chuck do you have";
//   - the subject of a question, between its auxiliary and a verb in
//     "-ing" or in the past: "is frank listening", "has bill got time";
//   - right after a verb that takes a person: "you might tell frank if",
//     "ask bill about it".
//
// Not after an article or a possessive ("has the bill got"). Cased, the
// name is to be capitalised inside its sentence ("Is Frank listening?").
func (ts *Tokens) lowerWordNameAddressed(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased && !ts.capitalInside(i) || tk.First != tk.Last || !ts.wordFirstNameAt(i) || ts.ownedBefore(i) {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.turn[tk.Last] || ts.Toks[n].Kind != KindWord {
		return false
	}
	nw := ts.Toks[n].Norm
	p := ts.prev(i - 1)
	if ts.isWord(p, "is", "has", "was", "does", "did", "can", "could", "will", "would", "should") && !ts.turn[ts.Toks[p].Last] {
		return len(nw) > 4 && strings.HasSuffix(nw, "ing") && names.IsEnglishWord(nw) || pastVerbs[nw]
	}
	if ts.wordIn(p, personObjectVerbs) && !ts.turn[ts.Toks[p].Last] {
		return true
	}
	for p >= 0 && !ts.turn[ts.Toks[p].Last] && ts.isWord(p, "well", "so", "okay", "ok", "and", "now") {
		p = ts.prev(p - 1)
	}
	if p >= 0 && !ts.turn[ts.Toks[p].Last] || !vocativeQuestionOpeners[nw] || nw == "are" {
		return false
	}
	return ts.isWord(ts.next(n+1), "you", "we", "i")
}
