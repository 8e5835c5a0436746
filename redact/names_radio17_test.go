package redact_test

import "testing"

// The positions of an operations room, called over its loops, are
// stations, not people; the person sitting at one keeps the name.
func TestFind_ConsoleRoleOnTheLoopIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Roger, we see the pressure dropping.", "C: Fido, copy, give me a new number for the burn.")
	checkDialogueIn(t, []bool{false}, "A: Eecom, Flight, how is the cabin?", "C: Flight, Eecom, holding steady, roger.")
	checkDialogue(t, "A: Roger that, we are ready to board.", "C: Copy, Ops says the gate changed, [PERSON Mirela] will meet you there.")
}

// "Roger" opening a turn before an everyday word's "'s" acknowledges; a
// name's possessive after it keeps Roger a person.
func TestFind_RogerBeforeAWordsContractionAcknowledges(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Is the tank topped up?", "C: Roger, everything's full and the cap is on.")
	checkDialogueIn(t, []bool{false}, "A: Whose pickup is blocking the lane?", "C: [PERSON Roger Whitcombe's], he is moving it now.")
}

// "Roger" before "is" and a name on no list of words opens a question
// about someone else once the punctuation is gone; "roger is here" keeps
// Roger a person.
func TestFind_RogerBeforeIsAndANameAcknowledges(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: The pump is primed.", "C: Roger. Is [PERSON Siobhan] still down at the sump?")
	checkDialogueIn(t, []bool{true}, "A: Who is at the gate?", "C: [PERSON Roger] is here with the keys.")
}

// Cased, a word set off by commas after a callee known as a station opens
// the caller's call sign, trimmed wherever the transcript names it; a
// listed first name there stays a person.
func TestFind_CallerAfterCalleeIsACallSign(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Heron, Bayview, how do you read?", "C: Loud and clear, Bayview, we are past the marker buoy.")
	checkDialogueIn(t, []bool{false}, "A: Dispatch, Haulpack, the road is blocked at the ramp.", "C: Copy, Haulpack, hold there.")
	checkDialogueIn(t, []bool{false}, "A: Tower, [PERSON Dimitri], I left my headset in the truck.", "C: Copy, [PERSON Dimitri], it's on the desk.")
	checkDialogueIn(t, []bool{false}, "A: Tower, [PERSON Okonkwo], I left my headset in the truck.", "C: Copy, [PERSON Okonkwo], it's on the desk.")
}

// Cased, a name that is also a word, found once, is the person again
// opening a sentence before a verb of saying or wanting.
func TestFind_WordNameAgainBeforeASayingVerb(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Please tell [PERSON Summer] we're running late.", "C: Will do. [PERSON Summer] says the caterer can wait.")
	checkDialogueIn(t, []bool{false}, "A: Summer is nearly over.", "C: Yes. Summer wants to end, the nights are cold.")
}

// A crew's rank before a name is a title, as "Sergeant" is (the title may
// be covered with the name).
func TestFind_CrewRankBeforeANameIsATitle(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Who has the watch tonight?", "C: I think [PERSON Commander Adeyemi] has it until six.")
	checkDialogueIn(t, []bool{true}, "A: Who has the watch tonight?", "C: I think Commander [PERSON Adeyemi] has it until six.")
	checkDialogue(t, "A: The hotel van is here.", "C: Good, is Captain [PERSON Lindqvist] still asleep?")
}
