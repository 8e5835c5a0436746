// Package buildkit holds what the PII evaluation-set builders under
// testdata/pii share: the dialogue-source parser and its markup, the word
// timing, the record layout, the label checks, the checksum validators and
// the writing of the gzip JSON lines (record format: testdata/pii/README.md).
//
// The blind and peer builders (testdata/pii/blind/build,
// testdata/pii/peer/build) are thin commands over Build; where their sets
// differ, Options says so explicitly. It uses only the standard library and
// nothing from callveil: the sets were written without reading the detector,
// and the builders do not use it.
package buildkit

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Options are the differences between the sets built with this package.
// The zero value plus a Name is the blind set's dialect.
type Options struct {
	// Name prefixes every record ID: "<Name>-NNN-<focus>-<style>".
	Name string
	// Twins is the peer dialect: a call header carries src=<source> and
	// may say "both" (the call is written once, cased, and its lower twin is
	// derived by speaking every word, speak.go); {cased|spoken} groups pick
	// a side per style; the same number may be used once per style; and
	// the counts add a line per source.
	Twins bool
	// Number allows the NUMBER label (a long digit run that fails its own
	// type's check), which also counts as ACCOUNT.
	Number bool
	// NameWords makes every names-that-are-words (bill, will, mark, ...)
	// in a lower-style call a labelled word: PERSON or <name-word|...>.
	NameWords bool
	// WideForms accepts the forms the peer material uses that the blind
	// dialogues never needed: a token may start with "(", "ste" is a
	// connector inside an ADDRESS, "x12" is a phone extension, an "intl"
	// PHONE form takes 8-15 digits without a "+", a spoken "o" may be the
	// letter O in an IBAN or MBI, a DOB may be "22-nov-1972", and IBANs
	// of AD, AZ, BH, BA, BG, CR and BY are known; a digit run or email
	// inside a hard negative needs no entity label.
	WideForms bool
}

// Set is a built evaluation set.
type Set struct {
	o     Options
	data  []byte
	recs  []Record
	calls []*call
}

// Build parses every *.txt dialogue file in dir, lays the calls out, runs
// every format, label and checksum check (printing the value read from each
// entity when values is set) and returns the set.
func Build(dir string, o Options, values bool) (*Set, error) {
	data, recs, calls, err := o.build(dir, values)
	if err != nil {
		return nil, err
	}
	return &Set{o: o, data: data, recs: recs, calls: calls}, nil
}

// Bytes returns the set as gzip-compressed JSON lines, the same bytes on
// every run (no file name, no mtime in the gzip header).
func (s *Set) Bytes() []byte { return s.data }

// Len returns the number of records (calls) in the set.
func (s *Set) Len() int { return len(s.recs) }

// PrintCounts prints the set's counts by style, domain, type and form.
func (s *Set) PrintCounts() { s.o.printCounts(s.recs, s.calls) }

// ---- output records -------------------------------------------------------

// Word is one timed word of a record (testdata/pii/README.md).
type Word struct {
	Text    string `json:"text"`
	Punct   string `json:"punct,omitempty"`
	StartMs int    `json:"start_ms"`
	EndMs   int    `json:"end_ms"`
	Channel int    `json:"channel"`
	Speaker string `json:"speaker"`
}

// Entity is one labelled span of personal data: First..Last must be
// redacted, OuterFirst..OuterLast may be, Optional words need not be.
type Entity struct {
	Type       string   `json:"type"`
	Form       string   `json:"form"`
	First      int      `json:"first"`
	Last       int      `json:"last"`
	OuterFirst int      `json:"outer_first"`
	OuterLast  int      `json:"outer_last"`
	Optional   []int    `json:"optional,omitempty"`
	Also       []string `json:"also,omitempty"`
}

// Negative is a hard negative: words that look like PII and are not.
type Negative struct {
	Kind  string `json:"kind"`
	First int    `json:"first"`
	Last  int    `json:"last"`
}

// Record is one call of an evaluation set, one JSON line.
type Record struct {
	ID            string     `json:"id"`
	Style         string     `json:"style"`
	Channels      int        `json:"channels"`
	Words         []Word     `json:"words"`
	Entities      []Entity   `json:"entities"`
	HardNegatives []Negative `json:"hard_negatives"`
}

// ---- source model ---------------------------------------------------------

// piece is one word of the source with its markup resolved.
type piece struct {
	text, punct string
	label       int  // index into call.labels, -1 if none
	opt         bool // optional inside an entity (~word)
	outer       bool // only in the entity's outer range (^word)
}

type label struct {
	neg        bool
	typ, form  string // entity type and form; for negatives typ is the kind
	also       []string
	turn       int
	srcLine    int
	firstPiece int // set while laying out
}

type speech struct {
	agent, overlap bool
	pieces         []piece
	line           int
}

type call struct {
	num      int
	style    string
	channels int
	domain   string
	nodiar   bool
	src      string
	file     string
	line     int
	turns    []speech
	labels   []*label
}

var knownTypes = map[string]bool{
	"PHONE": true, "CARD": true, "CARD_CVV": true, "CARD_EXPIRY": true, "SSN": true,
	"ACCOUNT": true, "IBAN": true, "ROUTING": true, "MEDICARE": true, "PASSPORT": true,
	"DRIVER_LICENSE": true, "PIN": true, "PASSWORD": true, "USERNAME": true,
	"IP_ADDRESS": true, "URL": true, "EMAIL": true, "PERSON": true, "ADDRESS": true,
	"ZIP": true, "DOB": true,
}

// known reports whether typ is a label type of o's sets.
func (o Options) known(typ string) bool {
	return knownTypes[typ] || (o.Number && typ == "NUMBER")
}

// defaultAlso are the types that also count as correct, following the
// --entities groups of the project README (CARD includes CVV and expiry,
// ACCOUNT includes IBAN and routing).
var defaultAlso = map[string][]string{
	"CARD_CVV":    {"CARD"},
	"CARD_EXPIRY": {"CARD"},
	"IBAN":        {"ACCOUNT"},
	"ROUTING":     {"ACCOUNT"},
	"NUMBER":      {"ACCOUNT"}, // only with Options.Number
}

var (
	// headRE is the blind call header, twinRE the Twins one (src=, both).
	headRE  = regexp.MustCompile(`^@@\s+(\d{3})\s+(cased|lower)\s+([12])\s+([a-z-]+)()(\s+nodiar)?\s*$`)
	twinRE  = regexp.MustCompile(`^@@\s+(\d{3})\s+(cased|lower|both)\s+([12])\s+([a-z-]+)\s+src=([a-z0-9-]+)(\s+nodiar)?\s*$`)
	formRE  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	lowerRE = regexp.MustCompile(`^[a-z]+('[a-z]+)?$`)
)

