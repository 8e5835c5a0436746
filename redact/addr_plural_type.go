package redact

import (
	"sort"
	"strings"

	"github.com/callveil/callveil/transcript"
)

// An address whose street type a recogniser wrote in the plural ("zero
// two nine main streets forest branch oregon three four two eight nine"
// for "... main street ..."): no recognizer takes "streets" for a street's
// type, and with no question for an address before it the house number
// and street go unflagged while the ZIP code after the state is found.
//
// addressBeforeStateZIP reads back from a ZIP finding whose token follows
// a state (isState): up to four words of a town, a street type with an
// "s" after it (streetSuffixes), one to three words of the street's name
// and a house number of one to five digits that opens the speaker's turn
// or follows "is", "it's" or "at". The house number through the state is
// flagged ADDRESS (a pause between its words, no one else speaking, does
// not part them: turnNotPause); a PERSON finding inside (a town that is
// also a name) is taken in, any other finding leaves it alone. A street
// type in the singular is the address recognizer's.

func addressBeforeStateZIP(t *transcript.Transcript, streams []*Tokens, found []Finding) []Finding {
	var spans []spanReq
	for _, ts := range streams {
		for _, f := range found {
			if f.Type != ZIP || f.Channel != ts.Channel {
				continue
			}
			lw := ts.local(f.FirstWord)
			k := sort.Search(len(ts.Toks), func(k int) bool { return ts.Toks[k].Last >= lw })
			if k >= len(ts.Toks) {
				continue
			}
			p := ts.prev(k - 1)
			if p < 0 || ts.turnNotPause(ts.Toks[p].Last) || !ts.isState(p) {
				continue
			}
			if a, ok := ts.pluralTypeStreet(p); ok {
				spans = append(spans, spanReq{Address, ts.Words[ts.Toks[a].First], ts.Words[ts.Toks[p].Last], 0.8, "address-plural-type",
					map[Type]bool{Person: true}})
			}
		}
	}
	return mergeSpans(t, found, spans)
}

// pluralTownStops between a plural street type and a state say where
// the streets are, so the number before counts them: "3 main streets over
// in austin texas", "20 side streets around austin texas" (review15b).
var pluralTownStops = map[string]bool{"over": true, "around": true, "away": true, "from": true, "near": true,
	"across": true, "past": true, "behind": true, "beyond": true, "outside": true, "through": true, "throughout": true,
	"toward": true, "towards": true, "off": true, "down": true, "up": true, "along": true, "between": true}

// pluralTypeStreet reads back from the state at token p as
// addressBeforeStateZIP says and returns the house number's token.
func (ts *Tokens) pluralTypeStreet(p int) (int, bool) {
	j := ts.prev(p - 1)
	for n := 0; n < 5 && j >= 0; n, j = n+1, ts.prev(j-1) {
		tk := &ts.Toks[j]
		if tk.Kind != KindWord || ts.turnNotPause(tk.Last) || pluralTownStops[tk.Norm] {
			return 0, false
		}
		if s := strings.TrimSuffix(tk.Norm, "s"); s != tk.Norm && streetSuffixes[s] && len(s) > 3 {
			break
		}
		if n == 4 {
			return 0, false
		}
	}
	if j < 0 {
		return 0, false
	}
	names := 0
	for j = ts.prev(j - 1); j >= 0 && ts.Toks[j].Kind == KindWord && names < 3; j = ts.prev(j - 1) {
		if ts.turnNotPause(ts.Toks[j].Last) {
			return 0, false
		}
		names++
	}
	if j < 0 || names == 0 || ts.Toks[j].Kind != KindNumber || len(ts.Toks[j].Norm) > 5 || ts.turnNotPause(ts.Toks[j].Last) {
		return 0, false
	}
	if b := ts.prev(j - 1); b >= 0 && !ts.turnNotPause(ts.Toks[b].Last) && !ts.isWord(b, "is", "it's", "its", "at") {
		return 0, false
	}
	return j, true
}
