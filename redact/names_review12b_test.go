package redact_test

import "testing"

// A first name with "'s" before what a shop, a brand or a product has (its
// app, its fees, its brakes) is the business or the product, not a person;
// nor is one after an article ("the", "my": a car, a hotel). People's own
// things after a possessive still name them.
func TestFind_PossessiveOfABusinessIsNoPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"car after the":    {"C: The Camry's brakes are squeaking again since the service."},
		"car after my":     {"C: So my Kia's warranty covers it, I think."},
		"shop pharmacy":    {"C: Honestly Kendra's pharmacy is quicker than the big one."},
		"brand first name": {"C: I looked at Chase's website and the fees went up."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	// Lowercase only: cased, a capitalised listed first name inside a
	// sentence is a name to the person recognizer whatever follows.
	for name, turns := range map[string][]string{
		"hotel app":  {"C: Sure, the Hyatt booking is there and Hilton's app shows it too."},
		"store fees": {"C: I checked and Zara's fees for returns went up."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for name, turns := range map[string][]string{
		"person's idea":   {"C: That was [PERSON Rosalind's] idea in the first place."},
		"person has been": {"C: I think [PERSON Dmitri's] been testing the build all week."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A first name after "from" where something was bought, ordered or
// returned is the shop ("I ordered it from Zara and they"); heard, had a
// message or got help from, it is still the person.
func TestFind_ShopAfterFromIsNoPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"bought from":   {"C: I bought the jacket from Zara and they won't take it back."},
		"ordered from":  {"C: We ordered it from Wendy and it came broken."},
		"returned from": {"C: I returned the shoes, the ones I purchased from Kendra, last week."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
	for name, turns := range map[string][]string{
		"heard from": {"C: I heard from [PERSON Dmitri] and he says it's fine."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// A name word opening the answer to the other speaker's question for a
// place is the place (or the shop) named, not one spoken to; one spoken
// to with "you" after it still is.
func TestFind_AnswerToAPlaceQuestionIsNoVocative(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"shipping from": {"A: And where's it shipping from?", "C: Okotoks, I think."},
		"which town":    {"A: Which town is the branch in?", "C: Kelowna, I believe."},
		"what city":     {"A: What city is that in?", "C: Tamsin, I think."},
		"where live":    {"A: Where do you live now?", "C: Nanaimo, we moved."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	for name, turns := range map[string][]string{
		"asked you": {"A: Where did the form go?", "C: [PERSON Tomasz], do you have it?"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A word that is no listed first name, said as the subject of what a
// person does and then spoken of as "they", is a company (a hotel, a bank,
// a shop): "Vodafone said they would fix it". A listed first name, or a
// name spoken of as "she" or "he", is still a person.
func TestFind_CompanySpokenOfAsTheyIsNoPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"unknown word": {"C: And after that Vodafone said they would fix it."},
		"coinage":      {"C: Carmax said they'd buy it back."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	// Lowercase only: cased, a capitalised listed surname inside a
	// sentence is a name to the person recognizer.
	for name, turns := range map[string][]string{
		"hotel": {"C: I think Marriott said they'd refund the night."},
		"bank":  {"C: and then Santander told them the transfer was late."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for name, turns := range map[string][]string{
		"she":        {"C: Honestly [PERSON Okonkwo] said she'd send the notes."},
		"first name": {"C: I think [PERSON Rosalind] said they'd meet us there."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
