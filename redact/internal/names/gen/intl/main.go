// Command intl writes intlfirst.txt and intlsurnames.txt, the given names
// and surnames of many countries that the gazetteer adds to the US lists
// (firstnames.txt, surnames.txt), from sigpwned/popular-names-by-country-
// dataset (CC0; ../SOURCES.md, section 6, says where to get it).
//
// That dataset lists the most popular given names of 106 countries and
// the most common surnames of 75, as Wikipedia's lists of them had them in
// July 2023, with a romanised form of every name. intl takes the romanised
// form, lowercases it and writes accented Latin letters as plain ones (the
// way the lookups fold them), and keeps a name only when:
//
//   - it is one word of the letters a-z, four letters or more (a shorter
//     token is too often a syllable, an initial or an ASR fragment), and
//     not one of the few places and misspellings the skip list names;
//   - the US lists do not already have it (firstnames.txt for the given
//     names, surnames.txt for the surnames);
//   - it is no English word: not in the package's common-word list or its
//     SCOWL 10-35 word list, and not a SCOWL word, abbreviation or
//     capitalised word (places, nationalities, brands) up to size 70;
//   - it is no place or brand of gen/notnames.txt.
//
// A name is written once, in the order of its best rank in any country
// (every country's most popular names first), ties in the dataset's order,
// so the files' order is a frequency order as far as one exists across
// countries. The same inputs give byte-identical output.
//
// Run it in redact/internal/names (the package's go:generate line does):
//
//	go run ./gen/intl -forenames DIR/common-forenames-by-country.csv \
//	    -surnames DIR/common-surnames-by-country.csv -out .
package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/redact/internal/names/gen/scowl"
)

// maxSCOWL is the largest SCOWL size whose words are left out. SCOWL 70
// holds rare words too: a name that is also one of them stays out.
const maxSCOWL = 70

// minLen is the shortest name kept: three-letter names of the source
// ("coi", "juu", "mul", "uta", "izz", "hur") are syllables, abbreviations
// and ASR fragments as often as names.
const minLen = 4

// skip holds the source's romanised names that are places ("prishtina",
// "shkodra": cities; "islande": French for Iceland), a word in another
// language that callers say ("gogo"), or a misspelt romanisation of a
// name already listed ("ferndo", "berrdo", "leordo").
var skip = map[string]bool{
	"prishtina": true, "shkodra": true, "islande": true, "gogo": true,
	"ferndo": true, "berrdo": true, "leordo": true,
}

func main() {
	var forenames, surnames, scowl, out string
	var fr inseeFiles
	flag.StringVar(&forenames, "forenames", "", "common-forenames-by-country.csv")
	flag.StringVar(&surnames, "surnames", "", "common-surnames-by-country.csv")
	flag.StringVar(&fr.given, "insee-given", "", "INSEE fichier des prénoms, France level (nat2022.csv); empty: inseefirst.txt is not written")
	flag.StringVar(&fr.ons, "ons", "", "ONS baby-name workbooks of England and Wales (girlsnames2024.xlsx, ...), comma-separated; empty: onsfirst.txt is not written")
	flag.StringVar(&fr.surnames, "insee-surnames", "", "INSEE fichier des noms de famille, France level (noms2008nat_txt.txt); empty: inseesurnames.txt is not written")
	flag.StringVar(&scowl, "scowl", "/usr/share/dict/scowl", "directory of the SCOWL word lists by size (Debian: apt-get install scowl)")
	flag.StringVar(&out, "out", ".", "directory to write intlfirst.txt and intlsurnames.txt to")
	flag.Parse()
	do := run
	if forenames == "" && surnames == "" {
		do = runINSEEOnly // keep the sigpwned lists as they are
	}
	if err := do(forenames, surnames, scowl, out, fr); err != nil {
		fmt.Fprintln(os.Stderr, "intl:", err)
		os.Exit(1)
	}
}

