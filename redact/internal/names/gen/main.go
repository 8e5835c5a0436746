// Command gen builds the embedded lists of package names: firstnames.txt,
// surnames.txt and the generated part of commonwords.txt. Its inputs are
// public-domain US federal name and place data and, at generate time only,
// the SCOWL word lists; SOURCES.md beside this file says where each comes
// from, how it was cleaned (scripts in build/) and how to get it again.
// None of the data files is committed (the merged surname file alone is
// over 10 MB).
//
// Inputs (flags):
//
//   - -src: the US Census Bureau's 1990 name frequency files
//     dist.male.first, dist.female.first and dist.all.last (default
//     $CENSUS_NAMES_DIR). Each line is "NAME  frequency-percent
//     cumulative-percent  rank".
//   - -names: a directory holding given.tsv (Social Security
//     Administration baby names 1880-2024, births per name),
//     given_tzioumis.tsv (first names of adult mortgage applicants,
//     Tzioumis 2018), surnames.tsv (Census 2000 and 2010 surnames, with
//     2000 counts) and places.tsv (US places of one word, with their
//     population, Census ACS 2023) (default $CALLVEIL_NAMES_DIR).
//   - -scowl: the SCOWL word lists by size, as Debian's scowl package
//     installs them (default /usr/share/dict/scowl).
//   - -notnames: gen/notnames.txt, hand-written places and brands.
//   - -out: the package directory; its commonwords.txt supplies the
//     hand-written common words.
//
// Cut-offs, and why:
//
//   - First names. (1) The 1990 census names whose frequency is at least
//     0.003 % of their sex's population: all 1,219 male names, whose list
//     already stops at 0.004 %, and 2,130 of the 4,275 female names (3,175
//     names); below that the 1990 female list is mostly rare spellings.
//     (2) Every SSA name given to at least minBirths (100) babies born
//     1930-2024 (births since 1930 stand for people alive now; the 1,453
//     names that reach 100 only with earlier births are "huldah", "lutie",
//     "besse"). 100 is the highest round cut-off that keeps the names of the
//     children of immigrants: suresh (140), adebayo (137), olumide (164),
//     ramesh (185), teniola (194), chidi (212), agnieszka (233), oluwaseun
//     (413). A cut at 500 loses all of them and chinedu, ifeoma, krzysztof,
//     gurpreet, oleg, sergey; a cut at 200 loses the first five. Just below
//     100 the list is one-off spellings and typos ("margeart", "gertude",
//     "jaysiah"), and the adults' immigrant names there (wojciech 59,
//     prakash 57, grzegorz 35) come from Tzioumis instead. A rarer name
//     costs no false positive unless it is a word, and words do not grow
//     with the list: 1.9 % of the names with 100-200 births are SCOWL
//     words, 2.0 % of 200-500, 2.3 % of 500-1,000, 3.2 % of 1,000-10,000,
//     and all of them are left out (below). (3) All 4,250 Tzioumis names (15
//     or more adult applicants each), which bring adult immigrants' names
//     that SSA lacks (venkata, srinivas, grzegorz, byung).
//   - Surnames. (1) The 10,000 most frequent 1990 surnames (at least
//     0.001 %). (2) Every surname on the Census 2000 or 2010 list, which
//     both stop at 100 bearers; names only on the 2010 list have no count
//     here and are kept with the floor of 100, as they are largely the
//     South and East Asian, African and Arabic names that 1990 lacks. The
//     Census Spanish-surname list in surnames.tsv, which has no counts and
//     includes ordinary Spanish words, is not used. The 1990 surnames past
//     rank 10,000 that neither later list has (fewer than 100 bearers) are
//     not used either.
//
// Left out of the lists (keepNew), unless a 1990 list already has the name
// (the hand-written list settles those: "will", "rose", "cooper"):
//
//   - Words: every entry of the SCOWL English, American, British and
//     Canadian lists up to size 50 (lowercase words and abbreviations in
//     capitals: "legend", "summit", "trust", "running", "has", "ceo"),
//     except notWords. Marking them common is not enough: rec_person.go
//     trusts a gazetteer surname after a capitalised first name and lets a
//     gazetteer name that is a common word continue a name, so "Summit
//     Health" or "I'm running Windows" became people. The frequent ones
//     (SCOWL size 20 or less: "trust", "fiber", "health") are also written
//     as common words; rarer ones ("mutton", "gaunt", "cherish") are not,
//     so that they still count after "my name is" as before.
//     A 1990 name does not move to the other list as a word: "maple" stays
//     a surname only, "smith" does not become a first name.
//   - Hand-written common words (commonwords.txt), and gen/notnames.txt:
//     states, cities, countries, nationalities, languages and brands
//     ("brooklyn", "toronto", "toyota", "farsi"), left out but not marked
//     common.
//   - US places of at least minPlace (5,000) people that more people live
//     in than bear the name as a given name or surname ("scranton",
//     "sedona", "northfield", but not "zion" or "shiloh").
//   - Names of one or two letters, except where most bearers are Asian or
//     Pacific Islander (pctapi >= 50 in the surname or Tzioumis data): the
//     romanised names Xu, Ye, Gu, Ok stay; initials such as "jj" and
//     fragments such as "ll" and "th" do not.
//
// Ranks: rec_person.go treats a first name as frequent by its rank
// (FirstNameRank <= 1200), a threshold set on the 1990 ranks. So each list
// keeps the 1990 order for the 1990 names (line 1 is still the most
// frequent: james, smith) and appends the names the new sources add after
// them, most frequent first (births since 1930, then Tzioumis applicants;
// Census 2000 count, then the 2010 list order). Every 1990 name keeps its
// rank, so the threshold picks the same names as before.
//
// Common words: the hand-written part of commonwords.txt (everything
// before the line that starts with generatedMarker) is kept as it is; gen
// replaces what follows it with the frequent words described above.
//
// Output files hold one lowercase name per line in rank order (line 1 is
// rank 1) after '#' comment lines that name the sources and the cut-offs.
// gen prints a summary of what it kept and left out to stderr.
//
// Run it through go generate in the parent directory (see the package doc).
package main

