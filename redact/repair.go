package redact

// Self-repairs inside a value: a speaker takes back part of a number or a
// date they are reading out ("four five three, no, four five four ...",
// "June ninth, sorry, June tenth nineteen seventy one") and says the right
// one on. The recognizers that read such values ask repairAfter whether a
// repair follows what they read, and read the corrected part from there.
// What was taken back is redacted with the correction (it is the same
// value's digits, mistaken or not: fail closed).
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Repairs
// inside a value, and set10's dev half (issue 15, session 10)".

// repairMarks are the words of which a repair needs one between the
// abandoned part and the corrected one; correctionWords (rec_phone.go) are
// the words that may stand between them at all ("no, wait, I mean", "let
// me start again").
var repairMarks = withWords(map[string]bool{"again": true, "over": true, "mistake": true}, takeBackWords...)

// takeBackWords are the words with which a speaker takes back what they
// just said: a repair needs one (repairMarks), and so does a correction
// of a found number (correctionMarks), each with a few of its own.
var takeBackWords = []string{"no", "sorry", "wait", "actually", "mean", "oops", "scratch", "correction", "nope", "rather"}

// maxRepairWords bounds the words of a repair between the two parts
// ("no, sorry, let me start that again" is seven).
const maxRepairWords = 7

// repairAfter returns the first token of what the speaker says after a
// repair that follows token i: correction words and fillers between, at
// most maxRepairWords of them and at least one of repairMarks, in the
// speaker's turn. The caller decides whether that token starts what it
// reads.
func (ts *Tokens) repairAfter(i int) (int, bool) {
	if i < 0 || i >= len(ts.Toks) || ts.turn[ts.Toks[i].Last] {
		return 0, false
	}
	words, marked := 0, false
	for k := ts.next(i + 1); k < len(ts.Toks); k = ts.next(k + 1) {
		t := &ts.Toks[k]
		if t.Kind != KindWord || t.Norm == "oh" || t.Norm == "o" || !t.in(wcCorrectionWords) && !t.in(wcRepairMarks) {
			return k, marked // what the caller reads on from
		}
		if words >= maxRepairWords || ts.turn[t.Last] {
			return 0, false
		}
		words++
		marked = marked || t.in(wcRepairMarks)
	}
	return 0, false
}

// repairedCard reads a card number whose end the speaker took back and
// said again: token i holds the first digits d, a repair follows, and the
// number tokens said on from there (fillers and punctuation between) make
// a 13-19 digit card of a known issuer that passes Luhn's check when they
// replace the digits after one of the word boundaries inside d ("5375
// 3082, no, wait, 2803 5626 4964" is 5375 2803 5626 4964). It returns the
// last token of the correction.
func (ts *Tokens) repairedCard(i int, d string) (int, bool) {
	k, ok := ts.repairAfter(i)
	if !ok || ts.Toks[k].Kind != KindNumber {
		return 0, false
	}
	tk := &ts.Toks[i]
	rest := ""
	for j := k; j < len(ts.Toks) && ts.Toks[j].Kind == KindNumber && len(rest) < 19; j = ts.next(j + 1) {
		rest += ts.Toks[j].Norm
		// Keep d's first c digits, c at a word boundary inside d (a
		// restart from d's first digit, c = 0, is correctedFrom's).
		for c := len(d) - 1; c >= 1; c-- {
			if c < len(tk.pos) && tk.pos[c] == tk.pos[c-1] {
				continue // no one restarts in the middle of a word ("5375")
			}
			if n := c + len(rest); n >= 13 && n <= 19 {
				if v := d[:c] + rest; luhn(v) && cardIssuer(v) {
					return j, true
				}
			}
		}
		if ts.sentenceEndsAfter(j) {
			break
		}
	}
	return 0, false
}

// clauseVerbs are the words after a value that make it the subject of a
// new clause rather than a correction: "1985 is when I moved", "2015 was
// the year I started".
var clauseVerbs = map[string]bool{"is": true, "was": true, "were": true, "when": true,
	"will": true, "has": true, "had": true, "isn't": true, "wasn't": true}

// repairedDate reads the repairs after a date of birth whose last token is
// end (a repair, and a repair of the repair) and returns the last token of
// the corrected date and the token the caller reads on after. A correction
// is the whole date said again, or one part of it: the day
// ("May 13th, no, 12th, 1952") or the year ("nineteen seventy, no, seventy
// one"). What was taken back is redacted with the correction (fail
// closed). A value that opens a new clause ("1985 is when I moved") is no
// correction, and after a full stop the correction must end its sentence
// ("... 1980. No, sorry, 1985."); such a value is passed over, as it is
// not the date of birth either. An amount or a count ("no, sorry, 3
// kids": a day by its digits, but countedBy) ends the date before the
// repair.
func (ts *Tokens) repairedDate(end int) (last, after int) {
	after = end
	for r := 0; r < 2; r++ {
		k, ok := ts.repairAfter(end)
		if !ok {
			break
		}
		e, ok := ts.dateCorrection(end, k)
		if !ok || ts.Toks[e].Kind == KindNumber && (ts.isAmount(e) || ts.countedBy(e)) {
			break // ("no, 1200 dollars", "no, sorry, 3 kids": a value of its own)
		}
		if !ts.birthdayNext(e) && (ts.clauseAfter(e) || ts.sentenceEndsAfter(end) && !ts.sentenceEndsAfter(e) && ts.next(e+1) < len(ts.Toks)) {
			return end, e // a new clause about something else
		}
		end, after = e, e
	}
	return end, after
}

// clauseAfter reports whether a verb of a new clause follows token e in
// the same sentence.
func (ts *Tokens) clauseAfter(e int) bool {
	j := ts.next(e + 1)
	return !ts.sentenceEndsAfter(e) && j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && clauseVerbs[ts.Toks[j].Norm]
}

// dateCorrection returns the last token of the correction that starts at
// token k after a date of birth ending at token end: a whole date, a day
// (with the year after it, if said) when the date ended in a day or a year
// follows the new day, or a year when the date ended in a year.
func (ts *Tokens) dateCorrection(end, k int) (int, bool) {
	if ts.dateStart(k) {
		if e, ok := ts.date(k); ok {
			return e, true
		}
	}
	d := k
	if ts.isWord(k, "the") {
		d = ts.next(k + 1)
	}
	if d < len(ts.Toks) && ts.dayToken(d) {
		if y := ts.yearAfter(d); y >= 0 {
			return y, true
		}
		if ts.dayToken(end) {
			return d, true
		}
	}
	if ts.yearToken(k) && ts.yearToken(end) {
		return k, true
	}
	return 0, false
}

// dayToken reports whether token j can be a day of the month: an ordinal
// or a number from 1 to 31.
func (ts *Tokens) dayToken(j int) bool {
	t := &ts.Toks[j]
	if t.Kind == KindOrdinal {
		return true
	}
	v, ok := atoiSmall(t.Norm)
	return t.Kind == KindNumber && ok && len(t.Norm) <= 2 && v >= 1 && v <= 31
}

// yearToken reports whether token j can be a year: two digits, or four
// that start with 19 or 20.
func (ts *Tokens) yearToken(j int) bool {
	t := &ts.Toks[j]
	return t.Kind == KindNumber && (len(t.Norm) == 2 || len(t.Norm) == 4 && (t.Norm[:2] == "19" || t.Norm[:2] == "20"))
}
