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
		if ts.Toks[k].Kind == KindWord && ts.Toks[k].in(wcStreetSuffixes) {
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
		if n > 0 && ts.Toks[k].in(wcStreetSuffixes) {
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
// ("Crystal", "jordan", "hunter"), or a word that can only be a name
// (nameOnly, not in capitals: "Ingeborg", "dragica"), said with no cue as
// the subject of a clause: it opens the clause (the turn's start, after a
// sentence's end, or after a clauseLeadIns word: "and", "then", "yeah",
// "honestly") and a verb of doerVerbs, or "will join", or a desk follows
// it ("Siosaia at reception", "Oyelaran from billing": deskAfter). Not a business or a brand of the name lists ("Chase
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
			return clauseLeadIns[lowerWord(t.Words[prev].Text)]
		}
		v := lowerWord(t.Words[next].Text)
		if !doerVerbs[v] && !(v == "will" && next2 >= 0 && lowerWord(t.Words[next2].Text) == "join") && !deskAfter(t, next) {
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
						Start: t.Words[prev].Start, End: w.End, Score: 0.75, Recognizer: "person-clause-subject"})
				}
			}
			continue
		}
		if k := nameKey(w.Text); names.IsFirstName(k) && !(names.IsPlaceOrBrand(k) && !names.IsMostlyPlace(k)) || nameOnly(w.Text, cased, true) && strings.ToUpper(w.Text) != w.Text &&
			!(next2 >= 0 && theyWords[lowerWord(t.Words[next2].Text)]) { // (not "Carmax said they'd": a company)
			out = append(out, Finding{Type: Person, Channel: w.Channel, FirstWord: i, LastWord: i,
				Start: w.Start, End: w.End, Score: 0.75, Recognizer: "person-clause-subject"})
		}
	}
	return out
}

// namesLeftOpen widens a person finding of two or more words over a word
// before it that can only be a name (nameOnly) when that word opens its
// clause (clauseLeadIns, a sentence's or the turn's start): the given name
// of a three-part name that the recognizers cut short ("honestly mari
// [ann kask] at the front desk"). It changes found in place and marks
// the word in typeAt.
func namesLeftOpen(t *transcript.Transcript, found []Finding, typeAt []Type) {
	cased := transcriptCased(t)
	prevOf := func(i int) int {
		for p := i - 1; p >= 0; p-- {
			if t.Words[p].Channel == t.Words[i].Channel {
				return p
			}
		}
		return -1
	}
	for fi := range found {
		f := &found[fi]
		if f.Type != Person || f.LastWord == f.FirstWord {
			continue
		}
		p := prevOf(f.FirstWord)
		if p < 0 || typeAt[p] != "" || t.Words[p].Punct != "" || t.Words[p].Speaker != t.Words[f.FirstWord].Speaker ||
			!nameOnly(t.Words[p].Text, cased, true) || strings.ToUpper(t.Words[p].Text) == t.Words[p].Text {
			continue
		}
		pp := prevOf(p)
		if pp >= 0 && t.Words[pp].Speaker == t.Words[p].Speaker && !strings.ContainsAny(t.Words[pp].Punct, ".?!") && !clauseLeadIns[lowerWord(t.Words[pp].Text)] {
			continue
		}
		f.FirstWord, f.Start = p, t.Words[p].Start
		typeAt[p] = Person
	}
}

// byParticiples are what a person did to a thing that "by" and their name
// may follow: "signed for by", "picked up by", "approved by".
var byParticiples = map[string]bool{"signed": true, "received": true, "collected": true, "picked": true,
	"taken": true, "approved": true, "handled": true, "delivered": true, "accepted": true, "processed": true,
	"authorised": true, "authorized": true, "sent": true, "answered": true, "dropped": true,
	"brought": true, "booked": true, "placed": true, "cancelled": true, "canceled": true}

