package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece is one word, or one part of a hyphenated word ("555-123-4567",
// "twenty-one", "j-o-h-n"), classified for the tokeniser.
type piece struct {
	w    int32  // channel-local word position
	cls  pclass // what it is
	val  int    // value of number words and ordinals
	s    string // lowercase text; only the digits for numerals
	brk  bool   // a pause follows (punctuation after the word, a hyphen)
	end  bool   // a sentence ends after it (. ? !)
	turn bool   // another channel spoke, or a long pause, before the next word
}

// trimCutset is stripped from both ends of a word before it is classified.
const trimCutset = "\"'`“”‘’()[]{}<>,.;:!?*…-–—_|\\"

// trimByte marks the ASCII bytes of trimCutset.
var trimByte = func() (m [utf8.RuneSelf]bool) {
	for i := 0; i < len(trimCutset); i++ {
		if c := trimCutset[i]; c < utf8.RuneSelf {
			m[c] = true
		}
	}
	return m
}()

// trimWord is strings.Trim(w, trimCutset), without its slow search of a
// cutset beyond ASCII when w starts and ends with an ASCII byte not in it
// (most words: Find trims every word many times).
func trimWord(w string) string {
	if len(w) > 0 && w[0] < utf8.RuneSelf && !trimByte[w[0]] && w[len(w)-1] < utf8.RuneSelf && !trimByte[w[len(w)-1]] {
		return w
	}
	return strings.Trim(w, trimCutset)
}

// trimWordLeft is strings.TrimLeft(w, trimCutset), as trimWord is Trim.
func trimWordLeft(w string) string {
	if len(w) > 0 && w[0] < utf8.RuneSelf && !trimByte[w[0]] {
		return w
	}
	return strings.TrimLeft(w, trimCutset)
}

// upperAlready reports whether strings.ToUpper(s) == s, without making
// the upper-case copy: every rune is valid UTF-8 and its own upper case.
func upperAlready(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false // (ToUpper writes an invalid byte as U+FFFD)
			}
			continue
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// lowerAlready reports whether strings.ToLower(s) == s, as upperAlready
// does for ToUpper.
func lowerAlready(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false
			}
			continue
		}
		if unicode.ToLower(r) != r {
			return false
		}
	}
	return true
}

// lowerWord returns w lowercased and trimmed of surrounding punctuation.
func lowerWord(w string) string {
	w = trimWord(w)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// dubBeside reports whether a word beside channel-local word i of words
// (transcript words, lowercase in lower) is "dub": "dub dub dub dot ..."
// is "www" said short, so such a "dub" is the letter w; alone it is the
// word ("they dub a i voices").
func dubBeside(lower []string, words []int, i int) bool {
	return i > 0 && lower[words[i-1]] == "dub" || i+1 < len(words) && lower[words[i+1]] == "dub"
}

// numWordOf is a word's entry in numWords, if it has one (ok).
type numWordOf struct {
	numWord
	ok bool
}

// appendPieces classifies the lowercase, trimmed word s at channel-local
// position w, whose entry in numWords is num (newShared's: Normalize looks
// each word up once), and appends its pieces to dst.
func appendPieces(dst []piece, w int32, s string, num numWordOf, punctAfter bool) []piece {
	if s == "" {
		return append(dst, piece{w: w, cls: pPunct, brk: true})
	}
	if nw, ok := num.numWord, num.ok; ok {
		return append(dst, piece{w: w, cls: nw.cls, val: nw.val, s: s, brk: punctAfter})
	}
	if len(s) == 1 && s[0] >= 'a' && s[0] <= 'z' {
		return append(dst, piece{w: w, cls: pLetter, s: s, brk: punctAfter})
	}
	var digits, letters, others int
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		default:
			others++
		}
	}
	if s == "@" {
		return append(dst, piece{w: w, cls: pOther, s: "at", brk: punctAfter})
	}
	if digits == 0 && letters == 0 {
		return append(dst, piece{w: w, cls: pPunct, s: s, brk: true})
	}
	if strings.IndexByte(s, '@') > 0 && looksLikeEmail(s) {
		return append(dst, piece{w: w, cls: pEmail, s: s, brk: punctAfter})
	}
	if strings.IndexByte(s, '-') > 0 && others > 0 {
		if digits > 0 && letters == 0 && isDashDate(s) {
			return append(dst, piece{w: w, cls: pDate, s: s, brk: punctAfter})
		}
		if out, ok := splitHyphenated(dst, w, s, punctAfter); ok {
			return out
		}
	}
	if digits == 0 {
		return append(dst, piece{w: w, cls: pOther, s: s, brk: punctAfter})
	}
	cls, val, norm := classifyNumeric(s, letters, others)
	if cls == pNumeral && strings.IndexByte(s, '-') >= 0 {
		// Hyphen groups of a written number: each group is a piece so
		// the groups (3-3-4, 3-2-4) stay visible.
		start := len(dst)
		for part := range strings.SplitSeq(strings.TrimPrefix(s, "+"), "-") {
			d := keepDigits(part)
			if d == "" {
				continue
			}
			dst = append(dst, piece{w: w, cls: pNumeral, s: d, brk: true})
		}
		if len(dst) > start {
			dst[len(dst)-1].brk = punctAfter
			return dst
		}
	}
	return append(dst, piece{w: w, cls: cls, val: val, s: norm, brk: punctAfter})
}

