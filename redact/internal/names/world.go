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
// tables.
var loadWorld = sync.OnceValue(func() *[2]index {
	seed := maphash.MakeSeed()
	return &[2]index{newIndex(seed, worldTownsText, false), newIndex(seed, worldRegionsText, false)}
})

// IsWorldTown reports whether lower (one or more lowercase words joined by
// single spaces, accents aside) is the name of a town of the world with at
// least 15,000 people ("florence", "kamloops", "buenos aires").
func IsWorldTown(lower string) bool {
	if f, ok := folded(lower); ok {
		lower = f
	}
	return loadWorld()[0].has(lower)
}

// IsWorldRegion reports whether lower (one or more lowercase words joined
// by single spaces, accents aside) is a state, province or region of a
// country ("ontario", "british columbia", "texas", "bavaria").
func IsWorldRegion(lower string) bool {
	if f, ok := folded(lower); ok {
		lower = f
	}
	return loadWorld()[1].has(lower)
}
