package buildkit

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// The lower-style twin of a dialogue is what a Kaldi or Sphinx engine
// writes for the same speech: lowercase words, no punctuation, every number
// said as words ("oh" or "zero" for 0), letters of codes one token each,
// abbreviations in full. How a number is said depends on what it is: digit
// by digit for ids, cards and phones (four-digit groups now and then in
// pairs, as people read them), as a year or a date for DOB and expiry, as a
// house number in an address, as an amount or a time elsewhere. A
// {cased|spoken} group in the source overrides the rule where a speaker
// would say it differently.

var ones = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}

var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

var ordinals = map[string]string{
	"one": "first", "two": "second", "three": "third", "four": "fourth", "five": "fifth", "six": "sixth",
	"seven": "seventh", "eight": "eighth", "nine": "ninth", "ten": "tenth", "eleven": "eleventh",
	"twelve": "twelfth", "thirteen": "thirteenth", "fourteen": "fourteenth", "fifteen": "fifteenth",
	"sixteen": "sixteenth", "seventeen": "seventeenth", "eighteen": "eighteenth", "nineteen": "nineteenth",
	"twenty": "twentieth", "thirty": "thirtieth", "forty": "fortieth", "fifty": "fiftieth",
	"sixty": "sixtieth", "seventy": "seventieth", "eighty": "eightieth", "ninety": "ninetieth",
	"hundred": "hundredth", "thousand": "thousandth",
}

var months = []string{"", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// spokenAbbrev are written abbreviations and what is said for them.
var spokenAbbrev = map[string]string{
	"mr.": "mister", "mrs.": "missus", "ms.": "miss", "dr.": "doctor", "st.": "street",
	"ave.": "avenue", "rd.": "road", "apt.": "apartment", "blvd.": "boulevard", "jr.": "junior",
	"sr.": "senior", "ext.": "extension", "p.o.": "p o", "ln.": "lane", "ct.": "court",
	"mt.": "mount", "hwy.": "highway", "pkwy.": "parkway", "ste.": "suite", "a.m.": "a m",
	"p.m.": "p m", "dob": "d o b", "ssn": "s s n", "ip": "i p", "id": "i d", "pin": "pin",
	"cvv": "c v v", "cvc": "c v c", "iban": "i b a n", "atm": "a t m", "url": "u r l",
	"mbi": "m b i", "vpn": "v p n", "sms": "s m s", "it": "i t", "us": "u s", "uk": "u k",
	"dmv": "d m v", "ok": "okay", "cc": "c c", "fyi": "f y i", "irs": "i r s", "ny": "new york",
	"tx": "texas", "ca": "california", "mi": "michigan", "wa": "washington", "il": "illinois",
	"nj": "new jersey", "md": "maryland", "wy": "wyoming", "co": "colorado", "nv": "nevada",
	"fl": "florida", "ma": "massachusetts", "pa": "pennsylvania", "va": "virginia", "mn": "minnesota",
	"www": "w w w", "faq": "f a q", "hr": "h r",
}

// addressWord says the abbreviations written in street addresses.
var addressWord = map[string]string{
	"st": "street", "ave": "avenue", "rd": "road", "dr": "drive", "ln": "lane", "blvd": "boulevard",
	"hwy": "highway", "pkwy": "parkway", "sq": "square", "ste": "suite", "apt": "apartment",
	"bldg": "building", "n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast",
	"nw": "northwest", "se": "southeast", "sw": "southwest", "ct": "court", "pl": "place",
}

// foldRune maps a letter with a diacritic to its ASCII base, as an English
// recogniser writes foreign names.
var foldMap = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ą': "a", 'æ': "ae",
	'ç': "c", 'č': "c", 'ć': "c", 'ď': "d", 'đ': "d", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'ě': "e", 'ę': "e", 'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ł': "l", 'ñ': "n", 'ń': "n",
	'ň': "n", 'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'ő': "o", 'ř': "r",
	'š': "s", 'ś': "s", 'ß': "ss", 'ť': "t", 'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ů': "u",
	'ű': "u", 'ý': "y", 'ž': "z", 'ź': "z", 'ż': "z", 'ð': "d", 'þ': "th",
}

