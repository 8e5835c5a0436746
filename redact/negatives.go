package redact

// Hard negatives: words of ordinary speech that look like a value to one of
// the recognizers and are not one. Each rule is a guard that a recognizer
// consults at the point where it decides; the rules are about how people
// speak, not about any one call. This file: abbreviations and what is said
// around secrets; negatives_names.go: places, businesses and words taken
// for names; negatives_numbers.go: dates, counts, versions and codes taken
// for numbers.
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Precision:
// ordinary words no longer flagged".

// cueAcronyms are abbreviations that name a kind of value, spelled letter
// by letter or written in capitals ("the I B A N", "MRN 00987654", "d o
// b", "my member ID is SSN 12345678"): the word for the value, never the
// value or a name.
var cueAcronyms = map[string]bool{"iban": true, "mrn": true, "vin": true, "ein": true, "itin": true,
	"npi": true, "mbi": true, "dl": true, "ip": true, "url": true, "ccv": true, "bic": true,
	"imei": true, "iccid": true, "otp": true, "sku": true, "upc": true, "isbn": true, "pnr": true,
	"dmv": true, "irs": true, "atm": true, "ach": true, "hsa": true, "fsa": true, "ssid": true,
	"ssn": true, "cvv": true, "cvc": true, "aba": true}

// isLetterCue reports whether spelled letters s are an abbreviation for a
// kind of value (letterCues, cueAcronyms) rather than a name or part of an
// ID.
func isLetterCue(s string) bool {
	return letterCues[s] || cueAcronyms[s]
}

// acronymAt reports whether token i is one of cueAcronyms: spelled
// letters ("m r n"), or one word, capitalised or not ("MRN", "iban").
// (The letterCues "id", "pin" and "dob" are left to the cue tables, which
// read "medicare i d" as one cue.)
func (ts *Tokens) acronymAt(i int) bool {
	if i < 0 || i >= len(ts.Toks) {
		return false
	}
	tk := &ts.Toks[i]
	return (tk.Kind == KindLetters || tk.Kind == KindWord) && cueAcronyms[tk.Norm]
}

// textTyped reports whether findings of type t are words that may hold a
// few digits ("joe one two three at ..."): such digits are no value of
// their own, and saying the same digits again later ("code a, one hundred
// twenty three") reads back nothing.
func textTyped(t Type) bool {
	switch t {
	case Email, URL, Username, Password, IPAddress:
		return true
	}
	return false
}

// restatedCue returns the last token of a cue phrase of tab (of two or
// more words) that starts at token i, said again as the subject of the
// answer ("your favorite color, for the security question?" ... "my
// favorite color is blue": the value follows it), or -1.
func (ts *Tokens) restatedCue(tab cueTable, i int) int {
	for _, phs := range tab {
		for _, ph := range phs {
			if len(ph.words) < 2 {
				continue
			}
			j, last, ok := i, i, true
			for _, w := range ph.words {
				if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || ts.Toks[j].Norm != w {
					ok = false
					break
				}
				last, j = j, ts.next(j+1)
			}
			if ok {
				return last
			}
		}
	}
	return -1
}

// spellingNote returns the last token of words from token i on that tell
// how a value is written ("hauwa.abubakar, all lower case", "one word, no
// spaces"), or -1. Such a note ends the value unless more of it follows
// ("grace a b, um, all lowercase, eighty three").
func (ts *Tokens) spellingNote(i int) int {
	if i >= len(ts.Toks) || ts.Toks[i].Kind != KindWord {
		return -1
	}
	j := ts.next(i + 1)
	k := ts.next(j + 1)
	two := func(ok bool) int {
		if ok && !ts.sentenceEndsAfter(i) {
			return j
		}
		return -1
	}
	switch ts.Toks[i].Norm {
	case "lowercase", "uppercase":
		return i
	case "all":
		if ts.isWord(j, "lower", "upper", "small") && ts.isWord(k, "case", "letters") && !ts.sentenceEndsAfter(j) {
			return k
		}
		return two(ts.isWord(j, "lowercase", "caps", "capitals", "uppercase"))
	case "lower", "upper":
		return two(ts.isWord(j, "case"))
	case "no":
		return two(ts.isWord(j, "spaces", "space", "caps", "capitals"))
	case "one":
		return two(ts.isWord(j, "word"))
	case "case":
		return two(ts.isWord(j, "sensitive"))
	}
	return -1
}

// loginDestination reports whether token i follows "log in to", "sign
// into", "log on at" (an article between): what one logs in to is a site
// or an app, not the username.
func (ts *Tokens) loginDestination(i int) bool {
	p := ts.prev(i - 1)
	if ts.isWord(p, "the", "my", "your", "a", "our") {
		p = ts.prev(p - 1)
	}
	if !ts.isWord(p, "to", "into", "onto", "at") {
		return false
	}
	q := ts.prev(p - 1)
	return ts.isWord(q, "in", "on", "login", "signin", "logon")
}

// otherValueWords name another kind of value; said where a password or
// username was asked for, they choose which value comes ("your PIN or the
// answer to your security question?" ... "PIN is 2580").
var otherValueWords = map[string]bool{"pin": true, "pin's": true, "passcode": true, "ssn": true, "dob": true,
	"email": true, "zip": true, "account": true, "phone": true, "cvv": true, "iban": true, "social": true}

// purposeClause reports whether the word at token i is the verb of a
// clause saying why something is asked ("and your username, to check your
// identity?"): "to" before it and a determiner or pronoun after it.
func (ts *Tokens) purposeClause(i int) bool {
	if !ts.isWord(ts.prev(i-1), "to") || ts.sentenceEndsAfter(i) {
		return false
	}
	return ts.isWord(ts.next(i+1), "your", "the", "my", "his", "her", "our", "their", "you", "it", "that", "this")
}
