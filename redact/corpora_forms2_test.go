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
