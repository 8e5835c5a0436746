package redact_test

import "testing"

// Holidays named after people, businesses and events written as "Name's
// Word", places of a name and a kind of place, and products of a brand
// are no person (names_hn16.go). Cased and lowercase unless said.
func TestFind_EponymsAreNoPerson(t *testing.T) {
	t.Parallel()
	both, cased := []bool{false, true}, []bool{false}
	for name, c := range map[string]struct {
		styles []bool
		turns  []string
	}{
		"holiday of a listed name":           {both, []string{"C: Our shop shuts early for Columbus Day this year."}},
		"holiday of a name with 's":          {both, []string{"C: I sent her roses on Valentine's Day."}},
		"holiday of three names":             {both, []string{"C: The bank's closed on Martin Luther King Day, right?"}},
		"a saint's day":                      {both, []string{"C: There's a parade on St. Patrick's Day downtown."}},
		"a cased day of a name with 's":      {cased, []string{"C: The school holds Founder's Day in the gym."}},
		"a shop written Name's Word":         {cased, []string{"C: I renewed my Sam's Club card online."}},
		"an event written Name's Word":       {cased, []string{"C: We watched the Macy's Parade on TV."}},
		"a place of a name and a kind, to":   {both, []string{"C: We drove down to Myrtle Beach for the week."}},
		"a place of a name and a kind, in":   {both, []string{"C: My aunt has a condo in Palm Springs."}},
		"a place of a name and a kind, near": {both, []string{"C: The new store is near Jackson Heights."}},
		"a town through which one drives":    {both, []string{"C: We were driving through Columbus when the tire blew."}},
		"a brand's model after an article":   {both, []string{"C: I'm trading in a Toyota Camry for it."}},
		"a brand's model after a possessive": {both, []string{"C: The recall letter was about my Honda Civic."}},
		"a discoverer's effect":              {both, []string{"C: The radar reads the Doppler effect off the rain."}},
		"a discoverer's law":                 {both, []string{"C: Honestly, it was Murphy's law all week."}},
		"a designer's bag":                   {both, []string{"C: The parcel had a Michael Kors bag in it."}},
		"a designer's bag bought":            {both, []string{"C: She bought a Michael Kors bag for me."}},
		"a designer's jeans, a subject":      {both, []string{"C: My Calvin Klein jeans ripped."}},
		"a shop's possessive, paid at":       {both, []string{"C: I paid at Marshall's yesterday."}},
		"a shop's possessive, ordered from":  {both, []string{"C: I ordered from Jimmy John's twice."}},
		"a shop's possessive, dinner from":   {both, []string{"C: We ordered dinner from Jimmy John's and it was cold."}},
		"a drink after a size":               {both, []string{"C: And a small Dr Pepper, thanks."}},
		"a drink grabbed":                    {both, []string{"C: I'll grab a Dr Pepper."}},
		"a shop after an article":            {both, []string{"C: There's a Wendy's right by my office."}},
		"a shop after the, with where":       {cased, []string{"C: Meet me at the Peet's near the library."}},
		"a shop picked up at, with where":    {cased, []string{"C: Pick it up at the Peet's near Jackson Square."}},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turns[0]) })
	}
}

// The same names stay people where nothing says they are a holiday, a
// business, a place or a product.
func TestFind_EponymLookAlikesStayPeople(t *testing.T) {
	t.Parallel()
	both, cased := []bool{false, true}, []bool{false}
	for name, c := range map[string]struct {
		styles []bool
		turns  []string
	}{
		"a name before day after":           {both, []string{"C: Please tell [PERSON Victoria] day after tomorrow works."}},
		"a person whose surname is Day":     {cased, []string{"C: My name is [PERSON Doris Day.]"}},
		"a relative's car":                  {cased, []string{"C: I borrowed [PERSON Sam's] car for the week."}},
		"a relative after a name's":         {cased, []string{"C: I live with [PERSON Maria's] Mom these days."}},
		"a surname that is a kind of place": {cased, []string{"C: I spoke to [PERSON Amy Beach] yesterday."}},
		"a name with a surname after in":    {cased, []string{"C: I'm calling in for [PERSON Laura Hill.]"}},
		"a brand said as a first name":      {cased, []string{"C: My colleague [PERSON Chase] handles the account."}},
		"a first name before a head word":   {cased, []string{"C: My daughter [PERSON Ana's] syndrome was diagnosed late."}},
		"a person's bag":                    {both, []string{"C: I found [PERSON Michael's] bag in the car."}},
		"a person's home after stayed at":   {both, []string{"C: I stayed at [PERSON Mike's] last night."}},
		"a gift from a person's relative":   {both, []string{"C: It was a gift from [PERSON Ana's] mom."}},
		"a doctor after an article":         {cased, []string{"C: A [PERSON Dr. Patel] called me this morning."}},
		"a family's home after the":         {cased, []string{"C: We're going to the [PERSON Garcia's] for dinner."}},
		"a person's law firm":               {cased, []string{"C: I called [PERSON Ana's] law firm twice."}},
		"a person's thing after the":        {cased, []string{"C: Is the [PERSON Ana's] account still open?"}},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turns[0]) })
	}
}

// A birthday's date with no year after a word of recurrence or of this
// year's occurrence is no DOB; the same date called the birthday plainly,
// or with a year, is one (dob_occurrence_hn16.go).
func TestFind_BirthdayOccurrenceIsNoDOB(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"every year's date":          {"C: Please add [PERSON Dan's] birthday for every May ninth."},
		"each year":                  {"C: Remind me of the twins' birthday each October 1st."},
		"falls on this year":         {"C: Which weekday does my birthday fall on this year, August second?"},
		"lands on":                   {"C: Her birthday lands on the fourth of July, so we always go out."},
		"plain birthday stays a DOB": {"C: My birthday is [DOB September 9th.]"},
		"with a year stays a DOB":    {"C: My birthday every year was [DOB May 9th 1984.]"},
	} {
		t.Run(name, func(t *testing.T) { checkDialogue(t, append([]string{"A: Go ahead."}, turns...)...) })
	}
}

// A long run of digits right after a word for a time or a duration is a
// time reading, not a NUMBER; the same run with a cue of its own, or with
// none, is still found (negatives_hn16.go).
func TestFind_TimeReadingIsNoNumber(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"ignition time":            {"C: Ignition time 13 24 55 09, over."},
		"elapsed time in words":    {"C: Elapsed time one two four three five five zero, and holding."},
		"a timestamp":              {"C: The log shows timestamp 20231104 then it stops."},
		"an uncued run stays":      {"C: Write this down, [NUMBER 4417 2290,] okay?"},
		"a phone after time stays": {"A: What's the best number?", "C: Any time, [PHONE 704 555 0142.]"},
	} {
		t.Run(name, func(t *testing.T) { checkDialogue(t, append([]string{"A: Go ahead."}, turns...)...) })
	}
}
