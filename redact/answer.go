package redact

import (
	"strings"
	"time"

	"github.com/callveil/callveil/transcript"
)

// The answer rule (Policy.Answers) flags the value a speech recogniser
// garbled past every pattern: "what's the phone number?" answered with
// "nine to five nine nine nine nine five debut", "and the recipient's
// name?" answered with "grey's hollow way". What survives such a mishearing
// is the question and the timing, so when a cue asks for a value of type T
// and the answer that follows holds no finding of any type, the answer's
// words are flagged as T with AnswerScore and Recognizer "answer": a value
// the recogniser garbled is still bleeped (fail closed).
//
// The cue is the other speaker's question (found by the walk every
// cross-turn answer uses, questionBefore and turnHas, with the number cue
// table, the name question of answersNameQuestion and "address"; with
// AnswersAll also a question for a place, "where ...?", "the location"),
// or, in a transcript without turns, a question's cue right before a
// pause, or a speaker's own "the phone number is" (with AnswersAll also
// "send the money to"). AnswersOne, the default, reads only a question
// for one value; canBeValue and answerWordsFor say what no value holds
// and how long each is. The answer is the
// other speaker's next turn (or the words after the cue), its lead-ins
// ("yes", "sure", "it's") skipped, up to a turn change, a pause longer than
// answerMaxPause (answerValuePause once a value has begun), a question
// mark or a new cue, and at most answerMaxWords words per type asked. A
// refusal or a stall ("I don't know", "one moment", "I'd rather not")
// flags nothing. Without turns the question before the pause is read
// whole (asksOneValue), the answer follows within answerMaxDelay and ends
// where the asker takes the turn back (replyOpeners).
//
// Measured, with what it still misses: docs/redact-accuracy.md, "The answer
// rule: a question and its timing (Policy.Answers)" and "Should the answer
// rule be on by default? (session 8)" and "The answer rule on by default
// (session 9)" and "The answer rule without turns (session 10)".

// AnswerScore is the score of a finding of the answer rule: below every
// built-in recognizer's, so any other finding wins an overlap, and above
// DefaultPolicy's MinScore.
const AnswerScore = 0.55

// answerMaxWords bounds an answer per type asked. Of the ASR set's dev
// half's 141 entities as the recogniser wrote them, 95 % have 12 words or
// fewer and one (a card read as 20 words) has more than 16; a phone number
// misheard runs to 15. Two types asked get twice as many.
const answerMaxWords = 16

// answerMaxPause ends an answer. Inside the dev half's entities no pause
// between words is longer than 1.0 s (95 % are 480 ms or less), but between
// an answer's lead-in and its value there are up to 1.5 s ("sure ... you
// you you", "what ... what the far"): 1.1 s lost one entity of the dev
// half and saved one false-positive word of 2,613.
const answerMaxPause = 1600 * time.Millisecond

// answerValuePause is the longest pause inside a value: once the answer
// to a question for one value holds more than stall words (answerStalls),
// a longer one ends it ("nine to five nine debut ... why so": the value
// has been said; an answer to two questions is split at such a pause
// instead). Inside the ASR set's dev-half entities no pause is longer
// than 1.0 s; a stall before the value may be followed by one up to
// answerMaxPause.
const answerValuePause = 1100 * time.Millisecond

// answerTurnGap is the pause that ends a question and opens its answer in
// a transcript without turns (one channel, no speaker labels), and ends the
// answer there: such a transcript has no turn change to end it, and the
// ASR set's turns follow each other after 450-850 ms. (Its dev half has no
// such call, so this value is not tuned on one.)
const answerTurnGap = 500 * time.Millisecond

// questionTurnGap is the pause that, read back from a question's end in a
// transcript without turns, is taken for the turn before it: on the ASR
// set's dev half 98.6 % of the pauses between two speakers' turns are
// 400 ms or more and 2.3 % of those inside a turn (with 500 ms, 86.9 %
// and 1.7 %: a question read back over the answer before it would take
// that answer's numbers for its own and ask for nothing; with 250 ms,
// 99.5 % and 3.5 %).
const questionTurnGap = 400 * time.Millisecond

// answerMaxDelay is the longest silence between a question and its
// answer, with turns (questionBefore) and without: talk after a longer
// one (a hold) answers something else.
const answerMaxDelay = 6 * time.Second

// answerSplitGap is the least pause that splits an answer to two
// questions with no "and" between its values.
const answerSplitGap = 250 * time.Millisecond

// answerStarts are words that open an answer before its value and are not
// part of it: "yes it's", "sure, that'd be", "um, my number is".
var answerStarts = map[string]bool{"yes": true, "yeah": true, "yep": true, "sure": true, "it's": true,
	"its": true, "that's": true, "that'd": true, "okay": true, "ok": true, "alright": true, "right": true, "so": true,
	"um": true, "uh": true, "ah": true, "well": true, "mine's": true, "certainly": true, "absolutely": true,
	"of": true, "course": true}

// answerLeadPhrases open an answer before its value: "you can reach them
// at", "I want to go to", "it's located at". Longest first.
var answerLeadPhrases = [][]string{
	{"i", "would", "like", "to", "send", "the", "money", "to"}, {"i", "want", "to", "send", "the", "money", "to"},
	{"send", "the", "money", "to"}, {"transfer", "it", "to"}, {"send", "it", "to"},
	{"you", "can", "reach", "them", "at"}, {"you", "can", "find", "them", "at"}, {"i", "would", "like", "to", "go", "to"},
	{"i", "want", "to", "go", "to"}, {"i'd", "like", "to", "go", "to"}, {"i", "could", "go", "to"},
	{"it's", "located", "at"}, {"they're", "located", "at"}, {"they", "are", "located", "at"}, {"it", "is", "located", "at"},
	{"you", "can", "reach", "them"}, {"you", "can", "find", "them"}, {"you", "can", "call", "them"},
	{"i", "would", "like", "to"}, {"i'd", "like", "to"}, {"i", "want", "to"}, {"you", "can", "find"},
	{"you", "can", "reach"}, {"you", "can"}, {"i", "could"}, {"they're", "at"}, {"it's", "at"}, {"go", "to"},
}

