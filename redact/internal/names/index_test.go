package names

import (
	"hash/maphash"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIndex_Lists(t *testing.T) {
	text := "# header\n# more\nalpha\nbeta \r\n\ngamma\n# a comment between names\nalpha\ndelta\nepsilon"
	ix := newIndex(maphash.MakeSeed(), text, false)
	assert.Equal(t, 5, ix.n, "alpha is listed twice")
	for w, rank := range map[string]int{"alpha": 1, "beta": 2, "gamma": 3, "delta": 5, "epsilon": 6} {
		assert.Equal(t, rank, ix.rank(w), w)
		assert.True(t, ix.has(w), w)
	}
	// The duplicate "alpha" holds rank 4: the ranks after it count lines.
	for _, w := range []string{"", "alph", "alphab", "# header", "header", "beta ", "epsilo", "a", "#"} {
		assert.False(t, ix.has(w), "%q", w)
		assert.Zero(t, ix.rank(w), "%q", w)
	}
}

func TestIndex_ManyRanks(t *testing.T) {
	// Ranks past several marks.
	var b []byte
	words := make([]string, 1000)
	for i := range words {
		words[i] = string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
		b = append(b, words[i]...)
		b = append(b, '\n')
	}
	ix := newIndex(maphash.MakeSeed(), "# h\n"+string(b), false)
	for i, w := range words {
		if !assert.Equal(t, i+1, ix.rank(w), w) {
			break
		}
	}
}

func TestIndex_Fields(t *testing.T) {
	ix := newIndex(maphash.MakeSeed(), "# words\none two  three\n\tfour\n# five\nsix one", true)
	assert.Equal(t, 5, ix.n)
	for _, w := range []string{"one", "two", "three", "four", "six"} {
		assert.True(t, ix.has(w), w)
	}
	for _, w := range []string{"five", "on", "twothree", "# words", ""} {
		assert.False(t, ix.has(w), "%q", w)
	}
}
