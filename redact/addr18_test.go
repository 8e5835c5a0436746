package redact_test

import "testing"

// The Publication 28 forms of addr18.go, each in phrasing of its own (not
// the probe's, not the sets').

func TestFind_AddressUnitWithNoNumberEndsTheAddress(t *testing.T) {
	checkDialogue(t,
		"A: Where does the cottage sit?",
		"C: It's [ADDRESS 903 Ridgeline Road, rear.]")
	checkDialogue(t,
		"A: Where should the courier go?",
		"C: [ADDRESS 57 Fairmount Street, Upper.]")
	// The designator's word opening talk of its own is left alone.
	checkDialogue(t, "C: We live at [ADDRESS 40 Birch Road,] front door is blue.")
}

func TestFind_AddressUnitsOfferedByPublication28(t *testing.T) {
	checkDialogue(t, "C: Our firm is at [ADDRESS 18 Kellerman Avenue, Office 12.]")
	checkDialogue(t, "C: The sailboat docks at [ADDRESS 300 Bayshore Drive, Slip forty one.]")
}

func TestFind_AddressBuildingNamedBeforeTheStreet(t *testing.T) {
	checkDialogue(t, "C: I work in [ADDRESS the Linwood building, 75 Carver Street.]")
	checkDialogueIn(t, []bool{false}, "C: Mail it to [ADDRESS Ferris Tower, 9 Quay Street.]")
	// A building's noun after a plain word, not said as where anyone is,
	// stays out.
	checkDialogue(t, "C: We rented the old lodge, [ADDRESS 12 Alder Road,] last spring.")
}

func TestFind_AddressDrawersCallerBoxesAndContractRoutes(t *testing.T) {
	checkDialogue(t, "C: Payments go to [ADDRESS P.O. Drawer 7781.]")
	checkDialogue(t, "A: Where do we write?", "C: [ADDRESS post office drawer nine.]")
	checkDialogue(t, "C: Write to [ADDRESS caller box 455.]")
	checkDialogue(t, "C: We're out on [ADDRESS highway contract route two, box ninety.]")
	checkDialogue(t, "C: It's [ADDRESS RR 3, Box 17C.]")
	// A drawer in a kitchen.
	checkDialogue(t, "C: The receipts are in drawer 3 of the desk.")
}

func TestFind_AddressShipAtAFleetPostOffice(t *testing.T) {
	checkDialogue(t, "C: Address it to [ADDRESS USNS Tolland, FPO AE] [ZIP 09587.]")
}

func TestFind_AddressNumberedStreetWithNoType(t *testing.T) {
	checkDialogue(t, "A: And where are you?", "C: I'm at [ADDRESS 1010 East 14th.]")
	checkDialogue(t, "C: The 2 north 4th floor rooms are booked.")
}
