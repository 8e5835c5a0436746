package redact_test

import "testing"

// A listed surname that is no word, after a bare "to", "from", "with" or
// "through" and before a new clause or the turn's end, is a person, and
// so is its later mention; a town, a brand, a department or a name with
// more of its clause after it is not taken.
func TestFind_SurnameAfterBarePreposition(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"from, a pronoun after": {"A: i got a long memo from [PERSON haverkamp] i think"},
		"to, so after":          {"C: we'll leave the draft to [PERSON pemberton] so nobody argues"},
		"through, and after":    {"A: the offer came through [PERSON abernathy] and nobody objected"},
		"said again":            {"A: i got a long memo from [PERSON haverkamp] i think", "C: not [PERSON haverkamp] again"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for name, turns := range map[string][]string{
		"a town":             {"C: we drove to heidelberg and back"},
		"a thing after":      {"A: it came back from apollo eight"},
		"a department":       {"A: i'll pass it to marketing and they'll decide"},
		"an airline":         {"C: we flew with lufthansa and it was fine"},
		"a port, then after": {"C: the shipment goes to rotterdam then"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// A word of no list said with "'s" before another word is a person in a
// lowercase transcript, and so is its later mention; a brand, a place, a
// listed name in a shop's place and a word are not taken.
func TestFind_PossessiveOfNoListWord(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"before a noun": {"A: the whole plan hangs on [PERSON ndungutse's] vote"},
		"said again":    {"A: the whole plan hangs on [PERSON ndungutse's] vote", "C: honestly i doubt [PERSON ndungutse] cares"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for name, turns := range map[string][]string{
		"a listed name, a diner": {"A: i had lunch at louie's diner"},
		"a brand":                {"A: check google's calendar"},
		"a country":              {"C: america's debt is huge"},
		"a word":                 {"C: this year's budget went up"},
		"'s is a verb":           {"A: so quorvane's billing me twice again"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}
