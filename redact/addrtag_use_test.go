package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// Streets the rules cannot read, which the address tagger does where an
// address is given: a typeless street of common words, a house number with
// a letter first, a direction or unit after a street the rules found.
func TestFind_AddressTaggerReadsStreetsTheRulesCannot(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: What's the address for the account?", "C: Sure, [ADDRESS 2210 Copper Kettle, Dayton, Ohio] [ZIP 45402.]")
	checkDialogue(t, "A: and what's the address for the account", "C: sure [ADDRESS twenty two ten copper kettle dayton ohio] [ZIP four five four oh two]")
	checkDialogueIn(t, []bool{false}, "A: Where should the driver go?", "C: At [ADDRESS B2210 Main, Ponce, Puerto Rico], the green gate.")
	checkDialogue(t, "A: and the service address", "C: um [ADDRESS fourteen ten s harlan # 2 sw.] that's the back unit")
	// An amount after the address is not a second one.
	checkDialogue(t, "A: What's your mailing address?", "C: Uh, yeah, okay so it's [ADDRESS 16927 N. Jefferson Dr.]", "A: It's thirty three sixty two per month. I see what happened here.")
	// A one-letter direction after the type, then a unit after "#"; a
	// floor said before its word.
	checkDialogue(t, "A: What's the address?", "C: It's [ADDRESS 12324 e 86th st n # 315]. Thanks.")
	checkDialogue(t, "A: What's the address?", "C: It's [ADDRESS 390 Greenwich St, 2nd Flr]. Thanks.")
	// The letter ending a unit at the end of a turn, which the tagger
	// may leave out.
	checkDialogueIn(t, []bool{true}, "A: and the street you live at", "C: [ADDRESS nine grand avenue building two suite two a]", "A: thank you")
}

// Numbers that count things, and an IP address, in talk of an address:
// the tagger reads no street in them.
func TestFind_AddressTaggerLookalikes(t *testing.T) {
	t.Parallel()
	for _, turns := range [][]string{
		{"A: and the address where the service is", "C: it's on file. the plan is thirty six forty five every month"},
		{"A: what address did the diagnostic show", "C: a wrong i p address one one one one point one point one point one"},
		{"A: where should we send the printed ones", "C: one hundred twenty invitations come to my office"},
		{"A: What's the delivery address?", "C: The same as before. It's 40 dollars a month, right?"},
		{"A: and the shipping address", "C: same as last time. it's thirty two forty card number"},
	} {
		assertNoAddress(t, redact.DefaultPolicy(), turns...)
	}
}

// Boxes and routes the rules do not read, given as an address: the tagger
// reads them from the word that opens them.
func TestFind_AddressTaggerReadsBoxes(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: What's the mailing address?", "C: It's [ADDRESS lock box 5518], Reno, Nevada.")
	checkDialogue(t, "A: What's the mailing address?", "C: Sure, [ADDRESS PO Bx 2290], Tulsa.")
	checkDialogue(t, "A: And the address for the statements?", "C: [ADDRESS HCR 62 Box 17], Alpine, Texas.")
	// A box or a route with no address asked or given is none.
	for _, turns := range [][]string{
		{"A: Did the parts arrive?", "C: Yes, box 12 came, and route 9 was closed."},
		{"A: Which one do you want?", "C: The lock box 2 is fine."},
	} {
		assertNoAddress(t, redact.DefaultPolicy(), turns...)
	}
}

// Where an address is given or asked for, the tagger reads it from its
// first word: an institution's name before its box, a letter before the
// house number, a box the rules do not know.
func TestFind_AddressTaggerReadsGivenAddresses(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: What address should the statement go to?", "C: It's [ADDRESS Mercy Regional Clinic, PO Box 4471], Tulsa.")
	checkDialogue(t, "A: and where should the driver pick you up", "C: at [ADDRESS b twenty two ten lindell], near the bank")
	checkDialogue(t, "A: What's the mailing address?", "C: Sure, it's [ADDRESS Caller Box 3306, Abilene, Texas.]")
	checkDialogue(t, "C: Please ship it to [ADDRESS 4410 Wren Hollow Loop, unit 3]. Thanks.")
	checkDialogueIn(t, []bool{true}, "A: and where should the crew go", "C: to [ADDRESS c twelve forty wickham] please")
	// A corner: two streets with their types, joined by "and" or "&".
	checkDialogue(t, "A: Where should the driver meet you?", "C: At [ADDRESS West Lake Street and North Main Street], by the bank.")
	checkDialogue(t, "A: Where do you need the crew?", "C: Corner of [ADDRESS Elm Ave & 5th St], please.")
	// "ship it to", "it's at": cues of their own.
	checkDialogue(t, "A: Anything else on the order?", "C: Yes, ship it to [ADDRESS Harbor Supply, PO Box 4471]. Thanks.")
	checkDialogue(t, "A: And the new location?", "C: Oh, it's at [ADDRESS Pinecrest Mall, PO Box 12]. Near the school.")
}

// Numbers and words after an address cue that are no address: a count
// and what it counts, a direction of travel, a price.
func TestFind_AddressTaggerGivenLookalikes(t *testing.T) {
	t.Parallel()
	for _, turns := range [][]string{
		{"A: What's the service address?", "C: Well, there are two main reasons I called."},
		{"A: And the billing address on file?", "C: It's twelve new accounts, all billed together."},
		{"A: What's the mailing address?", "C: It's $45.99 a month, right?"},
		{"A: Where should we send it?", "C: To the team, 40 boxes of paper."},
		{"A: Where do you need us?", "C: At a 20 minute walk from the station."},
		{"A: What's the address there?", "C: It's a 2 bedroom place, near the park."},
		{"A: Where should we meet?", "C: At the park and the court, whichever is open."},
		{"A: Where do you need us?", "C: At work and then home, so any street works."},
	} {
		assertNoAddress(t, redact.DefaultPolicy(), turns...)
	}
	// Directions given for an address are no address to the tagger or the
	// address rules. The answer rule, on by default, does flag them as the
	// answer to the address question (they locate the visit as well; fail
	// closed), so the tagger is checked with it off.
	off := redact.DefaultPolicy()
	off.Answers = redact.AnswersOff
	assertNoAddress(t, off, "A: Can you confirm the address for the visit?", "C: Take exit 4 North, then the second left.")
}

// assertNoAddress checks that Find with policy p flags no ADDRESS in the
// dialogue of turns, cased and lowercase.
func assertNoAddress(t *testing.T, p redact.Policy, turns ...string) {
	t.Helper()
	for _, lower := range []bool{false, true} {
		tr, _ := dialogue(lower, turns...)
		fs, err := redact.Find(tr, p)
		assert.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, redact.Address, f.Type, "%v: %s", turns, redact.MatchedText(tr, f))
		}
	}
}
