package redact

import "github.com/callveil/callveil/redact/internal/names"

// Recognizers of digit strings: phone, card, SSN, account, ZIP and the
// catch-all NUMBER. Each looks at KindNumber tokens (and a few written
// forms) and at the nearest number cue before them (numberCues).

const cueWindow = 8 // content words a number cue may sit before its value

type phoneRecognizer struct{}

func (phoneRecognizer) Name() string { return "phone" }

func (phoneRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		if ts.isWord(i, "extension", "ext", "x") {
			// "extension 42", kept alone when no phone precedes it.
			j := ts.next(i + 1)
			// Alone, only a real extension ("extension 4421"), not
			// "ask for Larry at extension two".
			if j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber && len(ts.Toks[j].Norm) >= 3 && len(ts.Toks[j].Norm) <= 6 {
				out = append(out, ts.TokenFinding(Phone, i, j, 0.8, "phone"))
			}
			continue
		}
		if tk.Kind != KindNumber {
			continue
		}
		cat, _ := ts.numberCue(i, cueWindow)
		switch cat {
		case cueNone, cuePhone, cueNotPII:
		default:
			continue
		}
		d, lastW := ts.Digits(i, phoneDigits)
		n := len(d)
		cued := cat == cuePhone
		score := 0.0
		// Uncued, the length alone says phone (NUMBER scores 0.5): a
		// missed phone number is worse than a bleeped order number. A
		// written phone layout (555-123-4567, (517) 731-0628), a "one" +
		// area code or a toll-free prefix make it surer.
		switch {
		case n == 10 || n == 11 && d[0] == '1' || n == 12 && d[:2] == "01":
			score = 0.8
			if phoneLayout(tk.Groups) || n == 11 && d[1] >= '2' || tollFree(d[n-10:]) {
				score = 0.9
			}
		case n == 7 && d[0] != '0' && d[0] != '1':
			score = 0.7
			if phoneLayout(tk.Groups) {
				score = 0.85
			}
		}
		if cat == cueNotPII && n == 7 {
			score = 0
		}
		if score > 0 {
			if cued {
				score = 0.96
			}
			f := ts.Finding(Phone, ts.Toks[ts.correctedFrom(i)].First, lastW, score, "phone")
			out = append(out, ts.withExtension(f, i))
			continue
		}
		// Several phone numbers in one run ("555 1234, 555 6789"), or a
		// cued one with a digit too many or too few.
		if segs := splitPhones(tk); segs != nil {
			for _, s := range segs {
				a, b := tk.Words(s[0], s[1])
				out = append(out, ts.Finding(Phone, a, b, 0.75, "phone"))
			}
			continue
		}
		if cued && n >= 7 && n <= 12 {
			out = append(out, ts.withExtension(ts.TokenFinding(Phone, i, i, 0.8, "phone"), i))
		}
	}
	return out
}

// phoneDigits reports whether d has a phone number's length: 7 digits
// (not starting 0 or 1), 10, or 11 starting with 1.
func phoneDigits(d string) bool {
	n := len(d)
	return n == 10 || n == 11 && d[0] == '1' || n == 7 && d[0] != '0' && d[0] != '1'
}

// tollFree reports whether the 10 digits d are a toll-free number.
func tollFree(d string) bool {
	switch d[:3] {
	case "800", "888", "877", "866", "855", "844", "833":
		return true
	}
	return false
}

// phoneLayout reports whether number groups have a phone's layout: 3-3-4,
// 3-4, 1-3-3-4, 3-7 or 1-3-7.
func phoneLayout(g []int) bool {
	switch len(g) {
	case 2:
		return g[0] == 3 && (g[1] == 4 || g[1] == 7)
	case 3:
		return g[0] == 3 && g[1] == 3 && g[2] == 4 || g[0] == 1 && g[1] == 3 && g[2] == 7
	case 4:
		return g[0] <= 2 && g[1] == 3 && g[2] == 3 && g[3] == 4
	}
	return false
}

// correctionWords are what a speaker says between a number they got wrong
// and the right one ("two one two uh, no, sorry, two one one ...").
var correctionWords = map[string]bool{"no": true, "sorry": true, "wait": true, "actually": true,
	"i": true, "mean": true, "oops": true, "scratch": true, "that": true, "let": true, "me": true,
	"start": true, "over": true, "again": true, "hold": true, "on": true, "correction": true,
	"my": true, "bad": true, "mistake": true, "nope": true, "sorry,": true, "rather": true}

// correctedFrom returns the first token of the number at token i including
// an abandoned start before it ("five three nine uh no sorry ..."), or i.
func (ts *Tokens) correctedFrom(i int) int {
	k, words := i-1, 0
	for k >= 0 && words <= 5 {
		t := &ts.Toks[k]
		switch {
		case t.Kind == KindFiller || t.Kind == KindPunct:
		case t.Kind == KindWord && correctionWords[t.Norm]:
			words++
		default:
			if t.Kind == KindNumber && words > 0 && len(t.Norm) <= len(ts.Toks[i].Norm) && !ts.turn[t.Last] {
				return k
			}
			return i
		}
		k--
	}
	return i
}

