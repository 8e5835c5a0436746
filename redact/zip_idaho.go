package redact

import "github.com/callveil/callveil/redact/internal/names"

// Idaho's code is the word "ID", which is also a cue for an account's or
// a member's ID: "Boise, ID 83702" and "boise i d eight three seven oh
// two" read as an ID before a number. After a town's name, or after a
// street or a box that was just given, it is the state, and the 5 or 9
// digits after it are a ZIP code: "my member ID 83702" and "the ID is
// 83702" stay an ID.

// idahoBefore reports whether the token before number token i is the
// state code "ID" of an address: cased "ID" or "Id.", lowercase "id" or
// spelled "i d", right after a town's name (a place, or a capitalised word
// after a comma) or within six words after a street's type or a box.
func (ts *Tokens) idahoBefore(i int) bool {
	p := ts.prev(i - 1)
	if p < 0 || ts.Toks[p].Norm != "id" || ts.Toks[p].Kind != KindWord && ts.Toks[p].Kind != KindLetters {
		return false
	}
	c := ts.prev(p - 1)
	if c < 0 || ts.Toks[c].Kind != KindWord || ts.sentenceEndsAfter(c) && !abbreviations[ts.Toks[c].Norm] {
		return false
	}
	switch ts.Toks[c].Norm {
	case "member", "my", "your", "the", "his", "her", "our", "their", "user", "employee", "student", "patient", "customer", "account", "login", "photo", "valid", "an", "a":
		return false
	}
	if town := ts.Toks[c].Norm; placeName(town) || names.IsWorldTown(town) {
		return true
	}
	for n, j := 0, c; n < 6 && j >= 0; n, j = n+1, ts.prev(j-1) {
		t := &ts.Toks[j]
		if t.Kind == KindWord && (t.in(wcStreetSuffixes) || addressUnits[t.Norm]) && j < c {
			return true
		}
	}
	return false
}
