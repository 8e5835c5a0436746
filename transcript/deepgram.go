package transcript

import (
	"fmt"
	"strconv"
)

// readDeepgram reads a Deepgram pre-recorded response:
// results.channels[c].alternatives[0].words[]{word,punctuated_word,start,
// end,confidence,speaker}; with multichannel=true there is one entry per
// audio channel and c is the word's Channel. Text comes from
// punctuated_word when present (smart_format/punctuate), else from word.
// A redacted word gets the text in both fields; the channel's
// alternatives[0].transcript is rebuilt; results.utterances[] words are
// linked as copies and their transcript rebuilt. Other derived text
// (paragraphs, summaries, further alternatives) is left to the fail-closed
// sweep.
func readDeepgram(b *builder, root *jvalue) error {
	const f = FormatDeepgram
	res := root.get("results")
	chans := res.get("channels")
	if chans.typ() != jarray {
		return errAt(f, errShape(chans, "an array"), "results.channels")
	}
	if len(chans.members) > maxChannels {
		return errAt(f, fmt.Errorf("%d channels is more than %d: %w", len(chans.members), maxChannels, ErrInvalid), "results.channels")
	}
	b.channels = len(chans.members)
	keys := newKeyIndex(len(b.words))
	for c := range chans.members {
		cv := &chans.members[c].val
		alts := cv.get("alternatives")
		if alts.typ() != jarray {
			return errAt(f, errShape(alts, "an array"), "results.channels[%d].alternatives", c)
		}
		if len(alts.members) == 0 {
			continue
		}
		a0 := &alts.members[0].val
		ws := a0.get("words")
		if ws.typ() != jarray {
			return errAt(f, errShape(ws, "an array"), "results.channels[%d].alternatives[0].words", c)
		}
		var idx []int32
		for j := range ws.members {
			wv := &ws.members[j].val
			w, ref, field, err := readDeepgramWord(b, wv, c)
			if err != nil {
				return errAt(f, err, "results.channels[%d].alternatives[0].words[%d]%s", c, j, field)
			}
			if w.Text == "" {
				continue
			}
			i := b.add(w, ref)
			keys.put(wordKey(label(wv.get("word")), wv.get("start"), wv.get("end"), strconv.Itoa(c)), i)
			idx = append(idx, i)
		}
		if t := a0.get("transcript"); t.typ() == jstring {
			b.texts = append(b.texts, jtext{node: t, words: idx})
		}
	}
	for u := range res.get("utterances").elems() {
		uv := &res.get("utterances").members[u].val
		ch := label(uv.get("channel"))
		if ch == "" {
			ch = "0"
		}
		var idx []int32
		ws := uv.get("words")
		for j := range ws.elems() {
			wv := &ws.members[j].val
			i, ok := keys.take(wordKey(label(wv.get("word")), wv.get("start"), wv.get("end"), ch))
			if !ok {
				continue
			}
			b.refs[i].copies = append(b.refs[i].copies, jword{
				elems: b.ptrs(wv),
				texts: deepgramSlots(b, wv),
				ends:  b.ptrs(wv.get("end")),
			})
			idx = append(idx, i)
		}
		if t := uv.get("transcript"); t.typ() == jstring {
			// An utterance whose words we could not all find is rebuilt
			// whenever anything is redacted (fail closed).
			b.texts = append(b.texts, jtext{node: t, words: idx, always: len(idx) != len(ws.elems())})
		}
	}
	return nil
}

func deepgramSlots(b *builder, wv *jvalue) []textSlot {
	var buf [2]textSlot
	s := buf[:0]
	if v := wv.get("word"); v.typ() == jstring {
		s = append(s, textSlot{v, slotPlain})
	}
	if v := wv.get("punctuated_word"); v.typ() == jstring {
		s = append(s, textSlot{v, slotPunct})
	}
	return b.slots(s...)
}

// readDeepgramWord reads one word; on error it also returns the field
// (".start") for the caller to add to the word's path.
func readDeepgramWord(b *builder, wv *jvalue, c int) (Word, jword, string, error) {
	if wv.kind != jobject {
		return Word{}, jword{}, "", errShape(wv, "an object")
	}
	raw, ok := str(wv.get("punctuated_word"))
	if !ok {
		if raw, ok = str(wv.get("word")); !ok {
			return Word{}, jword{}, ".word", errShape(wv.get("word"), "a string")
		}
	}
	text, punct := splitWord(raw)
	w := Word{Text: text, Punct: punct, Channel: c}
	var field string
	var err error
	if w.Start, w.End, field, err = b.span(wv.get("start"), wv.get("end"), b.seconds); err != nil {
		return Word{}, jword{}, "." + field, err
	}
	if w.Confidence, err = confidence(wv.get("confidence")); err != nil {
		return Word{}, jword{}, ".confidence", err
	}
	w.Speaker = label(wv.get("speaker"))
	ref := jword{elems: b.ptrs(wv), texts: deepgramSlots(b, wv), ends: b.ptrs(wv.get("end")), surf: raw}
	return w, ref, "", nil
}
