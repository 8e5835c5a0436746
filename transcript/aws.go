package transcript

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// readAWS reads Amazon Transcribe batch output: results.items[] with type
// "pronunciation" (a word) or "punctuation" (attached to the previous word
// of the same channel as Punct), times and confidences as strings,
// speaker_label, and channel_label ("ch_0") when channel identification is
// on. When results.items is absent the words come from
// results.channel_labels.channels[].items[]; when both are present the
// channel items are linked as copies of the same words. The text of every
// alternative of a redacted item is replaced. results.transcripts[] are
// rebuilt whenever anything is redacted, results.audio_segments[] (which
// name their items by id) when one of their words is.
func readAWS(b *builder, root *jvalue) error {
	const f = FormatAWS
	if root.get("results") == nil && root.get("Transcript").typ() == jarray {
		return readAWSAnalytics(b, root)
	}
	res := root.get("results")
	if res.typ() != jobject {
		return errAt(f, errShape(res, "an object"), "results")
	}
	cl := res.get("channel_labels")
	if cl != nil && cl.kind != jobject {
		return errAt(f, errShape(cl, "an object"), "results.channel_labels")
	}
	if n := cl.get("number_of_channels"); n != nil {
		c, err := intField(n, 0, maxChannels)
		if err != nil {
			return errAt(f, err, "results.channel_labels.number_of_channels")
		}
		b.channels = c
	}
	chans := cl.get("channels")
	if chans != nil && chans.kind != jarray {
		return errAt(f, errShape(chans, "an array"), "results.channel_labels.channels")
	}
	b.channels = max(b.channels, len(chans.elems()))
	b.labelledChannels = true
	var all []int32
	ids := map[string]int32{}
	items := res.get("items")
	if items != nil && items.kind != jarray {
		return errAt(f, errShape(items, "an array"), "results.items")
	}
	if items != nil && len(items.members) == 0 && chans != nil {
		items = nil // the words are in the channels
	}
	if items != nil {
		idx, err := readAWSItems(b, items, -1, "results.items", ids)
		if err != nil {
			return err
		}
		all = idx
	}
	for c := range chans.elems() {
		cv := &chans.members[c].val
		ch := c
		if l, ok := str(cv.get("channel_label")); ok {
			n, ok := awsChannel(l)
			if !ok {
				return errAt(f, fmt.Errorf("%q is not a channel label like \"ch_0\": %w", l, ErrInvalid), "results.channel_labels.channels[%d].channel_label", c)
			}
			ch = n
		}
		citems := cv.get("items")
		if citems.typ() != jarray {
			return errAt(f, errShape(citems, "an array"), "results.channel_labels.channels[%d].items", c)
		}
		if items != nil {
			if err := linkAWSCopies(b, citems, all, ch, c); err != nil {
				return err
			}
			continue
		}
		idx, err := readAWSItems(b, citems, ch, fmt.Sprintf("results.channel_labels.channels[%d].items", c), ids)
		if err != nil {
			return err
		}
		all = append(all, idx...)
	}
	if items == nil && chans == nil {
		return errAt(f, errShape(nil, "an array"), "results.items")
	}
	if items != nil && b.channels > 1 {
		// Channel identification is on: every word must say which channel
		// it was on, by its own channel_label or by its copy in
		// channel_labels. Guessing channel 0 would bleep the wrong channel.
		for _, i := range all {
			if b.words[i].Channel < 0 {
				return errAt(f, fmt.Errorf("the file has %d channels, but this word has no channel_label and is in no channel's items, so its channel is unknown: %w", b.channels, ErrInvalid), "results.items (word at %s s)", quoteField(b.refs[i].elems[0].get("start_time")))
			}
		}
	}
	for _, i := range all {
		b.words[i].Channel = max(b.words[i].Channel, 0)
	}
	if err := awsSpeakers(b, res.get("speaker_labels"), all); err != nil {
		return err
	}
	for i := range res.get("transcripts").elems() {
		if t := res.get("transcripts").members[i].val.get("transcript"); t.typ() == jstring {
			b.texts = append(b.texts, jtext{node: t, words: all, always: true})
		}
	}
	for i := range res.get("audio_segments").elems() {
		sv := &res.get("audio_segments").members[i].val
		t := sv.get("transcript")
		if t.typ() != jstring {
			continue
		}
		var in []int32
		known := true
		for _, it := range sv.get("items").elems() {
			if w, ok := ids[it.val.str]; ok {
				in = append(in, w)
			} else if _, isPunct := ids["p"+it.val.str]; !isPunct {
				known = false
			}
		}
		// A segment naming items we cannot find is rebuilt whenever
		// anything is redacted (fail closed).
		b.texts = append(b.texts, jtext{node: t, words: in, always: !known})
	}
	return nil
}

