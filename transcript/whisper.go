package transcript

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// keyIndex finds a word by its text and raw times, to link the copies
// some formats keep of the same word (WhisperX word_segments, utterances)
// to the word itself. Equal keys are handed out in the order they were put.
type keyIndex struct {
	first map[wordKeyT]int32
	more  map[wordKeyT][]int32
}

type wordKeyT struct{ text, start, end, extra string }

func newKeyIndex(n int) *keyIndex {
	return &keyIndex{first: make(map[wordKeyT]int32, n), more: map[wordKeyT][]int32{}}
}

func wordKey(text string, start, end *jvalue, extra string) wordKeyT {
	k := wordKeyT{text: strings.TrimSpace(text), extra: extra}
	if start != nil {
		k.start = start.str
	}
	if end != nil {
		k.end = end.str
	}
	return k
}

func (k *keyIndex) put(key wordKeyT, i int32) {
	if _, ok := k.first[key]; ok {
		k.more[key] = append(k.more[key], i)
		return
	}
	k.first[key] = i
}

// take returns the first unused word with key.
func (k *keyIndex) take(key wordKeyT) (int32, bool) {
	i, ok := k.first[key]
	if !ok {
		return 0, false
	}
	if l := k.more[key]; len(l) > 0 {
		k.first[key] = l[0]
		k.more[key] = l[1:]
	} else {
		delete(k.first, key)
	}
	return i, true
}

// readWhisper reads OpenAI Whisper JSON: the open-source CLI's output with
// word_timestamps (segments[].words[]{word,start,end,probability}),
// whisper-timestamped's (segments[].words[]{text,start,end,confidence})
// and the API's verbose_json (top-level words[]{word,start,end}, segments
// without words). Words keep their leading space and punctuation in the source;
// Text is cleaned. segments[].text and the top-level text are rebuilt when
// redacted, and a rebuilt segment's token ids (segments[].tokens) are
// emptied because they encode the text.
func readWhisper(b *builder, root *jvalue) error {
	return readWhisperLike(b, root, FormatWhisper)
}

// readWhisperX reads WhisperX JSON: segments[].words[]{word,start,end,
// score,speaker} and the flat copy word_segments[]. Words WhisperX could
// not align (often numerals) have no times: they get times interpolated
// from their neighbours in proportion to characters and are marked
// approximate. A rebuilt segment's character alignments (chars) are
// emptied.
func readWhisperX(b *builder, root *jvalue) error {
	return readWhisperLike(b, root, FormatWhisperX)
}

