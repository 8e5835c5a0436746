package redact_test

import "testing"

// A person said next to the words that end a committee's or a union
// local's name is still a person (hn17_firm_trim.go, review17): a
// candidate voted for "for" an office, friends "of" a person, a first
// name and surname before "local" in lowercase. Made-up lines.
func TestFind_PeopleBesideCampaignWords(t *testing.T) {
	for _, c := range [][]string{
		{"C: We all voted for [PERSON Marisol Quenby] for sheriff last fall."},
		{"C: I'm backing [PERSON Teodor Vasko] for council this time."},
		{"C: Some friends of [PERSON Lionel Arkwright] stopped by the shop."},
		{"C: The neighbors of [PERSON Dana Whitfield] signed for the box."},
	} {
		checkDialogue(t, c...)
	}
	checkDialogueIn(t, []bool{true}, "C: my contact there is [PERSON wendell prosky] local three one nine")
	// The committees and locals stay no one.
	for _, c := range [][]string{
		{"C: The flyer came from Quenby For Sheriff on Tuesday."},
		{"C: There's a debit from Friends Of Arkwright I don't know."},
		{"C: My dues go to Boilermakers Local 88 twice a year."},
	} {
		checkDialogueIn(t, []bool{false}, c...)
	}
}

// "a" or "an" before a crew rank or a role makes what follows a thing
// named like a person (review17): a drink, a brand, a costume.
func TestFind_ARankBeforeANameIsAThing(t *testing.T) {
	checkDialogueIn(t, []bool{false}, "C: He asked for a Captain Morgan with lime.")
	checkDialogueIn(t, []bool{false}, "C: My kid wants to dress up as a Captain Hook this year.")
	checkDialogue(t, "C: Captain [PERSON Okafor] phoned about the refund.")
}

// A point-read IPv4 address after the device a caller reads it off
// (hn17_ip.go, review17): a camera, a laptop, a tablet.
func TestFind_PointReadIPOffADevice(t *testing.T) {
	for _, c := range [][]string{
		{"C: The doorbell camera shows [IP_ADDRESS ten point zero point one point forty.]"},
		{"C: My laptop says [IP_ADDRESS one seventy two point sixteen point nine point three.]"},
		{"A: What does the tablet list?", "C: [IP_ADDRESS one ninety two point one sixty eight point two point eleven.]"},
	} {
		checkDialogue(t, c...)
	}
	checkDialogue(t, "C: The reading was four point two point one point nine, then it dropped.")
}

// A role before a short word's possessive names a shop, no one
// (names_16dev.go, review17).
func TestFind_ARoleBeforeALettersPossessiveIsAShop(t *testing.T) {
	checkDialogue(t, "C: We stopped at Captain B's for fish on the drive.")
	checkDialogue(t, "C: The receipt says Coach J's Grill, not my place.")
}

// A credential after a name spoken of as he or she is the person's
// (hn17_firm_trim.go, rec_person.go orgWordAhead, review17); a practice
// spoken of as they stays a firm.
func TestFind_ACredentialSpokenOfAsHeOrSheIsAPersons(t *testing.T) {
	checkDialogue(t, "C: Our bookkeeper is [PERSON Lorna Iversen] CPA, she does the payroll.")
	checkDialogueIn(t, []bool{false}, "C: My tax man is [PERSON Tobias Wrenfield] CPA and he said to call.")
	checkDialogueIn(t, []bool{false}, "C: I got a bill from Wrenfield Iversen CPA, they want forty dollars.")
}

// A word in no list with "'s" before what an app or a site is said to be
// doing is no one in lowercase (names_12dev.go, review17); a listed name
// before the same verb still is.
func TestFind_AnAppIsDoingSomething(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: so spotifly's charging me twice this month")
	checkDialogueIn(t, []bool{true}, "C: yeah trulane's crashing every time i log in")
	checkDialogueIn(t, []bool{true}, "C: so [PERSON thandeka's] moving in on friday")
}