// splitHyphenated splits "twenty-one", "j-o-h-n" or "five-five-five" into
// pieces when every part is a number word, a letter or digits.
func splitHyphenated(dst []piece, w int32, s string, punctAfter bool) ([]piece, bool) {
	parts := strings.Split(s, "-")
	if len(parts) < 2 || len(parts) > 24 {
		return dst, false
	}
	letters := 0
	for _, p := range parts {
		if p == "" {
			return dst, false
		}
		if len(p) == 1 && p[0] >= 'a' && p[0] <= 'z' {
			letters++
			continue
		}
		if nw, ok := numWords[p]; ok && nw.cls != pFiller {
			continue
		}
		if allDigits(p) {
			continue
		}
		return dst, false
	}
	if letters > 0 && letters != len(parts) {
		return dst, false
	}
	for i, p := range parts {
		brk := i == len(parts)-1 && punctAfter
		switch {
		case len(p) == 1 && p[0] >= 'a' && p[0] <= 'z':
			dst = append(dst, piece{w: w, cls: pLetter, s: p, brk: brk})
		case allDigits(p):
			dst = append(dst, piece{w: w, cls: pNumeral, s: p, brk: true})
		default:
			nw := numWords[p]
			dst = append(dst, piece{w: w, cls: nw.cls, val: nw.val, s: p, brk: brk})
		}
	}
	return dst, true
}

// classifyNumeric classifies a word that holds at least one digit.
func classifyNumeric(s string, letters, others int) (pclass, int, string) {
	if strings.ContainsAny(s, "$€£%:") {
		return pMeasure, 0, s
	}
	if letters > 0 {
		// 21st, 3rd, 10am, 1980s, 4b, ab12345
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i > 0 && i < len(s) {
			switch s[i:] {
			case "st", "nd", "rd", "th":
				if v, ok := atoiSmall(s[:i]); ok {
					return pOrdinal, v, s[:i]
				}
			case "am", "pm", "a.m", "p.m", "s", "k", "m", "mb", "gb", "kg", "lb", "lbs", "mg", "ml", "x", "mph", "min", "h", "hr", "hrs":
				return pMeasure, 0, s
			}
		}
		return pAlnum, 0, s
	}
	if strings.IndexByte(s, '/') >= 0 {
		if isSlashDate(s) {
			return pDate, 0, s
		}
		return pMeasure, 0, s
	}
	if strings.IndexByte(s, '.') >= 0 {
		parts := strings.Split(s, ".")
		if len(parts) == 3 && len(parts[0]) == 3 && len(parts[1]) == 3 && len(parts[2]) == 4 &&
			allDigits(parts[0]) && allDigits(parts[1]) && allDigits(parts[2]) {
			return pNumeral, 0, parts[0] + parts[1] + parts[2]
		}
		if len(parts) == 3 && len(parts[0]) == 3 && len(parts[1]) == 2 && len(parts[2]) == 4 &&
			allDigits(parts[0]) && allDigits(parts[1]) && allDigits(parts[2]) {
			return pNumeral, 0, parts[0] + parts[1] + parts[2] // a social written 078.05.1123
		}
		return pMeasure, 0, s
	}
	if strings.IndexByte(s, '-') >= 0 {
		if isDashDate(s) {
			return pDate, 0, s
		}
	}
	d := keepDigits(s)
	if d == "" {
		return pOther, 0, s
	}
	if thousands(s) {
		return pMeasure, 0, s // "8,336,817 people": a count or an amount
	}
	if others > 0 {
		// Only + - , ( ) # separators may sit in a written number.
		for _, r := range s {
			if !(r >= '0' && r <= '9') && !strings.ContainsRune("+-,()#", r) {
				return pMeasure, 0, s
			}
		}
	}
	return pNumeral, 0, d
}

func isSlashDate(s string) bool {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 4 || !allDigits(p) {
			return false
		}
	}
	m, _ := atoiSmall(parts[0])
	d, _ := atoiSmall(parts[1])
	if len(parts) == 2 {
		// 12/25 is month/year (expiry) or month/day.
		return m >= 1 && m <= 12 && len(parts[1]) <= 4
	}
	return len(parts[0]) <= 2 && len(parts[1]) <= 2 && (len(parts[2]) == 2 || len(parts[2]) == 4) &&
		(m >= 1 && m <= 12 && d >= 1 && d <= 31 || d >= 1 && d <= 12 && m >= 1 && m <= 31)
}

func isDashDate(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || !allDigits(p) {
			return false
		}
	}
	a, _ := atoiSmall(parts[0])
	b, _ := atoiSmall(parts[1])
	c, _ := atoiSmall(parts[2])
	if len(parts[0]) == 4 { // 1985-03-03
		return len(parts[1]) <= 2 && len(parts[2]) <= 2 && b >= 1 && b <= 12 && c >= 1 && c <= 31
	}
	return len(parts[0]) <= 2 && len(parts[1]) <= 2 && (len(parts[2]) == 2 || len(parts[2]) == 4) &&
		a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12)
}

func looksLikeEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	if at <= 0 || at == len(s)-1 || strings.Count(s, "@") != 1 {
		return false
	}
	dom := s[at+1:]
	dot := strings.LastIndexByte(dom, '.')
	return dot > 0 && dot < len(dom)-1 || bareProviders[dom] // ("j.smith@gmail": the top-level label left off)
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func keepDigits(s string) string {
	if allDigits(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// atoiSmall parses up to 9 digits.
func atoiSmall(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}
