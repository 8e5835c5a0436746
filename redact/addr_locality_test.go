package redact_test

import "testing"

// A British address line: the district after the street when it is said
// twice or repeats the street's name, and a road inside an estate.
func TestFind_AddressDistrictAfterTheStreet(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Where should the courier go?", "C: It's [ADDRESS 27 Mill Lane Histon,] Histon, near the green.")
	checkDialogue(t, "A: Where should the courier go?", "C: It's [ADDRESS 8 Church Street Fen Ditton,] Fen Ditton, in Cambridge.")
	checkDialogue(t, "A: Where are you based?", "C: That's [ADDRESS 52 Girton Road Girton.]")
	checkDialogue(t, "A: Where are you based?", "C: That's [ADDRESS 9B Orchard Business Park Milton Road,] near the A14.")
	checkDialogue(t, "A: Where are you located?", "C: That's [ADDRESS twelve queen's parade] in ely.")
	// No district: a word after the street that is said once is talk.
	checkDialogue(t, "A: Where should the courier go?", "C: It's [ADDRESS 27 Mill Lane] tomorrow, please.")
	checkDialogue(t, "A: Where should the courier go?", "C: It's [ADDRESS 27 Mill Lane.] Thanks thanks.")
}
