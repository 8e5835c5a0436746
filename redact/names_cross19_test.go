package redact_test

import "testing"

// A full name one half of which a recognizer found is found whole: a
// first name found and a surname after it that only a name can be, or a
// listed surname that is also a word after a surely found first name; a
// surname found and a listed first name before it. Lowercase, as
// transcribers write speech; the later bare surname is found again.
func TestFind_HalfFoundFullNameClosed(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"surname a word after":     {"A: well i spoke to [PERSON gideon hale] an hour ago"},
		"surname a word, subject":  {"C: and [PERSON mortimer pike] agreed to it"},
		"first name a word before": {"A: honestly [PERSON frank oyelaran] said he'd sign it"},
		"said again":               {"A: well i spoke to [PERSON gideon hale] an hour ago", "C: do you think [PERSON hale] will back us"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// The words next to a found name that are no half of it stay out: what
// follows a possessive, a radio letter or an acknowledgement after a
// name, a word after a weakly found first name, a month.
func TestFind_HalfFoundFullNameLeavesWords(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"after a possessive":        {"C: i borrowed [PERSON gideon's] zodiak for the weekend"},
		"a radio letter after":      {"A: copy that [PERSON gideon] charlie one"},
		"an acknowledgement after":  {"C: thanks [PERSON gideon] roger out"},
		"a month before":            {"C: in march [PERSON oyelaran] said no"},
		"an acknowledgement before": {"A: roger [PERSON quennell] stand by"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}