// answerClauses open a new clause after the value, which ends the answer:
// "a ten seventy five main san jose, it is the blue door", "... last
// name first, I've called four times". ("I'm" is not one: the recogniser
// made "i'm sure" of a card's digits.)
var answerClauses = [][]string{{"it", "is"}, {"it's"}, {"that", "is"}, {"that's"}, {"i've"}, {"i", "think"},
	{"he", "has"}, {"she", "has"}, {"he's"}, {"she's"}, {"the", "side"}, {"right", "outside"}, {"last", "name"},
	{"first", "name"}}

// answerRefusals open an answer that gives no value: "I don't know",
// "one moment", "I'd rather not", "no", "go ahead", "I have it here", or
// a question back ("how much is it?", "what's his name?", "and the
// amount?"), or talk of the speaker's own ("my brother").
var answerRefusals = [][]string{
	{"i", "don't", "know"}, {"don't", "know"}, {"i", "dunno"}, {"dunno"}, {"not", "sure"}, {"one", "moment"},
	{"one", "second"}, {"one", "sec"}, {"hold", "on"}, {"just", "a", "moment"}, {"just", "a", "second"},
	{"give", "me", "a"}, {"rather", "not"}, {"i'd", "rather"}, {"i", "don't", "have"}, {"don't", "have"},
	{"can't", "remember"}, {"i", "can't"}, {"no"}, {"nope"}, {"not", "right", "now"}, {"let", "me", "check"},
	{"let", "me", "find"}, {"let", "me", "grab"}, {"let", "me", "look"}, {"sorry"}, {"pardon"},
	{"i", "have", "it"}, {"i", "have", "a"}, {"i", "have", "the"}, {"go", "ahead"}, {"got", "it"}, {"fine"},
	{"and"}, {"cool"}, {"lovely"}, {"my"}, {"does"}, {"say"}, {"he", "has"}, {"she", "has"}, {"he's"},
	{"she's"}, {"that", "is", "where"}, {"that's", "where"}, {"oh", "you're", "right"},
	{"thing"}, {"anything", "else"}, // "sure thing", "anything else?": an acknowledgement, a question back
	{"how"}, {"what's"}, {"thanks"}, {"thank", "you"}, {"hi"}, {"hello"}, {"please"}, {"which"}, {"they", "will"}, {"that's", "fine"}, {"that's", "right"}, {"correct"},
	// a value given before or kept elsewhere: "it's on file", "the same
	// as before"; a clause that gives none: "while you do that ..."
	{"on", "file"}, {"the", "same"}, {"same", "as"}, {"as", "before"}, {"while"}, {"if"}, {"because"},
	// a statement about something, not its value: "there are two main
	// reasons I called", "there's no number on it"
	{"there", "are"}, {"there", "is"}, {"there's"}, {"there", "were"}, {"there", "was"},
}

// replyOpeners open the asker's reply to an answer: an acknowledgement
// ("okay", "great", "thanks", "got it") or a clause addressed to the one
// who answered ("you're all set", "you'll get a text"). Without turns,
// one after a pause of answerSplitGap or more ends the answer, as the turn
// change does with turns (the pause that opens an answer, answerTurnGap,
// may be longer than the one before the reply: set9's dev half has an
// address answer followed by "you're all set" after 483 ms). None of them
// follows a pause inside the ASR set's dev-half entities but one "you're",
// in a call with turns, where this does not apply.
var replyOpeners = map[string]bool{"okay": true, "ok": true, "alright": true, "great": true, "perfect": true,
	"awesome": true, "wonderful": true, "excellent": true, "thanks": true, "thank": true, "got": true,
	"you're": true, "you'll": true, "you've": true}

// thanksWords thank for something said ("great thank you", "perfect"):
// an answer that is only thanks gives no value (thanksOnly), but one that
// goes on ("great, nine to five nine nine debut") gives it after them.
var thanksWords = map[string]bool{"great": true, "perfect": true, "awesome": true, "wonderful": true,
	"brilliant": true}

// thanksOnly reports whether the thanks word at order position o ends its
// speaker's turn or is followed by "thank you" or "thanks": the answer
// thanks and gives no value.
func (sh *shared) thanksOnly(o int) bool {
	n := o + 1
	if n >= len(sh.order) || !sh.sameSpeaker(int(sh.order[o]), int(sh.order[n])) {
		return true
	}
	switch sh.lower[sh.order[n]] {
	case "thank", "thanks", "you":
		return true
	}
	return false
}

// answerAsks maps a question's word (as turnHas reads it, from the
// question's end) to the type it asks for, for the types whose cues are
// not in numberCues: an address or location.
var answerAsks = map[string]Type{"address": Address, "address's": Address,
	"located": Address, "location": Address, "where": Address}

// askedWith returns the type a question asks for with its word at order
// position p (answerAsks), if any. An "address" is a postal one unless
// the word before it says whose it is: an email address asks for an
// EMAIL ("what's your e-mail address?", "and the email address"), a
// computer's ("IP address", "web address", "MAC address") for nothing
// the answer rule types.
func (sh *shared) askedWith(p int) (Type, bool) {
	l := sh.lower[sh.order[p]]
	t, ok := answerAsks[l]
	if !ok || t != Address || (l != "address" && l != "address's") {
		return t, ok
	}
	if p == 0 || !sh.sameSpeaker(int(sh.order[p]), int(sh.order[p-1])) {
		return Address, true
	}
	before, before2 := sh.lower[sh.order[p-1]], ""
	if p >= 2 && sh.sameSpeaker(int(sh.order[p]), int(sh.order[p-2])) {
		before2 = sh.lower[sh.order[p-2]]
	}
	switch {
	case emailCueWords[before]: // (also "e mail")
		return Email, true
	case netAddressWords[before] || before == "p" && before2 == "i":
		return "", false
	}
	return Address, true
}

