package redact_test

import "testing"

// More streets written name first where an address is asked for: after a
// hesitation ("Well, it's ..."), with an English type after a foreign name,
// with "od" inside the name (Bosnian, Croatian, Serbian), and with a date
// said with "de" naming the street (Portuguese, Spanish).
func TestFind_AddressNameFirstAnswers(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And the address on the account?", "C: Well, it's [ADDRESS Brestova 17,] Split.")
	checkDialogue(t, "A: Where should we send it?", "C: Hmm, it's [ADDRESS Lipova 343/10.]")
	checkDialogue(t, "A: Where should we send it?", "C: [ADDRESS Dimitra street 11.]")
	checkDialogue(t, "A: What's the delivery address?", "C: It's [ADDRESS Tovar od Rijeke 12.]")
	checkDialogue(t, "A: What's the delivery address?", "C: [ADDRESS Avenida 5 de Outubro 120.]")
	checkDialogueIn(t, []bool{true}, "A: what's the delivery address", "C: it's [ADDRESS rua sete de setembro forty]")
}

// Their lookalikes: no address was asked for, or the words after the
// number are no street's name.
func TestFind_AddressNameFirstAnswerLookalikes(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: Which day works for the visit?", "C: Well, it's friday 17 that suits me.")
	checkDialogue(t, "A: Where should we send it?", "C: Well, I need 12 of them first.")
	checkDialogue(t, "A: What's the delivery address?", "C: Sorry, I got 5 de minimis notices.")
}

// A type said first with a long name, particles between its words ("Rue
// de Père Irénée de Bruyn"), and in lowercase a house number's letter "a"
// before the town, which no English word list holds.
func TestFind_AddressLongNamesAndLetterA(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: And the address on the account?", "C: [ADDRESS 15 Rue de Saint Jean de Vallier.]")
	checkDialogueIn(t, []bool{true}, "A: What's the delivery address?", "C: It's [ADDRESS lindenstrasse 29 a] kassel yeah")
	checkFinds(t, "we moved to [ADDRESS lindenauer strasse twenty seven] a month ago")
	checkDialogueIn(t, []bool{true}, "A: What's the delivery address?", "C: It's [ADDRESS lindenstrasse 29] a block from the station")
}

// A Brazilian block, lot or building after the house number.
func TestFind_AddressBrazilianBlock(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And the address on the account?", "C: Hmm, it's [ADDRESS Av. dos Coqueiros, 9, Quadra 33.]")
	checkDialogue(t, "A: What's the delivery address?", "C: [ADDRESS Rua das Flores 120, Bloco 4.]")
	checkDialogue(t, "A: What's the delivery address?", "C: It's [ADDRESS Rua das Flores 120, Lote 7.]")
}

// A type English shares, said first as French says it, with a particle
// after it, and in Belgian writing a comma after the house number.
func TestFind_AddressFrenchTypeFirst(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Where should we send it?", "C: It's [ADDRESS 82, Avenue du Roi Albert, Namur,] yeah.")
	checkDialogue(t, "A: Where should we send it?", "C: It's [ADDRESS 4 Place des Vosges.]")
	checkDialogue(t, "A: Where should we send it?", "C: It's [ADDRESS 9 Route de Lausanne.]")
	// No particle, or not an address: English.
	checkDialogue(t, "A: Where should we go?", "C: Take the 4 route de nuit bus.")
	checkDialogue(t, "A: How was the trip?", "C: We saw 3 Avenue of the Americas shows.")
}

// In a call with no speakers marked the question for an address runs
// straight into its answer; a name-first street right after the
// question's tail is the answer.
func TestFind_AddressAnswerWithNoSpeakers(t *testing.T) {
	t.Parallel()
	checkFinds(t, "and the address on the account [ADDRESS brestova 17] split")
	checkFinds(t, "what's the delivery address right it's [ADDRESS halvor vei 12] bergen")
	// Not right after the question: another clause comes between.
	checkFinds(t, "i changed the address on the account because brestova 17 closed")
}
