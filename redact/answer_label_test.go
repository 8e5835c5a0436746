package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// Without turns, "that's the home number" after a value names the value
// just given: it asks for nothing, so what follows a pause after it is no
// answer ("the booking says a b seven five oh five"); a question's cue
// before a pause still is.
func TestFind_ALabelAfterAValueAsksForNothing(t *testing.T) {
	tr := recognisedCall(monoUnlabeled, "A: and a number we can reach you on",
		"C: two one three five five five oh one nine two that's the home number _ _ the booking says a b seven five oh five")
	assert.Empty(t, answered(t, tr, redact.DefaultPolicy()))
	tr = recognisedCall(monoUnlabeled, "A: what's the home number _ _", "C: nine to five nine nine debut")
	assert.Equal(t, []string{"PHONE: nine to five nine nine debut"}, answered(t, tr, redact.DefaultPolicy()))
}

// Without turns, "whose name is the booking under" asks for a name
// though its cue word ends five words before the pause: what a name is
// "under" follows it.
func TestFind_NameUnderQuestionWithoutTurns(t *testing.T) {
	tr := recognisedCall(monoUnlabeled, "A: whose name is the booking under _ _", "C: right grey's hollow way")
	assert.Equal(t, []string{"PERSON: grey's hollow way"}, answered(t, tr, redact.DefaultPolicy()))
	tr = recognisedCall(monoUnlabeled, "A: whose name is the booking under right grey's hollow way")
	assert.Empty(t, answered(t, tr, redact.DefaultPolicy()), "no pause: no turn")
	tr = recognisedCall(monoUnlabeled, "A: whose name is the account under _ _", "C: right heather gonzales")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	assert.NoError(t, err)
	assert.Equal(t, "[PERSON(\"heather gonzales\")]", describe(tr, fs))
}
