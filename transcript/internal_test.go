package transcript

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitWord(t *testing.T) {
	cases := []struct{ in, text, punct string }{
		{" Hello,", "Hello", ","},
		{"Smith.", "Smith", "."},
		{" \"Quote?\"", "Quote", "?\""},
		{"it's", "it's", ""},
		{"555-0142", "555-0142", ""},
		{"john.smith@example.com.", "john.smith@example.com", "."},
		{"[PHONE]", "[PHONE]", ""},
		{"[PHONE],", "[PHONE]", ","},
		{"(maybe)", "maybe", ")"},
		{"50%", "50%", ""},
		{"¿Qué?", "Qué", "?"},
		{" ...", "", "..."},
		{"", "", ""},
	}
	for _, c := range cases {
		text, punct := splitWord(c.in)
		assert.Equal(t, c.text, text, "%q", c.in)
		assert.Equal(t, c.punct, punct, "%q", c.in)
	}
}

func TestScrubText(t *testing.T) {
	tokens := map[string]string{"john": "[NAME]", "smith": "[NAME]", "o'brien": "[NAME]", "555": "[PHONE]", "0142": "[PHONE]", "john.smith@example.com": "[EMAIL]"}
	cases := []struct{ in, want string }{
		{"Call John Smith at 555 0142.", "Call [NAME] [NAME] at [PHONE] [PHONE]."},
		{"JOHN's number: 555-0142!", "[NAME]'s number: [PHONE]-[PHONE]!"},
		{"mail john.smith@example.com, thanks", "mail [EMAIL], thanks"},
		{"times 1.555 and 0.0142 stay", "times 1.555 and 0.0142 stay"},
		{"Johnson is someone else", "Johnson is someone else"},
		{"  spaced\tout\n", "  spaced\tout\n"},
		{"(john)", "([NAME])"},
		{"O'Brien's file", "[NAME]'s file"},
		{"'Smith'", "'[NAME]'"},
	}
	for _, c := range cases {
		got, changed := scrubText(c.in, tokens)
		assert.Equal(t, c.want, got, "%q", c.in)
		assert.Equal(t, c.in != c.want, changed, "%q", c.in)
	}
	got, _ := scrubText("call john now", map[string]string{"john": ""})
	assert.Equal(t, "call  now", got, "an empty replacement removes the token")
}

func TestParseJSON_AgreesWithEncodingJSON(t *testing.T) {
	docs := []string{
		`{"a": [1, -2.5e-3, 0, true, false, null], "b": {"c": "x\"y\\z\/\b\f\n\r\t\u00e9\ud83d\ude00"}, "": []}`,
		`[{"k": "\u0000 control"}, {}, [], [[]], "bad \ud800 surrogate", "tab\there"]`,
		`"just a string"`,
		` 12345678901234567890 `,
	}
	for _, d := range docs {
		v, err := parseJSON([]byte(d))
		require.NoError(t, err, d)
		out := appendValue(nil, &v)
		var want, got any
		require.NoError(t, json.Unmarshal([]byte(d), &want))
		require.NoError(t, json.Unmarshal(out, &got), "%s", out)
		assert.Equal(t, want, got, d)
		w := spliceWriter{src: []byte(d), edits: edits{}}
		w.value(&v)
		assert.Equal(t, strings.TrimSpace(d), string(w.buf), "with no edits the splice writer copies the value's bytes")
	}
}

func TestParseJSON_RejectsWhatEncodingJSONRejects(t *testing.T) {
	bad := []string{`{`, `{"a"}`, `{"a":}`, `[1,]`, `{"a":1,}`, `01`, `1.`, `1e`, `-`, `"\x"`, "\"a\nb\"", `tru`, `nul`, `[1 2]`, `{"a" 1}`, `NaN`, `Infinity`, `"\u12"`, `{} {}`, ``}
	for _, d := range bad {
		_, err := parseJSON([]byte(d))
		assert.ErrorIs(t, err, ErrInvalid, "%q", d)
		assert.Error(t, json.Unmarshal([]byte(d), new(any)), "encoding/json should reject %q too", d)
	}
}

func TestAppendSeconds_IsExactToTheNanosecond(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 10000 {
		d := time.Duration(rng.Int64N(int64(24 * time.Hour)))
		s := string(appendSeconds(nil, d))
		b := &builder{opts: ReadOptions{}.withDefaults()}
		back, err := b.seconds(&jvalue{kind: jnumber, str: s})
		require.NoError(t, err, s)
		require.Equal(t, d, back, s)
	}
	assert.Equal(t, "1.5", string(appendSeconds(nil, 1500*time.Millisecond)))
	assert.Equal(t, "0", string(appendSeconds(nil, 0)))
	assert.Equal(t, "0.000000001", string(appendSeconds(nil, 1)))
}

func TestSpread_SharesTheSpanByCharacters(t *testing.T) {
	words := []Word{{Text: "a"}, {Text: "bbb"}}
	spread(words, time.Second, 2*time.Second)
	// 2 + 4 characters (one gap each): "a" gets [0, 1/6), "bbb" [2/6, 1]
	assert.Equal(t, time.Second, words[0].Start)
	assert.Equal(t, time.Second+time.Second/6, words[0].End)
	assert.Equal(t, time.Second+time.Second/3, words[1].Start)
	assert.Equal(t, 2*time.Second, words[1].End)
	assert.True(t, words[0].Approximate && words[1].Approximate)
}
