// Command gen builds the embedded name lists of package names from the
// US Census 1990 name frequency files (public domain, US government work):
// dist.male.first, dist.female.first and dist.all.last. Each input line is
// "NAME  frequency-percent  cumulative-percent  rank".
//
// Cut-offs, and why:
//
//   - First names: every name whose frequency is at least 0.003 % of its
//     sex's population (all 1,219 male names, whose list already stops at
//     0.004 %, and 2,130 of the 4,275 female names), 3,175 distinct
//     names covering roughly 90 % of people. Below 0.003 % the female list is
//     mostly rare spellings ("Shasta", "Arminda") that add false positives
//     on ordinary words sooner than they add real callers' names. Names are
//     ranked by the mean of the male and female percentages, so the rank
//     approximates the share of the whole population.
//   - Surnames: the 10,000 most frequent (frequency at least 0.001 %,
//     covering about 71 % of people). The long tail (88,799 entries) is full
//     of ordinary words and fragments ("Apel", "Rodkey" at rank 15,000 and
//     20,000) that each cover a handful of people.
//
// Output files hold one lowercase name per line in rank order (line 1 is
// rank 1) after '#' comment lines that name the source and the cut-off.
//
// Run it through go generate in the parent directory; -src names the
// directory holding the census files.
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
)

const (
	minFirstPercent = 0.003
	maxSurnames     = 10000
)

type entry struct {
	name    string
	percent float64
	rank    int
}

func main() {
	src := flag.String("src", os.Getenv("CENSUS_NAMES_DIR"), "directory with dist.male.first, dist.female.first and dist.all.last (default $CENSUS_NAMES_DIR)")
	out := flag.String("out", ".", "directory to write firstnames.txt and surnames.txt into")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	if src == "" {
		return errors.New("no source directory: pass -src or set CENSUS_NAMES_DIR")
	}
	male, err := readDist(filepath.Join(src, "dist.male.first"))
	if err != nil {
		return err
	}
	female, err := readDist(filepath.Join(src, "dist.female.first"))
	if err != nil {
		return err
	}
	last, err := readDist(filepath.Join(src, "dist.all.last"))
	if err != nil {
		return err
	}

	// First names: mean share over both sexes, cut per list.
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
	first := make([]entry, 0, len(share))
	for n, p := range share {
		first = append(first, entry{name: n, percent: p})
	}
	slices.SortFunc(first, func(a, b entry) int {
		if c := cmp.Compare(b.percent, a.percent); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})

	slices.SortStableFunc(last, func(a, b entry) int { return cmp.Compare(a.rank, b.rank) })
	if len(last) > maxSurnames {
		last = last[:maxSurnames]
	}

	hdr := "# Source: US Census Bureau, 1990 census name frequency files (public domain,\n" +
		"# US government work), %s.\n" +
		"# Built by gen/main.go (go generate); do not edit. %s\n" +
		"# One lowercase name per line, most frequent first (line order = rank).\n"
	if err := write(filepath.Join(out, "firstnames.txt"),
		fmt.Sprintf(hdr, "dist.male.first and dist.female.first",
			fmt.Sprintf("Cut-off: >= %.3f %% of either sex; %d names, ranked by mean share.", minFirstPercent, len(first))),
		first); err != nil {
		return err
	}
	return write(filepath.Join(out, "surnames.txt"),
		fmt.Sprintf(hdr, "dist.all.last",
			fmt.Sprintf("Cut-off: the %d most frequent surnames.", len(last))),
		last)
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
		for _, c := range name {
			if c < 'a' || c > 'z' {
				return nil, fmt.Errorf("%s:%d: name %q has a character outside a-z", path, line, name)
			}
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

func write(path, header string, list []entry) error {
	var b strings.Builder
	b.WriteString(header)
	for _, e := range list {
		b.WriteString(e.name)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}
