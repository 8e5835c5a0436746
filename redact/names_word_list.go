package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Lists of words. "Raven, Harbour." answering "Which moorings are free?",
// "Canyon, Harbour, Ridge.": an item of a list read out with commas is a
// thing of the same kind as its neighbours, so a capitalised word whose
// only claim to be a name is that it is a listed surname (the person
// recognizer's weakest evidence: "Harbour", "Ridge", "Heron") is no name
// when the item right before or after it, across one comma and in the
// same sentence, is a capitalised word of the English dictionary that is
// no common first name ("Raven", "Maple", "Canyon"), and no interjection
// or greeting ("Thanks, Harbour.", "Yes, Okafor." keep the name). Such
// a word before a comma opens no first name and surname either ("Raven,
// Heron.": surnameFollows).
//
// A first name beside a common first name (rank 1,500 or better) is a
// person, however rare it is as a name ("Hunter, Rose.", "Hunter, Ivy.":
// task review16); "Raven, Heron." (both rare) stays a list of things.
//
// What it cannot do: a list of people named by surnames that are words
// ("Cook, Baker and Wood") loses them; "Harbour, Okafor." keeps both (no
// neighbour is a word). It reads one word either side.

// listInterjections open a sentence before a comma and a name: a reply,
// a greeting or a thanks, not an item of a list.
var listInterjections = withWords(map[string]bool{}, "please", "sorry", "no", "nope", "bye", "goodbye", "cheers",
	"sir", "madam", "listen", "look", "wait", "right", "fine", "good", "nice", "cool", "hmm", "oops", "sorry",
	"welcome", "congratulations", "pardon", "excuse", "anyway", "then", "and", "but", "or", "thanks", "thank")

// wordListItem reports whether token i, a word of the dictionary
// (dictionaryWord), is an item of a list whose neighbouring item (see the
// file comment) is a word.
func (ts *Tokens) wordListItem(i int) bool {
	if !ts.Cased || !dictionaryWord(ts.Toks[i].Norm) {
		return false
	}
	if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Last+1 == ts.Toks[i].First && !ts.sentenceEndsAfter(p) &&
		ts.Word(ts.Toks[p].Last).Punct == "," && ts.listThingWord(p, i) {
		return true
	}
	n := ts.next(i + 1)
	return n < len(ts.Toks) && ts.Toks[i].Last+1 == ts.Toks[n].First && !ts.sentenceEndsAfter(i) &&
		ts.Word(ts.Toks[i].Last).Punct == "," && ts.listThingWord(n, i)
}

// dictionaryWord reports whether w is a word of the English dictionary,
// in British spelling too ("harbour" as "harbor").
func dictionaryWord(w string) bool {
	if names.IsEnglishWord(w) {
		return true
	}
	k, ok := strings.CutSuffix(w, "our")
	return ok && len(k) >= 2 && names.IsEnglishWord(k+"or")
}

// listThingWord reports whether token k, a neighbour of the item at token
// i, is a capitalised word of the dictionary that is no common first
// name, interjection or greeting, and is capitalised inside its sentence
// or opens a sentence that is nothing but the list ("Raven, Harbour.";
// not "Also, Fey will be there").
func (ts *Tokens) listThingWord(k, i int) bool {
	tk := &ts.Toks[k]
	if tk.Kind != KindWord || tk.First != tk.Last || !ts.Capitalised(tk.First) {
		return false
	}
	w := tk.Norm
	if !dictionaryWord(w) || names.IsFirstName(w) && names.FirstNameRank(w) <= 1500 {
		return false
	}
	if k != i && besideCommonFirstName(w, ts.Toks[i].Norm) {
		return false
	}
	if ackWords[w] || replyOpeners[w] || sentenceOpeners[w] || introGreetings[w] || listInterjections[w] {
		return false
	}
	if !ts.SentenceStart(tk.First) {
		return true
	}
	return ts.listToSentenceEnd(max(k, i))
}

// besideCommonFirstName reports whether w, a first name, stands beside
// other, a common first name (rank 1,500 or better): two people ("Hunter,
// Rose."), not two things.
func besideCommonFirstName(w, other string) bool {
	return names.IsFirstName(w) && names.IsFirstName(other) && names.FirstNameRank(other) <= 1500
}

// listToSentenceEnd reports whether the sentence ends at token j or after
// at most two more items of one word each, set off by commas.
func (ts *Tokens) listToSentenceEnd(j int) bool {
	for n := 0; n < 3; n++ {
		if ts.sentenceEndsAfter(j) || ts.next(j+1) >= len(ts.Toks) {
			return true
		}
		if ts.Word(ts.Toks[j].Last).Punct != "," {
			return false
		}
		j = ts.next(j + 1)
		if ts.Toks[j].Kind != KindWord || ts.Toks[j].First != ts.Toks[j].Last {
			return false
		}
	}
	return false
}
