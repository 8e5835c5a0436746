package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// Address leftovers (session 12): a floor or a bare number as the unit
// of a named building, a private mailbox ("PMB") as a unit, Texas's farm
// and ranch roads, "my place is at" and "I'm right at" as cues, a
// corner that opens with a numbered street, and a corner given after a
// question for where to meet or where someone lives.
func TestFind_AddressLeftoverForms(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// A floor as the unit of a building named before it.
		"Deliver it to [ADDRESS the Harbour Tower, floor 31,] please.",
		"My address is [ADDRESS Meridian Plaza, floor 7.]",
		// A bare number as the unit of a named building.
		"Ship it to [ADDRESS 9 Birch Hill Apartments, number 6.]",
		"My address is [ADDRESS Linden Court Apartments, number 21.]",
		// Texas's farm and ranch roads, said whole.
		"Ship it to [ADDRESS 915 Farm to Market Road 2222.]",
		"We live at [ADDRESS 60 Ranch to Market Road 187,] past the gate.",
		// A private mailbox after the street, as its unit.
		"Send the samples to [ADDRESS 77 Orchard Lane, PMB 408.]",
		// "my place is at", "our house is at" before a corner.
		"Our house is at [ADDRESS Cedar Lane and Hollow Road,] the white one.",
		// "I'm right at" before a corner that opens with a numbered street.
		"We're just at [ADDRESS 3rd Street and Walnut Avenue] now.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	checkDialogue(t, "A: Where do you want to meet up?", "C: [ADDRESS Juniper and 8th,] by the bakery.")
	checkDialogue(t, "A: And where do you live these days?", "C: [ADDRESS Harlan and 2nd.]")
	checkDialogueIn(t, []bool{true}, "C: my place is at [ADDRESS birch road and fourth avenue]")
}

// What looks like those forms but is none: a floor or a number with no
// building before it, a number after a place that is no building, a
// pair joined by "and" after a question that is not for where to meet.
func TestFind_AddressLeftoverLookalikes(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"The meeting moved to floor 4 after lunch.",
		"She was number 12 in the queue at the post office.",
		"The Grand Canyon, number 3 on my list, was great.",
		"I'm right at 40 minutes on hold already.",
		"My place is at the end of the line, I suppose.",
		"We went to 5th grade and 3 schools after that.",
		"We passed 12 farm to market road signs on the way.",
		"He sold 30 farm to market trucks in 2019.",
		"Our PMB 12 plan covers the team.",
	} {
		for _, s := range []string{text, lowerStyle(text)} {
			assert.False(t, typesFound(t, s)[redact.Address], s)
		}
	}
	checkDialogue(t, "A: Who did you meet there?", "C: The team and 2 guests.")
	checkDialogue(t, "A: Where did you go for lunch?", "C: Downtown and 3rd time this week.")
}
