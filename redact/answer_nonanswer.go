package redact

// An answer that says why the value is not given now is no value, however
// the recogniser wrote it. Beside the fixed refusals of answerRefusals
// ("I don't know", "one moment"), nonAnswer reads three shapes of such an
// answer from its first words:
//
//   - a stall or a fetch: "hang on", "bear with me", "let me pull it up",
//     "wait a minute", "just a sec", "hold up" (stallPhrases);
//   - a statement of the speaker's about not having, knowing or giving the
//     value, or about fetching it: a subject ("I", "I'm", "it's", "we")
//     and, within three words, a negation ("don't", "haven't", "not",
//     "never", "won't") or a verb of memory, fetching, calling back or
//     preference ("forgot", "remember", "left", "looking", "grabbing",
//     "call", "prefer"): "I forgot it", "I do not have that on me", "it's
//     not on me", "I'll have to go get it", "can I call you back";
//   - a question back: an auxiliary and a subject, a wh-word before them or
//     not, followed by a word that is no number and no digit's
//     sound-alike ("what did you say", "what was the question", "can you
//     repeat that", "do you need the whole thing", "is that the one on the
//     bill"), or "come again", "excuse me", "you mean".
//
// What it cannot read: talk of something else with no such word ("the
// weather's been awful"), and a value the recogniser garbled into one of
// these shapes is missed (a digit heard as "i don't" followed by
// "remember" is not plausible, but "why do you" alone is: a question back
// needs a word after its subject that no digit sounds like, so "why do
// you" stays flagged as the value it may be).
//
// countsOf reads the other non-value the answer rule flagged: a count of
// people or things answering "the number of guests" ("for two adults and
// two kids", "five tickets", "the two of us").

// stallPhrases open an answer that puts the value off.
var stallPhrases = [][]string{{"hang", "on"}, {"hang", "in"}, {"hold", "up"}, {"hold", "tight"}, {"bear", "with"},
	{"let", "me"}, {"lemme"}, {"wait"}, {"just", "a"}, {"give", "me"}, {"gimme"}, {"maybe", "later"},
	{"not", "now"}, {"later"}, {"come", "again"}, {"excuse", "me"}, {"you", "mean"}, {"no", "idea"},
	{"no", "clue"}, {"beats", "me"}, {"good", "question"}}

// nonAnswerSubjects are the subjects of a statement about the value
// (nonAnswerVerbs): "I forgot it", "it's not on me", "we never got one".
var nonAnswerSubjects = map[string]bool{"i": true, "i'm": true, "i'll": true, "i'd": true, "i've": true,
	"we": true, "we're": true, "we'll": true, "we've": true, "it": true, "it's": true, "its": true,
	"that's": true, "it'll": true, "he": true, "she": true, "they": true}

// nonAnswerVerbs say the value is not given now: a negation, or a verb of
// memory, of fetching, of calling back or of preference. None is a
// digit's sound-alike.
var nonAnswerVerbs = map[string]bool{"don't": true, "dont": true, "not": true, "never": true, "haven't": true,
	"hasn't": true, "didn't": true, "can't": true, "cannot": true, "won't": true, "wouldn't": true,
	"couldn't": true, "isn't": true, "wasn't": true, "ain't": true, "doesn't": true,
	"forgot": true, "forget": true, "forgotten": true, "remember": true, "recall": true, "lost": true,
	"misplaced": true, "looking": true, "getting": true, "grabbing": true, "finding": true,
	"fetching": true, "checking": true, "pulling": true, "digging": true, "searching": true,
	"grab": true, "fetch": true, "dig": true, "look": true, "prefer": true, "rather": true, "comfortable": true}

// movingVerbs say the value is not given now when the value asked for is
// no place ("I'll go get it", "I left it in the car", "can I call you
// back", "I need to find it"), but lead to it when it is one ("I need to
// go to ...", "I left from ...", "call at ...").
var movingVerbs = map[string]bool{"left": true, "go": true, "get": true, "find": true, "call": true,
	"ring": true, "phone": true, "need": true, "needs": true}

// backAux open a question back with a subject after them.
var backAux = map[string]bool{"do": true, "does": true, "did": true, "can": true, "could": true,
	"would": true, "will": true, "is": true, "was": true, "are": true, "should": true, "shall": true,
	"may": true, "were": true}

// backWh open a question back before its auxiliary: "what did you say".
var backWh = map[string]bool{"what": true, "why": true, "where": true, "which": true, "who": true,
	"when": true, "how": true}

