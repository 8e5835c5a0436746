package redact_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// callLayout says how a test call's two speakers are recorded.
type callLayout int

const (
	stereoCall    callLayout = iota // agent on channel 0, customer on channel 1
	monoDiarised                    // both on channel 0, with speaker labels
	monoUnlabeled                   // both on channel 0, no speaker labels
)

// recognisedCall builds a call from turns "A: ..." (agent) and "C: ..."
// (customer), lowercase as a recogniser writes it: 300 ms a word, 700 ms
// between turns; a "~" word is a 2 s pause and a "_" one a 400 ms pause,
// not words.
func recognisedCall(layout callLayout, turns ...string) *transcript.Transcript {
	tr := &transcript.Transcript{Channels: 1}
	if layout == stereoCall {
		tr.Channels = 2
	}
	at := time.Duration(0)
	for _, turn := range turns {
		who, text, _ := strings.Cut(turn, ": ")
		ch, spk := 0, "spk_0"
		if who == "C" {
			spk = "spk_1"
			if layout == stereoCall {
				ch = 1
			}
		}
		if layout == monoUnlabeled {
			spk = ""
		}
		for _, f := range strings.Fields(text) {
			if f == "~" || f == "_" {
				at += 400 * time.Millisecond
				if f == "~" {
					at += 1600 * time.Millisecond
				}
				continue
			}
			tr.Words = append(tr.Words, transcript.Word{Text: f, Start: at, End: at + 250*time.Millisecond,
				Channel: ch, Speaker: spk, Confidence: -1})
			at += 300 * time.Millisecond
		}
		at += 700 * time.Millisecond
	}
	return tr
}

// answered returns the answer rule's findings in tr as "TYPE: words".
func answered(t *testing.T, tr *transcript.Transcript, p redact.Policy) []string {
	t.Helper()
	fs, err := redact.Find(tr, p)
	require.NoError(t, err)
	var out []string
	for _, f := range fs {
		if f.Recognizer != "answer" {
			continue
		}
		assert.Equal(t, redact.AnswerScore, f.Score)
		var ws []string
		for i := f.FirstWord; i <= f.LastWord; i++ {
			if tr.Words[i].Channel == f.Channel {
				ws = append(ws, tr.Words[i].Text)
			}
		}
		out = append(out, string(f.Type)+": "+strings.Join(ws, " "))
	}
	return out
}

func answersOn() redact.Policy {
	p := redact.DefaultPolicy()
	p.Answers = redact.AnswersAll
	return p
}

// Each kind of question, answered with words a recogniser made of the
// value, in every layout: the answer is flagged as the type asked, its
// lead-ins ("yeah it's", "sure") left out.
func TestFind_AnswerMisheardAfterEachKindOfQuestion(t *testing.T) {
	cases := []struct {
		name, question, answer, want string
	}{
		{"phone", "what's the best number to reach you", "uh yeah it's nine to five nine nine nine nine five debut",
			"PHONE: nine to five nine nine nine nine five debut"},
		{"name", "and the recipient's name", "sure grey's hollow way", "PERSON: grey's hollow way"},
		{"address", "what is the address", "for the last sunday already", "ADDRESS: for the last sunday already"},
		{"birth date", "could you confirm your date of birth", "you are you two are you", "DOB: you are you two are you"},
		{"social", "i just need the last four of your social", "sure why do you", "SSN: why do you"},
		{"card", "go ahead and read the card number when you're ready",
			"for eight seven nine nine five go free six so free six", "CARD: for eight seven nine nine five go free six so free six"},
		{"zip", "can you verify your zip code", "what the far", "ZIP: what the far"},
	}
	for _, tc := range cases {
		for _, layout := range []callLayout{stereoCall, monoDiarised, monoUnlabeled} {
			tr := recognisedCall(layout, "A: "+tc.question, "C: "+tc.answer, "A: okay thank you")
			got := answered(t, tr, answersOn())
			assert.Equal(t, []string{tc.want}, got, "%s, layout %d", tc.name, layout)
		}
	}
}

// A question for two values: the answer splits at its "and", or else at
// its longest pause, each part typed as asked. ("oh" stays in: it may be
// a zero.)
func TestFind_AnswerToTwoQuestionsSplits(t *testing.T) {
	tr := recognisedCall(stereoCall, "C: what's the address and contact number",
		"A: i q you why do you and i for the last sunday already", "C: thanks")
	assert.Equal(t, []string{"ADDRESS: i q you why do you", "PHONE: i for the last sunday already"}, answered(t, tr, answersOn()))

	tr = recognisedCall(stereoCall, "C: what is the phone number and address", "A: oh i do i i _ wanna see it the sun", "C: uh huh")
	assert.Equal(t, []string{"PHONE: oh i do i i", "ADDRESS: wanna see it the sun"}, answered(t, tr, answersOn()))
}

// The speaker's own cue: "the phone number is", "send the money to" and
// what follows it.
func TestFind_AnswerAfterTheSpeakersOwnCue(t *testing.T) {
	tr := recognisedCall(stereoCall, "C: do you have it", "A: yes the phone number is poorly wheat you")
	assert.Equal(t, []string{"PHONE: poorly wheat you"}, answered(t, tr, answersOn()))
	tr = recognisedCall(monoDiarised, "A: okay", "C: my number's i owe a wheat")
	assert.Equal(t, []string{"PHONE: i owe a wheat"}, answered(t, tr, answersOn()))
	tr = recognisedCall(stereoCall, "A: who is it for", "C: i would like to send the money to a real")
	assert.Equal(t, []string{"PERSON: a real"}, answered(t, tr, answersOn()))
}

