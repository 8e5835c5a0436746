package redact

import "github.com/callveil/callveil/redact/internal/names"

// Towns whose first word is a first name. "Beverly Hills", "Virginia
// Beach", "Florence Park": a town of the world of two or three words
// (names.IsWorldTown, GeoNames) said in one breath reads as a first name
// and a surname to the name rules that have no cue ("I'm calling from
// Beverly Hills." took "Hills"; "Which branch?" "Beverly Hills." took
// both). townTrim drops a name found without a naming cue of its own
// (radioTrimmable: a vocative, a name alone, a subject, a name said again)
// whose every word lies inside such a town: the words of the run from its
// first word to its last have no punctuation between them and stand in one
// sentence. A naming cue keeps the name ("my name is Beverly Hills", "ask
// for Virginia Beach"), as does a cue for the same words elsewhere in the
// call (cuedPeople).
//
// What it cannot do: a person whose first name and surname make a town
// and who is called without a cue is dropped ("Thanks, Beverly Hills.");
// a town of fewer than 15,000 people is in no list and stays a name. It
// reads two words either side of a name, so the pass stays linear.
func townTrim(streams []*Tokens, all []Finding) []Finding {
	byChan := map[int]*Tokens{}
	for _, ts := range streams {
		byChan[ts.Channel] = ts
	}
	var people map[string]bool
	gathered := false
	out := all[:0]
	for _, f := range all {
		ts := byChan[f.Channel]
		if f.Type != Person || ts == nil || !radioTrimmable(f.Recognizer) {
			out = append(out, f)
			continue
		}
		first, last := ts.local(f.FirstWord), ts.local(f.LastWord)
		if !ts.insideTown(first, last) {
			out = append(out, f)
			continue
		}
		if !gathered {
			people, gathered = cuedPeople(all, byChan), true
		}
		if people[ts.lw(first)] || people[ts.lw(last)] {
			out = append(out, f)
			continue
		}
	}
	return out
}

// insideTown reports whether channel-local words first..last lie inside a
// run of two or three words, unbroken by punctuation, that names a town of
// the world.
func (ts *Tokens) insideTown(first, last int) bool {
	if last-first > 2 {
		return false
	}
	var buf [3]string
	for s := last - 2; s <= first; s++ {
		if s < 0 {
			continue
		}
		for e := max(last, s+1); e <= s+2 && e < len(ts.Words); e++ {
			ws := buf[:0]
			ok := true
			for l := s; l <= e; l++ {
				if l < e && (ts.breakAfter(l) || ts.Word(l).Punct != "") {
					ok = false
					break
				}
				ws = append(ws, ts.lw(l))
			}
			if ok && names.IsWorldTown(ws...) {
				return true
			}
		}
	}
	return false
}
