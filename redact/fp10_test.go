package redact_test

import "testing"

// An English word after a first name that follows a family cue is what the
// person does, not a surname; a surname there stays part of the name.
func TestFind_FamilyCueNameBeforeAVerb(t *testing.T) {
	checkDialogue(t, "C: My wife [PERSON Fatemeh] handles the bills.", "A: Okay.")
	checkDialogue(t, "C: My wife [PERSON Maria Delgado] called yesterday.", "A: Okay.")
	checkDialogue(t, "C: My husband [PERSON Omar] pays the rent and my sister [PERSON Amara] manages my account.", "A: Okay.")
}

// A time word after a first name is no surname.
func TestFind_NameBeforeATimeWord(t *testing.T) {
	checkDialogue(t, "C: I spoke to [PERSON Jordan] yesterday.", "A: Okay.")
	checkDialogue(t, "C: I spoke to [PERSON Jordan Yates] about it.", "A: Okay.")
	checkDialogue(t, "C: I talked to [PERSON Priya] earlier.", "A: Okay.")
}

// The expiry cue does not reach across a clause into a date said for
// something else.
func TestFind_ExpiryCueStopsAtAClause(t *testing.T) {
	checkDialogue(t, "C: The card expires, so call me in March twenty twenty seven.", "A: Okay.")
	checkDialogue(t, "C: The card expires, but call me on oh four twenty seven.", "A: Okay.")
	checkDialogue(t, "C: The card expires in [CARD_EXPIRY March twenty twenty seven].", "A: Okay.")
	checkDialogue(t, "C: It expires, uh, [CARD_EXPIRY oh four twenty seven].", "A: Okay.")
}

// A first name that is also a well-known business, before a possessive of
// what a business has, is the business; a person's name there stays one.
func TestFind_BusinessNameBeforeAPossessive(t *testing.T) {
	checkDialogue(t, "C: What is Chase's phone number?", "A: One moment.")
	checkDialogue(t, "C: What is Dick's phone number?", "A: One moment.")
	checkDialogue(t, "C: What are Dick's store hours, and is Chase's app down?", "A: One moment.")
	checkDialogue(t, "C: I asked for [PERSON Chase's] birthday party.", "A: Right.")
	checkDialogue(t, "C: What is [PERSON John's] phone number?", "A: One moment.")
}

// After a verb of contacting, a first name that is also a well-known
// business is the business when talk of what a business has follows in
// the sentence; else it stays a person.
func TestFind_BusinessNameAfterAContactVerb(t *testing.T) {
	checkDialogueIn(t, []bool{false}, "C: I need to call Chase about my card.", "A: Okay.")
	checkDialogueIn(t, []bool{false}, "C: I need to call [PERSON Chase] about dinner tonight.", "A: Okay.")
	checkDialogueIn(t, []bool{false}, "C: Please text [PERSON Maria] about my card.", "A: Okay.")
}

// "So" opening the answer to a question for the expiry is a lead-in, not
// a clause of its own: the expiry after it is the card's, and the talk
// after the expiry is not.
func TestFind_SoOpeningAnExpiryAnswer(t *testing.T) {
	checkDialogue(t, "A: And the expiration date?", "C: Okay, so [CARD_EXPIRY ten twenty eight.] The parcel was about six hundred grams.")
	checkDialogue(t, "A: And the expiration date?", "C: So [CARD_EXPIRY oh three twenty nine.]")
	// Within the caller's own sentence it still opens a clause.
	checkDialogue(t, "C: The card expires, so call me in March twenty twenty seven.", "A: Okay.")
}

// A first name after a word that is no name, right after "from", "in",
// "near" ..., ends a place's name ("Kings Lynn", "Castle Rock"): no person
// unless a cue names one.
func TestFind_FirstNameEndingAPlaceAfterAPreposition(t *testing.T) {
	checkDialogue(t, "C: We drove down from Bishops Lynn last week.", "A: Okay.")
	checkDialogue(t, "C: The office near Castle Shirley is closed.", "A: Okay.")
	checkDialogue(t, "C: I got a call from [PERSON Maria Lynn] yesterday.", "A: Okay.")
}

// "Surname" in "how's the surname spelled?" is the word for the name, not
// the name: the letters spelled after it are.
func TestFind_TheWordSurnameBeforeASpellingIsNoName(t *testing.T) {
	checkDialogue(t, "A: I have the booking under [PERSON Omar Haddad.] How's the surname spelled?", "C: [PERSON H A D D A D.]")
	checkDialogue(t, "A: And how do you spell your surname?", "C: [PERSON K I M.]")
}

// A train ID ("TR7505") is no account by its shape: with no cue, or after
// "the ticket says" or a booking reference's cue, it is nothing; after an
// account cue it is the account asked for.
func TestFind_TrainIDsTakeTheirTypeFromTheCue(t *testing.T) {
	checkDialogue(t, "A: Which train was it?", "C: The ticket says TR4821, leaving at nine.")
	checkDialogue(t, "A: Do you have the booking reference?", "C: Yes, it's TR4821.")
	checkDialogue(t, "A: What's your account number?", "C: It's [ACCOUNT TR4821.]")
}
