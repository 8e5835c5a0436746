// Command prep writes ../usaddress.txt.gz, the address tagger's training
// data (redact/addrtag*.go), from datamade/usaddress's labelled training
// files, leaving out every address that any evaluation set uses.
//
// The corpora set (testdata/pii/corpora) drew 100 of its addresses from
// the same files, and other sets may hold some too, so an address is left
// out when any pair of its core words (house number, street, unit, box:
// not the city, state or ZIP) that holds a digit, or two words of its
// street's name, is said as two adjacent
// words anywhere in an evaluation set: in the words of every
// testdata/pii/*.jsonl.gz record, or in the corpora set's dialogue files.
// That over-drops (a "Box 12" of one call drops every training "Box 12"),
// which is the safe side. Nothing read from an evaluation set is printed:
// prep prints only counts.
//
//	go run ./testdata/pii/addrtrain/prep -src DIR   # from the repository root
//
// DIR holds the usaddress files (../README.md names them, with their
// commit). Output: one address a line, "Label word Label word ...", in
// the source's order, gzipped without a timestamp so a rerun writes the
// same bytes.
package main

import (
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/callveil/callveil/testdata/pii/internal/evalwords"
)

// sources are the usaddress training files used, in this order.
var sources = []string{"labeled.xml", "us50_train_tagged.xml", "us50_messiest_manual_label.xml",
	"example_training.xml", "multi_word_state_addresses.xml"}

// laterSources are usaddress training files of earlier commits (README),
// added after sources: an address already written (most of them were
// merged into labeled.xml later) is not written again.
var laterSources = []string{"new_addresses.xml", "dealstat_addresses_v1.xml", "nc_train.xml"}

// outer are the labels outside an address's core.
var outer = map[string]bool{"PlaceName": true, "StateName": true, "ZipCode": true, "CountryName": true,
	"Recipient": true, "LandmarkName": true, "NotAddress": true}

type tok struct{ label, word string }

func main() {
	src := flag.String("src", "", "directory holding the usaddress training files")
	sets := flag.String("sets", "testdata/pii", "directory holding the evaluation sets (*.jsonl.gz, corpora/dialogues)")
	out := flag.String("out", "testdata/pii/addrtrain/usaddress.txt.gz", "output file")
	flag.Parse()
	if err := run(*src, *sets, *out); err != nil {
		fmt.Fprintln(os.Stderr, "prep:", err)
		os.Exit(1)
	}
}

func run(src, sets, out string) error {
	if src == "" {
		return errors.New("-src is required")
	}
	seen, err := evalwords.Pairs(sets)
	if err != nil {
		return err
	}
	var kept []string
	written := map[string]bool{}
	total, dropped, again := 0, 0, 0
	for n, f := range append(append([]string(nil), sources...), laterSources...) {
		addrs, err := readXML(filepath.Join(src, f))
		if err != nil {
			return err
		}
		for _, a := range addrs {
			total++
			if usedByEval(a, seen) {
				dropped++
				continue
			}
			if n >= len(sources) && written[lineOf(a)] {
				again++
				continue
			}
			written[lineOf(a)] = true
			kept = append(kept, lineOf(a))
		}
	}
	fmt.Printf("prep: %d addresses read, %d left out as used by an evaluation set, %d as written already, %d written\n", total, dropped, again, len(kept))
	return evalwords.WriteGz(out, kept, gzip.BestCompression)
}

// lineOf is a's line of the output: "Label word Label word ...".
func lineOf(a []tok) string {
	var b strings.Builder
	for i, t := range a {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.label + " " + t.word)
	}
	return b.String()
}

// readXML reads one usaddress file: <AddressCollection> of <AddressString>
// whose children are the labelled words.
func readXML(path string) ([][]tok, error) {
	items, err := evalwords.ReadItems(path)
	if err != nil {
		return nil, err
	}
	out := make([][]tok, len(items))
	for i, it := range items {
		for _, w := range it.Words {
			out[i] = append(out[i], tok{w.Label, w.Word})
		}
	}
	return out, nil
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// usedByEval reports whether two adjacent core words of a, one with a
// digit or both of the street's name, are said together in an evaluation
// set.
func usedByEval(a []tok, seen map[string]bool) bool {
	var core, labels []string
	for _, t := range a {
		if k := evalwords.Key(t.word); k != "" && !outer[t.label] {
			core = append(core, k)
			labels = append(labels, t.label)
		}
	}
	for i := 0; i+1 < len(core); i++ {
		// A pair with a digit, or two words of a street's name ("lake
		// shore"): a spoken set says its numbers as words, but not its
		// street names.
		if (hasDigit(core[i]) || hasDigit(core[i+1]) || labels[i] == "StreetName" && labels[i+1] == "StreetName") &&
			seen[core[i]+" "+core[i+1]] {
			return true
		}
	}
	return len(core) == 1 && seen[core[0]+" "] // a lone number said alone
}
