package redact_test

import "testing"

// A number asked for as "the one on ..." after a number was given is of
// the first number's type: "the one" stands for its noun, and the words
// after it only qualify it.
func TestFind_TheOneAskedForTakesTheTypeBefore(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: What's your social?",
		"C: It's [SSN 512 38 7741.]",
		"A: Thanks. And the one on your wife's checking account?",
		"C: Sure, [SSN 498210367.]")
	// "The one" with no number of its length before keeps its own cue.
	checkDialogueIn(t, []bool{false},
		"A: What's your zip?",
		"C: It's [ZIP 30307.]",
		"A: And the one on the savings account?",
		"C: [ACCOUNT 4471 9920 3318.]")
}

// A date of birth said again in another order or form is the DOB.
func TestFind_DateOfBirthReadBackInAnotherOrder(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: And your date of birth?",
		"C: [DOB 11/04/1962.]",
		"A: I'll enter it as [DOB 1962-11-04] in the new system.")
	checkDialogueIn(t, []bool{true},
		"A: And your date of birth?",
		"C: [DOB eleven oh four nineteen sixty two].",
		"A: So that's [DOB nineteen sixty two eleven oh four] for the form.")
	// Another date is not.
	checkDialogue(t,
		"A: And your date of birth?",
		"C: [DOB 11/04/1962.]",
		"A: Your policy renews on 2026-11-05.")
}

// Numbers and addresses next to other values: an international number
// after a quantity's cue of the sentence before, a phone number read
// right before a spoken email, a written address whose top-level label
// this package does not list, and the word "equals" before a spoken
// address.
func TestFind_ValuesNextToOtherTalk(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false},
		"A: The wait is about forty minutes. Dublin desk [PHONE +353 1 555 0199.]")
	checkDialogueIn(t, []bool{true},
		"A: the wait is about forty minutes dublin desk [PHONE plus three five three one five five five zero one nine nine]")
	checkDialogueIn(t, []bool{true},
		"C: for the courier it's [PHONE plus one six one seven five five five zero one nine nine] [EMAIL dana dot ruiz at acme dot com]")
	checkDialogueIn(t, []bool{false},
		"C: Write to [EMAIL lena@atelier.berlin] for the quote.")
	checkDialogueIn(t, []bool{false},
		"C: I typed lena@gmail.con in the form, that's why it bounced.")
	checkDialogueIn(t, []bool{true},
		"C: the config says email equals [EMAIL ops at example dot com] and nothing else")
}

// Credentials read out: a username and a password each after its short
// cue ("user ..., pass ..."), a password read character by character with
// its symbols, a question back after a security question, the security
// question put as a phrase ending in a period, and a cue that qualifies
// another noun ("the reset password URL").
func TestFind_CredentialsReadOut(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false},
		"C: For the old portal? User: [USERNAME marta_k,] pass: [PASSWORD Tr0ub4dor&3.]")
	checkDialogueIn(t, []bool{true},
		"C: the old portal user [USERNAME martak] pass [PASSWORD t r zero u b four dollar sign three exclamation mark]")
	checkDialogue(t,
		"A: Can you give me the answer to your security question?",
		"C: Which one is it?",
		"A: The name of your first school.",
		"C: Oh, [PASSWORD Hillcrest.]")
	checkDialogueIn(t, []bool{true},
		"C: the reset password u r l is [URL example dot org slash reset slash password slash nine nine]")
}

// Long numbers said as codes: a letter ending a part number is the
// number's, and "one" after a plural noun ("the numbers one one one ...")
// is a digit, not a pronoun, so no phone is cut out of the run.
func TestFind_CodesKeepTheirEnds(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true},
		"C: the serial on the box is [NUMBER four four seven one two nine nine eight b] okay thanks")
	checkDialogueIn(t, []bool{true},
		"C: and the numbers [NUMBER one one one two two two three three three four four four] are on the label")
	// A letter going on into the sentence is not the code's.
	checkDialogueIn(t, []bool{true},
		"C: the serial is [NUMBER four four seven one two nine nine eight] a little faded")
}
