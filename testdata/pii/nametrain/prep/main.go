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
	"bufio"
	"compress/gzip"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
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
	seen, err := evalPairs(sets)
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
	return writeGz(out, kept)
}

// readXML reads one probablepeople file: <NameCollection> of <Name> whose
// children are the labelled words; a name with a Corporation* label is a
// corporation's.
func readXML(path string) ([]name, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := xml.NewDecoder(f)
	var out []name
	var cur name
	depth := 0
	for {
		t, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			depth++
			switch depth {
			case 2:
				cur = name{}
			case 3:
				if strings.HasPrefix(t.Name.Local, "Corporation") {
					cur.corp = true
				}
			}
		case xml.CharData:
			if depth == 3 {
				for _, w := range strings.Fields(string(t)) {
					cur.words = append(cur.words, strings.ToLower(w))
				}
			}
		case xml.EndElement:
			if depth == 2 && len(cur.words) > 0 {
				out = append(out, cur)
			}
			depth--
		}
	}
}

// key is a word as the comparison sees it: lowercase letters and digits.
func key(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// usedByEval reports whether two adjacent words of a name are said
// together in an evaluation set, or a one-word name's word is said in one.
func usedByEval(words []string, seen map[string]bool) bool {
	var ks []string
	for _, w := range words {
		if k := key(w); k != "" {
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

// evalPairs returns every pair of adjacent words (as key gives them) of
// every evaluation set, and each word followed by a blank.
func evalPairs(dir string) (map[string]bool, error) {
	seen := map[string]bool{}
	add := func(words []string) {
		prev := ""
		for _, w := range words {
			k := key(w)
			if k == "" {
				continue
			}
			if prev != "" {
				seen[prev+" "+k] = true
			}
			seen[k+" "] = true
			prev = k
		}
	}
	sets, err := filepath.Glob(filepath.Join(dir, "*.jsonl.gz"))
	if err != nil {
		return nil, err
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("no evaluation sets in %s", dir)
	}
	for _, p := range sets {
		if err := readSet(p, add); err != nil {
			return nil, err
		}
	}
	dialogues, err := filepath.Glob(filepath.Join(dir, "*", "dialogues", "*.txt"))
	if err != nil {
		return nil, err
	}
	for _, p := range dialogues {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		// The markup's brackets, bars and carets split words apart.
		add(strings.FieldsFunc(string(b), func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("[]{}|^<>", r)
		}))
	}
	return seen, nil
}

// readSet passes the words of each record of a set, in order, to add.
func readSet(path string, add func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	s := bufio.NewScanner(z)
	s.Buffer(make([]byte, 1<<20), 64<<20)
	for s.Scan() {
		var rec struct {
			Words []struct {
				Text string `json:"text"`
			} `json:"words"`
		}
		if err := json.Unmarshal(s.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		ws := make([]string, len(rec.Words))
		for i, w := range rec.Words {
			ws[i] = w.Text
		}
		add(ws)
	}
	if err := s.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// writeGz writes lines to path, gzipped with no name or time in the header.
func writeGz(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	z := gzip.NewWriter(f)
	w := bufio.NewWriter(z)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := z.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
