package redact_test

import "testing"

// A letter of the radio alphabet after a word things are lettered by is a
// letter, also the second of two; the same words stay names elsewhere.
func TestFind_RadioLetterAfterALetteringWordIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Where is the water coming in?", "C: Through the wall on side Charlie, near the back porch.")
	checkDialogue(t, "A: Ready to go, we have information Mike.", "C: Taxi via Golf and Bravo to the hangar.")
	checkDialogue(t, "A: Who is on the hill?", "C: Group Alpha, and the dozer is crossing Bravo now.")
	checkDialogueIn(t, []bool{false}, "A: The pump works again.", "C: Great, tell [PERSON Victor] thanks for fixing it.")
}

// "Wilco" is no name, and "Roger, will do." acknowledges.
func TestFind_WilcoAndRogerWillDoAcknowledge(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Leave the gate open for the truck.", "C: Wilco.")
	checkDialogue(t, "A: Call me when the load is on.", "C: Roger, will do.")
	checkDialogueIn(t, []bool{false}, "A: The pump is leaking again.", "C: [PERSON Roger], will you check it?")
}

// A word before a number read on into two radio letters is an aircraft's
// call sign, a surname too; a common word before its number is a unit.
func TestFind_TailNumberAndUnitWordAreCallSigns(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Runway two seven is closed for ten minutes.", "C: Copy, Cessna six one Kilo Lima is holding short.")
	checkDialogueIn(t, []bool{false}, "A: Sector Bravo, Crew 4.", "C: Crew 4, go ahead, over.")
}

// On radio traffic a station's role said the way a name is is the station;
// cased, a role opening a turn before a comma makes the channel a radio.
func TestFind_StationRoleOnTheRadioIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Base, Truck 9, we are loaded.", "C: Copy, Truck 9, Base has you, head back to the yard.")
	checkDialogueIn(t, []bool{false}, "A: Tower, Mooney five five Papa Romeo, short final.", "C: Five five Papa Romeo, Tower, runway two six, cleared to land.")
	checkDialogueIn(t, []bool{false}, "A: Is there a person at the base?", "C: Yes, [PERSON Tower] is our supervisor there.")
}

// The name after "vessel", "yacht" or "fishing boat" is the boat's, a call
// sign wherever the transcript says it.
func TestFind_VesselNameIsACallSign(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Harbor office, this is the yacht Anna Belle, over.",
		"C: Anna Belle, harbor office, take the east pier, [PERSON Luis] will help you tie up.")
	checkDialogue(t, "A: Who picked you up?", "C: The fishing boat Stella Marie found us, over.")
}

// On radio traffic "unit 12" opening a sentence, after an acknowledgement
// or "this is", is a unit's call sign, and a radio letter with a number a
// grid; the address rules' findings there are undone.
func TestFind_RadioUnitIsNoAddress(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Control, this is unit 31, on the bridge now.", "C: Copy, unit 31, stand by there, over.")
	checkDialogueIn(t, []bool{false}, "A: Radio check, how do you read?", "C: Loud and clear, we are moving to Kilo 12, over.")
}

// Cased, a capitalised word told, had or let do something is a person,
// also a word on no list of names; a relative, a day, a place are not.
func TestFind_NameToldOrHadDoSomething(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: The truck is fixed.", "C: Great, please tell [PERSON Smitty] we're ready to roll.")
	checkDialogueIn(t, []bool{false}, "A: The gate is stuck again.", "C: Okay, I'll have [PERSON Sparky] take a look at it.")
	checkDialogueIn(t, []bool{false}, "A: The crane arrives at noon.", "C: Thanks, I'll let [PERSON Moose] know.")
	checkDialogueIn(t, []bool{false}, "A: We're running late.", "C: Okay, tell Mom we'll be home by nine, and have Monday off.")
}

// Cased, a listed name opening its sentence, set off by a comma before an
// order, is the one given it; a smart speaker's wake word before what it
// is told to do is not taken by this rule.
func TestFind_NameGivenAnOrder(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: The hose is kinked by the hydrant.", "C: Copy. [PERSON Tolliver], pull it straight and wait for water.")
	checkDialogueIn(t, []bool{false}, "A: We need the spare radio.", "C: Okay, [PERSON Fenwick], bring it over when you can.")
	checkDialogueIn(t, []bool{false}, "A: Which one do you want?", "C: Tower, hold short. Houston, stand by.")
}
