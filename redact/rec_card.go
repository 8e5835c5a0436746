package redact

// The card recognizer: Luhn-valid numbers, cued expiry dates and security
// codes.
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - CARD: 13-19 digits passing the Luhn check, also resumed after an
//     interruption ("4549 1210, one second, hold on, 3503 4465") or, after
//     a card cue, repaired: its end taken back and said again ("5375 3082,
//     no, wait, 2803 5626 4964" is 5375 2803 5626 4964, the abandoned
//     group redacted with it; repair.go); cued
//     expiry dates and 3-4 digit security codes ("and the code?" while a
//     card is read), or read on after the number in one breath ("...,
//     09/27, 581"); "the last four of the card", "the one ending 7733",
//     "the card ending four four one two", "the one that ends 9826";
//     "Oh, one, four." asked for a code is three digits.
//   - CARD_CVV, CARD_EXPIRY: the card recognizer's cued security codes and
//     expiry dates (reported as CARD before; Type.Parent is CARD). An
//     expiry cue does not reach past a conjunction that opens another
//     clause ("the card expires, so call me in March twenty twenty seven"
//     is no expiry; "expires, uh, oh four twenty seven" is).

import (
	"strconv"
	"strings"
)

// luhn reports whether the digit string d passes the Luhn check.
func luhn(d string) bool {
	sum, double := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return len(d) > 0 && sum%10 == 0
}

type cardRecognizer struct{}

func (cardRecognizer) Name() string { return "card" }

func (cardRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindNumber:
		case KindDate:
			cat, _ := ts.numberCue(i, cueWindow)
			if cat == cueExpiry && (ts.documentExpiry(i) || ts.notACardsExpiry(i) || ts.clauseOpensBefore(i, cueWindow)) {
				continue
			}
			if cat == cueExpiry || cat == cueCard || cat == cueCVV && monthYear(tk.Norm) && ts.sh.contextHas(ts.Words[tk.First], cueWindow, "expiration", "expiry", "expires", "exp") {
				// ("Expiration and security code?" ... "12/28, and 940")
				out = append(out, ts.TokenFinding(CardExpiry, i, i, 0.95, "card-expiry"))
				out = ts.cardTail(out, i, false)
			}
			continue
		case KindWord:
			// "expires March twenty twenty seven", "April of 2028"
			if tk.in(wcMonth) {
				if cat, _ := ts.numberCue(i, cueWindow); cat == cueExpiry && !ts.documentExpiry(i) && !ts.notACardsExpiry(i) && !ts.clauseOpensBefore(i, cueWindow) {
					j := ts.next(i + 1)
					if ts.isWord(j, "of") && !ts.sentenceEndsAfter(i) {
						j = ts.next(j + 1) // "June of 2027"
					}
					if j < len(ts.Toks) && (ts.Toks[j].Kind == KindNumber || ts.Toks[j].Kind == KindOrdinal) {
						out = append(out, ts.TokenFinding(CardExpiry, i, j, 0.95, "card-expiry"))
						i = j
					}
				}
			}
			continue
		default:
			continue
		}
		cat, _ := ts.numberCue(i, cueWindow)
		if cat == cueExpiry && (ts.documentExpiry(i) || ts.notACardsExpiry(i) || ts.clauseOpensBefore(i, cueWindow)) {
			continue
		}
		d, lastW := ts.Digits(i, cardDigits)
		n := len(d)
		switch {
		case cat == cueAccount || cat == cueRouting || cat == cueSSN || cat == cueDOB:
			continue
		case n >= 13 && n <= 19 && luhn(d) && !(cat == cuePhone && (ts.international(i) || strings.HasPrefix(tk.Norm, "00"))):
			// (Not "my phone number is +86 189-1111-1111": a number with a
			// country code after a phone's cue passes the check by
			// chance. With an abandoned start: "four five three, no, four five
			// four nine ...")
			out = append(out, ts.Finding(Card, ts.Toks[ts.correctedFrom(i)].First, lastW, 0.97, "card"))
			if lastW == tk.Last {
				out = ts.cardTail(out, i, true)
			}
		case (cat == cueExpiry || cat == cueCVV) && (n == 7 || n == 8) && ts.sh.contextHas(ts.Words[tk.First], cueWindow, "expiration", "expiry", "exp", "expires") &&
			ts.sh.contextHas(ts.Words[tk.First], cueWindow, "code", "cvv", "cvc", "security"):
			// "expiration and code?" ... "oh seven twenty eight five oh
			// nine": the expiry's four digits, then the code.
			if len(tk.pos) == n && tk.pos[3] != tk.pos[4] {
				w0, w1 := tk.Words(0, 4)
				w2, w3 := tk.Words(4, n)
				out = append(out, ts.Finding(CardExpiry, w0, w1, 0.9, "card-expiry"), ts.Finding(CardCVV, w2, w3, 0.9, "card-cvv"))
			}
		case cat == cueExpiry:
			// "oh nine twenty seven", "twelve twenty five", "09 2027"
			if d, lastW := ts.Digits(i, func(d string) bool { return len(d) >= 3 && len(d) <= 4 || len(d) == 6 }); len(d) >= 3 && len(d) <= 6 {
				out = append(out, ts.Finding(CardExpiry, tk.First, lastW, 0.95, "card-expiry"))
			}
		case cat == cueCVV:
			// Three digits, or four (Amex).
			if d, lastW := ts.Digits(i, func(d string) bool { return len(d) == 3 || len(d) == 4 }); len(d) >= 3 && len(d) <= 4 {
				out = append(out, ts.Finding(CardCVV, tk.First, lastW, 0.95, "card-cvv"))
			} else if p := ts.prev(i - 1); n == 2 && p == i-1 && ts.isWord(p, "oh", "o") && !ts.sentenceEndsAfter(p) {
				// "Oh, one, four.": the "oh" taken for the interjection is
				// the code's first digit.
				out = append(out, ts.Finding(CardCVV, ts.Toks[p].First, tk.Last, 0.9, "card-cvv"))
			}
		case n >= 4 && n < 13 && (cat == cueCard || n%4 == 0 && d[0] >= '3' && d[0] <= '6'):
			// A card number broken off and resumed: "4549 1210, hold on,
			// sorry, 3503 4465". The halves join when together they have a
			// card's length and pass the check.
			if last, ok := ts.resumedCard(i, d); ok {
				out = append(out, ts.TokenFinding(Card, i, last, 0.9, "card-resumed"))
				i = last
			} else if last, ok := ts.repairedCard(i, d); ok && cat == cueCard {
				// Its end taken back and said again: "5375 3082, no,
				// wait, 2803 5626 4964" (repair.go).
				out = append(out, ts.TokenFinding(Card, i, last, 0.9, "card-repaired"))
				i = last
			}
		case n >= 17 && n <= 23 && cardSaidWithARepeat(d, cat == cueCard):
			// "4532, 4532 7712 9901 3347": a group said twice.
			out = append(out, ts.TokenFinding(Card, i, i, 0.9, "card-repeat"))
		case n >= 13:
			// A card number run on into its expiry or code, or a cued card
			// number that fails the check.
			if a, b, ok := ts.cardPrefix(tk); ok {
				w0, w1 := tk.Words(a, b)
				out = append(out, ts.Finding(Card, w0, w1, 0.93, "card"))
				if rest := n - b; rest >= 3 && rest <= 4 && (cat == cueCard || ts.sh.contextHas(ts.Words[tk.First], 12, "expiration", "expiry", "expires", "cvv", "security", "code")) {
					w2, w3 := tk.Words(b, n)
					out = append(out, ts.Finding(CardExpiry, w2, w3, 0.9, "card-expiry"))
				}
			} else if cat == cueCard && n <= 19 {
				out = append(out, ts.TokenFinding(Card, i, i, 0.8, "card"))
			}
		}
	}
	return ts.expiryForms(out)
}

