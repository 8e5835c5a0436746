package redact_test

import "testing"

// A street named by a whole date, with its year, before the house number
// (Romania, Moldova): the year is part of the name, and in lowercase the
// year and the house number run into one number. Only where an address is
// asked for; a date and a count in passing stay what they are.
func TestFind_StreetNamedByADateWithItsYear(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"What's the delivery address? It's [ADDRESS Strada 1 Decembrie 1918 14b,] Sibiu.",
		"And the mailing address? Sure, [ADDRESS str. 27 August 1991 40,] Balti.",
		"what's your home address it's [ADDRESS strada nine may nineteen forty five twelve a] cluj",
		"where should we send it [ADDRESS str twenty seven august nineteen ninety one forty] balti",
		"We opened on 27 August 1991 and 40 people came.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
