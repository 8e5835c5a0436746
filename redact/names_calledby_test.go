package redact_test

import "testing"

// The one a station's Cap Com calls, opening the sentence before the
// station, is a call sign wherever the transcript says it.
func TestFind_CalledByAStationIsACallSign(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Tern, Woolgar Cap Com, how do you read?", "C: Loud and clear. Go ahead, Woolgar.",
		"A: Roger, Tern, we show you on time.")
	checkDialogueIn(t, []bool{true}, "A: lark dancer kiama cap com", "C: go ahead kiama", "A: roger lark dancer")
	// (a person called by name before a plain sentence is still a person)
	checkDialogue(t, "A: [PERSON Hollis], the station says we are early.", "C: Thanks, [PERSON Hollis].")
}

// A call sign signing off ("Tern out.") is a call sign everywhere in the
// transcript; "Roger, out." and an everyday word before "out" are none.
func TestFind_SignOffNamesACallSign(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Thanks, Wayfarer, nice work today.", "C: Nothing more from us. Wayfarer out.")
	checkDialogueIn(t, []bool{false}, "A: We copy, Wayfarer.", "C: Okay, all done here, Wayfarer out.")
	checkDialogue(t, "A: Thanks, [PERSON Hollis].", "C: Lights out.")
}

// A turn that opens with the call itself ("Tern, Kiama.") is radio traffic,
// and its second word the station calling.
func TestFind_RadioCallOpeningATurn(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Tern, Kiama.", "C: Go ahead, Kiama, we read you.")
	checkDialogueIn(t, []bool{false}, "A: Wayfarer, Clearwater, over.", "C: Go ahead.", "A: Thanks, Clearwater.")
	checkDialogueIn(t, []bool{false}, "A: [PERSON Hollis], [PERSON Dunmore].", "C: Yes?", "A: Thanks, [PERSON Dunmore].")
}
