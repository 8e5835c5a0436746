package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// "SSN" or "s s n" said between an account cue and digits that are no
// SSN's shape names the kind of number, as "MRN" does: it is left out of
// the value, and the digits stay covered.
func TestFind_SSNCueIsNoPartOfTheAccountValue(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, value string }{
		{"My member ID is SSN 12345678.", "12345678"},
		{"my member id is s s n one two three four five six seven eight", "one two three four five six seven eight"},
		{"The account number is SSN 1234567890.", "1234567890"},
		{"the account is ssn nine eight seven six five", "nine eight seven six five"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			t.Parallel()
			tr := words(tc.text)
			fs, err := redact.Find(tr, redact.DefaultPolicy())
			require.NoError(t, err)
			require.Len(t, fs, 1, describe(tr, fs))
			assert.Equal(t, tc.value, wordsText(tr, fs[0].FirstWord, fs[0].LastWord), describe(tr, fs))
		})
	}
}
