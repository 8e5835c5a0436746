package transcript

import (
	"bytes"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// This file reads and writes the caption formats WebVTT and SRT. They have
// times per cue, not per word, except WebVTT's inline timestamps
// ("<00:00:01.500>"). Word times are therefore:
//
//   - for a word that a timestamp tag starts and that is alone until the
//     next timestamp (or the cue end): exactly that span;
//   - otherwise: the words between two timestamps (or of the whole cue)
//     share that span in proportion to their characters (one extra
//     character for each gap), and are marked approximate.
//
// Writing keeps the file byte for byte except the words redacted (and, for
// the fail-closed sweep, cue identifiers, voice names, NOTE blocks and the
// header text that contain a redacted word).

// Kinds of a cuePiece.
const (
	pieceFixed = iota // timing lines, tags, indices: never changed
	pieceText         // other text (ids, voice tags, notes): swept
	pieceSpace        // white space between words
	pieceWord         // a word
)

type cuePiece struct {
	kind uint8
	text string
}

// cueDoc is the document a WebVTT or SRT reader keeps for Write.
type cueDoc struct {
	format Format
	pieces []cuePiece
	// words maps Transcript.Words to pieces.
	words []int32
}

// detectText recognises WebVTT (a "WEBVTT" signature) and SRT (an index
// line followed by a timing line, or a timing line first).
func detectText(data []byte) (Format, bool) {
	d := bytes.TrimLeft(data, " \t\r\n")
	if bytes.HasPrefix(d, []byte("WEBVTT")) && (len(d) == 6 || d[6] == ' ' || d[6] == '\t' || d[6] == '\n' || d[6] == '\r') {
		return FormatWebVTT, true
	}
	lines := strings.SplitN(string(d[:min(len(d), 512)]), "\n", 3)
	if len(lines) >= 2 && isIndex(strings.TrimSpace(lines[0])) && strings.Contains(lines[1], "-->") {
		return FormatSRT, true
	}
	if len(lines) >= 1 && strings.Contains(lines[0], "-->") {
		if _, _, err := parseTiming(strings.TrimSpace(lines[0])); err == nil {
			return FormatSRT, true
		}
	}
	return "", false
}

func isIndex(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// cueReader holds the state of reading one caption file.
type cueReader struct {
	b      *builder
	pieces []cuePiece
	cues   int // timed cues read
}

func (r *cueReader) add(kind uint8, s string) {
	if s != "" {
		r.pieces = append(r.pieces, cuePiece{kind, s})
	}
}

func readCues(data []byte, f Format, opts ReadOptions) (*Transcript, error) {
	r := &cueReader{b: &builder{format: f, opts: opts, noRefs: true}}
	text := string(data)
	lines := splitLinesKeep(text)
	i := 0
	if f == FormatWebVTT {
		if len(lines) == 0 || !strings.HasPrefix(strings.TrimLeft(lines[0], " \t"), "WEBVTT") {
			return nil, fmt.Errorf("webvtt: line 1: missing the WEBVTT signature: %w", ErrInvalid)
		}
		// header block up to the first blank line
		r.add(pieceFixed, "WEBVTT")
		r.add(pieceText, strings.TrimPrefix(strings.TrimLeft(lines[0], " \t"), "WEBVTT"))
		for i = 1; i < len(lines) && !isBlank(lines[i]); i++ {
			r.add(pieceText, lines[i])
		}
	}
	for i < len(lines) {
		if isBlank(lines[i]) {
			r.add(pieceFixed, lines[i])
			i++
			continue
		}
		// a block: up to the next blank line
		j := i
		for j < len(lines) && !isBlank(lines[j]) {
			j++
		}
		if err := r.block(lines[i:j], i+1, f); err != nil {
			return nil, err
		}
		i = j
	}
	if r.cues == 0 && strings.TrimSpace(text) != "" {
		// Text with no timed cue is not captions (a JSON transcript
		// forced as SRT, say). Reading it as an empty transcript would
		// bleep nothing, so refuse it.
		name := "webvtt"
		if f == FormatSRT {
			name = "srt"
		}
		return nil, fmt.Errorf("%s: no timed cue (no line with -->) in %d lines: %w", name, len(lines), ErrInvalid)
	}
	t, err := r.b.finish(nil)
	if err != nil {
		return nil, err
	}
	t.doc = &cueDoc{format: f, pieces: r.pieces, words: r.b.pieceOf}
	return t, nil
}

// splitLinesKeep splits s into lines that keep their line endings.
func splitLinesKeep(s string) []string {
	var lines []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i+1])
		s = s[i+1:]
	}
	return lines
}

