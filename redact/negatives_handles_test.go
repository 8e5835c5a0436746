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
