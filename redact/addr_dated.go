package redact

// Streets of Romania and Moldova (and many other countries) are named by
// a whole date, day, month and year, before the house number: "Str. 27
// August 1991 40, Bălți", "Strada 1 Decembrie 1918 14b", lowercase "str
// twenty seven august nineteen ninety one forty", where the year and the
// house number run into one number. The
// street type before the date and an address asked for are still needed
// (nameFirstStreet); this file reads the month and the year.

// romanianMonths are the Romanian months as a date naming a street says
// them ("1 Decembrie 1918"), where they differ from the English ones.
var romanianMonths = map[string]bool{"ianuarie": true, "februarie": true, "martie": true, "aprilie": true,
	"mai": true, "iunie": true, "iulie": true, "septembrie": true, "octombrie": true,
	"noiembrie": true, "decembrie": true}

// datedStreetYear returns, when word token k is a month (English or
// Romanian) after a street's day and a year follows it with a house
// number, the token of the year: a written year (19xx or 20xx) before a
// number or a number with a letter ("1918 14b"), a written year and
// house number read as one number of two groups ("1991 40"), or in
// lowercase a year that runs on into a house number of up to three
// digits ("199140").
// Otherwise it returns -1.
func (ts *Tokens) datedStreetYear(k int) int {
	if k < 0 || k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord || ts.sentenceEndsAfter(k) {
		return -1
	}
	if _, en := months[ts.Toks[k].Norm]; !en && !romanianMonths[ts.Toks[k].Norm] || len(ts.Toks[k].Norm) < 3 {
		return -1
	}
	y := ts.next(k + 1)
	if y >= len(ts.Toks) || ts.Toks[y].Kind != KindNumber {
		return -1
	}
	n := ts.Toks[y].Norm
	if len(n) < 4 || n[:2] != "19" && n[:2] != "20" {
		return -1
	}
	switch {
	case len(n) == 4:
		h := ts.next(y + 1)
		if ts.sentenceEndsAfter(y) || h >= len(ts.Toks) {
			return -1
		}
		t := &ts.Toks[h]
		if t.Kind == KindNumber && len(t.Norm) <= 4 || t.Kind == KindAlnum && t.Norm[0] >= '1' && t.Norm[0] <= '9' && len(t.Norm) <= 5 {
			return y
		}
	case !ts.Cased && len(n) <= 7:
		return y // (the house number ran on into the year)
	case len(n) <= 8 && len(ts.Toks[y].Groups) == 2 && ts.Toks[y].Groups[0] == 4:
		return y // "1991 40", read as one number of two groups
	}
	return -1
}
