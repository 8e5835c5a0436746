package redact_test

import (
	"strings"
	"testing"
)

// Restaurants named in the possessive with nothing owned after them, where
// food is being arranged, and a business whose name ends in a word for a
// resort or a band, are no person (dine_svc19.go, hn17_firms.go). Made-up
// lines, phrased unlike the svc19 probe. Cased and lowercase.
func TestFind_Svc19DinersAreNoPeople(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a table at a possessive, sentence end":   {both, "C: We'd love a table for six. Could we sit at Benedetto's?"},
		"a possessive before for and a time":      {both, "C: Please book a table at Marcello's for eight o'clock."},
		"delivery from a possessive, then please": {both, "C: I want delivery from Gianni's please, a large pie."},
		"picked from a list with like":            {both, "A: I found three restaurants nearby. / C: Hmm, I like Teodoro's."},
		"named before a shop word, then alone":    {both, "A: There's Ottavio's Bakery on Third. / C: Great, I'll check out Ottavio's thanks."},
		"a resort named after a founder":          {both, "C: We're staying at the Whitcombe Lassiter resort in June."},
		"a band named after its singer":           {both, "C: Get me two seats for the Cody Ralston Band on Friday."},
	} {
		t.Run(name, func(t *testing.T) {
			checkDialogueIn(t, c.styles, append([]string{"A: How can I help?"}, strings.Split(c.turn, " / ")...)...)
		})
	}
}

// The same talk keeps a person: a relative before the possessive, a thing
// owned after it, a possessive with no lead-in, no talk of food.
func TestFind_Svc19DinersPeopleStayPeople(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, c := range map[string]struct {
		styles []bool
		turn   string
	}{
		"a relative before the possessive": {both, "C: Book a table near my sister [PERSON Roxanne's] place for dinner."},
		"a thing owned after it":           {both, "C: The reservation is for dinner, put it on [PERSON Delphine's] card."},
		"no talk of food":                  {both, "C: The forms came from [PERSON Mortimer Haines's]. Can you resend them?"},
		"a name booked under":              {both, "C: A table for two under [PERSON Ignatius Moreau], please."},
	} {
		t.Run(name, func(t *testing.T) {
			checkDialogueIn(t, c.styles, append([]string{"A: How can I help?"}, strings.Split(c.turn, " / ")...)...)
		})
	}
}

// A friend's home said in talk of a meal is a person: only words of a
// business (a table, a menu, a delivery) let dineTrim drop a possessive.
func TestFind_Svc19FriendsHomeInMealTalkStaysAPerson(t *testing.T) {
	t.Parallel()
	both := []bool{false, true}
	for name, turn := range map[string]string{
		"come over for dinner": "C: Come over to [PERSON Mikhail's] for dinner on Friday.",
		"eat at tonight":       "C: We'll eat at [PERSON Odalys's] tonight, she's cooking.",
	} {
		t.Run(name, func(t *testing.T) {
			checkDialogueIn(t, both, "A: How can I help?", turn)
		})
	}
}
