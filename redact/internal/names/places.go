package names

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed gen/notnames.txt
var placesText string

// places maps the words of gen/notnames.txt to true for a place (the
// list's first part) and false for a brand (from the line "# --- brands"
// on), built on first use.
var places = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	place := true
	for line := range strings.Lines(placesText) {
		if strings.HasPrefix(line, "# --- brands") {
			place = false
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			if _, ok := m[w]; !ok {
				m[w] = place
			}
		}
	}
	return m
})

// IsPlaceOrBrand reports whether lower (a lowercase word) is in the
// hand-written list of places, nationalities, languages and brands
// (gen/notnames.txt: "canada", "spain", "boston", "apple"). Such a word
// may also be a name of the 1990 lists ("jordan", "paris", "london" as a
// surname), which the lists keep; callers decide from the context which
// it is.
func IsPlaceOrBrand(lower string) bool {
	_, ok := places()[lower]
	return ok
}

// IsPlace reports whether lower is a place, nationality, language or
// religion of that list ("canada", "costa"), not a brand.
func IsPlace(lower string) bool {
	return places()[lower]
}
