package redact

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/callveil/callveil/transcript"
)

// Redactions turns findings into transcript.Redaction values using
// p.Operator (and p.Key for Pseudonym). A finding whose words are
// interleaved with another channel's words becomes one redaction per run
// of its own channel's words: the first carries the replacement, the rest
// remove their words, so the other channel's words stay. Findings out of
// t's range are skipped. An unknown operator acts as Tag.
func Redactions(t *transcript.Transcript, findings []Finding, p Policy) []transcript.Redaction {
	if t == nil {
		return nil
	}
	out := make([]transcript.Redaction, 0, len(findings))
	for _, f := range findings {
		if f.FirstWord < 0 || f.LastWord >= len(t.Words) || f.FirstWord > f.LastWord {
			continue
		}
		text := Replacement(t, f, p)
		first := -1
		flush := func(last int) {
			if first >= 0 {
				out = append(out, transcript.Redaction{First: first, Last: last, Text: text})
				text = ""
				first = -1
			}
		}
		for w := f.FirstWord; w <= f.LastWord; w++ {
			if t.Words[w].Channel != f.Channel {
				flush(w - 1)
				continue
			}
			if first < 0 {
				first = w
			}
		}
		flush(f.LastWord)
	}
	return out
}

// Replacement returns the text that replaces finding f under p.Operator:
// "[PHONE]" (Tag), "####" (Mask), "PHONE_3f9a0c1e" (Pseudonym) or ""
// (Remove).
func Replacement(t *transcript.Transcript, f Finding, p Policy) string {
	switch p.Operator {
	case Remove:
		return ""
	case Mask:
		return strings.Repeat("#", utf8.RuneCountInString(MatchedText(t, f)))
	case Pseudonym:
		return PseudonymToken(p.Key, f.Type, canonical(t, f))
	}
	return "[" + string(f.Type) + "]"
}

// PseudonymToken returns the stable keyed token for text of type typ:
// typ + "_" + the first 8 hex digits of HMAC-SHA256(key, typ + "\x00" +
// text). Equal (type, text, key) give equal tokens; without the key the
// text cannot be recovered or confirmed.
func PseudonymToken(key []byte, typ Type, text string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(typ))
	m.Write([]byte{0})
	m.Write([]byte(text))
	var sum [sha256.Size]byte
	return string(typ) + "_" + hex.EncodeToString(m.Sum(sum[:0])[:4])
}

// canonical returns the finding's words normalised as Find reads them
// (token Norms joined by single spaces, fillers and punctuation dropped), so
// "John Smith," and "john smith", or "555-123-4567" and "five five five,
// one two three, four five six seven", get one pseudonym.
func canonical(t *transcript.Transcript, f Finding) string {
	sub := &transcript.Transcript{Channels: 1}
	for w := f.FirstWord; w <= f.LastWord && w < len(t.Words); w++ {
		if t.Words[w].Channel != f.Channel {
			continue
		}
		wd := t.Words[w]
		wd.Channel = 0
		sub.Words = append(sub.Words, wd)
	}
	var b strings.Builder
	for _, ts := range Normalize(sub) {
		for _, tk := range ts.Toks {
			if tk.Kind == KindFiller || tk.Kind == KindPunct || tk.Norm == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(tk.Norm)
		}
	}
	return b.String()
}
