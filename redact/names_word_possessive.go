package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// A first name that is also a word, said with "'s" before a plural noun,
// owns what the noun names: "chuck's slides", "any of chuck's meetings",
// "so frank's notes". Before a plural noun the "'s" can be neither "is" nor
// "has" ("bill's due", "frank's been" stay unread here), and the word
// owning the things is a person's name where nothing makes it a noun: it
// opens the turn or its sentence, or follows a filler, a clause opener
// ("and", "so") or a preposition ("of", "with"), never an article, a
// possessive or a noun ("the bill's costs", "my phone bill's charges").
// Cased, the name opens its sentence (inside one, its capital already
// decides: spokenPossessive). Not a first name that is a verb or a
// month ("mark's", "may's figures"), nor a shop ("wendy's fries"). It
// cannot find a word name before a singular noun ("chuck's idea"): "bill's
// total" is as often the bill's. It reads one word either side.

// possessivePrepositions may come right before a possessive name.
var possessivePrepositions = map[string]bool{"of": true, "for": true, "with": true, "to": true, "from": true,
	"about": true, "on": true, "in": true, "at": true, "by": true, "like": true, "than": true, "into": true}

// wordNamePossessive reports whether token i is a first name that is also
// a word, with "'s", before a plural noun, as above.
func (ts *Tokens) wordNamePossessive(i int) bool {
	tk := &ts.Toks[i]
	k, ok := possessiveStem(tk.Norm)
	if !ok || tk.First != tk.Last || !names.IsFirstName(k) || !names.IsCommonWord(k) || !speechNameWord(k, false, false) ||
		verbNames[k] || radioAlphabet[k] || ackWords[k] || ts.sentenceEndsAfter(i) || ts.turn[tk.Last] {
		return false
	}
	if ts.Cased && (!ts.Capitalised(tk.First) || !ts.SentenceStart(tk.First)) {
		return false
	}
	if ts.businessPossessive(i) || ts.placeOrShopBefore(i, k) || ts.ownedBefore(i) {
		return false
	}
	if p := ts.prev(i - 1); p >= 0 && !ts.turn[ts.Toks[p].Last] && !ts.sentenceEndsAfter(p) &&
		!ts.wordIn(p, clauseOpenersBefore) && !ts.wordIn(p, possessivePrepositions) && ts.Toks[i-1].Kind != KindFiller {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || ts.shopOrPlacePossessive(n) || businessThings[ts.Toks[n].Norm] {
		return false
	}
	return pluralEnglishNoun(ts.Toks[n].Norm)
}

// pluralEnglishNoun reports whether w, lowercase, is the plural of an English
// noun: an English word ending in "s" whose stem is one, and no verb,
// auxiliary or function word ("notes", "meetings", not "is", "goes",
// "does", "glass").
func pluralEnglishNoun(w string) bool {
	if len(w) < 4 || !isAlpha(w) || !names.IsEnglishWord(w) || functionWords[w] || auxVerbs[w] || personVerbs[w] || pastVerbs[w] ||
		personStop[w] || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && (names.IsEnglishWord(stem) || strings.HasSuffix(stem, "e") && names.IsEnglishWord(stem[:len(stem)-1]))
}
