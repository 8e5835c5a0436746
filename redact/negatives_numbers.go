package redact

// Hard negatives (see negatives.go) of the numeric recognizers: dates that
// are not birth dates or do not exist, expiries of other things, counts,
// versions and hex literals taken for numbers, IDs or card expiries.

import "strings"

// hexLiteral reports whether an ID's characters id are a programmer's
// hexadecimal literal: "0x" and one to sixteen hex digits ("build id
// 0x7f00ff00", "zero x seven f ..."). Such numbers are memory addresses,
// build and error codes. (A 40-digit "0x..." is a wallet address and is
// left to the recognizers.)
func hexLiteral(id string) bool {
	if len(id) < 3 || len(id) > 18 || !strings.HasPrefix(id, "0x") {
		return false
	}
	for k := 2; k < len(id); k++ {
		c := id[k]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// dateShaped reports whether number token tk was said or written in the
// shape of a date with a four-digit year, whether or not the month and day
// exist ("thirteen oh one twenty twenty", "zero one thirty two twenty
// twenty", "2026-99-99"): a year said as a year (its "19" or "20" one
// word, "nineteen", "twenty", as no one reads a long ID) first or last, and
// two parts of one or two digits, each its own words. Written, the groups
// are 4-2-2 or 2-2-4 (1 for a one-digit part). People say an impossible
// date ("the form rejects the thirty second of January") far more often
// than an ID of that shape.
func dateShaped(tk *Token) bool {
	d := tk.Norm
	n := len(d)
	if tk.Kind != KindNumber || n < 6 || n > 8 {
		return false
	}
	century := func(k int) bool { return d[k:k+2] == "19" || d[k:k+2] == "20" }
	if g := tk.Groups; len(g) == 3 {
		small := func(x int) bool { return x == 1 || x == 2 }
		if g[0] == 4 && century(0) && small(g[1]) && small(g[2]) || g[2] == 4 && century(n-4) && small(g[0]) && small(g[1]) {
			return true
		}
	}
	if len(tk.pos) != n {
		return false
	}
	// newWord reports whether digit k starts a word of its own.
	newWord := func(k int) bool { return k == 0 || k == n || tk.pos[k] != tk.pos[k-1] }
	// twoParts reports whether digits [a, b) are two parts of one or two
	// digits, split between words, neither a lone zero ("oh five twenty
	// thirty one" is a month and a year).
	twoParts := func(a, b int) bool {
		for k := a + 1; k < b; k++ {
			if k-a <= 2 && b-k <= 2 && newWord(k) && d[a:k] != "0" && d[k:b] != "0" {
				return true
			}
		}
		return false
	}
	// A year as a year: "19"/"20" one word, starting a word.
	year := func(k int) bool { return century(k) && newWord(k) && !newWord(k+1) && newWord(k+4) }
	return year(n-4) && twoParts(0, n-4) || year(0) && twoParts(4, n)
}

// dateThenOne reports whether number token i is a date of dateShaped's
// shape followed by the pronoun "one", which the tokenizer ran into its
// digits, after "the", "that" or "this": "it was the sixteen zero four
// twenty ten one" ("the 16-04-2010 one", the form dated so). The "one"
// is its own word, and without it the digits are a date.
func (ts *Tokens) dateThenOne(i int) bool {
	tk := &ts.Toks[i]
	n := len(tk.Norm)
	if tk.Kind != KindNumber || n < 7 || n > 9 || len(tk.pos) != n || tk.Norm[n-1] != '1' || tk.pos[n-1] == tk.pos[n-2] {
		return false
	}
	if ts.Lower(int(tk.pos[n-1])) != "one" || tk.First == 0 {
		return false
	}
	switch ts.Lower(tk.First - 1) {
	case "the", "that", "this":
	default:
		return false
	}
	d := Token{Kind: KindNumber, Norm: tk.Norm[:n-1], First: tk.First, pos: tk.pos[:n-1], cls: classOf(tk.Norm[:n-1])}
	return dateShaped(&d)
}

// monthOfDate reports whether the word at token i is a month said as part
// of a date ("June 12th", "April 9, 1975", "may fifth"): a month name
// before a day (an ordinal, or a number of one or two digits up to 31) is
// no name, capitalised or not.
func (ts *Tokens) monthOfDate(i int) bool {
	if !ts.Toks[i].in(wcMonth) || ts.Toks[i].Kind != KindWord {
		return false
	}
	j := ts.next(i + 1)
	if j >= len(ts.Toks) || ts.sentenceEndsAfter(i) {
		return false
	}
	switch t := &ts.Toks[j]; t.Kind {
	case KindOrdinal:
		return true
	case KindNumber:
		if len(t.Norm) > 2 {
			// "June 12 2024" read as one number: a day and a year.
			return len(t.Norm) >= 5 && len(t.Norm) <= 6 && plausibleDate(t.Norm)
		}
		d, _ := atoiSmall(t.Norm)
		return d >= 1 && d <= 31
	}
	return false
}

// monthWithin reports whether a month name lies between tokens i and last:
// digits around it are a date ("renewed on 1 January 2024"), not an ID.
func (ts *Tokens) monthWithin(i, last int) bool {
	for k := i + 1; k < last; k++ {
		if ts.Toks[k].Kind == KindWord {
			if ts.Toks[k].in(wcMonth) {
				return true
			}
		}
	}
	return false
}

// otherEvents are words of an event other than a birth: a date after one
// of them, past a birth cue, is that event's ("born in Ohio but moved on
// June 1st 2010").
var otherEvents = map[string]bool{"but": true, "moved": true, "married": true, "graduated": true,
	"started": true, "joined": true, "opened": true, "retired": true, "arrived": true, "relocated": true,
	"divorced": true, "hired": true, "bought": true, "enrolled": true, "renewed": true, "paid": true,
	"shipped": true, "ordered": true, "signed": true, "immigrated": true, "emigrated": true, "died": true,
	"passed": true, "adopted": true}

// otherEventBefore reports whether one of otherEvents comes between a
// birth cue and the date starting at token i: among the words of the same
// sentence before i, up to the cue.
func (ts *Tokens) otherEventBefore(i int) bool {
	for p, n := ts.prev(i-1), 0; p >= 0 && n < 8 && ts.Toks[p].Kind == KindWord && !ts.sentenceEndsAfter(p); p, n = ts.prev(p-1), n+1 {
		w := ts.Toks[p].Norm
		if otherEvents[w] {
			return true
		}
		if w == "born" || w == "birth" || w == "birthday" || w == "dob" {
			return false
		}
	}
	return false
}

// expiringThings are what expires besides a card: a date after talk of
// one of them, nearer than any card, is that thing's expiry.
var expiringThings = []string{"coupon", "coupons", "promo", "promotion", "offer", "voucher", "warranty",
	"lease", "subscription", "membership", "trial", "contract", "prescription", "domain", "passport",
	"license", "licence", "permit", "policy", "insurance", "registration", "certificate", "quote",
	"rebate", "discount", "certification"}

// cardWords name a payment card.
var cardWords = []string{"card", "visa", "mastercard", "amex", "discover", "credit", "debit", "cvv", "cvc"}

// notACardsExpiry reports whether an expiry cued at token i is not a
// card's: a full date with its day ("2025-12-31", "twelve thirty one
// twenty twenty six") — a card's expiry is a month and a year — or a date
// after talk of another thing that expires ("the coupon ... expires"),
// nearer than any talk of a card.
func (ts *Tokens) notACardsExpiry(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind == KindNumber && dateShaped(tk) || tk.Kind == KindDate && strings.Count(tk.Norm, "/")+strings.Count(tk.Norm, "-")+strings.Count(tk.Norm, ".") >= 2 {
		return true
	}
	gw := ts.Words[tk.First]
	thing := ts.sh.distanceBack(gw, 12, expiringThings...)
	card := ts.sh.distanceBack(gw, 40, cardWords...)
	return thing >= 0 && (card < 0 || thing < card)
}

// dateNamed reports whether number token i is a whole date (a four-digit
// year first or last) read digit by digit after the word "date" ("the date
// on the receipt is oh three one five two oh two four"), a little further
// back than saidAsDate looks.
func (ts *Tokens) dateNamed(i int) bool {
	tk := &ts.Toks[i]
	return len(tk.Norm) == 8 && fullDate(tk.Norm) && ts.sh.distanceBack(ts.Words[tk.First], 8, "date", "dated") >= 0
}

// thousands reports whether a written number s groups its digits in
// thousands with two or more commas ("1,234,567", "8,336,817"): a count or
// an amount, as writers and speech engines write them. Digits read out
// for an ID or a phone number are never grouped so. (One comma, "1,006",
// may be the last four of a social as a speech engine writes them.)
func thousands(s string) bool {
	first := strings.IndexByte(s, ',')
	if first < 1 || first > 3 || (len(s)-first)%4 != 0 || len(s)-first < 8 {
		return false
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if k >= first && (k-first)%4 == 0 {
			if c != ',' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// versionBefore reports whether a word that names a version comes right
// before token i, in its sentence ("the firmware version is 10.2.14.3",
// "build ten dot two dot one dot four"): four numbers with dots after it
// are a version, not an IP address.
func (ts *Tokens) versionBefore(i int) bool {
	var buf [4]string
	for _, w := range ts.wordsBefore(i, buf[:0]) {
		switch w {
		case "version", "versions", "ver", "v", "firmware", "release", "build", "patch", "update", "revision":
			return true
		case "is", "was", "it's", "the", "now", "number", "to", "on", "of":
			continue // ("the firmware version is now ...")
		}
		return false
	}
	return false
}

// oneVerbs after "that one", "the new one" make "one" the subject of a
// verb, a pronoun: "that one doesn't pass our check", "the old one
// expired".
var oneVerbs = map[string]bool{"doesn't": true, "does": true, "isn't": true, "is": true, "was": true,
	"wasn't": true, "has": true, "hasn't": true, "won't": true, "didn't": true, "works": true,
	"worked": true, "expired": true, "expires": true, "failed": true, "fails": true, "passed": true,
	"passes": true, "went": true, "goes": true, "came": true, "looks": true, "seems": true, "says": true,
	"said": true, "shows": true, "showed": true, "got": true, "gets": true, "should": true, "would": true,
	"will": true, "can": true, "can't": true, "couldn't": true}

// spokenAmount reports whether number token i was said as an amount of
// dollars and cents: a digit word and "hundred", then two pairs of one or
// two words each ("two hundred forty nine ninety nine", "one hundred and
// nineteen ninety five", "three hundred twelve fifty"). The tokenizer
// runs such a sum and its cents into seven digits, a phone's length, but
// no one reads a phone number so: a phone said with "hundred" has more
// parts ("five hundred fifty five, twelve thirty four") or single digits
// after it ("eight hundred five five five ...").
func (ts *Tokens) spokenAmount(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindNumber || tk.Last-tk.First < 3 || tk.Last-tk.First > 6 {
		return false
	}
	var buf [8]numWord
	ws := buf[:0]
	for w := tk.First; w <= tk.Last; w++ {
		l := ts.Lower(w)
		if l == "and" && len(ws) == 2 {
			continue
		}
		nw, ok := numWords[l]
		if !ok {
			if isFillerWord(l) {
				continue
			}
			return false
		}
		if nw.cls == pFiller {
			continue
		}
		ws = append(ws, nw)
	}
	if len(ws) < 4 || ws[0].cls != pDigit || ws[0].val == 0 || ws[1].cls != pHundred {
		return false
	}
	// pair reads one number of 10-99 from ws[k:]: a teen, a tens, or a
	// tens and a digit; it returns the words read, or 0.
	pair := func(k int) int {
		switch {
		case k >= len(ws):
			return 0
		case ws[k].cls == pTeen:
			return 1
		case ws[k].cls == pTens && k+1 < len(ws) && ws[k+1].cls == pDigit && ws[k+1].val > 0:
			return 2
		case ws[k].cls == pTens:
			return 1
		}
		return 0
	}
	a := pair(2)
	if a == 0 && ws[2].cls == pDigit && ws[2].val > 0 {
		a = 1 // ("three hundred, five hundred")
	}
	if a == 0 {
		return false
	}
	if 2+a+1 == len(ws) && ws[2+a].cls == pHundred {
		return true // two groups said as hundreds: "three hundred, eleven hundred" (review18)
	}
	if ws[2].cls == pDigit {
		return false
	}
	b := pair(2 + a)
	return b > 0 && 2+a+b == len(ws)
}

// hexBytesAfter reports whether hex bytes follow number token i, making
// its digits part of a hex dump ("00 10 00 31 46 D9 E9 11", "... forty six
// d nine e nine eleven"): a word of two hex digits with a letter a-f, or
// a letter a-f said before a number.
func (ts *Tokens) hexBytesAfter(i int) bool {
	k := ts.next(i + 1)
	if k >= len(ts.Toks) || ts.sentenceEndsAfter(i) {
		return false
	}
	t := &ts.Toks[k]
	isHexLetter := func(c byte) bool { return c >= 'a' && c <= 'f' }
	switch {
	case t.Kind == KindAlnum && len(t.Norm) == 2:
		a, b := t.Norm[0], t.Norm[1]
		return (isHexLetter(a) || isDigit(a)) && (isHexLetter(b) || isDigit(b)) && (isHexLetter(a) || isHexLetter(b))
	case (t.Kind == KindWord || t.Kind == KindLetters) && len(t.Norm) == 1 && isHexLetter(t.Norm[0]) && t.Norm != "a":
		m := k + 1
		return m < len(ts.Toks) && ts.Toks[m].Kind == KindNumber && !ts.sentenceEndsAfter(k)
	}
	return false
}
