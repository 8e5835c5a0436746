package redact

// The document-ID recognizer: a passport or driver's license number that
// the speaker stops reading before it is whole and goes on with after an
// interruption in the same turn: "e two nine, uh, hold on, the light's bad,
// three three eight one seven four"; "a two two, um, that's a letter a,
// then nine four seven one one nine". The account recognizer finds the
// first part (a cued ID of any length >= 4); this one joins the parts.

type docIDRecognizer struct{}

func (docIDRecognizer) Name() string { return "document-id" }

// docShortest is the fewest letters and digits a document number of the
// type has: a US passport has 9, driver's licenses 7 or more (most states;
// a few have shorter ones, which are then read without a break).
var docShortest = map[Type]int{Passport: 9, License: 7}

// valueNames name a value; one in an interruption means the number after
// it is that value, not the rest of the one before ("D1234, and my
// phone number, 555 ...").
var valueNames = map[string]bool{"passport": true, "passports": true, "license": true, "licence": true,
	"number": true, "phone": true, "card": true, "account": true, "zip": true, "date": true, "expiry": true,
	"expiration": true, "expires": true, "birth": true, "social": true, "code": true, "pin": true,
	"routing": true, "email": true, "address": true, "id": true, "permit": true}

// maxInterruption is how many words (fillers not counted) an interruption
// inside a document number may have: "hmm, is that an o or a zero? it's a".
const maxInterruption = 12

func (docIDRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		if !ts.docRunStart(i) {
			continue
		}
		last, n := ts.docRun(i)
		// Cheap checks first (the cue lookup is not): a run that may go
		// on, a correction after it, or a passport's shape.
		if n < 2 || n < docShortest[Passport] && ts.resumeDocAfter(last) < 0 && ts.correctedRun(last) == last ||
			n >= docShortest[Passport] && ts.correctedRun(last) == last && !(n == 9 && ts.passportShape(i, last)) {
			i = last
			continue
		}
		cat, _ := ts.numberCue(i, cueWindow)
		typ := idCueTypes[cat]
		if (cat == cueRef || cat == cueNotPII) && n == 9 && ts.passportAfterReference(i, last) {
			out = append(out, ts.TokenFinding(Passport, i, last, 0.9, "document-id"))
			i = last
			continue
		}
		shortest, ok := docShortest[typ]
		if !ok || n < 2 {
			i = last
			continue
		}
		if n >= shortest {
			// Whole, unless the speaker corrects a character and reads
			// on: "m six two oh five five one, sorry, that's a six, yeah,
			// eight four oh two".
			if end := ts.correctedRun(last); end > last {
				out = append(out, ts.TokenFinding(typ, i, end, 0.96, "document-id"))
				i = end
				continue
			}
			i = last
			continue
		}
		// Short of a whole number: join the runs that follow an
		// interruption of the same turn, until the number is long enough.
		end := -1
		for at := last; n < shortest; {
			j := ts.resumeDocAfter(at)
			if j < 0 {
				break
			}
			if c, _ := ts.numberCue(j, cueWindow); c != cueNone && c != cat {
				break // another value is asked for: "... and the expiry? oh four ..."
			}
			var k int
			at, k = ts.docRun(j)
			n += k
			if n >= shortest {
				end = at
			}
		}
		if end < 0 {
			i = last
			continue
		}
		// (Above the account recognizer's part: the whole number wins.)
		out = append(out, ts.TokenFinding(typ, i, end, 0.96, "document-id"))
		i = end
	}
	return out
}

// docRunStart reports whether token i can start a run of a document
// number: digits, letters or a mixed word, or a single spelled letter with
// digits after it.
func (ts *Tokens) docRunStart(i int) bool {
	tk := &ts.Toks[i]
	switch tk.Kind {
	case KindNumber, KindAlnum:
		return true
	case KindLetters, KindWord:
		j := ts.next(i + 1)
		return len(tk.Norm) <= 2 && isAlpha(tk.Norm) && j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber && !ts.sentenceEndsAfter(i)
	}
	return false
}

// docRun returns the last token of the run of a document number starting
// at token i (digits, letters, mixed words and single letters in a row,
// not past the end of a sentence) and how many letters and digits it has.
func (ts *Tokens) docRun(i int) (last, n int) {
	last = i
	for j := i; j < len(ts.Toks); j = ts.next(j + 1) {
		t := &ts.Toks[j]
		nx := ts.next(j + 1)
		numNext := nx < len(ts.Toks) && ts.Toks[nx].Kind == KindNumber
		ok := t.Kind == KindNumber || t.Kind == KindAlnum ||
			(t.Kind == KindLetters || t.Kind == KindWord && len(t.Norm) == 1) && numNext
		if !ok || j > i && ts.sentenceEndsAfter(last) {
			break
		}
		last = j
		n += len(t.Norm)
	}
	return last, n
}

