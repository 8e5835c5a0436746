package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// A short answer to a name question, of which the name recognizers found
// one word, is the name whole: the recogniser split the rest into common
// words. Thanks, a word saying who speaks, a longer answer or a cased
// transcript grow nothing.
func TestFind_NameAnswerSplitIntoWords(t *testing.T) {
	p := redact.DefaultPolicy()
	for _, tc := range []struct{ ask, said, want string }{
		{"A: and can i have your name please", "C: sure it's linda bell wither", "linda bell wither"},
		{"A: what's the name on the booking", "C: harry son ford", "harry son ford"},
	} {
		tr := recognisedCall(stereoCall, tc.ask, tc.said)
		assert.Contains(t, typed(t, tr, p, redact.Person), tc.want, tc.said)
	}
	for _, tc := range []struct{ ask, said, not string }{
		{"A: and can i have your name please", "C: it's linda thanks", "thanks"},
		{"A: and can i have your name please", "C: linda here", "here"},
		{"A: and can i have your name please", "C: linda and i'm calling about my bill from last week", "bill"},
		{"A: what's the weather like", "C: linda said sunny", "sunny"},
		{"A: And can I have your name, please?", "C: It's Linda Bell wither.", "wither."},
	} {
		tr := recognisedCall(stereoCall, tc.ask, tc.said)
		for _, got := range typed(t, tr, p, redact.Person) {
			assert.NotContains(t, got, tc.not, "%s: %q", tc.said, got)
		}
	}
}
