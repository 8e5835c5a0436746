package redact_test

import "testing"

// A value asked for as printed on the back or the front of a card (a
// member ID, a group number, a policy number) is that value, not the
// card's number.
func TestFind_ValueOnTheBackOfACard(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Now the member ID on the back of your insurance card? [ACCOUNT QH5520174.] Thank you.",
		"and the member id on the back of your health card [ACCOUNT q h five five two oh one seven four] thank you",
		"What's the group number on the front of the card? [ACCOUNT 6610093.] Thanks.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
