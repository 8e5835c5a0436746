package transcript

// readTwilio reads the sentences of a Twilio Voice Intelligence transcript
// (GET /v2/Transcripts/{sid}/Sentences, with word timestamps):
// sentences[]{media_channel,transcript,start_time,end_time,words[]{word,
// start_time,end_time}}, times in seconds. media_channel counts from 1
// (Word.Channel is media_channel-1); a sentence without one is an error,
// since its channel would be a guess. A sentence's transcript is rebuilt
// when one of its words is redacted.
func readTwilio(b *builder, root *jvalue) error {
	const f = FormatTwilio
	ss := root.get("sentences")
	for i := range ss.members {
		sv := &ss.members[i].val
		if sv.kind != jobject {
			return errAt(f, errShape(sv, "an object"), "sentences[%d]", i)
		}
		mc := sv.get("media_channel")
		if mc == nil {
			return errAt(f, errShape(nil, "a channel number from 1"), "sentences[%d].media_channel", i)
		}
		n, err := intField(mc, 1, maxChannels)
		if err != nil {
			return errAt(f, err, "sentences[%d].media_channel", i)
		}
		ch := n - 1
		b.channels = max(b.channels, n)
		ws := sv.get("words")
		if ws.typ() != jarray {
			return errAt(f, errShape(ws, "an array"), "sentences[%d].words", i)
		}
		var idx []int32
		for j := range ws.members {
			wv := &ws.members[j].val
			raw, ok := str(wv.get("word"))
			if !ok {
				return errAt(f, errShape(wv.get("word"), "a string"), "sentences[%d].words[%d].word", i, j)
			}
			start, end, field, err := b.span(wv.get("start_time"), wv.get("end_time"), b.seconds)
			if err != nil {
				return errAt(f, err, "sentences[%d].words[%d].%s_time", i, j, field)
			}
			text, punct := splitWord(raw)
			if text == "" {
				continue
			}
			w := Word{Text: text, Punct: punct, Start: start, End: end, Channel: ch, Confidence: -1}
			idx = append(idx, b.add(w, jword{elems: b.ptrs(wv), texts: b.slots(textSlot{wv.get("word"), slotPunct}), ends: b.ptrs(wv.get("end_time")), surf: raw}))
		}
		if t := sv.get("transcript"); t.typ() == jstring {
			b.texts = append(b.texts, jtext{node: t, words: idx})
		}
	}
	return nil
}