// build parses every dialogue file in dir, lays the calls out, checks them
// and returns the gzip-compressed JSON lines.
func (o Options) build(dir string, values bool) ([]byte, []Record, []*call, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		return nil, nil, nil, fmt.Errorf("no *.txt files in %s", dir)
	}
	sort.Strings(files)
	var calls []*call
	for _, f := range files {
		cs, err := o.parse(f)
		if err != nil {
			return nil, nil, nil, err
		}
		calls = append(calls, cs...)
	}
	sort.SliceStable(calls, func(i, j int) bool {
		if calls[i].num != calls[j].num {
			return calls[i].num < calls[j].num
		}
		return o.styleBit(calls[i].style) < o.styleBit(calls[j].style)
	})
	used := map[int]string{}
	var recs []Record
	for _, c := range calls {
		where := fmt.Sprintf("%s:%d (call %03d)", c.file, c.line, c.num)
		if prev, dup := used[c.num*2+o.styleBit(c.style)]; dup {
			return nil, nil, nil, fmt.Errorf("%s: number already used at %s", where, prev)
		}
		used[c.num*2+o.styleBit(c.style)] = where
		r, err := o.layout(c)
		if err == nil {
			err = validate(r)
		}
		if err == nil {
			err = o.checkValues(r, values)
		}
		if err == nil {
			err = o.checkNameConsistency(r)
		}
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %v", where, err)
		}
		recs = append(recs, r)
	}

	data, err := Encode(recs)
	if err != nil {
		return nil, nil, nil, err
	}
	return data, recs, calls, nil
}

// Encode writes recs as gzip-compressed JSON lines, HTML characters left
// as they are; the gzip header has no name and no mtime, so the same
// records give the same bytes on every run.
func Encode(recs []Record) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	enc := json.NewEncoder(zw)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return nil, fmt.Errorf("encode: %v", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("gzip: %v", err)
	}
	return buf.Bytes(), nil
}

// ---- parsing --------------------------------------------------------------

// styleBit keys a call by number and, for Twins sets, style: a Twins
// number is used once per style, a blind one once.
func (o Options) styleBit(style string) int {
	if o.Twins && style == "lower" {
		return 1
	}
	return 0
}

// rawCall is one @@ block before it is split into its styles.
type rawCall struct {
	num, channels int
	style, domain string
	src           string
	nodiar        bool
	line          int
	turns         []rawTurn
}

type rawTurn struct {
	text string
	line int
}

func (o Options) parse(path string) ([]*call, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var raws []*rawCall
	var rc *rawCall
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "@@") {
			re := headRE
			if o.Twins {
				re = twinRE
			}
			m := re.FindStringSubmatch(line)
			if m == nil {
				return nil, fmt.Errorf("%s:%d: bad call header %q", path, ln, line)
			}
			n, _ := strconv.Atoi(m[1])
			ch, _ := strconv.Atoi(m[3])
			rc = &rawCall{num: n, style: m[2], channels: ch, domain: m[4], src: m[5], nodiar: m[6] != "", line: ln}
			if rc.nodiar && (rc.style == "cased" || rc.channels != 1) {
				return nil, fmt.Errorf("%s:%d: nodiar only for lower (or both) mono calls", path, ln)
			}
			raws = append(raws, rc)
			continue
		}
		if rc == nil {
			return nil, fmt.Errorf("%s:%d: text before the first @@ header", path, ln)
		}
		rc.turns = append(rc.turns, rawTurn{line, ln})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var calls []*call
	for _, r := range raws {
		styles := []string{r.style}
		if r.style == "both" {
			styles = []string{"cased", "lower"}
		}
		for _, st := range styles {
			c := &call{num: r.num, style: st, channels: r.channels, domain: r.domain, src: r.src,
				nodiar: r.nodiar && st == "lower", file: path, line: r.line}
			for _, rt := range r.turns {
				if err := o.addTurn(c, rt.text, rt.line); err != nil {
					return nil, fmt.Errorf("%s:%d (%s): %v", path, rt.line, st, err)
				}
			}
			calls = append(calls, c)
		}
	}
	return calls, nil
}

// addTurn lexes one "A: ..." / "C> ..." line into c, picking the side of
// each {cased|spoken} group for c's style and, in lower style, saying every
// word as a Kaldi/Sphinx engine would write it (speak.go).
func (o Options) addTurn(c *call, line string, ln int) error {
	i := strings.IndexAny(line, ":>")
	if i != 1 {
		return fmt.Errorf("a turn starts with A: C: A> or C>")
	}
	sp := speech{line: ln, overlap: line[i] == '>'}
	switch line[0] {
	case 'A':
		sp.agent = true
	case 'C':
	default:
		return fmt.Errorf("unknown speaker %q", line[:1])
	}
	if sp.overlap && c.channels != 2 {
		return fmt.Errorf("overlapping turn in a mono call")
	}
	text := line[i+1:]
	if o.Twins {
		var err error
		if text, err = pickSide(text, c.style); err != nil {
			return err
		}
	}
	ps, err := o.lex(c, len(c.turns), text, ln)
	if err != nil {
		return err
	}
	if o.Twins && c.style == "lower" {
		ps, err = speakPieces(c, ps)
		if err != nil {
			return err
		}
	}
	if len(ps) == 0 {
		return fmt.Errorf("empty turn")
	}
	sp.pieces = ps
	c.turns = append(c.turns, sp)
	return nil
}

// pickSide replaces each {cased|spoken} group by the side for style.
func pickSide(s, style string) (string, error) {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			if strings.ContainsAny(s, "}") {
				return "", fmt.Errorf("} without {")
			}
			b.WriteString(s)
			return b.String(), nil
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return "", fmt.Errorf("{ without }")
		}
		group := s[i+1 : i+j]
		parts := strings.Split(group, "|")
		if len(parts) != 2 || strings.TrimSpace(parts[0]) == "" || strings.TrimSpace(parts[1]) == "" {
			return "", fmt.Errorf("group {%s} must be {cased|spoken}", group)
		}
		b.WriteString(s[:i])
		if style == "lower" {
			b.WriteString(parts[1])
		} else {
			b.WriteString(parts[0])
		}
		s = s[i+j+1:]
	}
}