func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := foldMap[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cardinal says n (0 <= n < 1,000,000) in words.
func cardinal(n int) []string {
	switch {
	case n < 20:
		return []string{ones[n]}
	case n < 100:
		if n%10 == 0 {
			return []string{tens[n/10]}
		}
		return []string{tens[n/10], ones[n%10]}
	case n < 1000:
		out := []string{ones[n/100], "hundred"}
		if n%100 != 0 {
			out = append(out, cardinal(n%100)...)
		}
		return out
	default:
		out := append(cardinal(n/1000), "thousand")
		if n%1000 != 0 {
			out = append(out, cardinal(n%1000)...)
		}
		return out
	}
}

func ordinal(n int) []string {
	w := cardinal(n)
	w[len(w)-1] = ordinals[w[len(w)-1]]
	return w
}

// pair says a two-digit group as people read it: "07" is "oh seven".
func pair(s string, zero string) []string {
	if s[0] == '0' {
		return []string{zero, ones[s[1]-'0']}
	}
	n, _ := strconv.Atoi(s)
	return cardinal(n)
}

// year says a four-digit year: "nineteen eighty five", "two thousand
// five", "twenty nineteen".
func year(s string) []string {
	n, _ := strconv.Atoi(s)
	switch {
	case n >= 2000 && n < 2010:
		if n == 2000 {
			return []string{"two", "thousand"}
		}
		return []string{"two", "thousand", ones[n-2000]}
	case n%100 == 0:
		return append(cardinal(n/100), "hundred")
	default:
		return append(cardinal(n/100), pair(s[2:], "oh")...)
	}
}

// digits says each digit; zero is "oh" or "zero" by the call's habit.
func digits(s, zero string) []string {
	var out []string
	for _, r := range s {
		if r == '0' {
			out = append(out, zero)
		} else {
			out = append(out, ones[r-'0'])
		}
	}
	return out
}

// idDigits says a run of digits in an id: digit by digit, but a group of
// four with no zero at its halves' starts and none at its end is now and
// then read in pairs ("forty one seventy two").
func idDigits(s, zero string, pairs bool) []string {
	if pairs && len(s) == 4 && s[0] != '0' && s[2] != '0' && s[3] != '0' { // "ninety" + "one" would read as 91
		return append(pair(s[:2], zero), pair(s[2:], zero)...)
	}
	return digits(s, zero)
}

var vowels = "aeiou"

// sayLetters says a run of letters in a code or an address: a short
// capital run or a run without a vowel is spelled, a word is said.
func sayLetters(run string, spell bool) []string {
	low := fold(run)
	hasVowel := strings.ContainsAny(low, vowels)
	if spell || len([]rune(low)) == 1 || !hasVowel {
		var out []string
		for _, r := range low {
			out = append(out, string(r))
		}
		return out
	}
	return []string{low}
}

// chunks splits a token into runs of letters, runs of digits and single
// other characters.
func chunks(t string) []string {
	var out []string
	var cur []rune
	kind := 0 // 1 letter, 2 digit
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range t {
		k := 3
		switch {
		case unicode.IsLetter(r) || r == '\'':
			k = 1
		case unicode.IsDigit(r):
			k = 2
		}
		if k != kind || k == 3 {
			flush()
		}
		kind = k
		cur = append(cur, r)
	}
	flush()
	return out
}

var symbolWord = map[string]string{
	".": "dot", "@": "at", "_": "underscore", "-": "dash", "/": "slash", ":": "colon", "+": "plus",
}

// speakPieces replaces each piece of a lower-style call by the words said
// for it; the words keep the piece's label and flags.
func speakPieces(c *call, ps []piece) ([]piece, error) {
	var out []piece
	for pi, p := range ps {
		typ := ""
		if p.label >= 0 && !c.labels[p.label].neg {
			typ = c.labels[p.label].typ
		}
		ws, err := speak(p.text, typ, c.num, len(c.turns), pi)
		if err != nil {
			return nil, fmt.Errorf("cannot say %q: %v", p.text, err)
		}
		for k, w := range ws {
			q := p
			q.text = w
			q.punct = ""
			if k == len(ws)-1 {
				q.punct = p.punct // kept only to time the pause; layout drops it
			}
			out = append(out, q)
		}
	}
	return out, nil
}

var idTypes = map[string]bool{
	"PHONE": true, "CARD": true, "CARD_CVV": true, "SSN": true, "ACCOUNT": true, "IBAN": true,
	"ROUTING": true, "MEDICARE": true, "PASSPORT": true, "DRIVER_LICENSE": true, "PIN": true,
	"ZIP": true, "NUMBER": true,
}

// speak returns the lowercase words said for one written token.
func speak(text, typ string, key ...any) ([]string, error) {
	low := fold(text)
	if s, ok := spokenAbbrev[low]; ok && (strings.HasSuffix(low, ".") || text == strings.ToUpper(text)) {
		if low == "dr." && typ == "ADDRESS" {
			s = "drive"
		}
		return strings.Fields(s), nil
	}
	if typ == "PHONE" && low == "ext" {
		return []string{"extension"}, nil
	}
	if typ == "ADDRESS" && (len(strings.TrimSuffix(text, ".")) > 1 || strings.ToUpper(text) == text) {
		if w, ok := addressWord[strings.TrimSuffix(low, ".")]; ok {
			return strings.Fields(w), nil
		}
	}
	if n := len(text); n >= 2 && n <= 4 && typ != "PERSON" && strings.ToUpper(text) == text && lowerRE.MatchString(low) && !strings.Contains(low, "'") {
		return sayLetters(text, true), nil // an acronym or code: "PSC", "APO", "JCB"
	}
	if lowerRE.MatchString(low) {
		return []string{low}, nil
	}
	zero := "oh"
	if jitter(0, 9, append(key, "zero")...) < 3 {
		zero = "zero"
	}
	pairs := jitter(0, 9, append(key, "pairs")...) < 3
	var out []string
	switch {
	case idTypes[typ]:
		for _, ch := range chunks(text) {
			switch {
			case unicode.IsDigit([]rune(ch)[0]):
				out = append(out, idDigits(ch, zero, pairs && typ != "ZIP")...)
			case unicode.IsLetter([]rune(ch)[0]):
				out = append(out, sayLetters(ch, true)...)
			case ch == "+":
				out = append(out, "plus")
			}
		}
	case typ == "IP_ADDRESS":
		for _, ch := range chunks(text) {
			switch {
			case ch == ".":
				out = append(out, "dot")
			case ch == ":":
				out = append(out, "colon")
			case unicode.IsDigit([]rune(ch)[0]):
				if n, _ := strconv.Atoi(ch); len(ch) <= 2 && ch[0] != '0' {
					out = append(out, cardinal(n)...)
				} else {
					out = append(out, digits(ch, zero)...)
				}
			default:
				out = append(out, sayLetters(ch, true)...)
			}
		}
	case typ == "EMAIL" || typ == "URL" || typ == "USERNAME" || typ == "PASSWORD":
		t := text
		for _, scheme := range []string{"https://", "http://"} {
			t = strings.TrimPrefix(t, scheme) // nobody says the scheme on a call
		}
		t = strings.TrimSuffix(t, "/")
		for _, ch := range chunks(t) {
			r := []rune(ch)[0]
			switch {
			case unicode.IsDigit(r):
				if len(ch) == 2 && ch[0] != '0' {
					out = append(out, pair(ch, zero)...)
				} else {
					out = append(out, digits(ch, zero)...)
				}
			case unicode.IsLetter(r):
				out = append(out, sayLetters(ch, ch == "www" || strings.ToUpper(ch) == ch && len(ch) <= 3 && len(ch) > 1)...)
			default:
				if w, ok := symbolWord[ch]; ok {
					out = append(out, w)
				}
			}
		}
	case typ == "DOB" || typ == "CARD_EXPIRY":
		return sayDate(text, "oh")
	case typ == "ADDRESS":
		for _, ch := range chunks(text) {
			r := []rune(ch)[0]
			switch {
			case unicode.IsDigit(r):
				out = append(out, houseNumber(ch, zero)...)
			case unicode.IsLetter(r):
				if len(out) > 0 && isOrdSuffix(ch) {
					continue // handled with its number below
				}
				out = append(out, sayLetters(ch, len(ch) == 1 || len(ch) <= 3 && strings.ToUpper(ch) == ch)...)
			}
		}
		if m := ordSuffix(text); m > 0 {
			return ordinal(m), nil
		}
	default:
		return sayPlain(text, zero)
	}
	if len(out) == 0 {
		if strings.Trim(text, "-–—()#,") == "" {
			return nil, nil // a dash or bracket token is not said
		}
		return nil, fmt.Errorf("nothing to say")
	}
	return out, nil
}

func isOrdSuffix(s string) bool {
	switch strings.ToLower(s) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// ordSuffix returns n for "1st", "42nd", ... and 0 otherwise.
func ordSuffix(t string) int {
	l := strings.ToLower(t)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(l, suf) {
			if n, err := strconv.Atoi(l[:len(l)-2]); err == nil && n > 0 && n < 1000 {
				return n
			}
		}
	}
	return 0
}

// houseNumber says a house or suite number: "412" four twelve, "6821"
// sixty eight twenty one, "1600" sixteen hundred; five or more digits (a
// ZIP) digit by digit.
func houseNumber(s, zero string) []string {
	n, _ := strconv.Atoi(s)
	switch {
	case s[0] == '0' || len(s) >= 5:
		return digits(s, zero)
	case len(s) <= 2:
		return cardinal(n)
	case len(s) == 3:
		return append([]string{ones[s[0]-'0']}, pair(s[1:], zero)...)
	default:
		if s[2:] == "00" {
			return append(cardinal(n/100), "hundred")
		}
		return append(pair(s[:2], zero), pair(s[2:], zero)...)
	}
}

// sayDate says a written date as a caller reads it: numbers in order
// ("six twenty four nineteen ninety one", "oh four twenty seven"), a month
// name as the month, an ordinal as an ordinal, a year as a year.
func sayDate(text, zero string) ([]string, error) {
	if n := ordSuffix(text); n > 0 {
		return ordinal(n), nil
	}
	var out []string
	for _, ch := range chunks(text) {
		r := []rune(ch)[0]
		switch {
		case unicode.IsDigit(r):
			n, _ := strconv.Atoi(ch)
			switch {
			case len(ch) == 4:
				out = append(out, year(ch)...)
			case len(ch) == 2 && ch[0] == '0':
				out = append(out, zero, ones[ch[1]-'0'])
			case len(ch) <= 2:
				out = append(out, cardinal(n)...)
			default:
				return nil, fmt.Errorf("date part %q", ch)
			}
		case unicode.IsLetter(r):
			l := fold(ch)
			for m := 1; m <= 12; m++ {
				if strings.HasPrefix(months[m], l) && len(l) >= 3 {
					l = months[m]
				}
			}
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty date")
	}
	return out, nil
}

// sayPlain says a token outside any entity: an amount, a time, a
// percentage, an ordinal, a year, a count or a code.
func sayPlain(text, zero string) ([]string, error) {
	t := text
	switch {
	case strings.HasPrefix(t, "$"):
		v := strings.ReplaceAll(t[1:], ",", "")
		d, c, _ := strings.Cut(v, ".")
		n, err := strconv.Atoi(d)
		if err != nil {
			return nil, fmt.Errorf("amount %q", t)
		}
		if c != "" && c != "00" && n < 100 {
			return append(cardinal(n), pair(c, zero)...), nil // "forty nine ninety nine"
		}
		unit := "dollars"
		if n == 1 {
			unit = "dollar"
		}
		out := append(cardinal(n), unit)
		if c != "" && c != "00" {
			out = append(out, "and")
			out = append(out, pair(c, zero)...)
			out = append(out, "cents")
		}
		return out, nil
	case strings.HasSuffix(t, "%"):
		n, err := strconv.Atoi(strings.TrimSuffix(t, "%"))
		if err != nil {
			return nil, fmt.Errorf("percentage %q", t)
		}
		return append(cardinal(n), "percent"), nil
	case ordSuffix(t) > 0:
		return ordinal(ordSuffix(t)), nil
	}
	if h, m, ok := strings.Cut(t, ":"); ok && len(m) == 2 && digitsOnly(h) && digitsOnly(m) && len(h) <= 2 {
		hn, _ := strconv.Atoi(h)
		out := cardinal(hn)
		switch {
		case m == "00":
			out = append(out, "o'clock")
		default:
			out = append(out, pair(m, "oh")...)
		}
		return out, nil
	}
	if digitsOnly(strings.ReplaceAll(t, ",", "")) {
		v := strings.ReplaceAll(t, ",", "")
		n, _ := strconv.Atoi(v)
		switch {
		case len(v) == 4 && v[0] != '0' && !strings.Contains(t, ",") && n >= 1900 && n < 2100:
			return year(v), nil
		case len(v) == 4 && v[0] != '0' && !strings.Contains(t, ",") && n%1000 != 0:
			return houseNumber(v, zero), nil // "eighteen eighty two"
		case v[0] != '0' && (len(v) <= 4 || strings.Contains(t, ",")):
			return cardinal(n), nil
		default:
			return digits(v, zero), nil
		}
	}
	// codes, versions, dates and words with hyphens: part by part
	var out []string
	cs := chunks(t)
	for k, ch := range cs {
		r := []rune(ch)[0]
		switch {
		case unicode.IsDigit(r):
			n, _ := strconv.Atoi(ch)
			if ch[0] != '0' && len(ch) <= 3 {
				out = append(out, cardinal(n)...)
			} else if len(ch) == 4 && n >= 1900 && n < 2100 {
				out = append(out, year(ch)...)
			} else {
				out = append(out, digits(ch, zero)...)
			}
		case unicode.IsLetter(r):
			spell := len(ch) > 1 && strings.ToUpper(ch) == ch && len(ch) <= 4
			out = append(out, sayLetters(ch, spell)...)
		case ch == "." && k > 0 && k+1 < len(cs) && unicode.IsDigit([]rune(cs[k-1])[0]):
			out = append(out, "point")
		case ch == "#":
			out = append(out, "number")
		case ch == "&":
			out = append(out, "and")
		}
	}
	if len(out) == 0 {
		if strings.Trim(t, "-–—()#,\"'") == "" {
			return nil, nil
		}
		return nil, fmt.Errorf("nothing to say")
	}
	return out, nil
}
