package redact

import (
	"strings"

	"github.com/callveil/callveil/transcript"
)

// retypeRepeatedNumbers gives a number found only as a bare NUMBER the
// type of a finding elsewhere in the call with the same digits: "ZIP
// 94105-1234?" ... "yes, the full one, 94105-1234". readBackNumbers types
// a repeat only when no finding holds it; this one takes over the
// generic NUMBER finding (a repeat is said with no cue, so the number
// recognizer often gets it first). Values of five or more digits only; findings of other types are left
// alone. It changes found in place.
func retypeRepeatedNumbers(t *transcript.Transcript, streams []*Tokens, found []Finding) {
	typeAt := wordTypes(t, found)
	values := map[string]Type{}
	for _, ts := range streams {
		for k := range ts.Toks {
			tk := &ts.Toks[k]
			if tk.Kind != KindNumber {
				continue
			}
			typ := typeAt[ts.Words[tk.First]]
			if typ == "" || typ == Person || typ == Number || textTyped(typ) || typeAt[ts.Words[tk.Last]] != typ {
				continue
			}
			if v := strings.TrimLeft(tk.Norm, "0"); len(v) >= 5 {
				values[v] = typ
			}
		}
	}
	if len(values) == 0 {
		return
	}
	for fi := range found {
		f := &found[fi]
		if f.Type != Number {
			continue
		}
		var ts *Tokens
		for _, s := range streams {
			if s.Channel == f.Channel {
				ts = s
			}
		}
		if ts == nil {
			continue
		}
		a, b := ts.local(f.FirstWord), ts.local(f.LastWord)
		var k int
		for k = 0; k < len(ts.Toks) && ts.Toks[k].Last < a; k++ {
		}
		if k == len(ts.Toks) || ts.Toks[k].Kind != KindNumber || ts.Toks[k].First != a || ts.Toks[k].Last != b {
			continue // only a finding that is exactly one number
		}
		tk := &ts.Toks[k]
		if typ, ok := values[strings.TrimLeft(tk.Norm, "0")]; ok {
			f.Type = typ
			f.Recognizer = "read-back"
		}
	}
}
