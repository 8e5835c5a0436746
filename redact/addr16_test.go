package redact_test

import "testing"

// A town with no state after a street or a numbered road ends the
// address when it ends the sentence (addr16.go). A box's town stays out,
// as the box rules have it (addrtag_use_test.go).
func TestFind_TownAloneAfterTheAddress(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"street":         {"C: Please ship it to [ADDRESS 31 Birchwood Lane, Albuquerque.]"},
		"two words":      {"A: Where do you live?", "C: [ADDRESS 608 Sandpiper Court, San Antonio.]"},
		"road":           {"C: The depot is at [ADDRESS 7150 State Highway 6, Waco.]"},
		"po box, town":   {"C: Our mailing address is [ADDRESS PO Box 640,] Tucson."},
		"town then talk": {"C: I'm at [ADDRESS 14 Harrow Street] in Boston this week."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A house on a numbered road said where a house number is given, and the
// roads' written shorthands (addr16.go); a road with no house number
// before it stays driving talk.
func TestFind_HouseOnANumberedRoadSaidAsAPlace(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"old highway":     {"C: The feed store is at [ADDRESS 640 old highway 12.]"},
		"state route":     {"C: Yes, it's [ADDRESS 1880 State Route 4 West.]"},
		"farm road":       {"C: The farm's at [ADDRESS 9901 FM 2920.]"},
		"county road":     {"C: We moved to [ADDRESS 2300 CR 418.]"},
		"driving":         {"C: Follow FM 1960 for 3 miles, then turn right."},
		"miles on a road": {"C: I put 200 miles on highway 6 last week."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A corner given as where someone lives or is: one street an ordinal or
// one with a type (addr16.go); a corner where something happened, or an
// ordinal that counts, is no one's address.
func TestFind_CornerWhereSomeoneLivesOrIs(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"condo on":       {"C: My condo is on [ADDRESS 9th and Pike.]"},
		"live at":        {"C: We live at [ADDRESS Walnut and 2nd.]"},
		"on the corner":  {"C: I'm on the corner of [ADDRESS Lake Street and 7th Avenue.]"},
		"right at":       {"C: We're right at [ADDRESS Hollis Road and 3rd.]"},
		"grade":          {"C: My son moved to 3rd and 4th grade math this year."},
		"what happened":  {"C: The accident was at the corner of 5th and Main."},
		"between":        {"C: There's parking between Elm and 6th."},
		"two names only": {"C: I'm at Barnes and Noble now."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// In a lowercase transcript a one-letter direction after the street's
// type ends the address (addr16.go).
func TestFind_OneLetterDirectionAfterTheTypeInLowercase(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"turn's end": {"A: and the address", "C: [ADDRESS forty one grove st n]"},
		"town after": {"C: send it to [ADDRESS eighteen cedar ave w tacoma]"},
		"a unit":     {"C: it's [ADDRESS two ten pine blvd e apartment six]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// In a lowercase transcript, where an address is asked for, a street
// whose type comes first is read to the turn's end when the rest of the
// turn is name words (addr16.go); a particle spelled as letters joins a
// street named before its number (addr_intl.go).
func TestFind_LowercaseForeignStreetsReadWhole(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"to the turn's end": {"A: and the address on the account", "C: [ADDRESS eight rue de la croix rousse lyon]"},
		"talk after":        {"A: what's your address", "C: [ADDRESS eight rue des lilas] and that's it"},
		"spelled particle":  {"A: and the billing address", "C: it's [ADDRESS avenida d e mayo fourteen twenty]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// "It's" and "that's" name no street of a corner: an address said
// between them is the address alone (addr_forms.go's cornerStop).
func TestFind_ContractionsAreNoCornerStreets(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"it's ... and that's": {"A: what is your address", "C: it's [ADDRESS nine nine first st] and that's in the valley"},
		"that's ... and it's": {"A: and the address", "C: that's [ADDRESS forty main street] and it's the blue house"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// A lot, space or site said as where someone lives, with the park after
// it (addr16.go); a lot sold or a parking space is no address.
func TestFind_SiteSomeoneLivesOn(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"lot and park":  {"C: My mom lives in [ADDRESS lot 17 at Sunny Pines.]"},
		"space alone":   {"C: I live in [ADDRESS space 31] now."},
		"auction":       {"C: They sold lot 17 for 90 dollars."},
		"parking space": {"C: I parked in space 31 near the door."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	// (Cased only: lowercase, "... cedar cove it's quiet" has no end to
	// the park's name, and the site is taken alone.)
	checkDialogueIn(t, []bool{false}, "C: We're staying on [ADDRESS site 8 at Cedar Cove.] It's quiet.")
}

// A suite or unit said alone and named as a room of a workplace is no
// address (addr16.go); a unit said as where someone lives stays one.
func TestFind_AUnitNamedAsARoomIsNoAddress(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"meeting room": {"C: Suite 5 is the big meeting room on the left."},
		"break room":   {"A: Unit 12 was our break room last year."},
		"a flat":       {"C: [ADDRESS Unit 12] is my apartment."},
		"the one":      {"C: [ADDRESS Suite 8] is the one with the blue door."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
