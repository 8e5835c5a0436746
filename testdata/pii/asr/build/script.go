package main

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/callveil/callveil/testdata/pii/internal/buildkit"
)

// A dialogue file (dialogues/*.txt) holds calls in written form:
//
//	# any comment (the source of the call)
//	@@ NNN CH src=KEY [nodiar]
//	A: agent's turn, with [TYPE.form|an entity] and <kind|a hard negative>
//	C: customer's turn
//
// CH is 1 (mono) or 2 (agent on channel 0, customer on 1). Inside an
// entity a word written ^word is said but belongs only to the entity's
// outer range (a title: "^Dr."). Every written token is said as
// buildkit.Say says it for the label's type: the text the synthesiser
// reads, and the reference the recogniser's words are scored against.

// label is one entity or hard negative of a call.
type label struct {
	neg  bool
	typ  string // entity type, or the negative's kind
	form string
	turn int
	text string // the written value, for -values
}

// chunk is a run of spoken words of one turn with one label (or none),
// synthesised on its own so that its time span is exact.
type chunk struct {
	label int // index into call.labels, -1 outside any label
	outer bool
	words []string
}

type turn struct {
	agent  bool
	chunks []chunk
}

type call struct {
	num      int
	channels int
	src      string
	nodiar   bool
	comment  string
	file     string
	line     int
	turns    []turn
	labels   []label
}

// words returns the spoken words of a turn.
func (t turn) words() []string {
	var out []string
	for _, c := range t.chunks {
		out = append(out, c.words...)
	}
	return out
}

// sum is a hash of everything the audio depends on: the spoken words of
// every chunk, the speakers, the channel count and the voices.
func (c *call) sum() string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d|%d|%v|%v|", c.channels, c.num, voiceFor(c.num, true), voiceFor(c.num, false))
	for _, t := range c.turns {
		fmt.Fprintf(h, "T%v|", t.agent)
		for _, ch := range t.chunks {
			fmt.Fprintf(h, "%d/%v:%s|", ch.label, ch.outer, strings.Join(ch.words, " "))
		}
	}
	return strconv.FormatUint(h.Sum64(), 16)
}

var (
	headRE = regexp.MustCompile(`^@@\s+(\d{3})\s+([12])\s+src=([a-z0-9-]+)(\s+nodiar)?\s*$`)
	typeRE = regexp.MustCompile(`^([A-Z_]+)\.([a-z0-9]+(-[a-z0-9]+)*)$`)
	kindRE = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
)

var knownTypes = map[string]bool{
	"PHONE": true, "CARD": true, "CARD_CVV": true, "CARD_EXPIRY": true, "SSN": true,
	"ACCOUNT": true, "ROUTING": true, "PIN": true, "EMAIL": true, "PERSON": true, "ADDRESS": true,
	"ZIP": true, "DOB": true,
}

// readCalls parses every *.txt file of dir, sorted by call number.
func readCalls(dir string) ([]*call, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		return nil, fmt.Errorf("no *.txt files in %s", dir)
	}
	sort.Strings(files)
	var calls []*call
	seen := map[int]string{}
	for _, f := range files {
		cs, err := parseFile(f)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			where := fmt.Sprintf("%s:%d", c.file, c.line)
			if prev, dup := seen[c.num]; dup {
				return nil, fmt.Errorf("%s: call %03d already at %s", where, c.num, prev)
			}
			seen[c.num] = where
			if len(c.turns) == 0 {
				return nil, fmt.Errorf("%s: call %03d has no turns", where, c.num)
			}
		}
		calls = append(calls, cs...)
	}
	sort.Slice(calls, func(i, j int) bool { return calls[i].num < calls[j].num })
	return calls, nil
}

func parseFile(path string) ([]*call, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var calls []*call
	var c *call
	comment := ""
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "#"):
			comment = strings.TrimSpace(strings.TrimPrefix(line, "#"))
			continue
		case strings.HasPrefix(line, "@@"):
			m := headRE.FindStringSubmatch(line)
			if m == nil {
				return nil, fmt.Errorf("%s:%d: bad call header %q", path, ln, line)
			}
			n, _ := strconv.Atoi(m[1])
			ch, _ := strconv.Atoi(m[2])
			c = &call{num: n, channels: ch, src: m[3], nodiar: m[4] != "", comment: comment, file: path, line: ln}
			if c.nodiar && ch != 1 {
				return nil, fmt.Errorf("%s:%d: nodiar only for mono calls", path, ln)
			}
			calls = append(calls, c)
			continue
		}
		if c == nil {
			return nil, fmt.Errorf("%s:%d: text before the first @@ header", path, ln)
		}
		if len(line) < 2 || line[1] != ':' || (line[0] != 'A' && line[0] != 'C') {
			return nil, fmt.Errorf("%s:%d: a turn starts with A: or C:", path, ln)
		}
		t, err := c.parseTurn(line[0] == 'A', line[2:])
		if err != nil {
			return nil, fmt.Errorf("%s:%d (call %03d): %v", path, ln, c.num, err)
		}
		c.turns = append(c.turns, t)
	}
	return calls, sc.Err()
}

