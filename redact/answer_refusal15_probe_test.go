package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// refusalProbe is a question for a value answered, on the other channel,
// by words that give none (a refusal, a stall, a question back, a count
// of people or things, talk of something else) or by a value a
// recogniser garbled. want is the answer rule's finding ("" for none).
// The phrasing is the probe's own, not an evaluation set's.
var refusalProbe = []struct{ question, answer, want string }{
	// refusals and stalls: going to fetch the value
	{"what's the card number", "let me just go and get my wallet", ""},
	{"can i have your account number", "hold on let me go find the letter", ""},
	{"what's your member number", "i'll have to go get it from upstairs", ""},
	{"what's the policy number", "give me two seconds i need to dig it out", ""},
	{"could you read me the card number", "wait a minute i'm getting it", ""},
	{"what is your date of birth", "hang on a sec", ""},
	{"and your phone number", "hang on one moment", ""},
	{"what's the zip code", "bear with me", ""},
	{"what's the account number", "just a sec", ""},
	{"what's the account number", "hold up let me pull it up", ""},
	{"what's your social", "i'm looking for it now", ""},
	{"and the card number please", "i'm grabbing it now", ""},
	// not having it, not remembering it
	{"what's the account number", "i forgot it", ""},
	{"what's the policy number", "i forget what it is", ""},
	{"what's the member number", "i don't remember it", ""},
	{"what's your pin", "i can't recall it off the top of my head", ""},
	{"could i get the card number", "i haven't got it with me", ""},
	{"what's the account number", "i do not have that on me right now", ""},
	{"what's your policy number", "it's not on me at the moment", ""},
	{"what's the card number", "i left it in the car", ""},
	{"what's the account number", "i left my wallet at home", ""},
	{"what's the zip code there", "no idea to be honest", ""},
	{"what's his phone number", "no clue", ""},
	{"what's the reference number", "i never got one", ""},
	{"what's the account number", "i wouldn't know that", ""},
	{"what's your phone number", "i'm not comfortable giving that out", ""},
	{"what's your social", "i'd prefer not to say", ""},
	{"what's your date of birth", "i won't give that over the phone", ""},
	// calling back, later
	{"what's the card number", "can i call you back", ""},
	{"what's the account number", "could i ring you back later", ""},
	{"what's the policy number", "i'll call back when i have it", ""},
	{"what's the account number", "maybe later", ""},
	{"can you give me the card number", "let me get back to you on that", ""},
	// a question back or not having heard
	{"what's the best phone number", "what was the question", ""},
	{"what's the zip code", "what did you say", ""},
	{"what's the account number", "come again", ""},
	{"what's your date of birth", "excuse me", ""},
	{"could you give me your member number", "you mean the one on the front", ""},
	{"what's the account number", "is that the one on the bill", ""},
	{"what's your phone number", "why do you need it", ""},
	{"what's the card number", "do you need the whole thing", ""},
	{"what's the card number", "where do i find that", ""},
	{"what's the phone number", "can you repeat that", ""},
	{"what's the address", "the one on file or the new one", ""},
	// counts of people, things and times
	{"what's the number of guests", "for two adults and two kids", ""},
	{"and the number of people in your party", "it'll be three adults and one child", ""},
	{"what's the number of rooms you need", "two rooms please", ""},
	{"how many nights will that be and what's the number of guests", "four guests", ""},
	{"what's the number of bags", "three bags and a stroller", ""},
	{"what's the number of tickets", "five tickets", ""},
	{"and the number of passengers", "just the two of us", ""},
	// talk about something else
	{"what's the account number", "the weather's been awful here", ""},
	{"what's your phone number", "we just moved so things are a mess", ""},
	{"what's the card number", "my son usually handles that", ""},
	// values a recogniser garbled: still flagged
	{"what's the best number to reach you", "nine to five nine nine nine nine five debut", "PHONE: nine to five nine nine nine nine five debut"},
	{"and the recipient's name", "grey's hollow way", "PERSON: grey's hollow way"},
	{"what is the address", "for the last sunday already", "ADDRESS: for the last sunday already"},
	{"could you confirm your date of birth", "you are you two are you", "DOB: you are you two are you"},
	{"can you verify your zip code", "what the far", "ZIP: what the far"},
	{"what's the card number", "for eight seven nine go free six so free six", "CARD: for eight seven nine go free six so free six"},
	{"what's the phone number", "uh hang ten too fine for", "PHONE: hang ten too fine for"},
	{"what's your zip code", "free oh to won", "ZIP: free oh to won"},
	{"what's your name", "marry jay blige", "PERSON: marry jay blige"},
	{"what's the account number", "sick sick fourth tree ate", "ACCOUNT: sick sick fourth tree ate"},
	{"and your date of birth", "march the fort nineteen eighty ate", "DOB: march the fort nineteen eighty ate"},
	{"what's the address", "won to free elm treat", "ADDRESS: won to free elm treat"},
	{"what's the phone number", "i got for five ate oh to", "PHONE: i got for five ate oh to"},
	{"what's the address", "i need to go to won tree elm treat", "ADDRESS: i need to go to won tree elm treat"},
	{"what's the address there", "i left from for tea main treat", "ADDRESS: i left from for tea main treat"},
}

// TestAnswerRefusalProbe measures the answer rule (AnswersOne, the
// default) on refusalProbe and logs the exchanges where it differs. A
// value counts as held when another recognizer found it instead. Before
// nonAnswer and countsOf it flagged 42 of the 54 non-answers.
func TestAnswerRefusalProbe(t *testing.T) {
	wrongNon, wrongVal, nonN, valN := 0, 0, 0, 0
	for _, tc := range refusalProbe {
		tr := recognisedCall(stereoCall, "A: "+tc.question, "C: "+tc.answer, "A: okay")
		got := strings.Join(answered(t, tr, redact.DefaultPolicy()), " | ")
		if tc.want != "" && got == "" && foundOnChannel(t, tr, 1) {
			got = tc.want // (another recognizer found the value: held)
		}
		if tc.want == "" {
			nonN++
		} else {
			valN++
		}
		if got != tc.want {
			if tc.want == "" {
				wrongNon++
			} else {
				wrongVal++
			}
			t.Logf("%q -> %q: got %q, want %q", tc.question, tc.answer, got, tc.want)
		}
	}
	t.Logf("non-answers flagged %d/%d, values missed %d/%d", wrongNon, nonN, wrongVal, valN)
	assert.Zero(t, wrongVal, "values the answer rule no longer flags")
	// three non-answers are still flagged: talk of something else ("the
	// weather's been awful here", "we just moved ...") and a choice asked
	// back with no question word ("the one on file or the new one")
	assert.LessOrEqual(t, wrongNon, 3, "non-answers flagged")
}

// foundOnChannel reports whether Find (default policy) finds anything on
// channel ch of tr.
func foundOnChannel(t *testing.T, tr *transcript.Transcript, ch int) bool {
	t.Helper()
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	for _, f := range fs {
		if f.Channel == ch {
			return true
		}
	}
	return false
}
