package redact_test

import "testing"

// A dollar amount said with "hundred" and its cents ("two hundred forty
// nine ninety nine") runs into seven digits, a phone's length: it is no
// phone, number or account, even in talk of an account. A phone said with
// "hundred" is still one.
func TestFind_SpokenAmountsAreNotNumbers(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true},
		"A: Which charge on the account are you disputing?",
		"C: The one for three hundred sixty four eighty nine from a hotel I never stayed at.")
	checkDialogueIn(t, []bool{true},
		"C: The repair came to one hundred and twelve fifty, which is too much.")
	checkDialogueIn(t, []bool{true},
		"C: My cell is [PHONE five hundred fifty five, twelve thirty four].")
	checkDialogueIn(t, []bool{true},
		"C: Call the desk at [PHONE eight hundred five five five one two one two].")
}

// A date said year first after "due" or "by" is a date, not an account
// number, in talk of an account too.
func TestFind_DueDatesAreNotAccounts(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true},
		"C: My account shows a payment due twenty twenty five oh three fourteen, is that right?")
	checkDialogueIn(t, []bool{true},
		"A: The account statement must be paid by twenty twenty six eleven thirty.")
}

// A house number said again before other street words starts another
// street the speaker rules out ("not 101 Main Straight"): no read-back of
// the address. A unit number read back stays the address's.
func TestFind_HouseNumberSaidAgainIsNoReadBack(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: Deliver it to [ADDRESS 2210 Elm Street,] please.",
		"A: Got it. The driver wrote 2210 Elm Straight?",
		"C: No, that was a typo.")
	checkDialogueIn(t, []bool{true},
		"C: Deliver it to [ADDRESS forty four kessler road unit three ten], please.",
		"A: [ADDRESS Three ten,] was it?",
		"C: Yes [ADDRESS three ten].")
}

// A run of hex bytes read out (a readout, a MAC, a dump) is no phone or
// long number, written or spoken.
func TestFind_HexDumpsAreNotNumbers(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: The screen says 00 12 00 47 52 C4 E1 09, in hex.")
	checkDialogueIn(t, []bool{true}, "C: the screen says zero zero twelve zero zero forty seven fifty two c four e one oh nine in hex")
}