import (
	"bufio"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/callveil/callveil/redact/internal/names/gen/scowl"
)

const (
	minFirstPercent = 0.003 // 1990 first names: share of their sex, in percent
	max1990Surnames = 10000 // 1990 surnames: the most frequent
	minBirths       = 100   // SSA names: births 1930-2024
	minAPIPercent   = 50.0  // one- and two-letter names: share of Asian bearers
	minPlace        = 5000  // US places: people (ACS 2023)
	maxWordSize     = 50    // SCOWL size of the words left out of the name lists
	maxCommonSize   = 20    // SCOWL size of the words written as common words
)

// generatedMarker starts the generated part of commonwords.txt.
const generatedMarker = "# --- generated by gen/main.go"

// notWords are dictionary words that, in US calls, are far more often a
// person's name than the word.
var notWords = map[string]bool{"amir": true, "ameer": true, "raja": true, "xi": true,
	// 1990 surnames that are now frequent given names (SSA births since
	// 1930: cooper 118,000, sawyer 80,000, piper 61,000).
	"cooper": true, "sawyer": true, "piper": true, "gage": true, "tucker": true, "griffin": true,
	"chandler": true, "pierce": true, "madden": true, "garrison": true, "wilder": true,
	"gentry": true, "linden": true, "rogers": true, "brogan": true, "thatcher": true}

type entry struct {
	name    string
	percent float64
	rank    int
}

type config struct {
	census, names, scowl, notNames, out string
}

