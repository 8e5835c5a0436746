package transcript

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// jsonDoc is what Write needs to write a redacted copy of a JSON transcript
// in its own format: the parsed tree and, for each word of the Transcript,
// the nodes that hold it.
type jsonDoc struct {
	format Format
	root   jvalue
	// src is the document the tree was parsed from (without a byte-order
	// mark); the writer copies from it.
	src []byte
	// words is parallel to Transcript.Words.
	words []jword
	// texts are text fields that repeat words (segment text, full text,
	// utterances); they are rebuilt from the words when redacted.
	texts []jtext
}

// jword locates one word in the tree.
type jword struct {
	// elems are the array elements that make up the word (one for most
	// formats, several BPE tokens for whisper.cpp). A redaction writes its
	// text into elems[0] and drops the other elements.
	elems []*jvalue
	// texts are the string nodes of elems[0] that hold the word's text.
	texts []textSlot
	// ends are the end-time nodes of elems[0]; lastEnds those of the last
	// element (nil when the same). A redaction copies the run's last
	// lastEnds into the first word's ends, pairwise.
	ends, lastEnds []*jvalue
	// dropWith are elements dropped with the word when it is removed but
	// kept when it heads a redaction (Rev.ai's space before a word).
	dropWith []*jvalue
	// strip are nodes of elems[0] that also reveal the word (token ids);
	// they are dropped when the word is redacted.
	strip []*jvalue
	// surf is the word as it appears in text fields ("Smith," or " Smith,").
	surf string
	// copies are other places in the tree that repeat this word (WhisperX
	// word_segments, Deepgram and AssemblyAI utterances, AWS channel items).
	copies []jword
	// endUnit, when not 0, is the unit (in nanoseconds) of ends[0] as a
	// JSON number; it lets a redaction write the run's end time when the
	// last word has no end node of its own (WhisperX unaligned words).
	endUnit float64
}

// Styles of a textSlot.
const (
	slotPlain = iota // Text alone
	slotPunct        // Text + Punct
	slotLead         // leading spaces of the original + Text + Punct
)

type textSlot struct {
	node  *jvalue
	style uint8
}

// jtext is a text field that repeats words.
type jtext struct {
	node *jvalue
	// words are indices into Transcript.Words (raw indices while reading).
	words []int32
	// always rebuilds the field whenever any redaction is applied (full
	// transcripts), not only when one of its words is redacted.
	always bool
	// clear are token-id or character arrays that are emptied when the
	// field is rebuilt, because they would reveal the text.
	clear []*jvalue
	// swept leaves the field to the fail-closed sweep when it is not
	// rebuilt, for fields whose words are only known approximately.
	swept bool
}

// builder collects words while a reader walks a document.
type builder struct {
	format   Format
	opts     ReadOptions
	words    []Word
	refs     []jword
	texts    []jtext
	channels int
	// approximate is set by readers whose document says so as a whole.
	approximate bool
	// labelledChannels is set by readers that take each word's channel
	// from a label (AWS): finish then refuses a word on a channel beyond
	// the declared count.
	labelledChannels bool
	// channelsUnknown is set by readers whose source does not say which
	// channel a word was on (see Transcript.ChannelsUnknown).
	channelsUnknown bool

	ptrSlab  []*jvalue
	slotSlab []textSlot
	// noRefs is set by readers that keep no jword per word (captions,
	// native); captions keep pieces instead.
	noRefs  bool
	pieceOf []int32
}

// ptrs and slots copy their arguments into chunks shared by all words, to
// spare a small allocation for each word. The results have no spare
// capacity, so appending to one reallocates it instead of overwriting a
// neighbour.
func (b *builder) ptrs(v ...*jvalue) []*jvalue {
	if cap(b.ptrSlab)-len(b.ptrSlab) < len(v) {
		b.ptrSlab = make([]*jvalue, 0, max(4096, len(v)))
	}
	n := len(b.ptrSlab)
	b.ptrSlab = append(b.ptrSlab, v...)
	return b.ptrSlab[n:len(b.ptrSlab):len(b.ptrSlab)]
}

func (b *builder) slots(v ...textSlot) []textSlot {
	if len(v) == 0 {
		return nil
	}
	if cap(b.slotSlab)-len(b.slotSlab) < len(v) {
		b.slotSlab = make([]textSlot, 0, max(2048, len(v)))
	}
	n := len(b.slotSlab)
	b.slotSlab = append(b.slotSlab, v...)
	return b.slotSlab[n:len(b.slotSlab):len(b.slotSlab)]
}

