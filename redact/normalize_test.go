package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// toks renders the non-filler tokens of a one-channel line as
// "kind:norm" strings.
func toks(t *testing.T, line string) []string {
	t.Helper()
	chans := redact.Normalize(words(line))
	require.Len(t, chans, 1)
	var out []string
	for _, tk := range chans[0].Toks {
		if tk.Kind == redact.KindFiller || tk.Kind == redact.KindPunct {
			continue
		}
		out = append(out, tk.Kind.String()+":"+tk.Norm)
	}
	return out
}

func TestNormalize_SpokenNumbers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want string
	}{
		{"five five five one two three four", "number:5551234"},
		{"oh zero one", "number:001"},
		{"double five triple seven", "number:55777"},
		{"double oh seven", "number:007"},
		{"five fifty five", "number:555"},
		{"five 5 5", "number:555"},
		{"twenty one", "number:21"},
		{"twenty, one", "number:201"},
		{"nineteen eighty five", "number:1985"},
		{"one hundred", "number:100"},
		{"three hundred and five", "number:305"},
		{"one hundred twenty three", "number:123"},
		{"eight hundred five five five", "number:800555"},
		{"two thousand nineteen", "number:2019"},
		{"two thousand and five", "number:2005"},
		{"twenty twenty five", "number:2025"},
		{"forty nine ninety nine", "number:4999"},
		{"five five five uh one two um three like four", "number:5551234"},
		{"555-123-4567", "number:5551234567"},
		{"+1-555-123-4567", "number:15551234567"},
		{"(555) 123-4567", "number:5551234567"},
		{"555.123.4567", "number:5551234567"},
		{"1,000", "number:1000"},
		{"twenty-one", "number:21"},
		{"five-five-five", "number:555"},
		{"five five five dash one two one two", "number:5551212"},
		{"twelve slash twenty five", "number:1225"},
		{"nine hundred twenty four oh six", "number:9002406"},
		{"nineteen hundred eighty five", "number:1985"},
	}
	for _, tc := range tests {
		assert.Equal(t, []string{tc.want}, toks(t, tc.in), tc.in)
	}
}

func TestNormalize_OtherTokenKinds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want string
	}{
		{"third", "ordinal:3"},
		{"twenty first", "ordinal:21"},
		{"21st", "ordinal:21"},
		{"3rd", "ordinal:3"},
		{"j o h n", "letters:john"},
		{"J. O. H. N.", "letters:john"},
		{"J-O-H-N", "letters:john"},
		{"4B", "alnum:4b"},
		{"AB123456", "alnum:ab123456"},
		{"3/3/85", "date:3/3/85"},
		{"1985-03-03", "date:1985-03-03"},
		{"12/25", "date:12/25"},
		{"$12.50", "measure:$12.50"},
		{"50%", "measure:50%"},
		{"10:30", "measure:10:30"},
		{"10am", "measure:10am"},
		{"2.3.1", "measure:2.3.1"},
		{"john.smith@gmail.com", "email:john.smith@gmail.com"},
		{"Smith", "word:smith"},
	}
	for _, tc := range tests {
		assert.Equal(t, []string{tc.want}, toks(t, tc.in), tc.in)
	}
}

func TestNormalize_OhIsZeroOnlyInNumbers(t *testing.T) {
	t.Parallel()
	assert.Equal(t, []string{"word:oh", "word:i", "word:see"}, toks(t, "oh I see"))
	assert.Equal(t, []string{"number:5550"}, toks(t, "five five five oh"))
	assert.Equal(t, []string{"word:oh", "number:9565216250"}, toks(t, "oh 956-521-6250"))
	assert.Equal(t, []string{"number:7626511609", "word:oh", "word:the", "word:app"}, toks(t, "762 651 1609 oh the app"))
	// A sentence ended: "Oh" starts the next one.
	assert.Equal(t, []string{"number:6595550193", "word:oh", "word:it", "word:says"}, toks(t, "6595550193. Oh, it says"))
	// ... also after one digit and a period (which after one letter is an initial).
	assert.Equal(t, []string{"number:3418", "word:oh", "word:it", "word:says"}, toks(t, "3 4 1 8. Oh, it says"))
	// "one" as a pronoun, and "one sec".
	assert.Equal(t, []string{"word:the", "word:blue", "word:one", "number:5550126"}, toks(t, "the blue one five five five oh one two six"))
	assert.Equal(t, []string{"word:on", "word:the", "word:back", "number:117"}, toks(t, "on the back one one seven"))
	assert.Equal(t, []string{"word:the", "word:new", "word:one", "number:90210"}, toks(t, "the new one nine oh two one oh"))
	assert.Equal(t, []string{"word:the", "word:one", "word:in", "word:bold"}, toks(t, "the one in bold"))
	assert.Equal(t, []string{"word:sorry", "word:one", "word:sec"}, toks(t, "sorry one sec"))
	// Spelling: "o" between letters is a letter.
	assert.Equal(t, []string{"letters:john"}, toks(t, "j o h n"))
}

