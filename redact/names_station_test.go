package redact_test

import "testing"

// On radio traffic a place's name said where a name would be is a station
// called after where it is; a common first name, a surname after it or a
// first name before it keeps a person, and off the radio a town's name
// after "this is" is left to the name rules.
func TestFind_StationNamedAfterAPlaceIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: radio check", "C: roger loud and clear kano we have you")
	checkDialogueIn(t, []bool{true}, "A: okay falcon clearwater we show the valve shut", "C: roger out")
	checkDialogue(t, "A: Radio check, how do you read?", "C: Loud and clear. This is Clearwater, go ahead.")
	checkDialogue(t, "A: Radio check, how do you read?", "C: Loud and clear. Thanks, Kano, we copy the numbers.")
	// (a full name whose surname is a town; a common first name that is one)
	checkDialogue(t, "A: Radio check, how do you read?", "C: Loud and clear. We had a note from [PERSON Gilbert Ashford] today.")
	checkDialogueIn(t, []bool{false}, "A: Radio check, how do you read?", "C: Loud and clear. Thanks, [PERSON Austin], we copy the numbers.")
	// (a name the transcript gives with a cue of its own)
	checkDialogue(t, "A: Radio check, what's your name?", "C: My name is [PERSON Kano], [PERSON Kano Ibe].",
		"A: Thanks, [PERSON Kano], roger that.")
}

// Lowercase, a word opening its sentence before a number and a station
// named after a place is a call sign wherever the transcript says it.
func TestFind_DesignationBeforeAPlaceStationIsACallSign(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: tessa three geraldton how do you read", "C: loud and clear geraldton",
		"A: okay tessa we'd like a cabin reading")
}