func main() {
	var c config
	flag.StringVar(&c.census, "src", os.Getenv("CENSUS_NAMES_DIR"), "directory with the 1990 census files dist.male.first, dist.female.first and dist.all.last (default $CENSUS_NAMES_DIR)")
	flag.StringVar(&c.names, "names", os.Getenv("CALLVEIL_NAMES_DIR"), "directory with given.tsv, given_tzioumis.tsv and surnames.tsv, see gen/SOURCES.md (default $CALLVEIL_NAMES_DIR)")
	flag.StringVar(&c.notNames, "notnames", "gen/notnames.txt", "hand-written list of places and brands to leave out of the name lists")
	flag.StringVar(&c.scowl, "scowl", "/usr/share/dict/scowl", "directory of the SCOWL word lists by size (Debian: apt-get install scowl)")
	flag.StringVar(&c.out, "out", ".", "directory holding firstnames.txt, surnames.txt and commonwords.txt")
	flag.Parse()
	if err := run(c); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(c config) error {
	if c.census == "" {
		return errors.New("no 1990 census directory: pass -src or set CENSUS_NAMES_DIR")
	}
	if c.names == "" {
		return errors.New("no name data directory: pass -names or set CALLVEIL_NAMES_DIR (see gen/SOURCES.md)")
	}
	male, err := readDist(filepath.Join(c.census, "dist.male.first"))
	if err != nil {
		return err
	}
	female, err := readDist(filepath.Join(c.census, "dist.female.first"))
	if err != nil {
		return err
	}
	last1990, err := readDist(filepath.Join(c.census, "dist.all.last"))
	if err != nil {
		return err
	}
	ssa, err := readTSV(filepath.Join(c.names, "given.tsv"), "name", "total_1930_2024")
	if err != nil {
		return err
	}
	tz, err := readTSV(filepath.Join(c.names, "given_tzioumis.tsv"), "name", "obs", "pctapi")
	if err != nil {
		return err
	}
	sur, err := readTSV(filepath.Join(c.names, "surnames.tsv"), "name", "count", "rank", "pctapi", "sources")
	if err != nil {
		return err
	}
	placeRows, err := readTSV(filepath.Join(c.names, "places.tsv"), "name", "population")
	if err != nil {
		return err
	}
	places := map[string]int{}
	for _, r := range placeRows {
		places[r[0]] = int(num(r[1]))
	}
	dict, err := readSCOWL(c.scowl)
	if err != nil {
		return err
	}
	// asian: names that most bearers of which are Asian or Pacific
	// Islander, for the one- and two-letter rule.
	asian := map[string]bool{}
	for _, r := range tz {
		if num(r[2]) >= minAPIPercent {
			asian[r[0]] = true
		}
	}
	for _, r := range sur {
		if num(r[3]) >= minAPIPercent {
			asian[r[0]] = true
		}
	}
	// oldFirst, oldLast: the names of the 1990 lists as cut, whose status
	// as words the hand-written list settles.
	oldFirst, oldLast := map[string]bool{}, map[string]bool{}
	for _, list := range [][]entry{male, female} {
		for _, e := range list {
			if e.percent >= minFirstPercent {
				oldFirst[e.name] = true
			}
		}
	}
	slices.SortStableFunc(last1990, func(a, b entry) int { return cmp.Compare(a.rank, b.rank) })
	if len(last1990) > max1990Surnames {
		last1990 = last1990[:max1990Surnames]
	}
	for _, e := range last1990 {
		oldLast[e.name] = true
	}
	hand, err := readHand(filepath.Join(c.out, "commonwords.txt"))
	if err != nil {
		return err
	}
	handSet := words(hand)
	nn, err := os.ReadFile(c.notNames)
	if err != nil {
		return fmt.Errorf("read the places and brands to leave out: %w", err)
	}
	notNameSet := words(string(nn))
	// bearers: the most people a name is known to have, as a given name
	// (births since 1930) or a surname (Census 2000 count), to weigh it
	// against a place of the same name.
	bearers := map[string]int{}
	for _, r := range ssa {
		bearers[r[0]] = int(num(r[1]))
	}
	for _, r := range sur {
		bearers[r[0]] = max(bearers[r[0]], int(num(r[1])))
	}
	// keepNew reports whether a name that the 1990 list old lacks goes in
	// the list. Left out, so that the lists add names and not words:
	//   - a word ("legend", "summit", "trust", "running", "has"):
	//     rec_person.go trusts a gazetteer surname after a capitalised
	//     first name and lets a name that is a common word continue a name,
	//     so a word in the lists makes "Summit Trust" a person even when it
	//     is marked common. Such words go to the generated common words,
	//     unless a 1990 list has them, whose status the hand list settles
	//     ("cooper", "maple" stay 1990 surnames and do not become first
	//     names);
	//   - a US place of at least minPlace people that more people live in
	//     than bear the name ("Scranton", "Sedona", "Northfield", not
	//     "Zion" or "Shiloh"), which a call names far more often as a place;
	//   - one- and two-letter names other than Asian ones (above).
	gen := map[string]bool{}
	dropped := map[string]int{} // why names were left out, for the summary
	keepNew := func(name string, old map[string]bool) bool {
		why := ""
		switch {
		case old[name]:
			return true
		case len(name) <= 2 && !asian[name]:
			why = "short"
		case handSet[name]:
			why = "hand-common"
		case notNameSet[name]:
			why = "notnames"
		case notWords[name]:
			return true
		case dict[name] > 0:
			why = "word"
			if dict[name] <= maxCommonSize && !oldFirst[name] && !oldLast[name] {
				gen[name] = true
			}
		case places[name] >= minPlace && places[name] > bearers[name]:
			why = "place"
		default:
			return true
		}
		dropped[why]++
		return false
	}

	// First names, 1990: mean share over both sexes, cut per list.
	kept := map[string]bool{}
	for _, list := range [][]entry{male, female} {
		for _, e := range list {
			if e.percent >= minFirstPercent {
				kept[e.name] = true
			}
		}
	}
	share := map[string]float64{}
	for _, list := range [][]entry{male, female} {
		for _, e := range list {
			if kept[e.name] {
				share[e.name] += e.percent / 2
			}
		}
	}
	var first1990 []entry
	for n, p := range share {
		first1990 = append(first1990, entry{name: n, percent: p})
	}
	slices.SortFunc(first1990, func(a, b entry) int {
		if c := cmp.Compare(b.percent, a.percent); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	first := names(first1990)
	seen := set(first)
	var ssaAdded, tzAdded int
	// given.tsv is sorted by all-years total; order the additions by births
	// since 1930.
	var ssaNew []entry
	for _, r := range ssa {
		if b := int(num(r[1])); b >= minBirths && !seen[r[0]] && keepNew(r[0], oldFirst) {
			ssaNew = append(ssaNew, entry{name: r[0], rank: b})
		}
	}
	slices.SortStableFunc(ssaNew, func(a, b entry) int { return cmp.Compare(b.rank, a.rank) })
	for _, e := range ssaNew {
		first = append(first, e.name)
		seen[e.name] = true
		ssaAdded++
	}
	for _, r := range tz { // sorted by obs, descending
		if !seen[r[0]] && keepNew(r[0], oldFirst) {
			first = append(first, r[0])
			seen[r[0]] = true
			tzAdded++
		}
	}

	// Surnames.
	last := names(last1990)
	seenLast := set(last)
	type surname struct {
		name        string
		count, rank int
	}
	var surNew []surname
	for _, r := range sur {
		if !strings.Contains(r[4], "c2000") && !strings.Contains(r[4], "c2010") {
			continue // Spanish-surname list only: no count
		}
		if !seenLast[r[0]] && keepNew(r[0], oldLast) {
			surNew = append(surNew, surname{r[0], int(num(r[1])), int(num(r[2]))})
			seenLast[r[0]] = true
		}
	}
	slices.SortFunc(surNew, func(a, b surname) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		if c := cmp.Compare(a.rank, b.rank); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	for _, s := range surNew {
		last = append(last, s.name)
	}

	common := slices.Sorted(func(yield func(string) bool) {
		for w := range gen {
			if !yield(w) {
				return
			}
		}
	})

	src := "# Sources (public domain, US government works unless noted; see gen/SOURCES.md):\n"
	if err := write(filepath.Join(c.out, "firstnames.txt"), src+
		"#   US Census Bureau 1990 first names (dist.male.first, dist.female.first),\n"+
		"#   SSA baby names 1880-2024 (given.tsv) and Tzioumis 2018 (given_tzioumis.tsv).\n"+
		"# Built by gen/main.go (go generate); do not edit.\n"+
		fmt.Sprintf("# Lines 1-%d: 1990 names >= %.3f %% of either sex, ranked by mean share.\n", len(first1990), minFirstPercent)+
		fmt.Sprintf("# Then %d SSA names with >= %d births 1930-2024, by births,\n", ssaAdded, minBirths)+
		fmt.Sprintf("# then %d Tzioumis names, by applicants; %d names in all.\n", tzAdded, len(first))+
		"# One lowercase name per line, most frequent first (line order = rank).\n",
		first); err != nil {
		return err
	}
	if err := write(filepath.Join(c.out, "surnames.txt"), src+
		"#   US Census Bureau 1990 surnames (dist.all.last) and Census 2000 and 2010\n"+
		"#   surnames (surnames.tsv).\n"+
		"# Built by gen/main.go (go generate); do not edit.\n"+
		fmt.Sprintf("# Lines 1-%d: the most frequent 1990 surnames. Then %d surnames of the\n", len(last1990), len(surNew))+
		"# 2000 or 2010 list (>= 100 bearers), by 2000 count (2010-only names: 100),\n"+
		fmt.Sprintf("# then 2010 order; %d names in all.\n", len(last))+
		"# One lowercase name per line, most frequent first (line order = rank).\n",
		last); err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString(hand)
	if !strings.HasSuffix(hand, "\n\n") {
		b.WriteString("\n")
	}
	b.WriteString(generatedMarker + "; do not edit below this line ---\n")
	fmt.Fprintf(&b, "# Names that the SSA, Tzioumis and Census 2000/2010 lists add to the 1990\n"+
		"# ones and that are common English words: in the SCOWL word lists\n"+
		"# (Kevin Atkinson, wordlist.aspell.net) up to size %d. gen leaves them, and\n"+
		"# the rarer words up to size %d, out of the name lists. %d words.\n", maxCommonSize, maxWordSize, len(common))
	width := 0
	for _, w := range common {
		if width > 0 && width+1+len(w) > 76 {
			b.WriteByte('\n')
			width = 0
		}
		if width > 0 {
			b.WriteByte(' ')
			width++
		}
		b.WriteString(w)
		width += len(w)
	}
	b.WriteByte('\n')
	if err := os.WriteFile(filepath.Join(c.out, "commonwords.txt"), []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	fmt.Fprintf(os.Stderr, "gen: %d first names (%d from 1990, %d SSA, %d Tzioumis), %d surnames (%d from 1990), %d generated common words\n",
		len(first), len(first1990), ssaAdded, tzAdded, len(last), len(last1990), len(common))
	fmt.Fprintf(os.Stderr, "gen: left out of the lists (first-name and surname entries): %d words (SCOWL <= %d), %d hand-list common words, %d places and brands (notnames), %d US places >= %d people, %d one- and two-letter names\n",
		dropped["word"], maxWordSize, dropped["hand-common"], dropped["notnames"], dropped["place"], minPlace, dropped["short"])
	return nil
}

// words returns the whitespace-separated words of a list, skipping '#'
// comment lines.
func words(text string) map[string]bool {
	m := map[string]bool{}
	for line := range strings.Lines(text) {
		if !strings.HasPrefix(line, "#") {
			for _, w := range strings.Fields(line) {
				m[w] = true
			}
		}
	}
	return m
}

func names(list []entry) []string {
	out := make([]string, len(list))
	for i, e := range list {
		out[i] = e.name
	}
	return out
}

func set(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, n := range list {
		m[n] = true
	}
	return m
}

func num(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64) // empty race shares read as 0
	return f
}

func readDist(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open census file: %w", err)
	}
	defer f.Close()
	var list []entry
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 fields, got %d", path, line, len(fields))
		}
		p, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: frequency: %w", path, line, err)
		}
		r, err := strconv.Atoi(fields[3])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: rank: %w", path, line, err)
		}
		name := strings.ToLower(fields[0])
		if !isName(name) {
			return nil, fmt.Errorf("%s:%d: name %q has a character outside a-z", path, line, name)
		}
		list = append(list, entry{name: name, percent: p, rank: r})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("%s: no entries", path)
	}
	return list, nil
}

