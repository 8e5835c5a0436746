package redact_test

import "testing"

// Postal codes of many countries are all digits but not five of them
// ("1050" in Belgium, "0150" in Norway, "114 55" in Sweden, "01-234" in
// Poland, "70040-010" in Brazil): where a postal code is asked for by name
// ("and the postcode?") the answer is one.
func TestFind_ForeignPostcodeAnswer(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And the postcode?", "C: [ZIP 8004.]")
	checkDialogue(t, "A: And what's the postal code there?", "C: Um, it's [ZIP 0472.]")
	checkDialogue(t, "A: Could I get the post code?", "C: Sure, [ZIP 114 55.]")
	checkDialogue(t, "A: And the postcode, please?", "C: Yeah, [ZIP 02-791.]")
	checkDialogue(t, "A: And the postal code?", "C: That's [ZIP 70040-010.]")
	checkDialogueIn(t, []bool{false}, "A: And the postal code?", "C: [ZIP 1012 AB,] in Amsterdam.")
	checkDialogue(t, "A: What postcode is that?", "C: I think [ZIP 760.]")
	checkDialogueIn(t, []bool{true}, "A: and the postcode", "C: [ZIP three zero one five]")
	checkDialogueIn(t, []bool{true}, "A: and the postal code", "C: um [ZIP fifty two twenty]")
	checkDialogueIn(t, []bool{true}, "A: and the postcode", "C: [ZIP twenty one hundred]")
	checkDialogueIn(t, []bool{true}, "A: and the postal code", "C: [ZIP seven oh oh four oh zero one oh]")
	checkDialogueIn(t, []bool{true}, "A: and the postal code", "C: oh [ZIP nine six nine one three]")
	// A number that is no postcode: an amount, a count, a year.
	checkDialogue(t, "A: And the postcode?", "C: I paid 40 dollars for the shipping.")
	checkDialogue(t, "A: And the postcode?", "C: I don't know it, we moved there in 2019.")
	checkDialogue(t, "A: And the postcode?", "C: Sorry, I've had 3 calls already today.")
}

// A UK inward code the tokenizer reads as an ordinal ("0ND", "1ST"), and
// spelled letters that run on into the next word ("a x i found it").
func TestFind_UKPostcodeEdges(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And the postcode?", "C: [ZIP LS2 0ND.] Is that enough?")
	checkDialogue(t, "A: And the postcode?", "C: Okay, [ZIP M4 1ST.]")
	checkDialogueIn(t, []bool{true}, "A: and the postcode", "C: [ZIP l s two four a x] i think that's it")
	checkDialogueIn(t, []bool{true}, "A: and the postcode", "C: [ZIP l s two oh n d] and the flat is upstairs")
	// An ordinal that is no inward code.
	checkDialogue(t, "A: And the postcode?", "C: I moved on the 2nd, I don't know it yet.")
}

// "Oh" opening the answer is an interjection, not the ZIP code's zero.
func TestFind_ZipAfterOh(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: and the zip code for the card", "C: oh [ZIP nine four one oh five] that's it")
	checkDialogueIn(t, []bool{true}, "A: and the zip code", "C: oh [ZIP six oh six oh seven one one two seven]")
}
