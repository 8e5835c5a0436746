package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// Lowercase radio names (session 16, radiolower18). Without capitals a
// name on the radio is told only by the name lists and by where it
// stands; the package's lowercase rules take a frequent first name
// anywhere (rank <= 1200, no common word) and leave rarer first names and
// surnames said alone ("sanjay", "albrecht", "yazzie") to a cue. Radio
// talk has cues of its own, at the edges of its turns:
//
//   - after an acknowledgement, before a clause of its own: "okay sanjay
//     take it", "copy albrecht is on the saw" (a vocative that ends the
//     turn or comes before a pronoun the vocative rules take already);
//   - opening a turn before a radio verb or a clause of its own: "sanjay
//     copies", "brandt here", "svetlana pull focus", two surnames called
//     together ("castillo brandt grab your tools");
//   - in a radio question about someone, opened by "is", "did", "how's"
//     and the like, before where or how they are: "is wojcik still on the
//     roof", "what did tomasz run", "how's albrecht on the tires".
//
//   - a nickname of the package's list that is a word
//     (names_nickname_words.go: "dusty", "chip", "skip"), only said to
//     someone: after an acknowledgement ("okay", "copy", "stand by", "go
//     ahead") or opening the turn, and before the speaker's clause or at
//     the turn's end ("stand by chip i'm counting", "okay dusty we'll swap
//     it"); not a word said to anyone ("buddy", "champ"). A name found so
//     is looked for again in the call (names_propagate.go).
//
// The word must otherwise be a listed first name or surname that is no word of
// English nor of the package's lists of places, brands, organisations and
// roles (onlyAName16), and no letter of the spelling alphabet nor a
// station's role. So "copy houston", "roger victor", "go ahead tower",
// "copy sixty psi" stay words.
//
// What it cannot tell: a name that is also an English word and on no
// nickname list ("hector", "doc", "tank", "moose"), a name on no list
// ("nacho", "mo"), a nickname said of someone rather than to them ("tell
// chip not to", "have dusty make sure": left out, it helped one dev half
// and no probe).

// radioAcks18 are the words that end an acknowledgement or a greeting on
// the radio, after which a name is said to whom it is addressed.
var radioAcks18 = map[string]bool{"copy": true, "copied": true, "roger": true, "ahead": true, "thanks": true,
	"okay": true, "ok": true, "affirmative": true, "affirm": true, "negative": true, "wilco": true,
	"hey": true, "hi": true, "hello": true, "morning": true, "evening": true, "night": true, "goodnight": true,
	"understood": true, "yeah": true, "yes": true, "cheers": true}

// radioVerbs18 follow a name that opens a turn or a clause: the radio's own
// verbs ("copies", "here") and verbs a subject takes.
var radioVerbs18 = map[string]bool{"copies": true, "copied": true, "here": true, "is": true, "was": true,
	"has": true, "had": true, "says": true, "said": true, "wants": true, "needs": true, "went": true,
	"will": true, "can": true, "could": true, "just": true, "also": true, "reports": true, "confirms": true,
	"thinks": true, "knows": true, "did": true, "does": true, "got": true, "took": true, "left": true,
	"called": true, "asked": true, "told": true, "sent": true, "found": true}

// radioOpeners18 open the clause after a name said to someone: a pronoun,
// an imperative of the radio or a word opening a question or a reply.
var radioOpeners18 = map[string]bool{"i": true, "i'm": true, "i'll": true, "i've": true, "we": true, "we're": true,
	"we'll": true, "we've": true, "you": true, "you're": true, "you'll": true, "you've": true, "it's": true,
	"that's": true, "this": true, "how": true, "what": true, "where": true, "when": true, "are": true,
	"do": true, "did": true, "can": true, "could": true, "go": true, "copy": true, "stand": true,
	"hold": true, "take": true, "watch": true, "check": true, "bring": true, "grab": true, "give": true,
	"let": true, "pull": true, "push": true, "come": true, "meet": true, "stay": true, "keep": true,
	"send": true, "tell": true, "call": true, "confirm": true, "say": true, "put": true, "your": true,
	"there's": true, "here's": true, "roger": true, "thanks": true, "please": true, "need": true,
	"head": true, "clear": true}

// radioAsks18 open a question about the name after them ("is", "did") or
// hold it ("how's").
var radioAsks18 = map[string]bool{"is": true, "was": true, "did": true, "does": true, "has": true, "can": true,
	"will": true, "how's": true, "where's": true, "what's": true}

