package names

import (
	_ "embed"
	"hash/maphash"
	"sync"
)

// englishWordsText is a general English word list (about 49,600 words):
// SCOWL's english-words and american-words lists of sizes 10, 20 and 35
// (the common and everyday words, with their inflections: "deliveries",
// "appears", "invalid"), lowercase words only. It was made from Debian's
// scowl 2020.12.07-2 with
//
//	cd /usr/share/dict/scowl && cat english-words.{10,20,35} american-words.{10,20,35} |
//	  iconv -f latin1 -t utf-8 | grep -E "^[a-z][a-z']*$" | LC_ALL=C sort -u
//
// below the five comment lines of its header. SCOWL's copyright notice,
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

// notNamesText is gen/notnames.txt: places, nationalities, languages,
// religions and brands that callers name, written by hand for callveil
// (gen leaves them out of the name lists).
//
//go:embed gen/notnames.txt
var notNamesText string

var loadNotNames = sync.OnceValue(func() *index {
	ix := newIndex(maphash.MakeSeed(), notNamesText, true)
	return &ix
})

// IsPlaceOrBrand reports whether lower (a lowercase word) is one of the
// hand-listed places, nationalities, languages, religions or brands
// (gen/notnames.txt: "brooklyn", "venmo", "amazon"). Some are also first
// names of the 1990 lists ("austin", "ana"): check IsFirstName first
// where a name is likely.
func IsPlaceOrBrand(lower string) bool { return loadNotNames().has(lower) }
