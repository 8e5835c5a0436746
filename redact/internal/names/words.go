package names

import (
	_ "embed"
	"hash/maphash"
	"sync"
)

//go:embed words.txt
var wordsText string

// words indexes words.txt, built on first use.
var words = sync.OnceValue(func() *index {
	ix := newIndex(maphash.MakeSeed(), wordsText, false)
	return &ix
})

// IsEnglishWord reports whether lower (a lowercase word) is an English word
// of the SCOWL lists up to size 50 or a common word: "invalid", "frozen",
// "pretending" as well as "will" and "grace". Listed names that are words
// are here only as common words ("will", "grace"); the rarer words that
// are in no name list ("legit", "invitation") are in words.txt
// (gen/words.sh). Without capitals and without a naming cue, such a word
// is seldom a name.
func IsEnglishWord(lower string) bool {
	return IsCommonWord(lower) || words().has(lower)
}
