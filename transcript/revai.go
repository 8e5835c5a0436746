package transcript

import "strings"

// readRevAI reads a Rev.ai transcript (Accept: application/vnd.rev.
// transcript.v1.0+json): monologues[]{speaker,elements[]{type,value,ts,
// end_ts,confidence}}, where "text" elements are words (times in seconds)
// and "punct" elements are punctuation and spaces (attached to the previous
// word). Speaker is the monologue's speaker number; Rev.ai has no
// channels. A redacted word's value and end_ts are rewritten; dropped
// words' elements are removed with the space before them, and their
// punctuation kept.
func readRevAI(b *builder, root *jvalue) error {
	const f = FormatRevAI
	mons := root.get("monologues")
	for i := range mons.members {
		mv := &mons.members[i].val
		if mv.kind != jobject {
			return errAt(f, errShape(mv, "an object"), "monologues[%d]", i)
		}
		speaker := label(mv.get("speaker"))
		if n := label(mv.get("speaker_name")); n != "" && speaker == "" {
			speaker = n
		}
		els := mv.get("elements")
		if els.typ() != jarray {
			return errAt(f, errShape(els, "an array"), "monologues[%d].elements", i)
		}
		last := int32(-1)
		var space *jvalue // a " " punct element right before the next word
		for j := range els.members {
			ev := &els.members[j].val
			if ev.kind != jobject {
				return errAt(f, errShape(ev, "an object"), "monologues[%d].elements[%d]", i, j)
			}
			value, ok := str(ev.get("value"))
			if !ok {
				return errAt(f, errShape(ev.get("value"), "a string"), "monologues[%d].elements[%d].value", i, j)
			}
			switch typ, _ := str(ev.get("type")); typ {
			case "text":
			case "punct":
				if strings.TrimSpace(value) == "" {
					space = ev
				}
				if last >= 0 {
					if p := strings.TrimSpace(value); p != "" {
						b.words[last].Punct += p
					}
					b.refs[last].surf += value
				}
				continue
			default:
				continue // "unknown" (<unk>) and future types carry no word
			}
			start, end, field, err := b.span(ev.get("ts"), ev.get("end_ts"), b.seconds)
			if err != nil {
				return errAt(f, err, "monologues[%d].elements[%d].%s", i, j, pick(field, "ts", "end_ts"))
			}
			conf, err := confidence(ev.get("confidence"))
			if err != nil {
				return errAt(f, err, "monologues[%d].elements[%d].confidence", i, j)
			}
			text, punct := splitWord(value)
			if text == "" {
				continue
			}
			w := Word{Text: text, Punct: punct, Start: start, End: end, Speaker: speaker, Confidence: conf}
			ref := jword{elems: b.ptrs(ev), texts: b.slots(textSlot{ev.get("value"), slotPlain}), ends: b.ptrs(ev.get("end_ts")), surf: value}
			if space != nil {
				ref.dropWith = b.ptrs(space)
			}
			last = b.add(w, ref)
			space = nil
		}
	}
	return nil
}
