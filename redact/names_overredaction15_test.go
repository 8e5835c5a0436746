package redact_test

import "testing"

// A shop named after its owner is the shop: a name with "'s" before a word
// for a kind of shop or eatery (names_shops.go). A word a person has too
// ("pizza", "garage") counts only capitalised in a cased transcript.
func TestFind_ShopNamedAfterAPersonIsNoPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"deli":       {"C: We picked up sandwiches at Rosa's Deli on the way."},
		"bakery":     {"C: The charge is from Giorgio's Bakery, not from me."},
		"salon":      {"C: My sister works at Dolores's Salon downtown."},
		"laundromat": {"C: Tony's Laundromat lost two of my shirts."},
		"restaurant": {"A: Where did you eat that night?", "C: At Mario's Restaurant on Friday."},
		"a person's": {"A: Whose phone is it?", "C: It's [PERSON Priya's] phone, she lent it to me."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	for name, turns := range map[string][]string{
		"pizza capitalised":  {"C: I ordered from Marco's Pizza last night and it never came."},
		"garage capitalised": {"C: Joe's Garage did the brakes last month."},
		"bikes after is":     {"C: Is that Mike's Bikes on Fifth?"},
		"the pizza is his":   {"C: I think [PERSON Priya's] pizza was the cold one."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// A word on no name list with "'s" before what a business has is a
// company's (names_brands.go, unlistedCompanyPossessive).
func TestFind_UnlistedCompanyPossessiveIsNoPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"website":  {"C: I booked the seats through Railcorp's website."},
		"helpline": {"C: I rang Zentrix's helpline twice yesterday."},
		"app":      {"C: Quibblo's app charged me twice for the same ride."},
		// rail and coach operators on the brands list (notnames.txt), in
		// any context
		"rail office":  {"C: Then I rang Amtrak's office about the refund."},
		"coach ticket": {"C: I want to cancel the Megabus ticket I got from Flixbus's agent."},
		"rail alone":   {"C: The refund finally came from Amtrak's."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// "email oskar bill and the receipt": after a verb of sending, a word that
// is a name and a thing, before "and" and a thing, is the first thing
// sent, not the recipient's surname (thingsSentAfter). Cased, the commas
// already say so.
func TestFind_WordNameInAListOfThingsSent(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"receipt":   {"C: Email [PERSON Oskar], bill and the receipt."},
		"lease":     {"C: Send [PERSON Ingrid] bill and a copy of the lease."},
		"statement": {"C: Please email [PERSON Tomasz] bill and the statement."},
		"address":   {"C: Text [PERSON Paolo] bill and my new address."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// "the reason I called is ...": "called" after its subject is the verb of
// phoning, so what follows "is" is the reason, not a name (phraseCue).
// "is called" still names.
func TestFind_TheReasonICalledIsNoNamingCue(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"mark ups": {"A: How can I help?", "C: The reason I called is mark ups on my order."},
		"bill pay": {"A: What can I do for you?", "C: So the reason we called is bill pay."},
		"you":      {"A: The number you called is not in service."},
		"named":    {"C: My brother is called [PERSON Mark.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	// A person called keeps the cue (cased: lowercase "frank miller" was
	// never found without it).
	checkDialogueIn(t, []bool{false}, "C: The man I called was [PERSON Frank Miller.]")
}
