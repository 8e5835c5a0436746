package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// Without turns the question before the pause is read as a whole, as a
// question turn is read with turns: by default (AnswersOne) a question
// for two values, for a place beside a value, or for yes or no asks for
// nothing there either, so the words after the pause (the agent's own
// further talk as often as an answer) are not flagged.
func TestFind_AnswerWithoutTurnsReadsTheWholeQuestion(t *testing.T) {
	for _, turns := range [][]string{
		{"A: what's the address and phone number", "C: you dress up for two why why vote"},
		{"A: can i have the address and phone number for the shop", "C: you can reap what you want to say"},
		{"A: where is the office located and what is the contact number", "C: i shoot i i two three"},
		{"A: do you still use the same phone number", "C: yes i do use it every day"},
		{"A: is that your home address", "C: yeah it is my place"},
	} {
		for _, layout := range []callLayout{stereoCall, monoDiarised, monoUnlabeled} {
			tr := recognisedCall(layout, turns...)
			assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), "%v, layout %d", turns, layout)
		}
	}
	// AnswersAll reads a question for two values without turns too
	tr := recognisedCall(monoUnlabeled, "A: what's the address and phone number", "C: you dress up for two why why vote")
	assert.NotEmpty(t, answered(t, tr, answersOn()))
}

// Without turns the question is the words since the last pause of 400 ms
// (questionTurnGap): the earlier turn's words before it are not part of it ("... my address <pause>
// okay and the card number <pause> ..." asks for a card only).
func TestFind_AnswerWithoutTurnsQuestionStartsAfterAPause(t *testing.T) {
	tr := recognisedCall(monoUnlabeled, "C: i moved so i need to update my address", "A: sure what is the card number",
		"C: for ate seven nine nine five go free")
	assert.Equal(t, []string{"CARD: for ate seven nine nine five go free"}, answered(t, tr, redact.DefaultPolicy()))
	// an earlier turn that gave a number does not make the question one
	// that gave it
	tr = recognisedCall(monoUnlabeled, "C: it was forty two", "A: okay what is the card number",
		"C: for ate seven nine nine five go free")
	assert.Equal(t, []string{"CARD: for ate seven nine nine five go free"}, answered(t, tr, redact.DefaultPolicy()))
	// also when the turns are 450 ms apart (shorter than the 500 ms that
	// opens an answer; most turns of the ASR set are 400 ms or more apart)
	tr = recognisedCall(monoUnlabeled, "C: it was forty two _ okay what is the card number",
		"C: for ate seven nine nine five go free")
	assert.Equal(t, []string{"CARD: for ate seven nine nine five go free"}, answered(t, tr, redact.DefaultPolicy()), "450 ms")
}

// A value is said without long pauses (inside the ASR set's dev-half
// entities none is longer than 1.0 s): a pause of more than answerValuePause
// after the value has begun ends the answer, whatever the mode; a pause
// after a stall before the value ("i ... nine to five") does not.
func TestFind_AnswerEndsAtALongPauseInsideTheValue(t *testing.T) {
	for _, p := range []redact.Policy{redact.DefaultPolicy(), answersOn()} {
		tr := recognisedCall(stereoCall, "A: what's your phone number", "C: nine to five nine debut _ _ _ why so")
		assert.Equal(t, []string{"PHONE: nine to five nine debut"}, answered(t, tr, p), "a long pause after the value")
		tr = recognisedCall(stereoCall, "A: what's your phone number", "C: i _ _ _ nine to five nine debut")
		assert.Equal(t, []string{"PHONE: nine to five nine debut"}, answered(t, tr, p), "a long pause after a stall")
		tr = recognisedCall(stereoCall, "A: what's your phone number", "C: nine to five _ nine debut")
		assert.Equal(t, []string{"PHONE: nine to five nine debut"}, answered(t, tr, p), "a short pause inside the value")
	}
}

// An answer follows its question within six seconds, as with turns
// (questionBefore): without turns, talk after a longer silence (a hold)
// is no answer.
func TestFind_AnswerWithoutTurnsFollowsWithinSixSeconds(t *testing.T) {
	for _, layout := range []callLayout{stereoCall, monoDiarised, monoUnlabeled} {
		tr := recognisedCall(layout, "A: what's the card number", "C: ~ ~ ~ ~ for ate seven nine nine five go free")
		assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), "layout %d", layout)
	}
	tr := recognisedCall(monoUnlabeled, "A: what's the card number ~ ~ ~ ~ okay we are back now")
	assert.Empty(t, answered(t, tr, redact.DefaultPolicy()))
	tr = recognisedCall(monoUnlabeled, "A: what's the card number", "C: ~ for ate seven nine nine five go free")
	assert.Equal(t, []string{"CARD: for ate seven nine nine five go free"}, answered(t, tr, redact.DefaultPolicy()))
}

// Without turns the other speaker taking the turn back after a short pause
// ends the answer, as the turn change does with turns: an acknowledgement
// ("okay", "great", "thanks", "got it") or a clause addressed to the
// answerer ("you're all set", "you'll get a text").
func TestFind_AnswerWithoutTurnsEndsAtAReply(t *testing.T) {
	cases := []struct{ question, answer, reply, want string }{
		{"what is the service address", "sure leaven leaven may pull lust be", "you're all set have a good day",
			"ADDRESS: leaven leaven may pull lust be"},
		{"what's the card number", "for ate seven nine nine five go free", "okay thank you so much",
			"CARD: for ate seven nine nine five go free"},
		{"what's the best number to reach you", "nine to five nine nine debut", "great you'll get a text",
			"PHONE: nine to five nine nine debut"},
	}
	for _, tc := range cases {
		for _, layout := range []callLayout{stereoCall, monoUnlabeled} {
			// (a reply 450 ms after the answer: shorter than the 500 ms
			// that opens an answer without turns)
			tr := recognisedCall(layout, "A: "+tc.question, "C: "+tc.answer+" _ "+tc.reply)
			if layout == stereoCall {
				tr = recognisedCall(layout, "A: "+tc.question, "C: "+tc.answer, "A: "+tc.reply)
			}
			assert.Equal(t, []string{tc.want}, answered(t, tr, redact.DefaultPolicy()), "%s, layout %d", tc.question, layout)
		}
	}
}
