package redact

// spelledTLD reads a top-level label spelled as two one-letter words that
// the tokeniser keeps apart because each is also a word ("dot a i", "dot
// i o": "a" and "i" are words too) and returns its last token.
func (ts *Tokens) spelledTLD(last int) (int, bool) {
	t := &ts.Toks[last]
	if t.Kind != KindWord || len(t.Norm) != 1 || ts.sentenceEndsAfter(last) {
		return last, false
	}
	n := ts.next(last + 1)
	if n >= len(ts.Toks) || len(ts.Toks[n].Norm) != 1 || ts.Toks[n].Kind != KindWord && ts.Toks[n].Kind != KindLetters {
		return last, false
	}
	if !tlds[t.Norm+ts.Toks[n].Norm] {
		return last, false
	}
	return n, true
}
