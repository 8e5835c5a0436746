package transcript

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// NativeVersion is the version of the callveil native JSON format written
// by WriteNative and accepted by the native reader. The format is the model
// itself:
//
//	{
//	  "callveil_transcript": 1,        // this version; other values are rejected
//	  "source": "aws",                 // format the words were first read from
//	  "channels": 2,                   // Transcript.Channels
//	  "approximate": false,            // Transcript.Approximate
//	  "channels_unknown": true,        // Transcript.ChannelsUnknown; left out when false
//	  "words": [
//	    {"text": "Hello", "punct": ",", "start": 1.23, "end": 1.5,
//	     "channel": 0, "speaker": "spk_0", "confidence": 0.98, "approximate": true},
//	    ...
//	  ]
//	}
//
// Times are seconds with up to nine decimals (exact to the nanosecond).
// "punct", "speaker" and "approximate" are left out when empty or false,
// "confidence" when the source gave none (read back as -1). A transcript
// read from native JSON has Source FormatNative; "source" is informational.
const NativeVersion = 1

// maxChannels bounds channel numbers read from any format; telephony has
// one to a few channels, and a larger value is corrupt input.
const maxChannels = 256

// appendNative writes t as native JSON (see NativeVersion) with the plan
// applied.
func appendNative(b []byte, t *Transcript, p *plan) []byte {
	src := t.Source
	if src == "" {
		src = FormatNative
	}
	channels := max(t.Channels, 1)
	b = append(b, "{\n  \"callveil_transcript\": "...)
	b = strconv.AppendInt(b, NativeVersion, 10)
	b = append(b, ",\n  \"source\": "...)
	b = appendJSONString(b, string(src))
	b = append(b, ",\n  \"channels\": "...)
	b = strconv.AppendInt(b, int64(channels), 10)
	b = append(b, ",\n  \"approximate\": "...)
	b = strconv.AppendBool(b, t.Approximate)
	if t.ChannelsUnknown {
		b = append(b, ",\n  \"channels_unknown\": true"...)
	}
	b = append(b, ",\n  \"words\": ["...)
	n := 0
	for i := range t.Words {
		w := t.Words[i]
		switch p.state[i] {
		case wordDrop:
			continue
		case wordHead:
			h := p.head[i]
			w.Text, w.Punct = h.text, h.punct
			w.End = max(w.End, t.Words[h.endWord].End)
			w.Approximate = w.Approximate || t.Words[h.endWord].Approximate
		}
		if n > 0 {
			b = append(b, ',')
		}
		n++
		b = append(b, "\n    {\"text\": "...)
		b = appendJSONString(b, w.Text)
		if w.Punct != "" {
			b = append(b, ", \"punct\": "...)
			b = appendJSONString(b, w.Punct)
		}
		b = append(b, ", \"start\": "...)
		b = appendSeconds(b, w.Start)
		b = append(b, ", \"end\": "...)
		b = appendSeconds(b, w.End)
		b = append(b, ", \"channel\": "...)
		b = strconv.AppendInt(b, int64(w.Channel), 10)
		if w.Speaker != "" {
			b = append(b, ", \"speaker\": "...)
			b = appendJSONString(b, w.Speaker)
		}
		if w.Confidence >= 0 {
			b = append(b, ", \"confidence\": "...)
			b = strconv.AppendFloat(b, w.Confidence, 'f', -1, 64)
		}
		if w.Approximate {
			b = append(b, ", \"approximate\": true"...)
		}
		b = append(b, '}')
	}
	if n > 0 {
		b = append(b, "\n  "...)
	}
	return append(b, "]\n}\n"...)
}

// appendSeconds writes d in seconds, exactly to the nanosecond.
func appendSeconds(b []byte, d time.Duration) []byte {
	sec := int64(d / time.Second)
	ns := int64(d % time.Second)
	b = strconv.AppendInt(b, sec, 10)
	if ns == 0 {
		return b
	}
	frac := strconv.AppendInt(nil, ns+1e9, 10)[1:] // 9 digits, zero-padded
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	b = append(b, '.')
	return append(b, frac...)
}

func readNative(b *builder, root *jvalue) error {
	const f = FormatNative
	v := root.get("callveil_transcript")
	if v.typ() != jnumber || v.str != strconv.Itoa(NativeVersion) {
		got := "missing"
		if v != nil {
			got = quoteField(v)
		}
		return errAt(f, fmt.Errorf("version %s is not supported (want %d): %w", got, NativeVersion, ErrInvalid), "callveil_transcript")
	}
	if c := root.get("channels"); c != nil {
		n, err := intField(c, 1, maxChannels)
		if err != nil {
			return errAt(f, err, "channels")
		}
		b.channels = n
	}
	if u := root.get("channels_unknown"); u != nil {
		if u.kind != jbool {
			return errAt(f, errShape(u, "a boolean"), "channels_unknown")
		}
		b.channelsUnknown = u.str == "true"
	}
	ws := root.get("words")
	if ws.typ() != jarray {
		return errAt(f, errShape(ws, "an array"), "words")
	}
	for i := range ws.members {
		wv := &ws.members[i].val
		if wv.kind != jobject {
			return errAt(f, errShape(wv, "an object"), "words[%d]", i)
		}
		text, ok := str(wv.get("text"))
		if !ok {
			return errAt(f, errShape(wv.get("text"), "a string"), "words[%d].text", i)
		}
		text = strings.TrimSpace(text)
		if text == "" {
			return errAt(f, fmt.Errorf("is empty: %w", ErrInvalid), "words[%d].text", i)
		}
		w := Word{Text: text, Confidence: -1}
		if pv := wv.get("punct"); pv != nil {
			if w.Punct, ok = str(pv); !ok {
				return errAt(f, errShape(pv, "a string"), "words[%d].punct", i)
			}
		}
		var field string
		var err error
		if w.Start, w.End, field, err = b.span(wv.get("start"), wv.get("end"), b.seconds); err != nil {
			return errAt(f, err, "words[%d].%s", i, field)
		}
		if c := wv.get("channel"); c != nil {
			if w.Channel, err = intField(c, 0, maxChannels-1); err != nil {
				return errAt(f, err, "words[%d].channel", i)
			}
		}
		if sp := wv.get("speaker"); sp != nil && sp.kind != jnull {
			if w.Speaker, ok = str(sp); !ok {
				return errAt(f, errShape(sp, "a string"), "words[%d].speaker", i)
			}
		}
		if c := wv.get("confidence"); c != nil && !(c.kind == jnumber && c.str == "-1") {
			if w.Confidence, err = confidence(c); err != nil {
				return errAt(f, err, "words[%d].confidence", i)
			}
		}
		if a := wv.get("approximate"); a != nil {
			if a.kind != jbool {
				return errAt(f, errShape(a, "a boolean"), "words[%d].approximate", i)
			}
			w.Approximate = a.str == "true"
		}
		b.add(w, jword{})
	}
	if a := root.get("approximate"); a.typ() == jbool && a.str == "true" {
		b.approximate = true
	}
	return nil
}

// intField reads an integer in [lo, hi] from a number or numeric string.
func intField(v *jvalue, lo, hi int) (int, error) {
	if v.kind != jnumber && v.kind != jstring {
		return 0, errShape(v, "an integer")
	}
	n, err := strconv.Atoi(v.str)
	if err != nil {
		return 0, fmt.Errorf("%s is not an integer: %w", quoteField(v), ErrInvalid)
	}
	if n < lo || n > hi {
		return 0, fmt.Errorf("%s is outside %d..%d: %w", quoteField(v), lo, hi, ErrInvalid)
	}
	return n, nil
}
