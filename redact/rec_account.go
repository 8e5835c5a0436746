package redact

// The account recognizer: cued account, member, policy, routing and
// payment-order IDs, and IBAN-like words.

import "github.com/callveil/callveil/redact/internal/names"

type accountRecognizer struct{}

func (accountRecognizer) Name() string { return "account" }

func (accountRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindNumber, KindAlnum, KindLetters:
		case KindWord:
			if len(tk.Norm) != 1 {
				continue
			}
			// A single letter may start an ID ("a 1 2 3 4").
			j := ts.next(i + 1)
			if j >= len(ts.Toks) || ts.Toks[j].Kind != KindNumber {
				continue
			}
		default:
			continue
		}
		if tk.Kind == KindAlnum && ibanLike(tk.Norm) {
			out = append(out, ts.TokenFinding(Account, i, i, 0.9, "iban"))
			continue
		}
		cat, _ := ts.numberCue(i, cueWindow)
		if cat != cueAccount && cat != cueRouting || ts.notAnID(i) {
			continue
		}
		// Take the whole ID: numbers, letters and mixed words in a row.
		last, chars, digits := i, 0, 0
		for j := i; j < len(ts.Toks); j = ts.next(j + 1) {
			t := &ts.Toks[j]
			nx := ts.next(j + 1)
			numNext := nx < len(ts.Toks) && (ts.Toks[nx].Kind == KindNumber || ts.Toks[nx].Kind == KindAlnum)
			ok := t.Kind == KindNumber || t.Kind == KindAlnum || t.Kind == KindLetters ||
				j > i && numNext && (t.Norm == "oh" || t.Norm == "o") ||
				t.Kind == KindWord && len(t.Norm) == 1 && (numNext || t.Norm != "a" && t.Norm != "i") ||
				// a letter group of an IBAN read in blocks: "NL01 VIFN 1369"
				j > i && t.Kind == KindWord && len(t.Norm) <= 4 && numNext && isAlpha(t.Norm) && !names.IsCommonWord(t.Norm)
			if !ok || j > i && ts.sentenceEndsAfter(last) {
				break
			}
			last = j
			chars += len(t.Norm)
			for k := 0; k < len(t.Norm); k++ {
				if t.Norm[k] >= '0' && t.Norm[k] <= '9' {
					digits++
				}
			}
		}
		if chars < 4 || digits == 0 {
			continue
		}
		score := 0.95
		if ibanStart(ts.Toks[i].Norm) && last > i {
			score = 0.98 // an IBAN read in blocks: some blocks may pass a card's check
		}
		out = append(out, ts.TokenFinding(Account, i, last, score, "account"))
		i = last
	}
	return out
}

// notAnID reports whether number token i is an amount or a year rather
// than an identifier: "fifty six forty two per month", "had this account in
// 2021", "since twenty twenty".
func (ts *Tokens) notAnID(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindNumber {
		return false
	}
	if ts.isAmount(i) {
		return true
	}
	d := tk.Norm
	if len(d) == 4 && (d[:2] == "19" || d[:2] == "20") {
		p := ts.prev(i - 1)
		return ts.isWord(p, "in", "since", "from", "until", "till", "by", "of", "year", "back")
	}
	return false
}

// isAmount reports whether token i is followed by a unit of money or
// time: "fifty six forty two per month", "ten forty every month".
func (ts *Tokens) isAmount(i int) bool {
	k := ts.next(i + 1)
	return !ts.sentenceEndsAfter(i) && ts.isWord(k, "dollars", "dollar", "bucks", "cents", "percent",
		"per", "each", "a", "an", "every", "monthly", "weekly", "yearly")
}

// sentenceEndsAfter reports whether token i ends with . ? or ! or ends a
// turn.
func (ts *Tokens) sentenceEndsAfter(i int) bool {
	if i < 0 || i >= len(ts.Toks) {
		return false
	}
	w := ts.Toks[i].Last
	return ts.turn[w] || sentenceEnd(ts.Lower(w), ts.Word(w).Punct)
}

// ibanStart reports whether s starts like an IBAN: two letters, two digits.
func ibanStart(s string) bool {
	return len(s) >= 4 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' &&
		s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}

// ibanLike reports whether s (lowercase) looks like an IBAN: two letters,
// two check digits, 10 to 30 letters and digits.
func ibanLike(s string) bool {
	if len(s) < 14 || len(s) > 34 {
		return false
	}
	if s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' || s[2] < '0' || s[2] > '9' || s[3] < '0' || s[3] > '9' {
		return false
	}
	digits := 0
	for i := 4; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return digits >= 6
}
