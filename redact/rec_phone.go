package redact

// The phone recognizer: 7, 10 and 11 digit numbers, extensions and
// self-corrections.
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - PHONE: 7, 10 and 11 digit numbers (with "+1" / "one" and toll-free
//     prefixes), cued or written with a phone's layout; 8 to 15 digits
//     after a country code ("+44 20 7946 0958", "plus three five three
//     ..."), also said apart ("country code plus four four, then two oh
//     seven nine ..."); "extension 42"; a
//     self-correction ("two one two, no, sorry, two one three ...") is
//     one finding; a cued number broken off by "sorry", "I mean", "wait"
//     or a sentence's end and read on ("six one seven five five five, I
//     mean, oh one two six") is one when its parts make 10 digits.

import "strings"

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
			if ts.isWord(j, "is") && ts.isWord(ts.prev(i-1), "my", "your", "his", "her", "their", "our") && !ts.sentenceEndsAfter(j) {
				j = ts.next(j + 1) // "my extension is 4421" (not "the extension is 300 square feet")
			}
			// Alone, only a real extension ("extension 4421"), not
			// "ask for Larry at extension two"; and a lone letter "x"
			// before a number is a product's name ("the x one hundred
			// seventy model"), an extension only after a phone
			// (withExtension) or where one is reached or dialled
			// ("reach me at x 4421", "dial x 4421").
			if j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber && len(ts.Toks[j].Norm) >= 3 && len(ts.Toks[j].Norm) <= 6 &&
				(!ts.isWord(i, "x") || ts.isWord(ts.prev(i-1), "at", "dial", "dialing", "dialling")) {
				out = append(out, ts.TokenFinding(Phone, i, j, 0.8, "phone"))
			}
			continue
		}
		if tk.Kind != KindNumber {
			continue
		}
		cat, cd := ts.numberCue(i, cueWindow)
		if cat == cueRef && (ts.cueInEarlierSentence(i, cd) || ts.mineBefore(i)) && ts.correctsPhone(i) {
			// "My number is 8005552222, no, that's the store's. Mine is
			// 223-456-7890.": the reference cue says whose the number
			// taken back was, not what the new one is.
			cat = cueNone
		}
		if cat == cueNotPII && ts.international(i) && cd >= 2 {
			// "during office hours. London office +44 20 7946 0958": a
			// country code outweighs a quantity's cue that is not right
			// before it.
			cat = cueNone
		}
		switch cat {
		case cueNone, cuePhone, cueNotPII:
		default:
			continue
		}
		d, lastW := ts.Digits(i, phoneDigits)
		if cat == cueNone && ts.ohBeforePreposition(i) {
			// "the letter has nine five three oh one five three oh on
			// it": an "oh" the sentence goes on after is a zero, and
			// eight digits are no phone number.
			d, lastW = tk.Norm, tk.Last
		}
		if ts.international(i) && (ts.turn[tk.Last] || tk.Last == len(ts.Words)-1) {
			// "plus three three one ... five three oh oh", the turn's
			// last word: an international number has no fixed length,
			// and the "oh" ends the turn, so it starts nothing.
			d, lastW = tk.Norm, tk.Last
		}
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
		case cued && strings.HasPrefix(tk.Norm, "00") && len(tk.Norm) >= 11 && len(tk.Norm) <= 17 && tk.Norm[2] != '0':
			// "my phone number is 0049 176 12345678", "oh oh eight six
			// ...": the international access code "00" and a country
			// code (E.164: up to 15 digits after it).
			d, lastW, score = tk.Norm, tk.Last, 0.9
		case n >= 8 && n <= 15 && d[0] != '0' && cat != cueNotPII && ts.international(i):
			// "+44 20 7946 0958", "plus four four two oh ...": a country
			// code, so an international number (E.164: up to 15 digits).
			score = 0.9
		case n >= 9 && n <= 11 && d[0] == '0' && d[1] != '0' && cat == cueNone && ts.numberIsBefore(i):
			// "my Japanese number is 090-1234-5678", "my work number is
			// oh nine seven six ...": a national number outside North
			// America starts with the trunk prefix 0.
			score = 0.85
		case n == 7 && d[0] != '0' && d[0] != '1' && !(cat == cueNone && fullDate(d) && ts.sh.contextHas(ts.Words[tk.First], 4, dateWords...)) &&
			!(cat != cuePhone && ts.spokenAmount(i)):
			// (not "today is five twenty twenty twenty one", nor, uncued,
			// "one for two hundred forty nine ninety nine")
			score = 0.7
			if phoneLayout(tk.Groups) {
				score = 0.85
			}
		}
		if cat == cueNotPII && n == 7 || cat == cueNone && (ts.hexBytesAfter(i) || ts.countAfter(i)) {
			score = 0 // ("the readout says 00 10 00 31 46 D9 E9 11": a hex dump)
		}
		first := ts.Toks[ts.correctedFrom(i)].First
		if p := ts.prev(i - 1); score > 0 && n >= 8 && ts.isWord(p, "plus") {
			first = ts.Toks[p].First // "plus three five three ..."
		}
		if score > 0 && n == 7 {
			// "four oh eight, you know, the cell, 555 0135": an area code
			// said before a pause of a few words.
			if a, ok := ts.areaCodeBefore(i); ok {
				first, score = ts.Toks[a].First, max(score, 0.85)
			}
		}
		if cued && score == 0 && n >= 3 && n < 10 {
			// "six one seven five five five, I mean, oh one two six"
			if r, ok := ts.resumedNumber(i, func(m int) bool { return m == 10 }); ok {
				out = append(out, ts.Finding(Phone, first, ts.Toks[r].Last, 0.96, "phone"))
				continue
			}
		}
		if score > 0 {
			if cued {
				score = 0.96
			}
			f := ts.Finding(Phone, first, lastW, score, "phone")
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
		if cued && ts.restartedPhone(i) {
			// "two oh six, hold on, two oh six four one ...": phone18.go
			out = append(out, ts.withExtension(ts.TokenFinding(Phone, i, i, 0.9, "phone"), i))
			continue
		}
		if cued && n >= 7 && n <= 12 && (!ssnLayout(tk.Groups) || ts.phoneNamed(i)) && !(n == 9 && ts.ssnTalkNear(i)) {
			// (Nine digits, no phone's length, after "my number" in talk
			// of a social or a W-2: "the form keeps rejecting my number, I
			// put in ..." is the social, or a NUMBER when it is no valid
			// one.)
			out = append(out, ts.withExtension(ts.TokenFinding(Phone, i, i, 0.8, "phone"), i))
		}
	}
	return ts.countryCodeApart(out)
}