// openAsks are the words of answerAsks that ask for a place, not for one
// value: "where's it going?" is answered by "it goes to the back door",
// "what's the location?" by "I-405 was closed". Only AnswersAll reads
// their answers.
var openAsks = map[string]bool{"located": true, "location": true, "where": true}

// kindAsks and kindNouns make a question for a kind of thing, not its
// value: "which state issued the license?" (answered "New Jersey"), "what
// type of card is it?", "which bank is the account with?".
var kindAsks = map[string]bool{"which": true, "what": true, "what's": true}

var kindNouns = map[string]bool{"state": true, "country": true, "city": true, "type": true, "kind": true,
	"sort": true, "bank": true, "company": true, "carrier": true, "provider": true, "color": true, "colour": true,
	"brand": true, "model": true, "make": true, "version": true, "language": true, "size": true, "plan": true,
	"network": true, "browser": true, "app": true}

// answerFindings returns the answer rule's findings over the findings
// found so far.
func answerFindings(t *transcript.Transcript, streams []*Tokens, found []Finding, p *Policy) []Finding {
	if len(streams) == 0 {
		return nil
	}
	sh := streams[0].sh
	byChannel := map[int]*Tokens{}
	for _, ts := range streams {
		byChannel[ts.Channel] = ts
	}
	typeAt := spareWordTypes(&sh.spare.answerTypeAt, t, found) // (it marks the answers it finds in it)
	var out []Finding
	turns := sh.t.Channels > 1
	for i := range sh.t.Words {
		if sh.t.Words[i].Speaker != "" {
			turns = true
			break
		}
	}
	for o := 0; o < len(sh.order); o++ {
		gw := int(sh.order[o])
		var asked []Type
		start := o
		open := p.Answers == AnswersAll
		if turns && (o == 0 || !sh.sameSpeaker(gw, int(sh.order[o-1]))) {
			// the other speaker's question that this turn answers
			q := sh.questionBefore(gw, 0, nil)
			asked = sh.askedIn(q, streams[0], gw, open)
		}
		if len(asked) == 0 {
			// the speaker's own cue: "the phone number is ...", or in a
			// transcript without turns a question's cue before a pause
			var next int
			asked, next = sh.ownCue(o, turns, open)
			start = next
		}
		if len(asked) == 0 || len(asked) > 1 && p.Answers != AnswersAll {
			continue
		}
		for _, f := range sh.answerWindow(start, asked, typeAt, turns, open) {
			if !p.enabled(f.typ) || AnswerScore < p.MinScore {
				continue
			}
			ts := byChannel[sh.t.Words[f.first].Channel]
			if ts == nil {
				continue
			}
			out = append(out, ts.Finding(f.typ, ts.local(f.first), ts.local(f.last), AnswerScore, "answer"))
			for w := f.first; w <= f.last; w++ {
				typeAt[w] = f.typ
			}
		}
	}
	return out
}

// sameSpeaker reports whether transcript words a and b are the same
// speaker's (channel and speaker label).
func (sh *shared) sameSpeaker(a, b int) bool {
	return sh.speaker[a] == sh.speaker[b] // (numberSpeakers)
}

// askedIn returns the types the question turn ending at order position q
// asks for, in the order it asks them ("the address and phone number":
// ADDRESS, PHONE), or nil. A question whose turn already gave a number
// asks for nothing, and so does one for a kind of thing ("which state
// issued the license?", "what type of card?"). gw is the answer's first
// word. Only with open does a question for a place ask for an ADDRESS
// ("where are you heading?", "what's the location?"): its answer may as
// well be "the back door" or "half to Canada" (openAsks); without open, a
// question that asks for a place, alone or with a value ("where are they
// located and what is the contact number?"), asks for nothing.
func (sh *shared) askedIn(q int, ts *Tokens, gw int, open bool) []Type {
	if q < 0 {
		return nil
	}
	if sh.cased && !strings.Contains(sh.t.Words[sh.order[q]].Punct, "?") {
		return nil
	}
	rq := sh.readQuestion(q, false)
	asked := rq.asked
	if rq.gave || rq.place && !open {
		return nil // (a place asked for, alone or with a value: open)
	}
	if len(asked) == 0 && !rq.own && (rq.asks || sh.lower[sh.order[rq.first]] == "and" || q-rq.first < 4) && ts.answersNameQuestion(gw) {
		return []Type{Person} // ("and the recipient's name?" needs no question word)
	}
	if !rq.asks || yesNoOpeners[sh.lower[sh.order[rq.first]]] {
		// (no question: "I need to change my address"; a yes-or-no one:
		// "are you calling from the number on file?")
		return nil
	}
	return asked
}

// question is what a question's words say (readQuestion): the types it
// asks for in its order, whether it gave a number or asked for a kind of
// thing (gave), has a word that asks (asks), names a name of the
// speaker's own (own) or asks for a place (place), and the order position
// of its first word after its openers.
type question struct {
	asked                  []Type
	gave, asks, own, place bool
	first                  int
}

