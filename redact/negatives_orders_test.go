package redact_test

import "testing"

// What a customer orders is a thing, not a person, even when the menu word
// is also a listed name or surname: after "a"/"an" (with a size or a
// quantity between), or as the object of an order ("I'll have ...").
func TestFind_OrderedItemsAreNotNames(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false},
		"C: Evening. Could I order a Bellini for the table, please?")
	checkDialogueIn(t, []bool{false},
		"C: We'll start with an Negroni and a Rioja, thanks.")
	checkDialogueIn(t, []bool{false},
		"C: Yes, a large Matcha with oat milk, please.")
	checkDialogueIn(t, []bool{false},
		"C: And two small Cubano sandwiches to go.")
	checkDialogueIn(t, []bool{false},
		"C: For me, I'll take Lungo, no sugar.")
	checkDialogueIn(t, []bool{false},
		"C: Okay. Then I'd like Chianti with the pasta.")
	checkDialogueIn(t, []bool{false},
		"C: Hmm, we'll get the Negroni, I think.")
	checkDialogueIn(t, []bool{false},
		"C: Could we have a Bellini and Negroni over here?")
	checkDialogue(t,
		"C: Morning! Can I order one Negroni, please?")
	checkDialogueIn(t, []bool{false},
		"C: Yes, I'm getting one Rioja and a water.")
	checkDialogueIn(t, []bool{false},
		"C: Then a Cold Brew Negroni for my friend.")
	checkDialogueIn(t, []bool{false},
		"C: And a White Bellini, and an order of Cubano to share.")
	checkDialogue(t,
		"C: Just a cup of Chianti, please.")
}

// An order still names its customer: the name after the cue, and a person
// after "I'll have" who is asked to do something.
func TestFind_OrdersKeepTheCustomersName(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: A Bellini, please, and the name for the order is [PERSON Ngozi Adeyemi].")
	checkDialogueIn(t, []bool{false},
		"C: I'll have [PERSON Benito] call you back about the refund.")
	checkDialogueIn(t, []bool{false},
		"C: I'd like [PERSON Benito] to look at it, he set it up.")
	checkDialogueIn(t, []bool{false},
		"A: Who did you speak to?",
		"C: A [PERSON Mr. Bellini], from the billing team.")
}

// A place of several words after "lives in", "at" or "from" is one place:
// its later words that are also names ("Sierra", "Alegre", "Vicente") are
// not a person either.
func TestFind_LaterWordsOfAPlaceAreNotNames(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false},
		"C: My brother lives in Santa Cruz de la Sierra now.")
	checkDialogueIn(t, []bool{false},
		"C: We moved here from Porto Alegre last spring.")
	checkDialogueIn(t, []bool{false},
		"C: The parcel sat at KW Medellin for a week.")
	checkDialogueIn(t, []bool{false},
		"C: My aunt is in Cabo San Vicente until June.")
	checkDialogue(t,
		"C: My cousin lives in Ciudad de la Sierra.")
	checkDialogue(t,
		"C: It was shipped from Victoria Harbour on Monday.")
	checkDialogueIn(t, []bool{true},
		"C: we were travelling from villa maria that week")
	checkDialogueIn(t, []bool{true},
		"C: i was travelling with [PERSON maria] that week")
	checkDialogueIn(t, []bool{true},
		"C: i was driving to work [PERSON maria] called me twice")
}

// A person after those words is still a person.
func TestFind_PeopleAfterPlaceWordsStayNames(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: We drove from Leeds in the van, me and [PERSON Maria Mendoza].")
	checkDialogue(t,
		"C: I got a letter from [PERSON Vicente Lopez] about it.")
}

// Asking how a kind of name is spelled names no one: "surname" before
// "spelled" is the word, not a surname.
func TestFind_TheWordSurnameBeforeSpelledIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: It's booked for [PERSON Odile Ferrand]. How's the surname spelled?",
		"C: [PERSON F E R R A N D].")
	checkDialogue(t,
		"A: And how is your last name spelt, please?",
		"C: It's [PERSON Ostrowska], [PERSON O S T R O W S K A].")
}

// What a charge or a statement "says" is the merchant, as with "a charge
// from": a business, unless its last word is a listed name.
func TestFind_WhatAChargeSaysIsAMerchant(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false},
		"C: The charge says Bellini Trattoria, and I've never been there.")
	checkDialogueIn(t, []bool{false},
		"C: My statement shows Negroni Haulage twice.")
	checkDialogueIn(t, []bool{false},
		"C: The charge says [PERSON Maria Lopez], but I don't know her.")
}

// Whom one banks with is a bank, in a lowercase transcript too.
func TestFind_WhoOneBanksWithIsABank(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: I used to bank with Mercer Lawson, years ago.")
	checkDialogue(t,
		"C: We banked with Dalton Pryce before the move.")
	checkDialogue(t,
		"C: I went in with [PERSON Mercer Lawson] to sign the forms.")
}

// Asking for a colleague by a common first name is no order: "could I have
// Sarah, please?" names a person, though "I'll have Cortado, thanks" orders
// a coffee (a surname only, or a rare first name, stays an item).
func TestFind_ACommonFirstNameAfterAnOrderVerbStaysAName(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Okay.", "C: Could I have [PERSON Sarah], please? She helped me last time.")
	checkDialogue(t, "A: Okay.", "C: We'd like [PERSON Megan] please, she knows the case.")
	checkDialogue(t, "A: Okay.", "C: I'll take [PERSON Megan] with me to the branch.")
	checkDialogueIn(t, []bool{false}, "A: Thanks.", "C: I'll have Cortado, thanks.")
	checkDialogueIn(t, []bool{false}, "A: Thanks.", "C: Then I'd like Chianti with the pasta.")
}
