package redact

import "slices"

// Phone forms of international calls (issue 15): the country code said
// apart from the number.
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Numbers on
// set9: international phones, ZIPs, card expiry (issue 15)".

// countryCodeApart adds, to the phone findings out of the phone
// recognizer, the country code said apart from its number in the same
// turn: "the country code is plus four four, and the number is two oh
// seven nine ...", "+44, then 20 7946 0958", "it's two oh seven nine four
// six oh nine five eight, country code plus four four".
//
// ITU-T E.164 gives every country a code of one to three digits, never
// starting with 0 (0 is the trunk prefix of national numbers), written
// after "+" or said after "plus", the international prefix. A code taken
// here is such a token (1-3 digits, no leading 0) written "+NN" or said
// within four words after "country code", "dialling code" or
// "international" (with "number", "code" or "prefix": not "the
// international plan costs plus 20"), with a phone finding at most twelve
// words before or after it and no change of turn between, or a number
// after it (within six words) that with the code has 8-15 digits, which
// is then the phone's rest. A "plus" with no such cue is arithmetic or a price ("forty plus
// twelve, and my number is ..."), and is left alone. An area code said
// apart (right after "area code" or "dialling code", "is" between at
// most: national plans' area codes have 1-5 digits, with the trunk prefix
// 0 or not; not "the area code changed in 2019") is taken with a phone
// finding near it: "area code two oh, and the number is seven nine four six ...",
// "7946 0958, dialling code oh two oh".
func (ts *Tokens) countryCodeApart(out []Finding) []Finding {
	var phones phoneIndex
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		if tk.Kind != KindNumber || len(tk.Norm) > 5 {
			continue
		}
		if gw := ts.Words[tk.First]; (ts.sh.phraseBefore(gw, 2, "area", "code") || ts.sh.phraseBefore(gw, 2, "dialling", "code") ||
			ts.sh.phraseBefore(gw, 2, "dialing", "code")) && !ts.codeSaidBefore(i) && ts.phoneNear(i, out, &phones) {
			out = append(out, ts.Finding(Phone, tk.First, tk.Last, 0.85, "phone-area-code"))
			continue
		}
		if len(tk.Norm) > 3 || tk.Norm[0] == '0' {
			continue
		}
		written := false
		if w := ts.Word(tk.First).Text; len(w) > 1 && w[0] == '+' {
			written = true
		}
		gw := ts.Words[tk.First]
		if !written && !ts.sh.contextHas(gw, 4, "country", "dialling", "dialing", "international") {
			continue
		}
		if !written && !ts.sh.contextHas(gw, 4, "country", "dialling", "dialing", "code", "number", "prefix") {
			continue // "international" alone names a plan or a price: "the international plan costs plus 20"
		}
		first := tk.First
		if p := ts.prev(i - 1); ts.isWord(p, "plus") && !ts.sentenceEndsAfter(p) {
			first = ts.Toks[p].First
		} else if !written && !ts.sh.contextHas(gw, 4, "code") {
			continue // ("international" alone: "an international 20 minutes")
		}
		if ts.phoneNear(i, out, &phones) {
			out = append(out, ts.Finding(Phone, first, tk.Last, 0.85, "phone-country-code"))
		} else if k, ok := ts.nationalAfter(i); ok {
			// "the dialling code is thirty three, and then one four two
			// six eight ...": E.164 allows up to 15 digits with the
			// code, and no national plan fewer than 4 after it, so a
			// number of that length after a named code is the rest of
			// the phone even where no national rule took it.
			out = append(out, ts.Finding(Phone, first, tk.Last, 0.85, "phone-country-code"),
				ts.TokenFinding(Phone, k, k, 0.85, "phone-country-code"))
		}
	}
	return out
}

// codeSaidBefore reports whether the "area code" or "dialling code" just
// before number token i (one word between at most) follows its own value
// said as its modifier:
// "I'm in the 617 area code, it's 35 degrees", "the 020 dialling code, 12
// miles out". Then the number after the cue is another thing's.
func (ts *Tokens) codeSaidBefore(i int) bool {
	c := ts.prev(i - 1)
	if !ts.isWord(c, "code") {
		c = ts.prev(c - 1)
	}
	if !ts.isWord(c, "code") || !ts.isWord(ts.prev(c-1), "area", "dialling", "dialing") {
		return false
	}
	// The value before the cue is said as its modifier, after "the",
	// "my" ... (not "country code plus four four, area code two oh").
	v := ts.prev(ts.prev(c-1) - 1)
	return v >= 0 && !ts.sentenceEndsAfter(v) && ts.Toks[v].Kind == KindNumber &&
		ts.isWord(ts.prev(v-1), "the", "a", "an", "my", "our", "your", "their", "his", "her", "that", "this")
}

