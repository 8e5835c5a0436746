package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// extendNames widens person findings over words that the name runs on
// into, said in ways the name recognizers cut short. It changes found in
// place:
//
//   - an initial after a name: "all the best, meg c", "ask john b about
//     it". A single letter (not "a" or "i", which are words) right after
//     a name, with no pause between, that is not itself followed by a
//     single letter or "as" (spelling: "john j o h n", "okoro o as in
//     oscar").
//   - a surname that is a word, between a first name and a spoken email
//     whose mailbox repeats the first name: "tim cook, tim at apple dot
//     com", "bob stone bob dot stone at ...".
func extendNames(t *transcript.Transcript, found []Finding, typeAt []Type) {
	for fi := range found {
		f := &found[fi]
		if f.Type != Person {
			continue
		}
		ch := t.Words[f.LastWord].Channel
		next := func(i int) int {
			for j := i + 1; j < len(t.Words); j++ {
				if t.Words[j].Channel == ch {
					if t.Words[j].Speaker != t.Words[i].Speaker {
						return -1
					}
					return j
				}
			}
			return -1
		}
		j := next(f.LastWord)
		if j < 0 || t.Words[f.LastWord].Punct != "" && t.Words[f.LastWord].Punct != "." || typeAt[j] != "" {
			continue
		}
		w := lowerWord(t.Words[j].Text)
		if isInitial(w) {
			if k := next(j); k < 0 || !isInitial(lowerWord(t.Words[k].Text)) && !isLetterWord(lowerWord(t.Words[k].Text)) && lowerWord(t.Words[k].Text) != "as" {
				f.LastWord, f.End = j, t.Words[j].End
				typeAt[j] = Person
			}
			continue
		}
		if f.LastWord != f.FirstWord || t.Words[f.LastWord].Punct != "" || !isWordOfLetters(w) {
			continue
		}
		first := nameKey(t.Words[f.FirstWord].Text)
		k := next(j)
		if k < 0 || lowerWord(t.Words[k].Text) != first || t.Words[j].Punct == "." {
			continue
		}
		if m := next(k); m >= 0 {
			switch lowerWord(t.Words[m].Text) {
			case "at", "dot":
				f.LastWord, f.End = j, t.Words[j].End
				typeAt[j] = Person
			}
		}
	}
}

// isInitial reports whether w is a single letter that is no English word
// ("a", "i" are).
func isInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'b' && w[0] <= 'z' && w != "i"
}

// isLetterWord reports whether w is "a" or "i": a letter that may be
// spelled out as well as said as a word.
func isLetterWord(w string) bool { return w == "a" || w == "i" }

