package redact_test

import "testing"

// addr19_lone_unit.go's forms, in phrasing of their own (not the probe's,
// not the sets').

func TestFind_AddressUnitOfAMachineIsNoAddress(t *testing.T) {
	checkDialogue(t, "C: The crew swapped the pump unit B two yesterday.")
	checkDialogue(t, "C: Please reset the camera unit 7 before noon.")
	// A unit said where someone lives stays an address.
	checkDialogue(t, "A: Which unit do you rent?", "C: [ADDRESS Unit 7.]")
	checkDialogue(t, "C: I moved into [ADDRESS unit 14B] last fall.")
}

func TestFind_AddressSuiteBookedForAStayIsNoAddress(t *testing.T) {
	checkDialogue(t, "C: My parents are in suite 512 for the wedding.")
	checkDialogue(t, "C: We got unit 9 at the resort for one night.")
	checkDialogue(t, "C: They put the speakers in suite 20 during the convention.")
	// An office suite with no stay after it stays an address.
	checkDialogue(t, "C: Our clinic moved to [ADDRESS suite 210] last month.")
}
