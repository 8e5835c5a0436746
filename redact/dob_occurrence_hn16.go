package redact

// A birthday's date that is this year's or every year's occurrence, not
// the birth date (task hn16): "set Dan's birthday for every May ninth",
// "what day does my birthday fall on this year, August second", "the
// birthday reminder each October 1st". Between the birthday cue and a
// date with no year, a word of recurrence ("every", "each"), a year that
// is not the birth year ("this year", "next year") or a verb of landing
// on a weekday ("fall", "falls", "lands") says the date is when the
// birthday comes round; dobRecognizer leaves it.
//
// What it cannot do: a birthday said with no such word ("Is Ana's
// birthday on April 3rd?", "my birthday is March 3rd") stays a DOB, and so
// does any date with a year ("my birthday this year is June 5, 2026":
// the over-redaction the package doc keeps on purpose).

// birthdayOccurrenceWords between a birthday cue and its date make the
// date the birthday's occurrence. "year" counts after "this", "next" or
// "coming" only.
var birthdayOccurrenceWords = withWords(map[string]bool{}, "every", "each", "fall", "falls", "falling",
	"land", "lands", "landing")

// birthdayOccurrence reports whether the date of tokens i..end, cued as a
// birthday, has no year and is that birthday's occurrence (see the file
// comment).
func (ts *Tokens) birthdayOccurrence(i, end int) bool {
	if ts.withYear(i, end) || ts.Toks[end].Kind == KindNumber && len(ts.Toks[end].Norm) == 4 {
		return false
	}
	occurs := false
	for p, n := ts.prev(i-1), 0; p >= 0 && n < 8 && ts.Toks[p].Kind == KindWord && !ts.sentenceEndsAfter(p); p, n = ts.prev(p-1), n+1 {
		w := ts.Toks[p].Norm
		if k, _ := possessiveStem(w); k == "birthday" || k == "bday" || k == "birthdays" {
			return occurs
		}
		if birthdayOccurrenceWords[w] || w == "year" && ts.isWord(ts.prev(p-1), "this", "next", "coming") {
			occurs = true
		}
	}
	return false
}
