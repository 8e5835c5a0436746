package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// Names said again that are also words. repeatedNames marks every later
// (and earlier) mention of a name that a PERSON finding holds when the
// name is no common word; a name that is also one ("bill", "frank",
// "rose") or a name of two letters ("ed") counts again only where the
// mention's own words make it a person's name (nameSlotAgain):
//
//   - cased, capitalised inside its sentence: "... Bill said" or "ask Rose
//     about it", not "Bill" opening a sentence nor "bill";
//   - the subject of what a person does or of an auxiliary, after no
//     article, possessive, preposition or noun (a clause opens before it:
//     the turn's start, "and", "so", "that", a filler or a reply): "so
//     frank said", "and bill should have", not "the phone bill is";
//   - said with "'s" after no article or possessive: "in ed's bottle",
//     "bill's idea", not "the bill's total" nor "this week's".
//
// The rules read one word either side of the mention (two for the subject),
// so the pass is one over the transcript's words after repeatedNames's
// collecting pass: O(words). It cannot mark a word name said only once in
// a transcript (nothing to propagate from), nor a mention in a slot a word
// takes as readily ("pay bill", "that rose").

// clauseOpenersBefore may come right before a clause's subject: a
// conjunction, a reply or a filler.
var clauseOpenersBefore = map[string]bool{"and": true, "but": true, "so": true, "or": true, "because": true, "cause": true,
	"if": true, "when": true, "then": true, "since": true, "okay": true, "ok": true, "yeah": true,
	"yes": true, "well": true, "oh": true, "right": true, "now": true, "also": true, "maybe": true, "think": true,
	"guess": true, "know": true, "sure": true, "alright": true, "said": true, "says": true, "hey": true, "roger": true,
	"like": true, "actually": true}

// determinersBefore make the word after them a noun: "the bill's total",
// "my frank opinion".
var determinersBefore = map[string]bool{"the": true, "a": true, "an": true, "my": true, "your": true, "his": true,
	"her": true, "our": true, "their": true, "its": true, "this": true, "that": true, "these": true, "those": true,
	"every": true, "each": true, "some": true, "any": true, "no": true, "one": true, "another": true, "other": true,
	"what": true, "which": true, "whose": true}

// nameSlotAgain reports whether transcript word i, a mention of a name
// found elsewhere in t that is also a word or has two letters, stands
// where a person's name does (see above). lower holds lowerWord of each
// word; cased tells whether the transcript carries capitals.
func nameSlotAgain(t *transcript.Transcript, lower []string, i int, cased bool) bool {
	w := &t.Words[i]
	l := lower[i]
	if k := againKey(l); radioAlphabet[k] || verbNames[k] || ackWords[k] || notNames[k] || placeName(k) || names.IsPlace(k) {
		return false
	}
	prev, next := -1, -1 // (the words before and after on the speaker's turn, fillers aside before)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t.Words[k].Channel != w.Channel || t.Words[k].Speaker != w.Speaker || strings.ContainsAny(t.Words[k].Punct, ".?!") {
			break
		}
		if !isFillerWord(lower[k]) {
			prev = k
			break
		}
	}
	if i+1 < len(t.Words) && t.Words[i+1].Channel == w.Channel && t.Words[i+1].Speaker == w.Speaker && !strings.ContainsAny(w.Punct, ".?!,;:") {
		next = i + 1
	}
	if cased {
		r, _ := utf8.DecodeRuneInString(w.Text)
		if !unicode.IsUpper(r) || w.Text == strings.ToUpper(w.Text) {
			return false
		}
		if prev < 0 && next >= 0 && nicknameWords[l] {
			return personVerbs[lower[next]] || auxVerbs[lower[next]] && lower[next] != "just" // "Skip said he'd do it" (names_nickname_words.go)
		}
		if prev < 0 && next >= 0 && sayVerbsAgain[lower[next]] {
			return true // "Hope says ten minutes." (names_radio17.go)
		}
		return prev >= 0 && !determinersBefore[lower[prev]]
	}
	if prev >= 0 && determinersBefore[lower[prev]] {
		return false
	}
	if k, ok := strings.CutSuffix(l, "'s"); ok && len(k) >= 2 {
		return next >= 0 && !possessiveVerbs[lower[next]] && isAlpha(lower[next]) || next >= 0 && possessiveVerbs[lower[next]] && (prev < 0 || clauseOpenersBefore[lower[prev]])
	}
	if next < 0 || prev >= 0 && !clauseOpenersBefore[lower[prev]] && !isFillerWord(lower[prev]) {
		return false
	}
	return personVerbs[lower[next]] || auxVerbs[lower[next]] && lower[next] != "just"
}

// shortNameAgain reports whether l (lowercase, no "'s"), two letters long,
// may be a name said again: a listed first name that is no word ("ed").
func shortNameAgain(l string) bool {
	return len(l) == 2 && isAlpha(l) && names.IsFirstName(l) && !names.IsCommonWord(l) && !names.IsEnglishWord(l) &&
		!personStop[l] && !notNames[l]
}

// againKey is lowerNameKey of l, also for a name of two letters said with
// "'s" ("ed's" names ed).
func againKey(l string) string {
	if k, ok := strings.CutSuffix(lowerNameKey(l), "'s"); ok && len(k) == 2 {
		return k
	}
	return lowerNameKey(l)
}
