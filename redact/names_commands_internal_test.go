package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lowerTokens is the token stream of one lowercase, unpunctuated turn.
func lowerTokens(t *testing.T, text string) *Tokens {
	t.Helper()
	return turnTokens(t, text, false)
}

// tokenOf returns the index of the first token whose Norm is w.
func tokenOf(t *testing.T, ts *Tokens, w string) int {
	t.Helper()
	for i := range ts.Toks {
		if ts.Toks[i].Norm == w {
			return i
		}
	}
	require.Failf(t, "no token", "%q", w)
	return -1
}

// Without capitals, a listed surname that is also a word, right after a
// listed first name and ending the clause, continues the name; "back",
// "first" and a role after a name, or a surname before more of the
// sentence, do not.
func TestExtendName_WordSurnameEndingTheClause(t *testing.T) {
	ts := lowerTokens(t, "it's for my husband alma ring and the service address")
	i := tokenOf(t, ts, "alma")
	assert.Equal(t, tokenOf(t, ts, "ring"), ts.extendName(i, false))

	ts = lowerTokens(t, "i said call imelda back and it didn't")
	i = tokenOf(t, ts, "imelda")
	assert.Equal(t, i, ts.extendName(i, false))

	ts = lowerTokens(t, "i said tell imelda baker the time")
	i = tokenOf(t, ts, "imelda")
	assert.False(t, ts.wordSurnameEndsClause(i, i+1), "the sentence goes on after the word")
}

// Without capitals, a listed first name said right before a found surname
// in no list, after "under", is the name's first word; a word that is no
// name there is not.
func TestNameBefore_ListedFirstNameBeforeAnUnlistedSurname(t *testing.T) {
	ts := lowerTokens(t, "it should be under hailey kwiatkowszczak can you check")
	i := tokenOf(t, ts, "kwiatkowszczak")
	assert.Equal(t, tokenOf(t, ts, "hailey"), ts.nameBefore(i))

	ts = lowerTokens(t, "it should be under warranty kwiatkowszczak can you check")
	i = tokenOf(t, ts, "kwiatkowszczak")
	assert.Equal(t, i, ts.nameBefore(i))
}
