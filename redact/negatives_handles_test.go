package redact_test

import "testing"

// A handle said before its service ("I'm dean dot malmgren on skype")
// was given: the service's name marks nothing said after it, in the same
// turn or the next. A handle said after the service, and a username cue
// nearer the words, still mark them.
func TestFind_ServiceAfterAHandleMarksNothingAfter(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: How can we reach you besides the phone?",
		"C: I'm [USERNAME dean dot malmgren] on skype.",
		"A: Okay, press two when you hear the tone.")
	checkDialogue(t,
		"A: How can we reach you besides the phone?",
		"C: I'm [USERNAME dean.malmgren] on skype, it's point seven five percent cheaper.")
	checkDialogue(t,
		"A: How can we reach you besides the phone?",
		"C: On skype [USERNAME dean dot malmgren].")
	checkDialogue(t,
		"A: How can we reach you besides the phone?",
		"C: I'm [USERNAME dean.malmgren] on skype, and my twitter handle is [USERNAME joe_cool].")
}

// A username read on over plain words ("joe dot cool ...") ends before a
// reference and its number said after it ("press two", "ticket four five
// two one"), and a short cued ID is not read on over a reference named
// after it ("... your case reference is four eight two one three").
func TestFind_ValuesDoNotRunOnIntoAReference(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	checkDialogueIn(t, lower,
		"A: how do we reach you",
		"C: my skype is [USERNAME joe dot cool] press two when you hear the tone")
	checkDialogueIn(t, lower,
		"A: how do we reach you",
		"C: my skype is [USERNAME joe dot cool] ticket four five two one")
	checkDialogueIn(t, lower,
		"A: how do we reach you",
		"C: my skype is [USERNAME joe dot cool four five two one]")
	checkDialogueIn(t, lower,
		"A: and the account number",
		"C: it's six six oh uh your case reference is four eight two one three")
	checkDialogueIn(t, lower,
		"A: and the account number",
		"C: it's [ACCOUNT six six oh uh the one on top one two four four one]")
}
