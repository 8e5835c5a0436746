package redact

// The account recognizer: cued account, member, policy, routing,
// payment-order, PIN, driver's license, passport and Medicare IDs, IBANs
// (checked mod 97) and Medicare Beneficiary Identifiers written out.
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - ACCOUNT: cued account, member, policy, routing, payment-order and
//     IBAN-like IDs of letters and digits, any length >= 4, with spelled
//     letters and "dash" before them ("i a dash 7741 ..."), or read on
//     after a short aside when the cued part is shorter ("six six oh, uh,
//     the one on top, one two four four one"); IBAN-like words; an uncued
//     number grouped unlike a phone (4-4-2) after talk of an account; in
//     lowercase, a vowel-less word run together from an ID's letters
//     ("member id is xzp 4471 2290").
//   - IBAN (mod-97 checked, one token or read in blocks, also broken off by
//     a few words and read on when the whole has its country's length) and
//     ROUTING (cued,
//     ABA-checked; an unchecked cued routing number stays ACCOUNT): the
//     account recognizer's, Parent ACCOUNT.
//   - MEDICARE (an MBI written out needs no cue; otherwise cued; read on
//     after "is that a p? yeah" when the whole is an MBI), PASSPORT,
//     DRIVER_LICENSE (also a learner's permit) and PIN: cued identifiers,
//     read like account ids. A passport or license number cut short by an
//     interruption of the same turn ("e two nine, uh, hold on, the light's
//     bad, three three eight ...", at most 12 words, no other value asked
//     for) is joined until it has a passport's 9 or a license's 7
//     characters, and one corrected as it is read ("..., sorry, that's a
//     six, yeah, eight four oh two") runs on; a letter and eight digits
//     right after talk of a passport is one, though a booking was named
//     nearer. "Lic number" and "travel document" are cues too, and an "ID"
//     or "identification number" after talk of a state ID, the DMV or a
//     license (no account named nearer) is a license's; letters spelled
//     with a word each ("D as in David, four one two ...") belong to the
//     ID. The codes that open a home ("the gate code is 4471", door,
//     alarm, keypad, lockbox codes) are PINs.

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

type accountRecognizer struct{}

func (accountRecognizer) Name() string { return "account" }

