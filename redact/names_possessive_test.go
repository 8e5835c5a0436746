package redact_test

import "testing"

// A first name and surname said with a possessive after "at" ("at Maria
// Mendoza's place") is a person's, as it is without the "'s": the word of
// place before it does not make it a town.
func TestFind_PossessiveFullNameAfterAPlaceWord(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"at a place":   {"A: Where will you be staying?", "C: At [PERSON Maria Mendoza's] place this weekend."},
		"over at":      {"C: We were over at [PERSON Maria Mendoza's] house on Sunday."},
		"near a flat":  {"C: The keys are near [PERSON Daniel Kowalski's] flat."},
		"at an office": {"C: I left the forms at [PERSON David Chen's] office."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
