package redact

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/transcript"
)

// casedTokens is the token stream of one cased turn; trailing , . ? !
// go into Punct.
func casedTokens(t *testing.T, text string) *Tokens {
	t.Helper()
	return turnTokens(t, text, true)
}

// turnTokens is the token stream of one turn of words 300 ms apart, with
// trailing , . ? ! in Punct, which must be read as cased or not.
func turnTokens(t *testing.T, text string, cased bool) *Tokens {
	t.Helper()
	tr := &transcript.Transcript{Channels: 1}
	for i, f := range strings.Fields(text) {
		start := time.Duration(i) * 300 * time.Millisecond
		w := strings.TrimRight(f, ",.?!")
		tr.Words = append(tr.Words, transcript.Word{Text: w, Punct: f[len(w):], Start: start, End: start + 250*time.Millisecond, Confidence: -1})
	}
	streams := Normalize(tr)
	require.Len(t, streams, 1)
	require.Equal(t, cased, streams[0].Cased)
	return streams[0]
}

// A listed surname that is a function word ("to", "so", "her", "do",
// "will", "via", "just") is no surname after a first name when it is used
// as the word it is: lowercase, or not capitalised in a cased transcript.
func TestFirstAndSurname_FunctionWordIsNoSurname(t *testing.T) {
	for _, text := range []string{
		"the ticket from victoria to the coast",
		"a shipment from maria so it was late",
		"the bus from sarah via the bridge",
		"a transfer from john just now",
		"the ride from maria her car broke",
	} {
		ts := lowerTokens(t, text)
		assert.False(t, ts.firstAndSurname(tokenOf(t, ts, strings.Fields(text)[3])), text)
	}
	ts := casedTokens(t, "The ticket from Victoria to the coast.")
	assert.False(t, ts.firstAndSurname(tokenOf(t, ts, "victoria")), "lowercase 'to' in a cased transcript")

	// Capitalised mid-sentence in a cased transcript, it is a surname
	// ("Maria To", "Theresa May"); a surname that is no function word
	// stays one without capitals.
	ts = casedTokens(t, "The ticket from Maria To arrived.")
	assert.True(t, ts.firstAndSurname(tokenOf(t, ts, "maria")))
	ts = lowerTokens(t, "the shipment to maria delgado")
	assert.True(t, ts.firstAndSurname(tokenOf(t, ts, "maria")))
	ts = lowerTokens(t, "the ticket from john white")
	assert.True(t, ts.firstAndSurname(tokenOf(t, ts, "john")), "a surname that is a content word")
}

// The same holds for a first name answering "who is the contact?" without
// capitals: "will do" is no first name and surname.
func TestListedSurnameNext_FunctionWordIsNoSurname(t *testing.T) {
	ts := lowerTokens(t, "will do")
	assert.False(t, ts.listedSurnameNext(0))
	ts = lowerTokens(t, "grace so she can sign")
	assert.False(t, ts.listedSurnameNext(0))
	ts = lowerTokens(t, "bob stone")
	assert.True(t, ts.listedSurnameNext(0))
}
