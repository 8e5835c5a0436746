// Command build turns the hand-written dialogues in ../dialogues into the
// independent PII evaluation set ../../independent.jsonl.gz.
//
// It uses the standard library only and shares no code with callveil's
// redact package or with testdata/pii/gen: the point of this set is to be
// written independently of both. From the other set builders
// (testdata/pii/internal/buildkit) it takes only the record types and the
// jsonl.gz writer; its markup, parser, layout and checks are its own.
//
// Run from testdata/pii/independent:
//
//	go run ./build
//
// The program parses the markup described in ../README.md, lays the words out
// on a deterministic clock, checks every record against the format rules and
// checks the values it can check (Luhn for cards, mod-97 for IBANs, the ABA
// checksum for routing numbers, digit counts, the Medicare MBI pattern, IP
// octets). It fails on the first malformed dialogue and prints counts per
// type, form and style to stdout.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/callveil/callveil/testdata/pii/internal/buildkit"
)

// Output format (see testdata/pii/README.md).

type (
	word         = buildkit.Word
	entity       = buildkit.Entity
	hardNegative = buildkit.Negative
	record       = buildkit.Record
)

// Source model.

type token struct {
	raw      string // as written, punctuation included
	ent      int    // entity index within the dialogue, -1 if none
	neg      int    // hard-negative index, -1 if none
	optional bool
	outer    bool
}

type turn struct {
	agent   bool
	overlap bool
	tokens  []token
	line    int
}

type span struct {
	typ, form string // entity type/form, or kind for negatives
}

type dialogue struct {
	num      int
	style    string
	channels int
	domain   string
	nodiar   bool
	focus    string
	file     string
	line     int
	turns    []turn
	ents     []span
	negs     []span
}

var validTypes = map[string]bool{
	"PERSON": true, "PHONE": true, "CARD": true, "CARD_CVV": true, "CARD_EXPIRY": true,
	"SSN": true, "ACCOUNT": true, "ZIP": true, "EMAIL": true, "ADDRESS": true, "DOB": true,
	"PIN": true, "PASSWORD": true, "DRIVER_LICENSE": true, "PASSPORT": true, "IBAN": true,
	"ROUTING": true, "IP_ADDRESS": true, "URL": true, "USERNAME": true, "MEDICARE": true,
}

var formRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func main() {
	dir := flag.String("dialogues", "dialogues", "directory of *.txt dialogue files")
	out := flag.String("o", "../independent.jsonl.gz", "output gzip JSONL file")
	values := flag.Bool("values", false, "print the value read from every numeric entity")
	flag.Parse()

	data, recs, ds, err := buildSet(*dir, *values)
	if err != nil {
		fatalf("%v", err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fatalf("write: %v", err)
	}
	report(recs, ds)
	fmt.Printf("wrote %d records (%d bytes) to %s\n", len(recs), len(data), *out)
}

// buildSet parses every dialogue file in dir, lays the dialogues out,
// checks them (printing each numeric value read when values is set) and
// returns the gzip-compressed JSON lines.
func buildSet(dir string, values bool) ([]byte, []record, []*dialogue, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, nil, nil, fmt.Errorf("no dialogue files in %s", dir)
	}
	sort.Strings(files)
	var ds []*dialogue
	for _, f := range files {
		d, err := parseFile(f)
		if err != nil {
			return nil, nil, nil, err
		}
		ds = append(ds, d...)
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].num < ds[j].num })
	seen := map[int]string{}
	var recs []record
	for _, d := range ds {
		if prev, ok := seen[d.num]; ok {
			return nil, nil, nil, fmt.Errorf("%s:%d: dialogue number %03d already used in %s", d.file, d.line, d.num, prev)
		}
		seen[d.num] = fmt.Sprintf("%s:%d", d.file, d.line)
		r, err := build(d)
		if err == nil {
			err = check(r)
		}
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s:%d (dialogue %03d): %v", d.file, d.line, d.num, err)
		}
		recs = append(recs, r)
		if values {
			printValues(r)
		}
	}
	data, err := buildkit.Encode(recs)
	if err != nil {
		return nil, nil, nil, err
	}
	return data, recs, ds, nil
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "build: "+format+"\n", args...)
	os.Exit(1)
}

// Parsing.

