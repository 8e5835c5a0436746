package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// A card number whose last group the caller takes back ("no", "wait", "I
// mean") and says again, the rest following, is one card: the corrected
// digits are the kept start and the new run, and the abandoned group is
// redacted with it (both parts are the card's digits).
func TestFind_CardRepairedInsideTheNumber(t *testing.T) {
	checkDialogue(t, "A: Can I have the card number?", "C: Yes, [CARD 4539 1487, no, sorry, 1488 0343 6467.]")
	checkDialogue(t, "A: Which card number would you like to use?",
		"C: [CARD Six oh one one oh oh nine, wait, I mean, oh oh oh nine nine oh one three nine four two four.]")
	checkDialogue(t, "A: Read me the long number on the front of the card.",
		"C: [CARD Five five oh oh, oh oh oh one, actually, oh oh oh oh, oh oh oh oh, oh oh oh four.]")
	// A restart from the first digit stays a card as before.
	checkDialogue(t, "A: The card number?", "C: [CARD 4111 1111 1112, let me start again, 4111 1111 1111 1111.]")
}

// Two numbers with a correction between that make no valid card together
// are no card, however they are joined.
func TestFind_RepairedNumbersThatMakeNoCardStayNoCard(t *testing.T) {
	for _, lower := range []bool{false, true} {
		tr, _ := dialogue(lower, "A: What's the reference on the letter?", "C: It's 2345 6789, no, sorry, 9876 5432 1098.")
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, redact.Card, f.Type, "lower=%v: %s", lower, describe(tr, fs))
		}
	}
}

// A date of birth the caller takes back and says again is one DOB from the
// abandoned start to the corrected date, whether the year, the day or the
// whole date is repaired.
func TestFind_DateOfBirthRepaired(t *testing.T) {
	checkDialogue(t, "A: And your date of birth?", "C: [DOB 1957, no, sorry, May 2nd, 1956.]")
	checkDialogue(t, "A: Can you confirm your birthday?", "C: [DOB July fourth, wait, July fifth nineteen eighty two.]")
	checkDialogue(t, "A: Date of birth, please.", "C: It's [DOB the twelfth of May, I mean, the eleventh of May nineteen ninety.]")
	// What follows "no" that is no date is not taken in.
	checkDialogue(t, "A: Date of birth?", "C: [DOB March 3rd, 1980.] No, I moved here later.")
}

// A name taken back and said again keeps the cue it was said after: "it's
// sam, no, samantha brown" is Samantha Brown after "it's", her surname a
// word that a clause opener follows.
func TestFind_NameRepairedAfterItsCue(t *testing.T) {
	checkDialogue(t, "A: And who am I speaking with?", "C: It's [PERSON Sam], no, [PERSON Samantha Brown], I always shorten it.")
	checkDialogue(t, "A: Can I get the name on the account?", "C: Yes, [PERSON Jon], sorry, [PERSON Jonathan Miller]. It was opened last year.")
}

// In a lowercase transcript, a listed surname that is also a word, right
// after a listed first name that answers a question for a name, is the
// surname when the answer ends there: a clause opens after it ("it",
// "what's", "i").
func TestFind_WordSurnameBeforeAClauseOpener(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "A: who is the account holder", "C: it's [PERSON maria ward] what else do you need")
	checkDialogueIn(t, []bool{true}, "A: who is the account holder", "C: it's [PERSON linda hill] it should say so")
	checkDialogueIn(t, []bool{true}, "A: what name is the booking under", "C: [PERSON karen king] i think")
	// Not a word that goes on with the sentence.
	checkDialogueIn(t, []bool{true}, "A: who is the account holder", "C: it's [PERSON maria] back then it was my dad")
}

// An answer to a question for a name that opens with an acknowledgement
// ("right", "okay") is still the answer, in a lowercase transcript too.
func TestFind_NameAnswerAfterAnAcknowledgement(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "A: whose name is the reservation under", "C: right [PERSON heather gonzales]")
	checkDialogueIn(t, []bool{true}, "A: whose name is the order under", "C: okay [PERSON heather lopez] that's me")
}

// A spoken local part whose second label is a common word after "dot"
// ("peter dot green") is still the address's, a filler before "at" or not.
func TestFind_SpokenEmailWithAWordLabelAndAFiller(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "A: and the email address", "C: [EMAIL peter dot green forty one uh at yahoo dot com] thanks")
	checkDialogueIn(t, []bool{true}, "A: is there an email", "C: yes and an email address [EMAIL peter dot green forty one uh at yahoo dot com] i think")
	checkDialogueIn(t, []bool{true}, "A: what email should we use", "C: [EMAIL nina underscore wood um at outlook dot com]")
}

