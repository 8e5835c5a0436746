package transcript

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// This file holds a small JSON parser that keeps the document as an ordered
// tree (key order, unknown fields and the exact text of numbers survive) and
// a serializer that writes the tree back with edits applied. The readers
// walk the tree to find words; the writers change only the nodes that hold
// redacted words and leave everything else as it was.
//
// encoding/json is not used for the readers because it either drops unknown
// keys (structs) or their order and the exact number text (maps), and its
// token API is several times slower than this parser.

// jkind is the JSON type of a node.
type jkind uint8

const (
	jnull jkind = iota
	jbool
	jnumber
	jstring
	jarray
	jobject
)

func (k jkind) String() string {
	return [...]string{"null", "boolean", "number", "string", "array", "object"}[k]
}

// withArticle names the kind for error messages ("an array").
func (k jkind) withArticle() string {
	return [...]string{"null", "a boolean", "a number", "a string", "an array", "an object"}[k]
}

// jvalue is one node of a parsed JSON document. For numbers str holds the
// literal text; for strings the decoded value; for booleans "true"/"false".
// Arrays and objects keep their children in members (key is "" for arrays).
//
// off and end are the node's byte range in the source document; both are 0
// for nodes made by a writer, which are serialized instead of copied.
type jvalue struct {
	kind     jkind
	off, end int32
	str      string
	members  []jmember
}

// jmember is one array element or object member; keyOff is the offset of
// an object member's quoted key in the source.
type jmember struct {
	key    string
	keyOff int32
	val    jvalue
}

// get returns the value of the first member named key, or nil.
func (v *jvalue) get(key string) *jvalue {
	if v == nil || v.kind != jobject {
		return nil
	}
	for i := range v.members {
		if v.members[i].key == key {
			return &v.members[i].val
		}
	}
	return nil
}

// has reports whether v is an object with a member named key.
func (v *jvalue) has(key string) bool { return v.get(key) != nil }

// elems returns the elements of an array (nil for other kinds).
func (v *jvalue) elems() []jmember {
	if v == nil || v.kind != jarray {
		return nil
	}
	return v.members
}

// maxJSONDepth bounds nesting so hostile input cannot exhaust the stack.
const maxJSONDepth = 512

// errJSON describes a syntax error at a byte offset.
type errJSON struct {
	off int
	msg string
}

// parseJSON parses data into a tree. Errors carry the line and column.
// The tree's strings share data's memory: the caller must not change data
// while the tree is in use (readers pass their own private buffer; Detect
// drops the tree before returning).
func parseJSON(data []byte) (jvalue, error) {
	// About one member per 24 bytes of JSON; a slab holds up to 64 Ki.
	p := jparser{data: unsafe.String(unsafe.SliceData(data), len(data)), chunk: min(max(len(data)/24, 64), 1<<16)}
	p.skipSpace()
	v, err := p.value(0)
	if err == nil {
		p.skipSpace()
		if p.pos < len(p.data) {
			err = p.fail("unexpected data after the top-level value")
		}
	}
	if err != nil {
		var je *errJSON
		if errors.As(err, &je) {
			line, col := lineCol(data, je.off)
			return jvalue{}, fmt.Errorf("malformed JSON at line %d, column %d: %s: %w", line, col, je.msg, ErrInvalid)
		}
		return jvalue{}, err
	}
	return v, nil
}

func (e *errJSON) Error() string { return e.msg }

func lineCol(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = off + 1
	if i := bytes.LastIndexByte(data[:off], '\n'); i >= 0 {
		col = off - i
	}
	return line, col
}

// jparser parses a copy of the input held as one string, so that keys,
// numbers and strings without escapes are substrings of it (no allocation
// each), and gathers children on one shared stack so each array or object
// is allocated once at its exact size.
type jparser struct {
	data  string
	pos   int
	stack []jmember
	slab  []jmember
	chunk int // slab size in members
}

// collect moves the children pushed since start into an exact-size slice,
// carved from a shared slab so that a document costs a few large
// allocations instead of one per array and object.
func (p *jparser) collect(start int) []jmember {
	n := len(p.stack) - start
	if cap(p.slab)-len(p.slab) < n {
		p.slab = make([]jmember, 0, max(n, p.chunk))
	}
	k := len(p.slab)
	p.slab = append(p.slab, p.stack[start:]...)
	m := p.slab[k : k+n : k+n]
	clear(p.stack[start:])
	p.stack = p.stack[:start]
	return m
}

func (p *jparser) fail(msg string) error { return &errJSON{off: p.pos, msg: msg} }

