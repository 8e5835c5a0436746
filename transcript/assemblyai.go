package transcript

import (
	"fmt"
	"strconv"
	"strings"
)

// readAssemblyAI reads an AssemblyAI transcript: words[]{text,start,end,
// confidence,speaker,channel} with times in integer milliseconds, text
// carrying its punctuation, speaker "A"/"B" or null, and, with
// multichannel=true, channel as a string counted from "1" (Word.Channel is
// that minus one; a file using "0" is taken as counted from 0).
// utterances[] words are linked as copies and utterances[].text rebuilt;
// the top-level text is rebuilt whenever anything is redacted. Entities,
// chapters, highlights and summaries are left to the fail-closed sweep.
func readAssemblyAI(b *builder, root *jvalue) error {
	const f = FormatAssemblyAI
	if root.get("words") == nil {
		for _, key := range []string{"sentences", "paragraphs"} {
			if bl := root.get(key); bl.typ() == jarray {
				return readAssemblyAIBlocks(b, bl, key)
			}
		}
	}
	ws := root.get("words")
	if ws.typ() != jarray {
		return errAt(f, errShape(ws, "an array"), "words")
	}
	if n := root.get("audio_channels"); n.typ() == jnumber {
		c, err := intField(n, 0, maxChannels)
		if err != nil {
			return errAt(f, err, "audio_channels")
		}
		b.channels = c
	}
	oneBased := true
	for j := range ws.members {
		if label(ws.members[j].val.get("channel")) == "0" {
			oneBased = false
		}
	}
	keys := newKeyIndex(len(ws.members))
	var all []int32
	for j := range ws.members {
		wv := &ws.members[j].val
		w, ref, field, err := readAssemblyAIWord(b, wv, oneBased)
		if err != nil {
			return errAt(f, err, "words[%d]%s", j, field)
		}
		if w.Text == "" {
			continue // nothing was said
		}
		i := b.add(w, ref)
		keys.put(wordKey(ref.surf, wv.get("start"), wv.get("end"), label(wv.get("channel"))), i)
		all = append(all, i)
	}
	if t := root.get("text"); t.typ() == jstring {
		b.texts = append(b.texts, jtext{node: t, words: all, always: true})
	}
	for u := range root.get("utterances").elems() {
		uv := &root.get("utterances").members[u].val
		uws := uv.get("words")
		var idx []int32
		for j := range uws.elems() {
			wv := &uws.members[j].val
			raw, _ := str(wv.get("text"))
			i, ok := keys.take(wordKey(raw, wv.get("start"), wv.get("end"), label(wv.get("channel"))))
			if !ok {
				continue
			}
			if b.words[i].Speaker == "" {
				b.words[i].Speaker = label(uv.get("speaker")) // words[] may leave speakers to the utterances
			}
			b.refs[i].copies = append(b.refs[i].copies, jword{
				elems: b.ptrs(wv),
				texts: b.slots(textSlot{wv.get("text"), slotPunct}),
				ends:  b.ptrs(wv.get("end")),
			})
			idx = append(idx, i)
		}
		if t := uv.get("text"); t.typ() == jstring {
			b.texts = append(b.texts, jtext{node: t, words: idx, always: len(idx) != len(uws.elems())})
		}
	}
	return nil
}

func readAssemblyAIWord(b *builder, wv *jvalue, oneBased bool) (Word, jword, string, error) {
	if wv.kind != jobject {
		return Word{}, jword{}, "", errShape(wv, "an object")
	}
	raw, ok := str(wv.get("text"))
	if !ok {
		return Word{}, jword{}, ".text", errShape(wv.get("text"), "a string")
	}
	text, punct := splitWord(raw)
	if text == "" {
		text, punct = strings.TrimSpace(raw), ""
	}
	w := Word{Text: text, Punct: punct}
	var field string
	var err error
	if w.Start, w.End, field, err = b.span(wv.get("start"), wv.get("end"), b.millis); err != nil {
		return Word{}, jword{}, "." + field, err
	}
	if w.Confidence, err = confidence(wv.get("confidence")); err != nil {
		return Word{}, jword{}, ".confidence", err
	}
	w.Speaker = label(wv.get("speaker"))
	if c := label(wv.get("channel")); c != "" {
		n, err := strconv.Atoi(c)
		if err == nil && oneBased {
			n--
		}
		if err != nil || n < 0 || n >= maxChannels {
			return Word{}, jword{}, ".channel", fmt.Errorf("%q is not a channel number: %w", c, ErrInvalid)
		}
		w.Channel = n
	}
	ref := jword{elems: b.ptrs(wv), texts: b.slots(textSlot{wv.get("text"), slotPunct}), ends: b.ptrs(wv.get("end")), surf: raw}
	return w, ref, "", nil
}

// readAssemblyAIBlocks reads the JSON of AssemblyAI's /sentences and
// /paragraphs endpoints: sentences[] or paragraphs[]{text,start,end,words[]},
// words as in a transcript. Each block's text is rebuilt when one of its
// words is redacted.
func readAssemblyAIBlocks(b *builder, blocks *jvalue, key string) error {
	const f = FormatAssemblyAI
	oneBased := true
	for k := range blocks.members {
		for _, w := range blocks.members[k].val.get("words").elems() {
			if label(w.val.get("channel")) == "0" {
				oneBased = false
			}
		}
	}
	for k := range blocks.members {
		bv := &blocks.members[k].val
		ws := bv.get("words")
		if ws.typ() != jarray {
			return errAt(f, errShape(ws, "an array"), "%s[%d].words", key, k)
		}
		var idx []int32
		for j := range ws.members {
			w, ref, field, err := readAssemblyAIWord(b, &ws.members[j].val, oneBased)
			if err != nil {
				return errAt(f, err, "%s[%d].words[%d]%s", key, k, j, field)
			}
			if w.Text != "" {
				idx = append(idx, b.add(w, ref))
			}
		}
		if t := bv.get("text"); t.typ() == jstring {
			b.texts = append(b.texts, jtext{node: t, words: idx})
		}
	}
	return nil
}