// readQuestion reads the question ending at order position q, back to
// the start of its turn's sentence or 14 words (turnHas). With gapped (a
// transcript without turns) it also stops at a pause of questionTurnGap
// or more: the words before it are taken for another turn's.
func (sh *shared) readQuestion(q int, gapped bool) question {
	rq := question{first: q}
	add := func(t Type) {
		for _, a := range rq.asked {
			if a == t {
				return
			}
		}
		rq.asked = append([]Type{t}, rq.asked...) // (walked from the end)
	}
	sh.turnHas(q, 14, func(p, k int) bool {
		w := int(sh.order[p])
		if gapped && p < q && sh.t.Words[sh.order[p+1]].Start-sh.t.Words[w].End >= questionTurnGap {
			return true // (an earlier turn: not the question's)
		}
		if sh.number[w] && !sh.prepositionHeardAsDigit(p) || p < q && kindAsks[sh.lower[w]] && kindNouns[sh.lower[sh.order[p+1]]] {
			rq.gave = true // (a number given, or a kind asked for: no value asked)
			return true
		}
		rq.first = p
		l := sh.lower[w]
		rq.asks = rq.asks || questionWords[l]
		rq.own = rq.own || (l == "name" || l == "name's") && sh.ownOrChoice(p)
		if t, ok := sh.cueEndingAt(p, k); ok && !sh.ownOrChoice(p) {
			add(t)
		} else if t, ok := sh.askedWith(p); ok && !sh.ownOrChoice(p) && (l != "where" || p < q && whereAsks[sh.lower[sh.order[p+1]]]) {
			add(t)
			rq.place = rq.place || openAsks[l]
		}
		return false
	})
	for rq.first < q && (answerStarts[sh.lower[sh.order[rq.first]]] || questionStarts[sh.lower[sh.order[rq.first]]]) {
		rq.first++
	}
	return rq
}

// questionWords make a turn a request for a value: "what's the address",
// "can I get", "may I have", "please confirm", "and your date of birth".
var questionWords = map[string]bool{"what": true, "what's": true, "whats": true, "where": true, "where's": true,
	"which": true, "who": true, "who's": true, "can": true, "could": true, "may": true, "give": true,
	"tell": true, "provide": true, "confirm": true, "verify": true, "your": true, "send": true, "read": true,
	"share": true}

// whereAsks follow a "where" that asks for a place: "where is it", "where
// are they located", "where will you be heading".
var whereAsks = map[string]bool{"is": true, "are": true, "will": true, "do": true, "does": true,
	"would": true, "should": true, "can": true, "'s": true, "exactly": true}

// questionStarts may open a question before its verb: "oh, and, will my
// checks ...", "and your date of birth?".
var questionStarts = map[string]bool{"and": true, "oh": true, "also": true, "now": true, "then": true, "great": true,
	"thanks": true, "thank": true, "you": true, "perfect": true}

// yesNoOpeners open a question answered by yes or no, whose answer gives
// no value: "are you calling from the number on file?", "is that the
// address on the account?"; and "how", which asks for no value either
// ("how can I help?").
var yesNoOpeners = map[string]bool{"are": true, "is": true, "do": true, "does": true, "did": true, "was": true,
	"were": true, "has": true, "should": true, "will": true, "shall": true, "how": true}

// notAsked follow a cue word that names a thing, not a value asked for:
// "the address field", "the address bar", "the card reader".
var notAsked = map[string]bool{"field": true, "bar": true, "browser": true, "app": true, "credit": true,
	"discount": true, "party": true, "gift": true, "book": true, "line": true, "reader": true,
	"type": true, "format": true, "on": true}

// ownOrChoice reports whether the cue ending at order position p is the
// speaker's own ("I need to change my address") or a choice between
// things ("from your savings or checking account?"): neither asks for a
// value.
func (sh *shared) ownOrChoice(p int) bool {
	for k := 1; k <= 3 && p-k >= 0; k++ {
		switch sh.lower[sh.order[p-k]] {
		case "my", "our", "or", "valid", "invalid":
			return true
		}
	}
	if p+1 < len(sh.order) && sh.sameSpeaker(int(sh.order[p]), int(sh.order[p+1])) && notAsked[sh.lower[sh.order[p+1]]] &&
		sh.t.Words[sh.order[p+1]].Start-sh.t.Words[sh.order[p]].End < answerTurnGap {
		return true // "what did you type in the address field?"
	}
	return false
}

// cueEndingAt returns the type of the number cue that ends at order
// position p, k words from its question's end, if any.
func (sh *shared) cueEndingAt(p, k int) (Type, bool) {
	if !sh.cue[sh.order[p]] {
		return "", false // (no cue ends here)
	}
	phs, _ := sh.cuePhrases(cueLookupNumber, sh.order[p])
	for _, ph := range phs {
		if !sh.matchEnding(ph.words, p) {
			continue
		}
		if ph.max > 0 && k > ph.max || ph.cat == cueNotPII || ph.cat == cueRef || sh.callAsNoun(ph, p) {
			return "", false
		}
		t, ok := cueTypes[ph.cat] // (the type an answer to the cue is flagged as)
		return t, ok
	}
	return "", false
}

// genericCueEndingAt reports whether the number cue ending at order
// position p is a generic one-word cue ("account", "card", "policy").
func (sh *shared) genericCueEndingAt(p int) bool {
	l := sh.lower[sh.order[p]]
	for _, ph := range numberCues[strings.TrimSuffix(l, "'s")] {
		if sh.matchEnding(ph.words, p) {
			return ph.max > 0
		}
	}
	return false
}

