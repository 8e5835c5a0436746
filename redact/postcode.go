package redact

import "strings"

// Postal codes outside the US, read by the ZIP recognizer: Canada's "K1A
// 0B1" (letter, digit, letter, digit, letter, digit) and the UK's "SW1A
// 1AA" (an outward code of two to four letters and digits, an inward code
// of a digit and two letters), written or spelled out ("k one a zero b
// one"). Both take a ZIP cue ("postal code", "postcode", "zip"); written
// in capitals they also count right after an address.

// postcodeMaxTokens bounds how many tokens a spelled postal code may span
// ("s w one a one a a" is seven).
const postcodeMaxTokens = 8

// postcodeAt returns the last token of a postal code starting at token i,
// or -1.
func (ts *Tokens) postcodeAt(i int) int {
	last, _ := ts.postcodeWordsAt(i)
	return last
}

// postcodeWordsAt returns the last token of a postal code starting at
// token i and its last channel-local word, or -1 and -1. Spelled letters
// that run on past the code end it at the code's last letter: in "c b
// four three a x i found it" the tokenizer spells "a x i" as one token.
func (ts *Tokens) postcodeWordsAt(i int) (last, lastWord int) {
	var b [8]byte
	n := 0
	last, lastWord = -1, -1
	for j, k := i, 0; j < len(ts.Toks) && k < postcodeMaxTokens; j, k = ts.next(j+1), k+1 {
		t := &ts.Toks[j]
		norm := t.Norm
		switch {
		case t.Kind == KindAlnum, t.Kind == KindLetters, t.Kind == KindNumber,
			t.Kind == KindWord && len(t.Norm) == 1 && isAlpha(t.Norm):
		case t.Kind == KindOrdinal && k > 0 && ts.inwardOrdinal(j):
			norm = ts.Lower(t.First) // an inward code read as an ordinal: "CB3 0ND", "M1 1ST"
		default:
			return last, lastWord
		}
		if t.Kind == KindLetters && k > 0 && len(t.pos) == len(norm) {
			// One letter a word: the code may end inside the token.
			c := 0
			for ; c < len(norm) && n < len(b); c++ {
				b[n] = norm[c]
				n++
				if canadianPostcode(b[:n]) || ukPostcode(b[:n]) {
					last, lastWord = j, int(t.pos[c])
				}
			}
			if c < len(norm) || last == j && lastWord < t.Last {
				return last, lastWord // the letters run on past the code
			}
		} else {
			if n+len(norm) > len(b) {
				return last, lastWord
			}
			for c := 0; c < len(norm); c++ {
				b[n] = norm[c]
				n++
			}
			if canadianPostcode(b[:n]) || ukPostcode(b[:n]) {
				last, lastWord = j, t.Last
			}
		}
		if j > i && ts.sentenceEndsAfter(j) || ts.sentenceEndsAfter(j) && j == i && n >= 5 {
			return last, lastWord
		}
	}
	return last, lastWord
}

// inwardOrdinal reports whether ordinal token j is written as one word of
// a digit and two letters ("0ND", "1ST", "2RD", "4TH"): a postcode's inward
// code that the tokenizer read as an ordinal.
func (ts *Tokens) inwardOrdinal(j int) bool {
	t := &ts.Toks[j]
	if t.First != t.Last {
		return false
	}
	w := ts.Lower(t.First)
	return len(w) == 3 && isDigit(w[0]) && isLetter(w[1]) && isLetter(w[2])
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// canadianPostcode reports whether s is a Canadian postal code without its
// space: A9A9A9.
func canadianPostcode(s []byte) bool {
	if len(s) != 6 {
		return false
	}
	for k := range s {
		if k%2 == 0 && !isLetter(s[k]) || k%2 == 1 && !isDigit(s[k]) {
			return false
		}
	}
	return true
}

// ukPostcode reports whether s is a UK postcode without its space: an
// outward code A9, A9A, A99, AA9, AA9A or AA99 and an inward code 9AA.
func ukPostcode(s []byte) bool {
	n := len(s)
	if n < 5 || n > 7 || !isDigit(s[n-3]) || !isLetter(s[n-2]) || !isLetter(s[n-1]) {
		return false
	}
	return ukOutwardCode(s[:n-3])
}

// ukOutwardCode reports whether out is a UK postcode's outward code: A9,
// A9A, A99, AA9, AA9A or AA99.
func ukOutwardCode(out []byte) bool {
	switch len(out) {
	case 2:
		return isLetter(out[0]) && isDigit(out[1])
	case 3:
		return isLetter(out[0]) && (isDigit(out[1]) && (isDigit(out[2]) || isLetter(out[2])) || isLetter(out[1]) && isDigit(out[2]))
	case 4:
		return isLetter(out[0]) && isLetter(out[1]) && isDigit(out[2]) && (isDigit(out[3]) || isLetter(out[3]))
	}
	return false
}

// postcodeWritten reports whether tokens i..last are a postal code
// written in capitals in one or two words ("K1A 0B1", "SW1A 1AA").
func (ts *Tokens) postcodeWritten(i, last int) bool {
	if !ts.Cased || ts.Toks[last].Last-ts.Toks[i].First > 1 {
		return false
	}
	for w := ts.Toks[i].First; w <= ts.Toks[last].Last; w++ {
		if t := strings.Trim(ts.Word(w).Text, trimCutset); strings.ToUpper(t) != t {
			return false
		}
	}
	return true
}

// postcodeFindings appends the postal codes of ts to out: cued, or written
// after talk of an address or a street within ten words.
func (ts *Tokens) postcodeFindings(out []Finding) []Finding {
	for i := 0; i < len(ts.Toks); i++ {
		t := &ts.Toks[i]
		if !(t.Kind == KindAlnum || t.Kind == KindLetters || t.Kind == KindWord && len(t.Norm) == 1) || !isLetter(t.Norm[0]) {
			continue
		}
		last, lastWord := ts.postcodeWordsAt(i)
		if last < 0 {
			// A code cut short after its cue (postcode_partial.go).
			if last, lastWord = ts.partialPostcodeAt(i); last >= 0 {
				if cat, _ := ts.numberCue(i, cueWindow); cat == cueZIP {
					out = append(out, ts.Finding(ZIP, ts.Toks[i].First, lastWord, 0.85, "postcode-partial"))
					i = last
				}
			}
			continue
		}
		cat, _ := ts.numberCue(i, cueWindow)
		if cat != cueZIP && !(ts.postcodeWritten(i, last) && ts.nearAddress(i)) {
			continue
		}
		out = append(out, ts.Finding(ZIP, ts.Toks[i].First, lastWord, 0.9, "postcode"))
		i = last
	}
	return out
}

// nearAddress reports whether talk of an address or a street type lies
// within the ten content words before token i.
func (ts *Tokens) nearAddress(i int) bool {
	sh := ts.sh
	p := int(sh.before[ts.Words[ts.Toks[i].First]]) - 1
	for d := 0; d < 10 && p >= 0; d, p = d+1, p-1 {
		l := sh.lower[sh.order[p]]
		if streetSuffixes[l] || weakSuffixes[l] || l == "address" || l == "london" {
			return true
		}
	}
	return false
}
