package redact

// An amount said after the first digits of a ZIP is no rest of the ZIP:
// "and the ZIP code?" ... "nine oh." ... "mhm" ... "two hundred." The
// tokeniser reads one number over the sentence's end and the other
// speaker's backchannel ("nine oh two hundred", 90200), as it must for a
// ZIP said in one breath ("nine oh two hundred" may be one); after a
// break (a sentence's end, a pause of answerTurnGap or more, or the other
// speaker's words), a part said with "hundred" or "thousand" is an amount
// or a count, which no one reads a ZIP's last digits as. The ZIP
// recognizer leaves such a number; what was said before the break is too
// short to be flagged by itself (a first piece the answer rule may still
// take). A phone number's last four said as "twelve hundred" after a break
// is left to the phone rules: that is how people say them.

// amountAfterBreak reports whether number token i says digits with
// "hundred" or "thousand" after a break inside it (see above).
func (ts *Tokens) amountAfterBreak(i int) bool {
	tk := &ts.Toks[i]
	sh := ts.sh
	brk := -1
	for l := tk.First; l < tk.Last; l++ {
		a, b := ts.Words[l], ts.Words[l+1]
		if sh.sentEnd[a] || ts.turn[l] || sh.t.Words[b].Start-sh.t.Words[a].End >= answerTurnGap {
			brk = l
		}
	}
	if brk < 0 {
		return false
	}
	for l := brk + 1; l <= tk.Last; l++ {
		switch numWords[sh.lower[ts.Words[l]]].cls {
		case pHundred, pThousand:
			return true
		}
	}
	return false
}

// amountAt reports whether the number words from order position o, said
// in one breath, hold "hundred" or "thousand": after the other speaker's
// backchannel, an amount, not the rest of a ZIP the answer rule reads in
// parts ("nine four" ... "mhm" ... "two thousand for the deposit").
func (sh *shared) amountAt(o int) bool {
	for k := o; k < len(sh.order) && (k == o || sh.sameBreath(k)) && sh.number[sh.order[k]]; k++ {
		switch numWords[sh.lower[sh.order[k]]].cls {
		case pHundred, pThousand:
			return true
		}
	}
	return false
}