// awsChannel parses "ch_0".
func awsChannel(l string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimPrefix(l, "ch_"))
	if err != nil || !strings.HasPrefix(l, "ch_") || n < 0 || n >= maxChannels {
		return 0, false
	}
	return n, true
}

// readAWSItems reads one items[] array. channel -1 takes each item's
// channel_label (0 when absent).
func readAWSItems(b *builder, items *jvalue, channel int, path string, ids map[string]int32) ([]int32, error) {
	const f = FormatAWS
	var idx []int32
	lastByChannel := map[int]int32{}
	for j := range items.members {
		iv := &items.members[j].val
		if iv.kind != jobject {
			return nil, errAt(f, errShape(iv, "an object"), "%s[%d]", path, j)
		}
		ch := channel
		if ch < 0 {
			// -1 until channel_labels says (see linkAWSCopies)
			if l, ok := str(iv.get("channel_label")); ok {
				n, ok := awsChannel(l)
				if !ok {
					return nil, errAt(f, fmt.Errorf("%q is not a channel label like \"ch_0\": %w", l, ErrInvalid), "%s[%d].channel_label", path, j)
				}
				ch = n
			}
		}
		alts := iv.get("alternatives")
		if alts.typ() != jarray || len(alts.members) == 0 {
			return nil, errAt(f, errShape(alts, "a non-empty array"), "%s[%d].alternatives", path, j)
		}
		a0 := &alts.members[0].val
		content, ok := str(a0.get("content"))
		if !ok {
			return nil, errAt(f, errShape(a0.get("content"), "a string"), "%s[%d].alternatives[0].content", path, j)
		}
		typ, _ := str(iv.get("type"))
		if typ == "punctuation" {
			if id := iv.get("id"); id != nil {
				ids["p"+id.str] = -1
			}
			if last, ok := lastByChannel[ch]; ok {
				b.words[last].Punct += content
				b.refs[last].surf += content
			}
			continue
		}
		if typ != "pronunciation" {
			return nil, errAt(f, fmt.Errorf("%q is neither \"pronunciation\" nor \"punctuation\": %w", typ, ErrInvalid), "%s[%d].type", path, j)
		}
		start, end, field, err := b.span(iv.get("start_time"), iv.get("end_time"), b.seconds)
		if err != nil {
			return nil, errAt(f, err, "%s[%d].%s_time", path, j, field)
		}
		conf, err := confidence(a0.get("confidence"))
		if err != nil {
			return nil, errAt(f, err, "%s[%d].alternatives[0].confidence", path, j)
		}
		text, punct := splitWord(content)
		if text == "" {
			text, punct = strings.TrimSpace(content), ""
		}
		if text == "" {
			continue // nothing was said
		}
		ref := jword{elems: b.ptrs(iv), ends: b.ptrs(iv.get("end_time")), surf: content}
		ref.texts = awsSlots(b, alts)
		w := Word{Text: text, Punct: punct, Start: start, End: end, Channel: ch, Speaker: label(iv.get("speaker_label")), Confidence: conf}
		i := b.add(w, ref)
		if id := iv.get("id"); id != nil {
			ids[id.str] = i
		}
		lastByChannel[ch] = i
		idx = append(idx, i)
	}
	return idx, nil
}

