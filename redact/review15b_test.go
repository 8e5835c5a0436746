package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// Ordinary talk near this session's number rules (sound-alikes grown next
// to a number, a misheard word inside a long number, an expiry after a
// card, numbers in pieces, a plural street type before a ZIP, a ZIP's
// first digit as a sound-alike): times, amounts, counts, menus, years and
// the other speaker's words stay out of every value.
//
// Lines tried that are still taken, left out of the table: "card then
// time" ('Oh eight thirty' after a card is a PHONE), "zip then to two"
// (lowercase, a ZIP grows over 'two to three days for'), "phone asked then
// a time" (lowercase, 'Same one, ...' takes 'one'), "zip asked then a
// page" (cased, 'Give me two seconds' is a ZIP), all of them older than
// session 13 (3e3bf30 takes them too); and "account then for one" ('...
// nine one eight for one' grows over 'for one', session 13's
// growRunsOverSoundAlikes): stopping it changed findings in the ASR set's
// test half, where a recogniser writes a last "four one" the same way.
// Session 14 (fix16num, fix16num_test.go) took up three of these in its
// own phrasing: a request for time ("just two seconds") answers nothing,
// a ZIP before a range ("94110, 2 to 3 days") is its first five digits,
// and a value already whole for its type takes no "for one" tail (an
// account number, of no fixed length, still does).
func TestFind_Review15bNumbersLeaveOrdinaryTalkAlone(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		// sound-alikes grown next to a number
		"phone then for the office": {"A: What number should we call?", "C: It's [PHONE two oh two five five five one two one two] for the office."},
		"phone then i owe":          {"A: What's your phone number?", "C: [PHONE Two oh two five five five one two one two.] And I owe you one."},
		"account then to two":       {"A: And the account number?", "C: [ACCOUNT Six six one two nine nine one eight,] it's had two to four payments."},
		"phone ends on too":         {"A: What's the best number?", "C: [PHONE Four one five five five five two nine eight one,] me too."},
		// a word inside a long number
		"phone since a year": {"A: And your phone number?", "C: My phone number is [PHONE two oh two five five five one two one two] since nineteen ninety nine."},
		"account opened":     {"A: And the account number?", "C: My account number is [ACCOUNT one two three four five six seven eight] opened twenty twenty two."},
		"phone then room":    {"A: What's your phone number?", "C: It's [PHONE four one five five five five two nine eight one] room three one four."},
		"card then balance":  {"A: Can I have the card number?", "C: [CARD Four one one one one one one one one one one one one one one one] balance four five six."},
		// an expiry after a card
		"card then flight":   {"A: Can I have the card number?", "C: [CARD Four one one one one one one one one one one one one one one one.]", "A: Which flight is it?", "C: Ten twenty."},
		"card then quantity": {"A: Card number, please.", "C: [CARD Four one one one one one one one one one one one one one one one.]", "A: And how many?", "C: Twelve, twenty five."},
		"card then version":  {"A: Card number, please.", "C: [CARD Four one one one one one one one one one one one one one one one,] and the app is version ten twenty."},
		// pieces across the other speaker
		"phone asked then counts": {"A: And your phone number?", "C: Which one, I have two.", "A: Okay.", "C: One for work, one at home."},
		"zip asked then amount":   {"A: And the ZIP code?", "C: Nine four.", "A: Mhm.", "C: Sorry, I owe two hundred fifty on it."},
		"menu over okay":          {"A: Is the number you're calling from good?", "C: Yes, press one.", "A: Okay.", "C: Then two, then four four five."},
		"street number over okay": {"A: What's your phone number?", "C: It's on file.", "A: Okay.", "C: I'm at [ADDRESS four five five Oak Street.]"},
		// a plural street type, a ZIP's sound-alike
		"streets then zip": {"C: I drove down two main streets in Austin, Texas, [ZIP 78704.]"},
		"state for a year": {"C: We rented [ADDRESS 14 Elm Street, Austin, Texas,] for 2022 and 2023."},
		"state to a year":  {"C: We lived at [ADDRESS 14 Elm Street] in Austin, Texas, from 2018 to 2021."},
		"state and then":   {"C: The house at [ADDRESS 14 Elm Street] in Austin, Texas, and then the car."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A count answering a question for a phone number ("I have two") does not
// go on over the other speaker's "okay" into the words after it: one digit
// said is no piece of a number.
func TestFind_Review15bACountDoesNotGoOnOverABackchannel(t *testing.T) {
	t.Parallel()
	for _, lower := range []bool{false, true} {
		tr, _ := dialogue(lower, "A: And your phone number?", "C: Well, I have two.", "A: Okay.", "C: One for work, one at home.")
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			got := strings.ToLower(redact.MatchedText(tr, f))
			assert.NotContains(t, got, "work", "lower=%v: %s %q", lower, f.Type, got)
		}
	}
}
