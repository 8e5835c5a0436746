package redact_test

import (
	"strings"
	"time"

	"github.com/callveil/callveil/transcript"
)

// words builds a one-channel transcript from text: words split on spaces,
// trailing , . ? ! moved into Punct, 300 ms a word.
func words(text string) *transcript.Transcript {
	return wordsOn(0, text)
}

func wordsOn(ch int, text string) *transcript.Transcript {
	t := &transcript.Transcript{Channels: ch + 1}
	for i, f := range strings.Fields(text) {
		w := transcript.Word{Channel: ch, Confidence: -1}
		w.Text = strings.TrimRight(f, ",.?!;:")
		w.Punct = f[len(w.Text):]
		if w.Text == "" {
			w.Text, w.Punct = f, ""
		}
		w.Start = time.Duration(i) * 300 * time.Millisecond
		w.End = w.Start + 250*time.Millisecond
		t.Words = append(t.Words, w)
	}
	return t
}

// marked parses text where PII words are wrapped as [TYPE words...] and
// returns the plain text and the expected (type, first, last) entities.
type entity struct {
	typ         string
	first, last int
}

func marked(text string) (string, []entity) {
	var plain []string
	var ents []entity
	toks := strings.Fields(text)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if strings.HasPrefix(t, "[") && len(t) > 1 && strings.ToUpper(t[1:]) == t[1:] && !strings.HasSuffix(t, "]") {
			e := entity{typ: t[1:], first: len(plain)}
			for i++; i < len(toks); i++ {
				w := toks[i]
				end := strings.HasSuffix(strings.TrimRight(w, ",.?!;:"), "]")
				if end {
					p := strings.TrimRight(w, ",.?!;:")
					w = p[:len(p)-1] + w[len(p):]
				}
				plain = append(plain, w)
				if end {
					break
				}
			}
			e.last = len(plain) - 1
			ents = append(ents, e)
			continue
		}
		plain = append(plain, t)
	}
	return strings.Join(plain, " "), ents
}
