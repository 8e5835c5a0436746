package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// The answer rule is on by default for a question that asks for one
// value (AnswersOne, the zero Policy's mode): the customer's garbled date
// of birth and a bare house number given as the address are bleeped; an
// answer to a question for no value is not.
func TestFind_AnswerRuleOnByDefault(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: and could i have your date of birth", "C: sure marsh the north nigh teen sick tea")
	want := []string{"DOB: marsh the north nigh teen sick tea"}
	assert.Equal(t, want, answered(t, tr, redact.DefaultPolicy()), "DefaultPolicy")
	assert.Equal(t, want, answered(t, tr, redact.Policy{}), "the zero Policy")

	tr = recognisedCall(stereoCall, "A: what's the address there", "C: 55 it's the blue house")
	assert.Equal(t, []string{"ADDRESS: 55"}, answered(t, tr, redact.DefaultPolicy()), "a house number given as the address")

	// hard negatives: no value asked for
	for _, turns := range [][]string{
		{"A: how was the delivery", "C: fine thanks it came early"},
		{"A: i'll send the form to your address", "C: great thank you"},
	} {
		tr = recognisedCall(stereoCall, turns...)
		assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), turns)
	}
}

// A question for a place ("where ...?", "the location") is an open one:
// its answer may be a door, a country or a sentence. By default it asks
// for nothing, and neither does a question for a place and a value
// together; AnswersAll reads both.
func TestFind_AnswerToAPlaceQuestionOnlyWhenAll(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: where are you heading today", "C: uh whole me to sunny vale")
	assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), "where: open")
	assert.Equal(t, []string{"ADDRESS: whole me to sunny vale"}, answered(t, tr, answersOn()))

	tr = recognisedCall(stereoCall, "A: where is the shop and what's the phone number", "C: fort the won and nine oh one to ate")
	assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), "a place and a value: open")
	assert.Len(t, answered(t, tr, answersOn()), 2)

	// hard negatives, by default: talk of where a thing goes
	for _, turns := range [][]string{
		{"A: where should the box go", "C: it goes on the porch by the bins"},
		{"A: what's the location", "C: the bridge was shut so we turned back"},
		{"A: where do you ship", "C: mostly to canada and a few to mexico"},
	} {
		tr = recognisedCall(stereoCall, turns...)
		assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), turns)
	}
}

// A question for a kind of thing ("which state issued it?", "what type of
// card?") asks for no value, in any mode; the same thing's value asked
// for is.
func TestFind_AnswerToAKindQuestionIsNoValue(t *testing.T) {
	for _, turns := range [][]string{
		{"A: which state issued the license", "C: oh high oh"},
		{"A: what type of card is it", "C: a visa i think"},
		{"A: which bank is the account with", "C: first river"},
	} {
		tr := recognisedCall(stereoCall, turns...)
		assert.Empty(t, answered(t, tr, answersOn()), turns)
	}
	tr := recognisedCall(stereoCall, "A: what's the license number", "C: bee for won to nine ate")
	assert.Equal(t, []string{"DRIVER_LICENSE: bee for won to nine ate"}, answered(t, tr, redact.DefaultPolicy()))
}

// An answer that points at a value given before or kept elsewhere ("it's
// on file", "the same as last time") or opens a clause that gives none
// ("while you look ...") flags nothing.
func TestFind_AnswerThatPointsElsewhere(t *testing.T) {
	for _, answer := range []string{"C: it's on file already", "C: the same as last time", "C: same as before",
		"C: while you look that up can i ask something", "C: if you need it i can find it"} {
		tr := recognisedCall(stereoCall, "A: what's the mailing address", answer)
		assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), answer)
	}
	tr := recognisedCall(stereoCall, "A: what's the mailing address", "C: it's whole me to sunny vale")
	assert.Equal(t, []string{"ADDRESS: whole me to sunny vale"}, answered(t, tr, redact.DefaultPolicy()))
}