// linkAWSCopies links the items of channel_labels.channels[chanIdx] (channel
// ch) to the results.items words they repeat, by content and times. A
// word without a channel_label of its own (the 2020-era layout, where only
// channel_labels tells the channels) takes ch; one whose label says
// another channel is an error.
func linkAWSCopies(b *builder, citems *jvalue, all []int32, ch, chanIdx int) error {
	keys := newKeyIndex(len(all))
	for _, i := range all {
		iv := b.refs[i].elems[0]
		c, _ := str(iv.get("alternatives").elems()[0].val.get("content"))
		keys.put(wordKey(c, iv.get("start_time"), iv.get("end_time"), ""), i)
	}
	for j := range citems.members {
		iv := &citems.members[j].val
		alts := iv.get("alternatives")
		if len(alts.elems()) == 0 {
			continue
		}
		c, ok := str(alts.members[0].val.get("content"))
		if !ok {
			continue
		}
		i, ok := keys.take(wordKey(c, iv.get("start_time"), iv.get("end_time"), ""))
		if !ok {
			continue
		}
		switch w := &b.words[i]; {
		case w.Channel < 0:
			w.Channel = ch
		case w.Channel != ch:
			return errAt(FormatAWS, fmt.Errorf("the word at %s s is labelled ch_%d in results.items but listed under ch_%d: %w", quoteField(iv.get("start_time")), w.Channel, ch, ErrInvalid), "results.channel_labels.channels[%d].items[%d]", chanIdx, j)
		}
		cp := jword{elems: b.ptrs(iv), ends: b.ptrs(iv.get("end_time"))}
		cp.texts = awsSlots(b, alts)
		b.refs[i].copies = append(b.refs[i].copies, cp)
	}
	return nil
}

// awsSpeakers gives words without a speaker_label of their own the
// speaker that results.speaker_labels.segments[].items[] names for their
// times (older Transcribe and Call Analytics outputs keep speakers only
// there), or else the segment whose time range holds the word's start.
func awsSpeakers(b *builder, sl *jvalue, all []int32) error {
	segs := sl.get("segments")
	if segs == nil {
		return nil
	}
	if segs.kind != jarray {
		return errAt(FormatAWS, errShape(segs, "an array"), "results.speaker_labels.segments")
	}
	type segment struct {
		lo, hi  time.Duration
		speaker string
	}
	byTime := map[[2]string]string{}
	var ranges []segment
	for k := range segs.members {
		sv := &segs.members[k].val
		spk := label(sv.get("speaker_label"))
		if spk == "" {
			continue
		}
		if lo, hi, _, err := b.span(sv.get("start_time"), sv.get("end_time"), b.seconds); err == nil {
			ranges = append(ranges, segment{lo, hi, spk})
		}
		for _, it := range sv.get("items").elems() {
			st, _ := str(it.val.get("start_time"))
			et, _ := str(it.val.get("end_time"))
			if s := label(it.val.get("speaker_label")); s != "" {
				byTime[[2]string{st, et}] = s
			} else {
				byTime[[2]string{st, et}] = spk
			}
		}
	}
	for _, i := range all {
		w := &b.words[i]
		if w.Speaker != "" {
			continue
		}
		iv := b.refs[i].elems[0]
		st, _ := str(iv.get("start_time"))
		et, _ := str(iv.get("end_time"))
		if s, ok := byTime[[2]string{st, et}]; ok {
			w.Speaker = s
			continue
		}
		for _, r := range ranges {
			if r.lo <= w.Start && w.Start < r.hi {
				w.Speaker = r.speaker
				break
			}
		}
	}
	return nil
}

// awsSlots returns the content of every alternative of an item.
func awsSlots(b *builder, alts *jvalue) []textSlot {
	var buf [4]textSlot
	s := buf[:0]
	for k := range alts.members {
		if c := alts.members[k].val.get("content"); c.typ() == jstring {
			s = append(s, textSlot{c, slotPlain})
		}
	}
	return b.slots(s...)
}

