package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// Session 16's number fixes (fix16num): harms and misses of the number
// rules that reviewers found earlier and that were left open, each in
// several phrasings written for these tests.

// A count answering a question for a number ("I have two") is no number.
func TestFind_Fix16NumACountAnswersNothingNumeric(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"i have two":          {"A: Can I get your phone number?", "C: I have two."},
		"we've got three":     {"A: And the best number to reach you?", "C: Well, we've got three of them."},
		"there are two":       {"A: What's the phone number on file?", "C: Um, there are two on there."},
		"i have two accounts": {"A: What's the account number?", "C: I have two, which one?"},
		"i have two bare":     {"A: Phone number?", "C: I have two"},
		"a couple":            {"A: And your phone number?", "C: I've got a couple, home and cell."},
		"we have both":        {"A: Can I get the best number to reach you?", "C: we have both"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// "fine" acknowledging before the value does not keep the value from the
// question's cue, when the question names it beyond a cue's own reach.
func TestFind_Fix16NumFineDoesNotBlockTheCue(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"that's fine zip":        {"A: And could I have the zip code for the billing address on file please?", "C: That's fine, [ZIP two one two oh one.]"},
		"fine zip unpunctuated":  {"A: Could you give me the postal code of the house you're calling about?", "C: yeah that's fine [ZIP four eight one oh nine]"},
		"fine account":           {"A: Could you confirm the account number you have with us today?", "C: Fine, fine, [ACCOUNT one two three four five six seven eight.]"},
		"oh that's fine phone":   {"A: What is the best phone number to reach you at during the day?", "C: Oh that's fine, [PHONE two one two five five five zero one nine eight.]"},
		"fine zip after a hello": {"A: Great, and what zip code do you get your mail at these days?", "C: Yes that's fine, it's [ZIP six oh six one four.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// The phone number of an account is a PHONE, and the member ID on a card an
// ACCOUNT.
func TestFind_Fix16NumCueOfWhatItBelongsTo(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"phone associated with the account": {"A: What's the phone number associated with the account?", "C: [PHONE Six one seven five five five two three four one.]"},
		"phone on the account":              {"A: Can you give me the phone number on your account?", "C: Sure, [PHONE four zero four five five five nine eight one two.]"},
		"phone linked to the account":       {"A: And the phone number linked to that account?", "C: It's [PHONE five one two five five five six six one oh.]"},
		"phone we have for the account":     {"A: Can you confirm the phone number we have for your account?", "C: [PHONE Eight one three five five five oh four two two.]"},
		"member id on your card":            {"A: Can you read me the member ID on your card?", "C: [ACCOUNT W four four one two nine eight seven.]"},
		"member number on the card":         {"A: What's the member number on the card?", "C: It's [ACCOUNT eight eight two one four six one nine three.]"},
		"member id from the card":           {"A: And the member ID from your insurance card?", "C: [ACCOUNT Two seven seven three one oh nine four.]"},
		"member id off the card":            {"A: What's the member ID off your card?", "C: [ACCOUNT Six two two nine one oh four four.]"},
		"member id of the health card":      {"A: And the member ID of your health card?", "C: Sure, [ACCOUNT nine nine one four two two oh seven.]"},
		// a bank named after "from my" is no card: its routing cue stands
		"pay from my bank routing": {"A: How do you want to pay the bill?", "C: From my bank routing [ROUTING 021-000-021,] account [ACCOUNT 12 3456 7890.]"},
		"pay out of my bank":       {"A: how do you want to pay", "C: out of my bank routing [ROUTING zero two one zero zero zero zero two one]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A request for time is no value, whatever the question before it asked,
// and the value given after it takes the question's cue.
func TestFind_Fix16NumTimeToLookIsNoValue(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"zip just two seconds":     {"A: Could I get the ZIP code?", "C: Just two seconds."},
		"phone two secs":           {"A: And your phone number?", "C: Two secs."},
		"account a couple minutes": {"A: Your account number?", "C: Uh, a couple minutes please."},
		"zip give me two seconds":  {"A: And what's the ZIP code there?", "C: Give me two seconds, it's on the letter."},
		"zip hold on two secs":     {"A: The zip for that address?", "C: Hold on two secs."},
		"zip give me two minutes":  {"A: Could I get the postal code?", "C: Uh, give me two minutes to dig it out."},
		"account hang on two mins": {"A: What's the account number?", "C: Hang on two minutes, I need the statement."},
		// the value after the wait
		"zip after two seconds": {"A: What's the zip code?", "C: Give me two seconds.", "A: No problem.", "C: Alright, [ZIP six oh six one four.]"},
		"zip after two minutes": {"A: Can I get the zip code?", "C: Give me two minutes, it's in the car.", "A: No rush.", "C: Okay, it's [ZIP six oh six one four.]"},
		"zip after just two":    {"A: What's the zip?", "C: just two seconds", "A: take your time", "C: [ZIP nine four one one oh]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A ZIP said right before a range or a count of days is found, and the
// range is left alone.
func TestFind_Fix16NumZIPBeforeARange(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"written then a range": {"A: ZIP code?", "C: [ZIP 94110,] 2 to 3 days for delivery?"},
		"spoken then a range":  {"A: And the zip code?", "C: [ZIP nine four one one oh] two to three days for delivery."},
		"spoken then or":       {"A: What's the zip code there?", "C: It's [ZIP six oh six one four,] two or three days they said."},
		"written then a count": {"A: What's the zip?", "C: [ZIP 60614,] 2 weeks ago we moved."},
		"days for delivery":    {"A: What's the ZIP code?", "C: [ZIP Nine four one one oh,] and it said two to three days for delivery."},
		"weeks to arrive":      {"A: And your zip?", "C: It's [ZIP six oh six one four] and it takes two to four weeks to get here."},
		"hours for a reply":    {"A: Can I have the ZIP?", "C: [ZIP Seven eight seven oh four,] they said one to two hours for a reply."},
		"over a backchannel":   {"A: zip code?", "C: [ZIP Nine four one one oh.]", "A: Okay.", "C: Two to three days for delivery?"},
		"no zip asked, no zip": {"A: How long does shipping take?", "C: I think 2 to 3 days for most."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A number already complete for its type does not take "for one" or
// "to one" after it as sound-alike digits; one still missing digits does.
func TestFind_Fix16NumACompleteNumberTakesNoSoundAlikeTail(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"phone for one":       {"A: What's the best number to reach you?", "C: [PHONE Three one two five five five six nine one eight] for one."},
		"phone to one":        {"A: Your phone number, please.", "C: It's [PHONE two oh six five five five four four one eight] to one."},
		"phone for one thing": {"A: And your phone number?", "C: [PHONE Seven one eight five five five two two nine one,] for one thing."},
		"zip for one":         {"A: What's the zip code?", "C: [ZIP Four eight two oh one] for one."},
		"ssn for one":         {"A: Can I get your social security number?", "C: [SSN Five one two three four six nine one eight] for one."},
		// one still short of its length takes them
		"phone short of two": {"A: what's the best phone number to reach you", "C: [PHONE two one two five five five oh one for one]"},
		"ssn short of two":   {"A: what's your social", "C: [SSN five one two three four six nine for one]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// An amount said after a ZIP's first digits, or after a whole ZIP, is no
// piece of the ZIP (the first digits, the start of the ZIP asked for, may
// be flagged); a ZIP said in one breath with "hundred" still is one.
func TestFind_Fix16NumAnAmountAfterAZIPIsNoPiece(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"two hundred after nine oh": {"A: And the ZIP code?", "C: Nine oh.", "A: Mhm.", "C: Two hundred."},
		"the fee after six oh":      {"A: What's the zip there?", "C: Six oh.", "A: Mhm.", "C: Three hundred, is that the fee?"},
		"a deposit in thousands":    {"A: and your zip code", "C: nine four", "A: mhm", "C: two thousand for the deposit"},
		"thousand over okay":        {"A: ZIP code, please.", "C: Four eight.", "A: Okay.", "C: Five thousand, that's the limit."},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, lower := range []bool{false, true} {
				tr, _ := dialogue(lower, turns...)
				fs, err := redact.Find(tr, redact.DefaultPolicy())
				require.NoError(t, err)
				for _, f := range fs {
					got := strings.ToLower(redact.MatchedText(tr, f))
					assert.False(t, strings.Contains(got, "hundred") || strings.Contains(got, "thousand"), "lower=%v: %s %q", lower, f.Type, got)
				}
			}
		})
	}
	for name, turns := range map[string][]string{
		"forty dollars after a zip": {"A: And your ZIP code?", "C: Zip is [ZIP nine oh two one oh] and that's forty dollars, right?"},
		"sixty bucks after a zip":   {"A: What's the zip?", "C: [ZIP Six oh six one four,] and the charge was sixty bucks."},
		"amount over a backchannel": {"A: What's the zip code?", "C: [ZIP Nine oh two one oh.]", "A: Mhm.", "C: And it was forty dollars."},
		"one breath with hundred":   {"A: And the zip code?", "C: It's [ZIP nine oh two hundred.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// On one channel with two speakers, a phone number read in pieces around
// the other speaker's backchannel is found as one finding per piece, none
// of which covers the other speaker's words (on two channels the
// backchannel is on the other channel, and one finding is read over it,
// as before).
func TestFind_Fix16NumPiecesOnOneChannelLeaveTheOtherSpeaker(t *testing.T) {
	t.Parallel()
	mono := func(label string) (int, string) {
		if label == "C" {
			return 0, "caller"
		}
		return 0, "agent"
	}
	for name, turns := range map[string][]string{
		"over mhm":         {"A: What's the best phone number?", "C: [PHONE Seven two oh, five five five,]", "A: Mhm.", "C: [PHONE oh one eight seven.]"},
		"written over mhm": {"A: What's the best phone number?", "C: [PHONE 720 555]", "A: mhm", "C: [PHONE 0187]"},
		"over okay":        {"A: And a phone number for you?", "C: It's [PHONE three one two five five five]", "A: Okay.", "C: [PHONE two two four nine.]"},
		"over uh huh":      {"A: Callback number?", "C: [PHONE Four one five, five five five.]", "A: Uh huh.", "C: [PHONE Nine eight one two.]"},
		"three pieces":     {"A: What's the phone number?", "C: [PHONE 720]", "A: Okay.", "C: [PHONE 555]", "A: Mhm.", "C: [PHONE 0187]"},
		"cue in the turn":  {"C: My cell is [PHONE seven two zero]", "A: Okay.", "C: [PHONE five five five zero one eight seven]"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checkDialogueOfWith(t, redact.DefaultPolicy(), mono, []bool{false, true}, turns...)
		})
	}
}