func readWhisperLike(b *builder, root *jvalue, f Format) error {
	segs := root.get("segments")
	if segs != nil && segs.kind != jarray {
		return errAt(f, errShape(segs, "an array"), "segments")
	}
	top := root.get("words")
	if top != nil && top.kind != jarray {
		return errAt(f, errShape(top, "an array"), "words")
	}
	if segs == nil && top == nil {
		// Another format read as this one (a forced format that does not
		// fit) would otherwise give an empty transcript and bleep nothing.
		return errAt(f, errShape(nil, "an array"), "segments")
	}
	copyKey := "word_segments"
	if f == FormatWhisper {
		copyKey = "words"
	}
	segWords := false
	for i := range segs.elems() {
		if ws := segs.members[i].val.get("words"); ws.typ() == jarray && len(ws.members) > 0 {
			segWords = true
			break
		}
	}
	var all []int32
	type segSpan struct {
		lo, hi  time.Duration
		text    *jvalue
		clear   []*jvalue
		speaker string
	}
	var spans []segSpan
	for i := range segs.elems() {
		sv := &segs.members[i].val
		if sv.kind != jobject {
			return errAt(f, errShape(sv, "an object"), "segments[%d]", i)
		}
		var lo, hi time.Duration
		if sv.has("start") || sv.has("end") {
			var field string
			var err error
			if lo, hi, field, err = b.span(sv.get("start"), sv.get("end"), b.seconds); err != nil {
				return errAt(f, err, "segments[%d].%s", i, field)
			}
		}
		var clear []*jvalue
		for _, k := range []string{"tokens", "chars"} {
			if c := sv.get(k); c.typ() == jarray {
				clear = append(clear, c)
			}
		}
		text := sv.get("text")
		if text.typ() != jstring {
			text = nil
		}
		if !segWords {
			spans = append(spans, segSpan{lo, hi, text, clear, label(sv.get("speaker"))})
			continue
		}
		ws := sv.get("words")
		if ws == nil {
			continue
		}
		if ws.kind != jarray {
			return errAt(f, errShape(ws, "an array"), "segments[%d].words", i)
		}
		idx, err := readWhisperWords(b, f, ws, lo, hi, fmt.Sprintf("segments[%d].words", i))
		if err != nil {
			return err
		}
		all = append(all, idx...)
		if text != nil {
			b.texts = append(b.texts, jtext{node: text, words: idx, clear: clear})
		}
	}
	copies := root.get(copyKey)
	if !segWords && top.typ() == jarray {
		// API form: the top-level words are the words; segments map to
		// them by time.
		idx, err := readWhisperWords(b, f, top, 0, 0, "words")
		if err != nil {
			return err
		}
		all = idx
		copies = nil
		// Each word goes to the last segment starting at or before it
		// that has not ended; segments are rebuilt from their words when
		// touched, and swept like unknown fields otherwise, as the mapping
		// by time may miss a word a segment's text holds.
		order := make([]int, len(spans))
		for k := range order {
			order[k] = k
		}
		slices.SortStableFunc(order, func(a, c int) int { return cmp.Compare(spans[a].lo, spans[c].lo) })
		in := make([][]int32, len(spans))
		for _, w := range idx {
			st := b.words[w].Start
			k, _ := slices.BinarySearchFunc(order, st, func(o int, t time.Duration) int {
				if spans[o].lo <= t {
					return -1
				}
				return 1
			})
			if k > 0 && st <= spans[order[k-1]].hi {
				in[order[k-1]] = append(in[order[k-1]], w)
			}
		}
		for k, s := range spans {
			if s.text != nil {
				b.texts = append(b.texts, jtext{node: s.text, words: in[k], clear: s.clear, swept: true})
			}
		}
	} else if !segWords {
		// Segments without any word times: nothing to spread over, but the
		// text still has to be redactable; spread words over each segment.
		for _, s := range spans {
			if s.text == nil {
				continue
			}
			idx := addSpread(b, s.text.str, s.lo, s.hi, 0, s.speaker)
			b.texts = append(b.texts, jtext{node: s.text, words: idx, clear: s.clear})
		}
		all = nil
		for i := range b.words {
			all = append(all, int32(i))
		}
	}
	if copies.typ() == jarray {
		linkCopies(b, copies, all)
	}
	if t := root.get("text"); t.typ() == jstring {
		b.texts = append(b.texts, jtext{node: t, words: all, always: true})
	}
	return nil
}

