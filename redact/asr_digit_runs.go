package redact

import (
	"strings"

	"github.com/callveil/callveil/transcript"
)

// Forms a speech recogniser makes of a number read digit by digit that a
// recognizer found only in part: a digit heard as a word that sounds like
// it in the middle or at the end of the number ("nine nine for to one one
// three ate"), the letters of an ID before its digits ("x y z for five
// six two one"), a digit or two heard as other words inside a long card
// number ("... four four seven dice three three ..."), and a card's expiry
// said after the card, whose question the recogniser garbled ("oh ate
// thirty").
//
// Each rule starts from a finding of a type read digit by digit (or from
// a card), so a sound-alike is never read as a digit on its own: "i want
// to go for it", "two for one" and "i ate at four" have none. Measured on
// the ASR set's dev half and the probe of asr_probe_test.go (session 13):
// see the report of branch pii-asr15.

// runAlikes are the words a recogniser writes for a digit inside a
// number: "to"/"too" for two, "for"/"fore" for four, "won" for one, "ate"
// for eight, "of"/"owe" for "oh", "nein" for nine.
var runAlikes = map[string]bool{"to": true, "too": true, "for": true, "fore": true, "won": true, "ate": true,
	"of": true, "owe": true, "nein": true}

// runGrowTypes are the types whose finding grows over the sound-alikes
// next to it: those read digit by digit (a date of birth is not: "june
// won nineteen ninety" reads a day, not digits).
var runGrowTypes = map[Type]bool{Phone: true, Card: true, CardCVV: true, SSN: true, Account: true, Routing: true,
	PIN: true, ZIP: true, Medicare: true, License: true, Passport: true}

// idTypes are the types whose value may open with letters: a member,
// policy or plan ID, a license or a passport ("x y z for five six two").
var idTypes = map[Type]bool{Account: true, Medicare: true, License: true, Passport: true}

// runStopNouns after a number make it a count or an amount, not a digit of
// the value before: "the account ending one two three four for two
// years", "... to three people".
var runStopNouns = map[string]bool{"people": true, "adults": true, "kids": true, "children": true, "times": true,
	"items": true, "tickets": true, "days": true, "weeks": true, "months": true, "years": true, "nights": true,
	"hours": true, "minutes": true, "of": true, "pm": true, "am": true, "o'clock": true, "percent": true}

// runGrowMax bounds the words a finding grows by on each side.
const runGrowMax = 12