// The answer ends at a long pause, at the other speaker's turn, at a new
// clause and after 16 words a type.
func TestFind_AnswerIsBounded(t *testing.T) {
	tr := recognisedCall(stereoCall, "A: what's your phone number", "C: i owe a wheat ~ and then some other talk")
	assert.Equal(t, []string{"PHONE: i owe a wheat"}, answered(t, tr, answersOn()), "a pause")

	tr = recognisedCall(monoDiarised, "A: what's your phone number", "C: i owe a wheat", "A: and what else can i do")
	assert.Equal(t, []string{"PHONE: i owe a wheat"}, answered(t, tr, answersOn()), "a turn change")

	tr = recognisedCall(stereoCall, "A: what's the address", "C: for the last sunday it is the blue door")
	assert.Equal(t, []string{"ADDRESS: for the last sunday"}, answered(t, tr, answersOn()), "a new clause")

	tr = recognisedCall(stereoCall, "A: what's your phone number", "C: i owe it's five five five two one two three four five six seven")
	assert.Empty(t, answered(t, tr, answersOn()), "a new clause with a finding in it: that finding is the answer")

	long := strings.Repeat("you do ", 12)
	tr = recognisedCall(stereoCall, "A: what's your phone number", "C: "+long)
	got := answered(t, tr, answersOn())
	require.Len(t, got, 1)
	assert.Len(t, strings.Fields(strings.TrimPrefix(got[0], "PHONE: ")), 16, "at most 16 words")
}

// Nothing is flagged where the answer gives no value, where a recognizer
// found something in it, where no value was asked for, or with the rule
// off (the default).
func TestFind_AnswerNegatives(t *testing.T) {
	for _, tc := range []struct{ name, question, answer string }{
		{"don't know", "what's your phone number", "i don't know it sorry"},
		{"one moment", "can i get the card number", "one moment please"},
		{"refusal", "and your date of birth", "i'd rather not say"},
		{"no", "what's the address", "no i want to cancel"},
		{"yes-or-no question", "are you calling from the number on file", "yes i am"},
		{"how question", "member services how can i help", "the texts aren't coming through"},
		{"not asked", "i need to change my address", "okay i can help with that"},
		{"a choice", "from your savings or checking account", "use my savings"},
		{"found already", "what's your phone number", "it's five five five two one two three four five six seven"},
		{"a question back", "what's the property address", "which property"},
		{"address field", "what did you type in the address field", "i typed foo bar and it failed"},
		{"an acknowledgement", "what is the account number on the letter", "sure thing"},
		{"a question back, anything else", "who was the agent you spoke to", "anything else you need"},
	} {
		for _, layout := range []callLayout{stereoCall, monoDiarised} {
			tr := recognisedCall(layout, "A: "+tc.question, "C: "+tc.answer)
			assert.Empty(t, answered(t, tr, answersOn()), "%s, layout %d", tc.name, layout)
		}
	}
	tr := recognisedCall(stereoCall, "A: what's the best number to reach you", "C: nine to five nine nine debut")
	off := redact.DefaultPolicy()
	off.Answers = redact.AnswersOff
	assert.Empty(t, answered(t, tr, off), "AnswersOff")
	p := answersOn()
	p.Types = map[redact.Type]bool{redact.Person: true}
	assert.Empty(t, answered(t, tr, p), "only the types the policy turns on")
	tr = recognisedCall(stereoCall, "A: my phone's on version two", "C: okay")
	assert.Empty(t, answered(t, tr, answersOn()), "talk about a phone, not its number")
}

// A question for an email address asks for an EMAIL, not a postal
// ADDRESS: its garbled answer is typed EMAIL, in every layout and with the
// speaker's own cue too. A question for a computer's address asks for
// nothing the answer rule types.
func TestFind_AnswerToAnEmailAddressQuestionIsAnEmail(t *testing.T) {
	for _, q := range []string{"what's your email address", "and what e-mail address should we use", "can you give me a good e mail address"} {
		for _, layout := range []callLayout{stereoCall, monoDiarised, monoUnlabeled} {
			tr := recognisedCall(layout, "A: "+q, "C: yeah it's care in most seventy hot male", "A: okay thank you")
			assert.Equal(t, []string{"EMAIL: care in most seventy hot male"}, answered(t, tr, answersOn()), "%q, layout %d", q, layout)
			one := redact.DefaultPolicy()
			one.Answers = redact.AnswersOne
			assert.Equal(t, []string{"EMAIL: care in most seventy hot male"}, answered(t, tr, one), "%q, layout %d, AnswersOne", q, layout)
		}
	}
	tr := recognisedCall(stereoCall, "A: do you have it", "C: yes my email address is care in most seventy hot male")
	assert.Equal(t, []string{"EMAIL: care in most seventy hot male"}, answered(t, tr, answersOn()), "the speaker's own cue")

	for _, q := range []string{"what's the ip address of the router", "what is the i p address", "and the web address"} {
		tr := recognisedCall(stereoCall, "A: "+q, "C: um ten dot oh dot one two", "A: okay")
		for _, got := range answered(t, tr, answersOn()) {
			assert.NotContains(t, got, "ADDRESS:", "%q: no postal address asked", q)
		}
	}
	tr = recognisedCall(stereoCall, "A: and what's the mailing address", "C: for the last sunday already", "A: thanks")
	assert.Equal(t, []string{"ADDRESS: for the last sunday already"}, answered(t, tr, answersOn()), "a postal address still")
}