func (accountRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindNumber, KindAlnum, KindLetters:
		case KindWord:
			// A single letter may start an ID ("a 1 2 3 4"), and so may a
			// short word in capitals ("WQP 8820 1173").
			j := ts.next(i + 1)
			if j >= len(ts.Toks) || ts.Toks[j].Kind != KindNumber || len(tk.Norm) != 1 && !ts.capitalsPrefix(i) && !ts.lettersWordPrefix(i) {
				continue
			}
		default:
			continue
		}
		if ts.acronymAt(i) {
			continue // "MRN 00987654": the abbreviation names the ID
		}
		if tk.Kind == KindAlnum && ibanLike(tk.Norm) {
			if ibanValid(tk.Norm) {
				out = append(out, ts.TokenFinding(IBAN, i, i, 0.99, "iban"))
			} else {
				out = append(out, ts.TokenFinding(Account, i, i, 0.9, "iban"))
			}
			continue
		}
		if last, ok, shaped := ts.ibanRun(i); ok || shaped > i {
			// Read in blocks or letter by letter, with or without a cue:
			// the mod-97 check is evidence enough. A run of an IBAN's
			// shape and length that fails the check ("AT61 1904 3002 3457
			// 3202", one digit wrong) is still the caller's account
			// number, country code and check digits included.
			first := tk.First
			if ibanSpelled(tk) {
				first, _ = tk.Words(4, len(tk.Norm)) // "i b a n b r nine seven ..."
			}
			if ok {
				out = append(out, ts.Finding(IBAN, first, ts.Toks[last].Last, 0.99, "iban"))
			} else {
				last = shaped
				out = append(out, ts.Finding(Account, first, ts.Toks[last].Last, 0.9, "iban"))
			}
			i = last
			continue
		}
		if tk.Kind == KindAlnum && mbiValid(tk.Norm) {
			out = append(out, ts.TokenFinding(Medicare, i, i, 0.95, "mbi"))
			continue
		}
		cat, _ := ts.numberCue(i, cueWindow)
		if cat == cueNone && tk.Kind == KindNumber && ts.sh.answersQuestion(ts.Words[tk.First], pinAnswerLeadIns, func(l string, _ int) bool { return l == "pin" || l == "passcode" || l == "pin's" }) {
			cat = cuePIN // "and the PIN on the account?" ... "um, I think it's 3368"
		}
		typ, cued := idCueTypes[cat]
		if typ == Account && ts.stateIDTalk(ts.Words[tk.First]) {
			// "State identification office ... my identification number
			// is U94783965": a state ID card's number is a license's.
			typ = License
		}
		// No cue in reach: the topic of the talk may still say what an ID
		// of a telling shape is (topicType, after the run is taken).
		topic := !cued && (cat == cueNone || cat == cuePhone || cat == cueCard || cat == cueLastFour && len(tk.Norm) >= 7) &&
			!(tk.Kind == KindNumber && len(tk.Groups) == 2 && tk.Groups[0] == 5 && tk.Groups[1] == 4) // (a ZIP+4)
		if !cued && !topic || ts.notAnID(i) {
			continue
		}
		if typ == Account && tk.Kind == KindNumber && ts.addressAsked(i) {
			if _, ok := ts.street(ts.halfAfter(i)); ok {
				// "you've reached the policy team" ... "what's the
				// location?" "thirty three forty peachtree road": the
				// question for the address is nearer than the cue, and
				// the number is a house's.
				continue
			}
		}
		// Take the whole ID: numbers, letters and mixed words in a row.
		last, chars, digits := ts.takeID(i)
		if cued && chars < 4 && digits > 0 {
			// "account number six six oh, uh, the one on top, one two
			// four four one": a cued ID too short to be one, read on
			// after a few words in the same turn.
			if r := ts.resumeAfter(last); r > 0 {
				l2, c2, d2 := ts.takeID(r)
				last, chars, digits = l2, chars+c2, digits+d2
			}
		}
		if chars < 4 || digits == 0 || ts.monthWithin(i, last) {
			continue // (not "renewed on 1 January 2024")
		}
		score := 0.95
		id := ts.joinNorms(i, last)
		if typ == Medicare && len(id) > 11 && !mbiValid(id) {
			// "medicare i d three c d five ...": the letters of "ID" said
			// before the identifier are no part of it (an MBI starts with
			// a digit).
			for k := i; k < last && ts.Toks[k].Kind != KindNumber; k = ts.next(k + 1) {
				if nk := ts.next(k + 1); nk <= last && mbiValid(ts.joinNorms(nk, last)) {
					i, id = nk, ts.joinNorms(nk, last)
					tk = &ts.Toks[i]
					break
				}
			}
		}
		if hexLiteral(id) {
			i = last
			continue // "build id 0x7f00ff00"
		}
		if typ == Medicare && len(id) < 11 && !mbiValid(id) {
			// "eight d p nine, uh, is that a p? yeah, y j two ...": read
			// on after a short interruption when the whole is an MBI.
			if l2, ok := ts.resumedMBI(id, last); ok {
				last = l2
				score = 0.95
			}
		}
		if topic {
			if typ, score = ts.topicType(id, ts.Words[tk.First], cat); typ == "" {
				continue
			}
			if typ == Account && cat == cueNone && last == i && tk.Kind == KindNumber && len(tk.Groups) >= 2 && !phoneLayout(tk.Groups) {
				// "which account should it come from?" ... "my checking,
				// 4410 7729 03": grouped unlike a phone number, so an
				// account's length is no phone's.
				score = 0.85
			}
		}
		switch {
		case ibanValid(id):
			typ, score = IBAN, 0.99 // an IBAN read in blocks: some blocks may pass a card's check
		case ibanStart(ts.Toks[i].Norm) && last > i:
			score = 0.98
		case typ == Routing && !(len(id) == 9 && abaValid(id)):
			typ, score = Account, 0.9 // a cued routing number we cannot check is still an account id
		case typ == Medicare && mbiValid(id):
			score = 0.98
		}
		first := i
		if cued {
			first = ts.spelledAsInBefore(ts.lettersDashBefore(i))
		}
		out = append(out, ts.TokenFinding(typ, first, last, score, "account"))
		i = last
	}
	return out
}

