// Command gen writes callveil's labelled PII evaluation set,
// testdata/pii/transcripts.jsonl: synthetic call-centre transcripts with
// ground-truth entities and hard negatives as word-index ranges.
//
// It is deterministic (fixed seed): running it again writes the same file.
// Names come from the US Census 1990 frequency files (public domain); all
// numbers are synthetic (Luhn-valid test card numbers made here, 555-01xx
// and random NANP phone numbers, SSNs valid in form only). See ../README.md
// for the format.
//
// Run from testdata/pii: go run ./gen
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one word of a transcript in the file.
type Word struct {
	Text    string `json:"text"`
	Punct   string `json:"punct,omitempty"`
	StartMS int    `json:"start_ms"`
	EndMS   int    `json:"end_ms"`
	Channel int    `json:"channel"`
	Speaker string `json:"speaker,omitempty"`
}

// Entity is one ground-truth span of personal data.
type Entity struct {
	Type string `json:"type"`
	Form string `json:"form"`
	// First and Last are the inclusive word indices of the entity.
	First int `json:"first"`
	Last  int `json:"last"`
	// OuterFirst..OuterLast may be redacted without counting as a false
	// positive (a title before a name); it contains First..Last.
	OuterFirst int `json:"outer_first"`
	OuterLast  int `json:"outer_last"`
	// Optional lists word indices inside First..Last that need not be
	// redacted (fillers, punctuation tokens, connectors, the abandoned part
	// of a self-correction).
	Optional []int `json:"optional,omitempty"`
	// Also lists other types that count as correct for this entity.
	Also []string `json:"also,omitempty"`
}

// Negative is a hard-negative span: words that look like PII but are not.
type Negative struct {
	Kind  string `json:"kind"`
	First int    `json:"first"`
	Last  int    `json:"last"`
}

// Record is one transcript of the set.
type Record struct {
	ID        string     `json:"id"`
	Style     string     `json:"style"` // "cased" (Whisper/AWS/Deepgram) or "lower" (Kaldi)
	Channels  int        `json:"channels"`
	Words     []Word     `json:"words"`
	Entities  []Entity   `json:"entities"`
	Negatives []Negative `json:"hard_negatives"`
}

func main() {
	out := flag.String("o", "transcripts.jsonl.gz", "output file (gzip-compressed when it ends in .gz)")
	census := flag.String("census", "../../../shared/data/census1990-names", "directory of the US Census 1990 name files")
	gazetteer := flag.String("gazetteer", defaultGazetteer, "the frozen snapshot of which names are in redact's gazetteer (see its header)")
	n := flag.Int("n", 300, "number of transcripts")
	seed := flag.Uint64("seed", defaultSeed, "random seed (the committed set uses the default; another seed gives a held-out set of the same forms)")
	held := flag.Bool("heldout", false, "reword the talk around entities (a held-out set; see heldout.go)")
	flag.Parse()
	if *held {
		heldout = rand.New(rand.NewPCG(*seed, 99))
	}
	if err := run(*out, *census, *gazetteer, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// defaultSeed is the seed of the committed set.
const defaultSeed = 20261125

func run(out, census, gazetteer string, n int, seed uint64) error {
	nm, err := loadNames(census, gazetteer)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed, 4))
	g := &gen{r: r, nm: nm}

	f, err := os.Create(out)
	if err != nil {
		return err
	}
	// The set is written gzip-compressed when out ends in .gz (the
	// committed one does: JSON lines of 50,000 words compress about 10×).
	var sink io.Writer = f
	var zw *gzip.Writer
	if strings.HasSuffix(out, ".gz") {
		zw, _ = gzip.NewWriterLevel(f, gzip.BestCompression)
		sink = zw
	}
	w := bufio.NewWriter(sink)
	coverage := map[string]int{}
	for i := range n {
		style := "cased"
		if i%2 == 1 {
			style = "lower"
		}
		focus := allForms[(i/2)%len(allForms)]
		c := g.call(focus)
		rec := render(c, style, r)
		rec.ID = fmt.Sprintf("%03d-%s-%s", i, focus.name, style)
		for _, e := range rec.Entities {
			coverage[e.Type+"/"+e.Form+"/"+style]++
		}
		for _, e := range rec.Negatives {
			coverage["NEG/"+e.Kind+"/"+style]++
		}
		b, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return err
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	keys := make([]string, 0, len(coverage))
	for k := range coverage {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(os.Stderr, "%-50s %d\n", k, coverage[k])
	}
	return nil
}

// render styles the call's words, gives them times and channels, and
// resolves entity and negative ranges to word indices.
func render(c *conv, style string, r *rand.Rand) Record {
	rec := Record{Style: style, Channels: 1}
	twoCh := r.IntN(3) > 0 // two thirds are stereo calls, agent left, customer right
	if twoCh {
		rec.Channels = 2
	}
	diarised := style == "cased" || r.IntN(2) == 0
	t := 400 + r.IntN(800)
	for _, tu := range c.turns {
		ch := 0
		if twoCh {
			ch = tu.speaker
		}
		spk := ""
		if diarised {
			spk = fmt.Sprintf("spk_%d", tu.speaker)
		}
		sentenceStart := true
		for _, sg := range tu.segs {
			first := len(rec.Words)
			var optional []int
			outerFirst := first
			all := append(append([]tok(nil), sg.pre...), sg.toks...)
			for k, tk := range all {
				if tk.text == "" {
					// trailing punctuation of the previous word
					if n := len(rec.Words); n > 0 && style == "cased" {
						// "Ave." + "." is written once
						if !(tk.punct == "." && strings.HasSuffix(rec.Words[n-1].Punct, ".")) {
							rec.Words[n-1].Punct += tk.punct
						}
					}
					sentenceStart = strings.ContainsAny(tk.punct, ".?!")
					continue
				}
				text, punct := tk.text, tk.punct
				if style == "lower" {
					if text == "-" {
						continue
					}
					text, punct = strings.ToLower(text), ""
				} else if sentenceStart && !sg.noCap {
					text = upperFirst(text)
				}
				if k == len(sg.pre) {
					first = len(rec.Words)
				}
				if tk.opt && k >= len(sg.pre) {
					optional = append(optional, len(rec.Words))
				}
				d := 250 + r.IntN(151)
				switch {
				case utf8.RuneCountInString(text) <= 2:
					d = 160 + r.IntN(120)
				case len(text) >= 9:
					d += 150 + r.IntN(200)
				}
				rec.Words = append(rec.Words, Word{Text: text, Punct: punct, StartMS: t, EndMS: t + d, Channel: ch, Speaker: spk})
				t += d + r.IntN(60)
				if strings.ContainsAny(punct, ".?!") {
					t += 150 + r.IntN(350)
				} else if punct == "," {
					t += 60 + r.IntN(200)
				}
				sentenceStart = strings.ContainsAny(tk.punct, ".?!")
			}
			last := len(rec.Words) - 1
			if last < first {
				continue
			}
			switch sg.kind {
			case entity:
				rec.Entities = append(rec.Entities, Entity{Type: sg.typ, Form: sg.form, First: first, Last: last,
					OuterFirst: outerFirst, OuterLast: last, Optional: optional, Also: sg.also})
			case hardNeg:
				rec.Negatives = append(rec.Negatives, Negative{Kind: sg.form, First: first, Last: last})
			}
		}
		t += 300 + r.IntN(900)
	}
	return rec
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
