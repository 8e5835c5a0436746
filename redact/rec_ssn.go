package redact

// The SSN recognizer: cued and 3-2-4 grouped social security numbers and
// cued "last four".
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - SSN: cued 9 digit numbers (also read on after "sorry" when the parts
//     make 9), 3-2-4 written or spoken groups (not when a phone was asked
//     for by name: "phone number?" ... "five five five, two three, two
//     three six seven" is a phone a digit short), and cued "last four"
//     (whose: the nearest mention of a social, card, account or phone:
//     "the number ending in ..." is a phone's); a social or card written
//     masked but for its last four ("xxx-xx-6789", "***-**-6789",
//     "XXXX-XXXX-XXXX-4412") is a last four too, typed by its layout.

import "strings"

type ssnRecognizer struct{}

// wordsText returns the lowercase words a token covers, joined by spaces.
func (ts *Tokens) wordsText(tk *Token) string {
	var b strings.Builder
	for w := tk.First; w <= tk.Last; w++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(ts.Lower(w))
	}
	return b.String()
}

func (ssnRecognizer) Name() string { return "ssn" }

func (ssnRecognizer) Recognize(ts *Tokens) []Finding {
	out := ts.maskedFindings(nil) // "xxx-xx-6789", "XXXX-XXXX-XXXX-4412"
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		if tk.Kind != KindNumber {
			continue
		}
		cat, _ := ts.numberCue(i, cueWindow)
		if cat == cueCard && len(tk.Norm) <= 4 && ts.sh.phraseBefore(ts.Words[tk.First], 3, "ending") || cat == cueCard && len(tk.Norm) <= 4 && ts.sh.phraseBefore(ts.Words[tk.First], 3, "ends") {
			cat = cueLastFour // "the card ending four four one two"
		}
		want := 9
		if cat == cueLastFour {
			want = 4
		}
		d, lastW := ts.Digits(i, func(d string) bool { return len(d) == want })
		n := len(d)
		first := tk.First
		if cat == cueLastFour && n == 3 && !strings.Contains(ts.wordsText(tk), "hundred") {
			// "Oh, oh, four, seven.": the first "oh" was taken for the
			// interjection, but four digits were asked for.
			if p := ts.prev(i - 1); ts.isWord(p, "oh", "o") && !ts.sentenceEndsAfter(p) && p == i-1 {
				first, n = ts.Toks[p].First, 4
			}
		}
		if cat == cueSSN && n >= 3 && n < 9 {
			// "four one two, sorry, two two, nine nine eight seven"
			if r, ok := ts.resumedNumber(i, func(m int) bool { return m == 9 }); ok {
				out = append(out, ts.Finding(SSN, tk.First, ts.Toks[r].Last, 0.97, "ssn"))
				continue
			}
		}
		switch {
		case cat == cueLastFour && (n == 4 || n == 3 && strings.Contains(ts.wordsText(tk), "hundred")):
			// "... are eight hundred twelve": four digits read as a number
			out = append(out, ts.Finding(lastFourType(ts, i), first, lastW, 0.92, "last-four"))
		case cat == cueSSN && n == 9:
			out = append(out, ts.Finding(SSN, ts.Toks[ts.correctedFrom(i)].First, lastW, 0.98, "ssn"))
		case cat == cueSSN && n >= 4 && n <= 11:
			out = append(out, ts.Finding(SSN, tk.First, lastW, 0.9, "ssn"))
		case n == 9 && (cat == cueNone || cat == cueNotPII || cat == cuePhone && !ts.phoneNamed(i)):
			// Written 3-2-4 is a social's layout, never a phone's, even
			// after "my number" ("I put in 078-05-0000"); not when a
			// phone was asked for by name ("Phone number please?" ...
			// "five five five, two three, hmm, two three six seven").
			if ssnLayout(tk.Groups) {
				out = append(out, ts.TokenFinding(SSN, i, i, 0.9, "ssn"))
			}
		}
	}
	return out
}

// ssnLayout reports whether number groups are a social's 3-2-4.
func ssnLayout(g []int) bool {
	return len(g) == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4
}

// validSSN reports whether d could be an issued SSN (area not 000, 666 or
// 9xx; group and serial not zero).
func validSSN(d string) bool {
	return d[:3] != "000" && d[:3] != "666" && d[0] != '9' && d[3:5] != "00" && d[5:] != "0000"
}

