package redact_test

import "testing"

// A short capitalised word written with its period and on no list of
// names, places or words is an abbreviation, not a name said alone or to
// someone; a listed name written so stays a name.
func TestFind_AbbreviationWithItsPeriodIsNoName(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"alone after a question": {"A: What does the label say next to the date?", "C: Exp. Then the month."},
		"list of headings":       {"C: The columns are Qty. Dept. and then Acct. on the right."},
		"after okay":             {"C: Okay. Exp. Got it."},
		"said twice":             {"C: It says Exp. on it.", "A: Exp. is the expiry, yes."},
		"listed name stays":      {"A: Thanks for holding.", "C: No problem, [PERSON Ada]."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}
