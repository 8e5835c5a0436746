// Package evalwords holds what the training-data prep programs
// (testdata/pii/addrtrain/prep, testdata/pii/nametrain/prep) share: the
// reading of every evaluation set's words, so that each can leave out of
// its training data what an evaluation set says, the reading of datamade's
// labelled XML files and the writing of the gzipped training lines. It uses only the standard library and nothing
// from callveil. Nothing it reads is printed.
package evalwords

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Key is a word as the comparison sees it: lowercase letters and digits.
func Key(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Pairs returns every pair of adjacent words (as Key gives them, joined by
// a blank) of every evaluation set in dir, and each word followed by a
// blank. The sets are the words of every record of dir/*.jsonl.gz and the
// dialogue files dir/*/dialogues/*.txt, whose markup's brackets, bars and
// carets split words apart. A word Key leaves empty is skipped (the words
// either side of it count as adjacent).
func Pairs(dir string) (map[string]bool, error) {
	seen := map[string]bool{}
	add := func(words []string) {
		prev := ""
		for _, w := range words {
			k := Key(w)
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

// WriteGz writes lines to path, one a line, gzipped at the given level
// (compress/gzip's levels) with no name or time in the header, so a rerun
// writes the same bytes.
func WriteGz(path string, lines []string, level int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	z, err := gzip.NewWriterLevel(f, level)
	if err != nil {
		f.Close()
		return err
	}
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

// Item is one labelled item of a datamade training file (usaddress's
// addresses, probablepeople's names): the names of its labelled elements
// in order, each once even when it holds no word, and its words with the
// label of the element each stands in.
type Item struct {
	Labels []string
	Words  []Labelled
}

// Labelled is one word of an Item and its label.
type Labelled struct{ Label, Word string }

// ReadItems reads a datamade training file: a collection element of item
// elements whose children are the labelled words (text of deeper elements
// is not read). Items with no word are left out.
func ReadItems(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := xml.NewDecoder(f)
	var out []Item
	var cur Item
	var label string
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
				cur = Item{}
			case 3:
				label = t.Name.Local
				cur.Labels = append(cur.Labels, label)
			}
		case xml.CharData:
			if depth == 3 {
				for _, w := range strings.Fields(string(t)) {
					cur.Words = append(cur.Words, Labelled{label, w})
				}
			}
		case xml.EndElement:
			if depth == 2 && len(cur.Words) > 0 {
				out = append(out, cur)
			}
			depth--
		}
	}
}
