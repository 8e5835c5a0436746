package redact

import (
	"strings"

	"github.com/callveil/callveil/transcript"
)

// spellingGap is how many transcript words may come between a value and
// its spelling ("Brennan." "How do you spell that?" "B R E N N A N").
const spellingGap = 30

// spellingsTakeTheirValuesType gives a PERSON finding of spelled letters
// the type of the value it spells: a finding of another type, said just
// before by the same speaker, that holds the word the letters spell. A
// security answer spelled out ("my mother's maiden name is Kowalczyk.
// It's spelled K O W A L C Z Y K") is the answer again, a PASSWORD, not a
// name of its own; letters that spell another word stay a PERSON. all
// must be sorted by FirstWord; the findings are changed in place. One
// pass over the findings, each looking back at one.
func spellingsTakeTheirValuesType(t *transcript.Transcript, all []Finding) {
	last := map[int]int{} // channel -> index in all of its latest value that is no PERSON
	for i := range all {
		f := &all[i]
		if f.Type != Person {
			if f.Type != Number {
				last[f.Channel] = i
			}
			continue
		}
		j, ok := last[f.Channel]
		if !ok {
			continue
		}
		g := &all[j]
		if g.LastWord >= f.FirstWord || f.FirstWord-g.LastWord > spellingGap ||
			t.Words[g.LastWord].Speaker != t.Words[f.FirstWord].Speaker {
			continue
		}
		if l := spelledLetters(t, f); len(l) >= 3 && holdsWord(t, g, l) {
			f.Type, f.Recognizer = g.Type, f.Recognizer+"+spelled-value"
		}
	}
}

// spelledLetters returns the lowercase letters that f's one-letter words
// spell ("K O W", "N-O-V" count), or "" when f has a longer word between
// them.
func spelledLetters(t *transcript.Transcript, f *Finding) string {
	var b strings.Builder
	for k := f.FirstWord; k <= f.LastWord; k++ {
		w := &t.Words[k]
		if w.Channel != f.Channel {
			continue
		}
		for _, part := range strings.Split(lowerWord(w.Text), "-") {
			if len(part) != 1 || part[0] < 'a' || part[0] > 'z' {
				if b.Len() > 0 {
					return "" // (a word after the letters: no plain spelling)
				}
				continue // (the word spelled may open the finding: "Novotny, N O V ...")
			}
			b.WriteString(part)
		}
	}
	return b.String()
}

// holdsWord reports whether one of g's words on its channel, lowercased,
// folded to ASCII and without a possessive, is letters.
func holdsWord(t *transcript.Transcript, g *Finding, letters string) bool {
	for k := g.FirstWord; k <= g.LastWord; k++ {
		if w := &t.Words[k]; w.Channel == g.Channel && foldASCII(nameKey(w.Text)) == letters {
			return true
		}
	}
	return false
}