// lettersDashBefore returns the first of the spelled letters and "dash"
// that open the ID at token i ("i a dash seven seven four one ..."; the
// letters "a" and "i" are words elsewhere), or i.
func (ts *Tokens) lettersDashBefore(i int) int {
	d := ts.prev(i - 1)
	if !ts.isWord(d, "dash", "hyphen") || ts.sentenceEndsAfter(d) {
		return i
	}
	first := i
	for k, n := ts.prev(d-1), 0; k >= 0 && n < 3; k, n = ts.prev(k-1), n+1 {
		t := &ts.Toks[k]
		if !(t.Kind == KindWord && len(t.Norm) == 1 && isAlpha(t.Norm) || t.Kind == KindLetters && len(t.Norm) <= 3) || ts.sentenceEndsAfter(k) {
			break
		}
		first = k
	}
	return first
}

// asInWord returns the token of the word that spells the single letter at
// token j ("d as in david", "k as in kilo"), or -1.
func (ts *Tokens) asInWord(j int) int {
	t := &ts.Toks[j]
	if t.Kind != KindWord || len(t.Norm) != 1 || !isAlpha(t.Norm) || ts.sentenceEndsAfter(j) {
		return -1
	}
	a := ts.next(j + 1)
	b := ts.next(a + 1)
	if !ts.isWord(a, "as") || !ts.isWord(b, "in", "for") || ts.sentenceEndsAfter(a) || ts.sentenceEndsAfter(b) {
		return -1
	}
	w := ts.next(b + 1)
	if w >= len(ts.Toks) || ts.Toks[w].Kind != KindWord || len(ts.Toks[w].Norm) < 2 || ts.Toks[w].Norm[0] != t.Norm[0] {
		return -1
	}
	return w
}

// spelledAsInBefore returns the first token of letters spelled by words
// ("d as in david", "k as in kilo, x as in x-ray") right before the ID
// at token i, at most three of them, or i.
func (ts *Tokens) spelledAsInBefore(i int) int {
	first := i
	for n := 0; n < 3; n++ {
		w := ts.prev(first - 1)
		if w < 0 || ts.sentenceEndsAfter(w) {
			break
		}
		l := ts.prev(ts.prev(ts.prev(w-1)-1) - 1)
		if l < 0 || ts.asInWord(l) != w {
			break
		}
		first = l
	}
	return first
}

// topicType decides the type of an uncued ID id (letters and digits)
// starting at transcript word gw from its shape and the nearest mention,
// among the 40 content words before it, of what it may be: a valid ABA
// number after talk of a routing number, a passport's shape (9 digits, or
// a letter and 8) after talk of a passport, a licence's (7 to 15
// characters, digits after at most two letters: New Jersey's letter and
// 14 digits) after talk of a driver's
// license, a valid SSN after talk of a social ("and your spouse's?" ...
// "hers is ..."), a long number after talk of an account; and whatever the talk,
// a run that is a valid Medicare Beneficiary Identifier. Four to six digits
// are a PIN within 15 words of talk of one. "I'll give you the
// whole number" ... "4 0 0 1 ...", said a minute after the account was
// named, is an account number. A number the phone cue took ("what's the
// number?") is retyped only if it does not have a phone's length. It
// returns "" when nothing fits.
func (ts *Tokens) topicType(id string, gw int, cat cueCat) (Type, float64) {
	if mbiValid(id) {
		// Read out from "your red, white and blue card": the MBI's pattern
		// is evidence enough, as an IBAN's checksum is.
		return Medicare, 0.95
	}
	if cat == cueCard {
		return "", 0
	}
	n, letters := len(id), 0
	for letters < n && id[letters] >= 'a' && id[letters] <= 'z' {
		letters++
	}
	for k := letters; k < n; k++ {
		if id[k] < '0' || id[k] > '9' {
			return "", 0
		}
	}
	digits := n - letters
	if cat == cuePhone && letters == 0 && (digits == 7 || digits == 10 || digits == 11) {
		return "", 0
	}
	best, bestD := Type(""), 41
	try := func(t Type, fits bool, words ...string) {
		if !fits {
			return
		}
		if d := ts.sh.distanceBack(gw, 40, words...); d >= 0 && d < bestD {
			best, bestD = t, d
		}
	}
	try(Routing, letters == 0 && abaValid(id), "routing", "aba", "transit")
	if letters == 0 && n == 9 && validSSN(id) {
		// (a social's talk names it, or the W-2 it is written on)
		if d := ts.sh.ssnTalkBack(gw, 40); d >= 0 && d < bestD {
			best, bestD = SSN, d
		}
	}
	if letters == 0 && n >= 4 && n <= 6 {
		// A PIN only right after talk of one ("enter your PIN on the
		// keypad, or you can say it" ... "it's 40918").
		if d := ts.sh.distanceBack(gw, 15, "pin", "pins", "passcode", "pin's"); d >= 0 && d < bestD {
			best, bestD = PIN, d
		}
	}
	try(Passport, n == 9 && letters <= 1, "passport", "passports", "passport's")
	try(License, letters <= 2 && digits >= 6 && n >= 7 && n <= 15, "license", "licence", "license's", "licenses", "dl")
	if letters <= 2 && digits >= 6 && n >= 7 && n <= 15 {
		// "I have a state ID, the number is X1204588"
		if d := ts.stateIDDistance(gw); d >= 0 && d < bestD {
			best, bestD = License, d
		}
	}
	try(Account, letters <= 3 && digits >= 7, "account", "account's", "checking", "savings", "policy", "member")
	switch best {
	case "":
		return "", 0
	case Account:
		return Account, 0.6 // above NUMBER's 0.5, below a phone's length
	}
	return best, 0.9
}

