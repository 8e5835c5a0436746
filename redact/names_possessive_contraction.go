package redact

import (
	"github.com/callveil/callveil/redact/internal/names"
)

// A name said with "'s" right after a contraction whose own "'s" is "is"
// ("What's Rod's estimate?") is the owner of what follows, though the
// possessive rule takes a word after another "'s" for a noun. On set13's
// dev half this finds 2 possessives (1 cased, 1 lowercase) and flags no
// word it did not before; it cannot find a word name before a number or
// at the end of the sentence ("what's grace's?").
//
// Cased, a sentence may also open on a first name that is no word said
// with "'s" for "is" or "has" before what people do ("Ed's trying to get
// it out."; names_speech.go's spokenPossessive): set13 dev +1 cased
// possessive, no new flagged word. A word name there stays a word
// ("Bill's gonna be higher").

// contractionOwner reports whether token i, a word k said with "'s" right
// after a contraction whose "'s" is "is" or "has" ("what's", "where's",
// "here's"), is a person's name: after such a word the name is the owner
// of what follows, not a noun of an article ("What's Rod's estimate?",
// "where's grace's card"). Cased, a capitalised word that can be a name;
// lowercase, a listed first name ranked among the first 1500 (a word
// such as "rod" or "grace" included) that is no verb and no month, or a
// name that is no word; either before a word of the same sentence.
func (ts *Tokens) contractionOwner(i int, k string) bool {
	n := ts.next(i + 1)
	if ts.sentenceEndsAfter(i) || n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	if ts.Cased {
		return ts.capitalInside(i) && speechNameWord(k, true, false)
	}
	return speechNameWord(k, false, true) ||
		names.IsFirstName(k) && names.FirstNameRank(k) <= 1500 && speechNameWord(k, false, false) && !verbNames[k]
}
