package redact_test

import "testing"

// An agent's own name, in the words agents introduce themselves with, is a
// person even when it is a word ("Honey", "Sunday") or in no list, and a
// second word before the team is the surname; words in the same places
// stay words.
func TestFind_AgentIntroducesThemselves(t *testing.T) {
	checkDialogue(t, "A: Hi there, this is [PERSON Honey] at the returns desk, how can I help?", "C: Hi.")
	checkDialogue(t, "A: Good morning. This is [PERSON Vincent Crook] with the claims team.", "C: Morning.")
	checkDialogue(t, "A: Hi, [PERSON Ruud] here, I'm taking over your ticket.", "C: Okay.")
	checkDialogue(t, "A: Thanks for holding, you're through to [PERSON Sunday]. What's the account?", "C: One sec.")
	// Hard negatives beside them.
	checkDialogue(t, "A: Hi, this is urgent with the billing team, sorry.", "C: Okay.")
	checkDialogue(t, "A: Hello, it's me from billing again.", "C: Hi.")
	checkDialogue(t, "A: I'm new on the claims team, bear with me.", "C: Sure.")
	checkDialogue(t, "A: Hi, everyone here is busy today.", "C: Okay.")
	checkDialogue(t, "A: You're through to billing. What's the account?", "C: One sec.")
}

// A desk or a team greeting from "here" is no agent's name, capitalised
// or not: "Good morning, Reception here."; a name in the same place is.
func TestFind_DeskSaidBeforeHereIsNoName(t *testing.T) {
	checkDialogue(t, "A: Good morning, Reception here.", "C: Hi.")
	checkDialogue(t, "A: Hello, Accounts here, how can I help?", "C: Hi.")
	checkDialogueIn(t, []bool{false}, "A: Good morning, [PERSON Honey] here.", "C: Hi.")
	checkDialogue(t, "A: Hello, [PERSON Ruud] here, how can I help?", "C: Hi.")
}