// cardDigits reports whether d could be a card number (used to decide
// about a trailing spoken "oh": 17 and 18 digit cards are rare enough that
// 16 wins over them).
func cardDigits(d string) bool {
	n := len(d)
	return (n >= 13 && n <= 16 || n == 19) && luhn(d)
}

// cardPrefix finds the card in a number token that fails the check as a
// whole: the digits after a leading pronoun "one", or a Luhn-valid 13-19
// digit prefix that ends at a word boundary with at least three digits
// (an expiry or a code) after it, preferring 16, then 15 digits. It
// returns the card's digit range.
func (ts *Tokens) cardPrefix(tk *Token) (int, int, bool) {
	n := len(tk.Norm)
	if len(tk.pos) != n {
		return 0, 0, false
	}
	// The pronoun "one" said just before the card ("the long one, 4716
	// ...") joins the run: without it the rest is the card.
	if n-1 >= 13 && n-1 <= 19 && ts.Lower(int(tk.pos[0])) == "one" && tk.pos[1] != tk.pos[0] && luhn(tk.Norm[1:]) {
		return 1, n, true
	}
	// The card's own digits are followed by at least an expiry or a
	// code's three: one or two digits left over mean the run is one
	// number that fails the check ("3616 8002 5860 08"), not a card
	// that happens to pass it on a shorter prefix.
	for _, l := range []int{16, 15, 13, 14, 17, 18, 19} {
		if l+3 <= n && tk.pos[l] != tk.pos[l-1] && luhn(tk.Norm[:l]) {
			return 0, l, true
		}
	}
	return 0, 0, false
}

