package redact_test

import "testing"

// Review of this session's rules for harm on ordinary calls (task
// review16): lines in which a rule merged this session lost a person or a
// number a caller gives, or flagged an ordinary word. Each failed on main
// before its fix.

// A list of first names read out with commas is a list of people, even
// where one of them is a dictionary word that is rarer as a name
// (names_word_list.go: "Hunter").
func TestFind_ListOfFirstNamesKeepsThePeople(t *testing.T) {
	t.Parallel()
	cased := []bool{false}
	for name, turns := range map[string][]string{
		"two kids answering who":  {"A: Who's on the account?", "C: [PERSON Hunter, Rose.]"},
		"a rarer name then ivy":   {"A: And the authorized users?", "C: [PERSON Hunter, Ivy.]"},
		"names inside a sentence": {"A: Who lives there?", "C: My kids [PERSON Hunter, Rose] live with me."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, cased, turns...) })
	}
}

// "time" as an occasion is no clock: a number after it is no time reading
// (negatives_hn16.go), and a clock's reading still is.
func TestFind_NumberAfterAnOccasionIsNoTimeReading(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"after last time":   {"A: What's the reference on it?", "C: Same one as last time [NUMBER 66120394.]"},
		"after next time":   {"A: Which code should I use?", "C: Use it next time, [NUMBER 50719284.]"},
		"a clock's reading": {"A: What does the log say?", "C: The elapsed time 1 2 4 3 5 5 0."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A nickname that is a word before "and I" is the word where a verb takes
// it (names_nickname_words.go); opening its sentence it is the person.
func TestFind_NicknameWordTakenByAVerbIsNoName(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, turns := range map[string][]string{
		"weather":          {"A: How did the water get in?", "C: Well it turned sunny and I opened every window."},
		"a button":         {"A: Did the form go through?", "C: No, I pressed skip and I think it reset."},
		"opening the turn": {"A: Who came in?", "C: [PERSON Buzz] and I came in on Friday."},
		"after so":         {"A: Who came in?", "C: So [PERSON Buzz] and I came in on Friday."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, both, turns...) })
	}
}

// A boat named after its owner: the boat's name said as a call sign does
// not trim the owner's first name where a surname follows it
// (names_radio16.go).
func TestFind_BoatNamedAfterItsOwnerKeepsTheOwner(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false, true}, "A: Whose is the boat?",
		"C: The sailboat Maureen is registered to [PERSON Maureen Doyle], my sister.")
}

// "the <surname>'s" with a word of where after it is a shop, but a time
// after that word, or a verb of staying before it, makes it a family's
// home (names_hn16.go).
func TestFind_FamilysHomeIsNoShop(t *testing.T) {
	t.Parallel()
	cased := []bool{false}
	for name, turns := range map[string][]string{
		"on a weekday":      {"A: Where can we deliver it?", "C: We're at the [PERSON Castillo's] on Saturday."},
		"over the holidays": {"A: Where will you be?", "C: I'll be at the [PERSON Nakamura's] over the holidays."},
		"staying at":        {"A: Where are you now?", "C: I'm staying at the [PERSON Castillo's] near the park."},
		"a shop still":      {"A: Where should I go?", "C: Meet me at the Peet's near the library."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, cased, turns...) })
	}
}

// A patient named with a title, or said twice, before "disease" or
// "syndrome" is a person, not an eponym (names_hn16.go); an eponym said
// alone stays none.
func TestFind_PatientBeforeADiseaseIsAPerson(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, turns := range map[string][]string{
		"a title":        {"A: Who is the claim for?", "C: [PERSON Mrs. Abernathy's] disease has flared again."},
		"said twice":     {"A: Who is the claim for?", "C: It's for [PERSON Abernathy, Abernathy's] syndrome is back."},
		"an eponym kept": {"A: What's the claim about?", "C: My father has Parkinson's disease."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, both, turns...) })
	}
}

// A part of a business told or had do something is no person
// (names_radio16.go); a name there still is.
func TestFind_DepartmentAskedToCallIsNoPerson(t *testing.T) {
	t.Parallel()
	cased := []bool{false}
	for name, turns := range map[string][]string{
		"have Support":   {"A: Anything else today?", "C: Can you have Support call me on Monday?"},
		"have Returns":   {"A: Anything else today?", "C: Would you have Returns email the label?"},
		"a name is kept": {"A: Anything else today?", "C: Could you have [PERSON Ingrid] ring me tomorrow?"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, cased, turns...) })
	}
}

// A radio letter after a word things are lettered by is a person's first
// name where a surname follows it (names_radio16.go). Cased: lowercase
// finds no name there before or after.
func TestFind_LetterBeforeASurnameIsAName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Which door do I use?",
		"C: The side [PERSON Victor Okafor] unlocks, he runs the place.")
}
