package redact_test

import "testing"

// "Which card?" "The one that ends 4410": a card's last four said after
// "ends" with no "in", and the question names the card.
func TestFind_CardLastFourAfterEnds(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Which card would you like to pay with?", "C: Um, the one that ends [CARD 7731.]")
	checkDialogue(t, "A: Which of the cards should I charge?", "C: Okay, so it's the one that ends [CARD 2 0 5 9.]")
	checkDialogue(t, "A: What card is this going on?", "C: The visa, the one that ends with [CARD 6612.]")
	// Not a card's: a meeting that ends at a time.
	checkDialogue(t, "A: Which session suits you?", "C: The one that ends 5 pm is fine.")
}
