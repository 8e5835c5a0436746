package redact_test

import "testing"

// A street whose type comes first and whose name follows with "of":
// "Avenue of the Americas", "Boulevard of the Allies".
func TestFind_StreetTypeOfTheName(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Ship it to [ADDRESS 1180 Avenue of the Americas, New York.]",
		"What's the new address? [ADDRESS 20 Avenue of the Stars.] Thanks.",
		"Our office moved to [ADDRESS 415 Boulevard of the Allies.] Thanks.",
		"We saw 3 Avenue of the Stars shows and left.",
		"what's the mailing address [ADDRESS 88 avenue of the arts] thanks",
		"It's [ADDRESS 40 Fifth Avenue.] Of the two, I like it.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
