package names

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed gen/notnames.txt
var placesText string

// What a word of gen/notnames.txt is, by the section it is listed in.
const (
	brand       = 1 + iota // "# --- brands ..."
	place                  // "# --- places, nationalities ..."
	mostlyPlace            // "# --- places that are also first names ..."
	people                 // "# --- peoples, parties, movements and factions ..."
)

// places maps the words of gen/notnames.txt to what they are, and each
// place of two words ("costa_rica" in the list) to place under both words
// joined by a space; built on first use.
var places = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	kind := uint8(place)
	for line := range strings.Lines(placesText) {
		switch {
		case strings.HasPrefix(line, "# --- brands"):
			kind = brand
		case strings.HasPrefix(line, "# --- places that are also first names"):
			kind = mostlyPlace
		case strings.HasPrefix(line, "# --- peoples"):
			kind = people
		case strings.HasPrefix(line, "# --- places"):
			kind = place
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			w = strings.ReplaceAll(w, "_", " ")
			if _, ok := m[w]; !ok {
				m[w] = kind
			}
		}
	}
	return m
})

// placeKind returns what lower is in the list, its accents aside ("são"
// is "sao").
func placeKind(lower string) uint8 {
	if f, ok := folded(lower); ok {
		lower = f
	}
	return places()[lower]
}

// IsPlaceOrBrand reports whether lower (a lowercase word) is in the
// hand-written list of places, nationalities, languages and brands
// (gen/notnames.txt: "canada", "spain", "boston", "apple"). Such a word
// may also be a name of the 1990 lists ("jordan", "paris", "london" as a
// surname), which the lists keep; callers decide from the context which
// it is.
func IsPlaceOrBrand(lower string) bool {
	return placeKind(lower) != 0
}

// IsBrand reports whether lower is a brand, company, service or device of
// that list ("netflix", "barclays", "ryanair"), not a place.
func IsBrand(lower string) bool {
	return placeKind(lower) == brand
}

// IsPlace reports whether lower is a place, nationality, language or
// religion of that list ("canada", "costa", "auckland", "jordan"), or a
// people, party or faction of it (IsPeople), not a brand.
func IsPlace(lower string) bool {
	return placeKind(lower) >= place
}

// IsMostlyPlace reports whether lower is a place that is also a first name
// and that a call names as the place more often ("jordan", "georgia",
// "sydney", "paris"; not "austin" or "madison", which stay names): with no
// naming cue and no surname after it, it is the place.
func IsMostlyPlace(lower string) bool {
	return placeKind(lower) == mostlyPlace
}

// IsTwoWordPlace reports whether first and second (lowercase words) said
// together are a place of two words ("costa" "rica", "hong" "kong", "san"
// "diego", "são" "paulo"). Every lookup here sets accents aside.
func IsTwoWordPlace(first, second string) bool {
	return placeKind(first+" "+second) >= place
}

// IsPeople reports whether lower is a people, a religious or ethnic group,
// or a party or movement of the list's section of them ("kurds",
// "frenchman", "amish", "tories", "sandinistas", "hamas"): never a person
// without a naming cue. Every IsPeople word is an IsPlace word too, and a
// people of two words ("viet cong") is an IsTwoWordPlace pair.
func IsPeople(lower string) bool {
	return placeKind(lower) == people
}