// withExtension extends a phone finding over "extension 42" after token i.
func (ts *Tokens) withExtension(f Finding, i int) Finding {
	j := ts.next(i + 1)
	if !ts.isWord(j, "extension", "ext", "x") {
		return f
	}
	k := ts.next(j + 1)
	if k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && len(ts.Toks[k].Norm) <= 6 {
		g := ts.Finding(Phone, ts.local(f.FirstWord), ts.Toks[k].Last, f.Score, f.Recognizer)
		return g
	}
	return f
}

// splitPhones splits the digits of a number token at word boundaries into
// pieces that are each 7, 10 or 11 digits long, or returns nil.
func splitPhones(tk *Token) [][2]int {
	n := len(tk.Norm)
	if n < 14 || n > 44 || len(tk.pos) != n {
		return nil
	}
	ok := func(a, b int) bool {
		l := b - a
		if a > 0 && tk.pos[a] == tk.pos[a-1] {
			return false // not a word boundary
		}
		return l == 10 || l == 7 || l == 11 && tk.Norm[a] == '1'
	}
	// reach[k] = previous cut for a valid split of Norm[:k].
	reach := make([]int, n+1)
	for k := range reach {
		reach[k] = -1
	}
	reach[0] = 0
	for k := 1; k <= n; k++ {
		for _, l := range []int{10, 11, 7} {
			a := k - l
			if a >= 0 && reach[a] >= 0 && ok(a, k) && (k == n || tk.pos[k] != tk.pos[k-1]) {
				reach[k] = a
				break
			}
		}
	}
	if reach[n] < 0 {
		return nil
	}
	var segs [][2]int
	for k := n; k > 0; k = reach[k] {
		segs = append([][2]int{{reach[k], k}}, segs...)
	}
	return segs
}

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
			if cat, _ := ts.numberCue(i, cueWindow); cat == cueExpiry || cat == cueCard {
				out = append(out, ts.TokenFinding(Card, i, i, 0.95, "card-expiry"))
			}
			continue
		case KindWord:
			// "expires March twenty twenty seven"
			if _, isMonth := months[tk.Norm]; isMonth {
				if cat, _ := ts.numberCue(i, cueWindow); cat == cueExpiry {
					j := ts.next(i + 1)
					if j < len(ts.Toks) && (ts.Toks[j].Kind == KindNumber || ts.Toks[j].Kind == KindOrdinal) {
						out = append(out, ts.TokenFinding(Card, i, j, 0.95, "card-expiry"))
						i = j
					}
				}
			}
			continue
		default:
			continue
		}
		cat, _ := ts.numberCue(i, cueWindow)
		d, lastW := ts.Digits(i, cardDigits)
		n := len(d)
		switch {
		case cat == cueAccount || cat == cueRouting || cat == cueSSN || cat == cueDOB:
			continue
		case n >= 13 && n <= 19 && luhn(d):
			out = append(out, ts.Finding(Card, tk.First, lastW, 0.97, "card"))
		case cat == cueExpiry:
			// "oh nine twenty seven", "twelve twenty five", "09 2027"
			if d, lastW := ts.Digits(i, func(d string) bool { return len(d) >= 3 && len(d) <= 4 || len(d) == 6 }); len(d) >= 3 && len(d) <= 6 {
				out = append(out, ts.Finding(Card, tk.First, lastW, 0.95, "card-expiry"))
			}
		case cat == cueCVV:
			// Three digits, or four (Amex).
			if d, lastW := ts.Digits(i, func(d string) bool { return len(d) == 3 || len(d) == 4 }); len(d) >= 3 && len(d) <= 4 {
				out = append(out, ts.Finding(Card, tk.First, lastW, 0.95, "card-cvv"))
			}
		case n >= 13:
			// A card number run on into its expiry or code, or a cued card
			// number that fails the check.
			if a, b, ok := cardPrefix(tk); ok {
				w0, w1 := tk.Words(a, b)
				out = append(out, ts.Finding(Card, w0, w1, 0.93, "card"))
				if rest := n - b; rest >= 3 && rest <= 4 && (cat == cueCard || ts.sh.contextHas(ts.Words[tk.First], 12, "expiration", "expiry", "expires", "cvv", "security", "code")) {
					w2, w3 := tk.Words(b, n)
					out = append(out, ts.Finding(Card, w2, w3, 0.9, "card-expiry"))
				}
			} else if cat == cueCard && n <= 19 {
				out = append(out, ts.TokenFinding(Card, i, i, 0.8, "card"))
			}
		}
	}
	return out
}

