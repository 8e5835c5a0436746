package redact_test

import "testing"

// review18: made-up lines where a rule merged in session 16 lost a person
// or flagged an ordinary word on an ordinary call; each failed on main
// (a249eb1) and passed at the session's start (7df6957).

// A listed name's "'s" before "is", "was" or "didn't" is that person's
// thing said short, not a shop (hn18_things.go shopPossessiveSubject); a
// brand's stays a shop.
func TestFind_Review18NamesPossessiveBeforeAnAuxiliaryIsAPersons(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: My phone's fine but [PERSON Derek's] is cracked on the corner.")
	checkDialogueIn(t, []bool{false}, "C: [PERSON Maribel's] was the card that got charged, not mine.")
	checkDialogueIn(t, []bool{true}, "C: mine works but [PERSON derek's] is cracked")
	checkDialogue(t, "C: Wendy's is closed after ten, so we drove on.")
}
