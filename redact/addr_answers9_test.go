package redact_test

import "testing"

// Address forms of the set9 and corpora dev halves' misses (pii-addr9): a
// street given after "where should we send it?" in a call with no
// speakers marked, a unit said with no word for it after a street with
// no type or after an asked-for street, a Polish street named by a date,
// a highway's service road, and a ZIP after a state whose capital I was
// written as a lowercase l.
func TestFind_AddressAfterWhereToSendIt(t *testing.T) {
	t.Parallel()
	// No speakers marked: the question and the answer run on.
	checkFinds(t, "The old card expired. Where do we mail it? Sure, [ADDRESS 40 Broadway, unit 12,] and that is all.")
	checkFinds(t, "my parcel is lost where should i ship it so it's [ADDRESS twenty two hazel knoll] and thanks")
	// What the question asks is no address: a count, a time.
	checkFinds(t, "Where should we send it? Sure, 40 copies will do.")
	checkFinds(t, "where do we ship it from um ten boxes left today")
	checkFinds(t, "where do we send it okay twelve thirty works for me")
}

func TestFind_AddressUnitWithoutAWord(t *testing.T) {
	t.Parallel()
	// After a street with no type, where an address is given: a unit of
	// two digits ending the clause, before a greeting.
	checkFinds(t, "and your mailing address? it's [ADDRESS sixty west broadway twelve,] hi, I also wanted to ask")
	checkDialogueIn(t, []bool{true}, "A: and the address on the account", "C: so it's [ADDRESS ninety north dearborn thirty] hello are you there")
	// A one-digit unit after a street asked for, before the next clause.
	checkDialogueIn(t, []bool{true}, "A: where should we ship the order", "C: [ADDRESS eighteen south maple avenue four] look i'm in a bit of a hurry")
	checkDialogueIn(t, []bool{true}, "A: where do we deliver it", "C: [ADDRESS three oh one harbor drive six] and can you text me")
	// A digit after a street that goes on into the sentence, or that no
	// one asked for, is talk.
	checkDialogueIn(t, []bool{true}, "A: where did the accident happen", "C: near [ADDRESS eighteen maple avenue] two cars hit each other")
	checkDialogueIn(t, []bool{true}, "A: how was the parade", "C: we walked down maple avenue four hours look it was long")
}

func TestFind_PolishStreetNamedByADate(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And the billing address?", "C: Sure, it's [ADDRESS Aleja 3 Maja 21], Gdańsk.")
	checkDialogue(t, "A: What's the address for the invoice?", "C: [ADDRESS Ulica 11 Listopada 7.]")
	// A date with its year, where no address is asked for, is a date.
	checkDialogue(t, "A: When is the appointment?", "C: Um, it's 11 Listopada 2026, at noon.")
	checkDialogue(t, "A: Which day did it arrive?", "C: Sure, 3 Maja 2025, in the morning.")
}

func TestFind_ServiceRoadBesideAHighway(t *testing.T) {
	t.Parallel()
	checkFinds(t, "The depot is at [ADDRESS 4100 Jericho Turnpike Service Road,] behind the diner.")
	checkFinds(t, "Our shop is at [ADDRESS 77 Van Wyck Expwy SR] near the airport.")
	checkDialogueIn(t, []bool{true}, "A: where do you need the technician", "C: at [ADDRESS two fifty long island expressway north service road] ring twice")
	// "Sr." after an ordinary street is no service road.
	checkFinds(t, "Mail it to [ADDRESS 22 Harbor Street] SR desk please.")
}

func TestFind_ZIPAfterAStateWithAnLForAnI(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: What's the address?", "C: [ADDRESS 14 N. Halsted], Chicago, lL [ZIP 60607].")
	checkDialogueIn(t, []bool{false}, "A: And where's the property?", "C: [ADDRESS 3 Orchard Lane], Boise, lD [ZIP 83702].")
	checkDialogueIn(t, []bool{true}, "A: and the address you'd like on the policy", "C: [ADDRESS forty n halsted chicago ll] [ZIP six oh six oh seven]")
	// Two letters with an l after no town, or a real state's letters
	// after a model's name, are no state.
	checkFinds(t, "The model is the Vortex lL 20000, it's quieter.")
	checkFinds(t, "I'll pay 40000 dollars if you'll ll 20000 ok")
}

// Colombian addresses as they are written: the street's type and number,
// "#" and the crossing street's number joined to the house's by a dash.
func TestFind_ColombianCrossingNumber(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Where should we send it?", "C: [ADDRESS Calle 26 # 68-35], Bogotá.")
	checkDialogue(t, "A: And the delivery address?", "C: [ADDRESS Cra 11#93-07 B], Chicó, Bogotá.")
	checkDialogue(t, "A: Where do you need us?", "C: [ADDRESS Kr 9 #12-40 Sur], thanks.")
	// Not asked for an address, a code with "#" and a dash is no street.
	checkDialogueIn(t, []bool{false}, "A: Which item was it?", "C: Model 18#63-64, the blue one.")
}