var headerRE = regexp.MustCompile(`^##\s+(\d+)\s+(cased|lower)\s+([12])\s+([a-z-]+)((?:\s+\S+)*)\s*$`)

func parseFile(path string) ([]*dialogue, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ds []*dialogue
	var cur *dialogue
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		if strings.HasPrefix(line, "##") {
			m := headerRE.FindStringSubmatch(line)
			if m == nil {
				return nil, fmt.Errorf("%s:%d: bad header %q", path, n, line)
			}
			num, _ := strconv.Atoi(m[1])
			ch, _ := strconv.Atoi(m[3])
			cur = &dialogue{num: num, style: m[2], channels: ch, domain: m[4], file: path, line: n}
			for _, opt := range strings.Fields(m[5]) {
				switch {
				case opt == "nodiar":
					cur.nodiar = true
				case strings.HasPrefix(opt, "focus="):
					cur.focus = strings.TrimPrefix(opt, "focus=")
				default:
					return nil, fmt.Errorf("%s:%d: unknown header option %q", path, n, opt)
				}
			}
			ds = append(ds, cur)
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("%s:%d: text before the first header", path, n)
		}
		colon := strings.Index(line, ":")
		if colon < 0 {
			return nil, fmt.Errorf("%s:%d: turn without speaker", path, n)
		}
		who := strings.ToUpper(line[:colon])
		t := turn{line: n}
		switch who {
		case "A", "A*":
			t.agent = true
		case "C", "C*":
		default:
			return nil, fmt.Errorf("%s:%d: unknown speaker %q", path, n, who)
		}
		t.overlap = strings.HasSuffix(who, "*")
		toks, err := lexTurn(cur, line[colon+1:])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if len(toks) == 0 {
			return nil, fmt.Errorf("%s:%d: empty turn", path, n)
		}
		t.tokens = toks
		cur.turns = append(cur.turns, t)
	}
	return ds, sc.Err()
}

// lexTurn splits one turn into tokens. Markup:
//
//	{TYPE/form:words}  an entity; inside it ~...~ marks optional words and
//	                   [...] words that are only in the outer range
//	<kind:words>       a hard negative
func lexTurn(d *dialogue, s string) ([]token, error) {
	var toks []token
	ent, neg := -1, -1
	opt, outer := false, false
	var cur strings.Builder
	var curTok token
	flush := func() {
		if cur.Len() > 0 {
			curTok.raw = cur.String()
			toks = append(toks, curTok)
			cur.Reset()
		}
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '{' || r == '<':
			if ent >= 0 || neg >= 0 {
				return nil, errors.New("nested markup")
			}
			j := i + 1
			for j < len(rs) && rs[j] != ':' {
				j++
			}
			if j == len(rs) {
				return nil, errors.New("markup without ':'")
			}
			spec := string(rs[i+1 : j])
			flush()
			if r == '{' {
				typ, form, ok := strings.Cut(spec, "/")
				if !ok || !validTypes[typ] || !formRE.MatchString(form) {
					return nil, fmt.Errorf("bad entity spec %q", spec)
				}
				d.ents = append(d.ents, span{typ, form})
				ent = len(d.ents) - 1
			} else {
				if !formRE.MatchString(spec) {
					return nil, fmt.Errorf("bad negative kind %q", spec)
				}
				d.negs = append(d.negs, span{typ: spec})
				neg = len(d.negs) - 1
			}
			i = j
		case r == '}':
			if ent < 0 || opt || outer {
				return nil, errors.New("unbalanced '}'")
			}
			ent = -1
		case r == '>':
			if neg < 0 {
				return nil, errors.New("unbalanced '>'")
			}
			neg = -1
		case r == '~':
			if ent < 0 {
				return nil, errors.New("'~' outside an entity")
			}
			opt = !opt
		case r == '[' || r == ']':
			if ent < 0 {
				return nil, errors.New("'[' outside an entity")
			}
			outer = r == '['
		case unicode.IsSpace(r):
			flush()
		default:
			if cur.Len() == 0 {
				curTok = token{ent: ent, neg: neg, optional: opt, outer: outer}
			}
			cur.WriteRune(r)
		}
	}
	flush()
	if ent >= 0 || neg >= 0 || opt || outer {
		return nil, errors.New("markup left open at end of turn")
	}
	return toks, nil
}

// Building.

