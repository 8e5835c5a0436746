// Package names holds the name gazetteer and common-word list that
// package redact uses to recognise people's names in transcripts.
//
// Sources and cut-offs (gen/main.go explains them, gen/SOURCES.md says
// where each input comes from; all are public domain, US government works,
// unless noted):
//
//   - firstnames.txt, about 37,500 names: the US Census Bureau's 1990
//     first names of at least 0.003 % of either sex (3,175 names, in their
//     1990 rank order), then the Social Security Administration's baby
//     names given to at least 100 babies born 1930-2024, then the first
//     names of adult mortgage applicants that SSA lacks (Tzioumis 2018,
//     Harvard Dataverse, CC0).
//   - surnames.txt, about 161,000 names: the 10,000 most frequent 1990
//     census surnames, in their 1990 rank order, then every other surname
//     on the Census 2000 or 2010 list (100 or more bearers each).
//   - intlfirst.txt and intlsurnames.txt, 320 given names and 182
//     surnames of many countries that the lists above lack ("somchai",
//     "naranbaatar", "oleksandr", "kapanadze", "jayawardana"): the
//     popular names of 106 countries and common surnames of 75 from
//     sigpwned/popular-names-by-country-dataset (Wikipedia's lists of
//     July 2023, CC0), less words, places, brands and names of fewer
//     than four letters (gen/intl). IsFirstName and IsSurname read them
//     too; they rank after every name of the US lists.
//   - inseefirst.txt and inseesurnames.txt, 5,650 given names and 12,849
//     surnames of people born in France that the lists above lack
//     ("ilyes", "soufiane", "hamidou"; "hadjadj", "mebarki", "belkacem",
//     "techer"): INSEE's Fichier des prénoms (births 1900-2022, names of
//     100 births or more) and Fichier des noms de famille (births
//     1891-2000, surnames of 500 bearers or more), Licence Ouverte 2.0,
//     with the same filters (gen/intl/insee.go). They rank after the
//     lists above.
//   - onsfirst.txt, 1,385 given names of babies born in England and Wales
//     2022-2024 that every list above lacks ("osian", "gurnawab",
//     "huzaifah", "ifechukwu", "tymoteusz"): the Office for National
//     Statistics' baby-name tables (names of 10 babies or more over the
//     three years), Open Government Licence v3.0, same filters
//     (gen/intl/ons.go). They rank last.
//   - englishwords.txt (english.go, IsEnglishWord): a general English
//     word list of 49,640 words, SCOWL sizes 10-35 (its copyright notice,
//     which allows copying, is SCOWL-COPYRIGHT); not made by gen.
//   - commonwords.txt: a hand-written list of common English words,
//     including names that are also words ("will", "mark", "rose", "long",
//     "white", "price"), followed by a generated part: the frequent words
//     (SCOWL word lists up to size 20, used at generate time only) among
//     the names the new sources have.
//
// The new sources' names are added only when they are not words: a name
// that is an English word (SCOWL up to size 50: "legend", "summit",
// "trust"), a hand-listed common word, a place or brand (gen/notnames.txt:
// "brooklyn", "toyota") or a US place of 5,000 people or more
// ("scranton") stays out of the lists, so that the recognizer's uncued
// rules see only names. The 1990 names keep the status the hand-written
// list gives them.
//
// Ranks keep the 1990 order for the 1990 names, so line 1 of each list is
// the most frequent name and FirstNameRank(w) <= 1200 picks the same names
// it did before the new sources were added; names the new sources add
// come after, most frequent first.
//
// All eight files are embedded with go:embed (about 1.76 MB, of which
// the INSEE and ONS lists are 157 KB) and indexed once, on first use,
// into open-addressing hash tables of 4-byte slots that hold offsets into
// the embedded text (1.5 MB for some 220,000 words, 172 KB of it for the
// 20,000 INSEE and ONS names); the build takes 10-20 ms on the 2-core
// build machine, most of it the first touch of that memory. A lookup
// hashes the word and compares it with the text and allocates nothing.
// Lookups take lowercase input and do not fold case themselves, so
// callers lower each word once.
//
// To rebuild the lists, get the inputs as gen/SOURCES.md says, put the
// four data files (given.tsv, given_tzioumis.tsv, surnames.tsv,
// places.tsv) in one directory, install the SCOWL word lists (apt-get
// install scowl) and run, in this directory:
//
//	CALLVEIL_NAMES_DIR=/path/to/that/directory go generate
//
// with the two CSV files of the intl lists (gen/SOURCES.md, section 8) in
// that directory too. The INSEE and ONS lists are written by
//
//	go run ./gen/intl -insee-given DIR/nat2022.csv \
//	    -insee-surnames DIR/noms2008nat_txt.txt \
//	    -ons DIR/boysnames2024.xlsx,DIR/girlsnames2024.xlsx,... -out .
//
// (gen/SOURCES.md, sections 9 and 10; without -forenames and -surnames
// the intl lists are read as they are, not rewritten). gen rewrites firstnames.txt, surnames.txt and the
// generated part of commonwords.txt (below its "generated by gen/main.go"
// line), then gen/intl rewrites intlfirst.txt and intlsurnames.txt; edit
// the hand-written part above that line, and gen/notnames.txt, by hand
// and run go generate again. The same inputs give byte-identical output.
package names

