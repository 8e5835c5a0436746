package redact_test

import "testing"

// A surname alone after a word that takes only a person (a verb of
// contact or instruction, or a preposition read with its verb) is a
// person; the same words before a department, a town, a firm or an order
// are not.
func TestFind_SurnameAfterAPersonLead(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"page":           {"A: can you page [PERSON Wojtowicz] for me"},
		"let":            {"C: let [PERSON Haugland] take the early bus"},
		"sit":            {"A: we'll sit [PERSON Adeyemi] in the second half"},
		"put":            {"C: put [PERSON Strzelecki] on the phones tomorrow"},
		"text":           {"A: text [PERSON Lindemann] the gate code"},
		"waiting on":     {"C: the roofers are waiting on [PERSON Gallardo] again"},
		"heard back":     {"A: we never heard back from [PERSON Petrosyan] about it"},
		"ran into":       {"C: i ran into [PERSON Kowalczuk] at the hardware store"},
		"ran it by":      {"A: i ran it by [PERSON Takahashi] yesterday"},
		"run past":       {"C: run the figures past [PERSON Albrecht] first"},
		"according to":   {"A: according to [PERSON Oyelaran] the boiler is fine"},
		"hand on to":     {"C: i passed the keys to [PERSON Mahlangu] this morning"},
		"got to":         {"A: i got [PERSON Fitzroy] to cover the weekend"},
		"let's have":     {"C: let's have [PERSON Okafor] check the wiring"},
		"swapping with":  {"A: i'm swapping sundays with [PERSON Halloran]"},
		"between":        {"C: it comes down to a choice between [PERSON Brandt] and [PERSON Ozturk]"},
		"neither nor":    {"A: neither [PERSON Lisowski] nor [PERSON Achterberg] called"},
		"a town's name":  {"C: page [PERSON Sokolov] when the scan is back"},
		"no list, lower": {"C: we're still waiting on [PERSON ndlovu-mbeki] for the survey"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	for name, turns := range map[string][]string{
		"a department":  {"A: i ran it by legal yesterday"},
		"a town":        {"C: we're waiting on Sacramento for the permit"},
		"an order":      {"A: i'll have the cortado please"},
		"i'll have":     {"C: i'll have espresso and a muffin"},
		"a firm after":  {"A: we're waiting on Gallardo Roofing for the quote"},
		"a street":      {"C: we ran into Kowalczuk Street traffic"},
		"two towns":     {"A: it's all snow between Denver and Boise"},
		"two holidays":  {"C: we close between Christmas and Easter"},
		"a thing":       {"A: put the ladder on the truck"},
		"let go":        {"C: let go of the rope"},
		"a brand":       {"A: text Verizon to stop the alerts"},
		"neither thing": {"C: neither the pump nor the valve works"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// Cased, a listed name that is no word opening its sentence before a verb
// in the past is its subject, as it already is lowercase; a place or a
// firm there is not.
func TestFind_SurnameOpeningBeforeAPastVerb(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: [PERSON Szczepanski] fixed the fence on Sunday.")
	checkDialogueIn(t, []bool{false}, "A: Okay. [PERSON Abernethy] already signed the lease.")
	checkDialogueIn(t, []bool{false}, "C: Denver finished the season strong.")
	checkDialogueIn(t, []bool{false}, "A: Walmart raised the price again.")
}