// distanceBack returns how many content words before transcript word gw
// the nearest of words is (within window, all channels), or -1.
func (sh *shared) distanceBack(gw int, window int, words ...string) int {
	p := int(sh.before[gw]) - 1
	for d := 0; d < window && p >= 0; d, p = d+1, p-1 {
		l := sh.lower[sh.order[p]]
		for _, w := range words {
			if l == w {
				return d
			}
		}
	}
	return -1
}

// letterNext reports whether the token after token j is a single spelled
// letter ("x c oh x j": "oh" between letters of an ID is a zero).
func (ts *Tokens) letterNext(j int) bool {
	k := ts.next(j + 1)
	return k < len(ts.Toks) && !ts.sentenceEndsAfter(j) && (ts.Toks[k].Kind == KindLetters || ts.Toks[k].Kind == KindWord && len(ts.Toks[k].Norm) == 1 && ts.Toks[k].Norm != "a" && ts.Toks[k].Norm != "i")
}

// capitalsPrefix reports whether token i is a word of two to four letters
// written in capitals in a cased transcript ("WQP", "NF"): the letters an
// ID starts with.
func (ts *Tokens) capitalsPrefix(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || tk.Kind != KindWord || len(tk.Norm) < 2 || len(tk.Norm) > 4 || !isAlpha(tk.Norm) || tk.First != tk.Last {
		return false
	}
	w := strings.TrimRight(ts.Word(tk.First).Text, trimCutset)
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return w != "I"
}

// lettersWordPrefix reports whether token i is a word of two to four
// letters without a vowel ("xzp", "bkr"): in a lowercase transcript, the
// letters an ID starts with, run together by the recogniser ("my member id
// is xzp 4471 2290").
func (ts *Tokens) lettersWordPrefix(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.Kind != KindWord || len(tk.Norm) < 2 || len(tk.Norm) > 4 || !isAlpha(tk.Norm) || strings.ContainsAny(tk.Norm, "aeiouy") {
		return false
	}
	return !ts.commonAt(i) && !isFillerWord(tk.Norm)
}

// pinAnswerLeadIns may open the answer to a question for a PIN.
var pinAnswerLeadIns = map[string]bool{"yes": true, "yeah": true, "sure": true, "it's": true, "its": true,
	"is": true, "it": true, "that's": true, "i": true, "think": true, "believe": true, "ok": true, "okay": true,
	"so": true, "make": true, "oh": true, "be": true, "should": true, "let's": true, "do": true}

// idCueTypes maps the cues of identifiers to the type of the value.
var idCueTypes = cueTypesOf(cueAccount, cueRouting, cuePIN, cueLicense, cuePassport, cueMedicare)

// joinNorms joins the normalised text of tokens first..last, fillers and
// punctuation skipped.
func (ts *Tokens) joinNorms(first, last int) string {
	var b []byte
	for j := first; j <= last; j++ {
		if k := ts.Toks[j].Kind; k != KindFiller && k != KindPunct {
			b = append(b, ts.Toks[j].Norm...)
		}
	}
	return string(b)
}

