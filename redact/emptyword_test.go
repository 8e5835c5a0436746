package redact_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// TestFind_WordsWithEmptyTextAreHarmless: a caller's transcript may hold
// words with no text (a reader that kept a punctuation item as a word);
// Find must not panic on them, and its findings stay inside the transcript.
// In the first call the name after an empty word is still found.
func TestFind_WordsWithEmptyTextAreHarmless(t *testing.T) {
	for _, words := range [][]string{
		{"Thanks", "", "Thembile", "called", "", "about", "it", "", "."},
		{"Okay", "", "Thembile", "called", "Monday", "about", "the", "Loan"},
		{"", "Thembile", "called", "Monday", "about", "the", "Loan"},
	} {
		tr := &transcript.Transcript{Channels: 1}
		name := -1
		for i, w := range words {
			at := time.Duration(i) * 300 * time.Millisecond
			tr.Words = append(tr.Words, transcript.Word{Text: w, Start: at, End: at + 250*time.Millisecond, Confidence: -1})
			if w == "Thembile" {
				name = i
			}
		}
		var found []redact.Finding
		require.NotPanics(t, func() {
			var err error
			found, err = redact.Find(tr, redact.Policy{})
			require.NoError(t, err)
		}, "%q", words)
		person := false
		for _, f := range found {
			assert.True(t, 0 <= f.FirstWord && f.FirstWord <= f.LastWord && f.LastWord < len(words), "%q: %v", words, f)
			person = person || (f.Type == redact.Person && f.FirstWord <= name && f.LastWord >= name)
		}
		if words[0] == "Thanks" {
			assert.True(t, person, "%q: the name after an empty word is still found: %v", words, found)
		}
	}
}
