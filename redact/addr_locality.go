package redact

// The part of a British address line after the street: a second street
// inside an estate or park ("2 Leisure Park Cherry Hinton Road"), and
// the district or village the street is in ("169 High Street Chesterton,
// Chesterton", "31 Newnham Road Newnham"). A word after a street's type
// is mostly talk ("12 Oak Street yesterday"), so the district is taken
// only when the call says it is a name: it is said twice in a row, or it
// repeats the street's own name. One or two words, capitalised in a cased
// transcript, none a word that cannot name a street (streetStop).

// innerStreetAfter extends a street whose type is token end over a second
// street named after it: one or two name words and a street type that is
// no everyday word ("... Leisure Park Cherry Hinton Road"). It returns the
// second street's type, or end.
func (ts *Tokens) innerStreetAfter(end int) int {
	k := end
	for n := 0; n < 3 && !ts.sentenceEndsAfter(k); n++ {
		k = ts.next(k + 1)
		if !ts.localityWord(k) {
			return end
		}
		if n > 0 && ts.isStrongSuffix(k) {
			return k
		}
	}
	return end
}

// localityWord reports whether token k may be a word of a place's name:
// a word of letters, no streetStop word, no function word, filler or
// thanks (pathTailStop), no unit or direction,
// capitalised in a cased transcript.
func (ts *Tokens) localityWord(k int) bool {
	if k < 0 || k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord {
		return false
	}
	w := ts.Toks[k].Norm
	return isAlpha(w) && !streetStop[w] && !pathTailStop(w) && !directions[w] && !unitWords[w] && (!ts.Cased || ts.Capitalised(ts.Toks[k].First))
}

// localityAfter extends a street address from house number token first to
// its type, token end, over the district after it (see above). It returns
// the district's last token, or end.
func (ts *Tokens) localityAfter(first, end int) int {
	if ts.sentenceEndsAfter(end) {
		return end
	}
	a := ts.next(end + 1)
	if !ts.localityWord(a) || ts.Toks[a].in(wcStreetSuffixes) {
		return end
	}
	// Two words said twice: "cherry hinton cherry hinton".
	if b := ts.next(a + 1); !ts.sentenceEndsAfter(a) && ts.localityWord(b) {
		if c := ts.next(b + 1); ts.sameWord(c, a) && ts.sameWord(ts.next(c+1), b) {
			return b
		}
	}
	// One word said twice ("chesterton chesterton"), or the street's name
	// again ("newnham road newnham").
	if ts.sameWord(ts.next(a+1), a) {
		return a
	}
	for k := ts.next(first + 1); k < end; k = ts.next(k + 1) {
		if ts.sameWord(k, a) {
			return a
		}
	}
	return end
}

// sameWord reports whether tokens j and k are the same word.
func (ts *Tokens) sameWord(j, k int) bool {
	return j >= 0 && k >= 0 && j < len(ts.Toks) && k < len(ts.Toks) && ts.Toks[j].Kind == KindWord && ts.Toks[k].Kind == KindWord && ts.Toks[j].Norm == ts.Toks[k].Norm
}
