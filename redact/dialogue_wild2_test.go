package redact_test

import "testing"

// A number repeated with no cue takes the type it was found with, even
// where the bare-number recognizer holds the repeat.
func TestFind_RepeatedNumberTakesItsFoundType(t *testing.T) {
	checkDialogue(t,
		"A: Postal code [ZIP 30312-0457]?",
		"C: Right, the whole one. [ZIP 30312-0457].")
	checkDialogueIn(t, []bool{true},
		"A: z i p [ZIP three oh three one two oh four five seven]",
		"C: yes the complete one [ZIP three oh three one two oh four five seven]")
	// A number with no finding to repeat stays a bare number.
	checkDialogue(t,
		"C: The order was [NUMBER 30312-0457].")
}

// The number given when the other speaker asks to correct one takes the
// type of the number being corrected, when it is as long.
func TestFind_NumberGivenToCorrectOneTakesItsType(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: your record has social security number [SSN four one two five five nine oh one seven] on the old form from the branch office",
		"C: that's not right and the date on it is wrong too it was march",
		"A: okay i'll fix it go ahead",
		"C: it's [SSN four one two five five nine oh seven one]")
	// With no request to correct, a bare number stays a number.
	checkDialogueIn(t, []bool{true},
		"A: your record has social security number [SSN four one two five five nine oh one seven] on the old form from the branch office",
		"C: that's not right and the date on it is wrong too it was march",
		"A: okay what's the order number",
		"C: it's [NUMBER four one two five five nine oh seven one]")
}

// An initial after a name belongs to it; a spelled name's letters do not
// make one.
func TestFind_InitialAfterAName(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: the note is signed kind regards [PERSON priya k] from the billing team")
	checkDialogueIn(t, []bool{true},
		"A: dear [PERSON clifford] i'm reading the letter it ends all the best [PERSON meg c] who's [PERSON meg]")
}

// A surname that is a word, said between a first name and a spoken email
// whose mailbox repeats the first name.
func TestFind_SurnameThatIsAWordBeforeTheEmail(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: the contacts are [PERSON sarah baker] [EMAIL sarah at bakery dot com] and that's all")
}

// A state's name that is also a first name is the person a location is
// shared with when an address follows it, in lowercase too.
func TestFind_ShareWithAStateNameBeforeAnAddress(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"C: please share my location with [PERSON georgia] [ADDRESS forty one tamarind way]",
		"A: done sending it to [PERSON georgia] now")
	// A place with no address after it stays a place.
	checkDialogueIn(t, []bool{true},
		"C: please share my location with georgia office staff tomorrow")
}

// Spoken addresses said one after another: the next mailbox does not
// reach back over the last address's domain.
func TestFind_SpokenEmailsInARow(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"C: the emails are [EMAIL x at y dot co] [EMAIL zed at w dot io] and [EMAIL ana at q dot net]")
}

// A spoken domain ends at its top-level label: the words after it are
// not run into it ("... dot io from ten dot ...").
func TestFind_SpokenEmailEndsAtItsTopLevelLabel(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: there was a sign in by [EMAIL omar at acme dot io] from [IP_ADDRESS ten dot four dot two dot nine] last night")
}

// A house number's letter said as "a" before a street's name is no
// article; before a common word it is.
func TestFind_HouseNumberLetterA(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"C: pick me up at [ADDRESS twenty two oh four a larchmere avenue] please")
	checkDialogueIn(t, []bool{true},
		"C: there's three a main road closure today")
}

// A first name that is also a word, opening a clause with a verb of what
// a person does, is a name; a bank's name and an institution are not.
func TestFind_NameThatIsAWordAsASubject(t *testing.T) {
	checkDialogue(t,
		"A: Who signed off on it?",
		"C: [PERSON Hunter] signed it, and [PERSON Amber] will join the review.")
	checkDialogueIn(t, []bool{true},
		"C: okay and [PERSON crystal] will join us at three")
	checkDialogue(t,
		"C: Chase approved the loan, and Mayo Clinic approved the referral.")
}

// The answer to a question for a person by role, in lowercase: a first
// name that is also a common word, followed by a listed surname.
func TestFind_RoleAnswerFirstNameThatIsAWord(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: and the account holder",
		"C: [PERSON bill hale]")
	checkDialogueIn(t, []bool{true},
		"A: and the payee",
		"C: bill payment center")
}