// backSubjects follow a question back's auxiliary: "can you", "is that
// the one", "what was the question".
var backSubjects = map[string]bool{"i": true, "you": true, "we": true, "he": true, "she": true, "they": true,
	"it": true, "that": true, "this": true, "the": true, "there": true}

// nonAnswer reports whether the content words from order position o,
// transcript word first's speaker's up to a pause of answerTurnGap, open
// an answer that gives no value (see above). With place (an address
// asked for) a verb of going or fetching may lead to the value
// (movingVerbs) and does not count.
func (sh *shared) nonAnswer(o, first int, place bool) bool {
	word := func(k int) string {
		if o+k >= len(sh.order) || !sh.sameSpeaker(first, int(sh.order[o+k])) {
			return ""
		}
		if k > 0 && sh.t.Words[sh.order[o+k]].Start-sh.t.Words[sh.order[o+k-1]].End >= answerTurnGap {
			return "" // (without turns, the asker's words after a pause are not the answer's)
		}
		return sh.lower[sh.order[o+k]]
	}
	if sh.startsAny(o, stallPhrases) && word(len(sh.matchingPhrase(o, stallPhrases))-1) != "" {
		return true
	}
	if nonAnswerSubjects[word(0)] {
		for k := 1; k <= 3; k++ {
			l := word(k)
			if l == "" || sh.number[sh.order[o+k]] || digitSoundAlikes[l] {
				break
			}
			if nonAnswerVerbs[l] || !place && (movingVerbs[l] || l == "have" && word(k+1) == "to") {
				return true // ("i'll have to look")
			}
		}
	}
	if sh.countOfValues(o, word) || sh.waitAnswer(o, word) {
		return true // ("i have two": answer_count16.go; "just two seconds": wait16.go)
	}
	k := 0
	if backWh[word(0)] {
		k = 1
	}
	if !backAux[word(k)] || !backSubjects[word(k+1)] || word(k+2) == "" {
		return false
	}
	// a recogniser makes "do you", "are you" of digits ("do you want to
	// do are you": a card's number): a question back holds no digit's
	// word or sound-alike in its first six words ("the one" is a pronoun)
	for m := 0; m < 6 && word(m) != ""; m++ {
		w, l := sh.order[o+m], word(m)
		if l == "one" && m > 0 && oneDeterminers[word(m-1)] {
			continue
		}
		if sh.number[w] || sh.numWord[w].ok || digitSoundAlikes[l] || l == "oh" {
			return false
		}
	}
	return true
}

// oneDeterminers make the "one" after them a pronoun: "the one on the
// bill", "which one".
var oneDeterminers = map[string]bool{"the": true, "that": true, "this": true, "which": true, "new": true, "old": true}

// matchingPhrase returns the first of the phrases the content words from
// order position o start with, or nil.
func (sh *shared) matchingPhrase(o int, phrases [][]string) []string {
	for _, ph := range phrases {
		if sh.startsWith(o, ph) {
			return ph
		}
	}
	return nil
}

// countedNouns are what a count answering "the number of guests" counts.
var countedNouns = map[string]bool{"adult": true, "adults": true, "kid": true, "kids": true, "child": true,
	"children": true, "people": true, "persons": true, "person": true, "guest": true, "guests": true,
	"room": true, "rooms": true, "bag": true, "bags": true, "ticket": true, "tickets": true, "night": true,
	"nights": true, "passenger": true, "passengers": true, "seat": true, "seats": true, "bed": true,
	"beds": true, "pets": true, "dogs": true, "items": true, "boxes": true, "units": true, "copies": true,
	"days": true, "weeks": true, "months": true, "years": true, "hours": true, "minutes": true}

// countsOf reports whether an answer's words hold a number followed by a
// noun of what it counts ("two adults", "five tickets") or "of us", "of
// them" ("the two of us"): a count, not a value asked for.
func (sh *shared) countsOf(words []int) bool {
	for k := 0; k+1 < len(words); k++ {
		if !sh.number[words[k]] && !sh.numWord[words[k]].ok {
			continue
		}
		n := sh.lower[words[k+1]]
		if countedNouns[n] || measureNouns[n] {
			return true
		}
		if n == "of" && k+2 < len(words) && (sh.lower[words[k+2]] == "us" || sh.lower[words[k+2]] == "them") {
			return true
		}
	}
	return false
}
