package redact_test

import "testing"

// An "oh" before a spoken house number is the caller's interjection: no
// house number begins with a zero. A zero inside the number stays in it.
func TestFind_OhBeforeAHouseNumberIsNoPartOfIt(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"what's the address on file oh [ADDRESS nineteen oh two maple avenue] i think",
		"and where do you live oh [ADDRESS four twenty six birch lane] since may",
		"the service address is [ADDRESS one oh one cedar court] thanks",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