func (p *jparser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *jparser) value(depth int) (jvalue, error) {
	off := p.pos
	v, err := p.bareValue(depth)
	v.off, v.end = int32(off), int32(p.pos)
	return v, err
}

func (p *jparser) bareValue(depth int) (jvalue, error) {
	if depth > maxJSONDepth {
		return jvalue{}, p.fail("nested too deeply")
	}
	if p.pos >= len(p.data) {
		return jvalue{}, p.fail("unexpected end of input")
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, err := p.string()
		return jvalue{kind: jstring, str: s}, err
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't':
		return p.literal("true", jvalue{kind: jbool, str: "true"})
	case c == 'f':
		return p.literal("false", jvalue{kind: jbool, str: "false"})
	case c == 'n':
		return p.literal("null", jvalue{kind: jnull})
	default:
		return jvalue{}, p.fail(fmt.Sprintf("unexpected character %q", c))
	}
}

func (p *jparser) literal(word string, v jvalue) (jvalue, error) {
	if !strings.HasPrefix(p.data[p.pos:], word) {
		return jvalue{}, p.fail("invalid literal")
	}
	p.pos += len(word)
	return v, nil
}

func (p *jparser) object(depth int) (jvalue, error) {
	p.pos++ // '{'
	v := jvalue{kind: jobject}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return v, nil
	}
	start := len(p.stack)
	for {
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return jvalue{}, p.fail("expected a string key")
		}
		keyOff := int32(p.pos)
		key, err := p.string()
		if err != nil {
			return jvalue{}, err
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return jvalue{}, p.fail("expected ':' after key")
		}
		p.pos++
		p.skipSpace()
		val, err := p.value(depth + 1)
		if err != nil {
			return jvalue{}, err
		}
		p.stack = append(p.stack, jmember{key: key, keyOff: keyOff, val: val})
		p.skipSpace()
		if p.pos >= len(p.data) {
			return jvalue{}, p.fail("unexpected end of input in object")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			v.members = p.collect(start)
			return v, nil
		default:
			return jvalue{}, p.fail("expected ',' or '}' in object")
		}
	}
}

func (p *jparser) array(depth int) (jvalue, error) {
	p.pos++ // '['
	v := jvalue{kind: jarray}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return v, nil
	}
	start := len(p.stack)
	for {
		p.skipSpace()
		val, err := p.value(depth + 1)
		if err != nil {
			return jvalue{}, err
		}
		p.stack = append(p.stack, jmember{keyOff: val.off, val: val})
		p.skipSpace()
		if p.pos >= len(p.data) {
			return jvalue{}, p.fail("unexpected end of input in array")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			v.members = p.collect(start)
			return v, nil
		default:
			return jvalue{}, p.fail("expected ',' or ']' in array")
		}
	}
}

func (p *jparser) number() (jvalue, error) {
	start := p.pos
	d := p.data
	if p.pos < len(d) && d[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(d) && d[p.pos] == '0':
		p.pos++
	case p.pos < len(d) && d[p.pos] >= '1' && d[p.pos] <= '9':
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
	default:
		return jvalue{}, p.fail("invalid number")
	}
	if p.pos < len(d) && d[p.pos] == '.' {
		p.pos++
		n := p.pos
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
		if p.pos == n {
			return jvalue{}, p.fail("invalid number: no digits after '.'")
		}
	}
	if p.pos < len(d) && (d[p.pos] == 'e' || d[p.pos] == 'E') {
		p.pos++
		if p.pos < len(d) && (d[p.pos] == '+' || d[p.pos] == '-') {
			p.pos++
		}
		n := p.pos
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
		if p.pos == n {
			return jvalue{}, p.fail("invalid number: no digits in exponent")
		}
	}
	return jvalue{kind: jnumber, str: d[start:p.pos]}, nil
}

