package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// nameData holds the name pools the generator draws from.
type nameData struct {
	// firstIn and lastIn are names in the embedded gazetteer, each with
	// its census frequency as the sampling weight.
	firstIn, lastIn weighted
	// firstOut and lastOut are real names outside the gazetteer's cut-off
	// (the census tail), drawn uniformly: callers are not all named Smith.
	firstOut, lastOut []string
	// wordNames are gazetteer first names that are also common words
	// ("will", "grace", "hope").
	wordNames []string
	common    map[string]bool
	inFirst   map[string]bool
	inLast    map[string]bool
}

type weighted struct {
	names []string
	cum   []float64
}

func (w *weighted) add(name string, weight float64) {
	total := weight
	if n := len(w.cum); n > 0 {
		total += w.cum[n-1]
	}
	w.names = append(w.names, name)
	w.cum = append(w.cum, total)
}

func (w *weighted) pick(r *rand.Rand) string {
	x := r.Float64() * w.cum[len(w.cum)-1]
	lo, hi := 0, len(w.cum)-1
	for lo < hi {
		m := (lo + hi) / 2
		if w.cum[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return w.names[lo]
}

// international first names that the 1990 census lists miss entirely.
var extraFirst = []string{"priya", "wei", "oluwaseun", "anh", "siddharth", "yusuf", "keanu",
	"aaliyah", "xiomara", "bogdan", "ingrid", "tariq", "mei", "chidi", "farah", "dmitri"}

// defaultGazetteer is the generator's own frozen snapshot of which census
// names redact's gazetteer held when the committed set was drawn (see the
// file's header). The generator never reads redact/internal/names itself:
// the lists there grow every session, and each change would redraw the set.
const defaultGazetteer = "gen/gazetteer-snapshot.txt.gz"

func loadNames(census, gazetteer string) (*nameData, error) {
	nd := &nameData{common: map[string]bool{}, inFirst: map[string]bool{}, inLast: map[string]bool{}}
	err := readSnapshot(gazetteer, map[string]map[string]bool{"first": nd.inFirst, "last": nd.inLast, "common": nd.common})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, file := range []string{"dist.male.first", "dist.female.first"} {
		err := readCensus(filepath.Join(census, file), func(name string, pct float64, rank int) {
			if seen[name] {
				return
			}
			seen[name] = true
			switch {
			case nd.inFirst[name] && nd.common[name]:
				nd.wordNames = append(nd.wordNames, name)
			case nd.inFirst[name]:
				nd.firstIn.add(name, pct)
			case len(name) >= 3 && !nd.common[name]:
				nd.firstOut = append(nd.firstOut, name)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for _, n := range extraFirst {
		if !nd.inFirst[n] {
			nd.firstOut = append(nd.firstOut, n)
		}
	}
	err = readCensus(filepath.Join(census, "dist.all.last"), func(name string, pct float64, rank int) {
		switch {
		case nd.common[name] || len(name) < 3:
		case nd.inLast[name]:
			nd.lastIn.add(name, pct)
		case rank > 10000 && rank <= 40000:
			nd.lastOut = append(nd.lastOut, name)
		}
	})
	if err != nil {
		return nil, err
	}
	if len(nd.firstIn.names) == 0 || len(nd.lastIn.names) == 0 || len(nd.lastOut) == 0 || len(nd.wordNames) == 0 {
		return nil, fmt.Errorf("name pools empty: check -census and -gazetteer")
	}
	return nd, nil
}

// readSnapshot reads a gazetteer snapshot (gzip-compressed when its name
// ends in .gz): '#' comment lines, then sections headed "[name]" with one
// name a line, each added to sets[name].
func readSnapshot(path string, sets map[string]map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var in io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		in = zr
	}
	var set map[string]bool
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			name := line[1 : len(line)-1]
			if set = sets[name]; set == nil {
				return fmt.Errorf("%s: unknown section %q", path, line)
			}
		case set == nil:
			return fmt.Errorf("%s: %q before the first section", path, line)
		default:
			set[line] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for name, set := range sets {
		if len(set) == 0 {
			return fmt.Errorf("%s: section [%s] missing or empty", path, name)
		}
	}
	return nil
}

func readCensus(path string, add func(name string, pct float64, rank int)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 4 {
			continue
		}
		pct, err1 := strconv.ParseFloat(fs[1], 64)
		rank, err2 := strconv.Atoi(fs[3])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("%s: bad line %q", path, sc.Text())
		}
		add(strings.ToLower(fs[0]), pct, rank)
	}
	return sc.Err()
}

// first draws a first name: 88 % from the gazetteer (by census frequency),
// 12 % from outside it.
func (nd *nameData) first(r *rand.Rand) string {
	if r.Float64() < 0.12 {
		return pick(r, nd.firstOut)
	}
	return nd.firstIn.pick(r)
}

// last draws a surname: 75 % from the gazetteer, 25 % from census ranks
// 10,001-40,000 (about the share of people whose surname is outside the
// top 10,000 is larger still, 29 %).
func (nd *nameData) last(r *rand.Rand) string {
	if r.Float64() < 0.25 {
		return pick(r, nd.lastOut)
	}
	return nd.lastIn.pick(r)
}

// gazFirst and gazLast draw only gazetteer names that are not common
// words: what an uncued capitalised pair is made of.
func (nd *nameData) gazFirst(r *rand.Rand) string { return nd.firstIn.pick(r) }
func (nd *nameData) gazLast(r *rand.Rand) string  { return nd.lastIn.pick(r) }
