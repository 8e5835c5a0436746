package redact

// Asking whether someone is there: "is rose there", "is frank around",
// "is grace available today". After "is" or "was" opening the question
// (the turn's start, a greeting, an acknowledgement or a clause opener
// before it), a listed first name, also one that is a word but no verb
// ("will", "hope"), before "there", "around", "available", "here" or
// "busy" (a name that is no word also before "in", "free", "back", "home"
// or "still": "is rose in bloom") is a person: a thing is "the bill", not
// "bill", in such a question. Cased, the name is to be capitalised. It
// cannot tell "is summer there" from a question about a season where one
// would ask it so; it reads two words back and one ahead.

// presenceWords ask after someone's whereabouts.
var presenceWords = map[string]bool{"there": true, "around": true, "available": true, "in": true, "free": true,
	"back": true, "home": true, "still": true, "here": true, "busy": true}

// askedPresent reports whether token i is a first name asked after as
// above.
func (ts *Tokens) askedPresent(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	if tk.First != tk.Last || ts.Cased && !ts.capitalInside(i) || ts.turn[tk.Last] || ts.sentenceEndsAfter(i) {
		return false
	}
	p := ts.prev(i - 1)
	if !ts.isWord(p, "is", "was", "isn't") || ts.turn[ts.Toks[p].Last] {
		return false // (asked before the name lists: the cheaper test)
	}
	if !ts.strictListedAt(i) && !(ts.wordFirstNameAt(i) || massNames[w] && ts.speechNameAt(i, false, false)) {
		return false
	}
	if b := ts.prev(p - 1); b >= 0 && !ts.turn[ts.Toks[b].Last] && !ts.sentenceEndsAfter(b) && !ts.wordIn(b, ackWords) &&
		!ts.wordIn(b, clauseOpenersBefore) && !ts.isWord(b, "hi", "hello", "hey", "morning", "afternoon", "evening", "um", "uh", "wait", "oh") {
		return false
	}
	n := ts.next(i + 1)
	if !ts.strictListedAt(i) && ts.isWord(n, "in", "free", "back", "home", "still") {
		return false // (a word before them may say how a thing is: "is rose in bloom")
	}
	return ts.wordIn(n, presenceWords)
}
