package redact_test

import "testing"

// A ZIP code after an address's state past "and then", or with its first
// digit written as the word it sounds like, is the address's ZIP code; a
// state with no street before it, or a sound-alike before an amount, is
// not.
func TestFind_ZIPAfterStateJoinedOrSoundAlike(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"and then": {"A: where should the statements go", "C: [ADDRESS seventy seven birch lane dover delaware] and then [ZIP one nine nine oh four]"},
		"then":     {"A: the mailing address please", "C: [ADDRESS two ten cedar road salem oregon] then [ZIP nine seven three oh one]"},
		"to for two": {"A: the mailing address please",
			"C: [ADDRESS four four pine street reno nevada] [ZIP to nine five one two]"},
		"or for four": {"A: and the payee's address", "C: it's [ADDRESS nine hundred lake drive madison wisconsin] [ZIP or three seven oh three]"},
		"no street":   {"A: where did you move from", "C: from ohio and then one two three four five people came too"},
		"an amount":   {"A: and the address", "C: [ADDRESS twelve oak street tulsa oklahoma] for one two five oh dollars a month"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}
