package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// A colleague named as the subject of what they did or will do, as people
// talk about each other: "rosalind suggested we could start", "dmitri
// calculated them", "maybe ingeborg should have a look", "Tuomas
// couldn't come". The word must be a listed first name that is no common
// word and no place or town of the world (listedPerson, IsWorldTown), not
// after an article or a preposition that makes it a thing or a place, and
// a verb of its own must follow (subjectVerbsAfterName, or an English word
// in -ed).

// subjectVerbsAfterName are verbs and auxiliaries said right after a
// person as the subject: what a person does (personVerbs, person-speech's
// list) and the auxiliaries and plain verbs a listed name is read with.
var subjectVerbsAfterName = withWords(withWords(map[string]bool{}, keysOf(personVerbs)...),
	"is", "was", "has", "had", "will", "would", "should", "could", "can", "did", "does", "used", "got", "gets",
	"made", "makes", "gonna", "might", "may", "must", "needs", "took", "came", "went")

// keysOf returns the words of the set m.
func keysOf(m map[string]bool) []string {
	ws := make([]string, 0, len(m))
	for w := range m {
		ws = append(ws, w)
	}
	return ws
}

// subjectName reports whether token i is a listed first name said as the
// subject before its verb, as the comment above describes.
//
// The tests are pure and all must hold, so they run cheapest and rarest
// first: the word's shape and the verb after it, and only then the name
// lists, which cost a dozen look-ups (listedPerson) and are asked of
// every word of a call.
func (ts *Tokens) subjectName(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	if len(w) < 3 || ts.Cased && !ts.Capitalised(tk.First) || strings.ContainsRune(w, '\'') || ts.sentenceEndsAfter(i) {
		return false
	}
	if !ts.firstNameAt(i) || ts.commonAt(i) {
		return false // (asked last below too; the token's kept answers now cost a bit each: task speed19)
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	if v := ts.Toks[n].Norm; !subjectVerbsAfterName[v] && !(len(v) > 4 && strings.HasSuffix(v, "ed") && names.IsEnglishWord(v)) {
		return false
	}
	if _, month := months[w]; month || weekdays[w] {
		return false
	}
	if p := ts.prev(i - 1); p >= 0 && !ts.sentenceEndsAfter(p) && ts.isWord(p, "the", "a", "an", "in", "at", "from", "to", "near",
		"of", "on", "into", "via", "visit", "visiting", "this", "that", "my", "our", "your", "their", "his", "her") {
		return false // ("the Chase app", "in Austin was")
	}
	return listedPerson(w) && ts.firstNameAt(i) && !ts.commonAt(i) && !names.IsWorldTown(w)
}
