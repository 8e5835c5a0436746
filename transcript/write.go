package transcript

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Write writes t in the format it was read from, with each redaction's
// words replaced by its Text everywhere the words occur in that format: the
// word list (Text goes on the run's first word, whose end time is widened
// to the run's last word; the other words are removed), the text fields
// that repeat the words (segment and full text, utterances, alternatives'
// transcripts, cue text), and any other string in the document that holds
// a redacted word as a token (a fail-closed sweep; see the package doc).
// Everything else is written as it was read.
//
// Overlapping redactions are merged (the earlier one's Text wins). A
// transcript read from native JSON, or built in code with Source "" or
// FormatNative, is written as native JSON. Write fails if t.Words no longer
// has the length it was read with.
func Write(w io.Writer, t *Transcript, redactions []Redaction) error {
	if t == nil {
		return fmt.Errorf("transcript: Write: nil transcript: %w", ErrInvalid)
	}
	p, err := makePlan(t, redactions)
	if err != nil {
		return err
	}
	var out []byte
	if t.bom {
		out = append(out, "\xef\xbb\xbf"...)
	}
	switch doc := t.doc.(type) {
	case *jsonDoc:
		if len(doc.words) != len(t.Words) {
			return fmt.Errorf("%s: Write: transcript has %d words, %d were read: %w", doc.format, len(t.Words), len(doc.words), ErrInvalid)
		}
		out = doc.write(out, p)
	case *cueDoc:
		if len(doc.words) != len(t.Words) {
			return fmt.Errorf("%s: Write: transcript has %d words, %d were read: %w", doc.format, len(t.Words), len(doc.words), ErrInvalid)
		}
		out = doc.write(out, p)
	case *nativeDoc:
		if p.any || doc.words != len(t.Words) {
			out = appendNative(out, t, p)
		} else {
			out = append(out, doc.src...)
		}
	default:
		if t.Source != "" && t.Source != FormatNative {
			return fmt.Errorf("transcript: Write: %s transcript has no source document (built in code?); use WriteNative: %w", t.Source, ErrUnknownFormat)
		}
		out = appendNative(out, t, p)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("transcript: writing: %w", err)
	}
	return nil
}

// WriteNative writes t as callveil native JSON with the redactions applied
// to its words (see Write). It works for every transcript.
func WriteNative(w io.Writer, t *Transcript, redactions []Redaction) error {
	if t == nil {
		return fmt.Errorf("transcript: WriteNative: nil transcript: %w", ErrInvalid)
	}
	p, err := makePlan(t, redactions)
	if err != nil {
		return err
	}
	if _, err := w.Write(appendNative(nil, t, p)); err != nil {
		return fmt.Errorf("transcript: writing: %w", err)
	}
	return nil
}

// What a redaction does to each word.
const (
	wordKeep = iota
	wordHead // first word of a run: carries the redaction's Text
	wordDrop // other words of a run, or all of them when Text is ""
)

// plan is the per-word effect of a set of redactions.
type plan struct {
	words []Word
	state []uint8
	// head holds, for each head word, its redaction.
	head map[int]headInfo
	// tokens maps each redacted word (lower case) to the replacement used
	// by the fail-closed sweep of other text.
	tokens map[string]string
	any    bool
}

type headInfo struct {
	text, punct string
	// endWord is the word whose end time the head takes (the last word of
	// the run on the head's channel).
	endWord int
}

func makePlan(t *Transcript, redactions []Redaction) (*plan, error) {
	p := &plan{words: t.Words, state: make([]uint8, len(t.Words)), head: map[int]headInfo{}, tokens: map[string]string{}}
	rs := slices.Clone(redactions)
	for i, r := range rs {
		if r.First < 0 || r.Last < r.First || r.Last >= len(t.Words) {
			return nil, fmt.Errorf("transcript: redaction %d: words %d..%d out of range 0..%d: %w", i, r.First, r.Last, len(t.Words)-1, ErrInvalid)
		}
	}
	slices.SortStableFunc(rs, func(a, b Redaction) int { return a.First - b.First })
	merged := rs[:0]
	for _, r := range rs {
		if n := len(merged); n > 0 && r.First <= merged[n-1].Last {
			merged[n-1].Last = max(merged[n-1].Last, r.Last)
			continue
		}
		merged = append(merged, r)
	}
	for _, r := range merged {
		p.any = true
		ch := t.Words[r.First].Channel
		end := r.First
		for i := r.First; i <= r.Last; i++ {
			p.state[i] = wordDrop
			if t.Words[i].Channel == ch && t.Words[i].End >= t.Words[end].End {
				end = i
			}
			if tok := strings.ToLower(t.Words[i].Text); tok != "" {
				if _, ok := p.tokens[tok]; !ok {
					p.tokens[tok] = r.Text
				}
			}
		}
		if r.Text != "" {
			p.state[r.First] = wordHead
			p.head[r.First] = headInfo{text: r.Text, punct: t.Words[r.Last].Punct, endWord: end}
		}
	}
	return p, nil
}

