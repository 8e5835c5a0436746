package redact_test

import "testing"

// Numbers in pieces and a plural street type near ordinary talk: a time
// or a street number after the other speaker's "okay", streets counted
// before a town, an amount, a room or a count after a card, a unit after
// an account. Lines tried that are still taken, left out: "zip pieces then
// amount" ('Nine oh.' 'Okay.' 'Two hundred is what I paid.' is a ZIP in
// two pieces: pieces' digits alone cannot tell it from a ZIP) and "phone
// piece then count" (lowercase, 'four one five' ... 'five five five and
// two no three kids' runs over the count: the answer rule's second part).
func TestFind_Review15bPiecesLeaveOrdinaryTalkAlone(t *testing.T) {
	t.Parallel()
	card := "[CARD Four one one one one one one one one one one one one one one one.]"
	for name, turns := range map[string][]string{
		"pieces then street number": {"A: And a phone number?", "C: Sure, [PHONE four one five, five five five.]", "A: Okay.", "C: [ADDRESS Twelve thirty Oak Street] is where I live."},
		"pieces then time":          {"A: Can I get a callback number?", "C: [PHONE Four one five, five five five.]", "A: Okay.", "C: Ten thirty tomorrow works."},
		"agent counts over okay":    {"A: What's the number on the account?", "C: Which one?", "A: Okay.", "C: Two fifty, then four hundred twenty."},
		"plural streets over":       {"C: Our office is 3 main streets over in Austin, Texas, [ZIP 78704.]"},
		"plural streets around":     {"C: It's at 20 side streets around Austin, Texas, [ZIP 78704.]"},
		"plural streets away":       {"C: It's 2 streets away in Austin, Texas, [ZIP 78704.]"},
		"card then amount":          {"A: Card number, please.", "C: " + card, "C: And it's for twelve twenty."},
		"card then room":            {"A: Card number, please.", "C: " + card, "A: Got it. Which room?", "C: Ten twenty five."},
		"card then tickets":         {"A: Card number, please.", "C: " + card, "A: How many tickets?", "C: Two, oh, maybe four."},
		"account then apartment":    {"A: And the account number?", "C: My account number is [ACCOUNT one two three four five six seven eight] [ADDRESS apartment twelve twenty five.]"},
		"phone then or":             {"A: What's your phone number?", "C: [PHONE Four one five five five five two nine eight one] or my wife's."},
		"zip said again as for":     {"A: And the ZIP code?", "C: [ZIP Four eight one one oh.]", "A: Okay, I can do that for one eight dollars."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
