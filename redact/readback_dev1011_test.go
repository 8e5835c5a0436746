package redact_test

import "testing"

// An account number read back by the agent with no cue keeps the account's
// type, though ten digits are also a phone's shape.
func TestFind_AccountReadBackIsNotAPhone(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "C: Sure, my account number is [ACCOUNT 7304182659.]", "A: Got it, [ACCOUNT 7304182659?]", "C: Yes.")
	checkDialogue(t, "C: the account number is [ACCOUNT six two one one oh four eight three three seven]", "A: so [ACCOUNT six two one one oh four eight three three seven] right", "C: yes")
	// A phone read back stays a phone.
	checkDialogue(t, "C: My cell is [PHONE 415 555 0123.]", "A: Okay, [PHONE 415 555 0123?]", "C: Yep.")
}

// A phone asked for as the number "to text" is a phone, though an account
// number was asked for before it and a filler splits it.
func TestFind_PhoneToTextAfterAnAccount(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: What's the account number on the letter?", "C: [ACCOUNT 8 8 1 0 2 7 3 4 5.]",
		"A: And which number can we text?", "C: That's [PHONE 3 1 2 4 4 0, uh, 7 7 1 8.]")
	checkDialogue(t, "A: What's the account number on the letter?", "C: [ACCOUNT 8 8 1 0 2 7 3 4 5.]",
		"A: What number should we text you on?", "C: [PHONE 3 1 2, 4 4 0, er, 7 7 1 8.]")
}
