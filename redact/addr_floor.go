package redact

// A floor said before the unit it holds is part of the address: "20th
// floor, suite 2010, 500 Lake Street", "on the third floor, apartment
// 3B", "floor 12, unit 1204". floorBefore widens an address that opens on
// its unit word back over the floor: an ordinal and "floor", or "floor"
// and a number, right before the unit (a comma between allowed). A floor
// alone ("I'm on the 20th floor") is no address, and a floor after the
// street is read by unitAfter.

// floorBefore returns the first token of a floor said right before the
// unit word at token i, or i when there is none.
func (ts *Tokens) floorBefore(i int) int {
	p := ts.prev(i - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || ts.turn[ts.Toks[p].Last] {
		return i
	}
	q := ts.prev(p - 1)
	if q < 0 || ts.sentenceEndsAfter(q) || ts.turn[ts.Toks[q].Last] {
		return i
	}
	switch {
	case ts.isWord(p, "floor") && ts.Toks[q].Kind == KindOrdinal:
		return q // "20th floor, suite 2010"
	case ts.Toks[p].Kind == KindNumber && len(ts.Toks[p].Norm) <= 3 && ts.isWord(q, "floor"):
		return q // "floor 12, unit 1204"
	}
	return i
}
