package redact_test

import "testing"

// Businesses named after their owners, with a trade after the name
// (hn17_firms.go), are no people; a person named next to the same words
// still is.
func TestFind_FirmsNamedAfterPeopleWithATrade(t *testing.T) {
	for _, c := range [][]string{
		{"C: I do the books for Halvorsen Pryce Architects, downtown."},
		{"C: There's a charge from Wojcik Meats that I never made."},
		{"A: The contractor in your area is Delgado Brothers Paving."},
		{"C: I got a bill from Imogen Tarrant Orthodontics for my son."},
		{"C: I received a notice from Ferreira Hotel Supply this morning."},
		{"C: My landlord is Okoro Capital Partners, they own the block."},
		{"C: We order from Tanaka Sushi Bar every Friday."},
		{"C: My accountant is Ravi Menon CPA, they file for us."},
		{"C: They sent us to Whitlock Funeral Home for the arrangements."},
		{"C: I work the front desk at Brannigan Staffing."},
		{"C: I was sent over by Dragan Pediatric Dentistry today."},
		{"C: I was sent here by Milos Auto Glass for the chip."},
	} {
		checkDialogue(t, c...)
	}
	for _, c := range [][]string{
		{"C: My name is [PERSON Ravi Menon,] I'm an accountant."},
		{"C: My accountant is [PERSON Ravi Menon] CPA, he files for us."}, // (a credential spoken of as he: review17)
		{"C: I received a payment from [PERSON Imogen Tarrant] for the rent."},
		{"C: This is [PERSON Lena Wojcik] and I'm calling about my bill."},
		{"C: I was referred by [PERSON Okafor] for the dentistry work."},
	} {
		checkDialogue(t, c...)
	}
}

// A business word before a name, as many languages write a business's
// name, makes it the business's in a cased transcript.
func TestFind_BusinessWordBeforeAName(t *testing.T) {
	for _, c := range [][]string{
		{"C: We stayed two nights at Pension Greta near the station."},
		{"C: The card was charged by Taverna Yannis on the harbour."},
		{"C: My receipt from Librairie Dupont shows the wrong total."},
		{"C: I picked up the pills at Farmacia Santa Clara."},
		{"C: The booking says Hotel Lindqvist, not the one I chose."},
		{"C: The charge came from Zapateria Villalobos downtown."},
		{"C: I bought bread at Padaria Albuquerque this morning."},
		{"C: We had dinner at Osteria da Beppe on Friday."},
	} {
		checkDialogueIn(t, []bool{false}, c...)
	}
	checkDialogueIn(t, []bool{false},
		"C: The hotel manager, [PERSON Greta Lindqvist,] signed for it.")
	checkDialogueIn(t, []bool{false},
		"C: My daughter [PERSON Valeria Ortiz] placed the order.")
	// In lowercase, only a shop word that is no English word.
	checkDialogueIn(t, []bool{true}, "C: we had dinner at trattoria da beppe on friday")
	checkDialogueIn(t, []bool{true}, "C: i bought bread at panaderia dona lucia")
	checkDialogueIn(t, []bool{true}, "C: my pension [PERSON anna] said it would come monday")
}

// Campaign committees, union locals, dealers and firms "and sons" are no
// people, whichever rule read the name (hn17_firm_trim.go); a name after
// a naming cue, or a person's own group, still is.
func TestFind_CommitteesDealersAndFamilyFirms(t *testing.T) {
	for _, c := range [][]string{
		{"C: I gave twenty dollars to Citizens For Abernethy last fall."},
		{"C: The mailer came from Committee To Elect Moravec, not from you."},
		{"C: There's a charge from Brightwater For Senate on my card."},
		{"C: My dues go to Pipefitters Local 412 every month."},
		{"C: The loaner came from Haverkamp Subaru down the road."},
		{"C: The roof was done by Castellano And Sons last spring."},
		{"C: A letter came from the Ortolani Family Foundation about a grant."},
		{"C: I ordered from Bellucci Pizzeria and it came cold."},
	} {
		checkDialogue(t, c...)
	}
	for _, c := range [][]string{
		{"C: My name is [PERSON Dana Subaru,] like the car."},
		{"C: We met [PERSON Jerry Feldman's] group at the conference."},
	} {
		checkDialogueIn(t, []bool{false}, c...)
	}
}
