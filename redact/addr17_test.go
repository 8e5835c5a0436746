package redact_test

import "testing"

// Address endings peers' address suites write (hn17): a floor
// abbreviated with its period, a trailer and a hangar as units (USPS
// Publication 28's secondary unit designators), a single-letter direction
// after a numbered highway with a unit after it, and a US highway spelled
// "u s" in a lowercase transcript.
func TestFind_AddressEndingsOfPeersSuites(t *testing.T) {
	checkDialogueIn(t, []bool{false},
		"A: Where should the courier go?",
		"C: It's [ADDRESS 41 Dock St., Fl. 3.]")
	checkDialogue(t,
		"A: Where do you want the parts sent?",
		"C: Send them to [ADDRESS 7310 Willow Bend Ct Trlr 14.]")
	checkDialogue(t,
		"A: Where's the hangar you rent?",
		"C: It's [ADDRESS 90 Airport Rd Hngr 6.]")
	checkDialogueIn(t, []bool{false},
		"A: And the service address?",
		"C: Sure, [ADDRESS 2290 Hwy 31 W.]")
	checkDialogueIn(t, []bool{false},
		"A: And the service address?",
		"C: It's [ADDRESS 615 Hwy 9 N Ste 120.]")
	checkDialogueIn(t, []bool{true},
		"A: where is the shop located",
		"C: it's [ADDRESS twenty two hundred u s highway forty one south]")
	// A highway named as a road, not as anyone's address.
	checkDialogueIn(t, []bool{true},
		"C: the u s highway nine was closed past the bridge")
	checkDialogueIn(t, []bool{false},
		"C: The sign said Fl. 2 was closed for cleaning.")
}

// A route number after a direction and a road word ("4120 W Hwy 290")
// is the road's, and a second unit after the first is the address's.
func TestFind_RouteAfterADirectionAndASecondUnit(t *testing.T) {
	checkDialogueIn(t, []bool{false},
		"A: Where do we send the new router?",
		"C: Please send it to [ADDRESS 2815 E Hwy 64 Ste 12.]")
	checkDialogueIn(t, []bool{false},
		"A: And the location of the site?",
		"C: Sure, [ADDRESS 415 Pine Ave. Bldg. 3 Ste 8.]")
	checkDialogueIn(t, []bool{true},
		"A: where do we send the new router",
		"C: [ADDRESS twenty eight fifteen east highway sixty four]")
}

// A road and its number alone, said where nobody asked for an address,
// is a road someone is on; with a box, a town after it or as the answer
// to an address question it is an address.
func TestFind_BareRoadNumberIsNoAddress(t *testing.T) {
	checkDialogue(t, "A: Your courier is on Route 14, about six stops out.")
	checkDialogue(t, "C: We were stuck on highway 3 for an hour.")
	checkDialogue(t,
		"A: What's the mailing address?",
		"C: It's [ADDRESS Route 14 Box 22.]")
}

// A ZIP code said right after a street, with no state between, is a ZIP;
// a count after a street is not.
func TestFind_ZIPRightAfterAStreet(t *testing.T) {
	checkDialogueIn(t, []bool{false}, "C: Ship it to [ADDRESS 2210 Larkspur Avenue,] [ZIP 48104.]")
	checkDialogueIn(t, []bool{false}, "C: My address is [ADDRESS 9 Tern Court,] [ZIP 97201-3318.]")
	checkDialogueIn(t, []bool{false}, "C: I live at [ADDRESS 14 Oak Street,] 20000 people live in this town.")
}