// What no value holds, however garbled: a name has no word of a business
// or an institution, and by default opens with no article; no answer
// names the kind of thing asked for, and no number, date or address holds
// a unit of measure or money.
func TestFind_AnswerWordsNoValueHolds(t *testing.T) {
	for _, turns := range [][]string{
		{"A: can i get your full name", "C: oh it's a bit of a mouthful"},
		{"A: and the name on the account", "C: the hill view medical center"},
		{"A: and the payee", "C: county water department"},
		{"A: what's the address", "C: the address hasn't changed"},
		{"A: what's the account number", "C: it's about forty dollars i think"},
		{"A: what's your date of birth", "C: twelve and a half inches roughly"},
	} {
		tr := recognisedCall(stereoCall, turns...)
		assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), turns)
	}
	// AnswersAll keeps a name a recogniser wrote with an article ("a real"
	// for "Ariel")
	tr := recognisedCall(stereoCall, "A: who is it for", "C: a real")
	assert.Empty(t, answered(t, tr, redact.DefaultPolicy()))
	assert.Equal(t, []string{"PERSON: a real"}, answered(t, tr, answersOn()))
}

// A value said in few words is read from the answer's first words: a
// date of birth at most nine, a PIN at most eight; the rest of the turn
// is talk.
func TestFind_AnswerBoundedByItsType(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: what's your date of birth", "C: marsh the north nigh teen sick tea so i am not that young any more")
	assert.Equal(t, []string{"DOB: marsh the north nigh teen sick tea so i"}, answered(t, tr, redact.DefaultPolicy()))
	tr = recognisedCall(stereoCall, "A: what's the pin", "C: gate gate for two i guess it was the one i set up last year")
	assert.Equal(t, []string{"PIN: gate gate for two i guess it was"}, answered(t, tr, redact.DefaultPolicy()))
	// hard negative: the same talk after a question for no value
	tr = recognisedCall(stereoCall, "A: how did you set it up", "C: gate gate for two i guess it was the one i set up last year")
	assert.Empty(t, answered(t, tr, redact.DefaultPolicy()))
}

// A title's abbreviation ("Dr.") does not end the answer as a sentence's
// period would: the name after it is the person's, and "I saw Dr." is no
// name.
func TestFind_AnswerGoesOnAfterATitle(t *testing.T) {
	checkDialogueIn(t, []bool{false}, "A: Who did you see?", "C: I saw [PERSON Dr. Okafor] on Monday.")
}

// Without turns (one channel, no speaker labels) the rule does not guess
// the turn: a question's cue must be followed within four words by a
// pause of 500 ms, read as the other speaker taking over; with no pause
// nothing is flagged.
func TestFind_AnswerWithoutTurnsNeedsAPause(t *testing.T) {
	tr := recognisedCall(monoUnlabeled, "A: what's the best number to reach you", "C: nine to five nine nine debut")
	assert.Equal(t, []string{"PHONE: nine to five nine nine debut"}, answered(t, tr, redact.DefaultPolicy()))
	tr = recognisedCall(monoUnlabeled, "A: what's the best number to reach you nine to five nine nine debut")
	assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), "no pause: no turn")
}

// "Great" or "perfect" that opens an answer thanks for the question, and
// the garbled value after it is still the answer: only "great, thank
// you", or "perfect" said alone, gives none.
func TestFind_AnswerAfterAThanksWordIsStillRead(t *testing.T) {
	t.Parallel()
	tr, _ := dialogue(true, "A: what's the best number to reach you?", "C: great, nine to five nine nine debut")
	assert.Equal(t, []string{"PHONE: nine to five nine nine debut"}, answered(t, tr, redact.DefaultPolicy()))
	tr, _ = dialogue(true, "A: can I get your full name please?", "C: perfect, it's grey's hollow way")
	assert.Equal(t, []string{"PERSON: grey's hollow way"}, answered(t, tr, redact.DefaultPolicy()))
	for _, thanks := range []string{"C: great thank you", "C: perfect", "C: perfect, thanks so much", "C: awesome, thank you very much"} {
		tr, _ = dialogue(true, "A: and what's the best number to reach you?", thanks)
		assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), thanks)
	}
}