// readAWSAnalytics reads Amazon Transcribe Call Analytics post-call output:
// Transcript[]{Content,ParticipantRole,Items[]{Content,BeginOffsetMillis,
// EndOffsetMillis,Confidence,Type}} with times in integer milliseconds,
// and Amazon Connect Contact Lens output, whose turns have no Items: their
// words are spread over the turn's BeginOffsetMillis..EndOffsetMillis and
// marked approximate, and the speaker is the ParticipantId.
// Speaker is the ParticipantRole ("AGENT", "CUSTOMER"); Channel comes from
// ChannelDefinitions[]{ChannelId,ParticipantRole} when the file has them,
// else 0. Transcript[].Content is rebuilt when one of its words is
// redacted (character offsets of detected issues are not adjusted).
func readAWSAnalytics(b *builder, root *jvalue) error {
	const f = FormatAWS
	b.labelledChannels = true
	roles := map[string]int{}
	for i := range root.get("ChannelDefinitions").elems() {
		cd := &root.get("ChannelDefinitions").members[i].val
		role, _ := str(cd.get("ParticipantRole"))
		if id := cd.get("ChannelId"); id != nil && role != "" {
			n, err := intField(id, 0, maxChannels-1)
			if err != nil {
				return errAt(f, err, "ChannelDefinitions[%d].ChannelId", i)
			}
			roles[role] = n
			b.channels = max(b.channels, n+1)
		}
	}
	turns := root.get("Transcript")
	for i := range turns.members {
		tv := &turns.members[i].val
		if tv.kind != jobject {
			return errAt(f, errShape(tv, "an object"), "Transcript[%d]", i)
		}
		role := label(tv.get("ParticipantRole"))
		if len(roles) == 0 {
			// Roles without ChannelDefinitions: the speaker is known, the
			// channel is not. Say so (every channel gets bleeped) instead
			// of guessing that the agent was on channel 0.
			b.channelsUnknown = true
		} else if _, ok := roles[role]; !ok {
			return errAt(f, fmt.Errorf("%q is not a role that ChannelDefinitions gives a channel: %w", role, ErrInvalid), "Transcript[%d].ParticipantRole", i)
		}
		if role == "" {
			role = label(tv.get("ParticipantId")) // Contact Lens
		}
		items := tv.get("Items")
		if items == nil && tv.get("Content").typ() == jstring {
			// Amazon Connect Contact Lens: turns without word items. The
			// turn's words share its time span (approximate).
			lo, hi, field, err := b.span(tv.get("BeginOffsetMillis"), tv.get("EndOffsetMillis"), b.millis)
			if err != nil {
				return errAt(f, err, "Transcript[%d].%s", i, pick(field, "BeginOffsetMillis", "EndOffsetMillis"))
			}
			idx := addSpread(b, tv.get("Content").str, lo, hi, roles[role], role)
			for _, w := range idx {
				b.words[w].Approximate = true
			}
			b.texts = append(b.texts, jtext{node: tv.get("Content"), words: idx})
			continue
		}
		if items.typ() != jarray {
			return errAt(f, errShape(items, "an array"), "Transcript[%d].Items", i)
		}
		var idx []int32
		for j := range items.members {
			iv := &items.members[j].val
			if iv.kind != jobject {
				return errAt(f, errShape(iv, "an object"), "Transcript[%d].Items[%d]", i, j)
			}
			content, ok := str(iv.get("Content"))
			if !ok {
				return errAt(f, errShape(iv.get("Content"), "a string"), "Transcript[%d].Items[%d].Content", i, j)
			}
			if strings.EqualFold(label(iv.get("Type")), "punctuation") {
				if n := len(idx); n > 0 {
					b.words[idx[n-1]].Punct += content
					b.refs[idx[n-1]].surf += content
				}
				continue
			}
			start, end, field, err := b.span(iv.get("BeginOffsetMillis"), iv.get("EndOffsetMillis"), b.millis)
			if err != nil {
				return errAt(f, err, "Transcript[%d].Items[%d].%s", i, j, pick(field, "BeginOffsetMillis", "EndOffsetMillis"))
			}
			conf, err := confidence(iv.get("Confidence"))
			if err != nil {
				return errAt(f, err, "Transcript[%d].Items[%d].Confidence", i, j)
			}
			text, punct := splitWord(content)
			if text == "" {
				text, punct = strings.TrimSpace(content), ""
			}
			if text == "" {
				continue
			}
			w := Word{Text: text, Punct: punct, Start: start, End: end, Channel: roles[role], Speaker: role, Confidence: conf}
			ref := jword{elems: b.ptrs(iv), texts: b.slots(textSlot{iv.get("Content"), slotPlain}), ends: b.ptrs(iv.get("EndOffsetMillis")), surf: content}
			idx = append(idx, b.add(w, ref))
		}
		if c := tv.get("Content"); c.typ() == jstring {
			b.texts = append(b.texts, jtext{node: c, words: idx})
		}
	}
	return nil
}

// pick names the time field that builder.span's field ("start" or "end")
// refers to in a format whose fields have other names.
func pick(field, start, end string) string {
	if field == "end" {
		return end
	}
	return start
}