// nativeDoc keeps the source of a native JSON transcript, written back as
// it was when nothing is redacted.
type nativeDoc struct {
	src   []byte
	words int
}

// write appends the tree with the plan's edits to out.
func (d *jsonDoc) write(out []byte, p *plan) []byte {
	e := edits{}
	managed := map[*jvalue]bool{}
	for i := range d.words {
		ref := &d.words[i]
		markManaged(managed, ref)
		switch p.state[i] {
		case wordHead:
			h := p.head[i]
			endRef := &d.words[h.endWord]
			applyHead(e, ref, endRef, h)
			// When the run's last word has no end node (an unaligned
			// WhisperX word), write its interpolated time.
			synth := ref.endUnit > 0 && h.endWord != i && (len(endRef.ends) == 0 || endRef.ends[0] == nil)
			end := &jvalue{kind: jnumber, str: numberText(float64(p.words[h.endWord].End) / max(ref.endUnit, 1))}
			if synth && len(ref.ends) > 0 && ref.ends[0] != nil {
				e[ref.ends[0]] = edit{val: end}
			}
			for k := range ref.copies {
				var endCopy *jword
				if k < len(endRef.copies) {
					endCopy = &endRef.copies[k]
				}
				applyHead(e, &ref.copies[k], endCopy, h)
				if c := &ref.copies[k]; synth && len(c.ends) > 0 && c.ends[0] != nil {
					e[c.ends[0]] = edit{val: end}
				}
			}
		case wordDrop:
			dropWord(e, ref)
			for k := range ref.copies {
				dropWord(e, &ref.copies[k])
			}
		}
	}
	for _, tx := range d.texts {
		// A field with no known words, or with words its word list does
		// not have (a summary, a trimmed list), may still hold redacted
		// ones: sweep it.
		if !tx.swept && len(tx.words) > 0 && explains(tx.node.str, tx.words, p.words) {
			managed[tx.node] = true
		}
		rebuild := tx.always && p.any
		for _, w := range tx.words {
			if p.state[w] != wordKeep {
				rebuild = true
				break
			}
		}
		if !rebuild {
			continue
		}
		e.setString(tx.node, joinSurf(tx.node.str, tx.words, d.words, p))
		for _, c := range tx.clear {
			e[c] = edit{val: &jvalue{kind: c.kind}}
		}
	}
	if p.any {
		sweep(&d.root, e, managed, p.tokens)
	}
	w := spliceWriter{src: d.src, edits: e, buf: slices.Grow(out, len(d.src)+len(d.src)/16+8)}
	w.buf = append(w.buf, d.src[:d.root.off]...)
	w.value(&d.root)
	return append(w.buf, d.src[d.root.end:]...)
}

// explains reports whether every letter-and-digit run of text is a run of
// one of the words: the field holds nothing its word list does not.
func explains(text string, idx []int32, words []Word) bool {
	have := make(map[string]bool, 2*len(idx))
	for _, w := range idx {
		for _, r := range strings.FieldsFunc(strings.ToLower(words[w].Text+words[w].Punct), isMark) {
			have[r] = true
		}
	}
	for _, r := range strings.FieldsFunc(strings.ToLower(text), isMark) {
		if !have[r] {
			return false
		}
	}
	return true
}

func markManaged(m map[*jvalue]bool, ref *jword) {
	for _, s := range ref.texts {
		m[s.node] = true
	}
	for k := range ref.copies {
		markManaged(m, &ref.copies[k])
	}
}