// international reports whether number token i is written with a "+"
// ("+44 20 ...") or said after "plus".
func (ts *Tokens) international(i int) bool {
	if w := ts.Word(ts.Toks[i].First).Text; len(w) > 1 && w[0] == '+' {
		return true
	}
	return ts.isWord(ts.prev(i-1), "plus") && !ts.sentenceEndsAfter(ts.prev(i-1))
}

// areaCodeBefore finds the area code of the 7-digit number token i said
// before a short interruption in the same turn: a three-digit number (not
// starting 0 or 1) at most six words before it, with no other number and
// no end of turn between.
func (ts *Tokens) areaCodeBefore(i int) (int, bool) {
	for j, words := i-1, 0; j >= 0 && words <= 6; j-- {
		t := &ts.Toks[j]
		if ts.turn[t.Last] {
			return 0, false
		}
		switch t.Kind {
		case KindFiller, KindPunct:
			continue
		case KindNumber:
			if words > 0 && len(t.Norm) == 3 && t.Norm[0] >= '2' {
				return j, true
			}
			return 0, false
		case KindWord:
			words++
		default:
			return 0, false
		}
	}
	return 0, false
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
	"my": true, "bad": true, "mistake": true, "nope": true, "sorry,": true, "rather": true, "or": true}

// correctedFrom returns the first token of the number at token i including
// an abandoned start before it ("five three nine uh no sorry ..."), or i.
func (ts *Tokens) correctedFrom(i int) int {
	k, words := i-1, 0
	for k >= 0 && words <= 6 {
		t := &ts.Toks[k]
		switch {
		case t.Kind == KindFiller || t.Kind == KindPunct:
		case t.Kind == KindWord && (t.in(wcCorrectionWords) || t.Norm == "that's" || t.Norm == "oh" && words > 0):
			words++ // ("nine oh, oh sorry, nine oh two one oh")
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

// dateWords say that a date follows: a seven-digit number that reads as
// one after them is no phone number.
var dateWords = []string{"today", "date", "dated", "appointment", "starts", "started", "since", "until", "effective", "expires", "expired"}

// cueInEarlierSentence reports whether the cue d content words before
// number token i lies in an earlier sentence than the number.
func (ts *Tokens) cueInEarlierSentence(i, d int) bool {
	c := 0
	for j := ts.prev(i - 1); j >= 0; j = ts.prev(j - 1) {
		if ts.sentenceEndsAfter(j) {
			return d >= c
		}
		c += ts.Toks[j].Last - ts.Toks[j].First + 1
		if c > d {
			return false // the cue is in this sentence: read no further back
		}
	}
	return false
}

// ohBeforePreposition reports whether number token i ends in a spoken
// "oh" that a preposition follows in the same sentence ("... three oh on
// it"): the clause runs on, so the "oh" is no interjection.
func (ts *Tokens) ohBeforePreposition(i int) bool {
	tk := &ts.Toks[i]
	if !tk.ohEnd || ts.sentenceEndsAfter(i) || strings.Contains(ts.Word(tk.Last).Punct, ",") {
		return false
	}
	return ts.isWord(i+1, "on", "in", "at", "for", "from", "to", "of", "with")
}

// mineBefore reports whether "mine is", "mine's" or "ours is" stands
// right before number token i: the speaker sets their own number against
// the one whose owner they just named ("no that's the store's mine is
// ..."), so the owner named is not this number's cue.
func (ts *Tokens) mineBefore(i int) bool {
	p := ts.prev(i - 1)
	if ts.isWord(p, "mine's", "ours") {
		return true
	}
	return ts.isWord(p, "is") && ts.isWord(ts.prev(p-1), "mine", "ours")
}

// correctsPhone reports whether number token i replaces a phone number
// the same speaker gave just before (within a dozen tokens, no other
// number between) and took back with "no", "wait", "sorry" ... among the
// first three words after it.
func (ts *Tokens) correctsPhone(i int) bool {
	for j, n := ts.prev(i-1), 0; j >= 0 && n < 12; j, n = ts.prev(j-1), n+1 {
		t := &ts.Toks[j]
		if ts.turn[t.Last] {
			return false
		}
		if t.Kind != KindNumber {
			continue
		}
		if !phoneDigits(t.Norm) {
			return false
		}
		for k, m := ts.next(j+1), 0; k < i && m < 3; k, m = ts.next(k+1), m+1 {
			if ts.Toks[k].Kind == KindWord && correctionMarks[ts.Toks[k].Norm] {
				return true
			}
		}
		return false
	}
	return false
}

// numberIsBefore reports whether number token i follows "number is" or
// "number's" with one word before "number" ("my Japanese number is"), in
// the same sentence.
func (ts *Tokens) numberIsBefore(i int) bool {
	p := ts.prev(i - 1)
	if ts.isWord(p, "number's", "numbers") {
		return !ts.sentenceEndsAfter(p)
	}
	if !ts.isWord(p, "is") || ts.sentenceEndsAfter(p) {
		return false
	}
	q := ts.prev(p - 1)
	return ts.isWord(q, "number") && !ts.sentenceEndsAfter(q) && q > 0 && ts.Toks[q-1].Kind == KindWord
}

// withExtension extends a phone finding over "extension 42" after token i,
// over an extension written as one word ("x12", "ext42"), or, after seven
// digits, over the area code said after them ("..., area code 617").
func (ts *Tokens) withExtension(f Finding, i int) Finding {
	j := ts.next(i + 1)
	if a := ts.next(j + 1); len(ts.Toks[i].Norm) == 7 && ts.isWord(j, "area") && ts.isWord(a, "code") && !ts.sentenceEndsAfter(j) && !ts.sentenceEndsAfter(a) {
		// "five five five oh one nine nine, area code six one seven": the
		// area code said after the number is the number's.
		if k := ts.next(a + 1); k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && len(ts.Toks[k].Norm) == 3 {
			return ts.Finding(Phone, ts.local(f.FirstWord), ts.Toks[k].Last, f.Score, f.Recognizer)
		}
	}
	if j < len(ts.Toks) && ts.Toks[j].Kind == KindAlnum && !ts.sentenceEndsAfter(i) {
		if e := ts.Toks[j].Norm; (strings.HasPrefix(e, "x") && allDigits(e[1:]) || strings.HasPrefix(e, "ext") && allDigits(e[3:])) && len(e) <= 9 {
			return ts.Finding(Phone, ts.local(f.FirstWord), ts.Toks[j].Last, f.Score, f.Recognizer)
		}
	}
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
