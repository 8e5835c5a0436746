package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// A first name that is also a word, said as the subject of a verb of its
// own: "Frank has a question for you.", "Cliff is not on right now.",
// "until the doc checks in, Rod wakes the crew", "bill says it's fine".
// An everyday noun needs an article to be a subject ("the bill is", "a
// jack has"), so a bare one before a verb is the person. The name is one
// of the 1,500 most common first names and no mass noun said without an
// article (massNames: "Faith is", "Grace was"), no word that describes
// (adjectiveLike), no acknowledgement or radio letter; the word before
// it, in its sentence, is no article, possessive or preposition
// (ownedBefore, subjectName's list).
//
//   - Cased, capitalised (opening its sentence or inside it), before
//     "is", "was", "has" or "had" not followed by a number ("Bill is 40
//     dollars" is the bill), or before a verb of what people do
//     (personVerbs: "Jack says", "Mark wants").
//   - Cased, capitalised inside its sentence, also before a verb in -s
//     or -ed that is an English word ("Rod wakes", "Bud landed").
//   - Lowercase, before a verb of what people do only: "frank says",
//     "so bill wants it"; "bill is due" stays a word.
//
// It cannot tell a name from a clipped noun in radio shorthand ("Jack is
// loose" of a connector) when the word opens its sentence. It reads one
// word before and two after.
func (ts *Tokens) wordNameSubject(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	if len(w) < 3 || tk.First != tk.Last || !ts.firstNameAt(i) || !ts.commonAt(i) || strings.ContainsRune(w, '\'') || ts.sentenceEndsAfter(i) {
		return false // (a listed first name that is a word, asked below too: kept bits before the next word's lists, task speed19)
	}
	if ts.Cased && !ts.Capitalised(tk.First) {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || ts.turn[tk.Last] {
		return false
	}
	v := ts.Toks[n].Norm
	person := personVerbs[v] && (strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "n't") || v == "said" || v == "told" || v == "thought" || v == "knew" || v == "felt" || v == "left" || v == "sent" || v == "wrote" || v == "forgot" || v == "understood")
	switch {
	case person:
	case !ts.Cased:
		return false
	case v == "is" || v == "was" || v == "has" || v == "had":
		if ts.sentenceEndsAfter(n) || ts.numberAfter(n) {
			return false
		}
	case ts.SentenceStart(tk.First):
		return false
	case len(v) > 4 && (strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "ed")) &&
		names.IsEnglishWord(v) && !names.IsFirstName(v) && !names.IsSurname(v) && !ts.Capitalised(ts.Toks[n].First):
	default:
		return false
	}
	if !ts.firstNameAt(i) || !ts.commonAt(i) || names.FirstNameRank(w) > 1500 {
		return false // (a name that is no word is the other rules')
	}
	if massNames[w] || adjectiveLike(w) || radioAlphabet[w] || ackWords[w] || months[w] != 0 || weekdays[w] ||
		!person && (verbNames[w] || auxVerbs[w]) || !ts.speechNameAt(i, ts.Cased, false) {
		return false
	}
	if ts.ownedBefore(i) {
		return false // "the bill has", "my jack was"
	}
	p := ts.prev(i - 1)
	return p < 0 || ts.sentenceEndsAfter(p) || !ts.isWord(p, "in", "at", "from", "to", "near", "of", "on", "into", "via", "for", "with", "by")
}

// numberAfter reports whether the word after token n, in its sentence, is
// a number in digits or words.
func (ts *Tokens) numberAfter(n int) bool {
	k := ts.next(n + 1)
	if k >= len(ts.Toks) || ts.sentenceEndsAfter(n) {
		return false
	}
	switch ts.Toks[k].Kind {
	case KindNumber, KindMeasure, KindOrdinal:
		return true
	case KindWord:
	default:
		return false
	}
	nw, ok := numWords[ts.Toks[k].Norm]
	return ok && nw.cls != pOh
}

// closingAcks end an acknowledgement, a thanks or a greeting right before
// the name of the one spoken to at the end of a turn ("roger bill",
// "thanks bud", "go ahead frank", "thank you jack").
var closingAcks = map[string]bool{"okay": true, "ok": true, "roger": true, "understand": true, "understood": true,
	"yes": true, "yeah": true, "alright": true, "negative": true, "affirmative": true, "sure": true, "copy": true,
	"thanks": true, "hey": true, "hi": true, "hello": true, "bye": true, "morning": true, "night": true}

// lowerClosingWordName reports whether token i, in a lowercase
// transcript, is a first name that is also a word (wordFirstName: "frank",
// "bud", "jack") ending its turn right after an acknowledgement, a thanks
// or a greeting (closingAcks), "go ahead" or "thank you": "go ahead
// frank", "thanks bud", "okay jack". Cased, the comma and the capital tell
// (the vocative rules). A call sign is no first name of the first 1,500 or
// is trimmed by the radio pass where the transcript names it one.
func (ts *Tokens) lowerClosingWordName(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last || !(ts.turn[tk.Last] || tk.Last >= len(ts.Words)-1) || !ts.commonAt(i) || !ts.wordFirstNameAt(i) {
		return false
	}
	p := ts.prev(i - 1)
	if p < 0 || ts.turn[ts.Toks[p].Last] || ts.Toks[p].Kind != KindWord {
		return false
	}
	switch pw := ts.Toks[p].Norm; {
	case closingAcks[pw]:
		return true
	case pw == "ahead":
		return ts.isWord(ts.prev(p-1), "go")
	case pw == "you":
		return ts.isWord(ts.prev(p-1), "thank")
	}
	return false
}
