package redact

// A ZIP said before a range or a count: "ZIP code?" ... "94110, 2 to 3
// days for delivery", "nine four one one oh two or three days". The
// tokeniser joins the ZIP's digits and the range's first number into one
// number of six to eight digits (941102), which is no ZIP, so the ZIP was
// lost, and a rule that grew it would take the range. zipBeforeRange
// reads the first five digits as the ZIP when they end a word, the number
// is cued or asked for as a ZIP, and what follows the digits after them
// makes those a range or a count: "to" or "or" and a number, then a noun
// of what is counted ("days", "weeks", "dollars": countNouns), or that
// noun right away ("94110, 2 days"). The range is left alone.

// zipBeforeRange returns the channel-local word that ends a ZIP said as the
// first five digits d of number token i before a range or a count (see
// above).
func (ts *Tokens) zipBeforeRange(i int, d string) (int, bool) {
	tk := &ts.Toks[i]
	if len(d) < 6 || len(d) > 8 || len(tk.pos) != len(tk.Norm) || len(d) != len(tk.Norm) || tk.pos[5] == tk.pos[4] {
		return 0, false
	}
	j := ts.next(i + 1)
	if j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && (ts.Toks[j].Norm == "to" || ts.Toks[j].Norm == "or") {
		j = ts.next(j + 1)
		if j >= len(ts.Toks) || ts.Toks[j].Kind != KindNumber || len(ts.Toks[j].Norm) > 2 {
			return 0, false
		}
		j = ts.next(j + 1)
	}
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || !countNouns[ts.Toks[j].Norm] {
		return 0, false
	}
	if cat, _ := ts.numberCue(i, cueWindow); cat != cueZIP {
		return 0, false
	}
	return int(tk.pos[4]), true
}
