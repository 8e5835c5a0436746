package redact

import "strings"

// Masked values: a social or card number written with all but its last
// four digits masked ("xxx-xx-6789", "***-**-6789", "XXXX-XXXX-XXXX-4412"),
// as an agent's screen or a letter shows it. The four digits left are a
// "last four", which is redacted like a spoken one.

// maskedLastFour returns the type of the masked value written as word w
// (SSN for the 3-2-4 layout, CARD for 4-4-4-4), or "" when w is none.
func maskedLastFour(w string) Type {
	w = strings.TrimRight(w, ".,;:!?)")
	groups := strings.Split(w, "-")
	if len(groups) < 3 {
		return ""
	}
	last := groups[len(groups)-1]
	if len(last) != 4 || !allDigits(last) {
		return ""
	}
	lens := make([]int, 0, len(groups))
	for _, g := range groups[:len(groups)-1] {
		if g == "" || strings.Trim(g, "xX*#•") != "" {
			return ""
		}
		lens = append(lens, len([]rune(g)))
	}
	switch {
	case len(lens) == 2 && lens[0] == 3 && lens[1] == 2:
		return SSN
	case len(lens) == 3 && lens[0] == 4 && lens[1] == 4 && lens[2] == 4:
		return Card
	}
	return ""
}

// maskedFindings appends a finding for each masked value among the
// channel's words.
func (ts *Tokens) maskedFindings(out []Finding) []Finding {
	for w := range ts.Words {
		t := ts.Word(w).Text
		if len(t) < 9 || !strings.ContainsAny(t, "xX*#•") {
			continue
		}
		if typ := maskedLastFour(t); typ != "" {
			out = append(out, ts.Finding(typ, w, w, 0.9, "masked-last-four"))
		}
	}
	return out
}
