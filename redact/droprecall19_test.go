package redact_test

import "testing"

// A person who bears a drink's or a dish's name ("Tom Collins", "Earl
// Grey") stays a person where the call says so: a relative or a role
// before, "is my <role>" after, a verb of saying or contacting after it
// at a sentence's start (droprecall19.go). Made-up lines, phrased unlike
// droprecall19's probe. (Lowercase, no rule finds "there's a plumber,
// earl grey" or "well, jim beam told me" before the drop.)
func TestFind_DropRecall19PhraseBorneByPerson(t *testing.T) {
	t.Parallel()
	both, cased := []bool{false, true}, []bool{false}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a role before the phrase":        {both, "C: Our accountant [PERSON Tom Collins] filed it late."},
		"a relative before is":            {both, "C: Yes, my father-in-law is [PERSON Jack Daniels,] funny enough."},
		"a role set off by a comma":       {cased, "C: There's a plumber, [PERSON Earl Grey,] who fixed ours."},
		"is my role after the phrase":     {both, "C: [PERSON Shirley Temple] is our nanny on weekdays."},
		"a verb of contact after, opened": {both, "C: [PERSON Arnold Palmer] emailed me the contract."},
		"a verb of saying after a comma":  {cased, "C: Well, [PERSON Jim Beam] told me to call."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}

// The same phrases stay things with an article, a number or a possessive
// before them, or nothing of a person around them.
func TestFind_DropRecall19PhraseStaysThing(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a role, then an article":        {both, "C: My husband ordered a Tom Collins and I had wine."},
		"a number before it":             {both, "C: The tab says three Jack Daniels and a beer."},
		"a possessive before it":         {both, "C: I finished my Earl Grey before the call."},
		"is, then no role":               {both, "C: Arnold Palmer is my favourite in summer."},
		"opening a sentence with no one": {both, "C: Johnnie Walker was on the receipt twice."},
		"of before it":                   {both, "C: She brought a bottle of Jim Beam to the party."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}

// A town's or a state's name right after an owned relative or role is the
// relative's name (relativePlaceName, droprecall19.go); after a verb of
// telling, the relative is told and the place is said.
func TestFind_DropRecall19RelativeBearsAPlaceName(t *testing.T) {
	t.Parallel()
	both, cased := []bool{false, true}, []bool{false}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a husband named like a city":      {both, "C: My husband [PERSON Orlando] drives the kids to school."},
		"a sister named like a state":      {both, "C: Her sister [PERSON Georgia] picks up the mail."},
		"a neighbour named like a state":   {cased, "C: Our neighbour [PERSON Nevada] feeds the cat for us."},
		"a stepdaughter named like a land": {cased, "C: My stepdaughter [PERSON Kenya] has the other tablet."},
		"a relative told, then a place":    {both, "C: I told my wife Georgia was too far to drive."},
		"a relative, then in a place":      {both, "C: My son in Phoenix sent the money."},
		"a relative moved to a place":      {both, "C: My brother moved to Virginia in May."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}

// A town's, a state's, a brand's or a firm's name said to be a relative
// or a role of the speaker's is a person's (namedAsRelative); a title
// before a firm's name makes it a person's (titleBefore19).
func TestFind_DropRecall19NamedAsRelative(t *testing.T) {
	t.Parallel()
	both, cased := []bool{false, true}, []bool{false}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a city's name, is my son":         {both, "C: Oh and [PERSON Memphis] is my son, the one who set it up."},
		"a state's name, was my tenant":    {both, "C: [PERSON Carolina] was our tenant until March."},
		"a common first name, is my niece": {both, "C: [PERSON Hope] is my niece, she'll bring the papers."},
		"a firm after a title":             {both, "C: I spoke to [PERSON Mr. Wells] at the branch."},
		"a place, is my home":              {both, "C: Memphis is my home now, I moved last year."},
		"a place, is my brother's":         {both, "C: Denver is my brother's town, not mine."},
		"a place, is my favourite":         {both, "C: Honestly Phoenix is my favourite city in winter."},
		"a firm with no title":             {both, "C: I bank at Wells Fargo downtown."},
		"a role word before is my":         {cased, "C: Mom is my emergency contact."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}

// A place's or a firm's name opening a sentence before "from" where the
// person works and what they did to the speaker (namedFromDesk), or
// contacted or quoted and then spoken of as "he" or "she"
// (spokenOfAsPerson), is a person's.
func TestFind_DropRecall19FromDeskAndSpokenOf(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a state's name from a desk, called": {both, "C: [PERSON Georgia] from the front office called us twice."},
		"a city's name from a team, emailed": {both, "C: So [PERSON Austin] from payroll emailed me the form."},
		"a city's name asked, then she":      {both, "C: I'll text [PERSON Savannah] tonight, she has the receipt."},
		"a city's name said, then he":        {both, "C: [PERSON Dallas] told me he already paid it."},
		"a town seen from the air":           {both, "C: Denver from the plane looked tiny."},
		"a town called, then they":           {both, "C: I'll call Phoenix tomorrow, they have the branch records."},
		"a town after a verb with no he":     {both, "C: I'll ask Houston about the shipment."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}

// A first name that is a place's too, set off by a comma before what is
// said to the one named, is the one spoken to (vocativePlaceName, cased
// only); a place set off by a comma before other words is a place.
func TestFind_DropRecall19VocativePlaceName(t *testing.T) {
	t.Parallel()
	cased := []bool{false}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a state's name opening, then you": {cased, "A: [PERSON Virginia,] you should see the refund Friday."},
		"thanks and a city's name, then I": {cased, "C: Okay, thanks [PERSON Charlotte,] I'll look for the email."},
		"a city's name, then a question":   {cased, "A: [PERSON Austin,] could you read me the code again?"},
		"a city in a list of places":       {cased, "C: We drove through Savannah, Macon and Atlanta."},
		"a radio's station told we":        {cased, "C: Houston, we copy your last."},
		"a state after in, set off":        {cased, "C: We lived in Georgia, you know, for ten years."},
		"a city before a clause put in":    {cased, "C: Okay Denver, I guess, is closer for us."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}
