package redact

import "strings"

// The subject of a question a caller quotes or asks, right after its
// auxiliary verb: "what does okonkwo do for a living", "how old is
// beyonce", "has dalia replied", "did bogdan send the file". In a cased
// transcript the capital already marks such a name; without capitals the
// word must be one contactName accepts (a listed first name that is no
// common word, a listed surname or a word in no list that is no English
// word), the auxiliary must open the question (at a sentence's start,
// after a question word or a verb of saying: "i said does ..."), the
// word must be a listed name and no place (listedPerson: "is hulu down",
// "is kenya hot" are no one), and a single word must be followed by a
// verb or end the question.

// questionAuxiliaries open a question whose subject follows them.
var questionAuxiliaries = map[string]bool{"does": true, "did": true, "do": true, "is": true, "was": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true}

// questionOpeners may stand before the auxiliary of a question: question
// words, "how old", verbs of saying that quote it, and an assistant's wake
// word.
var questionOpeners = map[string]bool{"what": true, "who": true, "where": true, "when": true, "why": true,
	"how": true, "which": true, "old": true, "tall": true, "much": true, "said": true, "asked": true, "ask": true,
	"say": true, "says": true, "olly": true, "alexa": true, "siri": true, "google": true, "and": true, "so": true,
	"often": true, "long": true, "many": true}

// subjectVerbs are verbs said right after a question's subject: "does
// okonkwo live", "is wanjiru coming" (a word ending in -ing or -ed counts
// too).
var subjectVerbs = map[string]bool{"do": true, "have": true, "has": true, "know": true, "live": true, "like": true,
	"want": true, "need": true, "work": true, "play": true, "say": true, "said": true, "sing": true, "call": true,
	"come": true, "send": true, "sent": true, "reply": true, "get": true, "got": true, "be": true, "been": true,
	"still": true, "look": true, "make": true, "made": true, "go": true, "went": true, "write": true, "wrote": true,
	"win": true, "won": true, "die": true, "born": true, "married": true, "alive": true, "ever": true, "already": true,
	"text": true, "email": true, "tell": true, "told": true, "think": true, "pay": true, "paid": true, "owe": true,
	"leave": true, "left": true, "arrive": true, "free": true, "available": true, "busy": true, "home": true}

// questionSubject reports whether token i is a name as the subject right
// after a question's auxiliary in a lowercase transcript, and the token
// that ends the name.
func (ts *Tokens) questionSubject(i int) (int, bool) {
	if ts.Cased || ts.commonAt(i) {
		return i, false // (listedPerson turns a common word away: a kept bit before the lists, task speed19)
	}
	a := ts.prev(i - 1)
	if a < 0 || ts.sentenceEndsAfter(a) || ts.Toks[a].Kind != KindWord || !questionAuxiliaries[ts.Toks[a].Norm] {
		return i, false
	}
	if b := ts.prev(a - 1); b >= 0 && !ts.sentenceEndsAfter(b) && !(ts.Toks[b].Kind == KindWord && questionOpeners[ts.Toks[b].Norm]) {
		return i, false // ("the bill is okonkwo's", "my name is ...": not a question)
	}
	w := ts.Toks[i].Norm
	if !ts.contactName(i) || strings.ContainsRune(w, '\'') {
		return i, false
	}
	last := ts.extendName(i, false)
	for last > i && (subjectVerbs[ts.Toks[last].Norm] || questionAuxiliaries[ts.Toks[last].Norm]) {
		last = ts.prev(last - 1) // ("where was mandela born": the verb, not a surname)
	}
	if ts.organisation(i, last, false) || ts.placeEndsNext(last) {
		return i, false
	}
	if !listedPerson(w) {
		return i, false // ("is hulu down", "what does nato do", "is kenya hot")
	}
	if last > i {
		return last, true
	}
	n := ts.next(last + 1)
	if ts.sentenceEndsAfter(last) || n >= len(ts.Toks) {
		return last, true
	}
	v := ts.Toks[n].Norm
	return last, ts.Toks[n].Kind == KindWord && (subjectVerbs[v] || len(v) > 4 && (strings.HasSuffix(v, "ing") || strings.HasSuffix(v, "ed")))
}
