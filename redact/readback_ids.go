package redact

import (
	"sort"

	"github.com/callveil/callveil/transcript"
)

// retypeReadBackIDs types the read-back of an ID of letters then digits
// said apart ("HK 4471932", "t x five five two oh one nine three"): the
// agent's "that's H K 4 4 7 1 9 3 2?" reads seven or more digits that the
// phone recognizer takes by their shape alone (a seven-digit local
// number) or the number recognizer as a bare NUMBER, and leaves the
// letters out. A PHONE finding not cued as a phone, or a NUMBER, that is
// exactly one number whose digits equal those of a found ID (a finding of
// a type restatable names: ACCOUNT, MEDICARE, PASSPORT, ...) of one to
// four letters and that number takes the ID's type, and the ID's letters
// said right before it on its channel join it. (retypeRepeatedNumbers
// does the same for IDs of digits alone: it looks for a finding that
// starts at the number, which an ID opening with its letters does not.)
// It changes found in place.
func retypeReadBackIDs(t *transcript.Transcript, streams []*Tokens, found []Finding) {
	type id struct {
		typ     Type
		letters string
	}
	ids := map[string]id{}
	for fi := range found {
		f := &found[fi]
		if !restatable(f.Type) || f.Type == Phone || f.Type == Card || f.LastWord-f.FirstWord > 12 {
			continue
		}
		tk, ts := numberEnding(streams, f)
		if tk == nil || len(tk.Norm) < 7 {
			continue
		}
		first := ts.Words[tk.First]
		if first <= f.FirstWord || first-f.FirstWord > 4 {
			continue
		}
		letters := wordsKey(t, f.FirstWord, first-1, f.Channel)
		if len(letters) < 1 || len(letters) > 4 || !isAlpha(letters) {
			continue
		}
		ids[tk.Norm] = id{f.Type, letters}
	}
	if len(ids) == 0 {
		return
	}
	for fi := range found {
		f := &found[fi]
		if f.Type != Phone && f.Type != Number {
			continue
		}
		tk, ok := exactNumber(streams, f)
		if !ok {
			continue
		}
		v, ok := ids[tk.Norm]
		if !ok || f.Type == Phone && f.Score >= cuedPhoneScore && phoneCued(streams, f) {
			continue
		}
		// The ID's letters said right before the number (one to four
		// words on its channel, no finding holding them).
		start := -1
		for w, n := f.FirstWord-1, 0; w >= 0 && n < 4; w-- {
			if t.Words[w].Channel != f.Channel {
				continue
			}
			n++
			if wordsKey(t, w, f.FirstWord-1, f.Channel) == v.letters {
				start = w
				break
			}
		}
		if start < 0 && f.Type == Phone {
			continue // (a phone's digits that only match: no letters, no ID)
		}
		for k := range found {
			if k != fi && found[k].Channel == f.Channel && start >= 0 && found[k].LastWord >= start && found[k].FirstWord < f.FirstWord {
				start = -1 // (the letters are another finding's)
			}
		}
		f.Type = v.typ
		f.Recognizer = "read-back"
		if start >= 0 {
			f.FirstWord = start
			f.Start = t.Words[start].Start
		}
	}
}

// numberEnding returns the number token that ends finding f (the token
// whose last word is f's last word on f's channel) and its stream.
func numberEnding(streams []*Tokens, f *Finding) (*Token, *Tokens) {
	for _, ts := range streams {
		if ts.Channel != f.Channel {
			continue
		}
		b := ts.local(f.LastWord)
		k := sort.Search(len(ts.Toks), func(k int) bool { return ts.Toks[k].Last >= b })
		if k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && ts.Toks[k].Last == b {
			return &ts.Toks[k], ts
		}
	}
	return nil, nil
}

// wordsKey returns the lowercase letters and digits of transcript words
// a..b on channel ch, run together.
func wordsKey(t *transcript.Transcript, a, b, ch int) string {
	s := ""
	for w := a; w <= b; w++ {
		if t.Words[w].Channel == ch {
			s += alnumKey(t.Words[w].Text)
		}
	}
	return s
}
