package redact

import (
	"slices"
	"strings"
)

// resolve keeps the best of overlapping findings of one channel, and fails
// closed: a finding that loses words to a better one keeps the rest.
//
// The findings are taken best first (higher score, then the more specific
// type, then the longer one). One that overlaps no word taken before is
// kept whole. One that does (the loser) gives up the words the findings
// kept whole hold; then, losers best first, each run of a loser's other
// words that no finding holds yet is kept unless it carries nothing of its
// type (see remainder): next to a finding of the loser's type the run
// grows that finding (two recognizers saw one entity with different ends:
// the union is it), else it becomes a finding of the loser's own type,
// score and recognizer. So every word the findings kept whole hold stays
// theirs, and resolve redacts every word that dropping losers whole did,
// and more. So "12 Juniper Court apartment 4" losing "4
// ..." to a phone still redacts "12 Juniper Court", and "Maria Delgado"
// losing "Maria" to another type still redacts "Delgado". Each finding
// reads only its own words, so resolve stays linear in the words found.
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Resolution
// of overlaps that fails closed".
func (ts *Tokens) resolve(cand []Finding) []Finding {
	if len(cand) == 0 {
		return nil
	}
	type span struct {
		f    Finding
		a, b int // channel-local words
		spec int // specificity(f.Type)
	}
	ss := make([]span, len(cand))
	for i, f := range cand {
		ss[i] = span{f, ts.local(f.FirstWord), ts.local(f.LastWord), specificity(f.Type)}
	}
	// (Best first; a stable sort, so the order is the comparison's alone.)
	slices.SortStableFunc(ss, func(x, y span) int {
		switch {
		case x.f.Score != y.f.Score:
			return better(x.f.Score > y.f.Score)
		case x.spec != y.spec:
			return better(x.spec > y.spec)
		case x.b-x.a != y.b-y.a:
			return better(x.b-x.a > y.b-y.a)
		case x.a != y.a:
			return better(x.a < y.a)
		}
		return 0
	})
	owner := make([]int32, len(ts.Words)) // per channel-local word: 1 + the index in out of the finding holding it, or 0
	out := make([]Finding, 0, len(ss))
	take := func(k, a, b int) {
		for w := a; w <= b; w++ {
			owner[w] = int32(k + 1)
		}
	}
	var losers []int // indices into ss, best first
	for i, s := range ss {
		clash := false
		for w := s.a; w <= s.b; w++ {
			if owner[w] != 0 {
				clash = true
				break
			}
		}
		if clash {
			losers = append(losers, i)
			continue
		}
		take(len(out), s.a, s.b)
		out = append(out, s.f)
	}
	// Then each loser, best first, keeps each run of its words that no
	// finding holds. (After all the whole findings: a loser's rest must
	// not take words from a finding that wins whole, whose own rest might
	// be dropped, so keeping rests only adds to what the old resolution,
	// which dropped every loser, redacted.)
	for _, i := range losers {
		s := &ss[i]
		for w := s.a; w <= s.b; {
			if owner[w] != 0 {
				w++
				continue
			}
			ra := w
			for w <= s.b && owner[w] == 0 {
				w++
			}
			rb := w - 1
			a, b := ts.remainder(s.f.Type, ra, rb)
			if a > b {
				continue
			}
			// A finding of the loser's type right before or after the run
			// grows over it; else the run is a finding of its own.
			if ra > s.a && absorbs(out[owner[ra-1]-1].Type, s.f.Type) {
				k := int(owner[ra-1] - 1)
				ts.grow(&out[k], ts.Words[b], s.f.Recognizer)
				take(k, ra, b)
			} else if rb < s.b && absorbs(out[owner[rb+1]-1].Type, s.f.Type) {
				k := int(owner[rb+1] - 1)
				ts.grow(&out[k], ts.Words[a], s.f.Recognizer)
				take(k, a, rb)
			} else {
				take(len(out), a, b)
				out = append(out, ts.Finding(s.f.Type, a, b, s.f.Score, s.f.Recognizer))
			}
		}
	}
	return out
}

