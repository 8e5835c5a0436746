package redact

import (
	"slices"
	"sort"
	"strings"

	"github.com/callveil/callveil/transcript"
)

// retypeAnotherOne types a number given for "the one" asked for after a
// number was given: "My SSN: 123 45 6789." ... "And the one on the joint
// account?" ... "123.45.6789". "The one" stands for the noun of the value
// just given (a social), so the words after it ("on the joint account")
// qualify it and are no cue of their own. A number finding of a numeric
// type that is exactly one number token, with "the one", "the other one",
// "that one" or "another one" at most anotherOneReach words before it and
// no other number between, takes the type of the last typed number before
// that "one" (within correctionReachWords words) of the same length. It
// changes found in place.
func retypeAnotherOne(t *transcript.Transcript, streams []*Tokens, found []Finding, types *wordTypeIndex) {
	asked := false // (most calls ask for no "one": skip the per-word types)
	for fi := range found {
		if f := &found[fi]; (f.Type == Number || restatable(f.Type)) && anotherOneBefore(t, f.FirstWord) >= 0 {
			asked = true
			break
		}
	}
	if !asked {
		return
	}
	values := typedLongNumbers(streams, types.of(found))
	if len(values) < 2 {
		return // the one asked for and one before it
	}
	for fi := range found {
		f := &found[fi]
		if f.Type != Number && !restatable(f.Type) {
			continue
		}
		tk, ok := exactNumber(streams, f)
		if !ok || len(tk.Norm) < 7 {
			continue
		}
		one := anotherOneBefore(t, f.FirstWord)
		if one < 0 {
			continue
		}
		// The values before "one", nearest first (a binary search keeps a
		// call full of such questions linear).
		v := sort.Search(len(values), func(v int) bool { return values[v].last >= one }) - 1
		for ; v >= 0 && one-values[v].last <= correctionReachWords; v-- {
			if values[v].n == len(tk.Norm) {
				if values[v].typ != f.Type {
					f.Type = values[v].typ
					f.Recognizer = "another-one"
				}
				break
			}
		}
	}
}

// anotherOneReach is how many words before a number "the one" that asks
// for it may be.
const anotherOneReach = 10

// anotherOneBefore returns the word "one" of "the one", "the other one",
// "that one" or "another one" within anotherOneReach words before word w,
// with no digit word between, or -1.
func anotherOneBefore(t *transcript.Transcript, w int) int {
	// (Compared without lowercasing, which would allocate for every
	// capitalised word before every number.)
	for p := w - 1; p >= 0 && w-p <= anotherOneReach; p-- {
		l := t.Words[p].Text
		if nw, ok := numWords[l]; ok && nw.cls != pFiller && l != "one" || l != "" && l[0] >= '0' && l[0] <= '9' {
			return -1
		}
		if !strings.EqualFold(l, "one") || p == 0 {
			continue
		}
		for _, d := range [...]string{"the", "other", "that", "another"} {
			if strings.EqualFold(t.Words[p-1].Text, d) {
				return p
			}
		}
	}
	return -1
}

// readBackDates finds a date of birth said again in another order or
// form: "DOB 03/15/1989" ... "I'll record it as 1989-03-15", "nineteen
// eighty nine oh three fifteen". A full date (a four-digit year, a month
// and a day) that no finding holds, whose year, month and day are those of
// a found DOB, is that DOB.
func readBackDates(t *transcript.Transcript, streams []*Tokens, found []Finding, typeAt []Type) []Finding {
	if !slices.ContainsFunc(found, func(f Finding) bool { return f.Type == DOB }) {
		return nil
	}
	keys := map[dateKey]bool{}
	for _, ts := range streams {
		for k := range ts.Toks {
			tk := &ts.Toks[k]
			if typeAt[ts.Words[tk.First]] != DOB {
				continue
			}
			if key, ok := fullDateKey(tk); ok {
				keys[key] = true
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	var out []Finding
	for _, ts := range streams {
		for k := range ts.Toks {
			tk := &ts.Toks[k]
			if tk.Kind != KindDate && tk.Kind != KindNumber || !ts.free(typeAt, k) {
				continue
			}
			if key, ok := fullDateKey(tk); ok && keys[key] {
				out = append(out, ts.TokenFinding(DOB, k, k, 0.85, "read-back"))
			}
		}
	}
	return out
}

// dateKey is a full date with its month and day in either order (a read
// back may swap them, as US and other writers do).
type dateKey struct{ year, lo, hi int }

// fullDateKey reads token tk as a full date with a four-digit year: a
// written date of three parts ("03/15/1989", "1989-03-15", "15.03.1989")
// or eight digits, year first or last ("19890315", "03151989").
func fullDateKey(tk *Token) (dateKey, bool) {
	var parts [3]string
	switch tk.Kind {
	case KindDate:
		n, start := 0, 0
		for k := 0; k <= len(tk.Norm); k++ {
			if k == len(tk.Norm) || tk.Norm[k] == '/' || tk.Norm[k] == '-' || tk.Norm[k] == '.' {
				if n == 3 {
					return dateKey{}, false
				}
				parts[n], n, start = tk.Norm[start:k], n+1, k+1
			}
		}
		if n != 3 {
			return dateKey{}, false
		}
	case KindNumber:
		d := tk.Norm
		if len(d) != 8 {
			return dateKey{}, false
		}
		if d[:2] == "19" || d[:2] == "20" {
			parts = [3]string{d[:4], d[4:6], d[6:]}
		} else {
			parts = [3]string{d[:2], d[2:4], d[4:]}
		}
	default:
		return dateKey{}, false
	}
	y, a, b := parts[0], parts[1], parts[2]
	if len(parts[2]) == 4 {
		y, a, b = parts[2], parts[0], parts[1]
	}
	if len(y) != 4 || !(y[:2] == "19" || y[:2] == "20") {
		return dateKey{}, false
	}
	yv, ok1 := atoiSmall(y)
	av, ok2 := atoiSmall(a)
	bv, ok3 := atoiSmall(b)
	if !ok1 || !ok2 || !ok3 || av < 1 || bv < 1 || av > 31 || bv > 31 || av > 12 && bv > 12 {
		return dateKey{}, false
	}
	return dateKey{yv, min(av, bv), max(av, bv)}, true
}