// string parses a quoted string at p.pos. Invalid UTF-8 is replaced by
// U+FFFD, as encoding/json does.
func (p *jparser) string() (string, error) {
	p.pos++ // opening quote
	start := p.pos
	d := p.data
	// Fast path: no escapes, plain ASCII or valid UTF-8.
	for i := start; i < len(d); i++ {
		c := d[i]
		if c == '"' {
			s := d[start:i]
			p.pos = i + 1
			if !utf8.ValidString(s) {
				return strings.ToValidUTF8(s, "\uFFFD"), nil
			}
			return s, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			p.pos = i
			return "", p.fail("control character in string")
		}
	}
	var b []byte
	i := start
	for {
		if i >= len(d) {
			p.pos = i
			return "", p.fail("unterminated string")
		}
		c := d[i]
		switch {
		case c == '"':
			p.pos = i + 1
			if !utf8.Valid(b) {
				b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
			}
			return string(b), nil
		case c < 0x20:
			p.pos = i
			return "", p.fail("control character in string")
		case c != '\\':
			b = append(b, c)
			i++
			continue
		}
		// escape
		if i+1 >= len(d) {
			p.pos = i
			return "", p.fail("unterminated escape")
		}
		e := d[i+1]
		i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := hex4(d, i)
			if !ok {
				p.pos = i
				return "", p.fail(`invalid \u escape`)
			}
			i += 4
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+6 <= len(d) && d[i] == '\\' && d[i+1] == 'u' {
					if x, ok := hex4(d, i+2); ok {
						r2 = x
					}
				}
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					r = dec
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			p.pos = i - 1
			return "", p.fail(fmt.Sprintf("invalid escape %q", e))
		}
	}
}

func hex4(d string, i int) (rune, bool) {
	if i+4 > len(d) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(d[i : i+4]) {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	return r, true
}

// edit changes one node when a tree is written: drop removes an array
// element or object member; otherwise the node is written as val.
type edit struct {
	drop bool
	val  *jvalue
}

// edits maps nodes of a tree (by address) to their replacement. The tree
// itself is never modified, so a Transcript can be written many times.
type edits map[*jvalue]edit

func (e edits) drop(v *jvalue) {
	if v != nil {
		e[v] = edit{drop: true}
	}
}

func (e edits) setString(v *jvalue, s string) {
	if v != nil {
		e[v] = edit{val: &jvalue{kind: jstring, str: s}}
	}
}

// copyFrom writes node v with the value of node src (used to widen a
// redacted word's end time to the last word's, in the source's own units).
func (e edits) copyFrom(v, src *jvalue) {
	if v != nil && src != nil {
		e[v] = edit{val: src}
	}
}

// spliceWriter writes a parsed document back from its source bytes with
// edits applied. Every byte outside an edited node is copied, so a copy
// with no edits is identical to the input, and an edited copy differs
// from it only in the edited values (and the separators of dropped
// elements): indentation, key order, number text and string escapes stay
// as they were.
type spliceWriter struct {
	src   []byte
	buf   []byte
	edits edits
}

func (w *spliceWriter) value(v *jvalue) {
	if ed, ok := w.edits[v]; ok && ed.val != nil {
		v = ed.val
		if v.end == 0 { // made by the writer: serialize it
			w.buf = appendValue(w.buf, v)
			return
		}
	}
	if (v.kind != jarray && v.kind != jobject) || len(v.members) == 0 {
		w.buf = append(w.buf, w.src[v.off:v.end]...)
		return
	}
	ms := v.members
	last := -1 // the last member written
	for i := range ms {
		m := &ms[i]
		if ed, ok := w.edits[&m.val]; ok && ed.drop {
			continue
		}
		if last < 0 {
			w.buf = append(w.buf, w.src[v.off:ms[0].keyOff]...) // the bracket and what follows it
		} else {
			w.buf = append(w.buf, w.src[ms[last].val.end:ms[last+1].keyOff]...) // the separator after the last written
		}
		w.buf = append(w.buf, w.src[m.keyOff:m.val.off]...) // key and colon of an object member
		w.value(&m.val)
		last = i
	}
	if last < 0 {
		if v.kind == jobject {
			w.buf = append(w.buf, "{}"...)
		} else {
			w.buf = append(w.buf, "[]"...)
		}
		return
	}
	w.buf = append(w.buf, w.src[ms[len(ms)-1].val.end:v.end]...) // what precedes the closing bracket
}

// appendValue serializes a node made by a writer (a string, a number or an
// empty container) as compact JSON.
func appendValue(b []byte, v *jvalue) []byte {
	switch v.kind {
	case jnull:
		return append(b, "null"...)
	case jbool, jnumber:
		return append(b, v.str...)
	case jstring:
		return appendJSONString(b, v.str)
	}
	open, close := byte('['), byte(']')
	if v.kind == jobject {
		open, close = '{', '}'
	}
	b = append(b, open)
	for i := range v.members {
		if i > 0 {
			b = append(b, ',')
		}
		if v.kind == jobject {
			b = appendJSONString(b, v.members[i].key)
			b = append(b, ':')
		}
		b = appendValue(b, &v.members[i].val)
	}
	return append(b, close)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a quoted JSON string. Invalid UTF-8 becomes
// U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// numberText formats seconds for a JSON number field.
func numberText(sec float64) string { return strconv.FormatFloat(sec, 'f', -1, 64) }