//go:generate go run ./gen -src ../../../../shared/data/census1990-names -scowl /usr/share/dict/scowl -notnames gen/notnames.txt -out .
//go:generate go run ./gen/intl -forenames ${CALLVEIL_NAMES_DIR}/common-forenames-by-country.csv -surnames ${CALLVEIL_NAMES_DIR}/common-surnames-by-country.csv -out .

import (
	_ "embed"
	"hash/maphash"
	"math/bits"
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
	//go:embed intlfirst.txt
	intlFirstText string
	//go:embed intlsurnames.txt
	intlSurnamesText string
	//go:embed inseefirst.txt
	inseeFirstText string
	//go:embed inseesurnames.txt
	inseeSurnamesText string
	//go:embed onsfirst.txt
	onsFirstText string
)

// tables are the indexed lists, built by load on first use.
type tables struct {
	first  index // names, rank 1 = most frequent
	last   index
	common index // no ranks
	// The names of many countries that first and last lack, ranked
	// after them (intlfirst.txt, intlsurnames.txt).
	intlFirst, intlLast index
	// The names of people born in France that all the lists above lack,
	// ranked after them (inseefirst.txt, inseesurnames.txt).
	inseeFirst, inseeLast index
	// The given names of babies born in England and Wales that all the
	// lists above lack, ranked after them (onsfirst.txt).
	onsFirst index
}

// load returns the tables, building them on first use.
var load = sync.OnceValue(build)

// build indexes the embedded lists.
func build() *tables {
	seed := maphash.MakeSeed()
	return &tables{
		first:  newIndex(seed, firstNamesText, false),
		last:   newIndex(seed, surnamesText, false),
		common: newIndex(seed, commonWordsText, true),

		intlFirst: newIndex(seed, intlFirstText, false),
		intlLast:  newIndex(seed, intlSurnamesText, false),

		inseeFirst: newIndex(seed, inseeFirstText, false),
		inseeLast:  newIndex(seed, inseeSurnamesText, false),
		onsFirst:   newIndex(seed, onsFirstText, false),
	}
}

// index is an open-addressing hash table (linear probing) over the words
// of one embedded text. A slot is a uint32: the word's byte offset in the
// text plus one in the low offBits bits (0 marks an empty slot) and the
// top bits of the word's hash above them, which settle most misses without
// touching the text. The tables are small (4 bytes a slot) because fresh
// memory is what a build costs: on the build machine each new page costs
// more than hashing the words on it.
//
// Ranks are not stored per word: marks holds the offset of every
// markEvery-th word, and a word's rank is its mark's plus the lines
// between them (lists only; the common words have no rank).
type index struct {
	text    string
	slots   []uint32
	mask    uint64
	offBits uint
	seed    maphash.Seed
	marks   []mark
	n       int
}