// ownCue reports whether order position o ends a cue after which its
// speaker's own words give the value ("the phone number is", "my number's")
// or, without turns, a question's cue followed by a pause (the other
// speaker answering). It returns the types and where the answer starts.
func (sh *shared) ownCue(o int, turns, open bool) ([]Type, int) {
	w := int(sh.order[o])
	l := sh.lower[w]
	var first Type // (the type asked for; has: one is)
	has := false
	if t, ok := sh.cueEndingAt(o, 0); ok {
		first, has = t, true
	} else if l == "address" || l == "address's" {
		first, has = sh.askedWith(o) // ("my email address is ...": EMAIL)
	} else if (l == "name" || l == "name's") && !turns && o > 0 && sh.lower[sh.order[o-1]] != "my" &&
		!notAPersonsName[strings.TrimSuffix(sh.lower[sh.order[o-1]], "'s")] {
		first, has = Person, true // ("my name is" is the person recognizer's; "business name" no person's)
	} else if l == "to" && open {
		// (only AnswersAll: a speaker's own "send it to" is no question,
		// and what follows may as well be "Texas for my rent", "PayPal
		// or to Chase" or "the email on file")
		for _, ph := range transferCues {
			if sh.matchEnding(ph, o) {
				// "i would like to send the money to ...": the person
				// it goes to follows right after
				if o+1 < len(sh.order) && sh.sameSpeaker(w, int(sh.order[o+1])) && !objectPronoun[sh.lower[sh.order[o+1]]] {
					return []Type{Person}, o + 1
				}
			}
		}
	}
	if !has || o+1 >= len(sh.order) {
		return nil, 0
	}
	if sh.genericCueEndingAt(o) {
		if o == 0 {
			return nil, 0
		}
		switch sh.lower[sh.order[o-1]] {
		case "my", "his", "her", "their":
		default:
			return nil, 0 // "that's policy is": a word, not a cue
		}
	}
	next := int(sh.order[o+1])
	if sh.sameSpeaker(w, next) && notValue[sh.lower[int(sh.order[min(o+2, len(sh.order)-1)])]] || notValue[sh.lower[next]] {
		return nil, 0 // "my phone's on version 2.4.1", "my policy's gonna lapse"
	}
	switch {
	case sh.sameSpeaker(w, next) && (sh.lower[next] == "is" || strings.HasSuffix(l, "'s")) && !(first == Person && sh.nameUnder(o)):
		for k := 1; k <= 3 && o-k >= 0; k++ {
			if l := sh.lower[sh.order[o-k]]; questionWords[l] && l != "your" && l != "confirm" && l != "verify" {
				return nil, 0 // "which card is the charge on?": a question, not a value
			}
		}
		if strings.HasSuffix(l, "'s") {
			return []Type{first}, o + 1
		}
		return []Type{first}, o + 2
	case !turns && !sh.ownOrChoice(o) && !sh.labelsValue(o):
		// a question's cue within four words of a pause: "what's the
		// best number to reach you" ... "nine to five ..." (a generic
		// cue right before it: "which card?")
		n := 4
		under := false // the thing named after "under" is what the name is under, no second value asked
		if sh.genericCueEndingAt(o) {
			n = 1
		} else if first == Person && sh.nameUnder(o) {
			n, under = 6, true // "whose name is the booking under" ... "right, heather gonzales"
		}
		for k := o; k < o+n && k+1 < len(sh.order); k++ {
			a, b := &sh.t.Words[sh.order[k]], &sh.t.Words[sh.order[k+1]]
			if sh.number[sh.order[k]] || k > o && answerStarts[sh.lower[sh.order[k]]] {
				break // ("change of address, okay got it ...": an answer to something else)
			}
			if gap := b.Start - a.End; gap >= answerTurnGap {
				if gap > answerMaxDelay || !sh.asksOneValue(k, first, open || under) {
					return nil, 0
				}
				return []Type{first}, k + 1
			}
		}
	}
	return nil, 0
}

// asksOneValue reports whether the question ending at order position q
// (in a transcript without turns, before the pause read as the turn
// change) asks for a value as a question turn is read with turns
// (askedIn): it gave no number and asks for no kind of thing, it is no
// yes-or-no question ("do you still use the same phone number?"), and
// unless open it asks for a place no more than for a second value ("what's
// the address and phone number?"), whose answer AnswersOne leaves. t is
// the type its cue asks for. Its words go back to an earlier pause
// (readQuestion), so an earlier turn does not count.
func (sh *shared) asksOneValue(q int, t Type, open bool) bool {
	rq := sh.readQuestion(q, true)
	if rq.gave || yesNoOpeners[sh.lower[sh.order[rq.first]]] {
		return false
	}
	if open {
		return true
	}
	for _, a := range rq.asked {
		if a != t {
			return false
		}
	}
	return !rq.place
}

// nameUnder reports whether "name" at order position o opens a question
// for what something is under: "is" and at most four more words of its
// speaker's end with "under" ("what name is the reservation under").
func (sh *shared) nameUnder(o int) bool {
	if o+1 >= len(sh.order) || sh.lower[sh.order[o+1]] != "is" || !sh.sameSpeaker(int(sh.order[o]), int(sh.order[o+1])) {
		return false // (the order holds every channel's words: "is" must be the asker's)
	}
	for k := o + 2; k <= o+6 && k < len(sh.order) && sh.sameSpeaker(int(sh.order[o]), int(sh.order[k])); k++ {
		if sh.lower[sh.order[k]] == "under" {
			return true
		}
	}
	return false
}

// labelsValue reports whether the cue ending at order position o is said
// after "that's", "that is", "this is" or "that was" within four words:
// it names the value its speaker just gave ("... oh five that's the home
// number"), it asks for none.
func (sh *shared) labelsValue(o int) bool {
	for k := 1; k <= 4 && o-k >= 0; k++ {
		p := int(sh.order[o-k])
		if !sh.sameSpeaker(p, int(sh.order[o])) {
			return false
		}
		switch sh.lower[p] {
		case "that's", "thats", "this's":
			return true
		case "that", "this":
			if n := sh.lower[sh.order[o-k+1]]; o-k+1 < o && (n == "is" || n == "was") {
				return true
			}
		}
	}
	return false
}

// notValue follow a cue ("my phone's ...", "the number is ...") where what
// is said is about the thing, not its value.
var notValue = map[string]bool{"on": true, "in": true, "gonna": true, "going": true, "not": true, "still": true,
	"been": true, "being": true, "right": true, "correct": true, "fine": true, "good": true, "same": true,
	"stays": true, "off": true, "wrong": true, "changed": true, "new": true, "old": true, "different": true,
	"a": true, "an": true, "dead": true, "broken": true, "updated": true, "blocked": true, "locked": true,
	"expired": true, "valid": true, "invalid": true, "active": true, "closed": true, "open": true,
	"it": true, "this": true, "that": true, "there": true} // ("the card is it private?": a question)

