package redact_test

import "testing"

// Review of session 13's rules (review15): ordinary calls that the new
// rules must leave alone, in the reviewer's own words.

// A phone call whose caller answers "Can you hear me?" with "Loud and
// clear." is no radio traffic: a person called after a place is a person
// there (names_station.go needs a call sign, a radio check other than
// "Loud and clear." or an acknowledging "roger").
func TestFind_LoudAndClearAloneKeepsPlaceNamedPeople(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Can you hear me all right?", "C: Loud and clear. This is [PERSON Savannah], about my parcel.",
		"A: Thanks, [PERSON Savannah], one moment.")
	checkDialogue(t, "A: Is the line okay now?", "C: Loud and clear.", "A: Good. Thanks, [PERSON Adelaide], bye.")
	checkDialogueIn(t, []bool{false}, "A: Is the line okay now?", "C: Loud and clear.", "A: Am I speaking with [PERSON Houston Miller]?")
}

// A listed first name or surname signing off or answering who is a
// person, not a call sign trimmed wherever the transcript says it.
func TestFind_CommonNameSigningOffIsAPerson(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: Right, that's me done for the day. [PERSON Dave] out.", "A: Bye, [PERSON Dave].")
	checkDialogueIn(t, []bool{false}, "A: Hello?", "C: [PERSON Siobhan], [PERSON Dmitri].", "A: Oh hi [PERSON Dmitri], how are you?")
	checkDialogueIn(t, []bool{false}, "A: Who countersigned?", "C: [PERSON Jensen, Oyelaran].", "A: Thanks. [PERSON Oyelaran] signed twice.")
}
