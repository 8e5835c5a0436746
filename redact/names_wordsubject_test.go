package redact_test

import "testing"

// A first name that is also a word, bare before a verb of its own, is the
// one doing it; with an article, before a number or as a mass noun it
// stays a word.
func TestFind_WordNameAsASubjectIsAName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Anything else?", "C: Yes, [PERSON Frank] has the new checklist for you.")
	checkDialogueIn(t, []bool{false}, "A: Where is everyone?", "C: I think [PERSON Cliff] is down in the lower bay.")
	checkDialogueIn(t, []bool{false}, "A: Who's driving?", "C: After the turn, [PERSON Rod] takes the wheel.")
	checkDialogue(t, "A: Any word from home?", "C: [PERSON Jack] says the roof is fixed.")
	checkDialogue(t, "A: Any word from home?", "C: Okay, so [PERSON Bill] wants the pictures first.")
	// (a noun with its article, a price, a mass noun, lowercase before "is")
	checkDialogue(t, "A: What's the damage?", "C: The bill is higher than last month.")
	checkDialogueIn(t, []bool{false}, "A: What's the damage?", "C: Bill is 40 dollars with the tip.")
	checkDialogue(t, "A: How are you holding up?", "C: Faith is what keeps us going.")
	checkDialogueIn(t, []bool{true}, "A: what's the damage", "C: well bill is higher than last month")
}

// Lowercase, a first name that is also a word ending its turn right after
// an acknowledgement, a thanks or "go ahead" is the one spoken to; an
// everyday word there stays a word.
func TestFind_WordNameClosingATurnAfterAnAck(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: the pad is ready when you are", "C: go ahead [PERSON frank]", "A: okay")
	checkDialogueIn(t, []bool{true}, "A: i fixed the latch for you", "C: thanks [PERSON jack]", "A: sure")
	checkDialogueIn(t, []bool{true}, "A: that's the last of it", "C: thank you [PERSON bill]")
	checkDialogueIn(t, []bool{true}, "A: the latch is stuck again", "C: okay grab the jack")
	checkDialogueIn(t, []bool{true}, "A: what did they send", "C: thanks the bill")
}
