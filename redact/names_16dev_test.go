package redact_test

import (
	"testing"
)

// TestFind_NamesInPassing16 checks names_16dev.go's forms, one line each,
// in words of their own (not the probe's nor set16's): a role before a
// name that is also a word, cased and lowercase; a lowercase name that can
// only be a name as a subject or after a verb or preposition that takes a
// person; a word in no list as a subject; a first name's possessive before
// what its owner asked; a first name said between commas; a name before a
// relative "who"; cased, a capitalised listed name after a verb or
// preposition that takes a person.
func TestFind_NamesInPassing16(t *testing.T) {
	for _, c := range []struct {
		line  string
		cased bool // in the cased style
		lower bool // in the lowercase style
	}{
		{"P: Deputy [PERSON Crane] found the keys behind the shed.", true, true},
		{"Q: Trooper [PERSON Wolfe] pulled me over on the ramp.", true, true},
		{"R: Principal [PERSON Hawk] signed the permission slips.", true, true},
		{"C: I emailed Coach [PERSON Hart] twice.", true, true},
		{"P: Detective [PERSON Gardner's] report was late.", true, true},
		{"Q: Commissioner [PERSON Duke] will hold the hearing.", true, false},
		{"P: We heard from trustee [PERSON Abernethy-Quist] about the roof.", true, true},
		{"R: The dean came by and [PERSON Takahashi] explained the plan.", false, true},
		{"C: I had coffee with [PERSON Oluwaseun] last week.", false, true},
		{"P: The notes were taken by [PERSON Svetlana] this time.", false, true},
		{"Q: Please remind [PERSON Anjali] about the deadline.", false, true},
		{"R: I passed the form over to [PERSON Bogdan] on Friday.", false, true},
		{"Q: Despite the delays [PERSON Brzezinkowa] has kept the schedule.", false, true},
		{"P: Both Councilman [PERSON Ruiz] and councilman [PERSON gaffer] have signed it.", false, true},
		{"Q: Just to follow up on [PERSON Austin's] question about parking.", true, true},
		{"A: Well, I hear you, [PERSON Rosalind,] and we will look into it.", true, false},
		{"P: We met the auditor, and [PERSON Vasquez,] who had the numbers, stayed late.", true, true},
		{"Q: Can I go back to [PERSON Buzz's] point from earlier?", false, true},
		{"R: The vendor called back, [PERSON Okoronkwo] was asking for the deposit.", true, true},
		{"C: The form was signed by [PERSON Gallagher] last spring.", true, false},
		{"P: The note from [PERSON Dagmar] was short.", true, true},
	} {
		var styles []bool
		if c.cased {
			styles = append(styles, false)
		}
		if c.lower {
			styles = append(styles, true)
		}
		checkDialogueIn(t, styles, c.line)
	}
}

// TestFind_NamesInPassing16LookAlikes checks that the same words said as
// words, roles with no name, and places after a preposition stay
// unflagged.
func TestFind_NamesInPassing16LookAlikes(t *testing.T) {
	for _, line := range []string{
		"P: The deputy found the keys behind the shed.",
		"Q: We sat in coach class the whole way.",
		"R: Officer training starts next month.",
		"C: A young judge ruled on it.",
		"P: The principal amount is due in June.",
		"Q: Our coach said practice is cancelled.",
		"R: The crane lifted the beam.",
		"C: We're flying out to Barcelona on Friday.",
		"Q: The letter was signed by the board.",
		"R: I'll have the soup, thanks.",
		"C: The judge was sharp with us.",
		"P: Going back to the first question, the answer is no.",
		"Q: To follow up on May's report, nothing changed.",
		"C: I lived in Paris, Texas, for a year.",
		"R: The hospital's new coordinator will call you.",
		"P: Anyone who wants a copy can ask.",
		"Q: Going back to today's question, nothing changed.",
		"C: The form was signed by the Board of Health.",
		"R: The parents, who had waited an hour, went home.",
		"P: The Deputy Secretary of State arrives today.",
		"Q: We met the Deputy Prime Minister last week.",
		"R: We compared it with hartley smoothing last year.",
		"P: The clinic near Beatrice closed early.",
		"C: We banked with Quinlan Ferris for years.",
	} {
		checkDialogue(t, line)
	}
	// A subject does not reach back over the other side's turn: the last
	// word of one turn and a verb opening the same speaker's next turn.
	checkDialogueIn(t, []bool{true}, "C: Copy, loading now. Bollards?", "A: Shrink-wrapped.", "C: Understood. How long until the truck?")
	// (cased, another rule takes a capitalised word after "from": the
	// lowercase style is this file's)
	checkDialogueIn(t, []bool{true}, "P: A weather report from Apollo eight came in.")
}