// radioAfterAsked18 follow the person a radio question asks about: where
// or how they are, or what they did ("is okafor on the line", "did
// tomasz run"), not a thing's name ("how is coca cola doing").
var radioAfterAsked18 = map[string]bool{"on": true, "in": true, "at": true, "with": true, "there": true,
	"still": true, "doing": true, "going": true, "coming": true, "ready": true, "okay": true, "ok": true,
	"back": true, "up": true, "out": true, "say": true, "said": true, "run": true, "want": true, "need": true,
	"think": true, "have": true, "get": true, "see": true, "know": true, "driving": true, "done": true,
	"clear": true, "finished": true, "here": true, "around": true, "available": true}

// radioQuestionOpens18 reports whether the question word at transcript
// word p opens its turn or follows a word of asking ("what did", "so is").
func radioQuestionOpens18(t *transcript.Transcript, lower []string, p int) bool {
	q := sameSpeakerBefore(t, p)
	if q < 0 || !sameTurn16(t, q, p) {
		return true
	}
	switch lw(t, lower, q) {
	case "what", "where", "how", "when", "why", "who", "so", "and", "okay", "copy", "roger":
		return true
	}
	return false
}

// radioSlotBefore18 are the words before a name in a slot of
// radioLowerNames, but for the turn's start: one look-up per word.
var radioSlotBefore18 = func() map[string]bool {
	m := withWords(map[string]bool{"by": true}, keysOf(radioAcks18)...)
	m = withWords(m, keysOf(ackWords)...)
	return withWords(m, keysOf(radioAsks18)...)
}()

// radioFollow18 are the words after a name in a slot of radioLowerNames:
// one look-up per word.
var radioFollow18 = func() map[string]bool {
	m := withWords(map[string]bool{}, keysOf(radioOpeners18)...)
	for _, set := range []map[string]bool{radioVerbs18, subjectPronouns, vocativeFollowers, radioAfterAsked18} {
		m = withWords(m, keysOf(set)...)
	}
	return m
}()

// radio18Follows reports whether the word after transcript word n, in
// its turn, has the radioFollow18 class.
func radio18Follows(t *transcript.Transcript, radio []radioClass, n int) bool {
	m := sameSpeakerAfter(t, n)
	return m >= 0 && sameTurn16(t, n, m) && radio[m].has(rcFollow18)
}

// radioLowerNames finds the names of the comment above in a lowercase
// transcript, read through sh (Normalize's lowercase words and radio
// classes); typeAt is the type of each word found so far.
func radioLowerNames(t *transcript.Transcript, sh *shared, typeAt []Type) []Finding {
	lower, radio := sh.lower, sh.radio
	var out []Finding
	for i := range t.Words {
		if typeAt[i] != "" || t.Words[i].Text == "" {
			continue
		}
		p, pl := -1, ""
		if i > 0 && t.Words[i-1].Channel == t.Words[i].Channel && t.Words[i-1].Speaker == t.Words[i].Speaker {
			p = i - 1 // (the common case, without a scan)
		} else if p = sameSpeakerBefore(t, i); p >= 0 && !sameTurn16(t, p, i) {
			p = -1
		}
		if p >= 0 {
			if radio != nil && !radio[p].has(rcSlot18) {
				continue // (the cheap test first, a bit: no slot of the rule)
			}
			if pl = lw(t, lower, p); !radioSlotBefore18[pl] {
				continue
			}
		}
		n, nl := sameSpeakerAfter(t, i), ""
		if n >= 0 && !sameTurn16(t, i, n) {
			n = -1
		}
		if n >= 0 {
			// (the cheap test next: what follows fits no slot, but for a
			// second name opening the turn before an opener)
			if radio != nil && !radio[n].has(rcFollow18) && (p >= 0 || !radio18Follows(t, radio, n)) {
				continue
			}
			nl = lw(t, lower, n)
		}
		k := lw(t, lower, i)
		nick := false
		if !radioLowerNameWord(k) {
			if !nicknameWords[k] || addressWords18[k] {
				continue
			}
			nick = true
		}
		ok := false
		switch {
		case nick && p < 0 && echoesOtherSpeaker18(t, lower, i, k):
			// a word the other speaker just offered, said back as the
			// answer: "is it the chip or the swipe" "chip i think" (review18)
		case nick:
			// a nickname that is a word (names_nickname_words.go): only said
			// to someone, after an acknowledgement or opening the turn, and
			// before the speaker's clause or at the turn's end
			ok = (p < 0 || radioAcks18[pl] || ackWords[pl] || pl == "by" && standBefore18(t, lower, p) || pl == "ahead" && goBefore18(t, lower, p)) &&
				(n >= 0 && (subjectPronouns[nl] || vocativeFollowers[nl] || radioOpeners18[nl]) || n < 0 && p >= 0)
		case p >= 0 && radioAcks18[pl] && (pl != "ahead" || goBefore18(t, lower, p)):
			ok = n < 0 || radioOpeners18[nl] || radioVerbs18[nl]
		case p < 0:
			ok = n >= 0 && (radioVerbs18[nl] || radioOpeners18[nl]) && !answersPlace18(sh, i, nl)
			if !ok && n >= 0 && typeAt[n] == "" && nl != k && radioLowerNameWord(nl) { // (not a word said twice: "nein nein it's fine")
				// two surnames called at a turn's start: "castillo brandt grab your tools"
				if m := sameSpeakerAfter(t, n); m >= 0 && sameTurn16(t, n, m) && radioOpeners18[lw(t, lower, m)] {
					out = addUntypedPerson(t, typeAt, out, i, i, 0.7, "person-radio-lower")
					ok = true
					i = n
				}
			}
		case radioAsks18[pl] && radioQuestionOpens18(t, lower, p):
			ok = n >= 0 && radioAfterAsked18[nl] // "what did tomasz say", "how's albrecht on the tires"
		}
		if ok {
			out = addUntypedPerson(t, typeAt, out, i, i, 0.7, "person-radio-lower")
		}
	}
	return out
}

