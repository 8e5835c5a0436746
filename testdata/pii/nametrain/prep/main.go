// Command prep writes ../names.txt.gz, the name model's training data
// (redact/nametag*.go), from datamade/probablepeople's labelled people's
// and corporations' names, leaving out every name that any evaluation set
// uses.
//
// The corpora set (testdata/pii/corpora) drew 158 people's names and 123
// corporations from the same files, and other sets may hold some too, so
// a name is left out when any two of its adjacent words are said as two
// adjacent words anywhere in an evaluation set (in the words of every
// testdata/pii/*.jsonl.gz record, or in a dialogue file of a set's
// dialogues/ directory), and a one-word name when its word is said
// anywhere in one. That over-drops (a common "john smith" of one call
// drops every training "John Smith", a one-word "Maria" is dropped by any
// call that says "maria"), which is the safe side. Nothing read from an
// evaluation set is printed: prep prints only counts.
//
//	go run ./testdata/pii/nametrain/prep -src DIR   # from the repository root
//
// DIR holds person_labeled.xml, company_labeled.xml and
// test_data_labeled.xml (../README.md names them, with their commit).
// Output: one name a line, "P word word ..." for a person's name and
// "C word word ..." for a corporation's, in the source's order, lowercase,
// gzipped without a timestamp so a rerun writes the same bytes.
package main

import (
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/callveil/callveil/testdata/pii/internal/evalwords"
)

// sources are the probablepeople files used, in this order.
var sources = []string{"person_labeled.xml", "company_labeled.xml", "test_data_labeled.xml"}

func main() {
	src := flag.String("src", "", "directory holding the probablepeople labelled files")
	sets := flag.String("sets", "testdata/pii", "directory holding the evaluation sets (*.jsonl.gz, */dialogues)")
	out := flag.String("out", "testdata/pii/nametrain/names.txt.gz", "output file")
	flag.Parse()
	if err := run(*src, *sets, *out); err != nil {
		fmt.Fprintln(os.Stderr, "prep:", err)
		os.Exit(1)
	}
}

// name is one labelled name: a person's or a corporation's, its words.
type name struct {
	corp  bool
	words []string
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
	total, dropped, people, corps, dup := 0, 0, 0, 0, 0
	have := map[string]bool{}
	for _, f := range sources {
		ns, err := readXML(filepath.Join(src, f))
		if err != nil {
			return err
		}
		for _, n := range ns {
			total++
			if usedByEval(n.words, seen) {
				dropped++
				continue
			}
			line := "P "
			if n.corp {
				line = "C "
			}
			line += strings.Join(n.words, " ")
			if have[line] {
				dup++
				continue
			}
			have[line] = true
			if n.corp {
				corps++
			} else {
				people++
			}
			kept = append(kept, line)
		}
	}
	fmt.Printf("prep: %d names read, %d left out as used by an evaluation set, %d repeats, %d written (%d people, %d corporations)\n",
		total, dropped, dup, len(kept), people, corps)
	return evalwords.WriteGz(out, kept, gzip.DefaultCompression)
}

// readXML reads one probablepeople file: <NameCollection> of <Name> whose
// children are the labelled words; a name with a Corporation* label is a
// corporation's.
func readXML(path string) ([]name, error) {
	items, err := evalwords.ReadItems(path)
	if err != nil {
		return nil, err
	}
	out := make([]name, len(items))
	for i, it := range items {
		for _, l := range it.Labels {
			if strings.HasPrefix(l, "Corporation") {
				out[i].corp = true
			}
		}
		for _, w := range it.Words {
			out[i].words = append(out[i].words, strings.ToLower(w.Word))
		}
	}
	return out, nil
}

// usedByEval reports whether two adjacent words of a name are said
// together in an evaluation set, or a one-word name's word is said in one.
func usedByEval(words []string, seen map[string]bool) bool {
	var ks []string
	for _, w := range words {
		if k := evalwords.Key(w); k != "" {
			ks = append(ks, k)
		}
	}
	if len(ks) == 0 {
		return true
	}
	if len(ks) == 1 {
		return seen[ks[0]+" "]
	}
	for i := 0; i+1 < len(ks); i++ {
		if seen[ks[i]+" "+ks[i+1]] {
			return true
		}
	}
	return false
}
