package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// A number found in part grows over the digits the recogniser wrote as
// their sound-alikes next to it ("for", "to", "ate", "won", "owe"), and an
// ID over the letters that open it; a preposition, a count or an amount
// after the number stays out.
func TestFind_DigitRunGrowsOverSoundAlikes(t *testing.T) {
	p := redact.DefaultPolicy()
	for _, tc := range []struct {
		ask, said string
		typ       redact.Type
		want      string
	}{
		// a sound-alike then more digits, and ones that end the turn
		{"A: go ahead with the account number", "C: the account number is six six for to nine nine one ate",
			redact.Account, "six six for to nine nine one ate"},
		{"A: how do we reach you", "C: my phone number is three oh two for four four too one six won won",
			redact.Phone, "three oh two for four four too one six won won"},
		{"A: and the member id", "C: my member id is five one two two owe six ate nine",
			redact.Account, "five one two two owe six ate nine"},
		// an ID's letters at the opening of the answer, a digit misheard
		{"A: what's your member id", "C: okay queue are em for six six one two ate",
			redact.Account, "queue are em for six six one two ate"},
		{"A: can you give me the member id", "C: it's b c d seven won four four two two",
			redact.Account, "b c d seven won four four two two"},
	} {
		tr := recognisedCall(stereoCall, tc.ask, tc.said)
		assert.Contains(t, typed(t, tr, p, tc.typ), tc.want, tc.said)
	}
	for _, tc := range []struct {
		ask, said string
		typ       redact.Type
		not       string // a word that stays out of every finding of typ
	}{
		{"A: and the account number", "C: the account number is six six one two nine nine one eight for two years now", redact.Account, "years"},
		{"A: and the account number", "C: the account number is six six one two nine nine one eight for the joint account", redact.Account, "for"},
		{"A: how do we reach you", "C: my phone number is three oh two four four four two one six one one to be honest", redact.Phone, "to"},
		{"A: and the member id", "C: my member id is five one two two six six eight nine and i ate lunch", redact.Account, "ate"},
		// letters mid-turn are no part of an ID
		{"A: and the member id", "C: the plan is a b c and my member id is five one two two six six eight nine", redact.Account, "c"},
	} {
		tr := recognisedCall(stereoCall, tc.ask, tc.said)
		for _, got := range typed(t, tr, p, tc.typ) {
			assert.NotContains(t, strings.Fields(got), tc.not, "%s: %q", tc.said, got)
		}
	}
}
