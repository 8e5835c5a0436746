package redact_test

import (
	"testing"
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

// A number already complete for its type does not take "for one" or
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
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// On one channel with two speakers, a number read in pieces around the
