package redact_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/internal/racedetect"
	"github.com/callveil/callveil/internal/testtools"
	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// redactedText returns the words of tr with each finding's words replaced
// by its tag, as the Tag operator writes a transcript.
func redactedText(tr *transcript.Transcript, fs []redact.Finding) string {
	rs := redact.Redactions(tr, fs, redact.DefaultPolicy())
	var out []string
	for w := 0; w < len(tr.Words); w++ {
		replaced := false
		for _, r := range rs {
			if r.First == w {
				if r.Text != "" {
					out = append(out, r.Text)
				}
				w, replaced = r.Last, true
				break
			}
		}
		if !replaced {
			out = append(out, tr.Words[w].Text)
		}
	}
	return strings.Join(out, " ")
}

// findWith runs Find with the default policy and extra recognizers, and
// checks the order contract: sorted by first word, no two findings of a
// channel sharing a word.
func findWith(t *testing.T, tr *transcript.Transcript, extra ...redact.Recognizer) []redact.Finding {
	t.Helper()
	p := redact.DefaultPolicy()
	p.Recognizers = extra
	fs, err := redact.Find(tr, p)
	require.NoError(t, err)
	held := map[[2]int]bool{}
	for k, f := range fs {
		if k > 0 {
			require.LessOrEqual(t, fs[k-1].FirstWord, f.FirstWord, "findings out of order")
		}
		for w := f.FirstWord; w <= f.LastWord; w++ {
			if tr.Words[w].Channel == f.Channel {
				require.False(t, held[[2]int{f.Channel, w}], "word %d held twice", w)
				held[[2]int{f.Channel, w}] = true
			}
		}
	}
	return fs
}

// A finding that loses some of its words to a better finding of another
// type keeps the rest: the surname of a name whose first name another
// recognizer claims, the street of an address whose unit it claims.
func TestFind_LoserKeepsTheWordsNoWinnerHolds(t *testing.T) {
	for _, tc := range []struct {
		text  string
		extra redact.Recognizer
		want  string
	}{
		{"hi, my name is Maria Delgado and I need help.",
			redact.NewWordListRecognizer("staff", "STAFF", []string{"maria"}, 0.95),
			"hi my name is [STAFF] [PERSON] and I need help"},
		{"I live at 12 Juniper Court apartment 4 in Springfield.",
			redact.NewWordListRecognizer("unit", "UNIT", []string{"apartment 4"}, 0.95),
			"I live at [ADDRESS] [UNIT] in Springfield"},
		// (A winner inside the loser leaves it a run on either side.)
		{"I live at 12 Juniper Court apartment 4 in Springfield.",
			redact.NewWordListRecognizer("street-names", "STREET", []string{"juniper"}, 0.95),
			"I live at [ADDRESS] [STREET] [ADDRESS] in Springfield"},
		// (The remainder does not end on the connector "at".)
		{"my email is sales at example dot com thanks.",
			redact.NewWordListRecognizer("domain", "DOMAIN", []string{"example dot com"}, 0.99),
			"my email is [EMAIL] at [DOMAIN] thanks"},
		{"call me at five five five two three four one two three four oh thanks.",
			redact.NewWordListRecognizer("code", "CODE", []string{"two three four one two three four"}, 0.99),
			"call me at [PHONE] [CODE] oh thanks"},
	} {
		tr := words(tc.text)
		fs := findWith(t, tr, tc.extra)
		assert.Equal(t, tc.want, redactedText(tr, fs), tc.text)
		for _, f := range fs {
			if !strings.Contains("STAFF UNIT STREET DOMAIN CODE", string(f.Type)) {
				assert.NotEmpty(t, f.Recognizer, tc.text)
				assert.NotContains(t, f.Recognizer, "+", "%s: a remainder is its recognizer's alone", tc.text)
			}
		}
	}
}

// The bleeped spans cover what the remainder holds, so the surname is not
// heard either.
func TestFind_LoserRemainderIsBleeped(t *testing.T) {
	tr := words("hi, my name is Maria Delgado and I need help.")
	p := redact.DefaultPolicy()
	fs := findWith(t, tr, redact.NewWordListRecognizer("staff", "STAFF", []string{"maria"}, 0.95))
	surname := tr.Words[5]
	covered := false
	for _, s := range redact.Spans(tr, fs, p) {
		covered = covered || s.Start <= surname.Start && s.End >= surname.End
	}
	assert.True(t, covered, "the surname's time is in no span")
}

// Where the better finding is of the loser's type, the two saw one entity
// with different ends: the winner grows over the loser's other words and
// names both recognizers, in word order.
func TestFind_SameTypeLoserGrowsTheWinner(t *testing.T) {
	tr := words("hi, my name is Maria Delgado and I need help.")
	fs := findWith(t, tr, redact.NewWordListRecognizer("staff-names", redact.Person, []string{"maria"}, 0.95))
	require.Len(t, fs, 1)
	assert.Equal(t, redact.Person, fs[0].Type)
	assert.Equal(t, [2]int{4, 5}, [2]int{fs[0].FirstWord, fs[0].LastWord})
	assert.Equal(t, tr.Words[4].Start, fs[0].Start)
	assert.Equal(t, tr.Words[5].End, fs[0].End)
	assert.Equal(t, "staff-names+person", fs[0].Recognizer)
	assert.Equal(t, "hi my name is [PERSON] and I need help", redactedText(tr, fs))
}

