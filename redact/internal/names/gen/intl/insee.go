package main

// The INSEE lists: the given names of every child born in France
// 1900-2022 and the surnames of every person born there 1891-2000, as
// INSEE (the French national statistics office) counts them from the
// civil registers. France's births of the 20th century carry names of
// many origins (North and West African, Arabic, Portuguese, Italian,
// Spanish, Polish, Armenian, Vietnamese, Turkish, Tamil, Chinese), so
// these lists add far more names that the US lists lack than the
// sigpwned lists do. ../SOURCES.md, section 9, says where to get them
// and under which licence.
//
// A name is kept when its count over all years reaches the minimum
// (minGiven births, minSurname bearers: rarer rows are mostly spelling
// variants and one family's name) and it passes the filters of keep,
// with the US lists and the sigpwned names as "already listed". The
// files list names most frequent first.

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// minGiven is the fewest births (1900-2022, both sexes) a given name
// needs; minSurname the fewest people born 1891-2000 a surname needs.
const (
	minGiven   = 100
	minSurname = 500
)

// inseeFiles names the two INSEE files; an empty name skips its list.
type inseeFiles struct {
	given, surnames string
	// ons names the ONS workbooks of gen/intl/ons.go, comma-separated;
	// empty: onsfirst.txt is not written.
	ons string
}

// runINSEE writes inseefirst.txt and inseesurnames.txt, each from its
// INSEE file, leaving out the names of listedFirst and listedLast.
func runINSEE(fr inseeFiles, dict, listedFirst, listedLast map[string]bool, out string) error {
	const src = "# INSEE, %s (Licence Ouverte / Open Licence 2.0, Etalab), %s;\n" +
		"# written by gen/intl (see insee.go for the filters), most frequent first.\n"
	if fr.given != "" {
		rows, err := readINSEEGiven(fr.given)
		if err != nil {
			return fmt.Errorf("insee given names: %w", err)
		}
		kept := keep(rows, dict, listedFirst)
		if err := write(filepath.Join(out, "inseefirst.txt"), fmt.Sprintf(src, "Fichier des prénoms, édition 2023", "nat2022.csv, births in France 1900-2022"), kept); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "intl: INSEE: %d of %d given names kept\n", len(kept), len(rows))
		for _, w := range kept {
			listedFirst[w] = true
		}
	} else if fr.ons != "" {
		kept, err := readList(filepath.Join(out, "inseefirst.txt"))
		if err != nil {
			return err
		}
		for w := range kept {
			listedFirst[w] = true
		}
	}
	if fr.ons != "" {
		if err := runONS(strings.Split(fr.ons, ","), dict, listedFirst, out); err != nil {
			return err
		}
	}
	if fr.surnames != "" {
		rows, err := readINSEESurnames(fr.surnames)
		if err != nil {
			return fmt.Errorf("insee surnames: %w", err)
		}
		kept := keep(rows, dict, listedLast)
		if err := write(filepath.Join(out, "inseesurnames.txt"), fmt.Sprintf(src, "Fichier des noms de famille, 2008", "noms2008nat_txt.txt, births in France 1891-2000"), kept); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "intl: INSEE: %d of %d surnames kept\n", len(kept), len(rows))
	}
	return nil
}

// readINSEEGiven sums nat2022.csv ("sexe;preusuel;annais;nombre") over
// sexes and years and returns the names of minGiven births or more, most
// frequent first (rank 1), ties in name order. The rows that stand for
// the rare names together ("_PRENOMS_RARES") are left out.
func readINSEEGiven(path string) ([]row, error) {
	counts := map[string]int{}
	err := readTable(path, ';', 4, func(rec []string) error {
		n, err := strconv.Atoi(rec[3])
		if err != nil {
			return fmt.Errorf("nombre %q: %w", rec[3], err)
		}
		if !strings.HasPrefix(rec[1], "_") {
			counts[rec[1]] += n
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ranked(counts, minGiven), nil
}

// readINSEESurnames sums noms2008nat_txt.txt (a name, then its births
// of each decade 1891-2000, tab-separated) over the decades and returns
// the names of minSurname bearers or more, most frequent first. The row
// of all other names together ("AUTRES NOMS") is left out.
func readINSEESurnames(path string) ([]row, error) {
	counts := map[string]int{}
	err := readTable(path, '\t', 12, func(rec []string) error {
		sum := 0
		for _, f := range rec[1:] {
			n, err := strconv.Atoi(f)
			if err != nil {
				return fmt.Errorf("count %q: %w", f, err)
			}
			sum += n
		}
		if rec[0] != "AUTRES NOMS" {
			counts[rec[0]] += sum
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ranked(counts, minSurname), nil
}

// readTable calls fn with the fields of every line of path after the
// header, which must have want fields separated by sep.
func readTable(path string, sep byte, want int, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		rec := strings.Split(strings.TrimRight(sc.Text(), "\r"), string(sep))
		if len(rec) != want {
			return fmt.Errorf("%s:%d: %d fields, want %d", path, line, len(rec), want)
		}
		if line == 1 {
			continue
		}
		if err := fn(rec); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	return sc.Err()
}

// ranked returns the names of counts with min or more, ranked by count
// (rank 1 the most frequent), ties in name order.
func ranked(counts map[string]int, min int) []row {
	var names []string
	for w, n := range counts {
		if n >= min {
			names = append(names, w)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		if counts[names[i]] != counts[names[j]] {
			return counts[names[i]] > counts[names[j]]
		}
		return names[i] < names[j]
	})
	rows := make([]row, len(names))
	for i, w := range names {
		rows[i] = row{i + 1, w}
	}
	return rows
}

// runINSEEOnly writes only the INSEE lists, reading the sigpwned names
// from the intl files already written instead of from their CSV files
// (forenames and surnames are empty).
func runINSEEOnly(_, _, scowl, out string, fr inseeFiles) error {
	dict, err := readSCOWL(scowl)
	if err != nil {
		return err
	}
	listed := func(files ...string) (map[string]bool, error) {
		all := map[string]bool{}
		for _, f := range files {
			l, err := readList(filepath.Join(out, f))
			if err != nil {
				return nil, err
			}
			for w := range l {
				all[w] = true
			}
		}
		return all, nil
	}
	first, err := listed("firstnames.txt", "intlfirst.txt")
	if err != nil {
		return err
	}
	last, err := listed("surnames.txt", "intlsurnames.txt")
	if err != nil {
		return err
	}
	return runINSEE(fr, dict, first, last, out)
}
