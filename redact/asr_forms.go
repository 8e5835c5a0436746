package redact

import (
	"sort"
	"strings"

	"github.com/callveil/callveil/transcript"
)

// Forms a speech recogniser makes of PII it heard in part, which the
// written-text rules miss: a doctor's name between a title and a
// credential that came out as common words, and a digit heard as the word
// that sounds like it before a number found.

// credentialWords are how a doctor's or dentist's credential after a name
// is written by a recogniser: "m d", "md", "d d s", "dds", "phd", and
// "maryland", which pocketsphinx writes for a spoken "M.D.".
var credentialWords = map[string]bool{"md": true, "dds": true, "phd": true, "maryland": true, "dmd": true}

// credentialAt reports whether a credential starts at order position o.
func (sh *shared) credentialAt(o int) bool {
	l := sh.lower[sh.order[o]]
	if credentialWords[l] {
		return true
	}
	next := func(k int) string {
		if o+k < len(sh.order) && sh.sameSpeaker(int(sh.order[o]), int(sh.order[o+k])) {
			return sh.lower[sh.order[o+k]]
		}
		return ""
	}
	return l == "m" && next(1) == "d" || l == "d" && next(1) == "d" && next(2) == "s"
}

// titleLeads may come before "doctor" as a title: "with doctor ...",
// "see doctor ...", "named doctor ..." ("the doctor visits ..." is no
// title).
var titleLeads = map[string]bool{"with": true, "see": true, "seeing": true, "named": true, "is": true,
	"by": true, "called": true, "was": true, "for": true, "it's": true, "that's": true, "from": true}

// nameClauseWords end a name before a credential: the verb of a clause
// about the person ("dr hollis moved to maryland", "dr hollis has an
// office near ...").
var nameClauseWords = map[string]bool{"has": true, "have": true, "had": true, "moved": true, "lives": true,
	"lived": true, "works": true, "worked": true, "said": true, "says": true, "practices": true, "went": true,
	"goes": true, "is": true, "was": true, "will": true, "from": true, "near": true, "office": true}

// placeBefore before "maryland" make it the state: "moved to maryland".
var placeBefore = map[string]bool{"to": true, "from": true, "near": true, "of": true, "through": true, "across": true}

// credentialMaxWords bounds the words between a title (or a name found)
// and the credential that closes the name: a first name, a middle initial
// and a surname heard as up to three words each.
const credentialMaxWords = 6

// credentialNames flags the words of a name that a title or a name found
// opens and a credential closes, whatever they were heard as: "with doctor
// andrew else lawrence in maryland" (Dr. Andrew Alessandro M.D.), "dr ruth
// see how to not maryland". The form: "dr" or "doctor", or a PERSON
// finding, then at most credentialMaxWords words of the same speaker with
// no other finding, no number and no sentence end, then a credential
// (credentialWords; a trailing "in" or "and" before it is not counted).
// The finding takes the credential's words too: a recogniser's words for
// the name's end may sit in them ("lawrence in maryland"). A PERSON
// finding inside the span grows to cover it (others inside it are
// dropped); with none, a PERSON finding of score 0.8 is added. Without a
// credential nothing is flagged: "dr lee said that ..." has no end to the
// name but the recognisers' own.
func credentialNames(t *transcript.Transcript, streams []*Tokens, found []Finding) []Finding {
	if len(streams) == 0 {
		return found
	}
	sh := streams[0].sh
	var typeAt []Type
	for o := 1; o < len(sh.order); o++ {
		if !sh.credentialAt(o) {
			continue
		}
		if typeAt == nil {
			typeAt = wordTypes(t, found)
		}
		cw := int(sh.order[o])
		start := -1
		for p := o - 1; p >= 0 && p >= o-credentialMaxWords-1; p-- {
			w := int(sh.order[p])
			if !sh.sameSpeaker(w, cw) || sh.number[w] || strings.ContainsAny(t.Words[w].Punct, ".?!") && p < o-1 {
				break
			}
			if l := sh.lower[w]; l == "dr" || l == "doctor" && (p == 0 || !sh.sameSpeaker(int(sh.order[p-1]), w) ||
				titleLeads[sh.lower[sh.order[p-1]]]) {
				start = p + 1
				break
			}
			if nameClauseWords[sh.lower[w]] {
				break // "dr hollis moved to maryland": a clause, not a name
			}
			if typeAt[w] == Person {
				start = p
			} else if typeAt[w] != "" {
				break
			}
		}
		end := o - 1
		for end >= start && start >= 0 && (sh.lower[sh.order[end]] == "in" || sh.lower[sh.order[end]] == "and") {
			end--
		}
		if end >= 0 && placeBefore[sh.lower[sh.order[end]]] {
			continue // "moved to maryland", "near annapolis maryland"
		}
		if start < 0 || end < start || end-start >= credentialMaxWords {
			continue
		}
		// the finding runs on over the credential ("... in maryland", "m
		// d"): a recogniser's words for the name's end may sit in it
		last := o
		switch sh.lower[sh.order[o]] {
		case "m":
			last = o + 1
		case "d":
			last = o + 2
		}
		fw, lw := int(sh.order[start]), int(sh.order[last])
		ch := t.Words[fw].Channel
		keep := -1
		for i := range found {
			f := &found[i]
			if f.Channel != ch || f.LastWord < fw || f.FirstWord > lw {
				continue
			}
			if f.Type != Person {
				keep = -2 // another type's finding: leave the span alone
				break
			}
			fw, lw = min(fw, f.FirstWord), max(lw, f.LastWord)
			if keep == -1 {
				keep = i
			} else {
				f.Type = "" // merged into found[keep]; dropped below
			}
		}
		if keep == -2 {
			continue
		}
		if keep >= 0 {
			f := &found[keep]
			f.FirstWord, f.LastWord, f.Start, f.End = fw, lw, t.Words[fw].Start, t.Words[lw].End
		} else {
			found = append(found, Finding{Type: Person, Channel: ch, FirstWord: fw, LastWord: lw,
				Start: t.Words[fw].Start, End: t.Words[lw].End, Score: 0.8, Recognizer: "person-credential"})
		}
		out := found[:0]
		for _, f := range found {
			if f.Type != "" {
				out = append(out, f)
			}
		}
		found = out
		typeAt = wordTypes(t, found)
	}
	return found
}

