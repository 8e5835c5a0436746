package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// Address forms beyond "number, name, type" (addr_forms.go): a street
// corner, a street before its number, a range or a half as the house
// number, a numbered street, a type said first after a direction and an
// article, a foreign unit word, a postal code after a type-first street,
// a street named by one word, and a unit said with no word before the
// next clause.
func TestFind_AddressFormsBeyondTheUSShape(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// A type said first, after a direction and an article.
		"Pick me up at [ADDRESS 220 North La Rambla] tomorrow.",
		"The driver should go to [ADDRESS 1840 West El Camino Real] at noon.",
		// A foreign unit word; the postal code after a type-first street.
		"My address is [ADDRESS 88 Rua Oscar Freire, apto 12.]",
		"We are located at [ADDRESS 14 Rue des Lilas, 69003,] near the station.",
		// A street before its number, continental style.
		"Please mail it to [ADDRESS Lindenstraße 14,] Berlin.",
		"The address is [ADDRESS Via Garibaldi 27.]",
		// A numbered street, a range, a half, a run of types.
		"Send it to [ADDRESS 30 West 112 Street.]",
		"The warehouse is at [ADDRESS 2210-2240 Harbor Point Drive.]",
		"I live at [ADDRESS 9 and a half Linden Street.]",
		// The word for the house number said before it; a postal code
		// after a street said before its number.
		"The address is [ADDRESS Plot 14, Adeola Odeku Street.]",
		"Ship it to [ADDRESS Hauptstraße 5a, 10115] Berlin.",
		// A street named by one word alone.
		"Can you share the location [ADDRESS 400 Broadway] with my sister?",
		// Said as an address after it: "... is where".
		"[ADDRESS 61 Hollis Keys] is where the parcel should go.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// A corner someone is picked up at or lives on.
	checkDialogue(t, "A: Where should the cab pick you up?", "C: At the corner of [ADDRESS Delmar Avenue and 14th Street,] by the bank.")
	checkDialogue(t, "C: I live on the corner of [ADDRESS Quarry Road and Vine,] the green house.")
	checkDialogueIn(t, []bool{true}, "C: pick me up at the corner of [ADDRESS fifth and maple]")
	// "No." before a house number, written; "number" said.
	checkDialogueIn(t, []bool{false}, "C: My address is [ADDRESS No. 12, 3rd Cross Road,] Indiranagar.")
	checkDialogueIn(t, []bool{true}, "C: my address is [ADDRESS number twelve third cross road] indiranagar")
	// A unit said with no word for it, before the next clause.
	checkDialogueIn(t, []bool{true}, "C: The address is [ADDRESS seventy two orchard lane b one oh four] are you getting that?")
	checkDialogueIn(t, []bool{true}, "C: I'd like to share [ADDRESS three ten pacific avenue two twenty] with my brother.")
}

// What looks like those forms but is none: where something happened, a
// corner of a room, distance and directions, a street in a title or a
// business, counts of things.
func TestFind_AddressFormLookalikes(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"Where did it happen? At the corner of Fifth and Maple, near the gas station.",
		"I put 3 boxes in the corner of the room and the hall.",
		"Something caught the corner of my eye and I braked.",
		"Drive 2 miles north on Route 9 and turn left at the light.",
		"Turn right after 2 lights and the road bends.",
		"I sent 3 photos via Email yesterday.",
		"The string 12 is too short.",
		"It takes 3 and a half hours to get there.",
		"I bought 2 Broadway tickets for Friday.",
		"The score was 1016 to 1098 in the end.",
		"She waited 20 minutes at the intersection of two busy roads.",
		"We had 4 Via Rail trips last year.",
	} {
		for _, s := range []string{text, lowerStyle(text)} {
			assert.False(t, typesFound(t, s)[redact.Address], s)
		}
	}
}