func applyHead(e edits, ref, endRef *jword, h headInfo) {
	for _, s := range ref.texts {
		switch s.style {
		case slotPlain:
			e.setString(s.node, h.text)
		case slotPunct:
			e.setString(s.node, h.text+h.punct)
		case slotLead:
			e.setString(s.node, leadOf(s.node.str)+h.text+h.punct)
		}
	}
	if endRef != nil {
		src := endRef.lastEnds
		if src == nil {
			src = endRef.ends
		}
		for k, n := range ref.ends {
			if k < len(src) && src[k] != nil && n != nil && src[k] != n && src[k].kind == n.kind {
				e.copyFrom(n, src[k])
			}
		}
	}
	for _, el := range ref.elems[min(1, len(ref.elems)):] {
		e.drop(el)
	}
	for _, s := range ref.strip {
		e.drop(s)
	}
}

func dropWord(e edits, ref *jword) {
	for _, el := range ref.elems {
		e.drop(el)
	}
	for _, el := range ref.dropWith {
		e.drop(el)
	}
}

// joinSurf rebuilds a text field from its words: kept words as they
// appeared, a head word as its redaction text, dropped words not at all.
// Pieces that do not start with a space are joined by one; the original's
// leading space is kept.
func joinSurf(orig string, idx []int32, refs []jword, p *plan) string {
	var b strings.Builder
	for _, w := range idx {
		var piece string
		switch p.state[w] {
		case wordKeep:
			piece = refs[w].surf
		case wordHead:
			h := p.head[int(w)]
			piece = leadOf(refs[w].surf) + h.text + h.punct
		default:
			continue
		}
		if piece == "" {
			continue
		}
		if b.Len() > 0 && !startsSpace(piece) {
			b.WriteByte(' ')
		}
		b.WriteString(piece)
	}
	s := b.String()
	if lead := leadOf(orig); lead != "" && !startsSpace(s) && s != "" {
		s = lead + s
	}
	return s
}

func startsSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// sweep replaces, in every string of the tree that no reader manages, each
// token that equals a redacted word. It is the fail-closed net for fields
// the package does not interpret (paragraphs, summaries, entities).
func sweep(v *jvalue, e edits, managed map[*jvalue]bool, tokens map[string]string) {
	if managed[v] {
		return
	}
	if ed, ok := e[v]; ok {
		if ed.drop || ed.val != nil {
			return
		}
	}
	switch v.kind {
	case jstring:
		if s, changed := scrubText(v.str, tokens); changed {
			e.setString(v, s)
		}
	case jarray, jobject:
		for i := range v.members {
			m := &v.members[i]
			if isTimeString(m.key, &m.val) {
				continue // a time, not text: "7" stays a time even when the word "7" is redacted
			}
			if m.val.kind == jstring && isLabelKey(m.key) {
				continue // an identifier, code or label, not text: "en", "spk_0"
			}
			if m.key == "model_info" || m.key == "models" {
				continue // Deepgram's model names and ids
			}
			sweep(&m.val, e, managed, tokens)
		}
	}
}

// labelKeys name the string fields of the formats read here that hold
// identifiers, enumerations, codes or labels the engine makes, never words
// spoken in the call. The sweep leaves them alone, so "language_code":
// "en-US" or "speaker_label": "spk_0" survive a redacted "US" or "0".
// Every other string, known or not, is swept.
var labelKeys = map[string]bool{
	"id": true, "type": true, "status": true, "language": true, "language_code": true, "languageCode": true,
	"model": true, "speaker": true, "speaker_label": true, "speakerLabel": true, "channel_label": true,
	"channel": true, "channelTag": true, "speakerTag": true, "version": true, "Version": true,
	"ParticipantRole": true, "ParticipantId": true, "Sentiment": true,
	"Type": true, "Status": true, "LanguageCode": true, "JobStatus": true, "role": true,
	"media_channel": true, "sha256": true, "uuid": true, "arch": true, "created": true, "encoding": true,
	"speech_model": true, "acoustic_model": true, "language_model": true, "language_detection": true,
	"format": true, "object": true, "account_sid": true, "service_sid": true, "transcript_sid": true, "sid": true,
}

