package redact

import (
	"strings"
	"sync"

	"github.com/callveil/callveil/redact/internal/names"
)

// Names said on the telephone between people who know each other
// (session 15, telcon17): third parties by surname alone with no cue, and
// the one spoken to by first name at a turn's edge.
//
//   - Lowercase, a listed surname that is no English word, no first name,
//     no place, town or brand, said in passing ("i saw delgado at the
//     courthouse", "if thorsen calls", "what about kowalczyk"): what a
//     capitalised surname inside a sentence already gives in a cased
//     transcript. Not after a place preposition ("in", "at", "from",
//     "near", "to") nor before a place's or an organisation's word
//     ("haskins street", "pemberton bank").
//   - A name word as the subject of a question opened by "is", "has",
//     "did", "does", "will" ... ("Has Lindqvist signed?", "is mbeki still
//     handling it"): cased, a capitalised name word inside its sentence
//     right after the sentence's first word; lowercase, after the turn's
//     first word (or "and", "so", "but"), a name word (lowerNameWord).
//   - Cased, a listed surname that is no first name and no English word
//     opening its sentence before "is", "was", "will" ... or "and I"
//     ("Abernathy is going to be furious", "Fairbanks and I talked").
//   - Lowercase, a listed first name that is no common word opening a
//     turn (after "no", "yes", "look", "hi", "okay" ...) before the
//     speaker's clause or a question ("no hal that's not", "ike how was
//     the game", "reenie are you there"), or a turn of its own ("fitz").
//
//   - A name word in no list, no English word, right after what opens a
//     clause ("i think", "look", "but", "if" ...) and before "is", "was",
//     "will" ...: "I think Okonjo is right", "look varga was there" (cased,
//     capitalised; lowercase, lowerNameWord). Not before "a", "an", "the"
//     ("Jirafy is a tool").
//   - Peoples in the plural ("the Canadians", "the Turks") are places
//     (peoplesPlural, read by placeName), never a person.
//
// None finds a nickname that is an English word ("skip", "moose",
// "buddy"), a name used as a modifier ("the Gromyko meeting"), nor,
// lowercase, a surname of no list said in passing ("i think okonjo is
// right" is found only as the subject of a question or before a verb of
// saying). A name of no list after "talked to", "a letter to", "meeting
// with", and a cased name opening a turn with no comma ("Scotty how are
// you") were measured and left out: they moved no case of the probe
// (telcon17_probe_test.go), only set17's dev half.

// telconName returns the recognizer's name for token i when one of the
// rules above finds a name there, or "". It reads the word before once
// and asks only the rules that word allows.
func (ts *Tokens) telconName(i int) string {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord || tk.First != tk.Last || len(tk.Norm) < 2 || tk.in(wcPersonStop) || ts.Cased && !ts.Capitalised(tk.First) {
		return "" // (what every rule asks first: speechNameWord turns personStop away, and cased each wants a capital)
	}
	p := ts.prev(i - 1)
	var lead uint8
	if p >= 0 && ts.Toks[p].Kind == KindWord {
		lead = telconLeads()[ts.Toks[p].Norm]
	}
	switch {
	case lead&leadAux != 0 && ts.auxQuestionSubject(i, p),
		!ts.Cased && ts.lowerPassingSurname(i, p),
		ts.Cased && ts.openingSurnameSubject(i),
		lead&leadClause != 0 && ts.unlistedAuxSubject(i):
		return "person-speech-subject"
	case (p < 0 || ts.turn[ts.Toks[p].Last] || lead&leadTurn != 0) && ts.lowerTurnOpeningName(i, p):
		return "person-vocative"
	}
	return ""
}

// The kinds of word before a name that telconName asks about, one bit
// each, so that one look-up says which rules to ask.
const (
	leadAux    uint8 = 1 << iota // telconAux
	leadClause                   // telconClauseLeads
	leadTurn                     // telconTurnOpeners
)

// telconLeads maps each word of telconAux, telconClauseLeads and
// telconTurnOpeners to its kinds; it is built at first use.
var telconLeads = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for _, set := range []struct {
		words map[string]bool
		bit   uint8
	}{{telconAux, leadAux}, {telconClauseLeads, leadClause}, {telconTurnOpeners, leadTurn}} {
		for w, in := range set.words {
			if in {
				m[w] |= set.bit
			}
		}
	}
	return m
})

// telconAux open a question whose subject is a person: "has Lindqvist
// signed", "is mbeki still there".
var telconAux = map[string]bool{"is": true, "was": true, "has": true, "had": true, "did": true, "does": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "isn't": true, "hasn't": true,
	"didn't": true, "doesn't": true, "won't": true, "wasn't": true}

