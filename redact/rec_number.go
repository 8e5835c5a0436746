package redact

import "strings"

// The NUMBER recognizer: the catch-all for long digit runs. The digit
// recognizers (phone, card, SSN, account, ZIP, number) all read KindNumber
// tokens and the nearest number cue before them (numberCues).
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - NUMBER: any other run of 7 or more digits. With no cue such a run is a
//     NUMBER rather than a phone or SSN by length alone.

type numberRecognizer struct{}

func (numberRecognizer) Name() string { return "number" }

func (numberRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindNumber:
			if len(tk.Norm) >= 7 && !ts.saidAsDate(i) && !dateShaped(tk) && !ts.dateThenOne(i) && !ts.dateNamed(i) && !ts.spokenAmount(i) && !ts.hexBytesAfter(i) && !ts.spokenCode(i) && !ts.countAfter(i) && !ts.timeReading(i) {
				// The catch-all: any type that explains the run wins. A
				// letter spelled with a word before it ("D as in dog,
				// seven seven one ...") is the run's.
				out = append(out, ts.TokenFinding(Number, ts.spelledAsInBefore(i), ts.letterAfter(i), 0.5, "number"))
			}
		case KindAlnum:
			digits := 0
			for k := 0; k < len(tk.Norm); k++ {
				if tk.Norm[k] >= '0' && tk.Norm[k] <= '9' {
					digits++
				}
			}
			if digits >= 7 && !ts.groupedCode(i) {
				out = append(out, ts.TokenFinding(Number, i, i, 0.5, "number"))
			}
		}
	}
	return out
}

// saidAsDate reports whether number token i is a date with its year
// ("today is five twenty twenty twenty one", "starts on twenty twenty one
// oh five twenty one"): it reads as one and follows a word that announces
// a date.
func (ts *Tokens) saidAsDate(i int) bool {
	tk := &ts.Toks[i]
	if !fullDate(tk.Norm) {
		return false
	}
	return ts.isWord(ts.prev(i-1), "on") || ts.sh.contextHas(ts.Words[tk.First], 4, dateWords...)
}

// letterAfter extends a long number at token i over one letter said after
// it that ends the clause, as codes and part numbers end ("... four five
// six seven a, okay", "... 4567 B."); the article "a" only where letterA
// reads it as a letter. It returns the last token.
func (ts *Tokens) letterAfter(i int) int {
	l := i + 1
	if l >= len(ts.Toks) || ts.sentenceEndsAfter(i) || strings.Contains(ts.Word(ts.Toks[i].Last).Punct, ",") {
		return i
	}
	if !ts.spokenLetter(l) || !ts.clauseEndsAfter(l) {
		return i
	}
	return l
}

// spokenLetter reports whether token l is one letter said on its own, as
// after a house or part number ("Box 164 A", "... sixty seven a"): not the
// pronoun "i", and the article "a" only where letterA reads it as a letter.
func (ts *Tokens) spokenLetter(l int) bool {
	t := &ts.Toks[l]
	return t.Kind == KindWord && len(t.Norm) == 1 && isAlpha(t.Norm) && t.Norm != "i" && (t.Norm != "a" || ts.letterA(l))
}

// groupedCode reports whether the written token i is a code of
// hyphen-joined groups, one of which mixes letters and digits, as
// reference, part and model numbers are printed ("T005-2333-100731-SW-2",
// "91a-677-0060", "RX-4410-22B"): the catch-all does not take it as an
// uncued number, and recognizers with a cue still do. A letter group
// apart from the digits ("555-123-4567-A", a part number the wild set
// labels NUMBER) keeps it a number.
func (ts *Tokens) groupedCode(i int) bool {
	tk := &ts.Toks[i]
	if tk.First != tk.Last {
		return false
	}
	w := ts.Word(tk.First).Text
	if strings.Count(w, "-") < 2 {
		return false
	}
	for g := range strings.SplitSeq(w, "-") {
		letters, digits := false, false
		for k := 0; k < len(g); k++ {
			switch c := g[k]; {
			case c >= '0' && c <= '9':
				digits = true
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				letters = true
			}
		}
		if letters && digits {
			return true
		}
	}
	return false
}

// spokenCode reports whether the digit run at token i is part of a code
// read out with letters among its groups, the spoken form of groupedCode
// ("t zero zero five two three ... s w two" for "T005-2333-...-SW-2"): a
// letter right before the run, and letters then more digits right after
// it, or digits then a letter right before it ("ninety one a six seven
// seven oh oh six oh" for "91a-677-0060"), in one sentence. The catch-all
// does not take it as an uncued number.
func (ts *Tokens) spokenCode(i int) bool {
	letter := func(k int) bool {
		if k < 0 || k >= len(ts.Toks) {
			return false
		}
		t := &ts.Toks[k]
		return t.Kind == KindLetters || t.Kind == KindWord && len(t.Norm) == 1 && isAlpha(t.Norm) && t.Norm != "a" && t.Norm != "i"
	}
	number := func(k int) bool { return k >= 0 && k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber }
	p, n := ts.prev(i-1), ts.next(i+1)
	if p < 0 || ts.sentenceEndsAfter(p) {
		return false
	}
	if pp := ts.prev(p - 1); number(pp) && !ts.sentenceEndsAfter(pp) && (letter(p) || ts.isWord(p, "a")) {
		return true // digits, a letter, then the run: "ninety one a six seven seven ..." for "91a-677-..."
	}
	if !letter(p) || !letter(n) || ts.sentenceEndsAfter(i) || ts.sentenceEndsAfter(n) {
		return false
	}
	return number(ts.next(n + 1))
}