func TestNormalize_CountsEndNumbers(t *testing.T) {
	t.Parallel()
	assert.Equal(t, []string{"word:zip", "number:34969", "number:2", "word:weeks", "word:ago"},
		toks(t, "zip 3 4 9 six 9 two weeks ago"))
}

func TestTokens_DigitsDropsATrailingOhOnlyWhenItMustGo(t *testing.T) {
	t.Parallel()
	ts := redact.Normalize(words("zip code one three six seven oh dash oh three four two oh i want"))[0]
	var i int
	for k, tk := range ts.Toks {
		if tk.Kind == redact.KindNumber {
			i = k
		}
	}
	zip := func(d string) bool { return len(d) == 5 || len(d) == 9 }
	d, last := ts.Digits(i, zip)
	assert.Equal(t, "136700342", d)
	assert.Equal(t, 11, last, "the finding ends before the interjection")
	d, last = ts.Digits(i, func(string) bool { return true })
	assert.Equal(t, "1367003420", d, "kept when the digits fit either way")
	assert.Equal(t, 12, last)
}

func TestNormalize_LastFourIsACue(t *testing.T) {
	t.Parallel()
	assert.Equal(t, []string{"word:the", "word:last", "word:four", "word:are", "number:6789"},
		toks(t, "the last four are six seven eight nine"))
	assert.Equal(t, []string{"word:last", "word:four", "number:6789"}, toks(t, "last four six seven eight nine"))
}

func TestNormalize_GroupsFollowPauses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in     string
		groups []int
	}{
		{"123-45-6789", []int{3, 2, 4}},
		{"one two three, four five, six seven eight nine", []int{3, 2, 4}},
		{"555 123 4567", []int{3, 3, 4}},
		{"five five five one two three four", []int{7}},
		{"five five five uh one two three four", []int{3, 4}},
	}
	for _, tc := range tests {
		chans := redact.Normalize(words(tc.in))
		require.Len(t, chans, 1)
		var got []int
		for _, tk := range chans[0].Toks {
			if tk.Kind == redact.KindNumber {
				got = tk.Groups
			}
		}
		assert.Equal(t, tc.groups, got, tc.in)
	}
}

func TestNormalize_BackReferences(t *testing.T) {
	t.Parallel()
	tr := words("call uh five five five, one two one two now")
	chans := redact.Normalize(tr)
	require.Len(t, chans, 1)
	ts := chans[0]
	var num *redact.Token
	for i := range ts.Toks {
		if ts.Toks[i].Kind == redact.KindNumber {
			num = &ts.Toks[i]
		}
	}
	require.NotNil(t, num)
	assert.Equal(t, "5551212", num.Norm)
	assert.Equal(t, 2, num.First)
	assert.Equal(t, 8, num.Last)
	// Each digit maps back to its word.
	a, b := num.Words(3, 7)
	assert.Equal(t, 5, a)
	assert.Equal(t, 8, b)
	f := ts.Finding(redact.Phone, num.First, num.Last, 1, "test")
	assert.Equal(t, tr.Words[2].Start, f.Start)
	assert.Equal(t, tr.Words[8].End, f.End)
}

func TestNormalize_ChannelsAreSeparate(t *testing.T) {
	t.Parallel()
	tr := words("five five five one two one two")
	for i := range tr.Words {
		tr.Words[i].Channel = i % 2
	}
	chans := redact.Normalize(tr)
	require.Len(t, chans, 2)
	for _, ts := range chans {
		for _, w := range ts.Words {
			assert.Equal(t, ts.Channel, tr.Words[w].Channel)
		}
		for _, tk := range ts.Toks {
			assert.Less(t, len(tk.Norm), 5, "a number must not run across channels")
		}
	}
}

func TestNormalize_Cased(t *testing.T) {
	t.Parallel()
	assert.True(t, redact.Normalize(words("Hi, my name is John Smith."))[0].Cased)
	assert.False(t, redact.Normalize(words("hi my name is john smith"))[0].Cased)
	assert.False(t, redact.Normalize(words("HI MY NAME IS JOHN SMITH"))[0].Cased)
	assert.False(t, redact.Normalize(words("yes I think I'm done so I will call back"))[0].Cased, "only I capitalised")
}

func TestTokens_TextAndTokenAt(t *testing.T) {
	t.Parallel()
	ts := redact.Normalize(words("my id is uh a b c one two three"))[0]
	text := ts.Text()
	assert.Equal(t, "my id is abc 123", text)
	i := strings.Index(text, "123")
	tok, in := ts.TokenAt(i + 1)
	require.GreaterOrEqual(t, tok, 0)
	assert.Equal(t, "123", ts.Toks[tok].Norm)
	assert.Equal(t, 1, in)
	tok, _ = ts.TokenAt(2) // the space after "my"
	assert.Equal(t, -1, tok)
	tok, _ = ts.TokenAt(len(text))
	assert.Equal(t, -1, tok)
}