// resumeDocAfter returns the token where a document number read up to token
// at goes on after an interruption of the same speaker's turn ("uh, hold
// on, let me turn on the light"), or -1 when the turn ends first, the
// interruption is longer than maxInterruption words, or it says something
// that is not part of reading a number (another number, an ordinal).
func (ts *Tokens) resumeDocAfter(at int) int {
	words := 0
	for j := at + 1; j < len(ts.Toks); j++ {
		if ts.turn[ts.Toks[j-1].Last] {
			return -1
		}
		t := &ts.Toks[j]
		switch t.Kind {
		case KindFiller, KindPunct:
			continue
		case KindNumber, KindAlnum:
			return j
		case KindWord, KindLetters:
			if ts.docRunStart(j) {
				return j
			}
			if valueNames[t.Norm] {
				return -1 // a value of its own follows: "... passport, 4 4 1 ..."
			}
		default:
			return -1
		}
		if words++; words > maxInterruption {
			return -1
		}
	}
	return -1
}

// maxCorrectedRuns bounds how many runs a correction inside a document
// number may chain: a number is corrected once or twice as it is read, and
// an unbounded chain made Find quadratic on "zip 90 sorry" said over and
// over.
const maxCorrectedRuns = 3

// docCorrections open a correction inside a document number read out.
var docCorrections = map[string]bool{"sorry": true, "no": true, "wait": true, "actually": true, "correction": true, "oops": true}

// correctedRun returns the last token of the runs that go on from a
// document number ending at token last after a correction ("sorry, that's
// a six, yeah, eight four oh two"): the correction opens with a word of
// docCorrections, and each run follows the one before within three
// words of the same turn, at most maxCorrectedRuns of them. It returns
// last when no correction follows.
func (ts *Tokens) correctedRun(last int) int {
	c := ts.next(last + 1)
	if c >= len(ts.Toks) || ts.turn[ts.Toks[last].Last] || ts.Toks[c].Kind != KindWord || !docCorrections[ts.Toks[c].Norm] {
		return last
	}
	end := last
	for at, runs := c, 0; runs < maxCorrectedRuns; runs++ {
		j, words := -1, 0
		for k := at + 1; k < len(ts.Toks) && words <= 3; k++ {
			if ts.turn[ts.Toks[k-1].Last] {
				break
			}
			if t := &ts.Toks[k]; t.Kind == KindNumber || t.Kind == KindAlnum {
				j = k
				break
			} else if t.Kind != KindFiller && t.Kind != KindPunct {
				words++
			}
		}
		if j < 0 {
			return end
		}
		end, _ = ts.docRun(j)
		at = end
	}
	return end
}

// passportAfterReference reports whether the run first..last, which a
// reference cue or talk of times in reach would keep from being an ID, is
// a passport number: a letter and eight digits, with a passport named in
// the 20 words before ("and your passport too, since you're on the same
// booking?" ... "mine is e five one ..."). Booking and order references,
// prices and times do not have that shape (airline records are six
// characters).
func (ts *Tokens) passportAfterReference(first, last int) bool {
	return ts.passportShape(first, last) && ts.sh.distanceBack(ts.Words[ts.Toks[first].First], 20, "passport", "passports", "passport's") >= 0
}

// passportShape reports whether tokens first..last read a letter and
// eight digits.
func (ts *Tokens) passportShape(first, last int) bool {
	id := ts.joinNorms(first, last)
	if len(id) != 9 || id[0] < 'a' || id[0] > 'z' {
		return false
	}
	for k := 1; k < len(id); k++ {
		if id[k] < '0' || id[k] > '9' {
			return false
		}
	}
	return true
}

// stateIDTalk reports whether the talk before transcript word gw (40
// content words, all channels) is of a driver's license or a state ID
// card ("license", "DMV", "state ID", "state identification") with no
// account, member, policy or customer named nearer: an ID asked for there
// as "your ID number" or "identification number" is the license's or the
// state ID's (which share their number format in most states).
func (ts *Tokens) stateIDTalk(gw int) bool {
	return ts.stateIDDistance(gw) >= 0
}

// stateIDDistance returns how many content words before transcript word
// gw a state ID, the DMV or a license was named (as stateIDTalk asks), or
// -1.
func (ts *Tokens) stateIDDistance(gw int) int {
	sh := ts.sh
	p := int(sh.before[gw]) - 1
	for d := 0; d < 40 && p >= 0; d, p = d+1, p-1 {
		switch sh.lower[sh.order[p]] {
		case "license", "licence", "license's", "licenses", "dmv", "licensing":
			return d
		case "id", "identification":
			if p > 0 && sh.lower[sh.order[p-1]] == "state" {
				return d
			}
		case "account", "account's", "accounts", "member", "policy", "customer", "insurance", "patient",
			"medicare", "medicaid", "passport", "employee", "student", "tax", "subscriber", "loyalty":
			return -1
		}
	}
	return -1
}
