package redact_test

import "testing"

// Document numbers named as people name them: "lic number", a "travel
// document", an "identification number" at a state ID office, and a
// license ending in the letter A said as a word.
func TestFind_DocumentNumbersNamedOtherwise(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Which driver are we adding?", "C: My daughter. Her lic number is [DRIVER_LICENSE B412-903-771-205.]")
	checkDialogue(t, "A: Go ahead with the booking details.", "C: My travel document is [PASSPORT C40917283.]")
	checkDialogue(t, "A: State identification office, how can I help?", "C: My identification number is [DRIVER_LICENSE W71204458] and I lost the card.")
	checkDialogue(t, "A: And her driver's license?", "C: It is [DRIVER_LICENSE seven six five four three two one A.] Thanks.")
	checkDialogue(t, "C: I have a state ID, the number is [DRIVER_LICENSE X1204588.]")
	// A passport's expiry is no card's, "passport's" said or "passport".
	checkDialogue(t, "C: Passport's [PASSPORT 123456789,] it expires in August 2030.")
	// A passport number read twice, with a query between, and then its
	// expiry: the expiry is the document's, not a card's, though the
	// passport was named some thirty words before.
	checkDialogueIn(t, []bool{true}, "C: i'd like to change the passport on my travel profile",
		"A: of course what's the new passport number", "C: [PASSPORT k five one um sorry that's k as in kite five one three three eight two oh four]",
		"A: hmm sorry the line cut out can you read it once more slowly", "C: [PASSPORT k five one three three eight two oh four]",
		"A: and the expiry", "C: march twenty thirty one")
	// Letters spelled with a word for each ("d as in david"), before the
	// digits or between them.
	checkDialogue(t, "A: And the driver's license?", "C: It's [DRIVER_LICENSE D as in David, four one two three three six five.]")
	checkDialogue(t, "A: Your member ID?", "C: [ACCOUNT A as in apple, one two three, B as in boy, four five six.]")
	// New Jersey's license: a letter and 14 digits, typed by the talk.
	checkDialogue(t, "A: Which state issued the license?", "C: New Jersey. The number is [DRIVER_LICENSE B4471 22901 38820.]")
	// A long run with no cue keeps its spelled letter too.
	checkDialogue(t, "A: What's the number on your ID card?", "C: It's [NUMBER D as in dog, seven seven one, two nine oh, four four.]")
	// The code that opens a home is a PIN.
	checkDialogue(t, "A: Where should we send the technician?", "C: To [ADDRESS 5 Sunset Hills,] and the gate code is [PIN 4471.]")
	// An ID named as an account's, though a license was talked of before.
	checkDialogue(t, "A: I see your license is on file. What's your member ID?", "C: It's [ACCOUNT 88120455.]")
}
