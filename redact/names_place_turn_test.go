package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// On one channel with two speakers, the other speaker's "through" or "from"
// ending their turn is no preposition of place before the next speaker's
// words: "I'll put you through." "Cheers Lynn, bye." names Lynn, as it does
// on two channels ("travelling from Kings Lynn" stays a place).
func TestFind_PlacePrepositionOfTheOtherSpeakerIsNone(t *testing.T) {
	t.Parallel()
	for _, lower := range []bool{false, true} {
		tr, _ := dialogue(lower, "A: Okay, I'll put you through.", "C: Cheers Lynn, bye.")
		for i := range tr.Words {
			tr.Words[i].Channel = 0
		}
		tr.Channels = 1
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		require.Equal(t, "lynn", strings.ToLower(tr.Words[6].Text))
		found := false
		for _, f := range fs {
			if f.Type == redact.Person && f.FirstWord <= 6 && f.LastWord >= 6 {
				found = true
			}
		}
		assert.True(t, found, "lower=%v: %s", lower, describe(tr, fs))
	}
}