// abbreviations keep their final period in the word text.
var abbrev = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "st.": true, "ave.": true,
	"rd.": true, "apt.": true, "blvd.": true, "jr.": true, "sr.": true, "ext.": true,
	"p.o.": true, "ln.": true, "ct.": true, "mt.": true, "hwy.": true,
	"pkwy.": true, "ste.": true, "a.m.": true, "p.m.": true,
}

const trailing = ",.?!;:"

// lex splits one turn. Markup:
//
//	[TYPE.form+ALSO| words ]  an entity; ~word optional, ^word outer only
//	<kind| words >            a hard negative
//
// Punctuation written right after ] or > belongs to the last word.
func (o Options) lex(c *call, turn int, s string, ln int) ([]piece, error) {
	var out []piece
	cur := -1
	isNeg := false
	closing := byte(0)
	i := 0
	addWord := func(w string) error {
		p := piece{label: cur}
		for len(w) > 1 && (w[0] == '~' || w[0] == '^') {
			if cur < 0 || isNeg {
				return fmt.Errorf("%q: ~ and ^ only inside an entity", w)
			}
			if w[0] == '~' {
				p.opt = true
			} else {
				p.outer = true
			}
			w = w[1:]
		}
		text := w
		if !abbrev[strings.ToLower(text)] {
			j := len(text)
			for j > 0 && strings.IndexByte(trailing, text[j-1]) >= 0 {
				j--
			}
			if j == 0 {
				// a bare punctuation mark: attach it to the previous word
				if len(out) == 0 {
					return fmt.Errorf("turn starts with punctuation %q", w)
				}
				out[len(out)-1].punct += text
				return nil
			}
			text, p.punct = text[:j], text[j:]
		}
		p.text = text
		out = append(out, p)
		return nil
	}
	for i < len(s) {
		ch := s[i]
		switch {
		case ch == ' ' || ch == '\t':
			i++
		case ch == '[' || ch == '<':
			if cur >= 0 {
				return nil, fmt.Errorf("nested label at column %d", i)
			}
			bar := strings.IndexByte(s[i:], '|')
			if bar < 0 {
				return nil, fmt.Errorf("label without | at column %d", i)
			}
			head := strings.TrimSpace(s[i+1 : i+bar])
			l := &label{neg: ch == '<', turn: turn, srcLine: ln}
			if l.neg {
				if !formRE.MatchString(head) {
					return nil, fmt.Errorf("bad negative kind %q", head)
				}
				l.typ = head
				closing = '>'
			} else {
				parts := strings.Split(head, "+")
				tf := strings.SplitN(parts[0], ".", 2)
				if len(tf) != 2 || !o.known(tf[0]) || !formRE.MatchString(tf[1]) {
					return nil, fmt.Errorf("bad entity head %q", head)
				}
				l.typ, l.form = tf[0], tf[1]
				l.also = append(l.also, defaultAlso[l.typ]...)
				for _, a := range parts[1:] {
					if !o.known(a) || a == l.typ {
						return nil, fmt.Errorf("bad also type %q in %q", a, head)
					}
					l.also = append(l.also, a)
				}
				closing = ']'
			}
			isNeg = l.neg
			c.labels = append(c.labels, l)
			cur = len(c.labels) - 1
			i += bar + 1
		case ch == ']' || ch == '>':
			if cur < 0 || ch != closing {
				return nil, fmt.Errorf("unexpected %q at column %d", ch, i)
			}
			i++
			j := i
			for j < len(s) && strings.IndexByte(trailing, s[j]) >= 0 {
				j++
			}
			if len(out) == 0 || out[len(out)-1].label != cur {
				return nil, fmt.Errorf("empty label at column %d", i)
			}
			out[len(out)-1].punct += s[i:j]
			i = j
			cur = -1
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t[]<>", rune(s[j])) {
				j++
			}
			if err := addWord(s[i:j]); err != nil {
				return nil, err
			}
			i = j
		}
	}
	if cur >= 0 {
		return nil, fmt.Errorf("label not closed")
	}
	return out, nil
}

// ---- layout on a clock ----------------------------------------------------

// jitter returns a deterministic value in [lo, hi] for a key.
func jitter(lo, hi int, key ...any) int {
	h := fnv.New64a()
	fmt.Fprint(h, key...)
	return lo + int(h.Sum64()%uint64(hi-lo+1))
}

// spokenUnits estimates how many spoken words a written token stands for:
// each digit, each separator said aloud (dot, at, dash, slash, underscore),
// each run of letters (letters in an all-caps run of up to 4 are spelled).
func spokenUnits(t string) int {
	n := 0
	run := []rune{}
	flush := func() {
		if len(run) == 0 {
			return
		}
		upper := true
		for _, r := range run {
			if !unicode.IsUpper(r) {
				upper = false
			}
		}
		if upper && len(run) <= 4 {
			n += len(run)
		} else {
			n++
		}
		run = run[:0]
	}
	for _, r := range t {
		switch {
		case unicode.IsLetter(r) || r == '\'':
			run = append(run, r)
		case unicode.IsDigit(r):
			flush()
			n++
		default:
			flush()
			if strings.ContainsRune(".@-/_:", r) {
				n++
			}
		}
	}
	flush()
	if n == 0 {
		n = 1
	}
	return n
}

func duration(text string, key ...any) int {
	u := spokenUnits(text)
	if u > 1 {
		return u*jitter(230, 320, key...) + 40
	}
	l := len([]rune(text))
	d := 150 + 38*l
	if d < 170 {
		d = 170
	}
	if d > 560 {
		d = 560
	}
	return d + jitter(-25, 35, key...)
}

