package redact

import "sort"

// ZIP forms (issue 15): the ZIP+4 said with "plus".
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Numbers on
// set9: international phones, ZIPs, card expiry (issue 15)".

// zipPlusFourSaid extends each five-digit ZIP finding in out over its
// add-on said after "plus" (or "hyphen") in the same sentence: "nine four
// one oh five plus one two three four", "94105 plus 6789". The USPS
// writes a ZIP+4 with a hyphen ("94105-6789", Publication 28, 'ZIP+4
// Code'); said aloud the hyphen is "dash" (which the tokeniser skips
// inside a number, so "... dash one two three four" is one token already),
// "hyphen" or, after the name of the form, "plus". Only four digits
// exactly are the add-on: "the zip is 94105 plus 12 for shipping" keeps
// the ZIP alone.
func (ts *Tokens) zipPlusFourSaid(out []Finding) []Finding {
	for k := range out {
		f := &out[k]
		if f.Type != ZIP || f.Channel != ts.Channel {
			continue
		}
		i := ts.tokenEndingAt(f.LastWord)
		if i < 0 || ts.Toks[i].Kind != KindNumber || len(ts.Toks[i].Norm) != 5 || ts.sentenceEndsAfter(i) {
			continue
		}
		j := ts.next(i + 1)
		if !ts.isWord(j, "plus", "hyphen") || ts.sentenceEndsAfter(j) {
			continue
		}
		n := ts.next(j + 1)
		if n >= len(ts.Toks) || ts.Toks[n].Kind != KindNumber || len(ts.Toks[n].Norm) != 4 {
			continue
		}
		if m := ts.next(n + 1); m < len(ts.Toks) && !ts.sentenceEndsAfter(n) && (ts.Toks[m].Kind == KindNumber || ts.isAmount(n)) {
			continue // ("... plus 1250 dollars", "plus 1234 5678": more than the add-on)
		}
		g := ts.Finding(ZIP, ts.Toks[n].First, ts.Toks[n].Last, f.Score, f.Recognizer)
		f.LastWord, f.End = g.LastWord, g.End
	}
	return out
}

// tokenEndingAt returns the index of the token whose last word is
// transcript word gw, or -1.
func (ts *Tokens) tokenEndingAt(gw int) int {
	// (tokens are in word order: a binary search, as this runs once per
	// finding)
	i := sort.Search(len(ts.Toks), func(k int) bool { return ts.Words[ts.Toks[k].Last] >= gw })
	if i < len(ts.Toks) && ts.Words[ts.Toks[i].Last] == gw {
		return i
	}
	return -1
}
