package transcript

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// readGoogle reads a Google Cloud Speech-to-Text v1 response (recognize, or
// the longrunningrecognize operation with the response under "response"):
// results[].alternatives[0].words[]{startTime:"1.400s",endTime,word,
// speakerTag,confidence} and results[].channelTag (counted from 1; Word.
// Channel is channelTag-1). Times may also be protobuf objects
// {seconds,nanos}; a missing startTime or endTime is 0 (proto3 JSON leaves
// out zero values). With diarization Google repeats every word, with
// speaker tags, in the last result: those are then the words, and the
// earlier results' words are linked to them as copies.
// results[].alternatives[0].transcript is rebuilt when one of its words is
// redacted; other alternatives are left to the fail-closed sweep.
func readGoogle(b *builder, root *jvalue) error {
	const f = FormatGoogle
	results := root.get("results")
	prefix := "results"
	if results == nil && root.get("response") != nil {
		results, prefix = root.get("response").get("results"), "response.results"
	}
	if results.typ() != jarray {
		return errAt(f, errShape(results, "an array"), "%s", prefix)
	}
	rs := results.members
	diarized := len(rs) > 1 && googleAllTagged(&rs[len(rs)-1].val)
	primary := make([]int, 0, len(rs))
	if diarized {
		primary = append(primary, len(rs)-1)
	} else {
		for i := range rs {
			primary = append(primary, i)
		}
	}
	keys := newKeyIndex(len(b.words))
	for _, i := range primary {
		rv := &rs[i].val
		if rv.kind != jobject {
			return errAt(f, errShape(rv, "an object"), "%s[%d]", prefix, i)
		}
		ch := 0
		if ct := rv.get("channelTag"); ct != nil {
			n, err := intField(ct, 0, maxChannels)
			if err != nil {
				return errAt(f, err, "%s[%d].channelTag", prefix, i)
			}
			ch = max(n-1, 0) // counted from 1; 0 (unset) is the first channel
		}
		alts := rv.get("alternatives")
		if alts.typ() != jarray {
			return errAt(f, errShape(alts, "an array"), "%s[%d].alternatives", prefix, i)
		}
		if len(alts.members) == 0 {
			continue
		}
		a0 := &alts.members[0].val
		ws := a0.get("words")
		var idx []int32
		for j := range ws.elems() {
			wv := &ws.members[j].val
			if wv.kind != jobject {
				return errAt(f, errShape(wv, "an object"), "%s[%d].alternatives[0].words[%d]", prefix, i, j)
			}
			raw, ok := str(wv.get("word"))
			if !ok {
				return errAt(f, errShape(wv.get("word"), "a string"), "%s[%d].alternatives[0].words[%d].word", prefix, i, j)
			}
			text, punct := splitWord(raw)
			if text == "" {
				text, punct = strings.TrimSpace(raw), ""
			}
			if text == "" {
				continue // nothing was said
			}
			w := Word{Text: text, Punct: punct, Channel: ch}
			var err error
			if w.Start, err = b.googleTime(wv.get("startTime")); err != nil {
				return errAt(f, err, "%s[%d].alternatives[0].words[%d].startTime", prefix, i, j)
			}
			if w.End, err = b.googleTime(wv.get("endTime")); err != nil {
				return errAt(f, err, "%s[%d].alternatives[0].words[%d].endTime", prefix, i, j)
			}
			if w.End < w.Start {
				return errAt(f, fmt.Errorf("%v is before the start %v: %w", w.End, w.Start, ErrInvalid), "%s[%d].alternatives[0].words[%d].endTime", prefix, i, j)
			}
			if w.Confidence, err = confidence(wv.get("confidence")); err != nil {
				return errAt(f, err, "%s[%d].alternatives[0].words[%d].confidence", prefix, i, j)
			}
			if tag := label(wv.get("speakerLabel")); tag != "" {
				w.Speaker = tag
			} else if tag := label(wv.get("speakerTag")); tag != "" && tag != "0" {
				w.Speaker = tag
			}
			k := b.add(w, jword{elems: b.ptrs(wv), texts: b.slots(textSlot{wv.get("word"), slotPunct}), ends: b.ptrs(wv.get("endTime")), surf: raw})
			keys.put(wordKey(raw, wv.get("startTime"), wv.get("endTime"), strconv.Itoa(ch)), k)
			idx = append(idx, k)
		}
		if t := a0.get("transcript"); t.typ() == jstring {
			b.texts = append(b.texts, jtext{node: t, words: idx, always: diarized})
		}
	}
	if !diarized {
		return nil
	}
	for i := range rs[:len(rs)-1] {
		rv := &rs[i].val
		ch := 0
		if ct := rv.get("channelTag"); ct != nil {
			if n, err := intField(ct, 0, maxChannels); err == nil {
				ch = max(n-1, 0)
			}
		}
		alts := rv.get("alternatives")
		if len(alts.elems()) == 0 {
			continue
		}
		a0 := &alts.members[0].val
		ws := a0.get("words")
		var idx []int32
		for j := range ws.elems() {
			wv := &ws.members[j].val
			raw, _ := str(wv.get("word"))
			k, ok := keys.take(wordKey(raw, wv.get("startTime"), wv.get("endTime"), strconv.Itoa(ch)))
			if !ok {
				continue
			}
			b.refs[k].copies = append(b.refs[k].copies, jword{elems: b.ptrs(wv), texts: b.slots(textSlot{wv.get("word"), slotPunct}), ends: b.ptrs(wv.get("endTime"))})
			idx = append(idx, k)
		}
		if t := a0.get("transcript"); t.typ() == jstring {
			b.texts = append(b.texts, jtext{node: t, words: idx, always: len(idx) != len(ws.elems())})
		}
	}
	return nil
}

// googleAllTagged reports whether a result's words all carry a speaker tag
// (the diarization summary result).
func googleAllTagged(rv *jvalue) bool {
	alts := rv.get("alternatives")
	if len(alts.elems()) == 0 {
		return false
	}
	ws := alts.members[0].val.get("words")
	if len(ws.elems()) == 0 {
		return false
	}
	for j := range ws.members {
		wv := &ws.members[j].val
		if t := label(wv.get("speakerTag")); (t == "" || t == "0") && label(wv.get("speakerLabel")) == "" {
			return false
		}
	}
	return true
}

// googleTime reads a protobuf Duration in JSON: "1.400s", or
// {"seconds": "1", "nanos": 400000000}; missing means 0.
func (b *builder) googleTime(v *jvalue) (time.Duration, error) {
	if v == nil || v.kind == jnull {
		return 0, nil
	}
	if v.kind == jobject {
		var sec, nanos time.Duration
		var err error
		if s := v.get("seconds"); s != nil {
			if sec, err = b.timeValue(s, 1e9, ""); err != nil {
				return 0, fmt.Errorf("seconds: %w", err)
			}
		}
		if n := v.get("nanos"); n != nil {
			if nanos, err = b.timeValue(n, 1, ""); err != nil {
				return 0, fmt.Errorf("nanos: %w", err)
			}
		}
		return b.checkTime(float64(sec+nanos), v)
	}
	if v.kind == jstring && (len(v.str) == 0 || v.str[len(v.str)-1] != 's') {
		return 0, fmt.Errorf("%s is not a duration like \"1.400s\": %w", quoteField(v), ErrInvalid)
	}
	return b.timeValue(v, 1e9, "s")
}
