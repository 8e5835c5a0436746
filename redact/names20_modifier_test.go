package redact_test

import "testing"

// A listed surname before a noun of a person's work or talk ("proposal",
// "memo", "meeting", "thing") is a person, cased and lowercase; a word of
// no list only when written as a name in a cased transcript; an acronym,
// a hyphenated word, a place, a day and a word are not taken.
func TestFind_SurnameModifyingWork(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"proposal":   {"A: Frankly the [PERSON Gallagher] proposal is dead in the water."},
		"memo":       {"C: Did you ever get the [PERSON Whitcombe] memo on the budget?"},
		"meeting":    {"A: I'm late for a [PERSON Donnelly] meeting upstairs."},
		"thing":      {"C: That whole [PERSON Kowalski] thing blew over fast."},
		"obligation": {"A: He meant a [PERSON Fitzgerald] obligation, nothing more."},
		"letter":     {"C: We should answer the [PERSON Hargreaves] letter for now."},
		"said again": {"A: The [PERSON Gallagher] proposal is dead.", "C: Then call [PERSON Gallagher] and say so."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false, true}, turns...) })
	}
	// A capitalised word of no list, cased only.
	checkDialogueIn(t, []bool{false}, "A: I wonder what came of the [PERSON Zhelyabov] meeting.")
	for name, turns := range map[string][]string{
		"a place":   {"A: The Geneva meeting went well."},
		"a day":     {"C: Is the Tuesday meeting still on?"},
		"a word":    {"A: The peace plan is on the table."},
		"a team":    {"C: The budget group meets at nine."},
		"an agency": {"A: Send it to the Pentagon group first."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false, true}, turns...) })
	}
	for name, turns := range map[string][]string{
		"an acronym":      {"A: He was at the NSSM meeting all morning."},
		"a hyphened word": {"C: They walked out of the Three-Party meeting."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
	// Lowercase: a word of no list is no name here.
	checkDialogueIn(t, []bool{true}, "C: i'll skip the ops meeting today")
}
