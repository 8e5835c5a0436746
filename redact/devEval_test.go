package redact_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// TestDevEval is a development aid (skipped unless REDACT_DEVEVAL is set):
// it runs Find over testdata/pii and prints misses and false positives with
// their context. The real measure is TestPIIAccuracy.
func TestDevEval(t *testing.T) {
	mode := os.Getenv("REDACT_DEVEVAL")
	if mode == "" {
		t.Skip("set REDACT_DEVEVAL=1 (or =TYPE to print only that type)")
	}
	path := os.Getenv("REDACT_DEVSET")
	if path == "" {
		path = "../testdata/pii/transcripts.jsonl"
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	type ent struct {
		Type                  string
		Form                  string
		First, Last           int
		OuterFirst, OuterLast int `json:"-"`
		Optional              []int
		Also                  []string
	}
	type rec struct {
		ID       string
		Style    string
		Channels int
		Words    []struct {
			Text    string
			Punct   string
			StartMs int `json:"start_ms"`
			EndMs2  int `json:"end_ms"`
			Channel int
		}
		Entities      []json.RawMessage
		HardNegatives []struct {
			Kind        string
			First, Last int
		} `json:"hard_negatives"`
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	found, total := map[string]int{}, map[string]int{}
	fpWords, nonPII := 0, 0
	negHit, negTotal := 0, 0
	for sc.Scan() {
		var r rec
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		tr := &transcript.Transcript{Channels: r.Channels}
		for _, w := range r.Words {
			tr.Words = append(tr.Words, transcript.Word{Text: w.Text, Punct: w.Punct, Channel: w.Channel,
				Start: time.Duration(w.StartMs) * time.Millisecond, End: time.Duration(w.EndMs2) * time.Millisecond})
		}
		var ents []ent
		for _, raw := range r.Entities {
			var e ent
			var m map[string]any
			json.Unmarshal(raw, &m)
			json.Unmarshal(raw, &e)
			e.OuterFirst = int(m["outer_first"].(float64))
			e.OuterLast = int(m["outer_last"].(float64))
			ents = append(ents, e)
		}
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		if err != nil {
			t.Fatal(err)
		}
		if id := os.Getenv("REDACT_DEVID"); id != "" {
			if id != r.ID {
				continue
			}
			for _, ts := range redact.Normalize(tr) {
				for _, tk := range ts.Toks {
					fmt.Printf("%s:%q(%d-%d) ", tk.Kind, tk.Norm, ts.Words[tk.First], ts.Words[tk.Last])
				}
				fmt.Println()
			}
			for _, f := range fs {
				fmt.Printf("  %s %.2f %s [%d-%d]: %q\n", f.Type, f.Score, f.Recognizer, f.FirstWord, f.LastWord, redact.MatchedText(tr, f))
			}
			fmt.Println(ents)
		}
		ctx := func(a, b int) string {
			var s []string
			for i := max(0, a-8); i <= min(len(tr.Words)-1, b+3); i++ {
				if tr.Words[i].Channel != tr.Words[a].Channel {
					continue
				}
				w := tr.Words[i].Text + tr.Words[i].Punct
				if i == a {
					w = "«" + w
				}
				if i == b {
					w += "»"
				}
				s = append(s, w)
			}
			return strings.Join(s, " ")
		}
		inPII := make([]bool, len(tr.Words))
		for _, e := range ents {
			for i := e.OuterFirst; i <= e.OuterLast; i++ {
				inPII[i] = true
			}
			total[e.Type]++
			ok := false
			var got []string
			for _, f := range fs {
				if f.LastWord < e.First || f.FirstWord > e.Last {
					continue
				}
				got = append(got, fmt.Sprintf("%s[%d-%d]", f.Type, f.FirstWord, f.LastWord))
			}
			ok = true
			for i := e.First; i <= e.Last; i++ {
				if slices.Contains(e.Optional, i) {
					continue
				}
				cov := false
				for _, f := range fs {
					if f.FirstWord <= i && f.LastWord >= i && (string(f.Type) == e.Type || slices.Contains(e.Also, string(f.Type))) {
						cov = true
					}
				}
				ok = ok && cov
			}
			if ok {
				found[e.Type]++
			} else if mode == "1" || mode == e.Type {
				fmt.Printf("MISS %s/%s %s [%d-%d] got %v: %s\n", e.Type, e.Form, r.ID, e.First, e.Last, got, ctx(e.First, e.Last))
			}
		}
		covered := make([]bool, len(tr.Words))
		for _, f := range fs {
			for i := f.FirstWord; i <= f.LastWord; i++ {
				if tr.Words[i].Channel == f.Channel {
					covered[i] = true
				}
			}
			fp := false
			for i := f.FirstWord; i <= f.LastWord; i++ {
				if !inPII[i] && tr.Words[i].Channel == f.Channel {
					fp = true
				}
			}
			if fp && (mode == "1" || mode == "FP" || mode == string(f.Type)) {
				fmt.Printf("FP   %s %s %s [%d-%d]: %s\n", f.Type, f.Recognizer, r.ID, f.FirstWord, f.LastWord, ctx(f.FirstWord, f.LastWord))
			}
		}
		for i := range tr.Words {
			if !inPII[i] {
				nonPII++
				if covered[i] {
					fpWords++
				}
			}
		}
		for _, n := range r.HardNegatives {
			negTotal++
			for i := n.First; i <= n.Last; i++ {
				if covered[i] {
					negHit++
					if mode == "1" || mode == "NEG" {
						fmt.Printf("NEG  %s %s [%d-%d]: %s\n", n.Kind, r.ID, n.First, n.Last, ctx(n.First, n.Last))
					}
					break
				}
			}
		}
	}
	var types []string
	for k := range total {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		fmt.Printf("%-8s %4d/%4d = %.3f\n", k, found[k], total[k], float64(found[k])/float64(total[k]))
	}
	fmt.Printf("FP words %d/%d = %.4f; hard negatives hit %d/%d = %.4f\n", fpWords, nonPII, float64(fpWords)/float64(nonPII), negHit, negTotal, float64(negHit)/float64(negTotal))
}
