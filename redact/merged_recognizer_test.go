package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// A finding that a rule for recogniser-written forms merged from others
// names every recognizer that found a part of it, in word order, and the
// rule last: an email that absorbed a name is not the name recognizer's,
// nor a card that absorbed a number the number recognizer's alone.
func TestFind_MergedFindingNamesWhatFoundIt(t *testing.T) {
	p := redact.DefaultPolicy()
	for _, tc := range []struct {
		question, answer string
		typ              redact.Type
		recognizer       string
	}{
		{"what's the best email for you", "it's amara okafor add gmail dot com", redact.Email, "person+url-spoken+email-sound-alike"},
		{"okay go ahead", "the phone number is poorly eighty three one six eight two two six", redact.Phone, "phone+digit-run"},
		{"okay go ahead", "sure my card number is four one for one six two two nine oh one eight three", redact.Card, "number+digit-run"},
		// Nothing to merge: the rule's own name.
		{"okay go ahead", "my phone number is one two zero six seven to eight seven six six six", redact.Phone, "digit-run"},
		{"could you spell the email part before the at", "jay oh en ee ess", redact.Email, "spelled-sound-alike"},
	} {
		tr := recognisedCall(stereoCall, "A: "+tc.question, "C: "+tc.answer)
		fs, err := redact.Find(tr, p)
		require.NoError(t, err)
		var got []string
		for _, f := range fs {
			if f.Type == tc.typ {
				got = append(got, f.Recognizer)
			}
		}
		assert.Equal(t, []string{tc.recognizer}, got, tc.answer)
	}
}