// telconTurnOpeners may come before the name of the one spoken to at a
// turn's start: "no hal that's not", "look marta we can't".
var telconTurnOpeners = map[string]bool{"no": true, "yes": true, "yeah": true, "look": true, "listen": true,
	"hi": true, "hello": true, "hey": true, "okay": true, "ok": true, "well": true, "so": true, "oh": true,
	"right": true, "sorry": true, "morning": true, "evening": true, "afternoon": true, "alright": true}

// telconClauseOpeners open what the speaker says or asks right after the
// name of the one spoken to: "hal that's not", "ike how was".
var telconClauseOpeners = map[string]bool{"i": true, "i'm": true, "i'll": true, "i've": true, "i'd": true,
	"you": true, "you're": true, "you've": true, "you'll": true, "we": true, "we're": true, "we'll": true,
	"that's": true, "it's": true, "this": true, "how": true, "what": true, "what's": true,
	"where": true, "when": true, "are": true, "do": true, "did": true, "can": true, "could": true,
	"have": true, "let's": true, "listen": true, "look": true}

// telconNotAfter are words after which a word is a place, a thing or a
// part of a name already read: "in delgado", "the pemberton".
var telconNotAfter = map[string]bool{"in": true, "at": true, "from": true, "near": true, "to": true, "into": true,
	"the": true, "a": true, "an": true, "of": true, "via": true, "outside": true, "downtown": true, "visit": true,
	"visited": true, "visiting": true, "fort": true, "mount": true, "lake": true, "port": true, "saint": true,
	"st": true, "san": true, "santa": true, "los": true, "las": true, "new": true, "north": true, "south": true,
	"east": true, "west": true, "very": true, "too": true, "damn": true, "pretty": true, "quite": true, "such": true,
	"more": true, "most": true, "less": true, "rather": true, "have": true, "had": true, "get": true, "got": true,
	"order": true, "ordered": true, "try": true, "tried": true, "drink": true, "buy": true, "bought": true,
	"de": true, "da": true, "del": true, "do": true, "dos": true, "das": true, "di": true, "du": true, "la": true,
	"le": true, "van": true, "von": true, "der": true}

// lowerPassingSurname reports whether token i, in a lowercase transcript,
// is a listed surname said in passing, as the comment above describes.
func (ts *Tokens) lowerPassingSurname(i, p int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last {
		return false
	}
	w := tk.Norm
	if len(w) < 4 || !ts.surnameAt(i) || ts.firstNameAt(i) || ts.isWord(i+1, w) || i > 0 && ts.isWord(i-1, w) {
		return false // (a word said twice over is an exclamation: "nein nein")
	}
	if p < 0 || ts.turn[ts.Toks[p].Last] {
		return false // (a turn's first word: the vocative and subject rules read it)
	}
	if ts.wordIn(p, telconNotAfter) || ts.wordIn(p, telconSubjects) || ts.ownedBefore(i) {
		return false // (after "you" or "we" a word is their verb: "can you hornby")
	}
	if p >= 0 && !ts.turn[ts.Toks[p].Last] && (ts.Toks[p].Kind != KindWord || ts.firstNameAt(p)) {
		return false // after letters or a number ("at b k verloop"), or a first name: the pair is the person recognizer's
	}
	if !ts.strictListedAt(i) || names.IsWorldTown(w) || names.IsPlace(w) || ts.orderedItem(i, i) || ts.insidePlaceName(i) {
		return false // "i'll have the macchiato", "puerto de la cruz"
	}
	if ts.leadingBusinessWordAt(i) || ts.businessWordBefore(i) || ts.wordIn(p, organisationWords) {
		return false // a business's name: "the charge says taverna nikos" (hn17_firms.go), "at credit mutuel"
	}
	if p >= 0 && ts.Toks[p].Kind == KindWord && !ts.turn[ts.Toks[p].Last] {
		x := ts.Toks[p].Norm
		if !ts.englishAt(p) && !ts.firstNameAt(p) && !ts.surnameAt(p) && !ts.commonAt(p) {
			return false // the second word of a name in no list: "lycee pasteur"
		}
		if q := ts.prev(p - 1); (q < 0 || ts.turn[ts.Toks[q].Last]) && ts.englishAt(p) && !telconTurnOpeners[x] && !telconClauseLeads[x] && !telconAux[x] && !turnAdverbs[x] {
			return false // two names opening a turn, as a radio call does: "petrel clearwater set the switch"
		}
	}
	for j, k := ts.prev(p), 0; j >= 0 && k < 4 && !ts.turn[ts.Toks[j].Last]; j, k = ts.prev(j-1), k+1 {
		if ts.wordIn(j, streetSuffixes) || ts.wordIn(j, placeWords) {
			return false // a district after the street: "twelve station road great shelford"
		}
	}
	if ts.orgWordAhead(i) >= 0 || ts.spokenOfAsThey(i) {
		return false // a firm: "voss hartmann llp", "marriott said they'd refund it"
	}
	for j, k := ts.next(i+1), 0; j < len(ts.Toks) && k < 4 && !ts.turn[ts.Toks[j-1].Last]; j, k = ts.next(j+1), k+1 {
		if ts.wordIn(j, theyWords) {
			return false // a firm spoken of as "they"
		}
		if ts.wordIn(j, telconSubjects) || ts.isWord(j, "his", "her", "him") {
			break
		}
	}
	if ts.wordIn(p, telconAux) && !ts.turn[tk.Last] && !ts.isWord(ts.next(i+1), "who", "that") && !ts.verbAfter(i) {
		return false // "how is kroger stock doing"; but "it was prudhomme who"
	}
	if p >= 0 && ts.Toks[p].Kind == KindWord {
		if x := ts.Toks[p].Norm; names.IsCommonWord(x) && !names.IsEnglishWord(x) || names.IsPlace(x) && !names.IsFirstName(x) || names.IsWorldTown(x, w) {
			return false // the second word of a term or a place: "hoity toity", "python numpy", "grand mesa"
		}
	}
	n := ts.next(i + 1)
	if n < len(ts.Toks) && ts.Toks[n].Kind == KindWord {
		x := ts.Toks[n].Norm
		if placeWords[x] || streetSuffixes[x] || organisationWords[x] || placeEnd(x) {
			return false
		}
		if m := ts.next(n + 1); (x == "and" || x == "&") && m < len(ts.Toks) && ts.Toks[m].Kind == KindWord &&
			!nameLike(ts.Toks[m].Norm) && !telconSubjects[ts.Toks[m].Norm] && ts.Toks[m].Norm != "me" {
			return false // a business of two names: "pettigrew and plumbing"
		}
	}
	return true
}

