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

// A person's possessive before what a home or a wedding has too (the
// roofing, the plumbing, the catering) is the person's, and a relative
// named before a shop's possessive is named (names_shops.go).
func TestFind_PossessiveBeforeWhatAHomeHasIsAPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"roofing":  {"C: Next door, [PERSON Greg's] roofing blew off in the wind."},
		"plumbing": {"C: The drip comes from [PERSON Dana's] plumbing upstairs, not ours."},
		"catering": {"C: We booked [PERSON Alisha's] catering for the reception."},
		"towing":   {"C: [PERSON Marcus's] towing bill was ninety dollars."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	checkDialogueIn(t, []bool{false}, "C: My mum [PERSON Jean's] salon was broken into last night.")
	// (a shop's own name stays the shop's)
	checkDialogueIn(t, []bool{false}, "C: Frank's Plumbing sent a man round on Tuesday.")
}

// A unit said to lose power, to be broken into, to stop paying or to fail
// an inspection is a flat or its tenant: its number stays an address
// unless a machine is named before it (addr_unit_device.go).
func TestFind_FlatSaidToFailIsStillAnAddress(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"lost power":  {"A: What's the problem?", "C: [ADDRESS Unit 12] lost power about an hour ago."},
		"broken into": {"C: [ADDRESS Unit 5] was broken into on Sunday night."},
		"stopped":     {"C: The tenant in [ADDRESS unit 3] stopped paying in March."},
		"inspection":  {"C: [ADDRESS Unit 8] failed the fire inspection."},
		"letters":     {"C: [ADDRESS Unit 9] is still not responding to our letters."},
		"breaker":     {"C: The breaker in [ADDRESS unit 4] keeps tripping."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	// (a machine named before it, or a state only a machine has)
	checkDialogue(t, "C: The boiler, unit 2, lost pressure overnight.")
	checkDialogue(t, "C: Unit 6 keeps rebooting every hour.")
}

// After "is this", a first name that is also a word is the thing asked
// about unless it ends the turn; slang for a friend is no name
// (names_lower_closing.go).
func TestFind_IsThisWordOkayIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "C: is this will okay to sign or do i need a witness")
	checkDialogue(t, "A: which one did you mean", "C: is this bill okay to pay now")
	checkDialogue(t, "C: no worries fam")
	checkDialogueIn(t, []bool{true}, "A: hello who's calling", "C: hi is this [PERSON frank]")
}

// After a verb of sending, a common surname that is also a word stays the
// recipient's surname before "and" and a thing (names_commands.go,
// thingsSentAfter); "bill" there is the thing sent.
func TestFind_CommonSurnameAfterASendingVerbStays(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "C: send [PERSON dan grant] and the form to the office")
	checkDialogueIn(t, []bool{true}, "C: please forward [PERSON lucy page] and the minutes tonight")
	checkDialogueIn(t, []bool{true}, "C: email [PERSON oskar] bill and the receipt")
}

// A surname signing off and two names answering who are people, not call
// signs (names_calledby.go).
func TestFind_SurnameSigningOffIsAPerson(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: Okay, [PERSON Okafor] out.", "A: Thanks, [PERSON Okafor].")
	// (Tendai, on no list, is found by no rule alone; Ngozi was trimmed
	// everywhere as the station calling)
	checkDialogueIn(t, []bool{false}, "A: Who's on tonight?", "C: Tendai, [PERSON Ngozi].", "A: Great, [PERSON Ngozi] has the keys.")
}

// A place's name before a common surname is a full name on a call where
// "roger" acknowledges (names_station.go).
func TestFind_PlaceNamedPersonWithACommonSurname(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "C: Roger that. This is [PERSON Savannah Brooks] from accounts.", "A: Hi, [PERSON Savannah].")
	checkDialogueIn(t, []bool{false}, "A: Roger. I have [PERSON Denver Hill] on the other line.")
}

// A season with "'s" before a plural noun is the season's
// (names_word_possessive.go).
func TestFind_SeasonPossessiveIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "C: any of summer's holidays would suit us")
	checkDialogueIn(t, []bool{true}, "C: so winter's storms took the fence down")
	checkDialogueIn(t, []bool{true}, "C: so [PERSON chuck's] slides are ready")
}

// "Roger that" once is a phone call's idiom too: a person called after a
// place stays a person there (names_callsign.go, stationRadio).
func TestFind_RogerThatAloneKeepsPlaceNamedPeople(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Your parcel comes on Friday.", "C: Roger that. Thanks, [PERSON Denver].")
}
