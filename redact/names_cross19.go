package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// Full names found by half. A recognizer often finds one word of a full
// name said with no cue, the word it has a reason for, and leaves the
// other: "i just spoke to [george] whitcombe", "[marisol] quintanilla
// rang", "bernard [lemaire] wants it". halfNamesClosed widens such a
// finding of one word over the other half when that half reads as a name
// on its own:
//
//   - after a found first name (a listed first name that is no verb or
//     month, or a word only a name can be), a word only a name can be
//     (nameOnly: "hermansky"), or a listed surname that is also an English
//     word ("ball", "read", "sharp") when the first name is itself no
//     English word ("george", not "bill" nor "will") and the word is no
//     verb, auxiliary, filler or function word;
//   - before a found surname (a word only a name can be, or a listed
//     surname that is no English word: "romney"), a listed first name that
//     is no verb or month ("bill", "dick", "frank") or a word only a name
//     can be ("yigal").
//
// Both words are on one speaker's turn with no punctuation between. The
// name then counts again where it recurs in the call (Find runs
// repeatedNames after it: "[george ball] called" ... "ball thinks"). It
// reads one word either side of each finding: O(findings). It cannot
// close a name neither half of which was found ("bob mcnamara" with no
// cue), nor a first name that is an English word before a surname that is
// one too ("will rush"), nor a one- or two-letter half ("u thant", "cy").

// halfNamesClosed widens person findings of one word over the other half
// of a full name (see above). It changes found in place, marks the words
// it adds in typeAt, and returns the indices in found of the findings it
// widened. lower holds lowerWord of each word of t; cased tells whether t
// carries capitals.
func halfNamesClosed(t *transcript.Transcript, lower []string, cased bool, found []Finding, typeAt []Type) []int {
	var closed []int
	for fi := range found {
		f := &found[fi]
		if f.Type != Person || f.FirstWord != f.LastWord {
			continue
		}
		i := f.FirstWord
		k := lowerNameKey(lower[i])
		if len(k) < 3 || !isAlpha(k) || cased && strings.ToUpper(t.Words[i].Text) == t.Words[i].Text {
			continue
		}
		if j := sameTurnNext(t, i); j >= 0 && t.Words[i].Punct == "" && typeAt[j] == "" && !strings.HasSuffix(lower[i], "'s") &&
			halfAfterFirst(t, lower, cased, k, f.Score >= 0.8, j) {
			f.LastWord, f.End = j, t.Words[j].End
			typeAt[j] = Person
			closed = append(closed, fi)
			continue
		}
		if p := sameTurnPrev(t, i); p >= 0 && t.Words[p].Punct == "" && typeAt[p] == "" && halfBeforeSurname(t, lower, cased, k, p) {
			f.FirstWord, f.Start = p, t.Words[p].Start
			typeAt[p] = Person
			closed = append(closed, fi)
		}
	}
	return closed
}

// closedNamesAgain is repeatedNames for the names of found[closed] only
// (those halfNamesClosed widened or surnamesAfterBarePreposition found):
// their words said again elsewhere in the call ("i don't think hale is
// ready" after "gideon hale"). A name another rule found is left to the
// passes that ran for it.
func closedNamesAgain(t *transcript.Transcript, lower []string, cased bool, found []Finding, closed []int, typeAt []Type) []Finding {
	only := make([]Type, len(typeAt))
	for w, typ := range typeAt {
		if typ != "" {
			only[w] = Number // (taken: repeatedNames skips it and reads no name from it)
		}
	}
	for _, fi := range closed {
		for w := found[fi].FirstWord; w <= found[fi].LastWord; w++ {
			only[w] = Person
		}
	}
	return repeatedNames(t, lower, cased, found, only)
}

// halfAfterFirst reports whether word j, right after a found word whose
// key is first, is the surname of a full name (see the file's comment).
func halfAfterFirst(t *transcript.Transcript, lower []string, cased bool, first string, sure bool, j int) bool {
	if strings.HasSuffix(lower[j], "'s") || !halfNameShape(t, lower, cased, j) {
		return false
	}
	if !(names.IsFirstName(first) && !verbNames[first] && !notNames[first] || nameOnly(first, false, true)) || ackWords[first] || radioAlphabet[first] {
		return false
	}
	l := lower[j]
	if nameOnly(l, false, false) {
		return true
	}
	return sure && names.IsSurname(l) && names.IsFirstName(first) && !names.IsEnglishWord(first) && !names.IsCommonWord(first) &&
		!personVerbs[l] && !auxVerbs[l] && !doerVerbs[l] && !clauseOpenersBefore[l] && !determinersBefore[l] && !ackWords[l]
}

// halfBeforeSurname reports whether word p, right before a found word
// whose key is surname, is the first name of a full name.
func halfBeforeSurname(t *transcript.Transcript, lower []string, cased bool, surname string, p int) bool {
	if !(nameOnly(surname, false, false) || names.IsSurname(surname) && !names.IsEnglishWord(surname)) ||
		strings.HasSuffix(lower[p], "'s") || !halfNameShape(t, lower, cased, p) {
		return false
	}
	l := lower[p]
	if verbNames[l] || auxVerbs[l] || clauseOpenersBefore[l] || determinersBefore[l] || ackWords[l] || ackWords[surname] || radioAlphabet[surname] {
		return false
	}
	return names.IsFirstName(l) || nameOnly(l, false, true)
}

// halfNameShape reports whether word j may be half of a name at all: three
// or more letters, no filler, month, place or stop word, and capitalised
// in a cased transcript.
func halfNameShape(t *transcript.Transcript, lower []string, cased bool, j int) bool {
	l := lower[j]
	if len(l) < 3 || !isAlpha(l) || personStop[l] || notNames[l] || isFillerWord(l) || placeName(l) || names.IsMostlyPlace(l) ||
		organisationWords[l] || deskWords[l] || radioAlphabet[l] || nameParticles[l] {
		return false
	}
	if cased {
		r, _ := utf8.DecodeRuneInString(t.Words[j].Text)
		return unicode.IsUpper(r) && strings.ToUpper(t.Words[j].Text) != t.Words[j].Text // (not "OMNI": an acronym)
	}
	return true
}

// sameTurnNext is the next word on transcript word i's channel when the
// same speaker says it, else -1.
func sameTurnNext(t *transcript.Transcript, i int) int {
	for j := i + 1; j < len(t.Words) && j < i+40; j++ {
		if t.Words[j].Channel == t.Words[i].Channel {
			if t.Words[j].Speaker != t.Words[i].Speaker {
				return -1
			}
			return j
		}
	}
	return -1
}

// sameTurnPrev is the word before transcript word i on its channel when
// the same speaker says it, else -1.
func sameTurnPrev(t *transcript.Transcript, i int) int {
	for j := i - 1; j >= 0 && j > i-40; j-- {
		if t.Words[j].Channel == t.Words[i].Channel {
			if t.Words[j].Speaker != t.Words[i].Speaker {
				return -1
			}
			return j
		}
	}
	return -1
}

// indicesFrom returns from, from+1, ..., to-1.
func indicesFrom(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}
