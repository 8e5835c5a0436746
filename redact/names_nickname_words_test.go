package redact_test

import "testing"

// A nickname that is a word is a name where the mention says so:
// capitalised inside its sentence (cased), after "this is" ending the
// turn, before "and I"; said again elsewhere in the call as a subject it
// is a name there too. The same words used as words stay unflagged.
func TestFind_NicknameThatIsAWord(t *testing.T) {
	t.Parallel()
	cased, both := []bool{false}, []bool{false, true}
	for name, c := range map[string]struct {
		styles []bool
		turns  []string
	}{
		"vocative mid sentence": {cased, []string{"A: Hang on a second, [PERSON Chip], I'm checking the order."}},
		"vocative asking":       {cased, []string{"A: Did you catch that, [PERSON Skip]?"}},
		"object capitalised":    {cased, []string{"C: Could you remind [PERSON Buzz] to bring the keys?"}},
		"this is":               {both, []string{"A: Good morning.", "C: Hi, this is [PERSON Deke]."}},
		"and I":                 {both, []string{"C: [PERSON Sunny] and I went to the branch on Monday."}},
		"said again as subject": {cased, []string{"A: Thanks, [PERSON Skip], one moment.", "C: Sure. [PERSON Skip] said he'd wait."}},
		"words stay words": {both, []string{"C: I had to skip lunch, and the chip reader at the shop was broken.",
			"A: We had a sunny spell, but there was a buzz on the line.", "C: Thanks, buddy, that helps."}},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, c.styles, c.turns...) })
	}
}