// readTSV reads the named columns of a tab-separated file whose first line
// is a header starting with '#', in file order. The first column must be
// a lowercase a-z name.
func readTSV(path string, cols ...string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open name data: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		return nil, fmt.Errorf("%s: no header", path)
	}
	header := strings.Split(strings.TrimPrefix(sc.Text(), "#"), "\t")
	idx := make([]int, len(cols))
	for i, c := range cols {
		idx[i] = slices.Index(header, c)
		if idx[i] < 0 {
			return nil, fmt.Errorf("%s: no column %q in header %q", path, c, header)
		}
	}
	var rows [][]string
	line := 1
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != len(header) {
			return nil, fmt.Errorf("%s:%d: want %d fields, got %d", path, line, len(header), len(fields))
		}
		row := make([]string, len(cols))
		for i, j := range idx {
			row[i] = fields[j]
		}
		if !isName(row[0]) {
			return nil, fmt.Errorf("%s:%d: name %q is not lowercase a-z", path, line, row[0])
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no entries", path)
	}
	return rows, nil
}

// readSCOWL returns the SCOWL size (10 = most common) of every word in the
// English and American lists up to maxWordSize: lowercase words ("legend")
// and abbreviations in capitals ("CEO", lowercased). Capitalised words
// ("Atlanta", "Nguyen", "Chen") are proper nouns, names among them, and
// are not read; nor are words with an apostrophe or accent.
func readSCOWL(dir string) (map[string]int, error) {
	return scowl.Read(dir, maxWordSize, func(line string) (string, bool) {
		w := strings.TrimSpace(line)
		if !isName(w) && (len(w) < 2 || strings.ToUpper(w) != w || !isName(strings.ToLower(w))) {
			return "", false
		}
		return strings.ToLower(w), true
	})
}

// readHand returns the hand-written part of commonwords.txt: everything
// before the generated part.
func readHand(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read the hand-written common words: %w", err)
	}
	s := string(b)
	if i := strings.Index(s, "\n"+generatedMarker); i >= 0 {
		s = s[:i+1]
	}
	return s, nil
}

func isName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
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