// parseTurn splits one turn into chunks and says every token.
func (c *call) parseTurn(agent bool, s string) (turn, error) {
	t := turn{agent: agent}
	ti := len(c.turns)
	tok := 0
	add := func(lab int, outer bool, text string) error {
		var ws []string
		for _, w := range strings.Fields(text) {
			typ := ""
			if lab >= 0 && !c.labels[lab].neg {
				typ = c.labels[lab].typ
			}
			said, err := sayToken(w, typ, c.num, ti, tok)
			if err != nil {
				return fmt.Errorf("cannot say %q: %v", w, err)
			}
			tok++
			ws = append(ws, said...)
		}
		if len(ws) == 0 {
			return nil
		}
		if n := len(t.chunks); n > 0 && t.chunks[n-1].label == lab && t.chunks[n-1].outer == outer {
			t.chunks[n-1].words = append(t.chunks[n-1].words, ws...)
			return nil
		}
		t.chunks = append(t.chunks, chunk{label: lab, outer: outer, words: ws})
		return nil
	}
	for s != "" {
		i := strings.IndexAny(s, "[<")
		if i < 0 {
			if strings.ContainsAny(s, "]>|") {
				return t, fmt.Errorf("stray ] > or | in %q", s)
			}
			if err := add(-1, false, s); err != nil {
				return t, err
			}
			break
		}
		if strings.ContainsAny(s[:i], "]>|") {
			return t, fmt.Errorf("stray ] > or | in %q", s[:i])
		}
		if err := add(-1, false, s[:i]); err != nil {
			return t, err
		}
		closing := byte(']')
		if s[i] == '<' {
			closing = '>'
		}
		end := strings.IndexByte(s[i:], closing)
		bar := strings.IndexByte(s[i:], '|')
		if end < 0 || bar < 0 || bar > end {
			return t, fmt.Errorf("unclosed label in %q", s[i:])
		}
		head, body := s[i+1:i+bar], s[i+bar+1:i+end]
		l := label{neg: closing == '>', turn: ti, text: body}
		if l.neg {
			if !kindRE.MatchString(head) {
				return t, fmt.Errorf("bad negative kind %q", head)
			}
			l.typ = head
		} else {
			m := typeRE.FindStringSubmatch(head)
			if m == nil || !knownTypes[m[1]] {
				return t, fmt.Errorf("bad entity head %q (TYPE.form)", head)
			}
			l.typ, l.form = m[1], m[2]
		}
		c.labels = append(c.labels, l)
		lab := len(c.labels) - 1
		core := 0
		for _, w := range strings.Fields(body) {
			outer := strings.HasPrefix(w, "^") && len(w) > 1
			if outer && l.neg {
				return t, fmt.Errorf("^ only inside an entity")
			}
			if !outer {
				core++
			}
			if err := add(lab, outer, strings.TrimPrefix(w, "^")); err != nil {
				return t, err
			}
		}
		if core == 0 {
			return t, fmt.Errorf("label %q has no words", head)
		}
		s = s[i+end+1:]
		// punctuation right after a label belongs to the text after it
	}
	if len(t.chunks) == 0 {
		return t, fmt.Errorf("empty turn")
	}
	return t, nil
}

var meridiem = map[string]string{"am": "a m", "pm": "p m", "a.m.": "a m", "p.m.": "p m"}

var titles = map[string]string{"dr": "doctor", "dr.": "doctor", "mr": "mister", "mr.": "mister",
	"mrs": "missus", "mrs.": "missus", "ms": "miss", "ms.": "miss"}

// sayToken says one written token: punctuation around it is dropped
// (abbreviations keep their period for Say), "#" in an address is
// "number", "am"/"pm" are said as letters, a title as its word.
func sayToken(w, typ string, key ...any) ([]string, error) {
	w = strings.Trim(w, "\"“”()'")
	w = strings.ReplaceAll(w, `o"clock`, "o'clock")
	w = strings.TrimRight(w, ",;:?!'")
	low := strings.ToLower(w)
	if s, ok := meridiem[low]; ok && typ == "" {
		return strings.Fields(s), nil
	}
	if s, ok := titles[low]; ok {
		return []string{s}, nil
	}
	if w == "#" || w == "No." {
		return []string{"number"}, nil
	}
	if w == "$" || w == "-" {
		return nil, nil
	}
	if w == "&" {
		return []string{"and"}, nil
	}
	if strings.HasSuffix(w, ".") && !strings.Contains(strings.TrimSuffix(w, "."), ".") {
		base := strings.TrimSuffix(w, ".")
		abbr := len(base) <= 4 && base != "" && base[0] >= 'A' && base[0] <= 'Z' && strings.ToLower(base[1:]) == base[1:] && typ != "PERSON" && typ != ""
		if !abbr {
			w = base
		}
	}
	if w == "" {
		return nil, nil
	}
	ws, err := buildkit.Say(w, typ, key...)
	if err != nil {
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return nil, nil // a mark on its own is not said
		}
		return nil, err
	}
	var out []string
	for _, x := range ws {
		for _, y := range strings.Fields(x) {
			y = strings.Trim(strings.ToLower(y), ".-")
			if y != "" {
				out = append(out, y)
			}
		}
	}
	return out, nil
}