// abbreviations keep their period in the word text, as Whisper and AWS write
// them; any punctuation after it goes to punct.
var abbreviations = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "st.": true, "ave.": true,
	"apt.": true, "rd.": true, "blvd.": true, "jr.": true, "p.o.": true, "ln.": true,
	"ct.": true, "dept.": true, "no.": true, "ext.": true, "a.m.": true, "p.m.": true,
	"u.s.": true,
}

const trailing = ".,?!;:—…\""

func splitPunct(raw string) (text, punct string) {
	text = raw
	for {
		if abbreviations[strings.ToLower(text)] {
			return text, punct
		}
		r := []rune(text)
		if len(r) == 0 || !strings.ContainsRune(trailing, r[len(r)-1]) {
			return text, punct
		}
		punct = string(r[len(r)-1]) + punct
		text = string(r[:len(r)-1])
	}
}

func hash(parts ...any) uint32 {
	h := fnv.New32a()
	fmt.Fprint(h, parts...)
	return h.Sum32()
}

func jitter(n int, parts ...any) int {
	if n <= 0 {
		return 0
	}
	return int(hash(parts...) % uint32(n))
}

// duration estimates how long a word takes to say.
func duration(text string, salt ...any) int {
	digits, letters := 0, 0
	for _, r := range text {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	var d int
	if digits > 0 {
		// A numeral token stands for several spoken words.
		d = 230*digits + 70*letters
		if d < 320 {
			d = 320
		}
		if d > 3600 {
			d = 3600
		}
	} else {
		d = 130 + 36*letters
		if d < 180 {
			d = 180
		}
		if d > 450 {
			d = 450
		}
	}
	return d + jitter(41, salt...) - 20
}

var connectors = map[string]map[string]bool{}

func init() {
	numeric := []string{"PHONE", "CARD", "CARD_CVV", "SSN", "ACCOUNT", "ZIP", "ROUTING", "IBAN",
		"PASSPORT", "DRIVER_LICENSE", "MEDICARE", "PIN"}
	for _, t := range numeric {
		connectors[t] = map[string]bool{"dash": true, "hyphen": true, "-": true}
	}
	for _, t := range []string{"SSN", "ACCOUNT", "PIN", "CARD"} {
		connectors[t]["and"] = true
	}
	connectors["PHONE"]["extension"] = true
	connectors["PHONE"]["ext."] = true
	connectors["PHONE"]["ext"] = true
	connectors["PHONE"]["plus"] = true
	connectors["ADDRESS"] = map[string]bool{"apartment": true, "apt.": true, "apt": true,
		"unit": true, "suite": true}
}

func build(d *dialogue) (record, error) {
	style := d.style
	r := record{Style: style, Channels: d.channels, Entities: []entity{}, HardNegatives: []hardNegative{}}
	focus := d.focus
	if focus == "" {
		// The focus is the first entity that is not a name, else the
		// first name after the opening turn, else the first entity.
		if len(d.ents) == 0 {
			return r, errors.New("no entities and no focus")
		}
		first := map[int]bool{}
		for _, tk := range d.turns[0].tokens {
			if tk.ent >= 0 {
				first[tk.ent] = true
			}
		}
		pick := -1
		for i, e := range d.ents {
			if e.typ != "PERSON" {
				pick = i
				break
			}
		}
		for i := range d.ents {
			if pick < 0 && !first[i] {
				pick = i
			}
		}
		if pick < 0 {
			pick = 0
		}
		focus = strings.ToLower(d.ents[pick].typ) + "-" + d.ents[pick].form
	}
	focus = strings.ReplaceAll(strings.ToLower(focus), "_", "-")
	focus = strings.ReplaceAll(focus, "/", "-")
	r.ID = fmt.Sprintf("ind-%03d-%s-%s", d.num, focus, style)

	entWords := make([][]int, len(d.ents))
	entOuter := make([]map[int]bool, len(d.ents))
	entOpt := make([]map[int]bool, len(d.ents))
	negWords := make([][]int, len(d.negs))
	entTurn := make([]int, len(d.ents))
	for i := range entOuter {
		entOuter[i] = map[int]bool{}
		entOpt[i] = map[int]bool{}
		entTurn[i] = -1
	}

	clock := 300 + jitter(400, r.ID, "start")
	lastEnd := map[int]int{0: 0, 1: 0}
	globalEnd := 0
	for ti, t := range d.turns {
		ch := 0
		if d.channels == 2 && !t.agent {
			ch = 1
		}
		spk := "spk_1"
		if t.agent {
			spk = "spk_0"
		}
		if d.nodiar {
			spk = ""
		}
		start := globalEnd + 450 + jitter(650, r.ID, ti, "turn")
		if ti == 0 {
			start = clock
		}
		if t.overlap {
			if d.channels != 2 {
				return r, fmt.Errorf("line %d: overlapping turn in a mono call", t.line)
			}
			start = globalEnd - 350 - jitter(500, r.ID, ti, "ov")
		}
		if start < lastEnd[ch]+80 {
			start = lastEnd[ch] + 80
		}
		now := start
		for _, tk := range t.tokens {
			text, punct := splitPunct(tk.raw)
			if style == "lower" {
				text = strings.ToLower(text)
				punct = ""
			}
			idx := len(r.Words)
			dur := duration(text, r.ID, idx)
			w := word{Text: text, Punct: punct, StartMs: now, EndMs: now + dur, Channel: ch, Speaker: spk}
			r.Words = append(r.Words, w)
			gap := 25 + jitter(60, r.ID, idx, "gap")
			_, raw := splitPunct(tk.raw)
			switch {
			case strings.ContainsAny(raw, ".?!…"):
				gap += 280 + jitter(250, r.ID, idx, "sent")
			case strings.ContainsAny(raw, ",;:—"):
				gap += 120 + jitter(160, r.ID, idx, "comma")
			}
			now = w.EndMs + gap
			if tk.ent >= 0 {
				if entTurn[tk.ent] >= 0 && entTurn[tk.ent] != ti {
					return r, errors.New("entity spans turns")
				}
				entTurn[tk.ent] = ti
				entWords[tk.ent] = append(entWords[tk.ent], idx)
				if tk.outer {
					entOuter[tk.ent][idx] = true
				}
				if tk.optional {
					entOpt[tk.ent][idx] = true
				}
			}
			if tk.neg >= 0 {
				negWords[tk.neg] = append(negWords[tk.neg], idx)
			}
		}
		end := r.Words[len(r.Words)-1].EndMs
		lastEnd[ch] = end
		if end > globalEnd {
			globalEnd = end
		}
	}

	for i, e := range d.ents {
		ws := entWords[i]
		if len(ws) == 0 {
			return r, fmt.Errorf("entity %s/%s has no words", e.typ, e.form)
		}
		en := entity{Type: e.typ, Form: e.form, First: -1, Last: -1, OuterFirst: ws[0], OuterLast: ws[len(ws)-1]}
		for _, w := range ws {
			if entOuter[i][w] {
				continue
			}
			if en.First < 0 {
				en.First = w
			}
			en.Last = w
		}
		if en.First < 0 {
			return r, fmt.Errorf("entity %s/%s has only outer words", e.typ, e.form)
		}
		for _, w := range ws {
			if entOuter[i][w] && w > en.First && w < en.Last {
				return r, fmt.Errorf("entity %s/%s: outer word inside the core", e.typ, e.form)
			}
		}
		for w := en.First; w <= en.Last; w++ {
			lw := strings.ToLower(r.Words[w].Text)
			if entOpt[i][w] || connectors[e.typ][lw] {
				en.Optional = append(en.Optional, w)
			}
		}
		if e.typ == "CARD_CVV" || e.typ == "CARD_EXPIRY" {
			en.Also = []string{"CARD"}
		}
		r.Entities = append(r.Entities, en)
	}
	// Every mention of a name that the dialogue labels somewhere must be
	// labelled everywhere.
	names := map[string]bool{}
	inSpan := map[int]bool{}
	for i, e := range r.Entities {
		for w := e.OuterFirst; w <= e.OuterLast; w++ {
			inSpan[w] = true
		}
		if e.Type != "PERSON" {
			continue
		}
		for _, w := range entWords[i] {
			if !entOuter[i][w] && !entOpt[i][w] && len([]rune(r.Words[w].Text)) > 1 {
				names[strings.ToLower(r.Words[w].Text)] = true
			}
		}
	}
	for _, ws := range negWords {
		for _, w := range ws {
			inSpan[w] = true
		}
	}
	for i, w := range r.Words {
		if !inSpan[i] && names[strings.ToLower(w.Text)] {
			return r, fmt.Errorf("name %q at word %d is not labelled", w.Text, i)
		}
	}
	for i, n := range d.negs {
		ws := negWords[i]
		if len(ws) == 0 {
			return r, fmt.Errorf("negative %s has no words", n.typ)
		}
		r.HardNegatives = append(r.HardNegatives, hardNegative{Kind: n.typ, First: ws[0], Last: ws[len(ws)-1]})
	}
	return r, nil
}

// Checking.

var lowerWordRE = regexp.MustCompile(`^[a-z]+('[a-z]+)?$`)

func check(r record) error {
	if r.Style != "cased" && r.Style != "lower" {
		return fmt.Errorf("bad style %q", r.Style)
	}
	if r.Channels != 1 && r.Channels != 2 {
		return fmt.Errorf("bad channel count %d", r.Channels)
	}
	last := map[int]int{}
	for i, w := range r.Words {
		if w.Text == "" {
			return fmt.Errorf("word %d: empty text", i)
		}
		if w.StartMs >= w.EndMs {
			return fmt.Errorf("word %d: start %d >= end %d", i, w.StartMs, w.EndMs)
		}
		if w.Channel < 0 || w.Channel >= r.Channels {
			return fmt.Errorf("word %d: channel %d", i, w.Channel)
		}
		if w.StartMs < last[w.Channel] {
			return fmt.Errorf("word %d %q: time goes back on channel %d", i, w.Text, w.Channel)
		}
		last[w.Channel] = w.EndMs
		if r.Channels == 2 {
			want := map[int]string{0: "spk_0", 1: "spk_1"}[w.Channel]
			if w.Speaker != want {
				return fmt.Errorf("word %d: speaker %q on channel %d", i, w.Speaker, w.Channel)
			}
		}
		if r.Style == "lower" {
			if w.Punct != "" || !lowerWordRE.MatchString(w.Text) {
				return fmt.Errorf("word %d %q: not a lowercase spoken word", i, w.Text)
			}
		} else {
			rs := []rune(w.Text)
			if w.Text != "-" && !unicode.IsLetter(rs[0]) && !unicode.IsDigit(rs[0]) && !strings.ContainsRune("$+#£€", rs[0]) {
				return fmt.Errorf("word %d %q: leading punctuation", i, w.Text)
			}
		}
	}
	used := make([]string, len(r.Words))
	claim := func(a, b int, what string) error {
		if a < 0 || b >= len(r.Words) || a > b {
			return fmt.Errorf("%s: bad range %d..%d", what, a, b)
		}
		for i := a; i <= b; i++ {
			if used[i] != "" {
				return fmt.Errorf("%s overlaps %s at word %d", what, used[i], i)
			}
			used[i] = what
		}
		return nil
	}
	for _, e := range r.Entities {
		what := e.Type + "/" + e.Form
		if err := claim(e.OuterFirst, e.OuterLast, what); err != nil {
			return err
		}
		if e.OuterFirst > e.First || e.OuterLast < e.Last {
			return fmt.Errorf("%s: outer range inside core", what)
		}
		if r.Words[e.OuterFirst].Channel != r.Words[e.OuterLast].Channel {
			return fmt.Errorf("%s spans channels", what)
		}
		opt := map[int]bool{}
		for _, o := range e.Optional {
			if o < e.First || o > e.Last {
				return fmt.Errorf("%s: optional %d outside range", what, o)
			}
			opt[o] = true
		}
		// The value check reads the required words plus the connector
		// words ("extension", "dash") that the type treats as optional.
		var req, all []string
		nreq := 0
		for i := e.First; i <= e.Last; i++ {
			all = append(all, r.Words[i].Text)
			if !opt[i] {
				nreq++
			}
			if !opt[i] || connectors[e.Type][strings.ToLower(r.Words[i].Text)] {
				req = append(req, r.Words[i].Text)
			}
		}
		if nreq == 0 {
			return fmt.Errorf("%s: no required word", what)
		}
		if err := checkValue(e.Type, req); err != nil {
			return fmt.Errorf("%s %q: %v", what, strings.Join(all, " "), err)
		}
	}
	for _, n := range r.HardNegatives {
		if err := claim(n.First, n.Last, "negative "+n.Kind); err != nil {
			return err
		}
	}
	return nil
}

// Value checks on the required words of an entity.

var units = map[string]int{"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
var teens = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
var tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90}

// below100 reads a number under 100 at ws[i]; ok is false if there is none.
func below100(ws []string, i int) (v, n int, ok bool) {
	if i >= len(ws) {
		return 0, 0, false
	}
	w := ws[i]
	if t, ok := teens[w]; ok {
		return t, 1, true
	}
	if t, ok := tens[w]; ok {
		if i+1 < len(ws) {
			if u, ok := units[ws[i+1]]; ok && u > 0 {
				return t + u, 2, true
			}
		}
		return t, 1, true
	}
	if u, ok := units[w]; ok {
		return u, 1, true
	}
	return 0, 0, false
}

// spell turns spoken or written number words into a string of digits and
// capital letters. Connector words of the type are skipped.
func spell(typ string, words []string) (string, error) {
	var ws []string
	for _, w := range words {
		lw := strings.ToLower(w)
		if connectors[typ][lw] {
			continue
		}
		if strings.Contains(lw, "-") && strings.IndexFunc(lw, unicode.IsDigit) < 0 {
			// "eighty-one", as Whisper hyphenates compound numbers
			ws = append(ws, strings.Split(lw, "-")...)
			continue
		}
		ws = append(ws, lw)
	}
	var b strings.Builder
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case strings.IndexFunc(w, unicode.IsDigit) >= 0 || (len(w) > 1 && isUpperAlnum(words, w)):
			for _, r := range strings.ToUpper(w) {
				if unicode.IsDigit(r) || (r >= 'A' && r <= 'Z') {
					b.WriteRune(r)
				}
			}
		case (w == "double" || w == "triple") && i+1 < len(ws):
			u, ok := units[ws[i+1]]
			if !ok {
				return "", fmt.Errorf("%q not followed by a digit", w)
			}
			k := 2
			if w == "triple" {
				k = 3
			}
			b.WriteString(strings.Repeat(strconv.Itoa(u), k))
			i++
		case i+1 < len(ws) && ws[i+1] == "hundred":
			u, ok := units[w]
			if !ok {
				return "", fmt.Errorf("%q before hundred", w)
			}
			i += 2
			if i < len(ws) && ws[i] == "and" {
				i++
			}
			v, n, ok := below100(ws, i)
			if ok {
				i += n
			}
			b.WriteString(fmt.Sprintf("%d%02d", u, v))
			i--
		case i+1 < len(ws) && ws[i+1] == "thousand":
			u, ok := units[w]
			if !ok {
				return "", fmt.Errorf("%q before thousand", w)
			}
			i += 2
			h := 0
			if i+1 < len(ws) && ws[i+1] == "hundred" {
				if h, ok = units[ws[i]]; !ok {
					return "", fmt.Errorf("%q before hundred", ws[i])
				}
				i += 2
			}
			if i < len(ws) && ws[i] == "and" {
				i++
			}
			v, n, ok := below100(ws, i)
			if ok {
				i += n
			}
			b.WriteString(fmt.Sprintf("%d%03d", u, h*100+v))
			i--
		default:
			if u, ok := units[w]; ok {
				b.WriteString(strconv.Itoa(u))
				continue
			}
			if v, n, ok := below100(ws, i); ok {
				b.WriteString(fmt.Sprintf("%02d", v))
				i += n - 1
				continue
			}
			if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
				b.WriteString(strings.ToUpper(w))
				continue
			}
			return "", fmt.Errorf("word %q is not part of a number", w)
		}
	}
	return b.String(), nil
}

