package redact

// The NUMBER recognizer: the catch-all for long digit runs. The digit
// recognizers (phone, card, SSN, account, ZIP, number) all read KindNumber
// tokens and the nearest number cue before them (numberCues).

type numberRecognizer struct{}

func (numberRecognizer) Name() string { return "number" }

func (numberRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindNumber:
			if len(tk.Norm) >= 7 {
				// The catch-all: any type that explains the run wins.
				out = append(out, ts.TokenFinding(Number, i, i, 0.5, "number"))
			}
		case KindAlnum:
			digits := 0
			for k := 0; k < len(tk.Norm); k++ {
				if tk.Norm[k] >= '0' && tk.Norm[k] <= '9' {
					digits++
				}
			}
			if digits >= 7 {
				out = append(out, ts.TokenFinding(Number, i, i, 0.5, "number"))
			}
		}
	}
	return out
}
