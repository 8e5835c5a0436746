package redact_test

import (
	"testing"

	"github.com/callveil/callveil/redact"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A decimal said aloud has digits on both sides of "point", or after a
// leading "point": a measurement, a rate, a constant. No one reads an ID
// or a phone number with a decimal point, so neither side is one, however
// many digits it has. A phone number or an account number said in the
// same call stays found.
func TestFind_SpokenDecimalsAreNotNumbers(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: What does the meter show, and what's the best number to reach you?",
		"C: It shows four point seven two eight one nine three six. And you can call me at [PHONE six one seven, five five five, oh one nine two].")
	checkDialogue(t,
		"C: The constant we use is three point one four one five nine two six five three five.",
		"A: Thanks. And the account number?",
		"C: It's [ACCOUNT four four eight seven one two zero three].")
	checkDialogue(t,
		"C: The growth was point six two five eight one nine four last quarter.")
	checkDialogue(t,
		"C: The dose went from two point five to one and a half milligrams.")
	checkDialogueIn(t, []bool{false},
		"C: The log says 1.2345678E9 bytes, then 6.02e23 and 3e-7.",
		"A: And the member ID?",
		"C: It's [ACCOUNT 4471E229].")
	// Two points or more make an address or a version, not a decimal.
	checkDialogue(t,
		"A: What IP address does the router show?",
		"C: It's [IP_ADDRESS one nine two point one six eight point one point twenty].")
	// "At that point" is the noun.
	checkDialogue(t,
		"A: And your phone number?",
		"C: At that point [PHONE five five five, two one two, four four one eight] was my number.")
}

// A formula read out is arithmetic: the numbers on both sides of
// "times", "plus", "divided by", "equals" ... are its operands and its
// result, not IDs. A ZIP and its plus four said with "plus" stay a ZIP,
// and a card number read after a sum stays a card.
func TestFind_FormulasReadOutAreNotNumbers(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: The worksheet says twelve times three four five six seven eight equals four one four eight one three six.")
	checkDialogue(t,
		"C: It's 12 times 345678 equals 4148136, that part I get.")
	checkDialogue(t,
		"C: Nine nine nine nine divided by three is three three three three, and three three three three plus one is equal to three three three four.")
	// (The five digits must stay a ZIP, and the plus four said after
	// "plus" is its add-on: zipPlusFourSaid.)
	tr, _ := dialogue(true, "A: can i have your zip code plus four", "C: six two seven oh four plus one two three one")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	zip := false
	for _, f := range fs {
		zip = zip || f.Type == redact.ZIP && redact.MatchedText(tr, f) == "six two seven oh four plus one two three one"
	}
	assert.True(t, zip, "ZIP before plus four: got %s", describe(tr, fs))
	checkDialogue(t,
		"C: Two plus two equals four, my son says. Anyway, my card is [CARD 4111 1111 1111 1111].")
}

// The number of a page, a menu option, a flight, a seat, a model, a
// hotel room ... is
// the same for every caller: no ID, even where a question asked for one
// and the caller answers with where to find it. A member ID, a social's
// last four and a PIN given after such talk stay found.
func TestFind_ShortReferencesAreNotIDs(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: Can I get your member ID?",
		"C: Yes, I'm on page twelve forty one of the booklet.",
		"A: It's printed on the card, not in the booklet.",
		"C: Oh, here, the member ID is [ACCOUNT x z p four four seven one two two nine oh].")
	checkDialogue(t,
		"A: And your date of birth?",
		"C: Sorry, the kids are watching channel eleven in nineteen, uh, hold on.")
	checkDialogue(t,
		"A: And the last four of your social?",
		"C: It's [SSN four four one nine], sorry, I'm at gate twenty two.")
	checkDialogue(t,
		"A: What's the PIN on the account?",
		"C: Hang on, the app says press two, then option three. Okay, my PIN is [PIN eight two six one].")
	checkDialogue(t,
		"A: And the security code on the back?",
		"C: Um, room two twelve, sorry, I'm at the hotel.",
		"A: No problem. The three digits on the back of the card?",
		"C: [CARD_CVV Three one eight].")
	checkDialogue(t,
		"C: Flight 1734 leaves from gate 22, seat 14C, see page 12 of the booklet and step 3 of the form.")
	checkDialogue(t,
		"A: What's the best number to reach you?",
		"C: Flight number is seventeen thirty four, and you can call me at [PHONE three one two, five five five, zero one four seven].")
}