// The end of a found number taken back and said again right after the
// repair ("412 55 9071, no, sorry, 9017") is the same number's: the new
// digits take its type, however short, so the corrected part is redacted
// too.
func TestFind_CorrectedEndOfANumberTakesItsType(t *testing.T) {
	checkDialogue(t, "A: And your social security number?", "C: [SSN 412 55 9071], no, sorry, [SSN 9017.]")
	checkDialogue(t, "A: What's the account number?", "C: [ACCOUNT 7730 2291 84], no, [ACCOUNT 85.]")
	checkDialogue(t, "A: What's the billing zip code?", "C: [ZIP nine oh two one one], sorry, [ZIP one oh.]")
	// Not a count or an amount said after it.
	checkDialogue(t, "A: What's the account number?", "C: [ACCOUNT 7730 2291 84]. No, 20 dollars is what I paid.")
}

// A date of birth of which the caller takes back one part only, the day or
// the year, and says that part again is one DOB from the abandoned start to
// the corrected part and what follows it: the part taken back is redacted
// with it (fail closed).
func TestFind_DateOfBirthPartRepaired(t *testing.T) {
	checkDialogue(t, "A: What's your date of birth?", "C: [DOB April 21st, no, sorry, 22nd, 1967.]")
	checkDialogue(t, "A: And your birthday, please?", "C: [DOB The ninth, I mean, the tenth of August sixty four.]")
	checkDialogue(t, "A: And the date of birth?", "C: [DOB Nineteen eighty, no, eighty one.]")
	checkDialogue(t, "A: Date of birth on the policy?", "C: [DOB October 2nd 1975, sorry, 3rd 1975.]")
	checkDialogue(t, "A: Can you confirm the date of birth?", "C: [DOB February 9th, 1988, no, wait, 1989.] Thanks.")
}

// A correction after a full stop still belongs to the date of birth when it
// stands alone ("... 1971. No, sorry, 1972."), but a value that opens a new
// clause about something else ("1985 is when I moved") is no correction of
// it, punctuated or not.
func TestFind_DateOfBirthRepairStopsAtANewClause(t *testing.T) {
	checkDialogueIn(t, []bool{false}, "A: Date of birth?", "C: [DOB June 2nd, 1971. No, sorry, 1972.]")
	checkDialogue(t, "A: Date of birth?", "C: [DOB March 3rd, 1980.] No, sorry, 1985 is when I moved here.")
	checkDialogue(t, "A: Your date of birth?", "C: [DOB May 5th 1990.] Actually, 2015 was the year I started.")
	// A corrected date that a birthday mention follows stays one DOB.
	checkDialogue(t, "A: Can I take a date of birth?", "C: [DOB May 12th, no, 13th] is my birthday.")
}

// A count said right after a repaired value is no part of it: after a date
// of birth, "no, sorry, 3 kids" repairs no day (a day by its digits, but a
// count of things), and after a number written in groups, "no, 0198, 3 of
// them" says the last group again and then counts: only the group takes
// the number's type.
func TestFind_CountAfterARepairStaysOut(t *testing.T) {
	checkDialogue(t, "A: What's your date of birth?", "C: [DOB July 9th], no, sorry, 2 kids are with me.")
	checkDialogue(t, "A: And your date of birth?", "C: [DOB Nineteen sixty, no, sixty one], and 4 grandchildren.")
	checkDialogueIn(t, []bool{false}, "A: Best phone number for you?", "C: [PHONE 312 555 0147], no, [PHONE 0174], 2 of those lines are mine.")
	checkDialogueIn(t, []bool{false}, "A: What's the account number?", "C: [ACCOUNT 6620 1935 47], sorry, [ACCOUNT 74], 3 more are joint.")
	// The repaired end alone, as before.
	checkDialogueIn(t, []bool{false}, "A: Best phone number for you?", "C: [PHONE 312 555 0147], no, [PHONE 0174].")
}

// The groups of a restated end that no count word follows are the
// number's too (fail closed): "0198 45" after "415 555 0199, no," may
// hold more of the corrected digits, and only "of them", "more" or a
// unit noun after the last group makes it a count.
func TestFind_RestatedEndKeepsGroupsThatCountNothing(t *testing.T) {
	checkDialogueIn(t, []bool{false}, "A: Which number should we text?", "C: [PHONE 415 555 0199], no, [PHONE 0198 45.]")
	checkDialogueIn(t, []bool{false}, "A: And a callback number?", "C: [PHONE 646 555 0123], sorry, [PHONE 0132 77], I think.")
	// A count word after it still leaves the count out.
	checkDialogueIn(t, []bool{false}, "A: And a callback number?", "C: [PHONE 646 555 0123], sorry, [PHONE 0132], 2 phones on it.")
}
