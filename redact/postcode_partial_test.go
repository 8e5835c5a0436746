package redact_test

import "testing"

// A UK postcode cut short after its cue: the outward code and one digit.
func TestFind_PostcodeCutShort(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And the postcode?", "C: It's [ZIP n w one one] um hang on.")
	checkDialogue(t, "A: What's the post code there?", "C: Oh, [ZIP L S 6 2] and then I forget.")
	// No cue, or letters after it: not a cut-short code.
	checkDialogue(t, "A: Which bus was it?", "C: The n w one one, I think.")
	checkDialogue(t, "A: Which one?", "C: Row b 4 2 was ours.")
}
