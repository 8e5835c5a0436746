package redact_test

import "testing"

// A count of things is no phone number, whatever its length: digits
// before "views", "visitors" or "downloads" count them, unless a cue says
// they are a phone number.
func TestFind_CountsAreNoPhones(t *testing.T) {
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
	checkDialogue(t,
		"C: The counter on the page says 2125550000 visitors, which can't be right.")
	checkDialogue(t,
		"C: My number is [PHONE 2125550000], people call me there.")
	checkDialogueIn(t, []bool{false},
		"C: Reach me on [PHONE 2125550000], people say it works.")
}
