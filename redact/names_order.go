package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// surnameFirstStated finds a name said surname first where the speaker
// says so right after it: two or three name words, then "last name
// first" or "surname first" ("it's printed verdone armand, last name
// first", "okafor amara surname first"): two words, or three when the
// third is capitalised or, lowercase, a listed name. The words must be in one
// sentence with the phrase, none a stop word or, lowercase, a common word
// that no name list holds ("please put the last name first" names no
// one).
func (ts *Tokens) surnameFirstStated() []Finding {
	var out []Finding
	for k := 2; k < len(ts.Toks); k++ {
		if !ts.isWord(k, "first") && !(ts.Toks[k].Kind == KindOrdinal && ts.Toks[k].Norm == "1" && strings.EqualFold(ts.Word(ts.Toks[k].First).Text, "first")) {
			continue // (lowercase, "first" is read as an ordinal)
		}
		n := ts.prev(k - 1)
		if !ts.isWord(n, "name", "surname") {
			continue
		}
		lead := n
		if ts.isWord(n, "name") {
			if lead = ts.prev(n - 1); !ts.isWord(lead, "last", "family") {
				continue
			}
		}
		end := ts.prev(lead - 1)
		if end < 0 || ts.sentenceEndsAfter(end) && !strings.Contains(ts.Word(ts.Toks[end].Last).Punct, ",") {
			continue
		}
		first, words := end, 0
		for j := end; j >= 0 && words < 3; j = ts.prev(j - 1) {
			if !ts.surnameFirstWord(j) || j < end && ts.sentenceEndsAfter(j) {
				break
			}
			if w := ts.Toks[j].Norm; words == 2 && !ts.Cased && !names.IsSurname(w) && !names.IsFirstName(w) {
				break // a third word lowercase only when a name list holds it ("printed verdone armand")
			}
			first, words = j, words+1
		}
		if words >= 2 {
			out = append(out, ts.TokenFinding(Person, first, end, 0.9, "person-surname-first"))
		}
	}
	return out
}

// surnameFirstWord reports whether token j can be a word of a name said
// surname first: a word of letters, no stop word, capitalised in a cased
// transcript, and in a lowercase one no common word unless a name list
// holds it.
func (ts *Tokens) surnameFirstWord(j int) bool {
	t := &ts.Toks[j]
	w := t.Norm
	if t.Kind != KindWord || len(w) < 2 || !isAlpha(w) || personStop[w] || streetStop[w] || notNames[w] || nameAnswerLeadIns[w] {
		return false
	}
	if ts.Cased {
		return ts.Capitalised(t.First)
	}
	return !names.IsCommonWord(w) || names.IsSurname(w) || names.IsFirstName(w)
}
