package redact_test

import "testing"

// A street with no type, asked for, that a city and a state confirm even
// when more talk follows it in the same sentence; asked for with nothing
// after it to confirm it, a common word is still no street.
func TestFind_TypelessStreetAskedThenCityAndState(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: where should the crew go",
		"C: uh [ADDRESS forty one ravenswood denver colorado] round the back please")
	checkDialogueIn(t, []bool{true}, "A: where should the crew go",
		"C: at [ADDRESS twelve oh five kedzie springfield illinois] the gate code is on the sign")
	// Hard negatives: counts before a place, asked for or not.
	checkDialogueIn(t, []bool{true}, "A: where should the crew go",
		"C: we have three offices chicago illinois is the main one")
	checkDialogueIn(t, []bool{true}, "A: where do you need us",
		"C: at two locations denver colorado and boulder")
}

// A printed code whose hyphen-joined groups mix letters and digits is a
// reference or a model, not an uncued number; a cue still makes it an ID,
// and a letter group apart from the digits keeps a number a number.
func TestFind_MixedGroupCodesAreNoNumbers(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: The sticker on the router says RX-4410-22B under the barcode.")
	checkDialogueIn(t, []bool{false}, "C: Our ticket came back as Q7-2210-88411-K, is that normal?")
	checkDialogueIn(t, []bool{false}, "C: My member ID is [ACCOUNT XJ7-441-90821.]")
	checkDialogueIn(t, []bool{false}, "C: The part was [NUMBER 808-412-3399-B,] the blue one.")
}

// An institution's post office box: the institution's capitalised name
// before the box, and a building or mail-stop code after it, are the
// address's. Lowercase, the name cannot be told from the talk before it,
// so the box starts the address there.
func TestFind_InstitutionsPostOfficeBox(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: Mail it to [ADDRESS Riverside Community Hospital PO Box 1200,] Tulsa.")
	checkDialogueIn(t, []bool{false}, "A: Which address?", "C: It is [ADDRESS Lakeland Science Center P.O. Box 5521, Bldg 7,] Tampa.")
	checkDialogueIn(t, []bool{false}, "C: Send it to [ADDRESS PO Box 881, Kx 40,] Dayton.")
	checkDialogueIn(t, []bool{true}, "C: send it to [ADDRESS p o box eight eight one kx forty] dayton ohio")
	// Talk before the box is not the institution's; a ZIP or a city after it is no mail stop.
	checkDialogueIn(t, []bool{false}, "C: I called the Service Center. [ADDRESS PO Box 12] is where it goes.")
	checkDialogueIn(t, []bool{false}, "C: Mail it to [ADDRESS PO Box 1200,] Tulsa [ZIP 74101.]")
}

// A surname's particle said before the found name is the name's ("mc"
// as a recogniser splits "McCullum", "de souza"); after an article or a
// possessive the word is a noun.
func TestFind_SurnameParticleBeforeAName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: whose name is it under", "C: sure [PERSON mc carthy helen]")
	checkDialogueIn(t, []bool{true}, "A: whose name is it under", "C: it's [PERSON de souza maria]")
	checkDialogueIn(t, []bool{true}, "C: we loaded the van [PERSON john] drove it back")
}
