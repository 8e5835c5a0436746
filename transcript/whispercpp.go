package transcript

import "strings"

// readWhisperCpp reads whisper.cpp's full JSON (-ojf):
// transcription[]{offsets{from,to},text,tokens[]{text,offsets{from,to},
// timestamps{from,to},id,p}} with times in milliseconds. Tokens are BPE
// pieces: one starting with a space starts a new word, others continue the
// current one; special tokens ("[_BEG_]", "[_TT_150]") are skipped. A
// word's confidence is the mean of its tokens' p. When a word is redacted
// its first token takes the text (and the run's end time), its other tokens
// are removed and the token id of the first is dropped, as ids encode the
// text. Segments without tokens (plain -oj output) get their words spread
// over the segment and marked approximate.
func readWhisperCpp(b *builder, root *jvalue) error {
	const f = FormatWhisperCpp
	segs := root.get("transcription")
	if segs.typ() != jarray {
		return errAt(f, errShape(segs, "an array"), "transcription")
	}
	for i := range segs.members {
		sv := &segs.members[i].val
		if sv.kind != jobject {
			return errAt(f, errShape(sv, "an object"), "transcription[%d]", i)
		}
		text := sv.get("text")
		if text.typ() != jstring {
			text = nil
		}
		toks := sv.get("tokens")
		if toks == nil {
			off := sv.get("offsets")
			if off.typ() != jobject {
				return errAt(f, errShape(off, "an object"), "transcription[%d].offsets", i)
			}
			lo, hi, field, err := b.span(off.get("from"), off.get("to"), b.millis)
			if err != nil {
				return errAt(f, err, "transcription[%d].offsets.%s", i, fromTo(field))
			}
			if text != nil {
				idx := addSpread(b, text.str, lo, hi, 0, "")
				b.texts = append(b.texts, jtext{node: text, words: idx})
			}
			continue
		}
		if toks.kind != jarray {
			return errAt(f, errShape(toks, "an array"), "transcription[%d].tokens", i)
		}
		idx, err := readCppTokens(b, toks, i)
		if err != nil {
			return err
		}
		if text != nil {
			b.texts = append(b.texts, jtext{node: text, words: idx})
		}
	}
	return nil
}

func readCppTokens(b *builder, toks *jvalue, seg int) ([]int32, error) {
	const f = FormatWhisperCpp
	var idx []int32
	var cur *jword
	var w Word
	var raw strings.Builder
	var psum float64
	var pn int
	flush := func() {
		if cur == nil {
			return
		}
		text, punct := splitWord(raw.String())
		switch {
		case text != "":
			w.Text, w.Punct = text, punct
			w.Confidence = -1
			if pn > 0 {
				w.Confidence = psum / float64(pn)
			}
			cur.surf = raw.String()
			idx = append(idx, b.add(w, *cur))
		case len(idx) > 0:
			// punctuation on its own belongs to the previous word
			prev := &b.refs[idx[len(idx)-1]]
			b.words[idx[len(idx)-1]].Punct += strings.TrimSpace(raw.String())
			prev.surf += raw.String()
			prev.elems = append(prev.elems, cur.elems...)
			prev.lastEnds = cur.lastEnds
			b.words[idx[len(idx)-1]].End = max(b.words[idx[len(idx)-1]].End, w.End)
		}
		cur = nil
		raw.Reset()
		psum, pn = 0, 0
	}
	for j := range toks.members {
		tv := &toks.members[j].val
		if tv.kind != jobject {
			return nil, errAt(f, errShape(tv, "an object"), "transcription[%d].tokens[%d]", seg, j)
		}
		s, ok := str(tv.get("text"))
		if !ok {
			return nil, errAt(f, errShape(tv.get("text"), "a string"), "transcription[%d].tokens[%d].text", seg, j)
		}
		if strings.HasPrefix(s, "[_") && strings.HasSuffix(s, "]") {
			continue
		}
		off := tv.get("offsets")
		if off.typ() != jobject {
			return nil, errAt(f, errShape(off, "an object"), "transcription[%d].tokens[%d].offsets", seg, j)
		}
		start, end, field, err := b.span(off.get("from"), off.get("to"), b.millis)
		if err != nil {
			return nil, errAt(f, err, "transcription[%d].tokens[%d].offsets.%s", seg, j, fromTo(field))
		}
		p, err := confidence(tv.get("p"))
		if err != nil {
			return nil, errAt(f, err, "transcription[%d].tokens[%d].p", seg, j)
		}
		ends := b.ptrs(off.get("to"), tv.get("timestamps").get("to"))
		if cur == nil || startsSpace(s) {
			flush()
			cur = &jword{
				elems: b.ptrs(tv),
				texts: b.slots(textSlot{tv.get("text"), slotLead}),
				ends:  ends,
			}
			if id := tv.get("id"); id != nil {
				cur.strip = b.ptrs(id)
			}
			w = Word{Start: start, End: end}
		} else {
			cur.elems = append(cur.elems, tv)
			if end >= w.End {
				// The word ends where its latest token ends, which need
				// not be the last token (offsets out of order): Write
				// copies this end, and from..to must stay ordered.
				cur.lastEnds = ends
			}
			if start < w.Start {
				w.Start = start
			}
			w.End = max(w.End, end)
		}
		raw.WriteString(s)
		if p >= 0 {
			psum += p
			pn++
		}
	}
	flush()
	return idx, nil
}

// fromTo names whisper.cpp's offset fields.
func fromTo(field string) string {
	if field == "start" {
		return "from"
	}
	return "to"
}
