package redact

import "github.com/callveil/callveil/redact/internal/names"

// functionWords are closed-class words (prepositions, pronouns,
// determiners, conjunctions, auxiliaries and modals, fillers, and a few
// adverbs that glue a sentence) that the census lists also carry as
// surnames: "To", "Her", "So", "Do", "Will", "May", "Via", "Till", "Just",
// "Oh". Used as the word they are, they are no one's surname.
var functionWords = map[string]bool{
	"to": true, "in": true, "on": true, "at": true, "of": true, "for": true, "from": true, "with": true, "by": true,
	"via": true, "till": true, "until": true, "into": true, "onto": true, "upon": true, "about": true, "over": true,
	"under": true, "after": true, "before": true, "since": true, "per": true, "than": true, "as": true,
	"and": true, "or": true, "but": true, "nor": true, "so": true, "if": true, "because": true, "while": true,
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "some": true,
	"any": true, "no": true, "not": true, "all": true, "each": true, "both": true,
	"i": true, "me": true, "my": true, "you": true, "your": true, "he": true, "him": true, "his": true,
	"she": true, "her": true, "hers": true, "it": true, "its": true, "we": true, "us": true, "our": true,
	"they": true, "them": true, "their": true, "who": true, "what": true, "which": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "am": true,
	"do": true, "does": true, "did": true, "have": true, "has": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "shall": true, "should": true, "may": true,
	"might": true, "must": true,
	"just": true, "then": true, "there": true, "here": true, "too": true, "also": true, "yet": true,
	"oh": true, "um": true, "uh": true, "ah": true, "yes": true, "yeah": true, "okay": true, "ok": true,
}

// surnameAfterName reports whether token j, right after a first name, is
// a listed surname in this use: a function word that is also listed
// ("victoria to the coast", "will do") counts only when capitalised in a
// cased transcript ("Maria To", "Theresa May"); capitals are then the cue
// that it is a name. A possessive "'s" is no part of the surname ("over at
// Maria Mendoza's house").
func (ts *Tokens) surnameAfterName(j int) bool {
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord {
		return false
	}
	w := nameKey(ts.Toks[j].Norm) // ("at maria mendoza's place")
	if !names.IsSurname(w) {
		return false
	}
	return !functionWords[w] || ts.Cased && ts.Capitalised(ts.Toks[j].First)
}
