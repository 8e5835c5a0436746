package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// A name word right before a noun that terms are named with ("code",
// "model", "filter", "project") starts a term, not a person, with no
// naming cue; a language or nationality that is also a first name after
// "this is" is the language. The name before such a noun with a cue, or
// said with "'s", stays a person's.
func TestFind_NamedTermsAndLanguagesStayWords(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The decoder uses a Viterbi search and a Kalman filter over it.",
		"Send it in Morse code, it is faster.",
		"We need the Fourier transform of that window.",
		"I think the larger Manhattan project is not relevant here.",
		"They are Mel Cepstra with deltas.",
		"Oh, this is German. Can you read it?",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			if f.Type == redact.Person {
				assert.Fail(t, "a person found", "%q: %s", line, describe(tr, fs))
			}
		}
	}
	checkDialogueIn(t, []bool{false}, "C: My name is [PERSON Mel Code.]")
	checkDialogueIn(t, []bool{false}, "C: That was [PERSON Rebecca's] code, not mine.")
}
