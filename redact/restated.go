package redact

import (
	"sort"
	"strings"

	"github.com/callveil/callveil/transcript"
)

// restatedNumbers finds numbers that restate part of a found one or
// correct it, after readBackNumbers has typed the exact read-backs:
//
//   - a part read again: "can you repeat the last part?" ... "ninety nine
//     oh six" after a card ending 9906. A number of four or more digits
//     that is the start or the end of a found number of at least three
//     more digits, said within restateWords words after it, gets its
//     type.
//   - a correction: "my PIN is 90210, no wait, that's my zip, it's 7741";
//     "5015 ... no wait, 5050". A number of three or more digits that the
//     same speaker says right after taking back a found number (a
//     correction word, "no", "wait", "sorry", "actually", "I mean", among
//     their first three words after it, and at most correctionLeads
//     words before the new number; no other number of theirs between)
//     takes that number's type when its length is within one digit of it;
//     a shorter number right after a repair that follows a found one
//     ("412 55 9071, no, sorry, 9017") says its end again and takes its
//     type, from two digits on (repairedEndOf).
//
// Numbers held by another finding are left alone; the findings come in
// the order of the words, so a correction of a correction follows the
// chain.
func restatedNumbers(t *transcript.Transcript, streams []*Tokens, found []Finding, typeAt []Type) []Finding {
	type value struct {
		digits string
		typ    Type
		last   int // transcript word
	}
	var values []value
	for _, ts := range streams {
		for k := range ts.Toks {
			tk := &ts.Toks[k]
			if tk.Kind != KindNumber || len(tk.Norm) < 7 {
				continue
			}
			if typ := typeAt[ts.Words[tk.First]]; restatable(typ) {
				values = append(values, value{tk.Norm, typ, ts.Words[tk.Last]})
			}
		}
	}
	sort.Slice(values, func(a, b int) bool { return values[a].last < values[b].last })
	var out []Finding
	for _, ts := range streams {
		for k := range ts.Toks {
			tk := &ts.Toks[k]
			if tk.Kind != KindNumber || len(tk.Norm) < 2 || !ts.free(typeAt, k) {
				continue
			}
			if cat, _ := ts.numberCue(k, 8); cat == cueNotPII || cat == cueRef || ts.isAmount(k) || ts.countedBy(k) {
				continue // "no, sorry, that was back in 2019", "no, 1200 dollars": a value of its own
			}
			if ts.isWord(ts.prev(k-1), "not") {
				continue // "it ends in 1881, not 1882": the number denied
			}
			typ, n, ok := ts.repairedEndOf(typeAt, k)
			if !ok && len(tk.Norm) < 3 {
				continue
			}
			if !ok {
				typ, ok = ts.correctionOf(typeAt, k)
			}
			if !ok && len(tk.Norm) >= 4 {
				gw := ts.Words[tk.First]
				from := sort.Search(len(values), func(a int) bool { return values[a].last >= gw-restateWords })
				for _, v := range values[from:] {
					if v.last >= gw {
						break
					}
					if len(v.digits) >= len(tk.Norm)+3 &&
						(strings.HasSuffix(v.digits, tk.Norm) || strings.HasPrefix(v.digits, tk.Norm)) {
						typ, ok = v.typ, true
						break
					}
				}
			}
			if !ok {
				continue
			}
			first, last := tk.First, tk.Last
			if n > 0 && n < len(tk.Norm) && ts.countFollows(k) {
				first, last = tk.Words(0, n) // (the repaired end only, not "3 of them" after it)
			}
			out = append(out, ts.Finding(typ, first, last, 0.85, "restated"))
			for w := first; w <= last; w++ {
				typeAt[ts.Words[w]] = typ
			}
		}
	}
	return out
}

const (
	restateWords    = 60 // words after a found number in which a part of it is read again
	correctionLeads = 9  // words between a correction word and the number it brings
	correctionReach = 40 // tokens back from a correction to the number it corrects
)

// repairedEndOf returns the type of the found number whose end the number
// at token k says again: the number just before it, with only a repair
// between (repairAfter: "412 55 9071, no, sorry, 9017"; "nine oh two one
// one, sorry, one oh"), longer than the new digits and of a type a
// restatement may take. It also returns how many of k's digits say the
// end again: all of them, or the groups of k that replace whole groups at
// the found number's end when the rest does not (endGroups: "415 555
// 0199, no, 0198, 3 of them" says 0198 again; the 3 is a count).
func (ts *Tokens) repairedEndOf(typeAt []Type, k int) (Type, int, bool) {
	j := ts.prev(k - 1)
	for n := 0; n <= maxRepairWords && j >= 0 && ts.Toks[j].Kind == KindWord; n++ {
		j = ts.prev(j - 1)
	}
	if j < 0 || ts.Toks[j].Kind != KindNumber || len(ts.Toks[j].Norm) <= len(ts.Toks[k].Norm) {
		return "", 0, false
	}
	if r, ok := ts.repairAfter(j); !ok || r != k {
		return "", 0, false
	}
	typ := typeAt[ts.Words[ts.Toks[j].Last]]
	return typ, endGroups(ts.Toks[j].Groups, ts.Toks[k].Groups, len(ts.Toks[k].Norm)), restatable(typ)
}

// endGroups returns how many of a correction's n digits, said in the
// groups got, restate whole groups at the end of a number said in the
// groups was: n when all of them do, or when no shorter run of got's
// first groups does (fail closed: a number spoken in one run, "nine oh
// two one one", has no groups to align); else the digits of the longest
// run of got's first groups whose count is that of was's last few groups
// ("415 555 0199" and "0198, 3": 4).
func endGroups(was, got []int, n int) int {
	ends := func(d int) bool { // d digits are was's last few groups
		for g, sum := len(was)-1, 0; g >= 1 && sum < d; g-- {
			if sum += was[g]; sum == d {
				return true
			}
		}
		return false
	}
	if len(got) < 2 || ends(n) {
		return n
	}
	best := n
	for g, sum := 0, 0; g < len(got)-1; g++ {
		if sum += got[g]; ends(sum) {
			best = sum
		}
	}
	return best
}

