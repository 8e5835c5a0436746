package redact_test

import "testing"

// A name found once is found again with a possessive "'s": "send it to
// Tendai's savings" after "the payee is Tendai".
func TestFind_NameSaidAgainWithPossessive(t *testing.T) {
	checkDialogue(t,
		"A: Who is the payee?",
		"C: The payee's name is [PERSON Tendai Moyo].",
		"A: Should it go into [PERSON Tendai's] checking account?",
		"C: Yes.")
}
