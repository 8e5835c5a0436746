package redact

import "strings"

// The NUMBER recognizer: the catch-all for long digit runs. The digit
// recognizers (phone, card, SSN, account, ZIP, number) all read KindNumber
// tokens and the nearest number cue before them (numberCues).

type numberRecognizer struct{}

func (numberRecognizer) Name() string { return "number" }

func (numberRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindNumber:
			if len(tk.Norm) >= 7 && !ts.saidAsDate(i) && !dateShaped(tk) && !ts.dateNamed(i) && !ts.spokenAmount(i) && !ts.hexBytesAfter(i) {
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
			if digits >= 7 {
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
	t := &ts.Toks[l]
	if t.Kind != KindWord || len(t.Norm) != 1 || !isAlpha(t.Norm) || t.Norm == "i" || t.Norm == "a" && !ts.letterA(l) || !ts.clauseEndsAfter(l) {
		return i
	}
	return l
}