// nationalAfter returns the number token said at most six words after the
// country code at token i in the same turn whose digits, with the code's,
// make 8 to 15 (E.164's longest).
func (ts *Tokens) nationalAfter(i int) (int, bool) {
	tk := &ts.Toks[i]
	for k, words := ts.next(i+1), 0; k < len(ts.Toks) && words <= 6; k, words = ts.next(k+1), words+1 {
		if ts.turnBetween(tk.Last, ts.Toks[k].First) {
			return 0, false
		}
		switch ts.Toks[k].Kind {
		case KindNumber:
			n := len(tk.Norm) + len(ts.Toks[k].Norm)
			return k, n >= 8 && n <= 15
		case KindWord:
		default:
			return 0, false
		}
	}
	return 0, false
}

// phoneIndex lists, per channel-local word, the indices in a findings
// slice of this channel's PHONE findings that cover the word, so that
// phoneNear reads only the findings around a token, not every finding of
// the call for every code. It is built at its first use and follows the
// slice as findings are appended.
type phoneIndex struct {
	at      [][]int32
	indexed int     // findings indexed so far
	cand    []int32 // phoneNear's scratch
}

// update indexes the findings of out not indexed yet.
func (x *phoneIndex) update(ts *Tokens, out []Finding) {
	if x.at == nil {
		x.at = make([][]int32, len(ts.Words))
	}
	for j := x.indexed; j < len(out); j++ {
		if f := &out[j]; f.Type == Phone && f.Channel == ts.Channel {
			for w := ts.local(f.FirstWord); w < len(ts.Words) && ts.Words[w] <= f.LastWord; w++ {
				x.at[w] = append(x.at[w], int32(j))
			}
		}
	}
	x.indexed = len(out)
}

// phoneNear reports whether one of the PHONE findings among phones starts
// within twelve words after token i or ends within twelve words before it,
// with no change of turn between (and not if one holds the token). x
// indexes phones; the findings are read in their order in phones.
func (ts *Tokens) phoneNear(i int, phones []Finding, x *phoneIndex) bool {
	tk := &ts.Toks[i]
	x.update(ts, phones)
	// Only a finding that covers a word of the window around the token can
	// be near it or hold it.
	x.cand = x.cand[:0]
	for w := max(0, tk.First-13); w <= min(len(ts.Words)-1, tk.Last+13); w++ {
		x.cand = append(x.cand, x.at[w]...)
	}
	slices.Sort(x.cand)
	x.cand = slices.Compact(x.cand)
	for _, j := range x.cand {
		f := &phones[j]
		if f.Channel != ts.Channel || f.FirstWord <= ts.Words[tk.Last] && f.LastWord >= ts.Words[tk.First] {
			if f.Channel == ts.Channel && f.FirstWord <= ts.Words[tk.First] && f.LastWord >= ts.Words[tk.Last] {
				return false // the code is in the number already
			}
			continue
		}
		// Channel-local positions of the finding's ends.
		a, b := -1, -1
		for w := max(0, tk.First-13); w <= min(len(ts.Words)-1, tk.Last+13); w++ {
			if ts.Words[w] == f.FirstWord {
				a = w
			}
			if ts.Words[w] == f.LastWord {
				b = w
			}
		}
		switch {
		case a > tk.Last && a-tk.Last <= 12 && !ts.turnBetween(tk.Last, a):
			return true
		case b >= 0 && b < tk.First && tk.First-b <= 12 && !ts.turnBetween(b, tk.First):
			return true
		}
	}
	return false
}

// turnBetween reports whether a turn ends at a channel-local word in
// [a, b).
func (ts *Tokens) turnBetween(a, b int) bool {
	for w := a; w < b; w++ {
		if ts.turn[w] {
			return true
		}
	}
	return false
}