// byAgentNames finds the name of the person who did something to a thing,
// after a participle and "by" ("the parcel was signed for by lalit
// bharati", "it was picked up by Tormod Caimbeul"): one word that can only
// be a name (nameOnly) or a listed first name that is no plain word, and a
// second such word or listed surname after it in the same sentence; a
// listed first name may stand alone ("approved by Ingeborg"), a word in
// no list may not ("delivered by Evri": a courier, a lender or a bank).
func byAgentNames(t *transcript.Transcript, typeAt []Type) []Finding {
	cased := transcriptCased(t)
	var out []Finding
	nextOf := func(i int) int {
		for p := i + 1; p < len(t.Words); p++ {
			if t.Words[p].Channel == t.Words[i].Channel {
				if t.Words[p].Speaker != t.Words[i].Speaker {
					return -1
				}
				return p
			}
		}
		return -1
	}
	prevOf := func(i int) int {
		for p := i - 1; p >= 0; p-- {
			if t.Words[p].Channel == t.Words[i].Channel {
				if t.Words[p].Speaker != t.Words[i].Speaker || strings.ContainsAny(t.Words[p].Punct, ".?!,") {
					return -1
				}
				return p
			}
		}
		return -1
	}
	for i := range t.Words {
		if w := t.Words[i].Text; len(w) != 2 || w[0]|0x20 != 'b' || w[1]|0x20 != 'y' || t.Words[i].Punct != "" {
			continue // (not lowerWord: it allocates for every capitalised word)
		}
		p := prevOf(i)
		if p >= 0 {
			if l := lowerWord(t.Words[p].Text); l == "for" || l == "up" || l == "off" {
				p = prevOf(p)
			}
		}
		if p < 0 || !byParticiples[lowerWord(t.Words[p].Text)] {
			continue
		}
		a := nextOf(i)
		if a < 0 || typeAt[a] != "" {
			continue
		}
		k := nameKey(t.Words[a].Text)
		if !nameOnly(t.Words[a].Text, cased, true) && !(names.IsFirstName(k) && !plainWord(k) && (!cased || nameOnly(t.Words[a].Text, cased, true) || isCapitalised(t.Words[a].Text))) ||
			strings.ToUpper(t.Words[a].Text) == t.Words[a].Text {
			continue
		}
		last := a
		if b := nextOf(a); b >= 0 && typeAt[b] == "" && !strings.ContainsAny(t.Words[a].Punct, ".?!,") {
			kb := nameKey(t.Words[b].Text)
			if nameOnly(t.Words[b].Text, cased, false) || names.IsSurname(kb) && !plainWord(kb) && (!cased || isCapitalised(t.Words[b].Text)) {
				last = b
			}
		}
		if last == a && !names.IsFirstName(k) {
			continue // "delivered by Evri", "approved by Klarna": a courier or a lender as often as a person
		}
		if !nameEndsPhrase(t, last, nextOf, cased) {
			continue // "... by Rehoboth Methodist Church", "by Crain And Feed ...": a business
		}
		out = append(out, Finding{Type: Person, Channel: t.Words[a].Channel, FirstWord: a, LastWord: last,
			Start: t.Words[a].Start, End: t.Words[last].End, Score: 0.75, Recognizer: "person-by"})
	}
	return out
}

// nameEndsPhrase reports whether a name ending at transcript word last
// ends its phrase rather than opening a business's: its sentence ends, or
// the next word is, cased, not capitalised, and no organisation word or
// "and" comes in the next three words.
func nameEndsPhrase(t *transcript.Transcript, last int, nextOf func(int) int, cased bool) bool {
	if strings.ContainsAny(t.Words[last].Punct, ".?!") {
		return true
	}
	n := nextOf(last)
	if n < 0 {
		return true
	}
	if cased && isCapitalised(t.Words[n].Text) {
		return false
	}
	for k := 0; k < 3 && n >= 0; k, n = k+1, nextOf(n) {
		l := lowerWord(t.Words[n].Text)
		if organisationWords[l] || placeWords[l] || l == "and" || l == "&" {
			return false
		}
		if strings.ContainsAny(t.Words[n].Punct, ".?!") {
			break
		}
	}
	return true
}

// isCapitalised reports whether text starts with a capital A-Z.
func isCapitalised(text string) bool { return text != "" && text[0] >= 'A' && text[0] <= 'Z' }

// clauseLeadIns are the words after which a name opens its clause: "and
// Ingeborg said", "yeah, Dragica told me", "honestly, Siosaia at reception
// sorted it".
var clauseLeadIns = map[string]bool{"and": true, "so": true, "then": true, "sure": true, "yes": true, "okay": true,
	"yeah": true, "yep": true, "well": true, "honestly": true, "actually": true, "anyway": true, "but": true,
	"oh": true, "um": true, "uh": true, "hmm": true, "because": true, "apparently": true, "luckily": true}

// deskAfter reports whether the words from transcript word at on, on its
// channel, place a person at a desk or in a team: "at the front desk",
// "at reception", "from billing", "from the support team", "in accounts"
// (deskWords within three words after "at", "from" or "in").
func deskAfter(t *transcript.Transcript, at int) bool {
	switch lowerWord(t.Words[at].Text) {
	case "at", "from", "in":
	default:
		return false
	}
	ch, spk := t.Words[at].Channel, t.Words[at].Speaker
	for n, p := 0, at+1; p < len(t.Words) && n < 3; p++ {
		w := &t.Words[p]
		if w.Channel != ch {
			continue
		}
		if w.Speaker != spk {
			return false
		}
		if l := lowerWord(w.Text); deskWords[l] || l == "reception" || l == "front" {
			return true
		}
		if strings.ContainsAny(w.Punct, ".?!") {
			return false
		}
		n++
	}
	return false
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

// transcriptCased reports whether t writes words with a capital first
// letter: a capital followed by a small letter ("Ingeborg", "Then"). The
// pronoun "I" ("I", "I'm") and acronyms ("ATM") are written so by
// recognisers that capitalise nothing else ("... I think").
func transcriptCased(t *transcript.Transcript) bool {
	for i := range t.Words {
		w := t.Words[i].Text
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || w[0] == 'I' && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
			continue // ("I'm", "I'll")
		}
		if strings.IndexFunc(w[1:], func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0 {
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
