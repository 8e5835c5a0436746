package redact_test

import "testing"

// Peoples, religious and ethnic groups, parties and factions said where a
// person would are no person (gen/notnames.txt's section of peoples, read
// as places by every name rule; a people of two words in the speech
// rules: names_speech.go). Made-up lines, phrased unlike the factions19
// probe. Cased and lowercase.
func TestFind_Factions19PeoplesAndFactionsAreNoPeople(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a people listed as a surname, after and, before he": {both, "C: There is old anger on both the Croats and Turks side, and that is what he told us."},
		"a faction listed as a surname, as a subject":        {both, "C: Frankly Hamas said no to the whole plan."},
		"a faction of two words, cased subject":              {both, "C: We heard the Khmer Rouge moved west again."},
		"a faction of two words, lowercase subject":          {both, "C: and the pathet lao want a ceasefire first."},
		"a faction of two words before a noun":               {both, "C: They sent a dozen Viet Minh officers to the talks."},
		"a party of two words as a subject":                  {both, "C: I think Sinn Fein said they would not attend."},
		"a faction in the plural as a subject":               {both, "C: The Sandinistas won't give up the radio station."},
		"a party in the plural as a subject":                 {both, "C: Honestly the Gaullists didn't want any of it."},
		"a people whose nationality is a first name":         {both, "C: Have the Germans signed the loan yet?"},
		"a faith in the plural as a subject":                 {both, "C: The Mennonites said they would bring the food."},
		"an armed movement as a subject":                     {both, "C: Hezbollah wants the prisoners back first."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}

// The same words keep a person where a title, a naming cue or a surname
// after a first name says so.
func TestFind_Factions19PeopleStayPeople(t *testing.T) {
	t.Parallel()
	both, cased := []bool{false, true}, []bool{false}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a title before a people's word":           {both, "C: I rang [PERSON Mr. Turk] about the invoice."},
		"a naming cue before a faction's word":     {both, "C: My name is [PERSON Hamas,] with an s at the end."},
		"a first name of a two-word faction":       {cased, "C: Then [PERSON Viet Nguyen] from the front desk called back."},
		"a first name and a surname like a people": {cased, "C: We called [PERSON Dolores Turk] about the crate."},
		"a first name the list leaves out":         {both, "C: I spoke with [PERSON Tory Madsen] about the lease."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}