// objectPronoun are pronouns after "send the money to": "don't send money
// to it", "to him": no name follows. They are personalObjects and "it",
// "that", "this".
var objectPronoun = withWords(map[string]bool{"it": true, "that": true, "this": true}, personalObjects...)

// transferCues end right before the person money goes to: "send the
// money to", "transfer it to".
var transferCues = [][]string{{"send", "the", "money", "to"}, {"send", "money", "to"}, {"transfer", "it", "to"},
	{"transfer", "the", "money", "to"}, {"send", "it", "to"}, {"transferred", "to"}, {"sending", "it", "to"}}

// answerPart is one type's share of an answer, transcript words first..last.
type answerPart struct {
	typ         Type
	first, last int
}

// answerWindow reads the answer starting at order position o: its
// lead-ins skipped, up to a turn change, a long pause, a question mark or
// a new cue, at most answerMaxWords per type asked. It returns nothing when
// the answer is a refusal, holds a finding of any type, or has no word
// left; else the words split among the types asked (at "and" when two
// are asked: "forty five fifty five top are growing and seven zero ...").
func (sh *shared) answerWindow(o int, asked []Type, typeAt []Type, turns, open bool) []answerPart {
	if o >= len(sh.order) {
		return nil
	}
	first := int(sh.order[o])
	place := false
	for _, t := range asked {
		place = place || t == Address
	}
	for n := 0; n < 4; n++ {
		lead := n == 0 || answerStarts[sh.lower[sh.order[o+n-1]]] || sh.lower[sh.order[o+n-1]] == "oh" || thanksWords[sh.lower[sh.order[o+n-1]]]
		for _, ref := range answerRefusals {
			if sh.startsWith(o+n, ref) && lead {
				return nil
			}
		}
		if lead && o+n < len(sh.order) && !sh.startsAny(o+n, answerLeadPhrases) && sh.nonAnswer(o+n, first, place) {
			return nil // ("hang on", "i forgot it", "what was the question")
		}
		if o+n < len(sh.order) && lead && thanksWords[sh.lower[sh.order[o+n]]] && sh.thanksOnly(o+n) {
			return nil // ("great thank you", "perfect")
		}
		if o+n >= len(sh.order) || !answerStarts[sh.lower[sh.order[o+n]]] && sh.lower[sh.order[o+n]] != "oh" && !thanksWords[sh.lower[sh.order[o+n]]] {
			break
		}
	}
	// skip lead-ins: words ("sure", "it's") and phrases ("you can find
	// them at", "i want to go to")
skip:
	for o < len(sh.order) && sh.sameSpeaker(first, int(sh.order[o])) {
		if answerStarts[sh.lower[sh.order[o]]] || thanksWords[sh.lower[sh.order[o]]] {
			o++
			continue
		}
		for _, ph := range answerLeadPhrases {
			if sh.startsWith(o, ph) && sh.sameSpeaker(first, int(sh.order[min(o+len(ph), len(sh.order))-1])) {
				o += len(ph)
				continue skip
			}
		}
		break
	}
	limit := answerMaxWords * len(asked)
	maxPause := answerMaxPause
	if !turns {
		maxPause = answerTurnGap
	}
	var words []int
	need, digits := 0, 0 // the digits a phone or ZIP asked for needs, and those said so far (answerShort)
	if len(asked) == 1 && turns {
		need = answerDigitsFor[asked[0]]
	}
	resumed := -1 // the speaker's first word after the other's backchannel (answerShort)
	for k := 0; o+k < len(sh.order) && len(words) < limit; k++ {
		w := int(sh.order[o+k])
		if !sh.sameSpeaker(first, w) {
			if digits > 1 && digits < need && resumed < 0 { // (one digit said is a count: 'i have two')
				if m, ok := sh.backchannelUntil(o+k, first); ok && !sh.timeOrCountAt(m) && !(asked[0] == ZIP && sh.amountAt(m)) {
					k, resumed = m-o-1, int(sh.order[m]) // (the loop steps on to m)
					continue
				}
			}
			break
		}
		if len(words) > 0 && w != resumed {
			prev := words[len(words)-1]
			gap := sh.t.Words[w].Start - sh.t.Words[prev].End
			short := digits > 0 && digits < need && gap <= turnGap && sh.digitsAhead(o+k, first)
			if short && asked[0] == ZIP && sh.amountAt(o+k) && (gap >= answerTurnGap || sh.otherSpokeBetween(prev, w)) {
				break // ("nine four" ... "two thousand for the deposit": zip_amount16.go)
			}
			if !short && (gap > maxPause || len(asked) == 1 && gap > answerValuePause && !sh.allStalls(words)) {
				break // (a long pause: after a stall the value may follow, after the value it has ended)
			}
			if !turns && replyOpeners[sh.lower[w]] && gap >= answerSplitGap {
				break // (without turns: the asker taking the turn back, "... _ okay thank you", "... _ you're all set")
			}
		}
		if typeAt[w] != "" {
			return nil // a recognizer found something here: its finding stands
		}
		if len(words) > 0 && sh.startsAny(o+k, answerClauses) {
			// "... chicago illinois, the side gate is open": the answer
			// ends, unless a finding follows in the turn ("yes, it's
			// on file, it's 555 ...")
			for r := o + k; r < len(sh.order) && r < o+k+limit && sh.sameSpeaker(first, int(sh.order[r])); r++ {
				if typeAt[sh.order[r]] != "" {
					return nil
				}
			}
			break
		}
		if _, ok := sh.cueEndingAt(o+k, 0); ok {
			// the answer names its value's cue again ("my number is
			// ..."): the cue's own rules and ownCue read what follows
			return nil
		}
		words = append(words, w)
		if sh.number[w] || digitSoundAlikes[sh.lower[w]] {
			digits++
		}
		if strings.ContainsAny(sh.t.Words[w].Punct, "?.!") && !(sh.t.Words[w].Punct == "." && abbreviations[sh.lower[w]]) {
			break // (a sentence's end; not "Dr." or "St.")
		}
	}
	words = sh.dropStall(words)
	// a value said in few words is read from the answer's first words
	// (the turn was read further above only to find a finding in it)
	most := 0
	for _, t := range asked {
		most += answerWordsFor(t)
	}
	words = words[:min(len(words), most)]
	// trailing lead-ins and "and" are not the value
	for len(words) > 0 && (sh.lower[words[len(words)-1]] == "and" || sh.lower[words[len(words)-1]] == "or") {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || !sh.canBeValue(words, asked, open) {
		return nil
	}
	if len(asked) == 1 {
		for k := 1; k < len(words) && need > 0; k++ {
			if words[k] == resumed || sh.otherSpokeBetween(words[k-1], words[k]) {
				// one part before the other speaker's backchannel, one after
				return []answerPart{{asked[0], words[0], words[k-1]}, {asked[0], words[k], words[len(words)-1]}}
			}
		}
		return []answerPart{{asked[0], words[0], words[len(words)-1]}}
	}
	// two or more types: the first takes the words up to an "and" after
	// at least two of its words, the second the rest
	cut := len(words)
	for k := 2; k < len(words)-1; k++ {
		if sh.lower[words[k]] == "and" {
			cut = k
			break
		}
	}
	if cut == len(words) {
		// no "and": the longest pause, if one is long enough to be
		// between two values ("up for two | why why vote on it ...")
		var gap time.Duration
		for k := 2; k < len(words)-1; k++ {
			if g := sh.t.Words[words[k]].Start - sh.t.Words[words[k-1]].End; g > gap && g >= answerSplitGap {
				gap, cut = g, k-1 // (cut's word goes to neither below: step back)
			}
		}
		if cut < len(words) {
			parts := []answerPart{{asked[0], words[0], words[cut]}}
			return append(parts, answerPart{asked[1], words[cut+1], words[len(words)-1]})
		}
	}
	parts := []answerPart{{asked[0], words[0], words[cut-1]}}
	if cut+1 < len(words) {
		parts = append(parts, answerPart{asked[1], words[cut+1], words[len(words)-1]})
	}
	return parts
}

// answerMaxWordsFor bounds an answer to a question for one value of a
// type whose value is said in few words: a name in four words or fewer
// ("maria de la cruz"), a date of birth in six ("oh six oh nine nineteen
// seventy one"), a ZIP code in nine ("six oh six one one dash two two
// three four"), a PIN, security code or expiry date in six or fewer. A
// recogniser may split a word it heard wrong ("grace holloway": "grey's
// hollow way"), so each bound has a word or two to spare. Other types
// take answerMaxWords.
var answerMaxWordsFor = map[Type]int{Person: 5, DOB: 9, ZIP: 10, PIN: 8, CardCVV: 6, CardExpiry: 8}

// answerWordsFor returns the most words an answer to a question for a
// value of type t is read as.
func answerWordsFor(t Type) int {
	if n, ok := answerMaxWordsFor[t]; ok {
		return n
	}
	return answerMaxWords
}

// canBeValue reports whether an answer's words (lead-ins, stalls and a
// trailing "and" dropped) can be the value asked for, from words that no
// such value holds, however the recogniser garbled it:
//   - a name holds no word of a business or an institution ("bill
//     payment center") and, unless open (AnswersAll, which reads a
//     recogniser's "a real" for "Ariel"), opens with no article ("a long
//     story", "the clinic is in baltimore");
//   - nor, unless open, with a subject and its auxiliary ("I've got to
//     use it", "we're on our way"): the speaker says a clause;
//   - a name is not only stall words ("oh, it's ...": "oh" is no name);
//   - an answer that says what kind of thing it is talks about the thing
//     ("a wrong i p address one one one ...", "at two locations ...");
//   - a number, a date or an address holds no unit of a measure or of
//     money ("12 and a half inches from the wall", "forty dollars"), and
//     no quantity the tokeniser made a measure: a price, a time, a
//     decimal, a page's or a flight's number ("I'm on page twelve forty
//     one", "it shows four point seven two eight").
func (sh *shared) canBeValue(words []int, asked []Type, open bool) bool {
	person := false
	for _, t := range asked {
		person = person || t == Person
	}
	if person && len(asked) == 1 && !open {
		switch l := sh.lower[words[0]]; {
		case l == "a", l == "an", l == "the":
			return false
		case contractedSubjects[l] && len(words) > 1:
			return false // ("who is this?" "I've got the parts": no name)
		}
	}
	if person {
		stall := true
		for _, w := range words {
			stall = stall && answerStalls[sh.lower[w]]
		}
		if stall {
			return false // ("oh, it's a bit of a mouthful": no name)
		}
	}
	for _, w := range words {
		l := sh.lower[w]
		if person && (organisationWords[l] || institutionNouns[l]) || answerKindWords[l] || answerUnits[l] || sh.measure[w] {
			return false
		}
	}
	if len(asked) == 1 && asked[0] == Address && !open && sh.countsSomething(words) {
		return false
	}
	if !person && sh.countsOf(words) {
		return false // ("for two adults and two kids": a count)
	}
	return true
}

// countsSomething reports whether an answer to a question for an address
// holds a number followed by a noun of what it measures or counts ("it's
// a 2 bedroom place", "a 20 minute walk from the station"): a house
// number is followed by its street, never by such a noun (measureNouns
// leaves out the nouns that name streets too).
func (sh *shared) countsSomething(words []int) bool {
	for k := 0; k+1 < len(words); k++ {
		if sh.number[words[k]] && measureNouns[sh.lower[words[k+1]]] {
			return true
		}
	}
	return false
}

// contractedSubjects are a subject contracted with its auxiliary: an answer
// that opens with one says a clause, not a name ("I'm" and "it's" may
// still give one: "I'm Jerry", "it's Jerry").
var contractedSubjects = map[string]bool{"i've": true, "i'll": true, "i'd": true, "we've": true, "we're": true,
	"we'll": true, "we'd": true, "you've": true, "you're": true, "you'll": true, "they've": true,
	"they're": true, "they'll": true}

// answerKindWords name the kind of value asked for; an answer that holds
// one talks about the value rather than giving it.
var answerKindWords = map[string]bool{"address": true, "addresses": true, "location": true, "locations": true,
	"name": true, "names": true, "number": true, "numbers": true}

// answerUnits are units of a measure or of money: a value asked for holds
// none.
var answerUnits = map[string]bool{"inches": true, "inch": true, "feet": true, "foot": true, "miles": true,
	"meters": true, "metres": true, "yards": true, "percent": true, "pounds": true, "kilos": true, "ounces": true,
	"degrees": true, "dollars": true, "dollar": true, "bucks": true, "cents": true, "euros": true}

// answerStalls are the short words a speaker says, or a recogniser writes
// for a breath or a click, before pausing to give a value: "i ... shoot i
// i two three three", "huh ... and he said", "oh you ... five eight six".
var answerStalls = map[string]bool{"i": true, "oh": true, "huh": true, "uh": true, "um": true, "ah": true,
	"hmm": true, "you": true, "why": true, "well": true, "so": true, "the": true, "a": true, "and": true}

// answerStallGap is the least pause after an answer's first words that
// makes them a stall before the value.
const answerStallGap = 300 * time.Millisecond

// dropStall drops a stall that opens an answer: one or two words of
// answerStalls followed by a pause of answerStallGap or more, when at
// least two words follow it and not all of them are stall words too. The
// words after the pause are the value; a stall that is all there is stays
// (fail closed: "i ... i i" may be the value misheard).
func (sh *shared) dropStall(words []int) []int {
	for k := 0; k < 2 && k+2 < len(words); k++ {
		if !answerStalls[sh.lower[words[k]]] {
			return words
		}
		if sh.t.Words[words[k+1]].Start-sh.t.Words[words[k]].End >= answerStallGap {
			if !sh.allStalls(words[k+1:]) {
				return words[k+1:]
			}
			return words
		}
	}
	return words
}

// allStalls reports whether every one of the words is a stall word
// (answerStalls).
func (sh *shared) allStalls(words []int) bool {
	for _, w := range words {
		if !answerStalls[sh.lower[w]] {
			return false
		}
	}
	return true
}

// startsAny reports whether the content words from order position o
// start with one of the phrases.
func (sh *shared) startsAny(o int, phrases [][]string) bool {
	for _, ph := range phrases {
		if sh.startsWith(o, ph) {
			return true
		}
	}
	return false
}

// startsWith reports whether the content words from order position o are
// ws.
func (sh *shared) startsWith(o int, ws []string) bool {
	if o+len(ws) > len(sh.order) {
		return false
	}
	for k, w := range ws {
		if sh.lower[sh.order[o+k]] != w {
			return false
		}
	}
	return true
}

// answerDigitsFor are the digits a phone number or ZIP code asked for
// needs. An answer to a question for one that has said fewer (and at
// least one) is short: it goes on over a pause up to a turn's length
// (turnGap) when the words after it hold a digit (digitsAhead: "zero
// seven five ... uh to a ... i see the one", not "nine to five nine
// debut ... why so"), and over the other speaker's backchannel ("okay",
// "mhm": pieceBackchannels) into the speaker's next words, which are a
// second part of the answer. A recogniser that heard the value in part ("zero
// seven five ... uh to a ... i see the one") leaves no digits to count
// on, so the count is of number words and digits' sound-alikes.
var answerDigitsFor = map[Type]int{Phone: 10, ZIP: 5}

// backchannelUntil reports whether the content words from order position
// o on are the other speaker's backchannel (pieceBackchannels, three words
// at most) followed by transcript word first's speaker again, and
// returns where that speaker goes on.
func (sh *shared) backchannelUntil(o, first int) (int, bool) {
	for m := o; m < len(sh.order) && m < o+4; m++ {
		w := int(sh.order[m])
		if sh.sameSpeaker(first, w) {
			return m, m > o
		}
		if !pieceBackchannels[sh.lower[w]] {
			return 0, false
		}
	}
	return 0, false
}

// otherSpokeBetween reports whether a word of another speaker than
// transcript word a's (a filler too) lies between transcript words a and
// b.
func (sh *shared) otherSpokeBetween(a, b int) bool {
	for w := a + 1; w < b; w++ {
		if !sh.sameSpeaker(a, w) {
			return true
		}
	}
	return false
}

// digitsAhead reports whether the words from order position o on, as long
// as transcript word first's speaker says them with no pause over
// answerValuePause (six words at most), hold a number word (also one the
// tokenizer read as a word: "the one") or a digit's sound-alike.
func (sh *shared) digitsAhead(o, first int) bool {
	for m := o; m < len(sh.order) && m < o+6; m++ {
		w := int(sh.order[m])
		if !sh.sameSpeaker(first, w) || m > o && sh.t.Words[w].Start-sh.t.Words[sh.order[m-1]].End > answerValuePause {
			return false
		}
		if sh.number[w] || sh.numWord[w].ok || digitSoundAlikes[sh.lower[w]] {
			return true // ("the one": a number word the tokenizer left a word)
		}
	}
	return false
}

// timeOrCountAt reports whether the number words from order position o
// on, one speaker's, are followed by a word that makes them a time or a
// count (pieceTimeOrCount): "ten thirty tomorrow" (review15b).
func (sh *shared) timeOrCountAt(o int) bool {
	k := o
	for k < len(sh.order) && sh.sameBreath(k) == (k > o) && sh.number[sh.order[k]] {
		k++
	}
	return k > o && k < len(sh.order) && sh.sameBreath(k) && pieceTimeOrCount[sh.lower[sh.order[k]]]
}