// radioLowerNameWord reports whether k, a lowercase word, can be a name of
// radioLowerNames: listed, no word of English or of the package's lists,
// no spelling-alphabet letter, no station's role, no voice assistant.
func radioLowerNameWord(k string) bool {
	if !names.IsFirstName(k) && !names.IsSurname(k) {
		return false
	}
	return onlyAName16(k) && !radioAlphabet[k] && !stationRoles[k] && !contactNotNames[k] // (not "alexa", "olly")
}

// addressWords18 are nicknames of the list that are as often said to anyone
// ("thanks buddy", "okay champ"): no name.
var addressWords18 = map[string]bool{"buddy": true, "bud": true, "champ": true, "babe": true, "tiger": true,
	"happy": true, "lucky": true, "red": true, "flip": true, "stretch": true, "bunny": true,
	"ace": true, "sunny": true} // ("okay ace you're set", "sunny we think": review18)

// standBefore18 reports whether "stand" is said just before transcript word
// p ("stand by").
func standBefore18(t *transcript.Transcript, lower []string, p int) bool {
	q := sameSpeakerBefore(t, p)
	return q >= 0 && lw(t, lower, q) == "stand"
}

// answersPlace18 reports whether transcript word i, opening its turn
// before nl, answers the other speaker's question for a place ("what city
// is that in" "tamsin i think"), as answersPlaceQuestion asks of a
// vocative; one spoken to with "you" or a question after it still is.
func answersPlace18(sh *shared, i int, nl string) bool {
	if strings.HasPrefix(nl, "you") || vocativeQuestionOpeners[nl] {
		return false
	}
	q := sh.questionBefore(i, 2, nil)
	if q < 0 {
		return false
	}
	who := int(sh.order[q])
	for p, n := q, 0; p >= 0 && n < 10 && sh.sameSpeaker(int(sh.order[p]), who); p, n = p-1, n+1 {
		if placeAsks[sh.lower[sh.order[p]]] {
			return true
		}
	}
	return false
}

// goBefore18 reports whether "go" is said just before transcript word p
// ("go ahead").
func goBefore18(t *transcript.Transcript, lower []string, p int) bool {
	q := sameSpeakerBefore(t, p)
	return q >= 0 && lw(t, lower, q) == "go"
}

// echoesOtherSpeaker18 reports whether k, the word at transcript word i
// opening its speaker's turn, is among the last twenty words before it of
// another speaker: a word offered and said back ("do you want to skip it
// or take it" "skip please": review18).
func echoesOtherSpeaker18(t *transcript.Transcript, lower []string, i int, k string) bool {
	for j, n := i-1, 0; j >= 0 && n < 20; j, n = j-1, n+1 {
		if (t.Words[j].Channel != t.Words[i].Channel || t.Words[j].Speaker != t.Words[i].Speaker) && lw(t, lower, j) == k {
			return true
		}
	}
	return false
}