func run(forenames, surnames, scowl, out string, fr inseeFiles) error {
	dict, err := readSCOWL(scowl)
	if err != nil {
		return err
	}
	first, err := readCSV(forenames, "Index", "Romanized Name")
	if err != nil {
		return fmt.Errorf("forenames: %w", err)
	}
	last, err := readCSV(surnames, "Index", "Romanized Name")
	if err != nil {
		return fmt.Errorf("surnames: %w", err)
	}
	// The US lists as files, not through the lookups, which also read the
	// files this command writes.
	usFirst, err := readList(filepath.Join(out, "firstnames.txt"))
	if err != nil {
		return err
	}
	usLast, err := readList(filepath.Join(out, "surnames.txt"))
	if err != nil {
		return err
	}
	firstKept := keep(first, dict, usFirst)
	lastKept := keep(last, dict, usLast)
	src := "# sigpwned/popular-names-by-country-dataset (commit eb62e13, CC0 1.0), %s;\n" +
		"# written by gen/intl (see its doc for the filters), most popular first.\n"
	if err := write(filepath.Join(out, "intlfirst.txt"), fmt.Sprintf(src, "common-forenames-by-country.csv"), firstKept); err != nil {
		return err
	}
	if err := write(filepath.Join(out, "intlsurnames.txt"), fmt.Sprintf(src, "common-surnames-by-country.csv"), lastKept); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "intl: %d of %d given names, %d of %d surnames kept\n", len(firstKept), len(first), len(lastKept), len(last))
	for _, w := range firstKept {
		usFirst[w] = true
	}
	for _, w := range lastKept {
		usLast[w] = true
	}
	return runINSEE(fr, dict, usFirst, usLast, out)
}

// readList returns the names of a list file, one a line after '#' lines.
func readList(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read the US list: %w", err)
	}
	list := map[string]bool{}
	for line := range strings.Lines(string(b)) {
		if w := strings.TrimSpace(line); w != "" && w[0] != '#' {
			list[w] = true
		}
	}
	return list, nil
}

type row struct {
	rank int
	name string
}

// readCSV returns the rank and romanised name of every row of the CSV at
// path, in file order.
func readCSV(path, rankCol, nameCol string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	ri, ni := -1, -1
	for i, h := range head {
		switch strings.TrimPrefix(h, "\ufeff") {
		case rankCol:
			ri = i
		case nameCol:
			ni = i
		}
	}
	if ri < 0 || ni < 0 {
		return nil, fmt.Errorf("%s: no %q or %q column", path, rankCol, nameCol)
	}
	var rows []row
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		n, err := strconv.Atoi(rec[ri])
		if err != nil {
			return nil, fmt.Errorf("%s: rank %q: %w", path, rec[ri], err)
		}
		rows = append(rows, row{n, rec[ni]})
	}
	return rows, nil
}

// keep returns the names of rows that pass the filters of the package doc,
// each once, best rank first.
func keep(rows []row, dict, listed map[string]bool) []string {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].rank < rows[j].rank })
	seen := map[string]bool{}
	var kept []string
	for _, r := range rows {
		w := fold(strings.ToLower(strings.TrimSpace(r.name)))
		if seen[w] || len(w) < minLen || !letters(w) || skip[w] {
			continue
		}
		seen[w] = true
		if listed[w] || dict[w] || names.IsCommonWord(w) || names.IsEnglishWord(w) || names.IsPlaceOrBrand(w) {
			continue
		}
		kept = append(kept, w)
	}
	return kept
}

func letters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// fold writes accented Latin letters as the plain letters the lists use.
func fold(w string) string {
	var b strings.Builder
	for _, r := range w {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		plain := rune(0)
		for _, g := range []string{"aàáâãäåāăą", "eèéêëēėęě", "iìíîïīįı", "oòóôõöøōő", "uùúûüūůű", "cçćč", "nñńň", "sšśşș", "zžźż", "yýÿ", "dďđ", "lł", "rřŕ", "tťţț", "gğ"} {
			if strings.ContainsRune(g[1:], r) {
				plain = rune(g[0])
				break
			}
		}
		if plain == 0 {
			b.WriteRune(r) // no plain form: letters() drops the name
			continue
		}
		b.WriteRune(plain)
	}
	return b.String()
}

// readSCOWL returns the SCOWL words, abbreviations and capitalised words
// (places, nationalities, brands; not SCOWL's proper-names lists) up to
// size maxSCOWL, lowercased.
func readSCOWL(dir string) (map[string]bool, error) {
	sizes, err := scowl.Read(dir, maxSCOWL, func(line string) (string, bool) {
		return strings.ToLower(strings.TrimSpace(line)), true
	})
	if err != nil {
		return nil, err
	}
	words := make(map[string]bool, len(sizes))
	for w := range sizes {
		words[w] = true
	}
	return words, nil
}

func write(path, header string, list []string) error {
	var b strings.Builder
	b.WriteString(header)
	for _, n := range list {
		b.WriteString(n)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}