// absorbs reports whether a finding of type winner that took some of the
// words of a finding of type loser grows over the loser's rest next to
// it: one of the same type (two recognizers saw one entity with different
// ends), or an address that took the start of a name (the name was read
// from the street's last word and the town after it: "82, Avenue du Roi
// Albert, Namur", where "Namur" is the address's town, no person).
func absorbs(winner, loser Type) bool {
	return winner == loser || winner == Address && loser == Person
}

// grow widens f to transcript word gw (on f's channel) and names rec, the
// recognizer of the finding it took the words from, among its
// recognizers in word order ("person+person-intro"), each name once.
func (ts *Tokens) grow(f *Finding, gw int, rec string) {
	first, second := f.Recognizer, rec
	if gw < f.FirstWord {
		f.FirstWord, f.Start = gw, ts.Transcript.Words[gw].Start
		first, second = rec, f.Recognizer
	} else if gw > f.LastWord {
		f.LastWord, f.End = gw, ts.Transcript.Words[gw].End
	}
	var names []string
	for _, n := range strings.Split(first+"+"+second, "+") {
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	f.Recognizer = strings.Join(names, "+")
}

// remainder returns the part of channel-local words a..b, the words of a
// finding of type typ that no better finding holds, that is kept: the run
// without the fillers, punctuation and connecting words ("and", "at",
// "dot", "extension", ...) at its ends, or an empty range (a > b) when
// what is left carries nothing of its type. A number-valued type keeps at
// least two digits: a lone digit word beside a number that another finding
// holds is as often the pronoun "one" or the interjection "oh" as a digit
// ("oh" after a phone number, "the one, 4716...": the better finding's
// recognizer chose to leave it out), and a lone digit tells little of a
// number. A name keeps a word that is not a place ("Florida, M" lost "M"
// to a licence number: "Florida" is no name).
func (ts *Tokens) remainder(typ Type, a, b int) (int, int) {
	for a <= b && ts.edgeWord(a) {
		a++
	}
	for b >= a && ts.edgeWord(b) {
		b--
	}
	if a > b {
		return a, b
	}
	switch typ {
	case Phone, Card, CardCVV, CardExpiry, SSN, Account, IBAN, Routing, Medicare, Passport, License, PIN,
		IPAddress, ZIP, DOB, Number:
		n := 0
		for w := a; w <= b && n < 2; w++ {
			n += spokenDigits(ts.Lower(w), typ == DOB || typ == CardExpiry)
		}
		if n < 2 {
			return 1, 0
		}
	case Person:
		for w := a; w <= b; w++ {
			if l := ts.Lower(w); isAlpha(l) && !placeName(l) {
				return a, b
			}
		}
		return 1, 0
	}
	return a, b
}

// edgeWord reports whether channel-local word w is one a remainder does
// not start or end on: a filler, punctuation, or a word that connects the
// parts of a value or announces it but is none of it.
func (ts *Tokens) edgeWord(w int) bool {
	l := ts.Lower(w)
	return l == "" || isFillerWord(l) || !hasLetterOrDigit(l) || remainderConnectors[l]
}

// remainderConnectors are the words edgeWord trims from a remainder's
// ends.
var remainderConnectors = map[string]bool{"and": true, "or": true, "at": true, "on": true, "in": true, "of": true,
	"the": true, "to": true, "a": true, "an": true, "is": true, "it's": true, "my": true, "your": true,
	"dot": true, "dash": true, "hyphen": true, "underscore": true, "slash": true, "comma": true, "plus": true,
	"extension": true, "ext": true, "number": true, "by": true, "for": true, "with": true, "from": true}

// spokenDigits returns about how many digits the lowercase word l says:
// its numerals, one for a digit word or "oh", two for a teen or a tens
// word, and (with months) two for a month's name.
func spokenDigits(l string, withMonths bool) int {
	n := 0
	for _, p := range strings.Split(l, "-") {
		d := digitCount(p)
		if d == 0 {
			switch numWords[p].cls {
			case pDigit, pOh:
				d = 1
			case pTeen, pTens, pHundred:
				d = 2
			case pThousand:
				d = 3
			}
			if _, ok := months[p]; ok && withMonths {
				d = 2
			}
		}
		n += d
	}
	return n
}

// better is a comparison's result for two elements that differ: -1 when
// the first goes first.
func better(first bool) int {
	if first {
		return -1
	}
	return 1
}
