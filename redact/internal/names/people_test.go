package names_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact/internal/names"
)

// The peoples' section of gen/notnames.txt: peoples, faiths, parties and
// factions are places to every reader (IsPlace), told apart by IsPeople;
// a faction of two words is a pair; a word that is a first name or a
// common surname is left out.
func TestIsPeople_ReadsThePeoplesSection(t *testing.T) {
	for _, w := range []string{"kurds", "frenchman", "germans", "mennonites", "tories", "sandinistas", "hezbollah"} {
		assert.True(t, names.IsPeople(w), w)
		assert.True(t, names.IsPlace(w), w)
		assert.False(t, names.IsMostlyPlace(w), w)
	}
	for _, w := range []string{"canada", "german", "apple", "tory", "scot", "turk", "amish", "viet"} {
		assert.False(t, names.IsPeople(w), w)
	}
	assert.True(t, names.IsTwoWordPlace("khmer", "rouge"))
	assert.True(t, names.IsTwoWordPlace("viet", "cong"))
	assert.False(t, names.IsPlace("viet"), "a word of a pair alone is no place")
}