func (o Options) layout(c *call) (Record, error) {
	r := Record{Style: c.style, Channels: c.channels, Entities: []Entity{}, HardNegatives: []Negative{}}
	chanEnd := map[int]int{0: 0, 1: 0}
	lastEnd := 0 // end of the previous turn, any channel
	type span struct{ first, last int }
	spans := make([]span, len(c.labels))
	for i := range spans {
		spans[i] = span{-1, -1}
	}
	for ti, t := range c.turns {
		ch := 0
		if c.channels == 2 && !t.agent {
			ch = 1
		}
		spk := "spk_1"
		if t.agent {
			spk = "spk_0"
		}
		if c.nodiar {
			spk = ""
		}
		start := lastEnd + jitter(420, 1050, c.num, ti, "turn")
		if ti == 0 {
			start = jitter(300, 900, c.num, "open")
		}
		if t.overlap {
			if ti == 0 || c.turns[ti-1].agent == t.agent {
				return r, fmt.Errorf("line %d: an overlapping turn must follow the other speaker", t.line)
			}
			start = lastEnd - jitter(350, 800, c.num, ti, "ovl")
		}
		if start < chanEnd[ch]+60 {
			start = chanEnd[ch] + 60
		}
		at := start
		for pi, p := range t.pieces {
			if c.style == "lower" {
				if !lowerRE.MatchString(p.text) {
					return r, fmt.Errorf("line %d: lower-style word %q must be a lowercase spoken word", t.line, p.text+p.punct)
				}
			} else {
				first := []rune(p.text)[0]
				if !unicode.IsLetter(first) && !unicode.IsDigit(first) && !strings.ContainsRune("$+#-", first) && !(o.WideForms && first == '(') {
					return r, fmt.Errorf("line %d: cased word %q starts with punctuation", t.line, p.text)
				}
			}
			d := duration(p.text, c.num, ti, pi)
			w := Word{Text: p.text, Punct: p.punct, StartMs: at, EndMs: at + d, Channel: ch, Speaker: spk}
			if c.style == "lower" {
				w.Punct = "" // lower style has no punctuation; the source's marks only time the pauses
			}
			idx := len(r.Words)
			r.Words = append(r.Words, w)
			at += d
			switch {
			case strings.ContainsAny(p.punct, ".?!"):
				at += jitter(280, 520, c.num, ti, pi, "s")
			case strings.Contains(p.punct, ","):
				at += jitter(140, 260, c.num, ti, pi, "c")
			default:
				at += jitter(20, 90, c.num, ti, pi, "g")
			}
			if p.label >= 0 {
				s := &spans[p.label]
				if s.first >= 0 && s.last != idx-1 {
					return r, fmt.Errorf("line %d: label words not contiguous", t.line)
				}
				if s.first < 0 {
					s.first = idx
				}
				s.last = idx
			}
		}
		end := r.Words[len(r.Words)-1].EndMs
		chanEnd[ch] = end
		if end > lastEnd {
			lastEnd = end
		}
	}
	// flatten pieces to index optional/outer flags
	var flat []piece
	for _, t := range c.turns {
		flat = append(flat, t.pieces...)
	}
	focus := ""
	for li, l := range c.labels {
		sp := spans[li]
		if l.neg {
			r.HardNegatives = append(r.HardNegatives, Negative{Kind: l.typ, First: sp.first, Last: sp.last})
			continue
		}
		e := Entity{Type: l.typ, Form: l.form, Also: l.also, OuterFirst: sp.first, OuterLast: sp.last, First: -1, Last: -1}
		for i := sp.first; i <= sp.last; i++ {
			if flat[i].outer {
				continue
			}
			if e.First < 0 {
				e.First = i
			}
			e.Last = i
		}
		if e.First < 0 {
			return r, fmt.Errorf("line %d: %s entity has only outer words", l.srcLine, l.typ)
		}
		for i := sp.first; i <= sp.last; i++ {
			if flat[i].outer && i > e.First && i < e.Last {
				return r, fmt.Errorf("line %d: outer word %q inside the core of a %s", l.srcLine, flat[i].text, l.typ)
			}
			if i < e.First || i > e.Last {
				continue
			}
			if flat[i].opt || o.isConnector(l.typ, flat[i].text) {
				e.Optional = append(e.Optional, i)
			}
		}
		if focus == "" && l.typ != "PERSON" {
			focus = strings.ToLower(l.typ) + "-" + l.form
		}
		r.Entities = append(r.Entities, e)
	}
	if focus == "" {
		for _, e := range r.Entities {
			focus = "person-" + e.Form
			break
		}
	}
	if focus == "" {
		focus = "none"
	}
	focus = strings.ReplaceAll(focus, "_", "-")
	r.ID = fmt.Sprintf("%s-%03d-%s-%s", o.Name, c.num, focus, c.style)
	sort.SliceStable(r.Entities, func(i, j int) bool { return r.Entities[i].First < r.Entities[j].First })
	sort.SliceStable(r.HardNegatives, func(i, j int) bool { return r.HardNegatives[i].First < r.HardNegatives[j].First })
	return r, nil
}

// numberish types are read as a string of digits and letters.
var numberish = map[string]bool{
	"PHONE": true, "CARD": true, "CARD_CVV": true, "CARD_EXPIRY": true, "SSN": true,
	"ACCOUNT": true, "IBAN": true, "ROUTING": true, "MEDICARE": true, "PASSPORT": true,
	"DRIVER_LICENSE": true, "PIN": true, "ZIP": true, "IP_ADDRESS": true,
}

// isConnector reports words that are optional by convention (README:
// standalone "-", "dash", "extension", "apartment", ...).
func (o Options) isConnector(typ, w string) bool {
	lw := strings.ToLower(w)
	if numberish[typ] && typ != "IP_ADDRESS" {
		switch lw {
		case "-", "dash", "hyphen", "and":
			return true
		}
	}
	switch typ {
	case "PHONE":
		return lw == "extension" || lw == "ext." || lw == "ext" || lw == "x"
	case "CARD_EXPIRY":
		return lw == "slash" || lw == "of"
	case "ADDRESS":
		return lw == "apartment" || lw == "apt." || lw == "apt" || lw == "unit" || lw == "suite" || lw == "ste." || (o.WideForms && lw == "ste") || lw == "#"
	}
	return false
}

// ---- structural validation ------------------------------------------------