// isLabelKey reports whether a string under key is an identifier, code or
// label (see labelKeys), also by the key's suffix: "request_id",
// "TranscriptId", "language_code", "LanguageCode", "created_at".
func isLabelKey(key string) bool {
	if labelKeys[key] {
		return true
	}
	for _, suf := range []string{"_id", "Id", "ID", "_sid", "Sid", "_code", "Code", "_at", "_model", "Model", "_version", "_status", "Status"} {
		if len(key) > len(suf) && strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// timeKeys name the fields that hold word and segment times, with the
// largest value a time of 24 h has in the field's unit. Readers accept
// such times written as strings (AWS Transcribe always writes them so).
var timeKeys = map[string]float64{
	"start_time": 24 * 3600, "end_time": 24 * 3600, // AWS
	"start": 24 * 3600, "end": 24 * 3600, // Whisper, WhisperX, Deepgram, native
	"startTime": 24 * 3600, "endTime": 24 * 3600, // Google ("1.400s")
	"seconds": 24 * 3600, "nanos": 1e9, // Google's Duration object form {"seconds": "1", "nanos": 400000000}
	"from": 24 * 3600 * 1000, "to": 24 * 3600 * 1000, // whisper.cpp (ms)
	"BeginOffsetMillis": 24 * 3600 * 1000, "EndOffsetMillis": 24 * 3600 * 1000, // AWS Call Analytics
}

// isTimeString reports whether v, the value of member key, is a time
// written as a string: a number from 0 to 24 h in the field's unit (with
// Google's "s" suffix allowed). The sweep leaves such values alone, so
// the redacted copy stays readable.
func isTimeString(key string, v *jvalue) bool {
	limit, ok := timeKeys[key]
	if !ok || v.kind != jstring {
		return false
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(v.str, "s"), 64)
	return err == nil && f >= 0 && f <= limit
}

// scrubText replaces every whitespace-separated token of s whose core
// (without surrounding punctuation) equals a redacted word, ignoring case.
// A token with inner punctuation ("555-0142", "john.smith@example.com")
// that is not a number is also checked part by part.
func scrubText(s string, tokens map[string]string) (string, bool) {
	if len(tokens) == 0 || s == "" {
		return s, false
	}
	var b strings.Builder
	changed := false
	i := 0
	for i < len(s) {
		// copy white space
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r) {
				break
			}
			j += size
		}
		b.WriteString(s[i:j])
		i = j
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		tok := s[i:j]
		i = j
		out, ch := scrubToken(tok, tokens)
		changed = changed || ch
		b.WriteString(out)
	}
	if !changed {
		return s, false
	}
	return b.String(), true
}

func scrubToken(tok string, tokens map[string]string) (string, bool) {
	core := strings.TrimLeftFunc(tok, isMark)
	pre := tok[:len(tok)-len(core)]
	trimmed := strings.TrimRightFunc(core, isMark)
	post := core[len(trimmed):]
	core = trimmed
	if core == "" {
		return tok, false
	}
	if r, ok := tokens[strings.ToLower(core)]; ok {
		return pre + r + post, true
	}
	if _, err := strconv.ParseFloat(core, 64); err == nil {
		return tok, false
	}
	// Runs of letters and digits separated by inner punctuation
	// ("555-0142", "JOHN's", "O'Brien's"): replace, left to right, the
	// longest stretch of runs that equals a redacted word of at least
	// three characters (a redacted "2" or "us" inside "2-ea-nova" or
	// "en_us" is a coincidence, not the word).
	type span struct{ from, to int }
	var runs []span
	for k := 0; k < len(core); {
		r, size := utf8.DecodeRuneInString(core[k:])
		if isMark(r) {
			k += size
			continue
		}
		j := k
		for j < len(core) {
			r, size := utf8.DecodeRuneInString(core[j:])
			if isMark(r) {
				break
			}
			j += size
		}
		runs = append(runs, span{k, j})
		k = j
	}
	var b strings.Builder
	changed := false
	last := 0
	for i := 0; i < len(runs); {
		matched := -1
		for j := min(len(runs)-1, i+15); j >= i; j-- {
			if part := core[runs[i].from:runs[j].to]; len(part) < 3 {
				break
			} else if _, ok := tokens[strings.ToLower(part)]; ok {
				matched = j
				break
			}
		}
		if matched < 0 {
			i++
			continue
		}
		b.WriteString(core[last:runs[i].from])
		b.WriteString(tokens[strings.ToLower(core[runs[i].from:runs[matched].to])])
		last = runs[matched].to
		changed = true
		i = matched + 1
	}
	if !changed {
		return tok, false
	}
	b.WriteString(core[last:])
	return pre + b.String() + post, true
}

// isMark reports whether r is neither a letter nor a digit.
func isMark(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
