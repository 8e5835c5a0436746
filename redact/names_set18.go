package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// A third party named through a family, a thing of theirs or a possession,
// as people on the phone speak of neighbours, clients and crews (session
// 16, set18names; measured in set18names_probe_test.go before and after):
//
//   - A family in the plural after "the": "the Petersons want", "the
//     olsons and the dahls". The word less its "s" is a listed surname that
//     is no English or common word, place, town, region or brand, and the
//     word itself no English word and no people ("the Germans", "the
//     Packers" stay words); the surname is among the 20,000 most frequent
//     (rarer ones are as often a people or a team: "the Yankees").
//   - A surname as the modifier of a thing or people of theirs after
//     "the": "the Garza job", "the bauer place", "the Voss kids". A listed
//     surname (as above) before a noun of personHeads18; cased, also a
//     capitalised word of no list that is no word before a noun that only
//     a person has (kin, a wedding, a funeral: "the Brandvold boys").
//   - Cased, a listed surname with "'s" opening its sentence before a
//     word: "Garza's truck broke down" (the capital of a sentence's first
//     word hid it from spokenPossessive).
//
// What it cannot do: a surname that is an English word ("the Millers",
// "the Baker place"), a family of no list in the plural, a firm named
// after a person ("the Ford plant" is turned away as a brand, "the Dietz
// plant" is not: personHeads18 holds no firm's words), and nicknames that
// are words ("Red says", "Moose"). It reads one word either side: O(words).

// familyRank18 is the rarest rank (names.SurnameRank) of a surname read
// as a family in the plural: rarer listed surnames are as often a people's
// or a team's name in the plural ("the Huks", "the Yankees").
const familyRank18 = 20000

// personHeads18 follow a surname that names the person, family or
// household they belong to: "the Garza job", "the Haugen place".
var personHeads18 = map[string]bool{"job": true, "jobs": true, "place": true, "house": true, "home": true,
	"farm": true, "ranch": true, "land": true, "property": true, "estate": true, "contract": true,
	"account": true, "deal": true, "case": true, "matter": true, "affair": true, "thing": true,
	"business": true, "segment": true, "interview": true, "appointment": true, "nomination": true,
	"crew": true, "outfit": true, "driveway": true, "kitchen": true, "barn": true, "cabin": true,
	"order": true, "bid": true, "loan": true, "file": true, "claim": true}

// kinHeads18 follow only a person's or a family's name: "the Voss kids",
// "the Dietz wedding".
var kinHeads18 = map[string]bool{"boys": true, "boy": true, "girls": true, "girl": true, "kids": true,
	"kid": true, "children": true, "family": true, "families": true, "brothers": true, "sisters": true,
	"wedding": true, "funeral": true, "widow": true, "twins": true, "household": true, "clan": true}

// surnameOnly18 reports whether w (lowercase, no "'s") is a listed surname
// that is no word, place, town, region or brand.
func surnameOnly18(w string) bool {
	return len(w) >= 3 && names.IsSurname(w) && !names.IsEnglishWord(w) && !names.IsCommonWord(w) &&
		!names.IsWorldTown(w) && !names.IsWorldRegion(w) && !names.IsPlace(w) && !names.IsBrand(w) &&
		!brandWord(w) && speechNameWord(w, true, true) // (brandWord: the package's brands named like people, "the Kohler order": review18)
}

// set18namesName reports whether token i is a third party named as the
// comment above describes, and the recognizer name to report.
func (ts *Tokens) set18namesName(i int) string {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord || tk.First != tk.Last || len(tk.Norm) < 3 {
		return ""
	}
	w := tk.Norm
	if ts.Cased && !ts.Capitalised(tk.First) {
		return ""
	}
	if k, ok := possessiveStem(w); ok {
		if ts.Cased && ts.SentenceStart(tk.First) && surnameOnly18(k) {
			if n := ts.next(i + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.sentenceEndsAfter(i) &&
				!businessThings[ts.Toks[n].Norm] && !ts.Capitalised(ts.Toks[n].First) {
				return "person-possessive"
			}
		}
		return ""
	}
	if !ts.isWord(ts.prev(i-1), "the") {
		return ""
	}
	n := ts.next(i + 1)
	var x string
	if n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.sentenceEndsAfter(i) {
		if ts.Cased && ts.Capitalised(ts.Toks[n].First) {
			return "" // a name of more words: "the Olsons Company"
		}
		x = ts.Toks[n].Norm
		if k, ok := possessiveStem(x); ok {
			x = k // "the Garza job's behind"
		}
	}
	if organisationWords[x] || placeWords[x] || streetSuffixes[x] || businessThings[x] {
		return ""
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(stem, "s") && surnameOnly18(stem) &&
		names.SurnameRank(stem) <= familyRank18 && !ts.englishAt(i) && !ts.commonAt(i) && !peoplesPlural(w) && !names.IsPlace(w) && !names.IsBrand(w) {
		return "person-speech-subject" // "the Petersons want"
	}
	if x == "" {
		return ""
	}
	if personHeads18[x] || kinHeads18[x] {
		if surnameOnly18(w) {
			return "person-possessive" // "the Garza job"
		}
		if kinHeads18[x] && ts.Cased && !ts.firstNameAt(i) && ts.speechNameAt(i, true, false) &&
			!names.IsWorldTown(w) && !names.IsWorldRegion(w) {
			return "person-possessive" // "the Brandvold boys"
		}
	}
	return ""
}
