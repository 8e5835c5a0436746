package redact

import "github.com/callveil/callveil/transcript"

// nameAnswerMaxWords bounds the answer to a name question that a name
// found in part grows over: a first, a middle and a last name, one of them
// heard as two words.
const nameAnswerMaxWords = 4

// nameGrowLeads open an answer to a name question before the name: "this
// is ...", "my name is ...", "it's ...", "i'm ..." (with answerStarts).
var nameGrowLeads = map[string]bool{"this": true, "is": true, "my": true, "name": true, "name's": true,
	"i'm": true, "it": true, "it's": true, "that's": true, "speaking": false}

// nameGrowStops are no part of a name said as an answer: thanks, a
// greeting ("hi tomas vale"), a word that says who speaks ("here",
// "speaking"), a pronoun, a yes or a no.
var nameGrowStops = map[string]bool{"thanks": true, "thank": true, "you": true, "please": true, "yes": true,
	"no": true, "speaking": true, "here": true, "calling": true, "sorry": true, "and": true, "or": true,
	"but": true, "i": true, "i'm": true, "me": true, "my": true, "is": true, "it": true, "it's": true, "that": true,
	"that's": true, "okay": true, "ok": true, "right": true, "the": true, "to": true, "for": true, "sir": true,
	"ma'am": true, "again": true, "too": true, "though": true, "actually": true, "hi": true, "hello": true,
	"hey": true, "good": true, "morning": true, "afternoon": true, "evening": true, "there": true}

// nameAnswerGrows grows a PERSON finding inside a short answer to the
// other speaker's question for a name over the rest of the answer, in a
// transcript without case (a recogniser's): a name the recogniser split
// into common words, of which the name recognizers found one ("it's mary
// fill ups" found as "mary", "carry anderson" as "anderson"). The form:
// the answer, after its lead-ins ("it's", "this is", "my name is"), holds
// at most nameAnswerMaxWords words and ends its speaker's turn (the other
// speaker or a pause over answerValuePause follows); the words added hold
// no number, no other finding and none of nameGrowStops ("it's mary
// thanks", "john here", "sam speaking" grow by nothing).
func nameAnswerGrows(t *transcript.Transcript, streams []*Tokens, found []Finding) []Finding {
	if len(streams) == 0 || streams[0].sh.cased {
		return found
	}
	sh := streams[0].sh
	byChannel := map[int]*Tokens{}
	for _, ts := range streams {
		byChannel[ts.Channel] = ts
	}
	var typeAt []Type
	var spans []spanReq
	for i := range found {
		f := &found[i]
		if f.Type != Person {
			continue
		}
		o1, o2 := sh.orderOf(f.FirstWord), sh.orderOf(f.LastWord)
		if o1 < 0 || o2 < 0 {
			continue
		}
		a := int(sh.runStart[o1])
		for a < o1 && (answerStarts[sh.lower[sh.order[a]]] || nameGrowLeads[sh.lower[sh.order[a]]]) {
			a++
		}
		e := o2
		for !sh.endsTurn(e) && e-a < nameAnswerMaxWords {
			e++
		}
		if !sh.endsTurn(e) || e-a+1 > nameAnswerMaxWords || a == o1 && e == o2 {
			continue
		}
		ts := byChannel[t.Words[f.FirstWord].Channel]
		if ts == nil || !ts.answersNameQuestion(int(sh.order[a])) {
			continue
		}
		if typeAt == nil {
			typeAt = wordTypes(t, found)
		}
		ok := true
		for k := a; k <= e && ok; k++ {
			if k >= o1 && k <= o2 {
				continue
			}
			w := sh.order[k]
			ok = !sh.number[w] && (typeAt[w] == "" || typeAt[w] == Person) && !nameGrowStops[sh.lower[w]]
		}
		if ok {
			spans = append(spans, spanReq{Person, int(sh.order[a]), int(sh.order[e]), f.Score, "name-answer", nil})
		}
	}
	return mergeSpans(t, found, spans)
}
