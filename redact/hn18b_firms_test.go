package redact_test

import "testing"

// Firms, cities, agencies, peoples and factions said where a person would
// are no person (hn18b_firms.go). Made-up lines, phrased unlike the
// set18hn probe. Cased and lowercase.
func TestFind_HN18BFirmsAndPlacesAreNoPeople(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a contractor after rang":       {both, "C: I rang Raytheon twice about the invoice."},
		"a consultancy after with":      {both, "C: Our audit is with KPMG this spring, so don't worry."},
		"a drug maker as a subject":     {both, "C: Novartis approved the trial site last week."},
		"a shipper's possessive":        {both, "C: Maersk's dock crew unloaded it early."},
		"a brand no one bears, subject": {both, "C: Honestly Ferrari never answered our letter."},
		"a plane maker in the plural":   {both, "C: They're retiring the old Boeings next year."},
		"a firm of two surnames":        {both, "C: The Sherwin Williams store mixed it wrong."},
		"an agency said as a word":      {both, "C: The inspector from fema came by the lot."},
		"a city after talked to":        {both, "C: I talked to Cincinnati, they can take the pallets."},
		"a people in the plural":        {both, "C: The Kurds and the Serbs both sent envoys."},
		"a school's name":               {both, "C: My daughter teaches at Roosevelt Elementary now."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}

// The same slots keep a person: a title or a relative before the word, a
// naming cue, a first name or a common surname that is also a firm.
func TestFind_HN18BPeopleStayPeople(t *testing.T) {
	t.Parallel()
	both, cased := []bool{false, true}, []bool{false}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a title before a firm's word":  {cased, "C: I rang [PERSON Mr. Raytheon] about the invoice."},
		"a common surname that is firm": {both, "C: I talked to [PERSON Sears] in payroll this morning."},
		"a first name that is a firm's": {both, "C: Then [PERSON Fannie] from the front desk called back."},
		"a full name after a contact":   {both, "C: We called [PERSON Dolores Whitcombe] about the crate."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}