// isWordOfLetters reports whether w is two or more ASCII letters.
func isWordOfLetters(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// addressAfter reports whether an address starts right after token i: a
// number, then a street word ("road", "street", "way") within the next
// five tokens ("... with virginia thirty eighty two marlow road").
func (ts *Tokens) addressAfter(i int) bool {
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindNumber || ts.Word(ts.Toks[n].First).Speaker != ts.Word(ts.Toks[i].Last).Speaker {
		return false
	}
	for k := n + 1; k < len(ts.Toks) && k <= n+5; k++ {
		if ts.Toks[k].Kind == KindWord && streetSuffixes[ts.Toks[k].Norm] {
			return true
		}
	}
	return false
}

// streetNameAt reports whether a street's name starts at token m: one or
// two words and then a street word ("hesperian boulevard", "los gatos
// road"), all in one sentence.
func (ts *Tokens) streetNameAt(m int) bool {
	for n, k := 0, m; n < 3 && k < len(ts.Toks); n, k = n+1, ts.next(k+1) {
		if ts.Toks[k].Kind != KindWord {
			return false
		}
		if n > 0 && streetSuffixes[ts.Toks[k].Norm] {
			return true
		}
		if ts.sentenceEndsAfter(k) {
			return false
		}
	}
	return false
}

// doerVerbs are what a person does that a name opening a clause is the
// subject of: "Crystal will join the call", "jordan completed the
// shipment", "Hunter signed it".
var doerVerbs = map[string]bool{"completed": true, "signed": true, "joined": true, "said": true, "told": true,
	"asked": true, "mentioned": true, "emailed": true, "texted": true, "called": true, "replied": true,
	"agreed": true, "approved": true, "wrote": true}

// subjectNames finds a listed first name that is also a word or a place
// ("Crystal", "jordan", "hunter"), said with no cue as the subject of a
// clause: it opens the clause (the turn's start, after a sentence's end,
// or after "and", "so", "then") and a verb of doerVerbs, or "will join",
// follows it. Not a business or a brand of the name lists ("Chase
// approved your loan": a bank), though a country or a state is taken
// ("Jordan signed it" is read as a person); a name before another word
// is not the subject ("Mayo Clinic approved" has "Clinic" after it).
func subjectNames(t *transcript.Transcript, found []Finding, typeAt []Type) []Finding {
	cased := transcriptCased(t)
	var out []Finding
	for i := range t.Words {
		w := &t.Words[i]
		if w.Text == "" || typeAt[i] != "" || w.Punct != "" {
			continue
		}
		if c := w.Text[0]; c >= 'a' && c <= 'z' && cased {
			continue
		}
		prev, next, next2 := -1, -1, -1
		for p := i - 1; p >= 0; p-- {
			if t.Words[p].Channel == w.Channel {
				prev = p
				break
			}
		}
		for p := i + 1; p < len(t.Words) && next2 < 0; p++ {
			if t.Words[p].Channel == w.Channel {
				if next < 0 {
					next = p
				} else {
					next2 = p
				}
			}
		}
		if next < 0 || t.Words[next].Speaker != w.Speaker {
			continue
		}
		opensAfter := func(prev int) bool {
			if prev < 0 || t.Words[prev].Speaker != w.Speaker || strings.ContainsAny(t.Words[prev].Punct, ".?!") {
				return true
			}
			switch lowerWord(t.Words[prev].Text) {
			case "and", "so", "then", "sure", "yes", "okay":
				return true
			}
			return false
		}
		v := lowerWord(t.Words[next].Text)
		if !doerVerbs[v] && !(v == "will" && next2 >= 0 && lowerWord(t.Words[next2].Text) == "join") {
			continue
		}
		if !opensAfter(prev) {
			// Two words that only a name can be, opening the clause:
			// "thembile sibanda called yesterday", "Oksana Wrobel
			// approved it" (both in no English word list and no list
			// of places or brands; a first name from the lists counts
			// too).
			if prev >= 0 && typeAt[prev] == "" && t.Words[prev].Punct == "" && t.Words[prev].Speaker == w.Speaker {
				pp := -1
				for p := prev - 1; p >= 0; p-- {
					if t.Words[p].Channel == w.Channel {
						pp = p
						break
					}
				}
				if opensAfter(pp) && nameOnly(t.Words[prev].Text, cased, true) && nameOnly(w.Text, cased, false) {
					out = append(out, Finding{Type: Person, Channel: w.Channel, FirstWord: prev, LastWord: i,
						Start: t.Words[prev].Start, End: w.End, Score: 0.75, Recognizer: "person-subject"})
				}
			}
			continue
		}
		if k := nameKey(w.Text); names.IsFirstName(k) && !(names.IsPlaceOrBrand(k) && !names.IsMostlyPlace(k)) {
			out = append(out, Finding{Type: Person, Channel: w.Channel, FirstWord: i, LastWord: i,
				Start: w.Start, End: w.End, Score: 0.75, Recognizer: "person-subject"})
		}
	}
	return out
}

// nameOnly reports whether the word text can only be a name: a word of
// three or more letters in no English word list and no list of places or
// brands, capitalised in a cased transcript; as a first name (first), a
// listed first name that is no common word counts too ("maria").
func nameOnly(text string, cased, first bool) bool {
	if text == "" {
		return false
	}
	if cased {
		if c := text[0]; c < 'A' || c > 'Z' {
			return false
		}
	}
	k := nameKey(text)
	if len(k) < 3 || !isAlpha(k) || personStop[k] || notNames[k] || placeOrBrand(k) || placeName(k) || organisationWords[k] || deskWords[k] {
		return false
	}
	if first && names.IsFirstName(k) && !names.IsCommonWord(k) {
		return true
	}
	return !names.IsEnglishWord(k) && !plainWord(k) && !names.IsCommonWord(k)
}

// transcriptCased reports whether t writes capitals at all.
func transcriptCased(t *transcript.Transcript) bool {
	for i := range t.Words {
		if w := t.Words[i].Text; w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// listedSurnameNext reports whether the token after i, in the same
// sentence, is a word of the surname list ("bob stone", "bill hale"), in
// its use as one (surnameAfterName: not "will do").
func (ts *Tokens) listedSurnameNext(i int) bool {
	return !ts.sentenceEndsAfter(i) && ts.surnameAfterName(ts.next(i+1))
}