// resumedCard looks for the rest of a card number whose first digits d are
// number token i: the next numbers of the channel within a dozen tokens,
// not across the end of the speaker's turn, whose digits complete a 13,
// 15, 16 or 19 digit Luhn-valid number. It returns the last token of the rest.
func (ts *Tokens) resumedCard(i int, d string) (int, bool) {
	digits := d
	for j, seen := i+1, 0; j < len(ts.Toks) && seen < 12; j++ {
		if ts.turn[ts.Toks[j-1].Last] {
			return 0, false // the other speaker spoke, or a long pause
		}
		t := &ts.Toks[j]
		if t.Kind != KindNumber {
			if t.Kind != KindFiller && t.Kind != KindPunct {
				seen++
			}
			continue
		}
		digits += t.Norm
		switch n := len(digits); {
		case (n == 13 || n == 15 || n == 16 || n == 19) && luhn(digits) && cardIssuer(digits):
			return j, true
		case n >= 19:
			return 0, false
		}
	}
	return 0, false
}

// documentExpiry reports whether an expiry at token i is a document's
// ("my passport ... when does it expire? August 2026"): a passport or
// licence was talked about in the 60 words before (a passport number read
// twice, with a query between, is about 30), and no card.
func (ts *Tokens) documentExpiry(i int) bool {
	gw := ts.Words[ts.Toks[i].First]
	return ts.sh.contextHas(gw, 60, "passport", "license", "licence", "permit", "passport's", "license's", "passports") &&
		!ts.sh.contextHas(gw, 60, "card", "visa", "mastercard", "amex", "discover", "credit", "debit", "cvv", "cvc")
}

// cardIssuer reports whether the first digit of d fits a card of d's
// length: 13 digits are Visa (4), 15 Amex or Diners (3), 16 Mastercard,
// Visa, Discover, JCB or UnionPay (2-6), 19 Visa, Maestro, Discover or
// UnionPay (4-6). Pieces joined across other words ("PSC 6293, Box 8158,
// APO AP 04336") pass Luhn's check one time in ten by chance.
func cardIssuer(d string) bool {
	switch len(d) {
	case 13:
		return d[0] == '4'
	case 15:
		return d[0] == '3'
	case 16:
		return d[0] >= '2' && d[0] <= '6'
	case 19:
		return d[0] >= '4' && d[0] <= '6'
	}
	return false
}

// monthYear reports whether a written date is a month and year ("12/28",
// "05/2030"), the way a card's expiry is printed.
func monthYear(s string) bool {
	k := strings.IndexByte(s, '/')
	if k < 1 || k > 2 || strings.Count(s, "/") != 1 {
		return false
	}
	m, y := s[:k], s[k+1:]
	if len(y) != 2 && len(y) != 4 || !allDigits(m) || !allDigits(y) {
		return false
	}
	mv, _ := strconv.Atoi(m)
	return mv >= 1 && mv <= 12
}

// cardTail finds what is read on after a card number (token i, withExpiry)
// or its expiry (token i) in the same sentence, as a card's front and back
// are read out in one breath: "4898 0197 9437 1663, 09/27, 581." A written
// month and year is the expiry, then three or four digits the security
// code ("and" may stand between).
func (ts *Tokens) cardTail(out []Finding, i int, withExpiry bool) []Finding {
	j := i
	next := func() int {
		if ts.sentenceEndsAfter(j) {
			return -1
		}
		k := ts.next(j + 1)
		if ts.isWord(k, "and") && !ts.sentenceEndsAfter(k) {
			k = ts.next(k + 1)
		}
		if k >= len(ts.Toks) {
			return -1
		}
		return k
	}
	if withExpiry {
		k := next()
		if k < 0 || ts.Toks[k].Kind != KindDate || !monthYear(ts.Toks[k].Norm) {
			return out
		}
		out = append(out, ts.TokenFinding(CardExpiry, k, k, 0.9, "card-expiry"))
		j = k
	}
	if k := next(); k >= 0 && ts.Toks[k].Kind == KindNumber && (len(ts.Toks[k].Norm) == 3 || len(ts.Toks[k].Norm) == 4) && !ts.isAmount(k) {
		out = append(out, ts.TokenFinding(CardCVV, k, k, 0.9, "card-cvv"))
	}
	return out
}

// cardSaidWithARepeat reports whether the digits d are a 15 or 16 digit
// card number passing the Luhn check with one group of it said twice in a
// row, as people repeat a group to keep their place ("four five three
// two, four five three two, seven seven one two ..."): a group of four at
// a group's boundary, or after a card cue (cued) also of two or three
// digits anywhere.
func cardSaidWithARepeat(d string, cued bool) bool {
	for g := 2; g <= 4; g++ {
		if !cued && g != 4 {
			continue
		}
		for k := 0; k+2*g <= len(d); k++ {
			if !cued && k%4 != 0 || d[k:k+g] != d[k+g:k+2*g] {
				continue
			}
			rest := d[:k+g] + d[k+2*g:]
			if (len(rest) == 15 || len(rest) == 16) && luhn(rest) {
				return true
			}
		}
	}
	return false
}