type mark struct{ off, rank int32 }

const markEvery = 64

// newIndex indexes text: one name per line, most frequent first, after
// '#' comment lines (the generated lists), or with fields set,
// whitespace-separated words in any order (the common-word list). A word
// listed twice keeps its first rank.
func newIndex(seed maphash.Seed, text string, fields bool) index {
	words := strings.Count(text, "\n") + 1
	if fields {
		words += strings.Count(text, " ")
	}
	// A power of two at least 4/3 the word count: a load factor of at
	// most 3/4, and on the lists as generated 0.45-0.65.
	size := 1 << bits.Len(uint(words+words/3))
	ix := index{text: text, slots: make([]uint32, size), mask: uint64(size - 1),
		offBits: uint(bits.Len(uint(len(text)))), seed: seed}
	if !fields {
		ix.marks = make([]mark, 0, words/markEvery+2)
	}
	rank, needMark := 0, true
	add := func(off, stop int) {
		rank++
		if !fields && (needMark || rank%markEvery == 0) {
			ix.marks = append(ix.marks, mark{int32(off), int32(rank)})
			needMark = false
		}
		ix.insert(text[off:stop], off)
	}
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		start, stop := off, end
		for start < stop && isSpace(text[start]) {
			start++
		}
		for stop > start && isSpace(text[stop-1]) {
			stop--
		}
		switch {
		case start == stop || text[start] == '#':
			needMark = true // rank counts lines: restart after a line that is no name
		case fields:
			for start < stop {
				w := start
				for w < stop && !isSpace(text[w]) {
					w++
				}
				add(start, w)
				for start = w; start < stop && isSpace(text[start]); start++ {
				}
			}
		default:
			add(start, stop)
		}
		off = end + 1
	}
	return ix
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func (ix *index) insert(w string, off int) {
	h := maphash.String(ix.seed, w)
	tag := uint32(h >> (64 - (32 - ix.offBits)))
	for i := h & ix.mask; ; i = (i + 1) & ix.mask {
		s := ix.slots[i]
		if s == 0 {
			ix.slots[i] = tag<<ix.offBits | uint32(off+1)
			ix.n++
			return
		}
		if s>>ix.offBits == tag && ix.at(s, w) {
			return // listed twice: keep the first rank
		}
	}
}

// at reports whether the word at slot s's offset is w.
func (ix *index) at(s uint32, w string) bool {
	off := int(s&(1<<ix.offBits-1)) - 1
	end := off + len(w)
	return end <= len(ix.text) && ix.text[off:end] == w && (end == len(ix.text) || isSpace(ix.text[end]))
}

// find returns the offset of w in the text, or -1.
func (ix *index) find(w string) int {
	if w == "" {
		return -1
	}
	return ix.findHashed(w, maphash.String(ix.seed, w))
}

// findHashed is find given h, w's hash under ix.seed (the tables that
// build makes share one seed, so a word asked of several is hashed once).
func (ix *index) findHashed(w string, h uint64) int {
	tag := uint32(h >> (64 - (32 - ix.offBits)))
	for i := h & ix.mask; ; i = (i + 1) & ix.mask {
		s := ix.slots[i]
		if s == 0 {
			return -1
		}
		if s>>ix.offBits == tag && ix.at(s, w) {
			return int(s&(1<<ix.offBits-1)) - 1
		}
	}
}

func (ix *index) has(w string) bool { return ix.find(w) >= 0 }

