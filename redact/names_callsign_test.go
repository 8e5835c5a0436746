package redact_test

import "testing"

// A word the transcript also uses as a designation, before a number, is a
// call sign everywhere in it; without that evidence, or with a naming cue,
// the same word is a person.
func TestFind_DesignationElsewhereMakesACallSign(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Bianca 7 here, radio check, over.", "C: Loud and clear. Standing by for you, Bianca.")
	checkDialogue(t, "A: Radio check, over.", "C: Loud and clear. Standing by for you, [PERSON Bianca].")
	checkDialogue(t, "A: Bianca 7 here, radio check, over.", "C: Loud and clear. My name is [PERSON Bianca], by the way.")
	// (before a station, said without punctuation)
	checkDialogueIn(t, []bool{true}, "A: bianca seven weston cap com how do you read", "C: loud and clear go ahead bianca")
}

// A word before "Cap Com", "Com Tech", or "Tower" or "Flight" ending a
// sentence is a station everywhere in the transcript.
func TestFind_StationElsewhereMakesACallSign(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: This is Weston Cap Com, how do you read?", "C: Fine. Thanks, Weston.")
	checkDialogue(t, "A: We are handing you over to Weston Tower.", "C: Fine. Thanks, Weston.")
	checkDialogue(t, "A: [PERSON Weston], the tower says we are late, how do you read?", "C: Fine. Thanks, [PERSON Weston].")
}

// A name with a short number after a self-introduction is a call sign even
// where no comma sets the number off; a number read on is a phone number.
func TestFind_IntroducedDesignationIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: go ahead", "C: this is bianca seven the pump is running")
	checkDialogueIn(t, []bool{true}, "A: who is calling", "C: this is [PERSON bianca] [PHONE five five five oh one two three]")
}

// A transcript that once says "roger" as a plain acknowledgement says it
// so where one sentence alone cannot tell; as an object, before a verb or
// before a surname it stays a name.
func TestFind_RogerAcknowledgesWhereTheTranscriptDoes(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: the crane is up roger and we will lift at noon", "C: roger out")
	checkDialogue(t, "A: The crane is up. Roger, and we will lift at noon.", "C: Roger, out.")
	checkDialogue(t, "A: Hand the keys to [PERSON Roger] at the gate.", "C: Roger, out.")
	checkDialogue(t, "A: [PERSON Roger] called about the crane.", "C: Roger, out.")
	checkDialogue(t, "A: The crane is up. [PERSON Roger], and we will lift at noon.", "C: Sure, thanks.")
}

// Planets, constellations and navigation stars that are also in the name
// lists are no people; a census-common name, a self-introduction or a
// surname after one keeps the name.
func TestFind_NamesOfTheSkyAreNoNames(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Radio check, which way do we turn?", "C: Head for Sirius, it's the brightest one tonight.")
	checkDialogue(t, "A: Who's on the line?", "C: We read you, Aquarius, over.")
	checkDialogue(t, "A: Who's on the line?", "C: Hi, this is [PERSON Orion], about my bill.")
	checkDialogue(t, "A: Who helped you?", "C: [PERSON Venus] helped me at the desk.")
	checkDialogue(t, "A: Who helped you?", "C: [PERSON Lyra Jones] helped me at the desk.")
}

// A Roman numeral left alone once a call sign is trimmed off a name is no
// name.
func TestFind_RomanNumeralOfADesignationIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Radio check.", "C: Loud and clear, Aquarius VI.")
}

// A turn that opens with "roger" before no subject's verb is evidence
// enough that the transcript says it as an acknowledgement.
func TestFind_RogerOpeningATurnIsEvidenceToo(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: how do you read me", "C: roger better now",
		"A: the hatch is shut roger [PERSON kim] can you confirm")
}

// An answer to "who is this?" that opens with a subject and its
// auxiliary says a clause, not a name.
func TestFind_AnswerOpeningWithAClauseIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Who is this?", "C: I've got the parts you wanted.")
	checkDialogue(t, "A: Who is this?", "C: We're the crew from the depot.")
	checkDialogue(t, "A: Who is this?", "C: [PERSON Jerry Malone].")
}

// After "this is" and a first name, an English word in no name list that
// does not end the turn goes on with what the speaker says (lowercase,
// where no capital or comma tells).
func TestFind_IntroducedNameStopsBeforeAnEnglishWord(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: go ahead", "C: this is [PERSON dana] calibrate gauges three and four please")
	checkDialogueIn(t, []bool{true}, "A: your full name please", "C: yes it's [PERSON mihai pop]", "A: thank you")
}

// A place's name after a sky name or "roger" is a call sign being called,
// not the second word of a full name; a single letter left alone once
// "roger" is trimmed off is no name; "Merry Christmas" greets.
func TestFind_CallSignAfterAVocativeAndOtherLeftovers(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: houston cap com how do you read", "C: go ahead aquarius houston we have you")
	checkDialogueIn(t, []bool{true}, "A: loud and clear roger columbia did the hatch hold", "C: roger out")
	checkDialogueIn(t, []bool{false}, "A: We charged the battery on B. Roger. Stand by.", "C: Roger, out.")
	checkDialogue(t, "A: Merry Christmas from all of us at the depot.", "C: Thanks.")
	checkDialogueIn(t, []bool{false}, "A: Who packed it?", "C: [PERSON Merry] did, on Christmas Eve.")
}

// A name the transcript gives a person with a cue of its own ("my name
// is", "this is", an answer to a question for a name) stays a name where it
// is said again, whatever the rest of the transcript says: "roger that"
// or the same word before a number elsewhere is no evidence against it. A
// greeting or thanks before "Roger" speaks to someone.
func TestFind_CuedNameOutweighsTheTranscriptsRadioEvidence(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Who do I have on the line?", "C: Yeah, my name is [PERSON Roger Pratt].",
		"A: Okay [PERSON Roger], one second.", "C: Roger that.")
	checkDialogue(t, "A: Can I take your name?", "C: [PERSON Roger].", "A: Lovely, thank you [PERSON Roger].")
	// (before, "Tyler" was trimmed off the answer, leaving "Moss")
	checkDialogue(t, "A: Who is calling please?", "C: [PERSON Tyler Moss].", "A: Thanks, and your locker is Tyler 12.")
	checkDialogue(t, "A: Thanks [PERSON Roger], you're all set.", "C: Roger that, bye.")
}

// On a call to a business, with no radio talk anywhere in it (no
// acknowledging "roger", call sign, station or radio check), a name that is
// also a star's or a constellation's is a person's: a child, a colleague,
// the one thanked.
func TestFind_NamesOfTheSkyArePeopleOffTheRadio(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: What happened?", "C: My boy [PERSON Orion] dropped it in the bath.")
	checkDialogue(t, "A: [PERSON Suhail], is there anything else today?", "C: No, that's all.")
	checkDialogue(t, "A: Who set the order up?", "C: I talked to [PERSON Aries] at the front desk.")
	// (with a radio check in the transcript the star stays a star)
	checkDialogue(t, "A: Radio check, how do you read?", "C: Loud and clear. We are turning towards Aries now.")
}
