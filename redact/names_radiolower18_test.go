package redact_test

import "testing"

// Lowercase, a rarer first name or a surname said alone is a name after a
// radio acknowledgement, as a vocative ending the turn or opening the next
// clause (names_radiolower18.go).
func TestFind_RadioLowerVocativeAfterAnAcknowledgement(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	checkDialogueIn(t, lower, "A: the hose is charged at the hydrant", "C: okay [PERSON tomasz] grab the spare hose")
	checkDialogueIn(t, lower, "A: loading bay two this is the forklift", "C: copy [PERSON albrecht] is on the ladder")
	// (a station, a letter of the spelling alphabet, a gauge: no one)
	checkDialogueIn(t, lower, "A: the tanker is at the gate", "C: copy houston we have it")
	checkDialogueIn(t, lower, "A: the tail letters are sierra juliet", "C: copy tower sierra juliet is number two")
}

// Lowercase, a listed name that is no English word opening a turn before a
// radio verb or a clause of its own is the speaker's or the callee's.
func TestFind_RadioLowerNameOpensATurn(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	checkDialogueIn(t, lower, "A: who has the spare radio", "C: [PERSON thorvald] has it in the cab")
	checkDialogueIn(t, lower, "A: rescue one are you on scene", "C: [PERSON agnieszka] copies on scene now")
	checkDialogueIn(t, lower, "A: the second crane is free", "C: [PERSON gutierrez] [PERSON brandt] take the north side")
	// (a voice assistant woken: no one)
	checkDialogueIn(t, lower, "A: what did you ask the speaker", "C: alexa play the weather")
}

// Lowercase, a radio question about someone ("is", "did", "how's" opening
// it) before where or how they are takes the name.
func TestFind_RadioLowerNameAskedAbout(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	checkDialogueIn(t, lower, "A: the ladder truck is parked", "C: is [PERSON wojcik] still on the roof")
	checkDialogueIn(t, lower, "A: the lap times are in", "C: what did [PERSON svetlana] run")
	checkDialogueIn(t, lower, "A: we're checking the markets", "C: how is coca cola doing today")
}

// Lowercase, a nickname of the list that is a word is a name said to
// someone after an acknowledgement or opening the turn, before the
// speaker's clause; not the verb ("okay skip it").
func TestFind_RadioLowerNicknameSaidToSomeone(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	checkDialogueIn(t, lower, "A: the winch cable is frayed", "C: okay [PERSON dusty] we'll swap it after lunch")
	checkDialogueIn(t, lower, "A: second load is on the truck", "C: stand by [PERSON chip] i'm counting them")
	checkDialogueIn(t, lower, "A: [PERSON scooter] you hear me", "C: loud and clear")
	checkDialogueIn(t, lower, "A: the third question is hard", "C: okay skip it")
}

// Lowercase, a wh-word's contraction opens a question and names no one;
// "see you soon" closes a call with no name.
func TestFind_RadioLowerNoNameInAContractionOrFarewell(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	checkDialogueIn(t, lower, "A: how'd you fix the pump", "C: new gasket")
	checkDialogueIn(t, lower, "A: we're done for the day", "C: okay see you soon")
}

// Lowercase, a listed word said twice opening a turn is a repetition, not
// two people called ("nein nein it's fine"); a name opening the answer to
// a question for a place is the place.
func TestFind_RadioLowerRepeatedOpenerAndPlaceAnswerAreNoNames(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	checkDialogueIn(t, lower, "A: do you want the light on", "C: nein nein it's okay")
	checkDialogueIn(t, lower, "A: which town did the parcel come from", "C: gutierrez i think")
}
