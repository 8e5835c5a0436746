package redact_test

import "testing"

// Cased, a listed first name after a comma that ends the sentence is said
// to someone, also when the word before the comma is a preposition that
// would put a place after it.
func TestFind_ClosingVocativeAfterAPreposition(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"after in":     {"A: Good news, the refund has just gone in, [PERSON Bill.]", "C: Oh, great."},
		"after at":     {"C: Which screen are you looking at?", "A: The billing page is the one I'm looking at, [PERSON Grace.]"},
		"after around": {"A: I'll keep the line open while you look around, [PERSON Frank.]", "C: Thanks."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// A place stays a place there, and a name after a number or in a sentence
// with a street or a unit is left alone.
func TestFind_ClosingVocative_KeepsPlacesAndAddresses(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"a town":     {"A: Where do you live?", "C: Just outside, Austin."},
		"a street":   {"C: It's the flat on Maple Street, near, Florence."},
		"a building": {"C: The building is round the corner, near, Hazel."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// A first name said after a sum of money and a comma, closing the
// sentence, is said to someone (amountBeforeComma); a number of something
// else still vetoes it.
func TestFind_VocativeAfterAnAmount(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"dollars": {"A: That comes to 25 dollars, [PERSON Bill.]", "C: Okay."},
		"bucks":   {"A: Your refund is 60 bucks, [PERSON Grace.]", "C: Great."},
		"sign":    {"A: It's $45, [PERSON Jack.]", "C: Fine."},
		"words":   {"A: That'll be forty dollars, [PERSON Hazel.]", "C: Sure."},
		"degrees": {"A: It's about 30 degrees, Frank.", "C: Cold."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}