// telconSubjects are the subjects a verb follows.
var telconSubjects = map[string]bool{"i": true, "you": true, "we": true, "they": true, "he": true, "she": true}

// questionVerbForms follow the subject of a question as its verb or an
// adverb of it: "is mbeki still", "has okonjo agreed".
var questionVerbForms = map[string]bool{"still": true, "already": true, "just": true, "ever": true, "really": true,
	"also": true, "going": true, "gonna": true, "coming": true, "back": true, "get": true, "got": true, "say": true,
	"said": true, "know": true, "call": true, "called": true, "agree": true, "want": true, "think": true, "tell": true,
	"told": true, "see": true, "seen": true, "come": true, "go": true, "have": true, "been": true, "done": true,
	"paid": true, "sent": true, "made": true, "heard": true, "left": true, "gone": true, "taken": true, "given": true,
	"written": true, "spoken": true, "found": true, "brought": true, "met": true, "won": true, "lost": true}

// auxQuestionSubject reports whether token i is a name word as the
// subject of a question opened by telconAux, as the comment above
// describes.
func (ts *Tokens) auxQuestionSubject(i, p int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord || tk.First != tk.Last || ts.sentenceEndsAfter(i) || strings.HasSuffix(tk.Norm, "'s") {
		return false // (a possessive is the possessive rules': "does rocco's deliver")
	}
	if !ts.wordIn(p, telconAux) {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || ts.Capitalised(ts.Toks[n].First) {
		return false
	}
	if x := ts.Toks[n].Norm; placeWords[x] || streetSuffixes[x] || organisationWords[x] || placeEnd(x) || theyWords[x] {
		return false
	}
	if ts.Cased {
		return ts.SentenceStart(ts.Toks[p].First) && ts.capitalInside(i) && ts.speechNameAt(i, true, false) &&
			!ts.commonAt(i) && (ts.strictListedAt(i) || ts.verbAfter(i)) // (not "Does Obamacare survive")
	}
	if !ts.lowerNameAt(i) {
		return false
	}
	if !ts.verbAfter(i) {
		return false // no verb after it: "is kroger stock"
	}
	q := ts.prev(p - 1)
	return q < 0 || ts.turn[ts.Toks[q].Last] || ts.isWord(q, "and", "so", "but") && (ts.prev(q-1) < 0 || ts.turn[ts.Toks[ts.prev(q-1)].Last])
}

// openingSurnameSubject reports whether token i, in a cased transcript,
// is a listed surname opening its sentence before an auxiliary or "and
// I", as the comment above describes.
func (ts *Tokens) openingSurnameSubject(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || tk.Kind != KindWord || tk.First != tk.Last || !ts.SentenceStart(tk.First) || !ts.Capitalised(tk.First) || ts.sentenceEndsAfter(i) {
		return false
	}
	w := tk.Norm
	if !ts.surnameAt(i) || ts.firstNameAt(i) || !ts.strictListedAt(i) || names.IsWorldTown(w) || names.IsPlace(w) {
		return false
	}
	n := ts.next(i + 1)
	if ts.wordIn(n, auxVerbs) && n < len(ts.Toks) && !ts.sentenceEndsAfter(n) {
		return true
	}
	return ts.isWord(n, "and") && !ts.sentenceEndsAfter(n) && ts.isWord(ts.next(n+1), "i", "me")
}

// lowerTurnOpeningName reports whether token i, in a lowercase transcript,
// is a listed first name that is no common word opening a turn before the
// speaker's clause or question, or a turn of its own, as the comment above
// describes.
func (ts *Tokens) lowerTurnOpeningName(i, p int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last {
		return false
	}
	w := tk.Norm
	if len(w) < 3 || !ts.firstNameAt(i) || ts.commonAt(i) || !ts.speechNameAt(i, false, true) || names.IsWorldTown(w) {
		return false // (the word's kept answers before the words before it: task speed19)
	}
	for k := 0; k < 2 && p >= 0 && !ts.turn[ts.Toks[p].Last] && ts.wordIn(p, telconTurnOpeners); k++ {
		p = ts.prev(p - 1)
	}
	if p >= 0 && !ts.turn[ts.Toks[p].Last] {
		return false
	}
	if ts.turn[tk.Last] {
		return true // a turn of its own: "fitz"
	}
	return ts.wordIn(ts.next(i+1), telconClauseOpeners)
}

// peoplesPlural reports whether w (lowercase) names a people in the
// plural: a listed nationality with "s" ("egyptians", "canadians",
// "israelis") or a people of the list's own section (names.IsPeople:
// "turks", "swedes", "germans"). The calls of colleagues speak of whole
// peoples ("the Canadians won't like that") as often as of persons;
// neither is PII.
func peoplesPlural(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	if names.IsPeople(w) {
		return true
	}
	return names.IsPlace(w[:len(w)-1]) && !names.IsFirstName(w[:len(w)-1])
}

// verbAfter reports whether the word after token i reads as a verb of
// which it is the subject, or an adverb before one (questionVerbForms, or
// a word ending in "ed" or "ing").
func (ts *Tokens) verbAfter(i int) bool {
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	x := ts.Toks[n].Norm
	return questionVerbForms[x] || strings.HasSuffix(x, "ed") || strings.HasSuffix(x, "ing")
}

// telconClauseLeads open a clause whose subject follows: "i think okonjo
// is", "look varga was", "but ferenczy will".
var telconClauseLeads = map[string]bool{"think": true, "thought": true, "guess": true, "believe": true,
	"know": true, "knew": true, "hope": true, "look": true, "listen": true, "well": true, "but": true, "and": true,
	"because": true, "so": true, "if": true, "when": true, "now": true, "said": true, "says": true}

// unlistedAuxSubject reports whether token i is a name word in no list
// opening a clause before an auxiliary, as the comment above describes.
func (ts *Tokens) unlistedAuxSubject(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	n := ts.next(i + 1)
	if !ts.wordIn(n, auxVerbs) || ts.isWord(n, "just", "gets") || ts.sentenceEndsAfter(n) || ts.sentenceEndsAfter(i) || ts.isWord(ts.next(n+1), "a", "an", "the") {
		return false
	}
	if strings.HasSuffix(w, "'s") || ts.firstNameAt(i) || ts.surnameAt(i) {
		return false // (listed names: lowerAuxSubject, the person recognizer)
	}
	if ts.Cased {
		return ts.capitalInside(i) && ts.speechNameAt(i, true, false) && !ts.commonAt(i)
	}
	return ts.lowerNameAt(i) && !ts.commonAt(i)
}

// turnAdverbs may open a turn before a name: "even grabowski admits",
// "maybe ostrowski can".
var turnAdverbs = map[string]bool{"even": true, "maybe": true, "only": true, "also": true, "apparently": true,
	"just": true, "actually": true, "probably": true, "honestly": true, "basically": true, "then": true,
	"perhaps": true, "surely": true, "clearly": true, "obviously": true}
