package redact_test

import "testing"

// A person looped in by "loop in" comes after the preposition; "in" does
// not make the name a place.
func TestFind_NameLoopedInAfterIn(t *testing.T) {
	checkDialogue(t, "C: Loop in [PERSON Marisol] on the renewal.", "A: Done.")
	checkDialogue(t, "C: Could you loop in [PERSON Anatoli] too?", "A: Sure.")
	// Hard negatives beside them.
	checkDialogue(t, "C: Please loop in the team on this.", "A: Done.")
	checkDialogue(t, "C: Loop in legal before you sign.", "A: Okay.")
}

// A person got hold of is a name; someone or a desk there stays a word.
func TestFind_NameGotHoldOf(t *testing.T) {
	checkDialogue(t, "C: I can't get hold of [PERSON Severin] at all.", "A: Let me try.")
	checkDialogue(t, "C: Did you manage to get ahold of [PERSON Ottoline]?", "A: Not yet.")
	// Hard negatives beside them.
	checkDialogue(t, "C: Get hold of someone in shipping.", "A: Okay.")
	checkDialogue(t, "C: I couldn't get hold of the pharmacy.", "A: Sorry.")
}

// A person paid back is a name when "back" follows it.
func TestFind_NamePaidBack(t *testing.T) {
	checkDialogue(t, "C: I still have to pay [PERSON Lorcan] back for the tickets.", "A: Okay.")
	// Hard negatives beside them.
	checkDialogue(t, "C: Let me pay you back next week.", "A: Fine.")
	checkDialogue(t, "C: Can I pay the balance back in parts?", "A: Yes.")
}

// A verb of reaching or paying a person that opens a cased sentence is no
// first word of the name after it ("Cc", "Venmo" are no English words,
// but no names either).
func TestFind_VerbBeforeNameIsNotItsFirstWord(t *testing.T) {
	checkDialogue(t, "C: Cc [PERSON Ingeborg] on the reply.", "A: Done.")
	checkDialogue(t, "C: Bcc [PERSON Thaddeus] on that one.", "A: Okay.")
	checkDialogue(t, "C: Venmo [PERSON Lorcan] the deposit tonight.", "A: Okay.")
	checkDialogue(t, "C: Zelle [PERSON Ottoline] fifty dollars.", "A: Sure.")
}

// Lowercase, listed first names that are also words said between a
// contacted name and a closing "and" name are names of the list; a desk or
// a day there stays a word.
func TestFind_WordNamesInsideAContactList(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: text [PERSON bartholomew], [PERSON grace], [PERSON hope] and [PERSON li] the code", "A: sure")
	checkDialogueIn(t, []bool{true}, "C: invite [PERSON ottoline], [PERSON rose] and [PERSON yusuf] to the viewing", "A: done")
	// Hard negatives beside them.
	checkDialogueIn(t, []bool{true}, "C: call [PERSON mike] today and tomorrow", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: email [PERSON oskar] the invoice and the receipt", "A: okay")
}

// A unit or a suite with a number before a verb saying what a text or a
// course holds is part of that text; one given as where someone lives is
// still an address.
func TestFind_UnitOfACourseIsNoAddress(t *testing.T) {
	checkDialogue(t, "C: Unit 6 explains how the deductible works.", "A: Right.")
	checkDialogue(t, "C: I think suite 3 includes the practice exercises.", "A: It does.")
	checkDialogue(t, "C: I'm in [ADDRESS unit 6] now.", "A: Thanks.")
}
