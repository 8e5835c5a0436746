package redact_test

import "testing"

// A ZIP code after a state with its first digit as a sound-alike is no
// amount or count ('or 1500 dollars', 'to 2500 people'). Lines tried that
// are still taken, left out: 'Texas, and then 12000 miles' (a ZIP at
// 3e3bf30 already) and a found ZIP's last four digits after 'for' ('that's
// for 8110 points' after the ZIP 48110: the repeat rule cannot tell them
// from the ZIP said again; it needs the very digits).
func TestFind_Review15bZIPAfterAStateIsNoAmount(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"state or amount":        {"C: It's [ADDRESS 14 Elm Street, Austin, Texas,] or 1500 dollars to ship it there."},
		"state to a count":       {"C: It's [ADDRESS 14 Elm Street, Austin, Texas,] to 2500 people a day."},
		"phone fine then pieces": {"A: Is your phone number still the same?", "C: My phone number is fine.", "A: Okay.", "C: Five five five is the area code for the office?"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
