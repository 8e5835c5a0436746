package redact_test

import "testing"

// A person copied in, looped in, or got on the line is a name; a team or
// a file in the same frame stays a word.
func TestFind_NameCopiedInOrGotOnTheLine(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: can you copy [PERSON oyelowo] on that email", "A: sure")
	checkDialogueIn(t, []bool{true}, "C: loop [PERSON radovan] into the thread please", "A: done")
	checkDialogueIn(t, []bool{true}, "C: bcc [PERSON gwendolyn] on the invoice", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: could you get [PERSON thaddeus] on the phone for me", "A: one moment")
	checkDialogueIn(t, []bool{true}, "C: get me [PERSON anastasios] on the line", "A: sure")
	// Hard negatives beside them.
	checkDialogueIn(t, []bool{true}, "C: copy the file on the shared drive", "A: done")
	checkDialogueIn(t, []bool{true}, "C: get the pharmacy on the phone", "A: one moment")
	checkDialogueIn(t, []bool{true}, "C: loop the finance team in", "A: okay")
}

// A person reached out to, followed up with, connected with or checked in
// with is a name; a desk there stays a word.
func TestFind_NameReachedOrFollowedUpWith(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: please reach out to [PERSON cosimo] about the quote", "A: sure")
	checkDialogueIn(t, []bool{true}, "C: connect me with [PERSON evangelina] in sales", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: i need to follow up with [PERSON takeshi] on friday", "A: noted")
	checkDialogueIn(t, []bool{true}, "C: can you check in with [PERSON mehdi] tomorrow", "A: sure")
	// Hard negatives beside them.
	checkDialogueIn(t, []bool{true}, "C: follow up with billing about the refund", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: reach out to support when you can", "A: sure")
}

// Lowercase, a first name that is also a word is a name where the frame
// of its verb shows a person ("let X know", "wish X a happy ...") or a
// clause or what is sent follows it; an initial before a surname is part
// of the name.
func TestFind_WordFirstNameInItsVerbsFrame(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: let [PERSON hazel] know the car is ready", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: remind me to wish [PERSON ginger] a happy anniversary", "A: sure")
	checkDialogueIn(t, []bool{true}, "C: ring [PERSON ray] when the game is over", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: ask [PERSON holly] whether the room is free", "A: sure")
	checkDialogueIn(t, []bool{true}, "C: text [PERSON bob] the gate code", "A: done")
	checkDialogueIn(t, []bool{true}, "C: send a message to [PERSON k okonkwo] about the lease", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: call [PERSON vincent] at the office", "A: sure")
	checkDialogueIn(t, []bool{true}, "C: ring [PERSON hamish] at home", "A: sure")
	// Hard negatives beside them.
	checkDialogueIn(t, []bool{true}, "C: let me know when the bill is ready", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: call a plumber when you can", "A: okay")
}

// A person added to a standup or a session is a name.
func TestFind_NameAddedToAStandup(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: add [PERSON ramona] to the monday standup", "A: done")
	checkDialogue(t, "C: Please add [PERSON Jurgen] to the design session.", "A: Done.")
}

// A person dropped a line or shot a text, put through to, or brought in on
// something is a name; an initial before a name is part of it, cased or
// lowercase.
func TestFind_NameDroppedALineOrPutThrough(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: drop [PERSON kwabena] a line about the deposit", "A: sure")
	checkDialogueIn(t, []bool{true}, "C: shoot [PERSON liesel] a note before the call", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: could you put me through to [PERSON ignacio]", "A: one moment")
	checkDialogueIn(t, []bool{true}, "C: bring [PERSON anouk] in on the hiring plan", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: ring [PERSON rocky] back after lunch", "A: sure")
	checkDialogue(t, "C: Please follow up with [PERSON D. Adebayo] about the permit.", "A: Will do.")
	// Hard negatives beside them.
	checkDialogueIn(t, []bool{true}, "C: drop the kids at school and leave a note", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: put me through to billing please", "A: one moment")
	checkDialogue(t, "C: Please follow up with Plan B about the permit.", "A: Will do.")
}
