package redact_test

import "testing"

// A relative owned by the speaker before a name with "'s" names a person,
// even where "Uncle" or "Aunt" opens a brand ("Uncle Ben's") and whatever
// the possessive has, a shop's kind too; a shop named with no relative
// ("Frank's Pizza") and a brand's unowned "Aunt" or "Uncle" stay unflagged.
func TestFind_RelativeBeforeAPossessiveIsNoBrandLead(t *testing.T) {
	t.Parallel()
	for name, line := range map[string]string{
		"aunt, restaurant":   "C: We had lunch at my aunt [PERSON Rosa's] restaurant on Sunday.",
		"uncle, pizzeria":    "C: My uncle [PERSON Marco's] pizzeria is closed on Mondays.",
		"aunt, salon":        "C: She works at our aunt [PERSON Ellen's] salon downtown.",
		"uncle, house":       "C: The package went to his uncle [PERSON Dev's] house by mistake.",
		"aunt, diner":        "C: I pick up shifts at my aunt [PERSON Noreen's] diner.",
		"shop unnamed":       "C: Can we order from Frank's Pizza tonight?",
		"brand lead unowned": "C: I bought a box of Uncle Ben's rice.",
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, line) })
	}
}