// digitSoundAlikes are words a recogniser writes for a digit it heard:
// "to"/"too" for two, "for" for four, "won" for one, "ate" for eight, "of"
// for "oh" (zero).
var digitSoundAlikes = map[string]bool{"to": true, "too": true, "for": true, "won": true, "ate": true, "of": true}

// soundAlikeTypes are the types whose value is read digit by digit (or as
// a date), so a digit's sound-alike before it is part of it.
var soundAlikeTypes = map[Type]bool{Phone: true, Card: true, CardExpiry: true, CardCVV: true, SSN: true,
	DOB: true, Account: true, Routing: true, PIN: true, ZIP: true, Medicare: true, License: true,
	Passport: true, Number: true}

// soundAlikeDigits grows a finding of a type read digit by digit over a
// digit's sound-alike (digitSoundAlikes) said right before it, when that
// word opens the speaker's turn, after its lead-ins at most ("yes", "it's",
// "sure"): an answer "to seventeen nineteen eighty five" to "and your date
// of birth" is 2/17/1985, "of five thirty" to "what's the expiration?" is
// 05/30. Mid-turn, "to" and "for" before a number are the prepositions
// they look like ("sent it to 555 ...", "for 12 dollars"), and they are
// left alone.
func soundAlikeDigits(t *transcript.Transcript, streams []*Tokens, found []Finding) {
	if len(streams) == 0 {
		return
	}
	sh := streams[0].sh
	var typeAt []Type
	for i := range found {
		f := &found[i]
		if !soundAlikeTypes[f.Type] {
			continue
		}
		p := int(sh.before[f.FirstWord]) - 1 // the content word before the finding
		if p < 0 || int(sh.order[p+1]) != f.FirstWord {
			continue
		}
		w := int(sh.order[p])
		if !digitSoundAlikes[sh.lower[w]] || !sh.sameSpeaker(w, f.FirstWord) || !sh.number[f.FirstWord] {
			continue
		}
		if typeAt == nil {
			typeAt = wordTypes(t, found)
		}
		if typeAt[w] != "" {
			continue
		}
		q := p - 1
		for q >= 0 && sh.sameSpeaker(int(sh.order[q]), w) && answerStarts[sh.lower[sh.order[q]]] {
			q--
		}
		if q >= 0 && sh.sameSpeaker(int(sh.order[q]), w) &&
			t.Words[w].Start-t.Words[sh.order[q]].End < answerTurnGap {
			continue // mid-turn: a preposition
		}
		f.FirstWord, f.Start = w, t.Words[w].Start
		typeAt[w] = f.Type
	}
}

// yearSoundAlikes are the words a recogniser writes between a birth
// date's day and its year for an ordinal's ending or a digit: "august
// fifteen to nineteen sixty two" (August fifteenth, 1962).
var yearSoundAlikes = map[string]bool{"to": true, "too": true, "the": true, "th": true}

// dateYearAfterSoundAlike grows a DOB finding that ends before its year
// over a sound-alike (yearSoundAlikes) and the year right after it, a
// four-digit 19xx or 20xx said by the same speaker in the same turn:
// "august fifteen to nineteen sixty two". The year's own form keeps a
// range of days apart ("june 15 to 19": 19 is no year).
func dateYearAfterSoundAlike(streams []*Tokens, found []Finding) {
	for _, ts := range streams {
		for i := range found {
			f := &found[i]
			if f.Type != DOB || f.Channel != ts.Channel {
				continue
			}
			k := sort.Search(len(ts.Toks), func(k int) bool { return ts.Words[ts.Toks[k].Last] >= f.LastWord })
			if k+2 >= len(ts.Toks) || ts.Words[ts.Toks[k].Last] != f.LastWord {
				continue
			}
			a, y := &ts.Toks[k+1], &ts.Toks[k+2]
			if a.Kind != KindWord || !yearSoundAlikes[a.Norm] || a.First != a.Last || ts.turn[ts.Toks[k].Last] ||
				ts.turn[a.Last] || y.Kind != KindNumber || len(y.Norm) != 4 || y.Norm[:2] != "19" && y.Norm[:2] != "20" {
				continue
			}
			f.LastWord = ts.Words[y.Last]
			f.End = ts.Transcript.Words[f.LastWord].End
		}
	}
}
