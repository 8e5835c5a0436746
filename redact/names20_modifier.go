package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// A surname said as the modifier of what a person did or said, on a
// recorded call between colleagues (names20, session 17): "the Rogers
// proposal", "the Haldeman memo", "a Gromyko meeting", "that Laird
// thing". officeNames (names_brief16.go) already took a name before the
// people or the time around a person ("the Obama administration", "a
// Romney ad"); these nouns are the work and the talk of one: a
// proposal, a memo, a letter, a cable, a meeting, an obligation, or just
// "thing". The name must pass publicName as there: a
// listed first name or surname, or a word of no English list, that is no
// place, brand, organisation, day, office or holiday (so "the Moscow
// cable", "the Monday meeting", "the Senate thing" stay words), and more
// (modifierName20): in a cased transcript a word written as a name, a
// capital and then a small letter with no hyphen ("the WSAG meeting",
// "a Four-Power meeting" stay words); in a lowercase one a listed first
// name or surname that is no common word ("the admin meeting", "the peace
// proposal", "the rush thing" stay words: a surname that is a word, or of no
// list, is found only in a cased transcript).
// It cannot tell a thing named after a person that is itself no person
// when the noun is one of these ("the Marshall memo" is taken), leaves a
// plan and a report to eponymAfter ("the Rogers plan" stays unfound), and
// takes no name of two words before these nouns. No scan of its own:
// one map lookup more in officeNames' determiner branch.

// modifiedByNames20 are the nouns of the work and talk of a person that a
// surname modifies ("the Haldeman memo", "a Gromyko meeting"); officeNames
// reads them beside modifiedByNames for a one-word name.
// "Plan" and "report" are eponymAfter's (a thing named after a person,
// "the Marshall plan"), so "the Rogers plan" stays unfound; "line" is
// left out for the lines of work named by a word of the name lists ("the
// dozer line", "the picket line"), so "the Rusk line" stays unfound too.
var modifiedByNames20 = map[string]bool{"thing": true, "proposal": true, "memo": true, "letter": true,
	"cable": true, "meeting": true, "obligation": true, "statement": true, "idea": true, "group": true}

// modifierName20 is the gate a name before a noun of modifiedByNames20
// passes beside publicName: transcript word j written as a name in a cased
// transcript, a listed name that is no common word in a lowercase one.
func modifierName20(t *transcript.Transcript, lower []string, j int, cased bool) bool {
	if cased {
		w := t.Words[j].Text
		return len(w) > 1 && w[1] >= 'a' && w[1] <= 'z' && !strings.ContainsRune(w, '-')
	}
	k := lowerNameKey(lw(t, lower, j))
	return (names.IsSurname(k) || names.IsFirstName(k)) && !names.IsCommonWord(k)
}
