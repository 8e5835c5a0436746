package redact

import "strings"

// dobRecognizer finds dates of birth after a cue ("date of birth", "born
// on", "birthday", "DOB"), in every spoken and written form: "march third
// nineteen eighty five", "3/3/85", "the third of March", "oh three oh three
// eighty five", "born in 1985".
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - DOB: after a birth cue, every spoken and written date form ("march
//     third nineteen eighty five", "3/3/85", "the third of March", "oh
//     three oh three eighty five", "born in 1985", "born in March of
//     nineteen eighty"; "Oh six, oh two, ..."
//     keeps its first "oh"); a date taken back and said again is one
//     finding from the abandoned start to the corrected date ("1949, no,
//     March 17th, 1948", "June ninth, sorry, June tenth nineteen seventy
//     one"), and so is a date of which only one part is said again: the
//     day ("May 13th, no, 12th, 1952"), the year ("nineteen seventy, no,
//     seventy one") or, after a day said alone, the whole date ("the
//     fourth, sorry, the fifth of June eighty one"). A value after the
//     repair that opens a new clause ("1985 is when I moved", "2015 was
//     the year") is no correction and no DOB, and after a full stop a
//     correction must end its sentence ("1980. No, sorry, 1985."). A
//     cued year said alone takes the month and day said right after it
//     ("born 1955, January 30th"); a month, day and year called a birthday
//     after them are found whole when the day and year read as one number
//     ("March 14, 1986 is my date of birth").
type dobRecognizer struct{}

func (dobRecognizer) Name() string { return "dob" }

var dobCues = newCueTable(map[cueCat][]string{
	cueDOB: {"date of birth", "birth date", "birthdate", "~born", "born on", "~birthday", "dob",
		"d o b", "born in", "birthday is", "date of birth is", "dob is", "~birth", "bday", "b-day",
		"d.o.b", "birthday's", "my birthday", "your birthday", "his birthday", "her birthday",
		"birthday was", "was born", "were born", "date of birth's", "birth's", "dob's", "birthdate's"},
})

func (dobRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		if !ts.dateStart(i) {
			continue
		}
		_, _, cued := ts.sh.lookBack(dobCues, ts.Words[tk.First], 6, true)
		end, ok := ts.date(i)
		if !ok && cued {
			end, ok = ts.dayRepaired(i) // "the fourth, sorry, the fifth of June"
		}
		if !ok || !cued && !(ts.withYear(i, end) && ts.birthdayNext(end)) || cued && ts.otherEventBefore(i) {
			continue // ("born in Ohio but moved on June 1st 2010")
		}
		if cued && ts.birthdayOccurrence(i, end) {
			continue // "her birthday every May ninth" (dob_occurrence_hn16.go)
		}
		if ts.Toks[end].Kind == KindNumber && ts.isAmount(end) {
			continue // "twenty seven sixty three every month": an amount
		}
		if cued && end == i {
			end = ts.monthDayAfterYear(i) // "nineteen fifty five, January thirtieth"
		}
		// "1949, no, March 17th, 1948", "May 13th, no, 12th, 1952": the
		// date said again, whole or in part, after the speaker took it
		// back is the date of birth, and the part taken back is redacted
		// with it (repair.go).
		end, after := ts.repairedDate(end)
		last := ts.Toks[end].Last
		if ts.Toks[end].Kind == KindNumber {
			_, last = ts.Digits(end, func(d string) bool {
				return len(d) == 2 || len(d) == 4 || plausibleDate(d) && len(d) != 5 && len(d) != 3
			})
		}
		first := tk.First
		if f := ts.repeatedDayBefore(i); f >= 0 {
			first = f // "the fourth, uh, fourth of July": the day said twice
		}
		if p := ts.prev(i - 1); p == i-1 && tk.Kind == KindNumber && len(tk.Norm)%2 == 1 && ts.isWord(p, "oh", "o") && plausibleDate("0"+tk.Norm) {
			first = ts.Toks[p].First // "Oh four, oh nine, nineteen ninety": the "oh" taken for the interjection
		}
		out = append(out, ts.Finding(DOB, first, last, 0.95, "dob"))
		i = after
	}
	return out
}

// dayRepaired returns the last token of a date that starts with a day
// alone at token i ("the fourth", "fourth") which the speaker takes back
// and says again with the rest of the date: "the fourth, sorry, the fifth
// of June eighty one".
func (ts *Tokens) dayRepaired(i int) (int, bool) {
	d := i
	if ts.isWord(i, "the") {
		d = ts.next(i + 1)
	}
	if d >= len(ts.Toks) || ts.Toks[d].Kind != KindOrdinal {
		return 0, false
	}
	k, ok := ts.repairAfter(d)
	if !ok || !ts.dateStart(k) {
		return 0, false
	}
	return ts.date(k)
}

