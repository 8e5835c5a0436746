package redact_test

import "testing"

// USPS Publication 28's shorthand for street types ("Gdns", "Aly", "Crk",
// "Jct") and a floor written "Fl" or "Flr" after the street, where an
// address is asked for; Florida's "FL" before a ZIP code is no floor.
func TestFind_USPSTypeShorthandAndFloor(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"And the new address? It's [ADDRESS 14 Laurel Gdns.] Thanks.",
		"We moved, we live at [ADDRESS 302 Tanner Aly] now.",
		"Where should we send it? To [ADDRESS 77 Otter Crk Rd.] Great.",
		"What's the billing address? [ADDRESS 18 Pine Jct.] That's all.",
		"The office address is [ADDRESS 410 Lexington Ave Fl 12.] Thanks.",
		"Ship it to [ADDRESS 95 Grand St Flr 2,] please.",
		"My address is [ADDRESS 55 Bay Rd, Tampa, FL] [ZIP 33602.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
