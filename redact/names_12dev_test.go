package redact_test

import "testing"

// Lowercase, a listed name that is no word is the subject of a verb after
// an adverb, or of a verb in the past or in "-s" right after a clause
// opens.
func TestFind_Lower12dev_SubjectAfterClauseOpens(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"adverb":        {"G: I guess [PERSON Bartosz] already has the receipt."},
		"irregular":     {"P: Well [PERSON Halina] drove us to the airport."},
		"third person":  {"Q: I think [PERSON Nowicki] runs the night shift now."},
		"after because": {"F: Because [PERSON Tadeusz] paid for dinner last time."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// Lowercase, a listed first name is the one given something or taken
// somewhere, or the one waited for; and the subject of a question after
// its auxiliary.
func TestFind_Lower12dev_ObjectsAndQuestions(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"given":        {"U: Get [PERSON Leocadia] a gift card for her birthday."},
		"taken":        {"F: Can you drive [PERSON Bronwen] home after practice?"},
		"waited for":   {"P: We're waiting for [PERSON Ifeanyi] to dial in."},
		"question":     {"Q: Did [PERSON Teodor] push the fix?"},
		"question 'is": {"F: So is [PERSON Thuy] still coming on Sunday?"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// Two people joined by "and" before their verb: a listed name and a word
// in no list, or a name and a relative; cased, a pair opening its
// sentence.
func TestFind_12dev_NamePairs(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "P: [PERSON Wisniewski] and [PERSON Tahuri] are on call tonight.")
	checkDialogueIn(t, []bool{true}, "F: [PERSON Chinonso] and her sister were at the wedding.")
	checkDialogueIn(t, []bool{false}, "P: [PERSON Kaczmarek] and [PERSON Dlamini] were both out.")
	checkDialogueIn(t, []bool{false}, "F: [PERSON Chinonso] and her sister were at the wedding.")
}

// Lowercase, a full name with no cue: a first name (also one that is a
// word) before a listed surname that is no word; not a firm's name.
func TestFind_Lower12dev_FullNameWithoutCue(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "P: Honestly [PERSON frank wisniewski] had the best slides of the day.")
	checkDialogueIn(t, []bool{true}, "Q: We had a visit from our old colleague, [PERSON halina kowalczyk], on Monday.")
	checkDialogueIn(t, []bool{true}, "C: I bank with Ingrid Kowalczyk LLP.") // (a firm)
}

// Lowercase, "'s" for "is" or "has" after a name before a verb: "'s
// moving", "'s already sent"; a surname with "'s" after a first name with
// "'s"; a name after a job; a first name that is a word after a kin
// title; a listed first name opening a voicemail before "it's me".
func TestFind_Lower12dev_OtherSlots(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"'s moving":       {"G: And [PERSON Nokuthula's] starting a new job next week."},
		"'s already":      {"P: Yeah [PERSON Radoslaw's] already merged the branch."},
		"both possessive": {"Q: I read [PERSON Ingrid's] [PERSON Kowalczyk's] report again."},
		"job":             {"P: Let's ask our project manager, no, our designer [PERSON Tuomas]."},
		"kin title":       {"U: Call uncle [PERSON frank] on speaker."},
		"voicemail":       {"C: [PERSON Parisa], it's me, call me back."},
		"hedge":           {"P: So [PERSON Graham] sort of reworked the whole thing."},
		"gonna":           {"Q: And [PERSON Don] is gonna take the notes."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// What these slots read stays unflagged when no person stands in them:
// words, things, shops, places, call signs and towns after a number.
func TestFind_12dev_LeavesLookAlikesAlone(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"kin alone":        {"U: Call uncle on speaker."},
		"kin and a verb":   {"F: My aunt drives a van."},
		"job and a word":   {"P: Our designer thinks it's fine."},
		"question":         {"Q: Did the build pass?"},
		"waited for thing": {"P: We're waiting for the vendor to reply."},
		"given a thing":    {"U: Get me a coffee."},
		"gonna":            {"Q: The bill is gonna be huge."},
		"hedge":            {"P: The model sort of improved."},
		"call sign":        {"P: Thanks, Apollo eight here."},
		"'s already":       {"P: It's already done."},
		"words":            {"F: I will bring it over later."},
		"mass name":        {"G: By the grace of God it held."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// Cased, a capitalised word in no list of names with "'s" after a
// preposition of place, ending its sentence, is a shop; a listed name
// there is a person's home.
func TestFind_12dev_ShopPossessiveAfterPreposition(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: I picked up the prescription at Farmacorp's.")
	checkDialogueIn(t, []bool{false}, "F: We ended up staying at [PERSON Oksana's] for the weekend.")
}

// A first name found once is not said again in a shop's name that opens
// with a word of a shop's ("Trader", "Papa").
func TestFind_12dev_NameAgainInAShopsName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "G: Yeah my cousin [PERSON Joe] stocks shelves at Trader Joe's now.")
}