// add appends a word and returns its raw index.
func (b *builder) add(w Word, ref jword) int32 {
	b.words = append(b.words, w)
	if !b.noRefs {
		b.refs = append(b.refs, ref)
	}
	return int32(len(b.words) - 1)
}

// finish sorts the words by channel and start, maps text fields to the
// sorted indices and builds the Transcript.
func (b *builder) finish(doc *jsonDoc) (*Transcript, error) {
	perm := sortWords(b.words)
	words, refs := b.words, b.refs
	if perm != nil {
		words = make([]Word, len(b.words))
		inv := make([]int32, len(b.words))
		for newIdx, old := range perm {
			words[newIdx] = b.words[old]
			inv[old] = int32(newIdx)
		}
		if b.refs != nil {
			refs = make([]jword, len(b.refs))
			for newIdx, old := range perm {
				refs[newIdx] = b.refs[old]
			}
		}
		if b.pieceOf != nil {
			pieces := make([]int32, len(b.pieceOf))
			for newIdx, old := range perm {
				pieces[newIdx] = b.pieceOf[old]
			}
			b.pieceOf = pieces
		}
		for _, tx := range b.texts {
			for i, w := range tx.words {
				tx.words[i] = inv[w]
			}
		}
	}
	t := &Transcript{Words: words, Channels: max(b.channels, 1), Source: b.format, Approximate: b.approximate}
	for i := range words {
		t.Channels = max(t.Channels, words[i].Channel+1)
		if words[i].Approximate {
			t.Approximate = true
		}
	}
	if b.labelledChannels && b.channels > 0 && t.Channels > b.channels {
		// A word labelled with a channel the document does not have: the
		// channel information is inconsistent, and a span bleeped on the
		// wrong channel leaves the PII audible.
		return nil, fmt.Errorf("%s: the transcript declares %d channels but has words on channel %d; refusing rather than guess which channel each word was on: %w", b.format, b.channels, t.Channels-1, ErrInvalid)
	}
	t.ChannelsUnknown = b.channelsUnknown
	if doc != nil {
		doc.words = refs
		doc.texts = b.texts
		t.doc = doc
	}
	return t, nil
}

// sortWords returns the permutation that orders words by channel, then
// start time, keeping the source order of ties; nil if already in order.
func sortWords(words []Word) []int32 {
	sorted := true
	for i := 1; i < len(words); i++ {
		if less(&words[i], &words[i-1]) {
			sorted = false
			break
		}
	}
	if sorted {
		return nil
	}
	perm := make([]int32, len(words))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortStableFunc(perm, func(a, b int32) int {
		wa, wb := &words[a], &words[b]
		if wa.Channel != wb.Channel {
			return wa.Channel - wb.Channel
		}
		return int(wa.Start - wb.Start)
	})
	return perm
}

func less(a, b *Word) bool {
	if a.Channel != b.Channel {
		return a.Channel < b.Channel
	}
	return a.Start < b.Start
}

// seconds converts a time in seconds (a JSON number, or a string holding
// one as AWS writes them) to a Duration and checks it.
func (b *builder) seconds(v *jvalue) (time.Duration, error) {
	return b.timeValue(v, 1e9, "")
}

// millis converts a time in integer or fractional milliseconds.
func (b *builder) millis(v *jvalue) (time.Duration, error) {
	return b.timeValue(v, 1e6, "")
}

// timeValue reads a number or numeric string in units of unit nanoseconds;
// suffix is a unit suffix the string form may carry ("s" for Google).
func (b *builder) timeValue(v *jvalue, unit float64, suffix string) (time.Duration, error) {
	if v == nil {
		return 0, fmt.Errorf("missing: %w", ErrInvalid)
	}
	var text string
	switch v.kind {
	case jnumber:
		text = v.str
	case jstring:
		text = strings.TrimSuffix(v.str, suffix)
	default:
		return 0, fmt.Errorf("is %s, not a number: %w", v.kind.withArticle(), ErrInvalid)
	}
	x, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || strings.ContainsAny(text, "nN_xX") {
		return 0, fmt.Errorf("%s is not a number: %w", quoteField(v), ErrInvalid)
	}
	return b.checkTime(x*unit, v)
}

// checkTime rounds ns to a Duration and rejects negative and absurd times.
func (b *builder) checkTime(ns float64, v *jvalue) (time.Duration, error) {
	if ns < 0 {
		return 0, fmt.Errorf("%s is negative: %w", quoteField(v), ErrInvalid)
	}
	if ns > float64(b.opts.MaxTime) {
		return 0, fmt.Errorf("%s is beyond the %v limit: %w", quoteField(v), b.opts.MaxTime, ErrInvalid)
	}
	return time.Duration(math.Round(ns)), nil
}

