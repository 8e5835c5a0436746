package redact

import (
	"sort"
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
// must be sorted by FirstWord; the findings are changed in place, and
// letters that spell an address's street after a lead ("where elm is
// spelled e l m": spellingLeadJoins) join the address (the findings are
// returned without them). One pass over the findings, each looking back
// at one.
func spellingsTakeTheirValuesType(t *transcript.Transcript, all []Finding) []Finding {
	last := map[int]int{} // channel -> index in all of its latest value that is no PERSON
	joined := 0
	for i := range all {
		f := &all[i]
		if f.LastWord < 0 {
			continue
		}
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
			if g.Type == Address && spellingLeadJoins(t, all[j+1:i], g, f, l) {
				g.LastWord, g.End, g.Recognizer = f.LastWord, f.End, g.Recognizer+"+spelled-value"
				f.LastWord, joined = -1, joined+1 // (held by g now)
			}
		}
	}
	if joined == 0 {
		return all
	}
	kept := all[:0]
	for _, f := range all {
		if f.LastWord >= 0 {
			kept = append(kept, f)
		}
	}
	return kept
}

// spelledLetters returns the lowercase letters that f's one-letter words
// spell ("K O W", "N-O-V" count), or "" when f has a longer word between
// them.
func spelledLetters(t *transcript.Transcript, f *Finding) string {
	var letters []byte
	for k := f.FirstWord; k <= f.LastWord; k++ {
		w := &t.Words[k]
		if w.Channel != f.Channel {
			continue
		}
		n := len(letters)
		if letters = appendSpelled(letters, strings.Trim(w.Text, trimCutset)); len(letters) == n && n > 0 {
			return "" // (a word after the letters: no plain spelling)
		}
		// (the word spelled may open the finding: "Novotny, N O V ...")
	}
	return string(letters)
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

// spellingLeads may come between a value and its spelling: "Kowalczyk.
// It's spelled K O W ...", "Nguyen, that's N G U ...".
var spellingLeads = map[string]bool{"it's": true, "its": true, "it": true, "is": true, "spelled": true, "spelt": true,
	"spelling": true, "that's": true, "that": true, "so": true, "um": true, "uh": true}

// spellingsJoinTheirValues widens a PERSON, PASSWORD or USERNAME finding
// over the letters that spell one of its words right after it, by the
// same speaker on the same channel, lead-ins such as "it's spelled"
// between: single letters, a letter with a word of a spelling alphabet
// ("K as in kilo"), or letters joined by hyphens ("N-O-V"); after
// lead-ins the letters are a finding of the value's type of their own. The
// letters must spell the word exactly, so nothing else is taken. A finding
// wholly inside the letters is dropped (the widened value holds it); one
// that runs past them stops the widening. all must be sorted by
// FirstWord; the scan after each finding is bounded, so the pass is
// linear in the findings.
func spellingsJoinTheirValues(t *transcript.Transcript, all []Finding) []Finding {
	drop := 0
	var extra []Finding
	for i := range all {
		g := &all[i]
		if g.Type != Person && g.Type != Password && g.Type != Username || g.LastWord < 0 {
			continue
		}
		if !letterNear(t, g) {
			continue // (most findings: no allocation)
		}
		start, targets := spellingStart(t, g)
		if len(targets) == 0 {
			continue
		}
		from, end := spelledRun(t, g, start, targets)
		if end <= g.LastWord {
			continue
		}
		ok := true
		for j := i + 1; j < len(all) && all[j].FirstWord <= end; j++ {
			if all[j].Channel == g.Channel && all[j].FirstWord >= from && all[j].LastWord > end {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for j := i + 1; j < len(all) && all[j].FirstWord <= end; j++ {
			if all[j].Channel == g.Channel && all[j].FirstWord >= from && all[j].LastWord >= 0 {
				all[j].LastWord, drop = -1, drop+1 // (held by g now)
			}
		}
		if from <= g.LastWord+1 {
			g.LastWord, g.End, g.Recognizer = end, t.Words[end].End, g.Recognizer+"+spelled-value"
			continue
		}
		// After "it's spelled": the letters are a finding of their own.
		extra = append(extra, Finding{Type: g.Type, Start: t.Words[from].Start, End: t.Words[end].End, Channel: g.Channel,
			FirstWord: from, LastWord: end, Score: g.Score, Recognizer: g.Recognizer + "+spelled-value"})
	}
	if drop == 0 && len(extra) == 0 {
		return all
	}
	kept := all[:0]
	for _, f := range all {
		if f.LastWord >= 0 {
			kept = append(kept, f)
		}
	}
	kept = append(kept, extra...)
	sort.SliceStable(kept, func(a, b int) bool {
		if kept[a].FirstWord != kept[b].FirstWord {
			return kept[a].FirstWord < kept[b].FirstWord
		}
		return kept[a].Channel < kept[b].Channel
	})
	return kept
}

// spellingStart returns the words of g that a spelling may spell (three
// letters or more, folded to ASCII, no possessive) and the transcript
// word after the last of them, where a spelling may start.
func spellingStart(t *transcript.Transcript, g *Finding) (int, []string) {
	var targets []string
	start := -1
	for k := g.FirstWord; k <= g.LastWord; k++ {
		w := &t.Words[k]
		if w.Channel != g.Channel {
			continue
		}
		if key := foldASCII(nameKey(w.Text)); len(key) >= 3 && isAlpha(key) && !spellingLeads[key] {
			targets, start = append(targets, key), k+1
		}
	}
	return start, targets
}

// spelledRun reads the letters from transcript word start on, after at
// most three spellingLeads, and returns the first word of the letters and
// the last word of the longest run that spells one of targets exactly
// (-1 if none). It lowercases no word it need not.
func spelledRun(t *transcript.Transcript, g *Finding, start int, targets []string) (int, int) {
	spk := t.Words[g.LastWord].Speaker
	word := func(k int) (string, bool) {
		if k >= len(t.Words) || t.Words[k].Channel != g.Channel || t.Words[k].Speaker != spk {
			return "", false
		}
		return strings.Trim(t.Words[k].Text, trimCutset), true
	}
	k := start
	for n := 0; n < 3; n++ {
		w, ok := word(k)
		if !ok || len(w) > 8 || !spellingLeads[lowerWord(w)] {
			break
		}
		k++
	}
	var buf [64]byte
	letters, from, end := buf[:0], k, -1
	for units := 0; units < 40; units++ {
		w, ok := word(k)
		if !ok {
			break
		}
		n := len(letters)
		if letters = appendSpelled(letters, w); len(letters) == n || len(letters) > len(buf) {
			break
		}
		last := k
		if a, ok := word(k + 1); ok && len(w) == 1 && strings.EqualFold(a, "as") {
			if b, ok := word(k + 2); ok && (strings.EqualFold(b, "in") || strings.EqualFold(b, "for")) {
				if c, ok := word(k + 3); ok && len(c) >= 2 && c[0]|0x20 == letters[n] {
					last = k + 3 // "k as in kilo"
				}
			}
		}
		prefix := false
		for _, tg := range targets {
			if tg == string(letters) {
				end = last
			}
			prefix = prefix || strings.HasPrefix(tg, string(letters))
		}
		if !prefix {
			break
		}
		k = last + 1
	}
	return from, end
}

// appendSpelled appends to dst the lowercase letters that w spells, when
// w is one ASCII letter or letters joined by hyphens ("K", "n-o-v"), and
// returns dst unchanged otherwise.
func appendSpelled(dst []byte, w string) []byte {
	if len(w)%2 == 0 {
		return dst
	}
	n := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if i%2 == 1 {
			if w[i] != '-' {
				return dst[:n]
			}
			continue
		}
		if c < 'a' || c > 'z' {
			return dst[:n]
		}
		dst = append(dst, c)
	}
	return dst
}

// letterNear reports whether one of the last two words of g or the five
// words after it is a single letter or letters joined by a hyphen, as a
// spelling opens; it allocates nothing.
func letterNear(t *transcript.Transcript, g *Finding) bool {
	for k := max(g.FirstWord, g.LastWord-1); k < len(t.Words) && k <= g.LastWord+5; k++ {
		w := strings.Trim(t.Words[k].Text, trimCutset)
		if len(w) == 1 || len(w) == 3 && w[1] == '-' {
			return true
		}
	}
	return false
}

// streetSpellingLeads may come between a street and the letters that
// spell its name, with the name itself: "... first street, where first
// is spelled f i r s t", "... elm street that's elm spelled e l m".
var streetSpellingLeads = map[string]bool{"where": true, "were": true, "which": true, "and": true, "it's": true,
	"its": true, "is": true, "spelled": true, "spelt": true, "that's": true, "that": true, "so": true, "the": true,
	"name": true, "street": true, "um": true, "uh": true}

// spellingLeadJoins reports whether the letters f that spell word letters
// of the address g, said after it, may join it: the words between them
// are only such leads and the word spelled (at most six), and no other
// finding (between, the ones in all between g and f) holds one. The
// street's name said again there is the address's.
func spellingLeadJoins(t *transcript.Transcript, between []Finding, g, f *Finding, letters string) bool {
	if f.FirstWord-g.LastWord > 8 {
		return false
	}
	for _, b := range between {
		if b.Channel == f.Channel && b.LastWord >= 0 {
			return false
		}
	}
	n := 0
	for k := f.FirstWord - 1; k > g.LastWord; k-- {
		w := &t.Words[k]
		if w.Channel != f.Channel {
			continue
		}
		l := foldASCII(nameKey(w.Text))
		if n++; n > 6 || !streetSpellingLeads[l] && l != letters {
			return false
		}
	}
	return true
}