// repeatedDayBefore returns the first word of the same day said just
// before the date starting at token i ("the fourth, uh, fourth of July":
// a restart), or -1.
func (ts *Tokens) repeatedDayBefore(i int) int {
	d := i
	if ts.isWord(i, "the") {
		d = ts.next(i + 1)
	}
	if d >= len(ts.Toks) || ts.Toks[d].Kind != KindOrdinal {
		return -1
	}
	p := ts.prev(i - 1)
	if p < 0 || ts.Toks[p].Kind != KindOrdinal || ts.Toks[p].Norm != ts.Toks[d].Norm || ts.sentenceEndsAfter(p) {
		return -1
	}
	if q := ts.prev(p - 1); ts.isWord(q, "the") && !ts.sentenceEndsAfter(q) {
		p = q
	}
	return ts.Toks[p].First
}

// dateStart reports whether a date can start at token i.
func (ts *Tokens) dateStart(i int) bool {
	tk := &ts.Toks[i]
	switch tk.Kind {
	case KindDate, KindNumber, KindOrdinal:
		return true
	case KindMeasure, KindAlnum:
		return writtenDate(tk.Norm)
	case KindWord:
		isMonth := tk.in(wcMonth)
		return isMonth || tk.Norm == "the"
	}
	return false
}

// date parses a date starting at token i and returns its last token.
func (ts *Tokens) date(i int) (int, bool) {
	tk := &ts.Toks[i]
	switch tk.Kind {
	case KindDate:
		return i, true
	case KindMeasure, KindAlnum:
		return i, writtenDate(tk.Norm)
	case KindNumber:
		n := len(tk.Norm)
		// "3 March 1985", "03 03 85", "1985", "12151990"
		if j := ts.next(i + 1); j < len(ts.Toks) && ts.isMonth(j) && n <= 2 {
			return ts.afterMonth(j), true
		}
		if n >= 3 && n <= 8 && plausibleDate(tk.Norm) || n == 2 && ts.yearAfter(i) >= 0 {
			if k := ts.yearAfter(i); k >= 0 {
				return k, true
			}
			return i, true
		}
		return 0, false
	case KindOrdinal:
		// "third of March 1985", "3rd March"
		j := ts.next(i + 1)
		if ts.isWord(j, "of") {
			j = ts.next(j + 1)
		}
		if ts.isMonth(j) {
			return ts.afterMonth(j), true
		}
		return 0, false
	case KindWord:
		if tk.Norm == "the" {
			j := ts.next(i + 1)
			if j < len(ts.Toks) && ts.Toks[j].Kind == KindOrdinal {
				return ts.date(j)
			}
			return 0, false
		}
		if !ts.isMonth(i) {
			return 0, false
		}
		if k := ts.yearAfter(i); k >= 0 && (len(ts.Toks[k].Norm) == 4 || ts.isWord(ts.next(i+1), "of")) {
			return k, true // "born in March of nineteen eighty", "March 1985", "April of 87"
		}
		j := ts.next(i + 1)
		if ts.isWord(j, "the") {
			j = ts.next(j + 1)
		}
		if j < len(ts.Toks) && (ts.Toks[j].Kind == KindOrdinal || ts.Toks[j].Kind == KindNumber) {
			if k := ts.yearAfter(j); k >= 0 {
				return k, true
			}
			return j, true
		}
		return 0, false
	}
	return 0, false
}

func (ts *Tokens) isMonth(i int) bool {
	if i < 0 || i >= len(ts.Toks) || ts.Toks[i].Kind != KindWord {
		return false
	}
	ok := ts.Toks[i].in(wcMonth)
	return ok
}

// afterMonth returns the last token of a date whose month is token j: the
// month itself or the year after it.
func (ts *Tokens) afterMonth(j int) int {
	if k := ts.yearAfter(j); k >= 0 {
		return k
	}
	return j
}

// yearAfter returns the token of a year (2 or 4 digits) right after token
// i ("," and "of" allowed between), or -1.
func (ts *Tokens) yearAfter(i int) int {
	if ts.sentenceEndsAfter(i) {
		return -1
	}
	j := ts.next(i + 1)
	if ts.isWord(j, "of", "in") {
		j = ts.next(j + 1)
	}
	if j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber && (len(ts.Toks[j].Norm) == 2 || len(ts.Toks[j].Norm) == 4) {
		return j
	}
	return -1
}

// plausibleDate reports whether the digits d read as a date: a year
// (19xx, 20xx) alone, or month and day (in either order) followed by a two
// or four digit year, or month and day alone.
func plausibleDate(d string) bool {
	n := len(d)
	if n == 4 && (d[:2] == "19" || d[:2] == "20") {
		return true
	}
	md := func(s string) bool {
		for k := 1; k < len(s) && k <= 2; k++ {
			a, _ := atoiSmall(s[:k])
			b, _ := atoiSmall(s[k:])
			if len(s)-k > 2 {
				continue
			}
			if a >= 1 && a <= 12 && b >= 1 && b <= 31 || b >= 1 && b <= 12 && a >= 1 && a <= 31 {
				return true
			}
		}
		return false
	}
	if n >= 6 && (d[n-4:n-2] == "19" || d[n-4:n-2] == "20") && md(d[:n-4]) {
		return true
	}
	if n == 8 && (d[:2] == "19" || d[:2] == "20") && md(d[4:]) {
		return true // year first: 19850101
	}
	if n >= 4 && md(d[:n-2]) {
		return true
	}
	return n <= 4 && md(d)
}