// growRunsOverSoundAlikes grows each finding of a type read digit by digit
// (runGrowTypes) over the number words and sound-alikes (runAlikes) said
// right next to it by the same speaker with no pause over answerTurnGap:
// "nine nine for to one one three" found as an account grows over the
// "ate" that ends the turn; "five oh for three three too one nine" over
// "ate ate". After the finding, a sound-alike is taken only with a number
// word after it ("for two") or when the run ends the speaker's turn; a
// run followed by a noun that counts ("for two years", runStopNouns) or a
// unit is left alone. Before the finding, the run must start on a number
// word, unless it opens the speaker's turn (after lead-ins such as "it's",
// "sure"): then, for an ID (idTypes), letters said one by one are taken
// too ("x y z for five six two one", "em are why oh six six to one
// three"; a PERSON finding on them is merged). Other findings stop the
// growth; a NUMBER finding in it is merged. The grown part must hold a
// sound-alike or a letter: clean digits next to a finding were the
// recognizers' to take. The words' types come from Find's shared index
// (types), not a slice of their own.
func growRunsOverSoundAlikes(t *transcript.Transcript, streams []*Tokens, found []Finding, types *wordTypeIndex) []Finding {
	if len(streams) == 0 {
		return found
	}
	sh := streams[0].sh
	var typeAt []Type
	var spans []spanReq
	for i := range found {
		f := &found[i]
		typ := f.Type
		o1, o2 := sh.orderOf(f.FirstWord), sh.orderOf(f.LastWord)
		if o1 < 0 || o2 < 0 {
			continue
		}
		asked := Type("")
		if typ == Number || bridgeTypes[typ] {
			asked = sh.askedDigitType(o1, streams[0]) // ("" unless a question asked for one)
		}
		if typ == Number {
			typ = asked
		}
		if !runGrowTypes[typ] {
			continue
		}
		if typeAt == nil {
			types.forget() // (the findings changed since it last looked)
			typeAt = types.of(found)
		}
		free := func(k int, absorb Type) bool {
			ty := typeAt[sh.order[k]]
			return ty == "" || ty == Number || ty == typ || ty == absorb && absorb != ""
		}
		bridge := bridgeTypes[typ] && asked == typ // (asked: no case, a recogniser's)
		// after the finding
		last, lastAny, bridged := o2, o2, 0
		for k := o2 + 1; k < len(sh.order) && k <= o2+runGrowMax && sh.sameBreath(k) && free(k, ""); k++ {
			w := int(sh.order[k])
			if sh.number[w] {
				last, lastAny = k, k
				continue
			}
			if runAlikes[sh.lower[w]] {
				lastAny = k
				continue
			}
			if g := sh.bridgeAt(k, 1, free); bridge && bridged == 0 && g > 0 {
				bridged, k = g, k+g-1
				continue
			}
			break
		}
		if lastAny > last && sh.endsTurn(lastAny) {
			last = lastAny // ("... nine ate ate": the run ends the turn)
		}
		odd := 0
		for k := o2 + 1; k <= last; k++ {
			if !sh.number[sh.order[k]] {
				odd++
			}
		}
		if last > o2 && (odd == 0 || sh.countsAfter(last) || sh.completeBefore(typ, o1, o2, last)) {
			last = o2 // (digit_tail16.go: a whole value takes no tail)
		}
		// before the finding
		absorb := Type("")
		if idTypes[typ] {
			absorb = Person
		}
		start, bridgedBefore := o1, 0
		for k := o1 - 1; k >= 0 && k >= o1-runGrowMax && sh.sameBreath(k+1) && free(k, absorb); k-- {
			w := int(sh.order[k])
			l := sh.lower[w]
			if sh.number[w] || runAlikes[l] || idTypes[typ] && sh.spelledLetter(w) {
				start = k
				continue
			}
			if g := sh.bridgeAt(k, -1, free); bridge && bridgedBefore == 0 && g > 0 {
				bridgedBefore, k = g, k-g+1
				continue
			}
			break
		}
		if start < o1 && !sh.opensTurn(start) {
			// mid-turn: the run starts on a number word, and letters are no
			// part of it ("sent it to five five ...": the preposition)
			for start < o1 && !sh.number[sh.order[start]] {
				start++
			}
			for k := start; k < o1; k++ {
				if l := sh.lower[sh.order[k]]; !sh.number[sh.order[k]] && !runAlikes[l] && !sh.bridgeWord(k) {
					start = o1 // (a letter inside: not an ID's run)
				}
			}
		}
		first := o1
		for k := start; k < o1; k++ {
			if !sh.number[sh.order[k]] {
				first = start // (a sound-alike, a letter or a bridge in it)
			}
		}
		if first == o1 && last == o2 {
			continue
		}
		if bridged+bridgedBefore > 0 {
			n := 0
			for k := first; k <= last; k++ {
				if sh.number[sh.order[k]] {
					n++
				}
			}
			if n < bridgeMinDigits[typ] {
				continue
			}
		}
		ab := map[Type]bool{Number: true}
		if absorb != "" {
			ab[absorb] = true
		}
		score := f.Score
		if f.Type == Number {
			score = max(score, 0.8)
		}
		spans = append(spans, spanReq{typ, int(sh.order[first]), int(sh.order[last]), score, "digit-alike", ab})
	}
	return mergeSpans(t, found, spans)
}

// bridgeTypes are the types whose long number may hold a digit or two the
// recogniser wrote as other words: "five two two one four four seven dice
// three three six six zero one two one" (a card).
var bridgeTypes = map[Type]bool{Card: true, Phone: true, Account: true}

// bridgeMinDigits is the least number of number words a bridged number
// holds: a card's 13, a phone's 10, an account's 8.
var bridgeMinDigits = map[Type]int{Card: 13, Phone: 10, Account: 8}

// bridgeStops are never a digit misheard inside a number: they join two
// values or repair one ("five five five and six six six", "or", "no").
var bridgeStops = map[string]bool{"and": true, "or": true, "no": true, "not": true, "sorry": true, "wait": true,
	"then": true, "the": true, "is": true, "was": true, "my": true, "your": true, "at": true, "on": true,
	"in": true, "with": true, "from": true, "a": true, "an": true, "it's": true, "that's": true, "but": true,
	"plus": true, "extension": true, "ext": true, "x": true, "dash": true, "point": true, "dot": true}

