package names

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// intlNames returns the names of one of the intl lists.
func intlNames(text string) []string {
	var list []string
	for line := range strings.Lines(text) {
		if w := strings.TrimSpace(line); w != "" && w[0] != '#' {
			list = append(list, w)
		}
	}
	return list
}

func TestIntlLists_HoldOnlyNewNamesThatAreNoWords(t *testing.T) {
	t.Parallel()
	first, last := intlNames(intlFirstText), intlNames(intlSurnamesText)
	require.Greater(t, len(first), 250, "given names")
	require.Greater(t, len(last), 150, "surnames")
	tl := load()
	assertNewNamesThatAreNoWords(t, first, &tl.first)
	assertNewNamesThatAreNoWords(t, last, &tl.last)
}

// assertNewNamesThatAreNoWords checks an added name list: each name once,
// of at least 4 letters a-z, on none of the lists in others, and no
// common or English word, place or brand.
func assertNewNamesThatAreNoWords(t *testing.T, names []string, others ...*index) {
	t.Helper()
	seen := map[string]bool{}
	for _, w := range names {
		assert.False(t, seen[w], "%q twice", w)
		seen[w] = true
		assert.GreaterOrEqual(t, len(w), 4, w)
		assert.Equal(t, strings.Trim(w, "abcdefghijklmnopqrstuvwxyz"), "", "%q: letters a-z only", w)
		for _, o := range others {
			assert.False(t, o.has(w), "%q: already on another list", w)
		}
		assert.False(t, IsCommonWord(w) || IsEnglishWord(w), "%q: a word", w)
		assert.False(t, IsPlaceOrBrand(w), "%q: a place or brand", w)
	}
}

func TestIntlLists_AddNamesOfManyOrigins(t *testing.T) {
	t.Parallel()
	// Given names only this list has: Thai, Mongolian, Ukrainian,
	// Azerbaijani, Georgian, South African, Greenlandic.
	for _, w := range []string{"somchai", "naranbaatar", "oleksandr", "vugar", "nikoloz", "lethabo", "pipaluk"} {
		assert.True(t, IsFirstName(w), w)
		assert.False(t, IsSurname(w), w)
		assert.Greater(t, FirstNameRank(w), load().first.n, "%s: ranked after the US names", w)
	}
	// Surnames: Georgian, Sri Lankan, Lithuanian, Finnish, Kazakh, Czech.
	for _, w := range []string{"kapanadze", "jayawardana", "kazlauskiene", "virtanen", "suleimenov", "novakova"} {
		assert.True(t, IsSurname(w), w)
		assert.Greater(t, SurnameRank(w), load().last.n, "%s: ranked after the US names", w)
	}
	// Accents fold for given names ("Dmytró" is not a spelling, but a
	// transcript that keeps one reaches the folded form).
	assert.True(t, IsFirstName("vojtěch"))
	// The hard negatives keep their status: still names, still words.
	for _, w := range []string{"bill", "will", "mark", "rose", "hope", "summer", "faith"} {
		assert.True(t, IsCommonWord(w), w)
		assert.Less(t, FirstNameRank(w), load().first.n, "%s: a US name, not an added one", w)
	}
}

func TestINSEEAndONSLists_HoldOnlyNamesNoOtherListHasThatAreNoWords(t *testing.T) {
	t.Parallel()
	first, last := intlNames(inseeFirstText), intlNames(inseeSurnamesText)
	require.Greater(t, len(first), 5000, "given names")
	require.Greater(t, len(last), 12000, "surnames")
	tl := load()
	assertNewNamesThatAreNoWords(t, first, &tl.first, &tl.intlFirst)
	assertNewNamesThatAreNoWords(t, last, &tl.last, &tl.intlLast)
	assertNewNamesThatAreNoWords(t, intlNames(onsFirstText), &tl.first, &tl.inseeFirst)
}

func TestINSEEAndONSLists_AddNamesOfPeopleBornInFranceAndBritain(t *testing.T) {
	t.Parallel()
	tl := load()
	// Given names of Maghrebi, West African and French origin.
	for _, w := range []string{"ilyes", "soufiane", "hamidou", "louane"} {
		assert.True(t, IsFirstName(w), w)
		assert.Greater(t, FirstNameRank(w), tl.first.n+tl.intlFirst.n, "%s: ranked after the US and intl names", w)
	}
	// Surnames of Algerian and Réunionese (French) origin.
	for _, w := range []string{"hadjadj", "mebarki", "boukhari", "belkacem", "techer", "payet"} {
		assert.True(t, IsSurname(w), w)
		assert.Greater(t, SurnameRank(w), tl.last.n+tl.intlLast.n, "%s: ranked after the US and intl names", w)
	}
	// Given names of babies born in England and Wales: Welsh, Punjabi,
	// Arabic, Igbo, Polish.
	for _, w := range []string{"osian", "gurnawab", "huzaifah", "ifechukwu", "tymoteusz"} {
		assert.True(t, IsFirstName(w), w)
		assert.Greater(t, FirstNameRank(w), tl.first.n+tl.intlFirst.n+tl.inseeFirst.n, "%s: ranked after the other lists", w)
	}
	// INSEE's fifth surname is on the US list already, so not on this one.
	assert.True(t, tl.last.has("petit"))
	assert.False(t, tl.inseeLast.has("petit"))
}