// ibanValid reports whether s (lowercase letters and digits) is an IBAN
// that passes the ISO 13616 check: move the first four characters to the
// end, letters to 10..35, and the number mod 97 is 1.
func ibanValid(s string) bool {
	if !ibanLike(s) && !(len(s) >= 15 && ibanStart(s)) || len(s) > 34 {
		return false
	}
	if cd := s[2:4]; cd == "00" || cd == "01" || cd == "99" {
		return false // ISO 7064 MOD 97-10 makes check digits 02 to 98 only
	}
	rem := 0
	for k := range len(s) {
		c := s[(k+4)%len(s)]
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'a' && c <= 'z':
			rem = (rem*100 + int(c-'a') + 10) % 97
		default:
			return false
		}
	}
	return rem == 1
}

// abaValid reports whether the 9 digits d pass the ABA routing-number
// checksum: 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) is a multiple of 10.
func abaValid(d string) bool {
	if len(d) != 9 {
		return false
	}
	w := [3]int{3, 7, 1}
	sum := 0
	for k := range 9 {
		if d[k] < '0' || d[k] > '9' {
			return false
		}
		sum += w[k%3] * int(d[k]-'0')
	}
	return sum%10 == 0 && d != "000000000"
}

// mbiValid reports whether s (lowercase, dashes allowed) is a Medicare
// Beneficiary Identifier: 11 characters, C A AN N A AN N A A N N, where C
// is 1-9, N a digit, A a letter other than S L O I B Z, and AN either.
func mbiValid(s string) bool {
	const pattern = "caxnaxnaann"
	k := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' {
			continue
		}
		if k >= len(pattern) {
			return false
		}
		digit := c >= '0' && c <= '9'
		letter := c >= 'a' && c <= 'z' && !strings.ContainsRune("sloibz", rune(c))
		switch pattern[k] {
		case 'c':
			if !digit || c == '0' {
				return false
			}
		case 'n':
			if !digit {
				return false
			}
		case 'a':
			if !letter {
				return false
			}
		case 'x':
			if !digit && !letter {
				return false
			}
		}
		k++
	}
	return k == len(pattern)
}

// notAnID reports whether number token i is an amount or a year rather
// than an identifier: "fifty six forty two per month", "had this account in
// 2021", "since twenty twenty", a date after "due" or "by".
func (ts *Tokens) notAnID(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindNumber {
		return false
	}
	if ts.isAmount(i) || ts.spokenAmount(i) {
		return true
	}
	d := tk.Norm
	p := ts.prev(i - 1)
	if len(d) == 4 && (d[:2] == "19" || d[:2] == "20") {
		return ts.isWord(p, "in", "since", "from", "until", "till", "by", "of", "year", "back")
	}
	if ts.isWord(p, "at") && clockTime(d) && !ts.sentenceEndsAfter(p) {
		return true // "it reached your account at ten fifteen"
	}
	// "the policy starts on twenty twenty one oh five twenty one", "due
	// twenty twenty four eleven zero one".
	return ts.isWord(p, "on", "since", "from", "until", "till", "due", "by", "dated", "effective", "expires", "expiring") && fullDate(d)
}

// clockTime reports whether the digits d read as a time of day: "1015"
// (ten fifteen), "930".
func clockTime(d string) bool {
	if len(d) != 3 && len(d) != 4 {
		return false
	}
	h, _ := atoiSmall(d[:len(d)-2])
	m, _ := atoiSmall(d[len(d)-2:])
	return h >= 1 && h <= 12 && m <= 59
}

// fullDate reports whether the digits d read as a date with a four-digit
// year, first or last: "5202021" (5/20/2021), "20210521".
func fullDate(d string) bool {
	n := len(d)
	return n >= 6 && n <= 8 && plausibleDate(d) && (d[:2] == "19" || d[:2] == "20" || d[n-4:n-2] == "19" || d[n-4:n-2] == "20")
}

