package redact_test

import "testing"

// A town of the world of two words whose first word is a first name, said
// in one breath, is the town where no naming cue makes it a person; a
// naming cue keeps the name.
func TestFind_TownOpeningWithAFirstNameIsNoPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"answer to a city":  {"A: Which city is the property in?", "C: Beverly Hills."},
		"after from":        {"C: Hi, I'm ringing from Beverly Hills about my order."},
		"opening a clause":  {"C: Beverly Hills is where the shop is."},
		"branch answer":     {"A: And which office should we send it to?", "C: The Beverly Hills one, please."},
		"second town":       {"A: Where are you based?", "C: Palm Springs, for now."},
		"naming cue keeps":  {"C: Hi, my name is [PERSON Beverly Hills] and I have a question."},
		"person stays near": {"C: I moved to Beverly Hills with my sister [PERSON Ingrid] last year."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