func quoteField(v *jvalue) string {
	s := v.str
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	if v.kind == jstring {
		return strconv.Quote(s)
	}
	return s
}

// span reads a start and end node and checks their order.
func (b *builder) span(start, end *jvalue, read func(*jvalue) (time.Duration, error)) (s, e time.Duration, field string, err error) {
	if s, err = read(start); err != nil {
		return 0, 0, "start", err
	}
	if e, err = read(end); err != nil {
		return 0, 0, "end", err
	}
	if e < s {
		return 0, 0, "end", fmt.Errorf("%s is before the start %s: %w", quoteField(end), quoteField(start), ErrInvalid)
	}
	return s, e, "", nil
}

// confidence reads an optional confidence or probability: -1 when absent
// or null, an error when not a number in [0, 1].
func confidence(v *jvalue) (float64, error) {
	if v == nil || v.kind == jnull {
		return -1, nil
	}
	var text string
	switch v.kind {
	case jnumber:
		text = v.str
	case jstring:
		text = v.str
	default:
		return 0, fmt.Errorf("is %s, not a number: %w", v.kind.withArticle(), ErrInvalid)
	}
	x, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsNaN(x) {
		return 0, fmt.Errorf("%s is not a number: %w", quoteField(v), ErrInvalid)
	}
	if x < 0 || x > 1 {
		return 0, fmt.Errorf("%s is outside [0, 1]: %w", quoteField(v), ErrInvalid)
	}
	return x, nil
}

// str returns a string node's value; ok is false for other kinds.
func str(v *jvalue) (string, bool) {
	if v == nil || v.kind != jstring {
		return "", false
	}
	return v.str, true
}

// label returns a speaker or channel label as a string: strings as they
// are, numbers in their literal text, "" for null or missing.
func label(v *jvalue) string {
	if v == nil {
		return ""
	}
	switch v.kind {
	case jstring, jnumber:
		return v.str
	}
	return ""
}

// Punctuation split off words. Leading marks are dropped from Word.Text
// (the source keeps them); trailing marks go to Word.Punct. Square brackets
// are not split off: "[PHONE]" and "[inaudible]" stay whole words.
const (
	leadingPunct  = "\"'({¿¡«“‘„‹"
	trailingPunct = ".,?!;:…\"')}»”’›‚-–—"
)

// splitWord cleans a word as a recogniser wrote it: leading spaces and
// opening marks are removed, trailing punctuation goes to punct.
func splitWord(s string) (text, punct string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	s = strings.TrimLeft(s, leadingPunct)
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !strings.ContainsRune(trailingPunct, r) {
			break
		}
		end -= size
	}
	return s[:end], s[end:]
}

// leadOf returns the leading white space of s.
func leadOf(s string) string {
	return s[:len(s)-len(strings.TrimLeftFunc(s, unicode.IsSpace))]
}

// interpolate gives times to words that have none (WhisperX leaves
// numerals unaligned): each run of untimed words shares the gap between
// its timed neighbours (or the segment bounds lo, hi) in proportion to
// characters, and is marked approximate. timed[i] says whether words[i]
// had times.
func interpolate(words []Word, timed []bool, lo, hi time.Duration) {
	for i := 0; i < len(words); {
		if timed[i] {
			i++
			continue
		}
		j := i
		for j < len(words) && !timed[j] {
			j++
		}
		from, to := lo, hi
		if i > 0 {
			from = words[i-1].End
		}
		if j < len(words) {
			to = words[j].Start
		}
		if to < from {
			to = from
		}
		spread(words[i:j], from, to)
		i = j
	}
}

// spread places words over [from, to] in proportion to their characters
// (plus one for the gap after each) and marks them approximate.
func spread(words []Word, from, to time.Duration) {
	total := 0
	for i := range words {
		total += utf8.RuneCountInString(words[i].Text) + 1
	}
	if total == 0 {
		return
	}
	span := float64(to - from)
	pos := 0
	for i := range words {
		n := utf8.RuneCountInString(words[i].Text)
		words[i].Start = from + time.Duration(span*float64(pos)/float64(total))
		words[i].End = from + time.Duration(span*float64(pos+n)/float64(total))
		if i == len(words)-1 {
			words[i].End = to
		}
		words[i].Approximate = true
		pos += n + 1
	}
}
