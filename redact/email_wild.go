package redact

import "github.com/callveil/callveil/redact/internal/names"

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

// nameBeforeMailbox reports whether the words ending at token c, right
// before a spoken local part starting at token first, are the person's
// name said before their address, not part of it: the local part starts
// with the name's first word again ("kofi mensah kofi at example dot
// com", "kofi mensah kofi dot m at ...").
func (ts *Tokens) nameBeforeMailbox(c, first int) bool {
	f := ts.Toks[first].Norm
	if ts.Toks[first].Kind != KindWord || len(f) < 2 {
		return false
	}
	if ts.Toks[c].Norm == f {
		return true // "kofi kofi at ...": not a mailbox said twice
	}
	b := ts.prev(c - 1)
	return b >= 0 && ts.Toks[b].Kind == KindWord && ts.Toks[b].Norm == f && !ts.sentenceEndsAfter(b)
}

// ownerBeforeMailbox returns the tokens of the name said right before a
// spoken address whose local part, starting at token first, opens with
// the name's first word again: "kwabena osei kwabena at ..." names
// Kwabena Osei. The name is one or two words that are no common words.
func (ts *Tokens) ownerBeforeMailbox(first int) (int, int, bool) {
	c := ts.prev(first - 1)
	if c < 0 || ts.sentenceEndsAfter(c) || !ts.nameBeforeMailbox(c, first) {
		return 0, 0, false
	}
	a := c
	if ts.Toks[c].Norm != ts.Toks[first].Norm {
		a = ts.prev(c - 1) // the first name, then the surname at c
	}
	for k := a; k <= c; k = ts.next(k + 1) {
		if t := &ts.Toks[k]; t.Kind != KindWord || len(t.Norm) < 2 || !isAlpha(t.Norm) || names.IsCommonWord(t.Norm) || t.in(wcPersonStop) {
			return 0, 0, false
		}
	}
	return a, c, true
}
