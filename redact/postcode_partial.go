package redact

// A UK postcode cut short after a postcode cue: the outward code and the
// first digit of the inward code, where the caller stops or is cut off
// ("and the postcode? c b three oh", "postcode is SW1A 1 ... sorry"). The
// district and sector it names are nearly the whole code, so they are
// redacted as the code is. Only after a ZIP cue, and only when no letter
// follows (then the code is whole, or no code).

// ukPartialPostcode reports whether s is a UK outward code (A9, A9A, A99,
// AA9, AA9A, AA99) and one digit.
func ukPartialPostcode(s []byte) bool {
	n := len(s)
	if n < 3 || n > 5 || !isDigit(s[n-1]) {
		return false
	}
	return ukOutwardCode(s[:n-1])
}

// partialPostcodeAt returns the last token and word of a cut-short UK
// postcode starting at token i (see above), or -1 and -1. It reads at
// most postcodeMaxTokens tokens.
func (ts *Tokens) partialPostcodeAt(i int) (last, lastWord int) {
	var b [6]byte
	n := 0
	last, lastWord = -1, -1
	j := i
	for k := 0; j < len(ts.Toks) && k < postcodeMaxTokens; j, k = ts.next(j+1), k+1 {
		t := &ts.Toks[j]
		if !(t.Kind == KindAlnum || t.Kind == KindLetters || t.Kind == KindNumber || t.Kind == KindWord && len(t.Norm) == 1 && isAlpha(t.Norm)) {
			break
		}
		if n+len(t.Norm) > len(b) {
			return -1, -1
		}
		n += copy(b[n:], t.Norm)
		last, lastWord = j, t.Last
		if ts.sentenceEndsAfter(j) {
			j = len(ts.Toks) // the code ends its sentence
			break
		}
	}
	if last < 0 || !ukPartialPostcode(b[:n]) {
		return -1, -1
	}
	return last, lastWord
}
