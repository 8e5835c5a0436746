package redact_test

import "testing"

// A name said in passing with no cue, as the subject of what a person did
// or said, or with the team or desk they work at: "Yeah, Ingeborg said it
// would ship", "then Dragica from billing put me through", "Honestly,
// Ruairidh Macleoid at the front desk was great". Names of many origins
// are in no list, so the context carries them: a word in no English word
// list, opening its clause (after "yeah", "honestly", "then" too).
func TestFind_UncuedNamesInPassing(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Is there anything else?", "C: Yeah, [PERSON Ingeborg] said it would ship today.")
	checkDialogue(t, "A: How did it go?", "C: Honestly, [PERSON Dragica] told me to call back.")
	checkDialogue(t, "A: What happened next?", "C: Then [PERSON Oyelaran] from billing put me on hold.")
	checkDialogue(t, "A: Who helped you before?", "C: Um, [PERSON Tsetseg] from the support team did.")
	checkDialogue(t, "A: Anything else?", "C: Honestly, [PERSON Ruairidh Macleoid] at the front desk was great.")
	checkDialogue(t, "A: Anything else?", "C: Actually, [PERSON Siosaia] at reception sorted it.")
}

// Their lookalikes: words that are no names before the same context.
func TestFind_UncuedNamesInPassingLookalikes(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Anything else?", "C: Yeah, someone said it would ship today.")
	checkDialogue(t, "A: What happened next?", "C: Then somebody from billing put me on hold.")
	checkDialogue(t, "A: Anything else?", "C: Honestly, everyone at the front desk was great.")
	checkDialogue(t, "A: Anything else?", "C: Yeah, the email from billing said it was paid.")
	checkDialogue(t, "A: Anything else?", "C: Yeah, FedEx said it would ship today.")
	checkDialogue(t, "A: Anything else?", "C: Then Amazon from the app told me it was late.")
	checkDialogue(t, "A: What did you order?", "C: Yeah, the Cortado at the front desk was cold.")
}

// An acronym is a business, not a name.
func TestFind_UncuedNamesInPassingNotAcronyms(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Anything else?", "C: Yeah, ZTX said it would ship today.")
}

// A three-part name in passing whose last two words another rule finds:
// the given name before them, opening the clause, is the name's too.
func TestFind_UncuedThreePartNameInPassing(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: Anything else?", "C: Honestly, [PERSON Ingeborg Ann Kask] at the front desk was great.")
	checkDialogue(t, "A: Anything else?", "C: Yeah, [PERSON Dragica Ann Kask] said it would ship today.")
}

// The person who did something to a thing, named after "by": "the
// parcel was signed for by ...", "it was picked up by ...".
func TestFind_NameAfterByAgent(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Anything else?", "C: The parcel was signed for by [PERSON Oyelaran Adebayo.]")
	checkDialogue(t, "A: Anything else?", "C: It was picked up by [PERSON Tsetseg Batbayar] this morning.")
	// (One word in no list alone is left to the answer rule when asked for:
	// it redacts the answer's words up to the name.)
	checkDialogue(t, "A: Who approved it?", "C: [PERSON It was approved by Dragica] last week.")
	// A business or a team after "by".
	checkDialogue(t, "A: Anything else?", "C: It was approved by Oyelaran Methodist Church last week.")
	checkDialogue(t, "A: Anything else?", "C: It was picked up by Tsetseg And Sons Logistics.")
	checkDialogue(t, "A: Anything else?", "C: It was signed for by someone at the desk.")
	// One word in no list after "by" is as often a courier, a lender or a
	// bank as a person: it needs a second name word or a first-name list.
	checkDialogue(t, "A: Anything else?", "C: It was delivered by Evri on Monday.")
	checkDialogue(t, "A: Anything else?", "C: It was approved by Klarna.")
	checkDialogue(t, "A: Anything else?", "C: The parcel was dropped off by Yodel this morning.")
	checkDialogue(t, "A: Anything else?", "C: It was approved by [PERSON Ingeborg] last week.")
}

// "The name on the order is ...": the cue with "is" before the name.
func TestFind_NameOnSomethingIs(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: Anything else?", "C: I'd like a mocha and the name on the order is [PERSON oyelaran adebayo]")
	checkDialogueIn(t, []bool{true}, "A: Anything else?", "C: The name on the booking was [PERSON tsetseg batbayar] I think")
	// The name of a business is none.
	checkDialogueIn(t, []bool{true}, "A: Anything else?", "C: The company's name on the invoice is wrong")
}

// A lowercase transcript that writes the pronoun "I" or an acronym in
// capitals is still lowercase: the names in passing are found as in one
// with no capitals at all.
func TestFind_UncuedNamesInPassingWithACapitalI(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: anything else", "C: yeah [PERSON ingeborg] said it would ship today I think")
	checkDialogueIn(t, []bool{false}, "A: anything else", "C: I'm sure [PERSON ingeborg] said it would ship today")
	checkDialogueIn(t, []bool{false}, "A: anything else", "C: the parcel was signed for by [PERSON lalit bharati] at the ATM I think")
	checkDialogueIn(t, []bool{false}, "A: anything else", "C: honestly [PERSON mari ann kask] at the front desk was great I think")
}
