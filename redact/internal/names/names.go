// Package names holds the name gazetteer and common-word list that
// package redact uses to recognise people's names in transcripts.
//
// The first-name and surname lists are built from the US Census Bureau's
// 1990 name frequency files (public domain) by gen/main.go, which applies
// the frequency cut-offs explained there; the common-word list is written
// by hand (commonwords.txt). All three are embedded with go:embed and
// indexed once, on first use, into maps: a lookup is a map access and
// allocates nothing. Lookups take lowercase input and do not fold case
// themselves, so callers lower each word once.
package names

//go:generate go run ./gen -src ../../../../shared/data/census1990-names -out .

import (
	_ "embed"
	"strings"
	"sync"
)

var (
	//go:embed firstnames.txt
	firstNamesText string
	//go:embed surnames.txt
	surnamesText string
	//go:embed commonwords.txt
	commonWordsText string
)

// tables are the indexed lists, built by load on first use.
type tables struct {
	first  map[string]int32 // name -> rank (1 = most frequent)
	last   map[string]int32
	common map[string]struct{}
}

// load returns the tables, building them on first use.
var load = sync.OnceValue(build)

// build indexes the embedded lists.
func build() *tables {
	t := &tables{
		first:  ranked(firstNamesText),
		last:   ranked(surnamesText),
		common: make(map[string]struct{}, 4096),
	}
	for line := range strings.Lines(commonWordsText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			t.common[w] = struct{}{}
		}
	}
	return t
}

// ranked indexes a generated list: one name per line, most frequent first,
// after '#' comment lines.
func ranked(text string) map[string]int32 {
	m := make(map[string]int32, strings.Count(text, "\n"))
	var rank int32
	for line := range strings.Lines(text) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		name := strings.TrimSpace(line)
		if name == "" {
			continue
		}
		rank++
		m[name] = rank
	}
	return m
}

// IsFirstName reports whether lower (a lowercase word) is a first name in
// the gazetteer. Many first names are also ordinary words; check
// IsCommonWord before trusting a match without a cue.
func IsFirstName(lower string) bool {
	_, ok := load().first[lower]
	return ok
}

// IsSurname reports whether lower (a lowercase word) is one of the most
// frequent US surnames in the gazetteer.
func IsSurname(lower string) bool {
	_, ok := load().last[lower]
	return ok
}

// IsCommonWord reports whether lower (a lowercase word) is a very common
// English word, including words that are also names ("will", "mark",
// "rose", "long", "white", "price"). Such a word should count as a name
// only with a cue or capitalisation.
func IsCommonWord(lower string) bool {
	_, ok := load().common[lower]
	return ok
}

// FirstNameRank returns the frequency rank of the first name lower (1 is
// the most frequent, "james"), or 0 if lower is not in the gazetteer.
func FirstNameRank(lower string) int {
	return int(load().first[lower])
}

// SurnameRank returns the frequency rank of the surname lower (1 is the
// most frequent, "smith"), or 0 if lower is not in the gazetteer.
func SurnameRank(lower string) int {
	return int(load().last[lower])
}

// Counts returns the number of first names, surnames and common words in
// the embedded lists.
func Counts() (firstNames, surnames, commonWords int) {
	t := load()
	return len(t.first), len(t.last), len(t.common)
}
