package redact_test

import "testing"

// Drinks, dishes, breeds, storms, voice assistants and brands said where a
// person would be are no person (hn18_things.go). Cased and lowercase
// unless said. Made-up lines, phrased unlike hn18's probe.
func TestFind_HN18ThingsNamedLikePeople(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a tea named like a lord":           {both, "C: Send Earl Grey up to the room please."},
		"a cocktail named like a man":       {both, "C: He had three Tom Collins before dinner."},
		"a whiskey named like a man":        {both, "C: Johnnie Walker showed up on the tab twice."},
		"a tomato cocktail":                 {both, "C: The brunch came with a Bloody Mary on the side."},
		"a rum named with a rank":           {both, "C: The minibar had Captain Morgan and some gin."},
		"the government as an uncle":        {both, "C: Half of the refund goes to Uncle Sam first."},
		"a dish of eggs":                    {both, "C: The eggs Benedict took forty minutes."},
		"a dish of meat":                    {both, "C: The chicken Alfredo was salty."},
		"a sandwich named like a boy":       {both, "C: The kids' menu has a Sloppy Joe and a hot dog."},
		"a breed after an article":          {both, "C: The groomer charged extra for a Jack Russell."},
		"a breed before its kind":           {both, "C: Our King Charles spaniel chewed the charger."},
		"a breed before setter":             {both, "C: Their Gordon setter got out through the fence."},
		"a ship after the":                  {both, "C: My parents sailed on the Queen Mary in the sixties."},
		"a hurricane":                       {both, "C: The shed blew away during Hurricane Rita."},
		"a tropical storm":                  {both, "C: We lost power in tropical storm Fay for two days."},
		"an assistant and the wifi":         {both, "C: Is Alexa on the same wifi as the hub?"},
		"an assistant asked for a playlist": {both, "C: I asked Alexa for my workout playlist."},
		"an assistant told please":          {both, "C: Okay Alexa please open the garage."},
		"a brand called, they":              {both, "C: I phoned Nordstrom and they said next week."},
		"a brand written to, them":          {both, "C: I wrote to Meijer and told them about it."},
		"a shop's possessive before didn't": {both, "C: Dillard's didn't take the coupon."},
		"a shop's possessive before is":     {both, "C: Wendy's is closed after ten."},
		"a listed shop's possessive, sent":  {both, "C: Marshall's sent us the wrong rug."},
		"a brand beside another brand":      {both, "C: Honestly Moen beat Delta on price."},
		"a street after a right onto":       {both, "C: Hang a right onto Jefferson after the bridge."},
		"a street gone down":                {both, "C: The shuttle goes down Franklin every hour."},
		"a bank set off by commas":          {both, "C: Our bank, Chase, froze the card."},
		"a car after the, with been":        {both, "C: The Camry's been stalling at lights."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}

// The same words stay people where a person is meant: a title or a
// relative before the phrase, a naming cue, no storm word, "he" after a
// brand that is a first name.
func TestFind_HN18PeopleStayPeople(t *testing.T) {
	t.Parallel()
	both, cased := []bool{false, true}, []bool{false}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"an uncle of the caller's":       {both, "C: My uncle [PERSON Sam] signed the lease too."},
		"a name given as Earl Grey":      {cased, "C: My name is [PERSON Earl Grey.]"},
		"a Mr before the phrase":         {cased, "C: Please send it to [PERSON Mr. Tom Collins.]"},
		"a Jack Russell who is a man":    {cased, "C: I spoke with [PERSON Jack Russell] from your billing team."},
		"a person after a meat word?":    {cased, "C: I bought the chicken, [PERSON Dora] brought the wine."},
		"a brand-like first name, he":    {cased, "C: I called [PERSON Chase] and he said he'd come Monday."},
		"a person told to do a job":      {both, "C: Okay [PERSON Maribel,] please call the landlord."},
		"a named woman at the wifi":      {cased, "C: My neighbour [PERSON Rosalind Marsh] shares the wifi with us."},
		"a name's has, sent":             {both, "C: [PERSON Rosa's] sent it over already."},
		"a name's is, still":             {both, "C: [PERSON Gloria's] still on hold with them."},
		"a relative with a brand's name": {[]bool{true}, "C: My cousin [PERSON Trane] works at Verizon now."},
		"a name after down and a comma":  {cased, "C: Turn it down, [PERSON Sam,] please."},
		"a relative set off by commas":   {[]bool{false}, "C: My sister, [PERSON Chase,] froze the card."},
	} {
		t.Run(name, func(t *testing.T) { checkDialogueIn(t, c.styles, "A: Go ahead.", c.turn) })
	}
}