// restatable reports whether a finding of type typ holds a number that a
// restatement may take the type of.
func restatable(typ Type) bool {
	switch typ {
	case "", Person, Number, Email, URL, Password, Username, Address, DOB:
		return false
	}
	return true
}

// free reports whether no finding holds a word of token k.
func (ts *Tokens) free(typeAt []Type, k int) bool {
	for w := ts.Toks[k].First; w <= ts.Toks[k].Last; w++ {
		if typeAt[ts.Words[w]] != "" {
			return false
		}
	}
	return true
}

// correctionOf returns the type of the found number that the number at
// token k corrects (see restatedNumbers): the speaker's nearest number of
// three or more digits before it, within correctionReach tokens, when one
// of the speaker's first three words after that number takes it back and
// the number at k follows within correctionLeads words of that.
func (ts *Tokens) correctionOf(typeAt []Type, k int) (Type, bool) {
	tk := &ts.Toks[k]
	me := &ts.Transcript.Words[ts.Words[tk.First]]
	var after [correctionReach]int32 // the speaker's tokens between, last first
	na := 0
	for j, n := k-1, 0; j >= 0 && n < correctionReach; j, n = j-1, n+1 {
		p := &ts.Toks[j]
		if p.Kind == KindFiller || p.Kind == KindPunct || ts.Transcript.Words[ts.Words[p.First]].Speaker != me.Speaker {
			continue // (another speaker on this channel)
		}
		switch p.Kind {
		case KindNumber:
			if len(p.Norm) >= 3 {
				typ := typeAt[ts.Words[p.First]]
				if !restatable(typ) || len(p.Norm) > len(tk.Norm)+1 || len(tk.Norm) > len(p.Norm)+1 {
					return "", false
				}
				// after[na-1] is the first token after the found number.
				for m := na - 1; m >= 0 && m >= na-3; m-- {
					if t := &ts.Toks[after[m]]; t.Kind == KindWord && correctionMarks[t.Norm] {
						return typ, m+1 <= correctionLeads
					}
				}
				return "", false
			}
			// "the old one", "two of them"
		case KindAlnum, KindDate, KindMeasure:
			return "", false
		}
		after[na] = int32(j)
		na++
	}
	return "", false
}

// correctionMarks are the words with which a speaker takes back a number
// they just gave ("no wait", "sorry, I mean", "actually").
var correctionMarks = withWords(map[string]bool{"instead": true, "wrong": true}, takeBackWords...)

// resumedNumber looks for the rest of the number at token i when the
// speaker broke it off with a few correction or filler words ("six one
// seven five five five, I mean, oh one two six"; "nine oh, wait, two one
// oh"): the next number within five such words in the same turn, when
// the digits of both together have a length fits accepts. (When the second
// number restarts the first, "four one two, sorry, four one three two two
// ...", the lengths do not add up, and the restart stands alone.) A
// number split from it only by the end of a sentence counts too, and so
// does one that restarts from the last digit or two ("six seven eight...
// sorry, eight nine": repairsEnd). It returns the rest's token.
func (ts *Tokens) resumedNumber(i int, fits func(n int) bool) (int, bool) {
	n, words, prev := len(ts.Toks[i].Norm), 0, i
	for k := ts.next(i + 1); k < len(ts.Toks); prev, k = k, ts.next(k+1) {
		if ts.turn[ts.Toks[prev].Last] || k > prev+1 && ts.turn[ts.Toks[k-1].Last] {
			return 0, false
		}
		t := &ts.Toks[k]
		switch t.Kind {
		case KindNumber:
			if words == 0 && !ts.sentenceEndsAfter(prev) || !fits(n+len(t.Norm)) && !repairsEnd(ts.Toks[i].Norm, t.Norm, n, fits) {
				// (Numbers split only by a sentence's end join too: "It's
				// five one two. Five five five. Oh one four four.")
				return 0, false
			}
			return k, true
		case KindWord:
			if words++; words > 5 || !t.in(wcCorrectionWords) && t.Norm != "oh" && t.Norm != "it's" {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	return 0, false
}

// repairsEnd reports whether the digits b, said after a break, restart
// the number a (n digits) from its last one or two digits ("six seven
// eight... sorry, eight nine") so that together they have a length fits
// accepts. A restart from a's first digit ("six oh, oh sorry, six oh six
// one four") is a new number, not a repair.
func repairsEnd(a, b string, n int, fits func(n int) bool) bool {
	for o := 1; o <= 2 && o < len(b) && o < len(a); o++ {
		if a[len(a)-o:] == b[:o] && fits(n+len(b)-o) {
			return true
		}
	}
	return false
}

// countFollows reports whether the words after number token k make its
// last group a count: "of" ("2 of those"), "more" ("3 more") or a unit
// noun (countedBy: "2 phones"). Without one, the groups after a restated
// end are taken as more of its digits (fail closed: "0198 45").
func (ts *Tokens) countFollows(k int) bool {
	if ts.sentenceEndsAfter(k) {
		return false
	}
	return ts.countedBy(k) || ts.isWord(ts.next(k+1), "of", "more")
}

// countedBy reports whether a unit noun follows number token k ("300
// people", "two weeks"): a count corrects no identifier.
func (ts *Tokens) countedBy(k int) bool {
	j := ts.next(k + 1)
	return j < len(ts.Toks) && ts.Toks[j].Kind == KindWord && countNouns[ts.Toks[j].Norm]
}
