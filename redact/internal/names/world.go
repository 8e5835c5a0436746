package names

import (
	_ "embed"
	"hash/maphash"
	"sync"
)

// The world's places from GeoNames (https://www.geonames.org, CC BY 4.0;
// gen/SOURCES.md section 11): its towns of at least 15,000 people
// (worldtowns.txt, 22,797 names, 229 KB: "florence", "regina", "surabaya",
// "rio de janeiro") and its countries' first-level divisions
// (worldregions.txt, 3,716 names, 47 KB: "saskatchewan", "british
// columbia", "bavaria"). Unlike the hand-written list (places.go), many of
// these names are also names of people ("austin", "victoria", "jackson",
// "hamilton") or English words ("reading", "bath"): a word here is a place
// only where the context says so (a preposition of place before it, a
// region after it), which the callers check.

//go:embed worldtowns.txt
var worldTownsText string

//go:embed worldregions.txt
var worldRegionsText string

// loadWorld indexes the two lists on first use, apart from the name
// tables (about 1 ms and 170 KB on the 2-core build machine).
var loadWorld = sync.OnceValue(func() *[2]index {
	seed := maphash.MakeSeed()
	return &[2]index{newIndex(seed, worldTownsText, false), newIndex(seed, worldRegionsText, false)}
})

// IsWorldTown reports whether the words (lowercase, accents aside) said
// one after another name a town of the world with at least 15,000 people:
// ("florence"), ("kamloops"), ("buenos", "aires").
func IsWorldTown(words ...string) bool { return loadWorld()[0].hasWords(words) }

// IsWorldRegion reports whether the words (lowercase, accents aside) said
// one after another name a state, province or region of a country
// ("ontario"), ("british", "columbia"), ("texas"), ("bavaria").
func IsWorldRegion(words ...string) bool { return loadWorld()[1].hasWords(words) }

// hasWords reports whether the words joined by single spaces are a line of
// the index's text, without joining them (a lookup allocates nothing for
// words in ASCII).
func (ix *index) hasWords(words []string) bool {
	if len(words) == 0 {
		return false
	}
	var h maphash.Hash
	h.SetSeed(ix.seed)
	n, copied := 0, false
	for k, w := range words {
		if f, ok := folded(w); ok {
			if !copied {
				words, copied = append([]string(nil), words...), true // (the caller's stay as they are)
			}
			words[k] = f
		}
		if k > 0 {
			h.WriteByte(' ')
			n++
		}
		h.WriteString(words[k])
		n += len(words[k])
	}
	if n == 0 {
		return false
	}
	sum := h.Sum64()
	tag := uint32(sum >> (64 - (32 - ix.offBits)))
	for i := sum & ix.mask; ; i = (i + 1) & ix.mask {
		s := ix.slots[i]
		if s == 0 {
			return false
		}
		if s>>ix.offBits == tag && ix.lineAt(s, words, n) {
			return true
		}
	}
}

// lineAt reports whether the line at slot s's offset is the words joined
// by single spaces (n bytes in all).
func (ix *index) lineAt(s uint32, words []string, n int) bool {
	p := int(s&(1<<ix.offBits-1)) - 1
	if end := p + n; end > len(ix.text) || end < len(ix.text) && ix.text[end] != '\n' && ix.text[end] != '\r' {
		return false
	}
	for k, w := range words {
		if k > 0 {
			if ix.text[p] != ' ' {
				return false
			}
			p++
		}
		if ix.text[p:p+len(w)] != w {
			return false
		}
		p += len(w)
	}
	return true
}