func validate(r Record) error {
	n := len(r.Words)
	if n == 0 {
		return fmt.Errorf("no words")
	}
	last := map[int]int{}
	for i, w := range r.Words {
		if w.Text == "" || w.StartMs >= w.EndMs || w.StartMs < 0 {
			return fmt.Errorf("word %d %q: bad text or times", i, w.Text)
		}
		if w.Channel < 0 || w.Channel >= r.Channels {
			return fmt.Errorf("word %d: channel %d out of range", i, w.Channel)
		}
		if w.StartMs < last[w.Channel] {
			return fmt.Errorf("word %d %q: time goes back on channel %d", i, w.Text, w.Channel)
		}
		last[w.Channel] = w.EndMs
		if r.Channels == 2 && w.Speaker != fmt.Sprintf("spk_%d", w.Channel) {
			return fmt.Errorf("word %d: speaker %q on channel %d", i, w.Speaker, w.Channel)
		}
		if r.Style == "lower" && w.Punct != "" {
			return fmt.Errorf("word %d: punctuation in lower style", i)
		}
	}
	used := make([]string, n)
	mark := func(first, last int, what string) error {
		if first < 0 || last >= n || first > last {
			return fmt.Errorf("%s: bad range %d..%d", what, first, last)
		}
		for i := first; i <= last; i++ {
			if used[i] != "" {
				return fmt.Errorf("%s overlaps %s at word %d", what, used[i], i)
			}
			used[i] = what
		}
		ch, sp := r.Words[first].Channel, r.Words[first].Speaker
		for i := first; i <= last; i++ {
			if r.Words[i].Channel != ch || r.Words[i].Speaker != sp {
				return fmt.Errorf("%s spans speakers or channels", what)
			}
		}
		return nil
	}
	for _, e := range r.Entities {
		what := e.Type + "/" + e.Form
		if e.OuterFirst > e.First || e.OuterLast < e.Last {
			return fmt.Errorf("%s: outer range does not contain the core", what)
		}
		if err := mark(e.OuterFirst, e.OuterLast, what); err != nil {
			return err
		}
		req := 0
		opt := map[int]bool{}
		for _, o := range e.Optional {
			if o < e.First || o > e.Last {
				return fmt.Errorf("%s: optional index %d outside %d..%d", what, o, e.First, e.Last)
			}
			opt[o] = true
		}
		for i := e.First; i <= e.Last; i++ {
			if !opt[i] {
				req++
			}
		}
		if req == 0 {
			return fmt.Errorf("%s: no required word", what)
		}
	}
	for _, h := range r.HardNegatives {
		if err := mark(h.First, h.Last, "negative "+h.Kind); err != nil {
			return err
		}
	}
	return nil
}

// ---- value checks -----------------------------------------------------------

var digitWord = map[string]int{
	"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9,
}

