package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// Idaho's code "ID" before a ZIP code is the state, not an ID's cue, after
// a town or a street; after "my member", "the", "your" it stays an ID.
func TestFind_ZIPAfterIdahosCode(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Ship it to Po Box 18, Nampa, ID [ZIP 83651.]",
		"The new place is 310 Larch Court, Twin Falls, ID [ZIP 83301-4410.]",
		"we moved to eleven cedar lane pocatello id [ZIP eight three two oh one.]",
		"it goes to four harbor road coeur d'alene i d [ZIP eight three eight one four.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkZIPFound(t, line) })
	}
	for _, text := range []string{
		"My member ID 83651 is on the card.",
		"the id is eight three two oh one",
		"Your ID, 83301, was sent by mail.",
	} {
		t.Run(text, func(t *testing.T) {
			t.Parallel()
			fs, err := redact.Find(words(text), redact.DefaultPolicy())
			require.NoError(t, err)
			for _, f := range fs {
				assert.NotEqual(t, redact.ZIP, f.Type, "an ID read as a ZIP code in %q", text)
			}
		})
	}
}

// checkZIPFound checks that each marked ZIP of line is found as a ZIP in
// all three styles; the words of the address before it are not checked.
func checkZIPFound(t *testing.T, line string) {
	t.Helper()
	for _, text := range []string{line, lowerStyle(line)} {
		text = strings.ReplaceAll(text, "[zip ", "[ZIP ")
		plain, want := marked(text)
		tr := words(plain)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, e := range want {
			ok := false
			for _, f := range fs {
				ok = ok || string(f.Type) == e.typ && f.FirstWord <= e.first && f.LastWord >= e.last
			}
			assert.True(t, ok, "%s %q not found in %q; got %s", e.typ, wordsText(tr, e.first, e.last), plain, describe(tr, fs))
		}
	}
}
