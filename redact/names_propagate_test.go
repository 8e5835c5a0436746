package redact_test

import (
	"testing"
)

// A name that is also a word ("bill", "frank") or has two letters ("ed"),
// found once in a call, is a name again where its own words make it one:
// the subject of what a person does or of an auxiliary after a clause
// opens, or said with "'s" after no article; cased, capitalised inside a
// sentence.
func TestFind_WordNameSaidAgain(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"subject of said": {"C: Hi, my name is [PERSON Frank Moretti.]", "A: Thanks. What happened?",
			"C: My neighbour called you, and [PERSON frank] said the refund would come."},
		"subject of should": {"C: Hello, my name is [PERSON Bill Novak.]", "A: How can I help?",
			"C: The letter went astray, so [PERSON bill] should get a new one."},
		"two letters with 's": {"C: Hi, my name is [PERSON Ed Whitaker.]", "A: Where did you leave the receipt?",
			"C: It was in [PERSON ed's] folder on the desk."},
		"after a filler": {"C: Yes, my name is [PERSON Jack Ferreira.]", "A: And who set it up?",
			"C: Well um [PERSON jack] wanted it done before the move."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// The same words stay words where a word stands: after an article or a
// possessive, after a noun ("phone bill"), before no verb, a radio word
// or a verb that is a name.
func TestFind_WordNameSaidAgain_KeepsWords(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"noun before": {"C: Hi, my name is [PERSON Bill Novak.]", "A: Thank you.",
			"C: The phone bill is higher than last month."},
		"article before 's": {"C: Hi, my name is [PERSON Bill Novak.]", "A: Thank you.",
			"C: I think the bill's total is wrong."},
		"adjective": {"C: Hi, my name is [PERSON Frank Moretti.]", "A: Thank you.",
			"C: To be frank I was not happy with it."},
		"no verb after": {"C: Hi, my name is [PERSON Rose Adler.]", "A: Thank you.",
			"C: And rose petals were all over the parcel."},
		"verb name": {"C: Hi, my name is [PERSON Mark Duval.]", "A: Thank you.",
			"C: So mark it as paid please."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}