// readWhisperWords reads one words[] array of Whisper or WhisperX.
func readWhisperWords(b *builder, f Format, ws *jvalue, lo, hi time.Duration, path string) ([]int32, error) {
	words := make([]Word, 0, len(ws.members))
	refs := make([]jword, 0, len(ws.members))
	timed := make([]bool, 0, len(ws.members))
	anyUntimed := false
	for j := range ws.members {
		wv := &ws.members[j].val
		at := func(field string) string { return path + "[" + strconv.Itoa(j) + "]" + field }
		if wv.kind != jobject {
			return nil, errAt(f, errShape(wv, "an object"), "%s", at(""))
		}
		textKey := "word"
		if !wv.has("word") && wv.has("text") {
			textKey = "text" // whisper-timestamped
		}
		raw, ok := str(wv.get(textKey))
		if !ok {
			return nil, errAt(f, errShape(wv.get(textKey), "a string"), "%s", at("."+textKey))
		}
		text, punct := splitWord(raw)
		if text == "" {
			// Punctuation on its own: it belongs to the previous word.
			if n := len(words); n > 0 {
				words[n-1].Punct += strings.TrimSpace(raw)
				refs[n-1].surf += raw
			}
			continue
		}
		w := Word{Text: text, Punct: punct, Confidence: -1}
		sv, ev := wv.get("start"), wv.get("end")
		hasTime := sv.typ() != jnull && ev.typ() != jnull
		if hasTime {
			var field string
			var err error
			if w.Start, w.End, field, err = b.span(sv, ev, b.seconds); err != nil {
				return nil, errAt(f, err, "%s", at("."+field))
			}
		} else if f != FormatWhisperX {
			return nil, errAt(f, errShape(sv, "a number"), "%s", at(".start"))
		} else {
			anyUntimed = true
		}
		confKey := "probability"
		switch {
		case f == FormatWhisperX:
			confKey = "score"
		case !wv.has(confKey) && wv.has("confidence"):
			confKey = "confidence" // whisper-timestamped
		}
		var err error
		if w.Confidence, err = confidence(wv.get(confKey)); err != nil {
			return nil, errAt(f, err, "%s", at("."+confKey))
		}
		w.Speaker = label(wv.get("speaker"))
		words = append(words, w)
		timed = append(timed, hasTime)
		refs = append(refs, jword{
			elems:   b.ptrs(wv),
			texts:   b.slots(textSlot{wv.get(textKey), slotLead}),
			ends:    b.ptrs(ev),
			surf:    raw,
			endUnit: 1e9,
		})
	}
	if anyUntimed {
		interpolate(words, timed, lo, hi)
	}
	idx := make([]int32, len(words))
	for i := range words {
		idx[i] = b.add(words[i], refs[i])
	}
	return idx, nil
}

// linkCopies attaches the elements of a flat copy of the word list
// (WhisperX word_segments, the API's top-level words next to segment words)
// to the words they repeat. Unmatched copies are left to the fail-closed
// sweep.
func linkCopies(b *builder, copies *jvalue, idx []int32) {
	keys := newKeyIndex(len(idx))
	for _, i := range idx {
		r := &b.refs[i]
		wv := r.elems[0]
		keys.put(wordKey(r.surf, wv.get("start"), wv.get("end"), ""), i)
	}
	for j := range copies.members {
		cv := &copies.members[j].val
		raw, ok := str(cv.get("word"))
		if !ok {
			continue
		}
		i, ok := keys.take(wordKey(raw, cv.get("start"), cv.get("end"), ""))
		if !ok {
			continue
		}
		b.refs[i].copies = append(b.refs[i].copies, jword{
			elems: b.ptrs(cv),
			texts: b.slots(textSlot{cv.get("word"), slotLead}),
			ends:  b.ptrs(cv.get("end")),
		})
	}
}

// addSpread adds the words of a text with no word times, spread over
// [lo, hi] in proportion to characters (approximate).
func addSpread(b *builder, text string, lo, hi time.Duration, channel int, speaker string) []int32 {
	fields := strings.Fields(text)
	words := make([]Word, 0, len(fields))
	surfs := make([]string, 0, len(fields))
	for _, fld := range fields {
		t, p := splitWord(fld)
		if t == "" {
			if n := len(words); n > 0 {
				words[n-1].Punct += p
				surfs[n-1] += " " + fld
			}
			continue
		}
		words = append(words, Word{Text: t, Punct: p, Channel: channel, Speaker: speaker, Confidence: -1})
		surfs = append(surfs, fld)
	}
	spread(words, lo, hi)
	idx := make([]int32, len(words))
	for i := range words {
		idx[i] = b.add(words[i], jword{surf: surfs[i]})
	}
	return idx
}