// lastFourType decides whose "last four" token i is: the nearest mention
// of a social, a card, an account or a phone ("the number ending in")
// before it (or, failing that, right after it: "6789 of my social"); a
// social's when nothing says.
func lastFourType(ts *Tokens, i int) Type {
	gw := ts.Words[ts.Toks[i].First]
	sh := ts.sh
	p := int(sh.before[gw]) - 1
	for d := 0; d < 30 && p >= 0; d, p = d+1, p-1 {
		l := sh.lower[sh.order[p]]
		if t, ok := lastFourOwners[l]; ok {
			return t
		}
		if l == "number" && p > 0 {
			switch sh.lower[sh.order[p-1]] {
			case "the", "that", "this", "same", "a", "my", "your", "our", "his", "her":
				// "text the number ending in ...": a phone's, which
				// "number" alone names when nothing else does (a card's
				// "card number ending in" meets "card" first); still
				// redacted, as verification data, but not as a social
				return Phone
			}
		}
	}
	// "... 6789 of my social", "... 4242 on the card"
	p = int(sh.before[ts.Words[ts.Toks[i].Last]]) + 1
	if p < len(sh.order) {
		switch sh.lower[sh.order[p]] {
		case "of", "on", "for", "from":
			for d := 1; d < 4 && p+d < len(sh.order); d++ {
				if t, ok := lastFourOwners[sh.lower[sh.order[p+d]]]; ok {
					return t
				}
			}
		}
	}
	return SSN
}

// lastFourOwners are the words that say whose "last four" are meant.
var lastFourOwners = map[string]Type{
	"social": SSN, "ssn": SSN, "security": SSN, "socials": SSN, "social's": SSN,
	"card": Card, "visa": Card, "mastercard": Card, "amex": Card, "discover": Card, "credit": Card,
	"debit": Card, "card's": Card, "cards": Card,
	"account": Account, "acct": Account, "checking": Account, "savings": Account, "routing": Account,
	"account's": Account, "policy": Account, "member": Account,
	"phone": Phone, "cell": Phone, "mobile": Phone, "landline": Phone, "phone's": Phone,
}

// ssnWords name a social security number or the tax form it is written
// on ("W-2"; spoken "w two" is matched as a pair by ssnTalkBack).
var ssnWords = map[string]bool{"social": true, "ssn": true, "socials": true, "social's": true,
	"w-2": true, "w2": true, "w-2s": true, "w2s": true, "taxpayer": true}

// ssnTalkBack returns how many content words before transcript word gw
// (within window, all channels) a social security number or a W-2 was
// named, or -1.
func (sh *shared) ssnTalkBack(gw int, window int) int {
	p := int(sh.before[gw]) - 1
	for d := 0; d < window && p >= 0; d, p = d+1, p-1 {
		if sh.ssnWordAt(p) {
			return d
		}
	}
	return -1
}

// ssnWordAt reports whether the content word at order position p names a
// social or a W-2 ("w two": p is the "two").
func (sh *shared) ssnWordAt(p int) bool {
	l := sh.lower[sh.order[p]]
	if ssnWords[l] {
		return true
	}
	return (l == "two" || l == "2") && p > 0 && sh.lower[sh.order[p-1]] == "w"
}

// ssnTalkNear reports whether a social or a W-2 is named within 40 content
// words before number token i or 12 after it.
func (ts *Tokens) ssnTalkNear(i int) bool {
	sh := ts.sh
	if sh.ssnTalkBack(ts.Words[ts.Toks[i].First], 40) >= 0 {
		return true
	}
	p := int(sh.before[ts.Words[ts.Toks[i].Last]]) + 1
	for d := 0; d < 12 && p < len(sh.order); d, p = d+1, p+1 {
		if sh.ssnWordAt(p) {
			return true
		}
	}
	return false
}

// phoneNamed reports whether a phone is named ("phone", "cell", "mobile",
// "callback" ...) among the cueWindow+2 content words before number token
// i: the number was asked for as a phone number, not as "my number".
func (ts *Tokens) phoneNamed(i int) bool {
	return ts.sh.contextHas(ts.Words[ts.Toks[i].First], cueWindow+2, "phone", "phone's", "cell", "mobile", "telephone",
		"callback", "landline", "cellphone", "fax")
}
