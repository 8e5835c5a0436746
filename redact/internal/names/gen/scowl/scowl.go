// Package scowl reads the SCOWL word lists (Kevin Atkinson,
// wordlist.aspell.net) as Debian's scowl package installs them: one file
// per variety, kind and size ("american-words.35" under
// /usr/share/dict/scowl). The name-list generators (gen, gen/intl) both
// read them to leave English words out of the name lists.
package scowl

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// sizes are the SCOWL sizes read, most common first.
var sizes = []int{10, 20, 35, 40, 50, 55, 60, 70}

// kinds are the lists read: words, abbreviations and capitalised words
// (places, nationalities, brands); not SCOWL's proper-names lists.
var kinds = []string{"words", "abbreviations", "upper"}

// varieties are the spellings read.
var varieties = []string{"english", "american", "british", "canadian", "variant_1", "variant_2"}

// minEntries is the fewest entries a complete install gives; fewer means
// the directory holds no SCOWL lists.
const minEntries = 10000

// Read returns the smallest SCOWL size (10 = most common) of every entry
// of the lists up to maxSize that keep accepts, as keep rewrites it
// (lowercased, say). A list that does not exist is skipped (not every kind
// has every size); Read fails when a list cannot be read or fewer than
// 10,000 entries are kept.
func Read(dir string, maxSize int, keep func(line string) (string, bool)) (map[string]int, error) {
	words := map[string]int{}
	for _, kind := range kinds {
		for _, size := range sizes {
			if size > maxSize {
				continue
			}
			for _, variety := range varieties {
				b, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%s-%s.%d", variety, kind, size)))
				if errors.Is(err, os.ErrNotExist) {
					continue // not every kind has every size
				}
				if err != nil {
					return nil, fmt.Errorf("read SCOWL (Debian: apt-get install scowl): %w", err)
				}
				for line := range strings.Lines(string(b)) {
					w, ok := keep(line)
					if !ok {
						continue
					}
					if words[w] == 0 || size < words[w] {
						words[w] = size
					}
				}
			}
		}
	}
	if len(words) < minEntries {
		return nil, fmt.Errorf("%s: only %d words; want the SCOWL lists (apt-get install scowl)", dir, len(words))
	}
	return words, nil
}