var teenWord = map[string]int{
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensWord = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var monthWord = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// readNumberish turns the required words of a number-like entity into a
// string of digits and capital letters. Spoken numbers are read as chunks
// that are concatenated: "forty oh six" = 40|0|6, "eight hundred twelve" =
// 812, "two thousand and five" = 2005, "double five" = 55. Months become
// their two-digit number when months is set. It fails on any word it
// cannot read, which is how an unmarked filler is caught.
// oIsLetter makes readNumberish read a spoken "o" as the letter O: in an
// IBAN or a code said letter by letter, "o" is ambiguous (checkValues tries
// both readings).
var oIsLetter bool

func readNumberish(orig []string, months bool) (string, error) {
	var b strings.Builder
	words := make([]string, len(orig))
	for k, w := range orig {
		words[k] = strings.ToLower(w)
	}
	i := 0
	// small reads a number below 100 at i: teen, tens [unit] or a unit.
	small := func() (int, bool) {
		if i >= len(words) {
			return 0, false
		}
		w := words[i]
		if v, ok := teenWord[w]; ok {
			i++
			return v, true
		}
		if v, ok := tensWord[w]; ok {
			i++
			if i < len(words) {
				if u, ok := digitWord[words[i]]; ok && u > 0 && words[i] != "oh" && words[i] != "o" {
					i++
					return v + u, true
				}
			}
			return v, true
		}
		if v, ok := digitWord[w]; ok && w != "oh" && w != "o" && w != "zero" {
			i++
			return v, true
		}
		return 0, false
	}
	for i < len(words) {
		w := words[i]
		lw := strings.ToLower(w)
		switch {
		case lw == "double" || lw == "triple":
			k := 2
			if lw == "triple" {
				k = 3
			}
			i++
			if i >= len(words) {
				return "", fmt.Errorf("%q at the end", w)
			}
			d, ok := digitWord[words[i]]
			if !ok {
				return "", fmt.Errorf("%q not followed by a digit", w)
			}
			b.WriteString(strings.Repeat(strconv.Itoa(d), k))
			i++
		case months && monthWord[lw] > 0:
			fmt.Fprintf(&b, "%02d", monthWord[lw])
			i++
		case teenWord[lw] > 0 || tensWord[lw] > 0 || (digitWord[lw] > 0 && lw != "oh" && lw != "o"):
			save := i
			v, _ := small()
			if i < len(words) && (words[i] == "hundred" || words[i] == "thousand") {
				mult := 100
				if words[i] == "thousand" {
					mult = 1000
				}
				if v >= 10 && mult == 1000 {
					i = save + 1 // "twenty thousand" is not said in ids; read as tens
					fmt.Fprintf(&b, "%d", v)
					continue
				}
				i++
				total := v * mult
				if i < len(words) && words[i] == "and" {
					i++
				}
				if mult == 1000 {
					// "two thousand [and] five", "two thousand three hundred"
					if i < len(words) && digitWord[words[i]] > 0 && i+1 < len(words) && words[i+1] == "hundred" {
						total += digitWord[words[i]] * 100
						i += 2
						if i < len(words) && words[i] == "and" {
							i++
						}
					}
				}
				if r, ok := small(); ok {
					total += r
				}
				fmt.Fprintf(&b, "%d", total)
				continue
			}
			fmt.Fprintf(&b, "%d", v)
		case oIsLetter && lw == "o":
			b.WriteByte('O')
			i++
		case digitWord[lw] == 0 && (lw == "oh" || lw == "o" || lw == "zero"):
			b.WriteByte('0')
			i++
		case len([]rune(w)) == 1 && unicode.IsLetter([]rune(w)[0]):
			b.WriteString(strings.ToUpper(w))
			i++
		default:
			// a written token: digits and letters, with separators dropped
			w = orig[i]
			ok := false
			for _, r := range w {
				switch {
				case unicode.IsDigit(r):
					b.WriteRune(r)
					ok = true
				case unicode.IsLetter(r) && r < 128:
					b.WriteRune(unicode.ToUpper(r))
					ok = true
				case strings.ContainsRune("-/.()+#", r):
				default:
					return "", fmt.Errorf("word %q is not part of a number", w)
				}
			}
			if !ok {
				return "", fmt.Errorf("word %q is not part of a number", w)
			}
			// a written token that is a plain word is an error
			if !strings.ContainsAny(w, "0123456789") && len(w) > 1 && !isUpperCode(w) {
				return "", fmt.Errorf("word %q is not part of a number", w)
			}
			i++
		}
	}
	return b.String(), nil
}

func isUpperCode(w string) bool {
	for _, r := range w {
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func luhn(s string) bool {
	sum := 0
	alt := false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if alt {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		alt = !alt
	}
	return sum%10 == 0
}

// aba checks a routing number: nine digits, a Federal Reserve prefix
// (00-12, 21-32, 61-72, 80) and the 3-7-1 weighted checksum.
func aba(s string) bool {
	if len(s) != 9 || !digitsOnly(s) {
		return false
	}
	p, _ := strconv.Atoi(s[:2])
	if !(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80) {
		return false
	}
	w := []int{3, 7, 1, 3, 7, 1, 3, 7, 1}
	sum := 0
	for i := range s {
		sum += int(s[i]-'0') * w[i]
	}
	return sum%10 == 0
}

var ibanLen = map[string]int{
	"AL": 28, "AT": 20, "BE": 16, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
	"ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
	"IT": 27, "LT": 20, "LU": 20, "LV": 21, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
	"RO": 24, "SE": 24, "SI": 19, "SK": 24, "TR": 26, "AE": 23, "SA": 24, "BR": 29, "MU": 30,
}

// wideIBANLen are the IBAN lengths only WideForms sets know.
var wideIBANLen = map[string]int{
	"AD": 24, "AZ": 28, "BH": 22, "BA": 20, "BG": 22, "CR": 22, "BY": 28,
}

func (o Options) ibanOK(s string) bool {
	if len(s) < 15 {
		return false
	}
	want, ok := ibanLen[s[:2]]
	if !ok && o.WideForms {
		want = wideIBANLen[s[:2]]
	}
	if want != len(s) {
		return false
	}
	re := s[4:] + s[:4]
	var num strings.Builder
	for _, r := range re {
		switch {
		case r >= '0' && r <= '9':
			num.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			num.WriteString(strconv.Itoa(int(r-'A') + 10))
		default:
			return false
		}
	}
	n, ok := new(big.Int).SetString(num.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

// mbiOK checks the CMS Medicare Beneficiary Identifier pattern: 11
// characters C A AN N A AN N A A N N, where C is 1-9, A a letter other than
// S L O I B Z, AN either, N a digit.
func mbiOK(s string) bool {
	if len(s) != 11 {
		return false
	}
	letter := func(r byte) bool { return r >= 'A' && r <= 'Z' && !strings.ContainsRune("SLOIBZ", rune(r)) }
	digit := func(r byte) bool { return r >= '0' && r <= '9' }
	pat := "CAXNAXNAANN"
	for i := 0; i < 11; i++ {
		r := s[i]
		switch pat[i] {
		case 'C':
			if r < '1' || r > '9' {
				return false
			}
		case 'A':
			if !letter(r) {
				return false
			}
		case 'X':
			if !letter(r) && !digit(r) {
				return false
			}
		case 'N':
			if !digit(r) {
				return false
			}
		}
	}
	return true
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

func required(r Record, e Entity) []string {
	opt := map[int]bool{}
	for _, o := range e.Optional {
		opt[o] = true
	}
	var ws []string
	for i := e.First; i <= e.Last; i++ {
		if !opt[i] {
			ws = append(ws, r.Words[i].Text)
		}
	}
	return ws
}

// readIP reads "one nine two dot one sixty eight dot ..." or a written
// address; the result is checked with net.ParseIP.
func readIP(ws []string) (string, error) {
	if len(ws) == 1 {
		return ws[0], nil
	}
	var parts []string
	var cur []string
	for _, w := range ws {
		if w == "dot" || w == "point" || w == "." {
			v, err := readNumberish(cur, false)
			if err != nil {
				return "", err
			}
			parts = append(parts, v)
			cur = nil
			continue
		}
		cur = append(cur, strings.TrimSuffix(w, "."))
	}
	v, err := readNumberish(cur, false)
	if err != nil {
		return "", err
	}
	parts = append(parts, v)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return "", fmt.Errorf("octet %q", p)
		}
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, "."), nil
}

func (o Options) checkValues(r Record, show bool) error {
	for _, e := range r.Entities {
		ws := required(r, e)
		lws := make([]string, len(ws))
		for i, w := range ws {
			lws[i] = strings.ToLower(w)
		}
		what := fmt.Sprintf("%s/%s %q", e.Type, e.Form, strings.Join(ws, " "))
		var v string
		var err error
		switch e.Type {
		case "IP_ADDRESS":
			v, err = readIP(lws)
			if err == nil && net.ParseIP(v) == nil {
				err = fmt.Errorf("not an IP address: %s", v)
			}
		case "PHONE":
			// digits after an extension word are the extension
			var main, ext []string
			inExt := false
			for i := e.First; i <= e.Last; i++ {
				lw := strings.ToLower(r.Words[i].Text)
				if lw == "extension" || lw == "ext." || lw == "ext" || lw == "x" {
					inExt = true
					continue
				}
				if o.WideForms && len(lw) > 1 && lw[0] == 'x' && digitsOnly(lw[1:]) { // "x12"
					ext = append(ext, lw[1:])
					continue
				}
				if lw == "plus" {
					continue
				}
				skip := false
				for _, o := range e.Optional {
					if o == i {
						skip = true
					}
				}
				if skip {
					continue
				}
				if inExt {
					ext = append(ext, lw)
				} else {
					main = append(main, r.Words[i].Text)
				}
			}
			plus := strings.HasPrefix(r.Words[e.First].Text, "+") || strings.ToLower(r.Words[e.First].Text) == "plus"
			v, err = readNumberish(main, false)
			if err == nil && len(ext) > 0 {
				var x string
				x, err = readNumberish(ext, false)
				v += " x" + x
			}
			if err == nil {
				d := strings.SplitN(v, " ", 2)[0]
				intl := plus || (o.WideForms && strings.HasPrefix(e.Form, "intl"))
				ok := digitsOnly(d) && (len(d) == 7 || len(d) == 10 || (len(d) == 11 && d[0] == '1') || (intl && len(d) >= 8 && len(d) <= 15))
				if !ok {
					err = fmt.Errorf("phone digits %q", d)
				}
				if len(d) == 10 && !intl && (d[0] < '2' || d[3] < '2') {
					err = fmt.Errorf("not a NANP number %q", d)
				}
				if len(d) == 11 && !plus && (d[1] < '2' || d[4] < '2') {
					err = fmt.Errorf("not a NANP number %q", d)
				}
			}
		case "CARD", "CARD_CVV", "SSN", "ROUTING", "PIN", "ZIP", "ACCOUNT", "IBAN", "MEDICARE", "PASSPORT", "DRIVER_LICENSE", "NUMBER":
			v, err = readNumberish(ws, false)
			if err != nil {
				break
			}
			if o.WideForms && ((e.Type == "IBAN" && !o.ibanOK(v)) || (e.Type == "MEDICARE" && !mbiOK(v))) {
				oIsLetter = true
				v, err = readNumberish(ws, false)
				oIsLetter = false
				if err != nil {
					break
				}
			}
			switch e.Type {
			case "CARD":
				if e.Form == "last-four" {
					if len(v) != 4 || !digitsOnly(v) {
						err = fmt.Errorf("last four %q", v)
					}
				} else if !digitsOnly(v) || len(v) < 13 || len(v) > 19 || !luhn(v) {
					err = fmt.Errorf("card %q fails length or Luhn", v)
				}
			case "NUMBER":
				// a long run that fails its type's check: still seven or
				// more digits, which the README redacts as NUMBER
				if countDigits(v) < 7 {
					err = fmt.Errorf("number %q has fewer than 7 digits", v)
				}
			case "CARD_CVV":
				if !digitsOnly(v) || len(v) < 3 || len(v) > 4 {
					err = fmt.Errorf("cvv %q", v)
				}
			case "SSN":
				if len(v) == 3 {
					v = "0" + v
				}
				if !digitsOnly(v) || (len(v) != 9 && len(v) != 4) {
					err = fmt.Errorf("ssn %q", v)
				}
				if len(v) == 9 && (v[:3] == "000" || v[:3] == "666" || v[0] == '9' || v[3:5] == "00" || v[5:] == "0000") {
					err = fmt.Errorf("ssn %q has an invalid area, group or serial", v)
				}
			case "ROUTING":
				if !aba(v) {
					err = fmt.Errorf("routing %q fails the ABA prefix or checksum", v)
				}
			case "PIN":
				if !digitsOnly(v) || len(v) < 4 || len(v) > 6 {
					err = fmt.Errorf("pin %q", v)
				}
			case "ZIP":
				if !digitsOnly(v) || (len(v) != 5 && len(v) != 9) {
					err = fmt.Errorf("zip %q", v)
				}
			case "ACCOUNT":
				if countDigits(v) < 4 || len(v) > 20 {
					err = fmt.Errorf("account %q", v)
				}
			case "IBAN":
				if !o.ibanOK(v) {
					err = fmt.Errorf("iban %q fails length or mod-97", v)
				}
			case "MEDICARE":
				if !mbiOK(v) {
					err = fmt.Errorf("medicare %q is not an MBI", v)
				}
			case "PASSPORT":
				ok := len(v) == 9 && (digitsOnly(v) || (v[0] >= 'A' && v[0] <= 'Z' && digitsOnly(v[1:])))
				if !ok {
					err = fmt.Errorf("passport %q is not 9 digits or a letter and 8 digits", v)
				}
			case "DRIVER_LICENSE":
				if len(v) < 6 || len(v) > 16 || countDigits(v) < 5 {
					err = fmt.Errorf("driver license %q", v)
				}
			}
		case "CARD_EXPIRY":
			v, err = readNumberish(ws, true)
			if err == nil {
				ok := digitsOnly(v) && (len(v) == 4 || len(v) == 6)
				if ok {
					m, _ := strconv.Atoi(v[:2])
					ok = m >= 1 && m <= 12
				}
				if !ok {
					err = fmt.Errorf("expiry %q is not MMYY or MMYYYY", v)
				}
			}
		case "DOB":
			v, err = o.readDOB(lws)
		case "EMAIL":
			j := strings.Join(lws, " ")
			v = j
			hasAt := strings.Contains(j, "@") || strings.Contains(" "+j+" ", " at ")
			hasDot := strings.Contains(j, ".") || strings.Contains(" "+j+" ", " dot ") || strings.Contains(" "+j+" ", " period ")
			if !hasAt || !hasDot {
				err = fmt.Errorf("email without at or dot")
			}
		case "URL":
			j := strings.Join(lws, " ")
			v = j
			if !strings.Contains(j, ".") && !strings.Contains(" "+j+" ", " dot ") {
				err = fmt.Errorf("url without a dot")
			}
		case "ADDRESS":
			ok := false
			for _, w := range lws {
				if strings.ContainsAny(w, "0123456789") || digitWord[w] > 0 || teenWord[w] > 0 || tensWord[w] > 0 || w == "oh" {
					ok = true
				}
			}
			if !ok {
				err = fmt.Errorf("address without a number")
			}
		case "PERSON":
			for _, w := range ws {
				if r.Style == "cased" && len(w) > 1 && !unicode.IsUpper([]rune(w)[0]) && !ordinaryWord[strings.ToLower(w)] && !arabicArticle(w) {
					err = fmt.Errorf("cased name word %q is not capitalised", w)
				}
			}
		}
		if err != nil {
			return fmt.Errorf("%s: %v", what, err)
		}
		if show {
			fmt.Printf("%s\t%s\t%s\t%s\n", r.ID, e.Type, e.Form, v)
		}
	}
	return nil
}

var ordinalDay = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// readDOB accepts a month name or numeric date with a year: ordinals,
// "the", "of", commas and "st/nd/rd/th" suffixes are allowed.
func (o Options) readDOB(in []string) (string, error) {
	var ws []string
	for _, w := range in { // "22-nov-1972": read its parts
		if o.WideForms && strings.Contains(w, "-") && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			ws = append(ws, strings.Split(w, "-")...)
			continue
		}
		ws = append(ws, w)
	}
	var keep []string
	for i := 0; i < len(ws); i++ {
		w := strings.TrimRight(ws[i], ",")
		switch {
		case w == "the" || w == "of" || w == "and":
			continue
		case ordinalDay[w] > 0:
			keep = append(keep, strconv.Itoa(ordinalDay[w]))
			continue
		case (w == "twenty" || w == "thirty") && i+1 < len(ws) && ordinalDay[ws[i+1]] > 0:
			keep = append(keep, strconv.Itoa(tensWord[w]+ordinalDay[ws[i+1]]))
			i++
			continue
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' { // "3rd", "21st"
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				w = strings.TrimSuffix(w, suf)
			}
		}
		keep = append(keep, w)
	}
	v, err := readNumberish(keep, true)
	if err != nil {
		return "", err
	}
	if len(v) < 3 || !digitsOnly(v) {
		return "", fmt.Errorf("dob %q", v)
	}
	return v, nil
}

// checkNameConsistency fails when a word used as a name in one entity occurs
// again in the same call outside any label, capitalised (cased) or at all
// (lower), unless it is also an ordinary word.
func (o Options) checkNameConsistency(r Record) error {
	names := map[string]bool{}
	in := make([]bool, len(r.Words))
	for _, e := range r.Entities {
		for i := e.OuterFirst; i <= e.OuterLast; i++ {
			in[i] = true
		}
		if e.Type != "PERSON" {
			continue
		}
		for i := e.First; i <= e.Last; i++ {
			w := strings.ToLower(r.Words[i].Text)
			if len(w) > 2 && !ordinaryWord[w] {
				names[w] = true
			}
		}
	}
	for _, h := range r.HardNegatives {
		for i := h.First; i <= h.Last; i++ {
			in[i] = true
		}
	}
	inEnt := make([]bool, len(r.Words))
	for _, e := range r.Entities {
		for i := e.OuterFirst; i <= e.OuterLast; i++ {
			inEnt[i] = true
		}
	}
	exempt := inEnt
	if o.WideForms {
		exempt = in // a hard negative may hold one too
	}
	for i, w := range r.Words {
		// PII-looking written tokens must be labelled: an email, or a run of
		// seven or more digits (the README's NUMBER type).
		if !exempt[i] && (strings.Contains(w.Text, "@") || countDigits(w.Text) >= 7) {
			return fmt.Errorf("unlabelled PII-like word %q at %d", w.Text, i)
		}
		// In lower style a name that is also a word has no capital to tell
		// the two apart, so every such word used as a word is a labelled
		// name-word negative.
		if o.NameWords && r.Style == "lower" && !in[i] && nameWords[w.Text] {
			return fmt.Errorf("%q at %d is not labelled (PERSON or <name-word|...>)", w.Text, i)
		}
		if in[i] || !names[strings.ToLower(w.Text)] {
			continue
		}
		if r.Style == "lower" || unicode.IsUpper([]rune(w.Text)[0]) {
			return fmt.Errorf("name %q at word %d is not labelled", w.Text, i)
		}
	}
	return nil
}

// nameWords are the names-that-are-words the issue lists (plus grace and
// may); with Options.NameWords, in lower-style calls each one must be
// labelled.
var nameWords = map[string]bool{
	"bill": true, "will": true, "mark": true, "rose": true, "hope": true, "summer": true,
	"faith": true, "june": true, "grace": true, "may": true,
}

// ordinaryWord lists names that are also everyday words.
// arabicArticle says whether w is a surname with the article joined to it,
// written in lower case ("al-Assad", set16).
func arabicArticle(w string) bool {
	return strings.HasPrefix(w, "al-") && len(w) > 3 && unicode.IsUpper(rune(w[3]))
}

var ordinaryWord = map[string]bool{
	"will": true, "mark": true, "rose": true, "hope": true, "summer": true, "faith": true,
	"june": true, "bill": true, "grace": true, "april": true, "may": true, "august": true,
	"jack": true, "frank": true, "sunny": true, "joy": true, "dawn": true, "sky": true,
	"brook": true, "river": true, "ray": true, "rich": true, "young": true, "long": true,
	"king": true, "price": true, "love": true, "star": true, "hunter": true, "chase": true,
	"the": true, "van": true, "von": true, "de": true, "del": true, "la": true,
	"bin": true, // "Osama bin Laden" (set16)
}

// ---- counts -----------------------------------------------------------------

func (o Options) printCounts(recs []Record, calls []*call) {
	type key struct{ typ, form string }
	ent := map[key][2]int{}
	neg := map[string][2]int{}
	styleIdx := map[string]int{"cased": 0, "lower": 1}
	var nw, ne, nn int
	shape := map[string]int{}
	dom := map[string]int{}
	src := map[string]int{}
	nodiar := 0
	for ci, r := range recs {
		s := styleIdx[r.Style]
		nw += len(r.Words)
		shape[fmt.Sprintf("%s %d-channel", r.Style, r.Channels)]++
		dom[calls[ci].domain]++
		src[calls[ci].src]++
		if calls[ci].nodiar {
			nodiar++
		}
		for _, e := range r.Entities {
			k := key{e.Type, e.Form}
			c := ent[k]
			c[s]++
			ent[k] = c
			ne++
		}
		for _, h := range r.HardNegatives {
			c := neg[h.Kind]
			c[s]++
			neg[h.Kind] = c
			nn++
		}
	}
	fmt.Printf("%d calls, %d words, %d entities, %d hard negatives; not diarised: %d\n", len(recs), nw, ne, nn, nodiar)
	var shapes []string
	for k, v := range shape {
		shapes = append(shapes, fmt.Sprintf("%s %d", k, v))
	}
	sort.Strings(shapes)
	fmt.Println(strings.Join(shapes, ", "))
	var doms []string
	for k, v := range dom {
		doms = append(doms, fmt.Sprintf("%s %d", k, v))
	}
	sort.Strings(doms)
	fmt.Println("domains:", strings.Join(doms, ", "))
	if o.Twins {
		var srcs []string
		for k, v := range src {
			srcs = append(srcs, fmt.Sprintf("%s %d", k, v))
		}
		sort.Strings(srcs)
		fmt.Println("sources (calls, both styles):", strings.Join(srcs, ", "))
	}
	var keys []key
	for k := range ent {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].typ != keys[j].typ {
			return keys[i].typ < keys[j].typ
		}
		return keys[i].form < keys[j].form
	})
	fmt.Println("\n| type | form | cased | lower |\n| --- | --- | ---: | ---: |")
	for i, k := range keys {
		c := ent[k]
		fmt.Printf("| %s | %s | %d | %d |\n", k.typ, k.form, c[0], c[1])
		if i == len(keys)-1 || keys[i+1].typ != k.typ {
			var t [2]int
			for k2, c2 := range ent {
				if k2.typ == k.typ {
					t[0] += c2[0]
					t[1] += c2[1]
				}
			}
			fmt.Printf("| **%s** | *all* | **%d** | **%d** |\n", k.typ, t[0], t[1])
		}
	}
	var kinds []string
	for k := range neg {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Println("\n| hard negative | cased | lower |\n| --- | ---: | ---: |")
	for _, k := range kinds {
		fmt.Printf("| %s | %d | %d |\n", k, neg[k][0], neg[k][1])
	}
}