func isBlank(line string) bool { return strings.TrimSpace(line) == "" }

// block reads one blank-line-separated block starting at line number ln.
func (r *cueReader) block(lines []string, ln int, f Format) error {
	name := "webvtt"
	if f == FormatSRT {
		name = "srt"
	}
	timing := -1
	for k := 0; k < len(lines) && k < 2; k++ {
		if strings.Contains(lines[k], "-->") {
			timing = k
			break
		}
	}
	if timing < 0 {
		// NOTE, STYLE, REGION or stray text: kept, swept.
		for _, l := range lines {
			r.add(pieceText, l)
		}
		return nil
	}
	if timing == 1 {
		if f == FormatSRT && isIndex(strings.TrimSpace(lines[0])) {
			r.add(pieceFixed, lines[0])
		} else {
			r.add(pieceText, lines[0])
		}
	}
	start, end, err := parseTiming(strings.TrimSpace(lines[timing]))
	if err != nil {
		return fmt.Errorf("%s: line %d: %w", name, ln+timing, err)
	}
	for _, d := range []time.Duration{start, end} {
		if d > r.b.opts.MaxTime {
			return fmt.Errorf("%s: line %d: time %v is beyond the %v limit: %w", name, ln+timing, d, r.b.opts.MaxTime, ErrInvalid)
		}
	}
	if end < start {
		return fmt.Errorf("%s: line %d: cue ends (%v) before it starts (%v): %w", name, ln+timing, end, start, ErrInvalid)
	}
	r.add(pieceFixed, lines[timing])
	r.cues++
	r.payload(strings.Join(lines[timing+1:], ""), start, end, f)
	return nil
}

// parseTiming parses "00:00:01.000 --> 00:00:04.000 [settings]".
func parseTiming(line string) (start, end time.Duration, err error) {
	a, rest, ok := strings.Cut(line, "-->")
	if !ok {
		return 0, 0, fmt.Errorf("%q is not a timing line: %w", line, ErrInvalid)
	}
	rest = strings.TrimSpace(rest)
	if k := strings.IndexAny(rest, " \t"); k >= 0 {
		rest = rest[:k] // cue settings or SRT coordinates
	}
	if start, err = parseStamp(strings.TrimSpace(a)); err != nil {
		return 0, 0, err
	}
	if end, err = parseStamp(rest); err != nil {
		return 0, 0, err
	}
	return start, end, nil
}

// parseStamp parses "hh:mm:ss.ttt", "mm:ss.ttt" or the SRT form with ','.
func parseStamp(s string) (time.Duration, error) {
	bad := func() (time.Duration, error) {
		q := s
		if len(q) > 40 {
			q = q[:40] + "..."
		}
		return 0, fmt.Errorf("%q is not a timestamp like 00:01:02.345: %w", q, ErrInvalid)
	}
	main, frac, ok := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	if !ok || len(frac) == 0 || len(frac) > 3 {
		return bad()
	}
	parts := strings.Split(main, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return bad()
	}
	var total int64
	for k, p := range parts {
		if p == "" || len(p) > 5 || !isIndex(p) {
			return bad()
		}
		n, _ := strconv.ParseInt(p, 10, 64)
		if k > 0 && (n >= 60 || len(p) != 2) {
			return bad()
		}
		total = total*60 + n
	}
	if !isIndex(frac) {
		return bad()
	}
	ms, _ := strconv.ParseInt(frac+strings.Repeat("0", 3-len(frac)), 10, 64)
	return time.Duration(total)*time.Second + time.Duration(ms)*time.Millisecond, nil
}

