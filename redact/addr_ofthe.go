package redact

// ofTheAfter extends a street that is only a type right after its house
// number over the name that follows it with "of" ("1221 Avenue of the
// Americas", "9 Avenue of the Stars", "400 Boulevard of the Allies"):
// "of", "the" if said, and one name word (cased, capitalised, and a
// second capitalised one). Where no address is asked for or given, the
// name must end its clause ("we saw 3 Avenue of the Americas shows" is
// no address). It returns the street's new last token, or end.
func (ts *Tokens) ofTheAfter(i, end int) int {
	if ts.next(i+1) != end || !ts.isWord(end, "avenue", "ave", "boulevard", "blvd") || ts.sentenceEndsAfter(end) {
		return end
	}
	k := ts.next(end + 1)
	if !ts.isWord(k, "of") || ts.sentenceEndsAfter(k) {
		return end
	}
	m := ts.next(k + 1)
	if ts.isWord(m, "the") && !ts.sentenceEndsAfter(m) {
		m = ts.next(m + 1)
	}
	name := func(m int) bool {
		return m < len(ts.Toks) && ts.Toks[m].Kind == KindWord && !ts.Toks[m].in(wcStreetStop) && !ts.Toks[m].in(wcUnitWords) &&
			(!ts.Cased || ts.Capitalised(ts.Toks[m].First))
	}
	if !name(m) {
		return end
	}
	if n := ts.next(m + 1); ts.Cased && !ts.sentenceEndsAfter(m) && ts.Word(ts.Toks[m].Last).Punct == "" && name(n) {
		m = n // "Avenue of the Golden Pines"
	}
	if !ts.addressGiven(i) && !ts.addressAsked(i) && !ts.endsClause(m) {
		return end // "we saw 3 Avenue of the Americas shows": no address given, the name runs on
	}
	return m
}
