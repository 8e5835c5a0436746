package redact

// Self-repairs inside a value: a speaker takes back part of a number or a
// date they are reading out ("four five three, no, four five four ...",
// "June ninth, sorry, June tenth nineteen seventy one") and says the right
// one on. The recognizers that read such values ask repairAfter whether a
// repair follows what they read, and read the corrected part from there.
// What was taken back is redacted with the correction (it is the same
// value's digits, mistaken or not: fail closed).

// repairMarks are the words of which a repair needs one between the
// abandoned part and the corrected one; correctionWords (rec_phone.go) are
// the words that may stand between them at all ("no, wait, I mean", "let
// me start again").
var repairMarks = map[string]bool{"no": true, "sorry": true, "wait": true, "actually": true,
	"mean": true, "oops": true, "scratch": true, "correction": true, "nope": true, "again": true,
	"over": true, "rather": true, "mistake": true}

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
		if t.Kind != KindWord || t.Norm == "oh" || t.Norm == "o" || !correctionWords[t.Norm] && !repairMarks[t.Norm] {
			return k, marked // what the caller reads on from
		}
		if words >= maxRepairWords || ts.turn[t.Last] {
			return 0, false
		}
		words++
		marked = marked || repairMarks[t.Norm]
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
