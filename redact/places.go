package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Places that are not people. One list serves the person recognizers:
// names' hand-written list of places (internal/names/gen/notnames.txt:
// countries, US states and cities, cities of the world, nationalities,
// languages, places of two words; and, since factions19, peoples, faiths,
// parties and factions of one or two words: "Kurds", "Mennonites",
// "Tories", "Viet Cong"), which also marks the places that are first names
// and that a call names as the place more often ("Jordan", "Georgia",
// "Sydney").
//
// Measured, with what it still misses: docs/redact-accuracy.md, "One place
// list, and PERSON on the whole wild set".

// placeName reports whether w (lowercase) names a place rather than a
// person when nothing says otherwise: a listed place that is no first name
// ("canada", "auckland", "texas"), or one that a call names as the place
// more often than as a name ("jordan", "georgia"; not "austin" or
// "madison").
func placeName(w string) bool {
	return names.IsPlace(w) && (!names.IsFirstName(w) || names.IsMostlyPlace(w)) || peoplesPlural(w) // (peoplesPlural: names_telcon17.go)
}

// twoWordPlace reports whether token i is either word of a place of two
// words said in one breath ("Costa Rica", "Hong Kong", "Sierra Leone").
func (ts *Tokens) twoWordPlace(i int) bool {
	if i < 0 || i >= len(ts.Toks) || ts.Toks[i].Kind != KindWord {
		return false
	}
	if p := i - 1; p >= 0 && ts.Toks[p].Kind == KindWord && !ts.sentenceEndsAfter(p) &&
		names.IsTwoWordPlace(ts.Toks[p].Norm, ts.Toks[i].Norm) {
		return true
	}
	n := i + 1
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.sentenceEndsAfter(i) &&
		names.IsTwoWordPlace(ts.Toks[i].Norm, ts.Toks[n].Norm)
}

// The world's towns and regions (names.IsWorldTown, names.IsWorldRegion:
// GeoNames, 22,797 towns of at least 15,000 people and 3,716 states and
// provinces) are many people's names too ("Austin", "Victoria",
// "Jackson"), so a word there is a place only by its context: a region
// after it ("Florence, Alabama", "Regina, Saskatchewan"), or a word before
// it that only a place follows (worldTownAfter). A naming cue wins over
// both ("my name is Victoria"): the person recognizer asks only for words
// with none (placeNotName).

// worldTownWords reports how many words (1 to 3) from token i, within one
// sentence and with no comma between them, name a town of the world; the
// longest name is taken ("Rio de Janeiro"), and 0 if none.
func (ts *Tokens) worldTownWords(i int) int {
	return ts.listedWords(i, false)
}

// regionWords reports how many words (1 to 3) from token i name a region:
// a state, province or region of a country ("Saskatchewan", "British
// Columbia", "Texas") or a listed country that is no first name ("Italy";
// not "Jordan" or "Georgia" after a first name with no comma, which could
// be a surname); 0 if none.
func (ts *Tokens) regionWords(i int, comma bool) int {
	n := ts.listedWords(i, true)
	if n == 0 && i < len(ts.Toks) && ts.Toks[i].Kind == KindWord {
		if w := ts.Toks[i].Norm; names.IsPlace(w) && !names.IsFirstName(w) {
			n = 1
		}
	}
	if n == 1 && !comma && ts.firstNameAt(i) {
		return 0
	}
	return n
}

// listedWords is the longest run of 1 to 3 words from token i, within one
// sentence and with no punctuation between them, that the world's towns
// (regions false) or regions (regions true) list, or 0.
func (ts *Tokens) listedWords(i int, regions bool) int {
	if i < 0 || i >= len(ts.Toks) || ts.Toks[i].Kind != KindWord {
		return 0
	}
	var buf [3]string
	ws := append(buf[:0], ts.Toks[i].Norm)
	best := 0
	for k := i; ; {
		if regions && names.IsWorldRegion(ws...) || !regions && names.IsWorldTown(ws...) {
			best = len(ws)
		}
		if len(ws) == 3 || ts.sentenceEndsAfter(k) || ts.Word(ts.Toks[k].Last).Punct != "" {
			break
		}
		if k++; k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord {
			break
		}
		ws = append(ws, ts.Toks[k].Norm)
	}
	return best
}

// worldTownBeforeRegion reports whether token i starts a town of the world
// followed by a region: "Florence, Alabama", "Regina, Saskatchewan",
// "Tarragona, Spain", and in a lowercase transcript with no commas
// "regina saskatchewan".
func (ts *Tokens) worldTownBeforeRegion(i int) bool {
	n := ts.worldTownWords(i)
	if n == 0 {
		return false
	}
	last := i + n - 1
	if ts.sentenceEndsAfter(last) {
		return false
	}
	comma := strings.Contains(ts.Word(ts.Toks[last].Last).Punct, ",")
	if !comma && ts.Cased {
		return false
	}
	k := ts.next(last + 1)
	return k < len(ts.Toks) && ts.regionWords(k, comma) > 0
}

