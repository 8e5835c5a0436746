package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// phonesIn returns the words of each PHONE finding in tr (the finding's
// own channel's words), in order.
func phonesIn(t *testing.T, tr *transcript.Transcript) []string {
	t.Helper()
	return typed(t, tr, redact.DefaultPolicy(), redact.Phone)
}

// A recogniser's sound-alikes ("ate", "won", "to", "for") inside a run of
// digits after a phone's cue or a question for one: the whole run is the
// phone.
func TestFind_PhoneSoundAlikesInACuedRun(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: what's the best number to reach you", "C: it's ate oh won to three for five five six too", "A: thanks")
	assert.Equal(t, []string{"ate oh won to three for five five six too"}, phonesIn(t, tr))

	tr = recognisedCall(stereoCall, "C: my callback number is seven one four to for oh three three won nine")
	assert.Equal(t, []string{"seven one four to for oh three three won nine"}, phonesIn(t, tr))

	// Asked without a question word; a sound-alike opening the answer.
	tr = recognisedCall(stereoCall, "A: phone number please", "C: three three to won for oh too seven seven ate")
	assert.Equal(t, []string{"three three to won for oh too seven seven ate"}, phonesIn(t, tr))
	tr = recognisedCall(stereoCall, "A: and a good callback number", "C: yeah won too three for five six seven ate nine oh")
	assert.Equal(t, []string{"won too three for five six seven ate nine oh"}, phonesIn(t, tr))

	// Not at an end where the word is a word, nor without a cue.
	tr = recognisedCall(stereoCall, "C: my number is five five five one two one two for the pharmacy")
	assert.Equal(t, []string{"five five five one two one two"}, phonesIn(t, tr))
	tr = recognisedCall(stereoCall, "C: we got three to four for two one eight nine one in the end")
	assert.Empty(t, phonesIn(t, tr))
}

// A restart inside what the tokenizer reads as one number: the phone is
// the whole of it, the abandoned start too.
func TestFind_PhoneRestartInsideOneNumber(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: what's your phone number",
		"C: three one two scratch that three one two eight eight four five five six oh", "A: got it")
	assert.Equal(t, []string{"three one two scratch that three one two eight eight four five five six oh"}, phonesIn(t, tr))
	tr = recognisedCall(stereoCall, "A: what is your number", "C: two oh six hold on two oh six four one oh two two nine one")
	assert.Equal(t, []string{"two oh six hold on two oh six four one oh two two nine one"}, phonesIn(t, tr))
}

// An abandoned part the speaker takes back with "sorry, that's" or a
// restart of six words is the phone's too.
func TestFind_PhoneCorrectionWithThatsOrALongRestart(t *testing.T) {
	tr := recognisedCall(stereoCall, "C: the number is nine oh one four four sorry that's four five two one nine nine three")
	assert.Equal(t, []string{"nine oh one four four sorry that's four five two one nine nine three"}, phonesIn(t, tr))
}

// The area code asked for after the rest of the number, and given in its
// own turn.
func TestFind_AreaCodeAnsweredInItsOwnTurn(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: what number should we call", "C: five five five nine nine one two",
		"A: and what's the area code", "C: it's two zero one", "A: perfect")
	assert.Equal(t, []string{"five five five nine nine one two", "two zero one"}, phonesIn(t, tr))
	tr = recognisedCall(stereoCall, "A: phone number", "C: four oh four eight eight one two", "A: and the area code", "C: three one zero")
	assert.Equal(t, []string{"four oh four eight eight one two", "three one zero"}, phonesIn(t, tr))
}

// Pieces joined by "and then" in one breath (each piece a finding), and
// pieces the agent says back between.
func TestFind_PhonePiecesJoinedAndSaidBack(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: and a daytime phone", "C: nine one seven and then four four two and then oh one eight eight")
	assert.Equal(t, []string{"nine one seven", "four four two", "oh one eight eight"}, phonesIn(t, tr))

	tr = recognisedCall(stereoCall, "A: what's your callback number", "C: six four six", "A: six four six",
		"C: seven seven one", "A: mhm", "C: nine nine eight two")
	assert.Equal(t, []string{"six four six", "six four six", "seven seven one nine nine eight two"}, phonesIn(t, tr))

	tr = recognisedCall(stereoCall, "A: what's a good number for you", "C: four one two", "A: mhm",
		"C: five five five oh nine oh nine", "A: oh nine oh nine thank you")
	assert.Equal(t, []string{"four one two five five five oh nine oh nine", "oh nine oh nine"}, phonesIn(t, tr))

	// A number the agent says between that is none of the pieces' digits
	// is the agent's own.
	tr = recognisedCall(stereoCall, "A: what's your callback number", "C: six four six", "A: one sec",
		"C: seven seven two", "A: mhm", "C: nine nine eight two")
	assert.Equal(t, []string{"six four six", "seven seven two nine nine eight two"}, phonesIn(t, tr))
}

// Groups said as hundreds: "six hundred, fourteen hundred" are 600 1400,
// and "three hundred, eleven hundred" 300 1100 (not 311 and a hundred).
func TestFind_PhoneGroupsSaidAsHundreds(t *testing.T) {
	tr := recognisedCall(stereoCall, "C: my number is five one two six hundred fourteen hundred")
	assert.Equal(t, []string{"five one two six hundred fourteen hundred"}, phonesIn(t, tr))
	tr = recognisedCall(stereoCall, "A: callback number", "C: seven oh seven three hundred eleven hundred")
	assert.Equal(t, []string{"seven oh seven three hundred eleven hundred"}, phonesIn(t, tr))
}

// "Your call" in a question is the call itself: the answer to "what's
// the nature of your call today" is no phone number.
func TestFind_QuestionAboutTheCallAsksForNoPhone(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: thanks for holding what's the nature of your call today", "C: uh huh i lost my debit card")
	assert.Empty(t, phonesIn(t, tr))
	tr = recognisedCall(stereoCall, "A: and the reason for your call", "C: uh huh")
	assert.Empty(t, phonesIn(t, tr))
	tr = recognisedCall(stereoCall, "A: what number can we call", "C: uh it's four four oh nine nine one two")
	assert.Equal(t, []string{"four four oh nine nine one two"}, phonesIn(t, tr))
}
