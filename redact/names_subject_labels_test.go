package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// The three rules that take a name said as a subject with no cue report
// recognizers of their own, so diagnostics (callveil scan, the tables)
// tell them apart; they once all said "person-subject".
func TestFind_SubjectRulesNameThemselves(t *testing.T) {
	for _, tc := range []struct{ text, rec string }{
		{"Ingeborg approved it this morning.", "person-colleague-subject"},            // names_subject.go
		{"so the budget, I think Okonkwo said it was fine.", "person-speech-subject"}, // names_speech.go
		{"honestly Dragica signed it on friday.", "person-clause-subject"},            // names_wild2.go
	} {
		fs, err := redact.Find(words(tc.text), redact.DefaultPolicy())
		require.NoError(t, err)
		if assert.Len(t, fs, 1, tc.text) {
			assert.Equal(t, redact.Person, fs[0].Type, tc.text)
			assert.Equal(t, tc.rec, fs[0].Recognizer, tc.text)
		}
	}
}
