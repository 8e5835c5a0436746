package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The byte tests task speed19 put before the string functions say what
// the functions say: verbContraction's apostrophe test, and dotOrColon
// before the net recognizer's trim.
func TestSpeed19Gates_SayWhatTheFunctionsSay(t *testing.T) {
	for _, w := range []string{"", "a", "'", "'d", "i'd", "we'll", "they're", "you've", "i'm", "can't", "don't", "n't",
		"its", "it's", "o'brien", "rock'n'roll", "'em", "ma'am", "y'all", "dont", "wont", "nt", "xn't", "'ll", "l'", "re'"} {
		want := false
		for _, suf := range []string{"n't", "'ll", "'re", "'ve", "'m", "'d"} {
			want = want || strings.HasSuffix(w, suf)
		}
		assert.Equal(t, want, verbContraction(w), "verbContraction(%q)", w)
	}
	for _, w := range []string{"", "word", "10.0.0.1", "a:b", "end.", "v2", "::1", "x..", "http"} {
		assert.Equal(t, strings.ContainsAny(w, ".:"), dotOrColon(w), "dotOrColon(%q)", w)
	}
}

// wcSiteWords, the class bit the address recognizer reads for siteWords,
// says what the list says of every word of the lexicon, and a token of
// each list word carries it.
func TestSpeed19Gates_SiteWordsBitIsTheList(t *testing.T) {
	for w := range lexicon() {
		assert.Equal(t, siteWords[w], classOf(w).has(wcSiteWords), "%q", w)
	}
	var ws []string
	for w := range siteWords {
		ws = append(ws, w)
	}
	ts := turnTokens(t, "we live in "+strings.Join(ws, " and "), false)
	n := 0
	for i := range ts.Toks {
		if siteWords[ts.Toks[i].Norm] {
			assert.True(t, ts.Toks[i].in(wcSiteWords), "%q", ts.Toks[i].Norm)
			n++
		}
	}
	assert.Equal(t, len(ws), n)
}