// isUpperAlnum reports whether the original spelling of lw was written in
// capitals (a written code such as "WEST" or "GB82"), not a spoken word.
func isUpperAlnum(words []string, lw string) bool {
	for _, w := range words {
		if strings.ToLower(w) == lw {
			return w == strings.ToUpper(w) && strings.ToUpper(w) != strings.ToLower(w)
		}
	}
	return false
}

func onlyDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func luhn(s string) bool {
	sum := 0
	for i := 0; i < len(s); i++ {
		d := int(s[len(s)-1-i] - '0')
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

func aba(s string) bool {
	d := make([]int, 9)
	for i := range d {
		d[i] = int(s[i] - '0')
	}
	return (3*(d[0]+d[3]+d[6])+7*(d[1]+d[4]+d[7])+(d[2]+d[5]+d[8]))%10 == 0
}

func mod97(s string) bool {
	re := s[4:] + s[:4]
	var num strings.Builder
	for _, r := range re {
		if r >= 'A' && r <= 'Z' {
			num.WriteString(strconv.Itoa(int(r-'A') + 10))
		} else {
			num.WriteRune(r)
		}
	}
	n, ok := new(big.Int).SetString(num.String(), 10)
	if !ok {
		return false
	}
	return new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

var mbiRE = regexp.MustCompile(`^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$`)
var ibanRE = regexp.MustCompile(`^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$`)
var passportRE = regexp.MustCompile(`^([0-9]{9}|[A-Z][0-9]{8})$`)

func checkValue(typ string, req []string) error {
	lower := make([]string, len(req))
	for i, w := range req {
		lower[i] = strings.ToLower(w)
	}
	joined := strings.Join(lower, " ")
	switch typ {
	case "EMAIL":
		if !strings.Contains(joined, "@") && !strings.Contains(" "+joined+" ", " at ") {
			return errors.New("email without at")
		}
		if !strings.Contains(joined, ".") && !strings.Contains(joined, "dot") && !strings.Contains(joined, "period") {
			return errors.New("email without dot")
		}
		return nil
	case "URL":
		if !strings.Contains(joined, ".") && !strings.Contains(joined, "dot") {
			return errors.New("url without dot")
		}
		return nil
	case "IP_ADDRESS":
		return checkIP(lower)
	case "PERSON", "ADDRESS", "DOB", "CARD_EXPIRY", "PASSWORD", "USERNAME":
		return nil
	}
	v, err := spell(typ, req)
	if err != nil {
		return err
	}
	switch typ {
	case "CARD":
		if !onlyDigits(v) || len(v) < 13 || len(v) > 19 || !luhn(v) {
			return fmt.Errorf("card %s fails Luhn or length", v)
		}
	case "CARD_CVV":
		if !onlyDigits(v) || len(v) < 3 || len(v) > 4 {
			return fmt.Errorf("cvv %s", v)
		}
	case "SSN":
		if len(v) == 3 && strings.Contains(strings.ToLower(strings.Join(req, " ")), "hundred") {
			v = "0" + v // "the last four are eight hundred twelve": 0812
		}
		if !onlyDigits(v) || (len(v) != 9 && len(v) != 4) {
			return fmt.Errorf("ssn %s", v)
		}
	case "PHONE":
		pre := v
		// Digits after an extension cue are the extension.
		for i, w := range lower {
			if w == "extension" || w == "ext." || w == "ext" || w == "x" {
				pre, err = spell(typ, req[:i])
				if err != nil {
					return err
				}
				break
			}
		}
		intl := strings.HasPrefix(req[0], "+") || lower[0] == "plus"
		if intl && pre[0] != '1' && onlyDigits(pre) && len(pre) >= 9 && len(pre) <= 15 {
			break // an international number such as +44 7700 900123
		}
		if !onlyDigits(pre) || !(len(pre) == 7 || len(pre) == 10 || (len(pre) == 11 && pre[0] == '1')) {
			return fmt.Errorf("phone %s", pre)
		}
	case "ACCOUNT":
		if len(v) < 6 || len(v) > 17 {
			return fmt.Errorf("account %s", v)
		}
	case "ZIP":
		if !onlyDigits(v) || (len(v) != 5 && len(v) != 9) {
			return fmt.Errorf("zip %s", v)
		}
	case "ROUTING":
		if !onlyDigits(v) || len(v) != 9 || !aba(v) {
			return fmt.Errorf("routing %s fails ABA checksum", v)
		}
	case "IBAN":
		if !ibanRE.MatchString(v) || !mod97(v) {
			return fmt.Errorf("iban %s fails mod-97", v)
		}
	case "PASSPORT":
		if !passportRE.MatchString(v) {
			return fmt.Errorf("passport %s", v)
		}
	case "DRIVER_LICENSE":
		nd := 0
		for _, r := range v {
			if unicode.IsDigit(r) {
				nd++
			}
		}
		if len(v) < 7 || len(v) > 16 || nd < 4 {
			return fmt.Errorf("licence %s", v)
		}
	case "MEDICARE":
		if !mbiRE.MatchString(v) {
			return fmt.Errorf("medicare %s is not an MBI", v)
		}
	case "PIN":
		if !onlyDigits(v) || len(v) < 4 || len(v) > 6 {
			return fmt.Errorf("pin %s", v)
		}
	}
	return nil
}

func checkIP(ws []string) error {
	var groups [][]string
	var cur []string
	for _, w := range ws {
		if strings.Count(w, ".") == 3 && len(ws) == 1 {
			for _, g := range strings.Split(w, ".") {
				groups = append(groups, []string{g})
			}
			cur = nil
			break
		}
		if w == "dot" || w == "point" {
			groups = append(groups, cur)
			cur = nil
			continue
		}
		cur = append(cur, w)
	}
	if cur != nil {
		groups = append(groups, cur)
	}
	if len(groups) != 4 {
		return fmt.Errorf("ip with %d groups", len(groups))
	}
	for _, g := range groups {
		v, err := spell("IP_ADDRESS", g)
		if err != nil {
			return err
		}
		n, err := strconv.Atoi(v)
		if err != nil || n > 255 || len(v) > 3 {
			return fmt.Errorf("ip octet %q", v)
		}
	}
	return nil
}

// Reporting.

func report(recs []record, ds []*dialogue) {
	type key struct{ a, b string }
	forms := map[key][2]int{}
	types := map[string][2]int{}
	negs := map[string][2]int{}
	styles := map[string]int{}
	chans := map[string]int{}
	domains := map[string]int{}
	words, ents := 0, 0
	for i, r := range recs {
		s := 0
		if r.Style == "lower" {
			s = 1
		}
		styles[r.Style]++
		chans[fmt.Sprintf("%s/%dch", r.Style, r.Channels)]++
		domains[ds[i].domain]++
		words += len(r.Words)
		for _, e := range r.Entities {
			c := forms[key{e.Type, e.Form}]
			c[s]++
			forms[key{e.Type, e.Form}] = c
			t := types[e.Type]
			t[s]++
			types[e.Type] = t
			ents++
		}
		for _, n := range r.HardNegatives {
			c := negs[n.Kind]
			c[s]++
			negs[n.Kind] = c
		}
	}
	fmt.Printf("%d dialogues, %d words, %d entities\n", len(recs), words, ents)
	fmt.Printf("styles: %v  channels: %v\ndomains: %v\n\n", styles, chans, domains)
	var ks []key
	for k := range forms {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].a != ks[j].a {
			return ks[i].a < ks[j].a
		}
		return ks[i].b < ks[j].b
	})
	fmt.Println("| type | form | cased | lower |")
	fmt.Println("| --- | --- | ---: | ---: |")
	prev := ""
	for _, k := range ks {
		if k.a != prev && prev != "" {
			t := types[prev]
			fmt.Printf("| **%s** | *all* | **%d** | **%d** |\n", prev, t[0], t[1])
		}
		prev = k.a
		c := forms[k]
		flag := ""
		if c[0] == 0 || c[1] == 0 {
			flag = " (missing a style)"
		}
		fmt.Printf("| %s | %s | %d | %d |%s\n", k.a, k.b, c[0], c[1], flag)
	}
	if prev != "" {
		t := types[prev]
		fmt.Printf("| **%s** | *all* | **%d** | **%d** |\n", prev, t[0], t[1])
	}
	var nk []string
	for k := range negs {
		nk = append(nk, k)
	}
	sort.Strings(nk)
	fmt.Println("\n| hard negative | cased | lower |")
	fmt.Println("| --- | ---: | ---: |")
	for _, k := range nk {
		fmt.Printf("| %s | %d | %d |\n", k, negs[k][0], negs[k][1])
	}
}

func printValues(r record) {
	for _, e := range r.Entities {
		var req []string
		opt := map[int]bool{}
		for _, o := range e.Optional {
			opt[o] = true
		}
		for i := e.First; i <= e.Last; i++ {
			if !opt[i] || connectors[e.Type][strings.ToLower(r.Words[i].Text)] {
				req = append(req, r.Words[i].Text)
			}
		}
		switch e.Type {
		case "PERSON", "ADDRESS", "DOB", "CARD_EXPIRY", "PASSWORD", "USERNAME", "EMAIL", "URL", "IP_ADDRESS":
			continue
		}
		v, _ := spell(e.Type, req)
		fmt.Printf("%s\t%s/%s\t%s\t%s\n", r.ID, e.Type, e.Form, v, strings.Join(req, " "))
	}
}
