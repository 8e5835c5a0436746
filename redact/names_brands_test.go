package redact_test

import "testing"

// A brand whose name is also a person's, said with a word a business has
// ("support", "app", "dealership"), after "at", "with" or "from", after a
// verb of banking or staying, in a business's greeting or as a voice
// assistant given a command, is the business: no person.
func TestFind_BrandInABusinessContextIsNoPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"brand and a thing it has":                {"C: The Hyatt app keeps logging me out."},
		"brand and support":                       {"C: I was on hold with Dell support for an hour."},
		"carmaker and its dealer":                 {"C: My Kia dealership wants the car back."},
		"possessive and a product":                {"C: I could not open Hilton's website at all."},
		"two-word firm after at":                  {"C: My adviser at Morgan Stanley sent the forms."},
		"two-word firm as a subject":              {"C: Morgan Stanley sent me a letter."},
		"hotel after the":                         {"C: We stayed at the Marriott by the station."},
		"bank after with":                         {"C: I keep my savings with Santander."},
		"bank after a call verb":                  {"C: I rang Halifax about the mortgage."},
		"first-name bank after a verb of banking": {"C: We bank with Chase these days."},
		"firm people may bear, in context":        {"C: I have an account with Raymond James."},
		"a business's greeting":                   {"A: Thank you for calling Chase, my name is [PERSON Dana]. How can I help?"},
		"a voice assistant told to play":          {"C: Okay, Alexa, play the news."},
		"a web address without its dot":           {"C: I wrote a complaint to Walmartcom last night."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogue(t, append([]string{"A: Go ahead."}, turns...)...) })
	}
}

// People who bear a brand's name stay people where no business context
// says otherwise: a surname after the name, a name with no business word,
// a name after "with" that no verb of banking or business talk follows.
func TestFind_PersonNamedLikeABrandStaysAPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"two-word firm as a person": {"C: [PERSON Raymond James] called me yesterday."},
		"asked for by name":         {"C: Can I speak with [PERSON Morgan] please?"},
		"emailed about a report":    {"C: I emailed [PERSON Morgan] about the report."},
		"a friend":                  {"C: My friend [PERSON Hilton] called me."},
		"asked to call back":        {"C: Please ask [PERSON Mercedes] to call me back."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogue(t, append([]string{"A: Go ahead."}, turns...)...) })
	}
	// A first name and a surname, and a name thanked at the end of a call
	// (cased: lowercase "chase miller called" and "thanks chase bye" are
	// not found today, brand or not).
	checkDialogueIn(t, []bool{false}, "A: Go ahead.", "C: [PERSON Chase Miller] called me this morning.")
	checkDialogueIn(t, []bool{false}, "A: Anything else?", "C: No, thanks [PERSON Chase], bye.")
}

// A subscription is a business's: "my Sirius subscription" is the radio
// service, a friend of the same name stays a person.
func TestFind_BrandSubscriptionIsNoPerson(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Go ahead.", "C: Please stop my Sirius subscription from renewing.")
	checkDialogue(t, "A: Go ahead.", "C: My friend [PERSON Sirius] told me about you.")
}