// rank returns w's rank (its line among the names), or 0 if w is not in
// the index.
func (ix *index) rank(w string) int {
	off := ix.find(w)
	if off < 0 || len(ix.marks) == 0 {
		return 0
	}
	// The last mark at or before off; no line between them is a comment.
	lo, hi := 0, len(ix.marks)
	for hi-lo > 1 {
		m := (lo + hi) / 2
		if int(ix.marks[m].off) <= off {
			lo = m
		} else {
			hi = m
		}
	}
	mk := ix.marks[lo]
	return int(mk.rank) + strings.Count(ix.text[mk.off:off], "\n")
}

// IsFirstName reports whether lower (a lowercase word) is a first name in
// the gazetteer, accents aside ("renée" is "renee"). Many first names are
// also ordinary words; check IsCommonWord before trusting a match without
// a cue.
func IsFirstName(lower string) bool {
	if f, ok := folded(lower); ok {
		lower = f // (accents: "renée" is "renee")
	}
	if lower == "" {
		return false
	}
	t := load()
	h := maphash.String(t.first.seed, lower) // (build gives all the name tables one seed)
	return t.first.findHashed(lower, h) >= 0 || t.intlFirst.findHashed(lower, h) >= 0 || t.inseeFirst.findHashed(lower, h) >= 0 ||
		t.onsFirst.findHashed(lower, h) >= 0
}

// IsSurname reports whether lower (a lowercase word) is a surname in the
// gazetteer. Unlike first names, accents are not folded: a surname with
// accents is often a business's name too ("Notaría Gómez Ruiz"), and
// after a first name an unlisted capitalised word is a surname anyway.
func IsSurname(lower string) bool {
	if lower == "" {
		return false
	}
	t := load()
	h := maphash.String(t.last.seed, lower) // (build gives all the name tables one seed)
	return t.last.findHashed(lower, h) >= 0 || t.intlLast.findHashed(lower, h) >= 0 || t.inseeLast.findHashed(lower, h) >= 0
}

// IsCommonWord reports whether lower (a lowercase word) is a common
// English word, including words that are also names ("will", "mark",
// "rose", "long", "white", "price"). Such a word should count as a name
// only with a cue or capitalisation.
func IsCommonWord(lower string) bool {
	return load().common.has(lower)
}

// FirstNameRank returns the frequency rank of the first name lower (1 is
// the most frequent, "james"), or 0 if lower is not in the gazetteer.
// Ranks up to 3,175 are the 1990 census ranks; the names of intlfirst.txt
// come after every name of firstnames.txt, those of inseefirst.txt
// after them, and those of onsfirst.txt last.
func FirstNameRank(lower string) int {
	t := load()
	if r := t.first.rank(lower); r > 0 {
		return r
	}
	if r := t.intlFirst.rank(lower); r > 0 {
		return t.first.n + r
	}
	if r := t.inseeFirst.rank(lower); r > 0 {
		return t.first.n + t.intlFirst.n + r
	}
	if r := t.onsFirst.rank(lower); r > 0 {
		return t.first.n + t.intlFirst.n + t.inseeFirst.n + r
	}
	return 0
}

// SurnameRank returns the frequency rank of the surname lower (1 is the
// most frequent, "smith"), or 0 if lower is not in the gazetteer. Ranks
// up to 10,000 are the 1990 census ranks; the names of intlsurnames.txt
// come after every name of surnames.txt, and those of inseesurnames.txt
// after them.
func SurnameRank(lower string) int {
	t := load()
	if r := t.last.rank(lower); r > 0 {
		return r
	}
	if r := t.intlLast.rank(lower); r > 0 {
		return t.last.n + r
	}
	if r := t.inseeLast.rank(lower); r > 0 {
		return t.last.n + t.intlLast.n + r
	}
	return 0
}

// Counts returns the number of first names, surnames and common words in
// the embedded lists.
func Counts() (firstNames, surnames, commonWords int) {
	t := load()
	return t.first.n + t.intlFirst.n + t.inseeFirst.n + t.onsFirst.n, t.last.n + t.intlLast.n + t.inseeLast.n, t.common.n
}