// worldTownAfter reports whether the words before token i (lowercase,
// nearest first: wordsBefore) say that the town of the world at i is the
// place: "in", "at" or "near" ("born in Jackson"), or "from", "to",
// "into" or a word of travel right before it ("visiting Kamloops", "flying
// Surabaya to Perth") before a town that is no listed first name ("the
// shipment from Surabaya", "greetings from Tarragona"). After a bare
// "from", "to", "visiting" or "flying" a town that is also a first name is
// not made the place here ("a text from Chelsea", "send it to Austin",
// "visiting Regina at the care home", "we flew Florence out" may name
// people): only words of travel before "to"/"from" (placeAfter) or a
// region after it (worldTownBeforeRegion) do.
func (ts *Tokens) worldTownAfter(i int, before []string) bool {
	if len(before) == 0 || ts.worldTownWords(i) == 0 {
		return false
	}
	switch before[0] {
	case "in", "at", "near":
		return true
	case "from", "to", "into", "visiting", "visited", "flying", "flew":
		// (people are visited and flown out too: "visiting Regina at the
		// care home", "we flew Florence out")
		for _, b := range before[1:] {
			if objectPronouns[b] {
				return false // "put you through to Regina"
			}
		}
		// (not "to Jinhua Wang": a town of China that is a given name
		// in no list, before a surname)
		return !ts.firstNameAt(i) && (ts.sentenceEndsAfter(i) || !ts.surnameAfterName(ts.next(i+1)))
	}
	return false
}

// worldTownInList reports whether token i, a town of the world, is listed
// with another place by "and", "or" or a comma: "Tarragona and Girona",
// "Lyon, Marseille or Nice", "Austin and Dallas". The other place must be
// no one's name (placeWithoutName), and so must token i when it is a
// listed first name: "Chelsea and Jackson" are people.
func (ts *Tokens) worldTownInList(i int) bool {
	if ts.worldTownWords(i) != 1 {
		return false
	}
	need := func(k int) bool {
		return ts.placeWithoutName(k) || !ts.firstNameAt(i) && k < len(ts.Toks) && k >= 0 &&
			ts.Toks[k].Kind == KindWord && ts.worldTownWords(k) == 1
	}
	if p := ts.prev(i - 1); p >= 0 && !ts.sentenceEndsAfter(p) {
		if ts.isWord(p, "and", "or") {
			if q := ts.prev(p - 1); q >= 0 && !ts.sentenceEndsAfter(q) && need(q) {
				return true
			}
		} else if ts.Cased && ts.Toks[p].Kind == KindWord && strings.Contains(ts.Word(ts.Toks[p].Last).Punct, ",") && need(p) {
			return true
		}
	}
	if ts.sentenceEndsAfter(i) {
		return false
	}
	n := ts.next(i + 1)
	if ts.isWord(n, "and", "or") && !ts.sentenceEndsAfter(n) {
		return need(ts.next(n + 1))
	}
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	if ts.Cased {
		return strings.Contains(ts.Word(ts.Toks[i].Last).Punct, ",") && need(n) // "Lyon, Marseille"
	}
	// Without commas, two towns in a row that are nobody's names: "lyon
	// marseille or nice" (not "maria lima": a surname).
	return !ts.surnameAt(n) && ts.placeWithoutName(n) && !ts.firstNameAt(i)
}

// placeWithoutName reports whether token k is a place that is nobody's
// name: a listed place or a US state that is no first name ("Spain",
// "Texas"), or a town of the world that is in no list of names
// ("Girona", "Marseille").
func (ts *Tokens) placeWithoutName(k int) bool {
	if k < 0 || k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord {
		return false
	}
	w := ts.Toks[k].Norm
	if ts.firstNameAt(k) {
		return false
	}
	if ts.commonAt(k) && !(ts.Cased && ts.Capitalised(ts.Toks[k].First)) {
		return false // a town named like a very common word is the word: "David, can we" (Can, Turkey)
	}
	return names.IsPlace(w) || stateNames[w] || names.IsWorldTown(w) && !ts.surnameAt(k)
}

// townNameAndSurname reports whether token i, a town that is also a first
// name (one of notNames: "Jackson", "Orlando", "Austin"), is followed by a
// listed surname that is no place, with no comma between: "a text from
// Orlando Reyes", "send it to Jackson Pruitt" name a person (not "Austin,
// Texas", "Orlando Florida", "Jackson Heights").
func (ts *Tokens) townNameAndSurname(i int) bool {
	w := ts.Toks[i].Norm
	if !names.IsWorldTown(w) || !ts.firstNameAt(i) || ts.sentenceEndsAfter(i) || ts.Word(ts.Toks[i].Last).Punct != "" {
		return false
	}
	n := ts.next(i + 1)
	if !ts.surnameAfterName(n) {
		return false
	}
	s := nameKey(ts.Toks[n].Norm)
	return !names.IsPlace(s) && !stateNames[s] && !names.IsWorldRegion(s) && !placeEnd(s) && !placeWords[s]
}

// kinBefore reports whether the cue ph names a relative after a
// possessive (possessiveDeterminers): "my wife", "her son", "my daughter"
// (so that the town that is also a first name after it,
// "my son orlando", is the relative's name).
func kinBefore(ph cuePhrase) bool {
	if len(ph.words) != 2 || !possessiveDeterminers[ph.words[0]] {
		return false
	}
	switch ph.words[1] {
	case "wife", "husband", "partner", "son", "daughter", "mother", "father", "mom", "dad", "brother", "sister":
		return true
	}
	return false
}
