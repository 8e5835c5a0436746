package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// An answer to a question for a name, lowercase, that the rules take only
// in part (a surname of particles first: the rules take "marijke"): the
// name model takes all of it; and answers the rules take whole, which it
// must not cut.
func TestFind_NameModelTakesTheWholeAnswer(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: Can I get your full name please?", "C: Yes it's [PERSON van der hoek marijke.]")
	checkDialogueIn(t, []bool{true}, "A: Can I have the name on the policy?", "C: Yes it's [PERSON oluwadamilare k adeyinka.]")
	checkDialogueIn(t, []bool{true}, "A: What's the account holder's name?", "C: That'd be [PERSON tanvir h chowdhury], thanks.")
}

// Answers to a question for a name that are a business's name: the model
// does not take the business's word after a surname into the name, which
// the answer's words alone would ("garza" is flagged by the rules; see
// redact's doc on business names).
func TestFind_NameModelLeavesBusinessWords(t *testing.T) {
	t.Parallel()
	for _, answer := range []string{"yes it's garza painting", "it's kim dry cleaning"} {
		tr, _ := dialogue(true, "A: what's the name on the account", "C: "+answer)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			if f.Type == redact.Person {
				text := redact.MatchedText(tr, f)
				assert.NotContains(t, text, "painting", answer)
				assert.NotContains(t, text, "cleaning", answer)
			}
		}
	}
}
