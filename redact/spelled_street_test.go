package redact_test

import "testing"

// A street's name spelled after the address, with the name said again
// before its letters ("where elm is spelled e l m"), is the address: the
// words between are redacted with it.
func TestFind_StreetSpelledAfterItsAddress(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"where x is spelled": {"A: and your street address", "C: it's [ADDRESS nine ten birch avenue where birch is spelled b i r c h]"},
		"that's spelled":     {"A: what address is on the account", "C: [ADDRESS eighty one quarry lane that's spelled q u a r r y]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}
