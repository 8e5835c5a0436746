package names

import (
	_ "embed"
	"hash/maphash"
	"sync"
)

// englishWordsText is a general English word list (about 80,700 words):
// SCOWL's english-words and american-words lists of sizes 10 to 50 (the
// common and everyday words and less common ones, with their inflections:
// "deliveries", "appears", "invalid", "legit"), lowercase words only,
// names that are also words included. gen/words.sh makes it from Debian's
// scowl 2020.12.07-2 (gen/SOURCES.md section 7). SCOWL's copyright notice,
// which allows copying and changing the lists, is in SCOWL-COPYRIGHT.
//
//go:embed englishwords.txt
var englishWordsText string

// loadEnglish indexes the English list on first use, apart from the name
// tables, so that a caller that needs only names does not pay for it.
var loadEnglish = sync.OnceValue(func() *index {
	ix := newIndex(maphash.MakeSeed(), englishWordsText, false)
	return &ix
})

// IsEnglishWord reports whether lower (a lowercase word) is in the general
// English word list. Unlike IsCommonWord it holds tens of thousands of
// words, among them many that are also names ("grace", "crystal", "bill"):
// a word in it that is in no name list is an ordinary word ("deliveries",
// "appears"), one in neither list is unknown (a name, a brand, a typo).
func IsEnglishWord(lower string) bool { return loadEnglish().has(lower) }

// EnglishWords returns the number of words in the English list.
func EnglishWords() int { return loadEnglish().n }
