package redact_test

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

func TestRedactions_Operators(t *testing.T) {
	t.Parallel()
	tr := words("my name is John Smith ok")
	f := finding(tr, redact.Person, 3, 4)
	tests := []struct {
		op   redact.Operator
		want string
	}{
		{redact.Tag, "[PERSON]"},
		{"", "[PERSON]"},
		{redact.Mask, "##########"},
		{redact.Remove, ""},
	}
	for _, tc := range tests {
		p := redact.DefaultPolicy()
		p.Operator = tc.op
		got := redact.Redactions(tr, []redact.Finding{f}, p)
		require.Len(t, got, 1)
		assert.Equal(t, transcript.Redaction{First: 3, Last: 4, Text: tc.want}, got[0], tc.op)
	}
}

func TestRedactions_PseudonymIsStablePerKey(t *testing.T) {
	t.Parallel()
	tr := words("John Smith called and then john smith, called again")
	a, b := finding(tr, redact.Person, 0, 1), finding(tr, redact.Person, 5, 6)
	p := redact.DefaultPolicy()
	p.Operator = redact.Pseudonym
	p.Key = []byte("key one")
	got := redact.Redactions(tr, []redact.Finding{a, b}, p)
	require.Len(t, got, 2)
	assert.Regexp(t, regexp.MustCompile(`^PERSON_[0-9a-f]{8}$`), got[0].Text)
	assert.Equal(t, got[0].Text, got[1].Text, "same text, same key: same token")
	assert.Equal(t, got[0].Text, redact.Redactions(tr, []redact.Finding{a}, p)[0].Text, "stable across calls")

	p.Key = []byte("key two")
	other := redact.Redactions(tr, []redact.Finding{a}, p)
	assert.NotEqual(t, got[0].Text, other[0].Text, "another key gives another token")

	c := finding(tr, redact.Person, 2, 2) // "called"
	p.Key = []byte("key one")
	assert.NotEqual(t, got[0].Text, redact.Redactions(tr, []redact.Finding{c}, p)[0].Text, "other text, other token")
	assert.Equal(t, redact.PseudonymToken([]byte("key one"), redact.Person, "john smith"), got[0].Text)
}

func TestRedactions_PseudonymFollowsTheNumberNotItsSpelling(t *testing.T) {
	t.Parallel()
	tr := words("call 555-123-4567 or five five five, uh, one two three four five six seven")
	p := redact.DefaultPolicy()
	p.Operator = redact.Pseudonym
	p.Key = []byte("k")
	got := redact.Redactions(tr, []redact.Finding{finding(tr, redact.Phone, 1, 1), finding(tr, redact.Phone, 3, 13)}, p)
	require.Len(t, got, 2)
	assert.Equal(t, got[0].Text, got[1].Text)
}

func TestRedactions_InterleavedChannels(t *testing.T) {
	t.Parallel()
	// Channel 0 words 0, 2, 4; channel 1 words 1, 3 interleaved.
	tr := timed(5, 0, 1)
	f := finding(tr, redact.Phone, 0, 4)
	got := redact.Redactions(tr, []redact.Finding{f}, redact.DefaultPolicy())
	assert.Equal(t, []transcript.Redaction{
		{First: 0, Last: 0, Text: "[PHONE]"},
		{First: 2, Last: 2, Text: ""},
		{First: 4, Last: 4, Text: ""},
	}, got, "the other channel's words 1 and 3 stay")
}

func TestMatchedText(t *testing.T) {
	t.Parallel()
	tr := words("call me at 555, 1212 please")
	assert.Equal(t, "555, 1212", redact.MatchedText(tr, finding(tr, redact.Phone, 3, 4)))
	assert.Equal(t, "", redact.MatchedText(tr, redact.Finding{FirstWord: 9, LastWord: 10}))
	assert.Equal(t, "", redact.MatchedText(nil, redact.Finding{}))
}

func TestExtraRecognizers(t *testing.T) {
	t.Parallel()
	tr := words("my employee id is E 1 2 3 4 and I work at Acme Rockets")
	p := redact.DefaultPolicy()
	p.Recognizers = []redact.Recognizer{
		redact.NewRegexpRecognizer("employee-id", "EMPLOYEE", regexp.MustCompile(`\be \d{4}\b`), 0.99),
		redact.NewWordListRecognizer("employer", "EMPLOYER", []string{"Acme Rockets", "Initech"}, 0.8),
	}
	fs, err := redact.Find(tr, p)
	require.NoError(t, err)
	var got []string
	for _, f := range fs {
		got = append(got, string(f.Type)+":"+redact.MatchedText(tr, f))
	}
	assert.Contains(t, got, "EMPLOYEE:E 1 2 3 4")
	assert.Contains(t, got, "EMPLOYER:Acme Rockets")

	// Types off in the policy are dropped for extra recognizers too.
	p.Types = map[redact.Type]bool{"EMPLOYER": true}
	fs, err = redact.Find(tr, p)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, redact.Type("EMPLOYER"), fs[0].Type)
}

type badRecognizer struct{ f redact.Finding }

func (badRecognizer) Name() string                                { return "bad" }
func (b badRecognizer) Recognize(*redact.Tokens) []redact.Finding { return []redact.Finding{b.f} }

func TestFind_RejectsBadFindings(t *testing.T) {
	t.Parallel()
	tr := words("one two three")
	for _, f := range []redact.Finding{
		{Type: "X", FirstWord: 0, LastWord: 5, Score: 1},
		{Type: "X", FirstWord: 2, LastWord: 1, Score: 1},
		{Type: "", FirstWord: 0, LastWord: 0, Score: 1},
		{Type: "X", FirstWord: 0, LastWord: 0, Score: 2},
		{Type: "X", FirstWord: 0, LastWord: 0, Score: 1, Channel: 3},
	} {
		p := redact.DefaultPolicy()
		p.Recognizers = []redact.Recognizer{badRecognizer{f}}
		_, err := redact.Find(tr, p)
		assert.ErrorIs(t, err, redact.ErrRecognizer, "%+v", f)
	}
}

type badgeRecognizer struct{}

func (badgeRecognizer) Name() string { return "badge" }

func (badgeRecognizer) Recognize(ts *redact.Tokens) []redact.Finding {
	var out []redact.Finding
	for i, tk := range ts.Toks {
		if tk.Kind == redact.KindNumber && ts.HasCueBefore(i, 3, "badge number", "badge") {
			out = append(out, ts.TokenFinding("BADGE", i, i, 0.99, "badge"))
		}
	}
	return out
}

func TestTokens_HasCueBefore(t *testing.T) {
	t.Parallel()
	tr := words("my badge number is uh four four one and I have 2 kids")
	p := redact.DefaultPolicy()
	p.Recognizers = []redact.Recognizer{badgeRecognizer{}}
	fs, err := redact.Find(tr, p)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, "four four one", redact.MatchedText(tr, fs[0]))
}
