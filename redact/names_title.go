package redact

import "github.com/callveil/callveil/transcript"

// personTitles are the titles said right before a person's name ("Mrs
// Okonjo", "doctor haverkamp"): the title is part of what identifies
// them, so the name's finding covers it.
var personTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "mister": true,
	"missus": true, "miss": true, "doctor": true, "prof": true, "professor": true}

// titlesBeforeNames widens each person finding over the title said right
// before it by the same speaker ("send a note to [Mrs Okonjo]"), when
// nothing but the title's own abbreviation point stands between them and
// no other finding holds the title. "miss" after a subject or an
// auxiliary is the verb ("I miss Jenny"), not a title. It changes found in
// place and marks the words in typeAt.
func titlesBeforeNames(t *transcript.Transcript, found []Finding, typeAt []Type) {
	for fi := range found {
		f := &found[fi]
		if f.Type != Person {
			continue
		}
		p := sameSpeakerBefore(t, f.FirstWord)
		if p < 0 || typeAt[p] != "" || t.Words[p].Punct != "" && t.Words[p].Punct != "." {
			continue
		}
		w := lowerWord(t.Words[p].Text)
		if !personTitles[w] {
			continue
		}
		if w == "miss" {
			if b := sameSpeakerBefore(t, p); b >= 0 && missVerbBefore[lowerWord(t.Words[b].Text)] {
				continue
			}
		}
		f.FirstWord, f.Start = p, t.Words[p].Start
		typeAt[p] = Person
	}
}

// missVerbBefore are the words after which "miss" is the verb: "I miss",
// "you'll miss", "don't miss".
var missVerbBefore = map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true, "she": true,
	"will": true, "would": true, "i'll": true, "we'll": true, "you'll": true, "don't": true, "didn't": true,
	"to": true, "really": true, "still": true, "not": true, "never": true, "might": true, "may": true, "can't": true}

// sameSpeakerBefore returns the word before transcript word i on its
// channel when the same speaker says it, or -1.
func sameSpeakerBefore(t *transcript.Transcript, i int) int {
	ch := t.Words[i].Channel
	for j := i - 1; j >= 0; j-- {
		if t.Words[j].Channel == ch {
			if t.Words[j].Speaker != t.Words[i].Speaker {
				return -1
			}
			return j
		}
	}
	return -1
}