// cardDigits reports whether d could be a card number (used to decide
// about a trailing spoken "oh": 17 and 18 digit cards are rare enough that
// 16 wins over them).
func cardDigits(d string) bool {
	n := len(d)
	return (n >= 13 && n <= 16 || n == 19) && luhn(d)
}

// cardPrefix finds a Luhn-valid 13-19 digit prefix of a number token that
// ends at a word boundary, preferring 16, then 15 digits.
func cardPrefix(tk *Token) (int, int, bool) {
	n := len(tk.Norm)
	if len(tk.pos) != n {
		return 0, 0, false
	}
	for _, l := range []int{16, 15, 13, 14, 17, 18, 19} {
		if l < n && tk.pos[l] != tk.pos[l-1] && luhn(tk.Norm[:l]) {
			return 0, l, true
		}
	}
	return 0, 0, false
}

type ssnRecognizer struct{}

func (ssnRecognizer) Name() string { return "ssn" }

func (ssnRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		if tk.Kind != KindNumber {
			continue
		}
		cat, _ := ts.numberCue(i, cueWindow)
		want := 9
		if cat == cueLastFour {
			want = 4
		}
		d, lastW := ts.Digits(i, func(d string) bool { return len(d) == want })
		n := len(d)
		switch {
		case cat == cueLastFour && n == 4:
			out = append(out, ts.Finding(lastFourType(ts, i), tk.First, lastW, 0.92, "last-four"))
		case cat == cueSSN && n == 9:
			out = append(out, ts.Finding(SSN, tk.First, lastW, 0.98, "ssn"))
		case cat == cueSSN && n >= 4 && n <= 11:
			out = append(out, ts.Finding(SSN, tk.First, lastW, 0.9, "ssn"))
		case n == 9 && (cat == cueNone || cat == cueNotPII):
			if g := tk.Groups; len(g) == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4 {
				out = append(out, ts.TokenFinding(SSN, i, i, 0.9, "ssn"))
			}
		}
	}
	return out
}

// validSSN reports whether d could be an issued SSN (area not 000, 666 or
// 9xx; group and serial not zero).
func validSSN(d string) bool {
	return d[:3] != "000" && d[:3] != "666" && d[0] != '9' && d[3:5] != "00" && d[5:] != "0000"
}

// lastFourType decides whose "last four" token i is: the nearest mention
// of a social, a card or an account before it (or, failing that, just
// after it); a social's when nothing says.
func lastFourType(ts *Tokens, i int) Type {
	gw := ts.Words[ts.Toks[i].First]
	sh := ts.sh
	p := int(sh.before[gw]) - 1
	for d := 0; d < 30 && p >= 0; d, p = d+1, p-1 {
		if t, ok := lastFourOwners[sh.lower[sh.order[p]]]; ok {
			return t
		}
	}
	p = int(sh.before[gw]) + 1
	for d := 0; d < 6 && p < len(sh.order); d, p = d+1, p+1 {
		if t, ok := lastFourOwners[sh.lower[sh.order[p]]]; ok {
			return t
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
}

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

type zipRecognizer struct{}

func (zipRecognizer) Name() string { return "zip" }

func (zipRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		if tk.Kind != KindNumber {
			continue
		}
		d, lastW := ts.Digits(i, func(d string) bool { return len(d) == 5 || len(d) == 9 })
		if len(d) != 5 && len(d) != 9 {
			continue
		}
		if cat, _ := ts.numberCue(i, cueWindow); cat == cueZIP {
			out = append(out, ts.Finding(ZIP, tk.First, lastW, 0.95, "zip"))
			continue
		}
		if p := ts.prev(i - 1); p >= 0 && ts.isState(p) {
			out = append(out, ts.Finding(ZIP, tk.First, lastW, 0.9, "zip-state"))
		}
	}
	return out
}

// isState reports whether token i is a US state name (or the last word of
// one) or, in a cased transcript, a two-capital state abbreviation.
func (ts *Tokens) isState(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind == KindLetters && len(tk.Norm) == 2 {
		return stateAbbr[tk.Norm]
	}
	if tk.Kind != KindWord {
		return false
	}
	if stateNames[tk.Norm] {
		return true
	}
	if len(tk.Norm) == 2 && stateAbbr[tk.Norm] {
		txt := ts.Word(tk.First).Text
		return len(txt) == 2 && txt[0] >= 'A' && txt[0] <= 'Z' && txt[1] >= 'A' && txt[1] <= 'Z'
	}
	return false
}

type numberRecognizer struct{}

func (numberRecognizer) Name() string { return "number" }

func (numberRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindNumber:
			if len(tk.Norm) >= 7 {
				// The catch-all: any type that explains the run wins.
				out = append(out, ts.TokenFinding(Number, i, i, 0.5, "number"))
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