// A government form's or a rule's number ("form 1040", "OMB No.
// 0560-0155", "section 501", "rule 144") is printed on every copy of it
// and identifies no one, whatever its length. A phone number given in the
// same turn stays a phone.
func TestFind_FormNumbersAreNotIDs(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: Can I get your phone number?",
		"C: Sure, [PHONE (541) 754-3010]. The letter says Form Approved - OMB No. 0560-0155 at the top.")
	checkDialogue(t,
		"A: can i get your phone number",
		"C: sure [PHONE five four one seven five four three zero one zero] the letter says form approved o m b number zero five six zero zero one five five at the top")
	checkDialogue(t,
		"C: I filed form ten forty and schedule three, and publication five nine six says rule one forty four applies under section five oh one.")
	// A comma after the noun ends it: the number after is the caller's.
	// Without punctuation, eight digits are too long for a form's number
	// (TestFind_IDsReadOffAFormStayIDs).
	checkDialogue(t,
		"A: What's the account number on the form?",
		"C: On the form, [ACCOUNT 44871203].")
}

// An address given without punctuation ends before a reference said after
// it: "press two" is no unit of the street, and five digits cued as a
// reference ("your case reference is ...") are no ZIP, though a street
// type or a box stands four words before them. The ZIP said right after
// the same address stays one.
func TestFind_ReferenceAfterAnAddressIsNotPartOfIt(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	checkDialogueIn(t, lower,
		"A: and the service address",
		"C: sure [ADDRESS one thousand woodlawn] press two when you hear the tone")
	checkDialogueIn(t, lower,
		"A: and the service address",
		"C: sure [ADDRESS p o box three seven zero zero two two] your case reference is four eight two one three")
	checkDialogueIn(t, lower,
		"A: and the service address",
		"C: sure [ADDRESS one two one eight eight old number six highway] ticket number four eight two one three")
	checkDialogueIn(t, lower,
		"A: and the service address",
		"C: sure [ADDRESS one two one eight eight old number six highway harrisburg] [ZIP four eight two one three]")
}

// A form's or a rule's number is short: "form 1040", "schedule 3",
// "section 501", "publication 596", "rule 144". An ID said right after
// the word, where the caller reads it off a form without a comma, is as
// long as an ID: an account, a member ID, a routing number or a policy
// number of eight to ten digits stays found. (An OMB control number,
// "OMB No. 0560-0155", keeps its eight digits: TestFind_FormNumbersAreNotIDs.)
func TestFind_IDsReadOffAFormStayIDs(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: What's your member ID?",
		"C: It's on the form [ACCOUNT eight four seven two nine three six one five].")
	checkDialogue(t,
		"A: What's your member ID?",
		"C: From the form [ACCOUNT 847293615].")
	checkDialogue(t,
		"A: And your routing number?",
		"C: The bank form [ROUTING 021000021].")
	checkDialogue(t,
		"A: What's your policy number?",
		"C: Section [ACCOUNT eight four seven two nine three six one five], I think.")
	checkDialogue(t,
		"C: I filed form ten forty and schedule three, and publication five nine six says rule one forty four applies under section five oh one.")
}

// "Over", "plus" and "times" are ordinary words as often as operators: a
// number before one is an operand only in a sum that is said as one, with
// its result ("... equals", "... is ...") or between two small numbers
// ("two plus two", "three over four"). A value the caller was asked for
// and then talks on from ("... over twelve years now", "... plus two more
// lines"), or a ZIP with a plus four the recogniser heard short, stays
// found.
func TestFind_ValueBeforeAnOperatorWordStaysFound(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: What's your account number?",
		"C: [ACCOUNT four four eight seven one two zero three] over twelve years now.")
	checkDialogue(t,
		"A: What's your zip?",
		"C: [ZIP six two seven oh four] plus one two three.")
	checkDialogue(t,
		"A: What's the best number?",
		"C: It's [PHONE 617-555-0192] plus 2 more lines.")
	// The sums said as sums stay arithmetic.
	checkDialogue(t,
		"C: Three over four of them, and two plus two, and eleven times twelve.")
	checkDialogue(t,
		"C: The worksheet says forty four eight seventy one times two is eight nine seven four two.")
}

// Gate, line, lane, row ... are street types too: one or two digits after
// one that closes a street said with its house number ("14 Cherry Lane
// 22", "400 Airport Gate 12") are the address's unit, not a gate's or a
// line's number. "I'm at gate 22" and "flight 1734 leaves from gate 22"
// stay references.
func TestFind_UnitAfterAStreetTypeThatIsAlsoAReferenceNoun(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: What's your address?",
		"C: It's [ADDRESS 14 Cherry Lane 22].")
	checkDialogue(t,
		"A: What's your address?",
		"C: It's [ADDRESS 400 Airport Gate 12].")
	checkDialogue(t,
		"A: And the last four of your social?",
		"C: It's [SSN four four one nine], sorry, I'm at gate twenty two.")
	checkDialogue(t,
		"C: Flight 1734 leaves from gate 22, take line 5 to get there.")
}
