package redact

import (
	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// A surname alone after a bare "to", "from", "with" or "through" that
// ends its clause, in a lowercase transcript: "a long memo from
// haverkamp i think", "i'll leave that to quarrie so", "an appeal through
// mbeki and". surname18 left these out (a place or a firm is as likely
// after a bare preposition); here the word must be a listed surname or
// first name that is no English or common word and no place, town,
// region or brand of any list (nameOnly, names.IsWorldTown), and a new
// clause must start right after it (a pronoun, "and", "so", "but", a day
// word) or the turn end there: "a letter to Stevenage, they..." is a town
// of the list, "from apollo eight" and "to meijer tell" have no clause
// after. The name then counts again where it recurs in the call. It
// reads one word before and one after each preposition: O(words). It
// cannot take a surname of no list ("with dobrynin and"), one that is an
// English word ("to rush and"), nor one followed by more of its clause
// ("to halloran directly").
//
// A word in no list at all said with "'s" before another word, in a
// lowercase transcript, is a person's name: "the kowalczykowa's report",
// "waiting on mbatharu's answer". The word must be in neither name list
// (a listed name with "'s" in such a place is as often a shop: "louie's
// menu"), no English or common word, and no place, town, region or brand
// of any list; the word after it must be a word. It reads one word after
// each possessive: O(words). It cannot tell a firm or product of no list
// said the same way ("zorbix's servers"), and takes no listed name.

// bareLeads19 are the prepositions a surname may follow.
var bareLeads19 = map[string]bool{"to": true, "from": true, "with": true, "through": true}

// clauseAfter19 open a clause after the name: "from haverkamp i think".
var clauseAfter19 = map[string]bool{"i": true, "i've": true, "i'm": true, "i'd": true, "i'll": true, "so": true, "and": true,
	"but": true, "he": true, "she": true, "they": true, "we": true, "you": true, "he's": true, "she's": true, "they're": true,
	"we're": true, "you're": true, "because": true, "then": true, "yesterday": true, "today": true, "tonight": true,
	"this": true, "last": true}

// surnamesAfterBarePreposition finds, in a lowercase transcript, the
// surnames described above. lower holds lowerWord of each word of t.
func surnamesAfterBarePreposition(t *transcript.Transcript, lower []string, typeAt []Type) []Finding {
	var out []Finding
	for p := range t.Words {
		switch lower[p] {
		case "to", "from", "with", "through": // (bareLeads19, as a switch: a map lookup per word costs more)
		default:
			continue
		}
		if t.Words[p].Punct != "" {
			continue
		}
		i := sameTurnNext(t, p)
		if i < 0 || typeAt[i] != "" {
			continue
		}
		l := lower[i]
		if len(l) < 4 || !isAlpha(l) || !(names.IsSurname(l) || names.IsFirstName(l)) || !nameOnly(l, false, false) ||
			names.IsWorldTown(l) || names.IsWorldRegion(l) {
			continue
		}
		if n := sameTurnNext(t, i); n >= 0 && t.Words[i].Punct == "" && !clauseAfter19[lower[n]] {
			continue
		}
		out = append(out, Finding{Type: Person, Channel: t.Words[i].Channel, FirstWord: i, LastWord: i,
			Start: t.Words[i].Start, End: t.Words[i].End, Score: 0.7, Recognizer: "person-bare-preposition"})
	}
	return out
}

// possessivesOfNoList finds, in a lowercase transcript, a word of no
// list said with "'s" before another word: "we'll wait for
// quennellovich's answer", "the mbatharu's plan" (see the file's
// comment). lower holds lowerWord of each word of t.
func possessivesOfNoList(t *transcript.Transcript, lower []string, typeAt []Type) []Finding {
	var out []Finding
	for i := range t.Words {
		l := lower[i]
		if len(l) < 6 || l[len(l)-2] != '\'' || l[len(l)-1] != 's' || typeAt[i] != "" {
			continue
		}
		k := l[:len(l)-2]
		if !isAlpha(k) || !nameOnly(k, false, false) || names.IsSurname(k) || names.IsFirstName(k) ||
			names.IsWorldTown(k) || names.IsWorldRegion(k) {
			continue
		}
		if n := sameTurnNext(t, i); n < 0 || t.Words[i].Punct != "" || !isAlpha(lower[n]) {
			continue
		}
		out = append(out, Finding{Type: Person, Channel: t.Words[i].Channel, FirstWord: i, LastWord: i,
			Start: t.Words[i].Start, End: t.Words[i].End, Score: 0.7, Recognizer: "person-possessive-no-list"})
	}
	return out
}
