package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// A corner named by two streets with no street type, given as the
// address: "what's the address?" "Maple and Broad"; "my address is elm
// and main"; "where are you located?" "It's Oak and Fifth". cornerAnswer
// reads corners with a type or a numbered street on either side; this
// takes the untyped pair only where an address is plainly asked for or
// given (addressAsked, or the answer to a question with "address",
// "location", or "where" and "live" or "located"; not "where should we
// meet?"), each street one or two words that are English words or no
// listed first name (not "Mary and 2 others", "Mary and Frank"), in a
// cased transcript capitalised, the second ending its clause. What it
// cannot do: a corner of two first names that are no English words
// ("Jefferson and Madison" are places on the lists; "Mary and Anne" stay
// people); a corner said with no address question or cue.

// namedCornerGiven reports whether streets a..aEnd and b..bEnd, joined by
// "and", are a corner given as an address.
func (ts *Tokens) namedCornerGiven(a, aEnd, b, bEnd int) bool {
	if !ts.cornerNameWords(a, aEnd) || !ts.cornerNameWords(b, bEnd) {
		return false
	}
	if n := ts.next(bEnd + 1); !ts.sentenceEndsAfter(bEnd) && !ts.turn[ts.Toks[bEnd].Last] && n < len(ts.Toks) && !ts.clauseEndsAfter(bEnd) {
		return false // "Maple and Broad Insurance called": the pair goes on
	}
	if ts.Cased && !ts.allCapitalised(a, bEnd) {
		return false
	}
	if ts.addressAsked(a) {
		return true
	}
	gw := ts.Words[ts.Toks[a].First]
	where, lives := false, false
	return ts.sh.answersQuestion(gw, addressLeadIns, func(l string, _ int) bool {
		where = where || l == "where"
		lives = lives || l == "live" || l == "located"
		return l == "address" || l == "location" || where && lives
	})
}

// cornerNotNames are words of talk that open or fill an answer: no
// street's name ("huh and he said").
var cornerNotNames = withWords(map[string]bool{}, "huh", "hmm", "yeah", "yes", "okay", "well", "sure", "right",
	"said", "says", "say", "think", "know", "mean", "guess")

// cornerNameWords reports whether tokens a..end are one or two words that
// can name a street: three letters or more, an English word or no listed
// first name, and no word of talk (personStop, cornerNotNames).
func (ts *Tokens) cornerNameWords(a, end int) bool {
	if end < a || end > ts.next(ts.next(a)+1) {
		return false
	}
	for j := a; j <= end; j = ts.next(j + 1) {
		t := &ts.Toks[j]
		if t.Kind != KindWord || !isAlpha(t.Norm) || strings.ContainsAny(t.Norm, "'’") || len(t.Norm) < 3 || t.in(wcStreetStop) ||
			personStop[t.Norm] || cornerNotNames[t.Norm] {
			return false
		}
		if names.IsFirstName(t.Norm) && !names.IsEnglishWord(t.Norm) {
			return false
		}
	}
	return true
}
