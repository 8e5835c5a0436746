package redact_test

import "testing"

// A count of things is no phone number, whatever its length: seven digits
// before "views", "people" or "downloads" count them.
func TestFind_SevenDigitCountsAreNoPhones(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: The clip went viral, it has 2750000 views already.")
	checkDialogue(t,
		"C: Their site claims 4812337 downloads last month.")
	checkDialogue(t,
		"A: And a number to reach you on?",
		"C: It's [PHONE 4812337], any time.")
	checkDialogue(t,
		"C: Call me back on [PHONE 2750000] tomorrow, please.")
}
