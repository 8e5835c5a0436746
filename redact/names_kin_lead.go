package redact

// A brand's lead and a relative share words: "Uncle Ben's", "Aunt
// Jemima's" are products, "my uncle Ben's truck", "my aunt Rosa's
// restaurant" are people (possessiveBusinessLeads). A relative owned by a
// possessive determiner right before the lead ("my", "our", "his", "her",
// "their", "your") makes it a relative, so the name after it is a person's
// whatever follows it (a shop's kind too: the shop is named after the
// relative, names_shops.go). It reads the one word before the lead.
//
// What it cannot do: an unowned relative ("we ate at Aunt Rosa's") stays
// the brand's lead, as "Aunt Jemima's" needs; "my Uncle Ben's rice" (a
// brand owned by the speaker) would read as a person.

// relativeLead reports whether token p, a lead of possessiveBusinessLeads,
// is a relative (kinNouns) owned by the possessive determiner right before
// it in the same sentence.
func (ts *Tokens) relativeLead(p int) bool {
	if !kinNoun[ts.Toks[p].Norm] {
		return false
	}
	q := ts.prev(p - 1)
	return q >= 0 && !ts.sentenceEndsAfter(q) && ts.Toks[q].Kind == KindWord && possessiveDeterminers[ts.Toks[q].Norm]
}
