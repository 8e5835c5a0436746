package redact_test

import "testing"

// A first name that is also a well-known business, before a possessive of
// what a business has, is the business; a person's name there stays one.
func TestFind_BusinessNameBeforeAPossessive(t *testing.T) {
	checkDialogue(t, "C: What is Chase's phone number?", "A: One moment.")
	checkDialogue(t, "C: What is Dick's phone number?", "A: One moment.")
	checkDialogue(t, "C: I asked for [PERSON Chase's] birthday party.", "A: Right.")
	checkDialogue(t, "C: What is [PERSON John's] phone number?", "A: One moment.")
}