// payload splits cue text into tags, spaces and words and gives the words
// times.
func (r *cueReader) payload(text string, start, end time.Duration, f Format) {
	// seg is a stretch of the cue from a time on: its words are
	// b.words[first:next seg's first].
	type seg struct {
		from  time.Duration
		first int
	}
	segs := []seg{{from: start, first: len(r.b.words)}}
	stamped := false
	speaker := ""
	// A '<' starts a tag only if a '>' follows somewhere (and a '{' an SRT
	// override only if a '}' does); otherwise it is text. Knowing the
	// last of each keeps this linear.
	lastClose := strings.LastIndexByte(text, '>')
	lastBrace := strings.LastIndexByte(text, '}')
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '<' && i < lastClose:
			k := strings.IndexByte(text[i:], '>')
			tag := text[i : i+k+1]
			inner := tag[1 : len(tag)-1]
			i += k + 1
			if d, err := parseStamp(inner); err == nil {
				d = min(max(d, segs[len(segs)-1].from), end)
				segs = append(segs, seg{from: d, first: len(r.b.words)})
				stamped = true
				r.add(pieceFixed, tag)
				continue
			}
			if strings.HasPrefix(inner, "v ") || strings.HasPrefix(inner, "v.") || strings.HasPrefix(inner, "v\t") {
				if _, name, ok := strings.Cut(inner, " "); ok {
					speaker = strings.TrimSpace(name)
				}
				r.add(pieceText, tag)
				continue
			}
			if inner == "/v" {
				speaker = ""
			}
			r.add(pieceFixed, tag)
			continue
		case c == '{' && f == FormatSRT && i < lastBrace && strings.HasPrefix(text[i:], "{\\"):
			k := strings.IndexByte(text[i:], '}')
			r.add(pieceFixed, text[i:i+k+1])
			i += k + 1
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			k := i
			for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r') {
				k++
			}
			r.add(pieceSpace, text[i:k])
			i = k
			continue
		}
		// a word: up to white space or a tag
		k := i + 1
		for k < len(text) && !(text[k] == ' ' || text[k] == '\t' || text[k] == '\r' || text[k] == '\n' || (text[k] == '<' && k < lastClose)) {
			k++
		}
		raw := text[i:k]
		i = k
		clean, punct := splitWord(html.UnescapeString(raw))
		if clean == "" || !strings.ContainsFunc(clean, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			r.add(pieceText, raw)
			continue
		}
		r.b.add(Word{Text: clean, Punct: punct, Speaker: speaker, Confidence: -1}, jword{})
		r.b.pieceOf = append(r.b.pieceOf, int32(len(r.pieces)))
		r.pieces = append(r.pieces, cuePiece{pieceWord, raw})
	}
	for s := range segs {
		to, last := end, len(r.b.words)
		if s+1 < len(segs) {
			to, last = segs[s+1].from, segs[s+1].first
		}
		ws := r.b.words[segs[s].first:last]
		switch {
		case len(ws) == 0:
		case stamped && len(ws) == 1:
			ws[0].Start, ws[0].End = segs[s].from, to
		default:
			spread(ws, segs[s].from, to)
		}
	}
}

// write appends the caption file with the plan applied to b.
func (d *cueDoc) write(b []byte, p *plan) []byte {
	state := make(map[int32]int, len(d.words)) // piece -> word
	for w, pc := range d.words {
		if p.state[w] != wordKeep {
			state[pc] = w
		}
	}
	// The sweep's replacements go into markup: escape them.
	tokens := make(map[string]string, len(p.tokens))
	for k, v := range p.tokens {
		tokens[k] = html.EscapeString(v)
	}
	lastSpace := -1 // start in b of a trailing same-line space piece
	skipNL := false // a dropped word began a line: drop one line break after it
	for i, pc := range d.pieces {
		switch pc.kind {
		case pieceWord:
			if w, ok := state[int32(i)]; ok {
				if p.state[w] == wordDrop {
					if lastSpace >= 0 {
						b = b[:lastSpace]
						lastSpace = -1
					}
					// Never leave a blank line: it would end the cue.
					line := bytes.LastIndexByte(b, '\n') + 1
					if len(bytes.TrimLeft(b[line:], " \t\r")) == 0 {
						b = b[:line]
						skipNL = true
					}
					continue
				}
				h := p.head[w]
				b = append(b, html.EscapeString(h.text+h.punct)...)
			} else {
				b = append(b, pc.text...)
			}
			lastSpace, skipNL = -1, false
		case pieceSpace:
			s := pc.text
			if skipNL {
				if k := strings.IndexByte(s, '\n'); k >= 0 {
					s = s[k+1:]
				}
				skipNL = false
			}
			if !strings.ContainsAny(s, "\r\n") {
				lastSpace = len(b)
			} else {
				lastSpace = -1
			}
			b = append(b, s...)
		case pieceText:
			s := pc.text
			if p.any {
				s, _ = scrubText(s, tokens)
			}
			b = append(b, s...)
			lastSpace, skipNL = -1, false
		default:
			b = append(b, pc.text...)
			lastSpace, skipNL = -1, false
		}
	}
	return b
}
