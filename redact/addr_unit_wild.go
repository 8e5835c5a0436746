package redact

// unsaidUnitAfter extends a street ending at token end over a unit said
// with no word for it, where bareUnitAfter found none: one written after
// "#" ("880 Larkspur Lane # 14B", "Fenwick Road # D"), or, in speech where
// the "#" is not said, a letter and a number ("pine avenue b two", "harbor
// drive d one oh four"), a number of two to four digits ("harbor drive
// three forty", "elm court two ten") or a lone letter ("elm court d") that
// ends the clause: the end of the sentence or turn, or a word that starts
// a new one ("and", "correct", "sorry"). A number or a letter going on
// into the sentence ("oak street two years ago") is talk, not a unit.
func (ts *Tokens) unsaidUnitAfter(end int) int {
	k := ts.next(end + 1)
	if k >= len(ts.Toks) || ts.sentenceEndsAfter(end) {
		return end
	}
	if ts.hashBetween(end, k) {
		if l := ts.unitID(k); l >= k {
			return l
		}
		return end
	}
	t := &ts.Toks[k]
	l := -1
	switch {
	case t.Kind == KindNumber && len(t.Norm) >= 2 && len(t.Norm) <= 4:
		l = k
	case t.Kind == KindNumber && len(t.Norm) == 1 && t.Norm != "0" && (ts.isWord(ts.next(k+1), "you", "i", "we", "they") || ts.cityAfter(k) > k):
		l = k // "four oh one alberto way one you can call them"
	case t.Kind == KindWord && len(t.Norm) == 1 && isAlpha(t.Norm) && t.Norm != "i":
		if m := k + 1; m < len(ts.Toks) && ts.Toks[m].Kind == KindNumber && len(ts.Toks[m].Norm) <= 4 && !ts.sentenceEndsAfter(k) {
			l = m // "c three", "a one oh one"
		} else if t.Norm != "a" {
			l = k // "c"
		}
	case t.Kind == KindAlnum && len(t.Norm) <= 5 && t.Norm[0] >= 'a' && t.Norm[0] <= 'z':
		l = k // "C3", "A101"
	}
	if l < 0 || !ts.unitClauseEndsAfter(l) && ts.cityAfter(l) == l {
		return end
	}
	return l
}

// clauseEndsAfter reports whether a clause ends after token i: the
// sentence or turn ends, the channel's words end, or the next word starts
// another clause.
func (ts *Tokens) clauseEndsAfter(i int) bool {
	if ts.sentenceEndsAfter(i) {
		return true
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) {
		return true
	}
	return ts.isWord(n, "and", "correct", "right", "sorry", "but", "is", "okay", "ok", "please", "thanks", "thank", "yes", "so", "then")
}

// hashBetween reports whether a word "#" stands between tokens a and b.
func (ts *Tokens) hashBetween(a, b int) bool {
	if a < 0 || b >= len(ts.Toks) || b <= a {
		return false
	}
	for w := ts.Toks[a].Last + 1; w < ts.Toks[b].First; w++ {
		if ts.Word(w).Text == "#" {
			return true
		}
	}
	return false
}

// askedDigitUnitAfter extends a street ending at token end, whose house
// number at token i answers a question for an address (addressAsked),
// over a one-digit unit said with no word for it that ends the clause:
// "where should we send it?" "fourteen south elm avenue three, and ..."
// Without the question a digit after a street is too often talk ("on
// main street 2 times"), so unsaidUnitAfter wants two digits there.
func (ts *Tokens) askedDigitUnitAfter(i, end int) int {
	k := ts.next(end + 1)
	if k >= len(ts.Toks) || ts.sentenceEndsAfter(end) {
		return end
	}
	if t := &ts.Toks[k]; t.Kind != KindNumber || len(t.Norm) != 1 || t.Norm == "0" || !ts.unitClauseEndsAfter(k) || !ts.addressAsked(i) {
		return end
	}
	return k
}
