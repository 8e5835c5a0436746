package redact_test

import "testing"

// After a contraction whose "'s" is "is" ("what's", "where's", "here's"),
// a first name said with "'s" owns what follows, also a name that is a
// word ("Rod", "Grace").
func TestFind_PossessiveAfterAContraction(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"what's":  {"C: So what's [PERSON Rod's] quote for the new boiler?"},
		"where's": {"A: Where's [PERSON Grace's] replacement card, did it ship?"},
		"here's":  {"A: Okay, here's [PERSON Frank's] note from the last call."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false, true}, turns...) })
	}
}

// Words stay words there: a day, a month, a firm.
func TestFind_PossessiveAfterAContraction_KeepsWords(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"a day":   {"C: What's today's balance on the card?"},
		"a month": {"A: Here's June's statement, it went out last week."},
		"a firm":  {"C: What's Amazon's phone number for returns?"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false, true}, turns...) })
	}
}

// Opening a cased sentence, a first name that is no word, with "'s" for
// "is" or "has" before what people do, is the one doing it; also a short
// one that no other rule takes ("Ty's", "Jo's").
func TestFind_NameIsOpeningASentence(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"trying":  {"C: Sorry about the noise. [PERSON Ty's] trying to find the letter."},
		"been":    {"A: Thanks for waiting. [PERSON Jo's] been looking into the refund."},
		"a word":  {"C: The bill's gonna be higher this month."},
		"a firm":  {"C: Macy's been closed all week."},
		"capital": {"C: Bill's gonna be higher this month, I think."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}