// bridgeWord reports whether the word at order position k may be a digit
// or two the recogniser wrote as a word inside a number: letters only, no
// number word, sound-alike or bridgeStops word, no cue.
func (sh *shared) bridgeWord(k int) bool {
	w := sh.order[k]
	l := sh.lower[w]
	if sh.number[w] || runAlikes[l] || bridgeStops[l] || sh.cue[w] || answerStarts[l] || l == "" {
		return false
	}
	for _, r := range l {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// bridgeAt returns how many words (1 or 2) from order position k, read in
// direction dir (1 forward, -1 backward), are bridgeWord words followed by
// at least three spelled number words, all in one breath and free; or 0.
func (sh *shared) bridgeAt(k, dir int, free func(int, Type) bool) int {
	in := func(k int) bool { return k >= 0 && k < len(sh.order) }
	breath := func(k int) bool { // k and the word before it in dir
		if dir > 0 {
			return sh.sameBreath(k)
		}
		return sh.sameBreath(k + 1)
	}
	for g := 1; g <= 2; g++ {
		ok := true
		for j := 0; j < g && ok; j++ {
			p := k + dir*j
			ok = in(p) && breath(p) && free(p, "") && sh.bridgeWord(p)
		}
		if !ok {
			return 0
		}
		n := 0
		for j := 0; j < 3; j++ {
			p := k + dir*(g+j)
			if !in(p) || !breath(p) || !free(p, "") || !sh.spelledNumber(int(sh.order[p])) {
				break
			}
			n++
		}
		if n == 3 {
			return g
		}
	}
	return 0
}

// spelledNumber reports whether transcript word w is a number word spelled
// out: a digit, "oh", a teen or a tens.
func (sh *shared) spelledNumber(w int) bool {
	nw := sh.numWord[w]
	return nw.ok && (nw.cls == pDigit || nw.cls == pOh || nw.cls == pTeen || nw.cls == pTens)
}

// askedDigitType returns the type read digit by digit (runGrowTypes) that
// the other speaker's question asks for, alone, when order position o is
// in the turn that answers it, in a transcript without case (a
// recogniser's); or "".
func (sh *shared) askedDigitType(o int, ts *Tokens) Type {
	if sh.cased {
		return ""
	}
	gw := int(sh.order[sh.runStart[o]])
	q := sh.questionBefore(gw, 0, nil)
	if q < 0 {
		return ""
	}
	asked := sh.askedIn(q, ts, gw, false)
	if len(asked) != 1 || !runGrowTypes[asked[0]] {
		return ""
	}
	return asked[0]
}

// orderOf returns the order position of content word w, or -1 when w is
// no content word.
func (sh *shared) orderOf(w int) int {
	o := int(sh.before[w])
	if o < len(sh.order) && int(sh.order[o]) == w {
		return o
	}
	return -1
}

// sameBreath reports whether order positions k-1 and k are the same
// speaker's with no pause over answerTurnGap between them.
func (sh *shared) sameBreath(k int) bool {
	if k <= 0 || k >= len(sh.order) {
		return false
	}
	a, b := int(sh.order[k-1]), int(sh.order[k])
	return sh.sameSpeaker(a, b) && sh.t.Words[b].Start-sh.t.Words[a].End <= answerTurnGap
}

// endsTurn reports whether order position k is the last of its speaker's
// words before the other speaker or a pause over answerValuePause.
func (sh *shared) endsTurn(k int) bool {
	if k+1 >= len(sh.order) {
		return true
	}
	a, b := int(sh.order[k]), int(sh.order[k+1])
	return !sh.sameSpeaker(a, b) || sh.t.Words[b].Start-sh.t.Words[a].End > answerValuePause
}

// opensTurn reports whether order position k opens its speaker's turn,
// after lead-ins at most ("it's", "sure", "yeah": answerStarts) or a cue's
// verb ("is").
func (sh *shared) opensTurn(k int) bool {
	w := int(sh.order[k])
	for p := k - 1; p >= 0 && p > k-5; p-- {
		q := int(sh.order[p])
		if !sh.sameSpeaker(q, w) || sh.t.Words[sh.order[p+1]].Start-sh.t.Words[q].End > answerMaxPause {
			return true
		}
		l := sh.lower[q]
		if cueVerbs[l] && l != "on" && l != "at" {
			return true
		}
		if !answerStarts[l] {
			return false
		}
	}
	return k == 0
}

// spelledLetter reports whether transcript word w is a letter said alone:
// one letter a-z, or a letter's sound-alike (letterSoundAlikes) that is no
// everyday word, or one of "are", "why", "see", "you", "oh".
func (sh *shared) spelledLetter(w int) bool {
	l := sh.lower[w]
	if len(l) == 1 && l[0] >= 'a' && l[0] <= 'z' {
		return true
	}
	distinct, ok := letterSoundAlikes[l]
	return ok && (distinct || l == "are" || l == "why" || l == "see")
}

// countsAfter reports whether the word after order position k, the same
// speaker's, makes the number before it a count or an amount
// (runStopNouns, measureNouns, answerUnits).
func (sh *shared) countsAfter(k int) bool {
	if !sh.sameBreath(k + 1) {
		return false
	}
	l := sh.lower[sh.order[k+1]]
	return runStopNouns[l] || measureNouns[strings.TrimSuffix(l, "s")] || answerUnits[l]
}

// monthAlikes are the sound-alikes a recogniser writes for a month's digit
// in an expiry: "to" for 2, "for" for 4, "won" for 1, "ate" for 8.
var monthAlikes = map[string]int{"won": 1, "to": 2, "too": 2, "for": 4, "fore": 4, "ate": 8}

// expiryAfterCardWords bounds what stands between a card and its expiry:
// the card's speaker's words with no number ("and it expires", "expiry")
// or the other speaker's question, which the recogniser may have garbled
// ("x bye rate shun" for "expiration").
const expiryAfterCardWords = 12

// otherAsks name in a question a value that is no expiry and may be said
// as a month and a year are: "and the amount?" ("twelve twenty five"),
// "when?", "what date?", "how much?".
var otherAsks = map[string]bool{"amount": true, "total": true, "much": true, "price": true, "cost": true,
	"balance": true, "when": true, "time": true, "date": true, "day": true, "many": true, "long": true,
	"old": true, "birth": true, "born": true, "birthday": true, "room": true, "flight": true}

// expiryAfterCardDelay is the longest time from a card's end to its
// expiry's start.
const expiryAfterCardDelay = 15e9 // 15 s

// expiryAfterCard flags a card's expiry said by the card's speaker right
// after it, which no cue the recogniser heard names: "... one one one one"
// then the other speaker's garbled question ("rocks bury"), then "sure oh
// ate thirty"; "... one one and it expires oh ate twenty six". The form: after
// a CARD finding, either at most three words of its speaker with no
// number, or the end of its speaker's turn, a turn of the other speaker
// of at most expiryAfterCardWords words with no number, no cue of another
// type ("and your zip code?") and no word asking for another value
// (otherAsks: "and the amount?"), and the answer's lead-ins;
// then a month and a year, each read as digits: "oh seven", "twelve",
// "to" (2) or "oh ate" (a sound-alike for its digit, monthAlikes), then
// "twenty" and a digit or "thirty"; no number word after it, nor a count
// or a unit ("for twenty five dollars"). The expiry starts within
// expiryAfterCardDelay of the card's end, and holds no finding but a
// NUMBER (merged). Its score is the card's, 0.8 at most: it runs after
// the answer rule, whose card (AnswerScore) it follows too. The words'
// types come from Find's shared index (types).
func expiryAfterCard(t *transcript.Transcript, streams []*Tokens, found []Finding, types *wordTypeIndex, p *Policy) []Finding {
	if len(streams) == 0 || !p.enabled(CardExpiry) {
		return found
	}
	sh := streams[0].sh
	var typeAt []Type
	var spans []spanReq
	for i := range found {
		c := &found[i]
		if c.Type != Card {
			continue
		}
		o2 := sh.orderOf(c.LastWord)
		if o2 < 0 {
			continue
		}
		if typeAt == nil {
			types.forget() // (the findings changed since it last looked)
			typeAt = types.of(found)
		}
		cw := c.LastWord
		k := o2 + 1
		// (a) a few words of the card's speaker
		for n := 0; n < 3 && k < len(sh.order) && sh.sameSpeaker(int(sh.order[k]), cw) && !sh.number[sh.order[k]] &&
			monthAlikes[sh.lower[sh.order[k]]] == 0; n++ {
			k++
		}
		if k < len(sh.order) && !sh.sameSpeaker(int(sh.order[k]), cw) {
			// (b) the other speaker's question, then the answer's lead-ins
			k = o2 + 1
			for k < len(sh.order) && sh.sameSpeaker(int(sh.order[k]), cw) {
				k++ // (the card's turn's last words)
			}
			q := k
			for k < len(sh.order) && !sh.sameSpeaker(int(sh.order[k]), cw) {
				w := int(sh.order[k])
				if k-q >= expiryAfterCardWords || sh.number[w] {
					k = len(sh.order)
					break
				}
				if ty, ok := sh.cueEndingAt(k, 0); ok && ty != CardExpiry || !ok && otherAsks[sh.lower[w]] {
					k = len(sh.order) // (a question for something else)
					break
				}
				k++
			}
			if k == q {
				continue
			}
			for n := 0; n < 3 && k < len(sh.order) && sh.sameSpeaker(int(sh.order[k]), cw) && answerStarts[sh.lower[sh.order[k]]]; n++ {
				k++
			}
		}
		if k >= len(sh.order) || !sh.sameSpeaker(int(sh.order[k]), cw) ||
			sh.t.Words[sh.order[k]].Start-sh.t.Words[cw].End > expiryAfterCardDelay {
			continue
		}
		end := sh.expiryAt(k)
		if end < 0 {
			continue
		}
		free := true
		for e := k; e <= end; e++ {
			ty := typeAt[sh.order[e]]
			free = free && (ty == "" || ty == Number)
		}
		if !free {
			continue
		}
		score := min(0.8, c.Score) // (a card the answer rule found: its score)
		if score < p.MinScore {
			continue
		}
		spans = append(spans, spanReq{CardExpiry, int(sh.order[k]), int(sh.order[end]), score, "expiry-after-card",
			map[Type]bool{Number: true}})
	}
	return mergeSpans(t, found, spans)
}

// expiryAt returns the order position of the last word of a month and a
// year read as digits from order position k ("oh six twenty eight",
// "twelve thirty", "to twenty eight"), said in one breath and followed by
// no number word, count or unit; or -1.
func (sh *shared) expiryAt(k int) int {
	word := func(k int) (string, numWord, bool) {
		if k >= len(sh.order) || !sh.sameBreath(k) && k > 0 && sh.sameSpeaker(int(sh.order[k-1]), int(sh.order[k])) {
			return "", numWord{}, false
		}
		w := sh.order[k]
		return sh.lower[w], sh.numWord[w].numWord, sh.numWord[w].ok
	}
	digit := func(l string, nw numWord, ok bool) bool {
		return ok && nw.cls == pDigit && nw.val > 0 || monthAlikes[l] > 0
	}
	l, nw, ok := word(k)
	switch {
	case l == "oh" || l == "zero" || l == "of" || l == "owe":
		if l2, nw2, ok2 := word(k + 1); digit(l2, nw2, ok2) {
			k++
		} else {
			return -1
		}
	case ok && nw.cls == pTeen && nw.val <= 12, digit(l, nw, ok):
	default:
		return -1
	}
	k++
	l, nw, ok = word(k)
	switch {
	case ok && nw.cls == pTens && nw.val == 20:
		l2, nw2, ok2 := word(k + 1)
		if !(ok2 && nw2.cls == pDigit || monthAlikes[l2] > 0) {
			return -1
		}
		k++
	case ok && nw.cls == pTens && nw.val == 30:
	default:
		return -1
	}
	if k+1 < len(sh.order) && sh.sameBreath(k+1) && (sh.number[sh.order[k+1]] || sh.countsAfter(k)) {
		return -1 // (a longer number, a count or an amount)
	}
	return k
}

// prepositionHeardAs are the digits a recogniser writes for "to" and "for"
// ("i will need your account number two set up ...").
var prepositionHeardAs = map[string]bool{"two": true, "four": true}

// prepositionHeardAsDigit reports whether the word at order position p is
// "two" or "four" alone (no number word next to it, the same speaker's)
// right after a number's cue, in a transcript without case: a recogniser's
// "to" or "for", which gives no number ("... account number two set up
// the payments"). Cased, next to another number word or after another word ("the
// phone number for room two"), it is the digit.
func (sh *shared) prepositionHeardAsDigit(p int) bool {
	if sh.cased || !prepositionHeardAs[sh.lower[sh.order[p]]] {
		return false
	}
	w := int(sh.order[p])
	for _, k := range [2]int{p - 1, p + 1} {
		if k >= 0 && k < len(sh.order) && sh.sameSpeaker(int(sh.order[k]), w) && sh.number[sh.order[k]] {
			return false
		}
	}
	if p == 0 || !sh.sameSpeaker(int(sh.order[p-1]), w) {
		return false
	}
	_, cue := sh.cueEndingAt(p-1, 0)
	return cue
}