// The winner grows to the left as well, and names the loser's recognizer
// first, as its words come first.
func TestFind_SameTypeLoserGrowsTheWinnerLeftward(t *testing.T) {
	tr := words("hi, my name is Maria Delgado and I need help.")
	fs := findWith(t, tr, redact.NewWordListRecognizer("surnames", redact.Person, []string{"delgado"}, 0.95))
	require.Len(t, fs, 1)
	assert.Equal(t, [2]int{4, 5}, [2]int{fs[0].FirstWord, fs[0].LastWord})
	assert.Equal(t, tr.Words[4].Start, fs[0].Start)
	assert.Equal(t, "person+surnames", fs[0].Recognizer)
}

// What is left of a loser is dropped when it says nothing of its type: a
// lone digit of a number (as often "one" the pronoun or "oh" the
// interjection), connecting words, a place where a name was.
func TestFind_LoserRemainderWithNothingOfItsTypeIsDropped(t *testing.T) {
	for _, tc := range []struct {
		text  string
		extra []redact.Recognizer
		want  string
	}{
		{"call me at five five five two three four one two three four oh thanks.",
			[]redact.Recognizer{redact.NewWordListRecognizer("code", "CODE", []string{"five five two three four one two three four"}, 0.99)},
			"call me at five [CODE] oh thanks"},
		{"we moved here from Florida Maria said.",
			[]redact.Recognizer{redact.NewWordListRecognizer("weak-names", redact.Person, []string{"florida maria"}, 0.5),
				redact.NewWordListRecognizer("staff", "STAFF", []string{"maria"}, 0.95)},
			"we moved here from Florida [STAFF] said"},
		{"we spoke and — uh Maria said.",
			[]redact.Recognizer{redact.NewWordListRecognizer("notes", "NOTE", []string{"and — uh maria"}, 0.5),
				redact.NewWordListRecognizer("staff", "STAFF", []string{"maria"}, 0.95)},
			"we spoke and — uh [STAFF] said"},
	} {
		tr := words(tc.text)
		assert.Equal(t, tc.want, redactedText(tr, findWith(t, tr, tc.extra...)), tc.text)
	}
}

// Keeping what losers have left reads each finding's own words once: a
// call of repeated overlaps, and one finding over the whole call that
// loses a word in every unit, stay linear in the call's length.
func TestFind_ResolveStaysLinearWithManyLosers(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	unit := "my name is Maria Delgado and I live at 12 Juniper Court apartment 4 call me at five five five two three four one two three four"
	extra := []redact.Recognizer{
		redact.NewWordListRecognizer("staff", "STAFF", []string{"maria"}, 0.95),
		redact.NewWordListRecognizer("unit", "UNIT", []string{"apartment 4"}, 0.95),
		redact.NewWordListRecognizer("code", "CODE", []string{"five two three four"}, 0.99),
		redact.NewRegexpRecognizer("everything", "CALL", regexp.MustCompile(`.+`), 0.01),
	}
	n := 160000
	if racedetect.Enabled {
		// Ten times slower under the race detector (160,000 words took
		// 6.2 s there, 0.8 s at 20,000: linear); a fifth of the words
		// still shows a quadratic scan.
		n /= 5
	}
	// As checkStaysLinear: past linearBudget, fail only when a quarter of
	// the words took less than a linearGrowth-th of the time (a quadratic
	// scan takes 16 times), or past linearCeiling. (It was a bound of 4 s
	// at each of 20,000, 80,000 and 160,000 words, which a loaded CI
	// machine can exceed while the scan is linear: 1.0 s of CPU here.)
	var full time.Duration
	msg := superlinear(n, func(n int) time.Duration {
		tr := words(strings.Repeat(unit+" ", n/len(strings.Fields(unit))))
		start, cpu := time.Now(), testtools.CPUTime()
		fs := findWith(t, tr, extra...)
		el := elapsedCPU(start, cpu)
		assert.NotEmpty(t, fs)
		full = max(full, el)
		return el
	})
	if msg != "" {
		t.Error(msg)
	}
	t.Logf("%d words: %v", n, full)
}

// What a loser keeps never takes words from a finding that wins whole, so
// keeping it can only add to what is redacted: here the rest of the
// first loser ("two three") must not take "three" from the weaker number
// on "three four", whose own rest ("four", a lone digit) would then be
// dropped and heard.
func TestFind_LoserRemainderTakesNothingFromAWholeFinding(t *testing.T) {
	tr := words("the code seven one two three four five done")
	fs := findWith(t, tr,
		redact.NewWordListRecognizer("win", "WIN", []string{"seven one"}, 0.99),
		redact.NewWordListRecognizer("alpha", "ALPHA", []string{"seven one two three"}, 0.9),
		redact.NewWordListRecognizer("nums", redact.Number, []string{"three four"}, 0.5))
	assert.Equal(t, "the code [WIN] [ALPHA] [NUMBER] five done", redactedText(tr, fs))
}