// writtenDate reports whether a written word the tokeniser did not take
// for a date is one: day, month and year with dots ("02.12.1979",
// "1979.12.02") or with the month's short name ("22-nov-1972",
// "nov-22-1972").
func writtenDate(s string) bool {
	sep := "."
	if strings.Count(s, "-") == 2 {
		sep = "-"
	}
	parts := strings.Split(s, sep)
	if len(parts) != 3 {
		return false
	}
	year := func(p string) bool { return (len(p) == 2 || len(p) == 4) && allDigits(p) }
	day := func(p string) bool {
		v, ok := atoiSmall(p)
		return ok && len(p) <= 2 && allDigits(p) && v >= 1 && v <= 31
	}
	month := func(p string) bool {
		if _, ok := months[p]; ok {
			return sep == "-"
		}
		v, ok := atoiSmall(p)
		return sep == "." && ok && len(p) <= 2 && allDigits(p) && v >= 1 && v <= 12
	}
	a, b, c := parts[0], parts[1], parts[2]
	if len(a) == 4 {
		return year(a) && month(b) && day(c)
	}
	return year(c) && (day(a) && month(b) || month(a) && day(b))
}

// withYear reports whether the date from token i to end has a day, a
// month and a four-digit year: "1985-01-01", "nineteen eighty five oh one
// oh one", "May 14th 1983".
func (ts *Tokens) withYear(i, end int) bool {
	tk := &ts.Toks[i]
	switch tk.Kind {
	case KindDate, KindMeasure, KindAlnum:
		return i == end && (strings.Count(tk.Norm, "/") == 2 || strings.Count(tk.Norm, "-") == 2 || strings.Count(tk.Norm, ".") == 2)
	case KindNumber:
		if i == end {
			return fullDate(tk.Norm)
		}
	}
	y := ts.Toks[end].Norm
	if end > i && ts.Toks[end].Kind == KindNumber && (len(y) == 5 || len(y) == 6) && ts.isMonth(i) {
		// "March 14, 1986", "march fourteen nineteen eighty six": the day
		// and the year read as one number after the month.
		day, _ := atoiSmall(y[:len(y)-4])
		y = y[len(y)-4:]
		return day >= 1 && day <= 31 && (y[:2] == "19" || y[:2] == "20")
	}
	return end > i && ts.Toks[end].Kind == KindNumber && len(y) == 4 && (y[:2] == "19" || y[:2] == "20")
}

// birthdayNext reports whether the date ending at token end is called
// someone's birthday after it, in the same turn and within eight words:
// "1985-01-01 is my birthday", "May 14th 1983, so my party is on my
// birthday", "... was her date of birth".
func (ts *Tokens) birthdayNext(end int) bool {
	j := end
	for n := 0; n < 8; n++ {
		if ts.turn[ts.Toks[j].Last] {
			return false
		}
		j = ts.next(j + 1)
		if j >= len(ts.Toks) {
			return false
		}
		if !ts.isWord(j, "my", "his", "her", "your", "their", "our") || ts.turn[ts.Toks[j].Last] {
			continue
		}
		k := ts.next(j + 1)
		if ts.isWord(k, "birthday", "dob", "birthdate") || ts.isWord(k, "date") && ts.isWord(ts.next(k+1), "of") && ts.isWord(ts.next(ts.next(k+1)+1), "birth") {
			return true
		}
	}
	return false
}

// monthDayAfterYear returns the last token of a month and day said right
// after a year alone at token i, in its sentence ("born 1955, January
// 30th", "nineteen fifty five january the thirtieth"), or i.
func (ts *Tokens) monthDayAfterYear(i int) int {
	y := ts.Toks[i].Norm
	if ts.Toks[i].Kind != KindNumber || len(y) != 4 || y[:2] != "19" && y[:2] != "20" || ts.sentenceEndsAfter(i) {
		return i
	}
	m := ts.next(i + 1)
	if !ts.isMonth(m) || ts.sentenceEndsAfter(m) {
		return i
	}
	d := ts.next(m + 1)
	if ts.isWord(d, "the") && !ts.sentenceEndsAfter(d) {
		d = ts.next(d + 1)
	}
	if d >= len(ts.Toks) || !ts.sentenceEndsAfter(d) && ts.isWord(ts.next(d+1), "is", "was", "will", "would") {
		return i // ("born in 1948 october 9th is when i retired": a new clause's date)
	}
	switch t := &ts.Toks[d]; t.Kind {
	case KindOrdinal:
		return d
	case KindNumber:
		if v, ok := atoiSmall(t.Norm); ok && len(t.Norm) <= 2 && v >= 1 && v <= 31 {
			return d
		}
	}
	return i
}
