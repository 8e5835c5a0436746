package redact_test

import "testing"

// An account number read back with no cue keeps the account's type when
// its digits have a phone's shape too: eleven digits that open with a 1
// (a country code and an area code) or a written phone layout. A phone
// asked for by name stays a phone.
func TestFind_AccountReadBackInAPhonesShape(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The account number is [ACCOUNT 16503287714.] Okay, so [ACCOUNT 16503287714.] Correct.",
		"my account number is [ACCOUNT one two one two four four seven eight nine one three] got it so [ACCOUNT one two one two four four seven eight nine one three] yes",
		"The account number is [ACCOUNT 16503287714.] And your cell? [PHONE 16505550143.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