// isAmount reports whether token i is followed by a unit of money or
// time: "fifty six forty two per month", "ten forty every month".
func (ts *Tokens) isAmount(i int) bool {
	k := ts.next(i + 1)
	if ts.sentenceEndsAfter(i) {
		return false
	}
	if ts.isWord(k, "a", "an", "every") {
		// "ten forty a month", not "four a oh four ..." (an ID's letter)
		return !ts.sentenceEndsAfter(k) && ts.isWord(ts.next(k+1), "month", "year", "week", "day", "piece", "night", "head", "person", "pop", "unit")
	}
	return ts.isWord(k, "dollars", "dollar", "bucks", "cents", "percent", "per", "each", "monthly", "weekly", "yearly")
}

// sentenceEndsAfter reports whether token i ends with . ? or ! or ends a
// turn.
func (ts *Tokens) sentenceEndsAfter(i int) bool {
	if i < 0 || i >= len(ts.Toks) {
		return false
	}
	w := ts.Toks[i].Last
	return ts.turn[w] || ts.sh.sentEnd[ts.Words[w]]
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

// ibanRun returns the last token of an IBAN that starts at token i and is
// read over several tokens ("GB82 WEST 1234 ...", "d e eight nine three
// seven ..."), the longest run of letters and numbers that passes the
// mod-97 check.
func (ts *Tokens) ibanRun(i int) (last int, ok bool, shaped int) {
	tk := &ts.Toks[i]
	switch tk.Kind {
	case KindLetters, KindAlnum:
	case KindWord:
		if len(tk.Norm) != 2 || !isAlpha(tk.Norm) {
			return 0, false, -1
		}
	default:
		return 0, false, -1
	}
	id := tk.Norm
	if ibanSpelled(tk) {
		id = id[4:]
	}
	if len(id) < 2 || !isAlpha(id[:2]) {
		return 0, false, -1
	}
	best, resumed := -1, false
	shaped = -1
	for j, parts := i, 1; parts < 16; parts++ {
		if len(id) >= 15 && ibanValid(id) {
			best = j
		}
		if l := ibanLengths[id[:2]]; ibanStart(id) && len(id) >= l-6 && len(id) <= l && digitCount(id) >= 10 && ts.Toks[j].Kind == KindNumber {
			shaped = j // (a country's code, its check digits, near its length)
		}
		k := ts.next(j + 1)
		if k >= len(ts.Toks) || ts.sentenceEndsAfter(j) && !ts.Cased {
			break
		}
		t := &ts.Toks[k]
		if !(t.Kind == KindNumber || t.Kind == KindLetters || t.Kind == KindAlnum || t.Kind == KindWord && len(t.Norm) <= 4 && isAlpha(t.Norm)) {
			// "... four six one, sorry, one sec, one six one five ...":
			// read on after a short interruption in the same turn, once,
			// when what was read is no IBAN yet; only the check can
			// accept the whole.
			if r := ts.resumeAfter(j); !resumed && best < 0 && len(id) >= 8 && ibanLengths[id[:2]] > 0 && ts.Toks[j].Kind == KindNumber && r > 0 {
				resumed, k, t = true, r, &ts.Toks[r]
			} else {
				break
			}
		}
		if len(id) < 4 && t.Kind != KindNumber && !(len(id) == 2 && t.Kind == KindAlnum) {
			break // two letters, then the check digits
		}
		id += t.Norm
		if l := ibanLengths[id[:2]]; len(id) > 34 || l > 0 && len(id) > l {
			// (No IBAN is longer than its country's: "DE27 ... 94. And
			// her name?" passed the check with "andher" by chance.)
			break
		}
		if resumed && len(id) == ibanLengths[id[:2]] && ibanValid(id) {
			best = k // (only a whole IBAN of its country's length)
		}
		j = k
	}
	return best, best >= 0, shaped
}

// ibanSpelled reports whether letters token tk is the spelled word "i b a
// n" run on into the country code of the IBAN after it ("i b a n b r").
func ibanSpelled(tk *Token) bool {
	return tk.Kind == KindLetters && len(tk.Norm) == 6 && strings.HasPrefix(tk.Norm, "iban") && len(tk.pos) == len(tk.Norm)
}

// digitCount counts the digits in s.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// ibanLengths are the IBAN lengths of the countries whose IBANs callers
// read most often; a run resumed after an interruption must have its
// country's length.
var ibanLengths = map[string]int{"fr": 27, "de": 22, "gb": 22, "es": 24, "it": 27, "nl": 18, "be": 16,
	"ch": 21, "at": 20, "ie": 22, "pt": 25, "pl": 28, "se": 24, "dk": 18, "no": 15, "fi": 18, "lu": 20,
	"gr": 27, "cz": 24, "hu": 28, "ro": 24, "mx": 18, "br": 29, "tr": 26, "ae": 23, "sa": 24, "il": 23}

// resumeAfter returns the number token that resumes an ID broken off after
// token j by a few words in the same turn ("sorry, one sec"), or -1.
func (ts *Tokens) resumeAfter(j int) int {
	for k, words := ts.next(j+1), 0; k < len(ts.Toks) && words < 5; k = ts.next(k + 1) {
		if ts.turn[ts.Toks[k-1].Last] {
			return -1
		}
		switch ts.Toks[k].Kind {
		case KindNumber:
			if words == 0 || ts.refCuedNear(k) {
				return -1 // (not "... your case reference is 48213": another number, named)
			}
			return k
		case KindWord:
			words++
		default:
			return -1
		}
	}
	return -1
}

// takeID takes the whole ID starting at token i: numbers, letters and
// mixed words in a row, "dash" between groups. It returns the last token
// and how many characters and digits the ID has.
func (ts *Tokens) takeID(i int) (last, chars, digits int) {
	last = i
	for j := i; j < len(ts.Toks); j = ts.next(j + 1) {
		t := &ts.Toks[j]
		nx := ts.next(j + 1)
		numNext := nx < len(ts.Toks) && (ts.Toks[nx].Kind == KindNumber || ts.Toks[nx].Kind == KindAlnum)
		if j > i && t.Kind == KindWord && (t.Norm == "dash" || t.Norm == "hyphen") && numNext && !ts.sentenceEndsAfter(j) {
			continue // "n f dash four four oh nine dash ..."
		}
		ok := t.Kind == KindNumber || t.Kind == KindAlnum || t.Kind == KindLetters || j == i && (ts.capitalsPrefix(j) || ts.lettersWordPrefix(j)) ||
			j > i && (t.Norm == "oh" || t.Norm == "o") && (numNext || ts.letterNext(j)) ||
			t.Kind == KindWord && len(t.Norm) == 1 && (numNext || t.Norm != "a" && t.Norm != "i") ||
			// "... six seven a, thank you": the letter A ends the ID
			j > i && t.Kind == KindWord && t.Norm == "a" && ts.Toks[ts.prev(j-1)].Kind == KindNumber && ts.letterA(j) ||
			// a letter group of an IBAN read in blocks: "NL01 VIFN 1369"
			j > i && t.Kind == KindWord && len(t.Norm) <= 4 && numNext && isAlpha(t.Norm) && (!names.IsCommonWord(t.Norm) || ibanStart(ts.Toks[i].Norm))
		if !ok || j > i && ts.sentenceEndsAfter(last) || chars > 40 {
			break // (no ID is longer: an IBAN has at most 34 characters)
		}
		last = j
		chars += len(t.Norm)
		if w := ts.asInWord(j); w > j && ts.next(w+1) < len(ts.Toks) && ts.Toks[ts.next(w+1)].Kind == KindNumber {
			last, j = w, w // "... b as in boy, four five ...": the word spells the letter
		}
		for k := 0; k < len(t.Norm); k++ {
			if t.Norm[k] >= '0' && t.Norm[k] <= '9' {
				digits++
			}
		}
	}
	return last, chars, digits
}

// resumedMBI looks for the rest of a Medicare Beneficiary Identifier whose
// start id ends at token last: an ID taken from a token at most eight
// tokens on, in the same turn, that makes id a valid MBI. It returns the
// rest's last token.
func (ts *Tokens) resumedMBI(id string, last int) (int, bool) {
	for k, n := ts.next(last+1), 0; k < len(ts.Toks) && n < 8; k, n = ts.next(k+1), n+1 {
		if ts.turn[ts.Toks[k-1].Last] {
			break
		}
		switch t := &ts.Toks[k]; t.Kind {
		case KindNumber, KindLetters, KindAlnum:
		case KindWord:
			if len(t.Norm) != 1 {
				continue
			}
		default:
			continue
		}
		l2, _, _ := ts.takeID(k)
		if mbiValid(id + ts.joinNorms(k, l2)) {
			return l2, true
		}
	}
	return 0, false
}
