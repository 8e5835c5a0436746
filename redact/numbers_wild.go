package redact

import (
	"sort"
	"strings"

	"github.com/callveil/callveil/transcript"
)

// retypeRepeatedNumbers gives a number found only as a bare NUMBER the
// type of a finding elsewhere in the call with the same digits: "ZIP
// 94105-1234?" ... "yes, the full one, 94105-1234". readBackNumbers types
// a repeat only when no finding holds it; this one takes over the
// generic NUMBER finding (a repeat is said with no cue, so the number
// recognizer often gets it first). Values of five or more digits only. An
// ACCOUNT finding takes the type of a surer finding of the same digits
// (a cued phone read back with no cue, which talk of an account typed),
// and so does a PHONE found with no phone cue, by its shape alone (a
// ten-digit account number read back with no cue: "my account number is
// 7304182659" ... "got it, 7304182659?", or an eleven-digit one that
// opens with a 1 as a phone with its country code may); findings of
// other types are left alone. It
// changes found in place.
func retypeRepeatedNumbers(t *transcript.Transcript, streams []*Tokens, found []Finding, typeAt []Type) {
	scoreAt := make(map[int]float64, len(found))
	for fi := range found {
		scoreAt[found[fi].FirstWord] = max(scoreAt[found[fi].FirstWord], found[fi].Score)
	}
	type value struct {
		typ   Type
		score float64
	}
	values := map[string]value{}
	for _, ts := range streams {
		for k := range ts.Toks {
			tk := &ts.Toks[k]
			if tk.Kind != KindNumber {
				continue
			}
			typ := typeAt[ts.Words[tk.First]]
			if typ == "" || typ == Person || typ == Number || textTyped(typ) || typeAt[ts.Words[tk.Last]] != typ {
				continue
			}
			if v := strings.TrimLeft(tk.Norm, "0"); len(v) >= 5 {
				if sc := scoreAt[ts.Words[tk.First]]; sc > values[v].score {
					values[v] = value{typ, sc}
				}
			}
		}
	}
	if len(values) == 0 {
		return
	}
	for fi := range found {
		f := &found[fi]
		if f.Type != Number && f.Type != Account && f.Type != Phone {
			continue
		}
		tk, ok := exactNumber(streams, f)
		if !ok || f.Type == Phone && f.Score >= cuedPhoneScore && phoneCued(streams, f) {
			continue
		}
		// A bare NUMBER takes the type it was found with; an ACCOUNT
		// or a PHONE only that of a surer finding ("my phone number is
		// 0086-020-82803159" ... "so that is 0086-020-82803159?").
		if v, ok := values[strings.TrimLeft(tk.Norm, "0")]; ok && v.typ != f.Type && (f.Type == Number || v.score > f.Score && restatable(v.typ)) {
			f.Type = v.typ
			f.Recognizer = "read-back"
		}
	}
}

// cuedPhoneScore is the least score of a phone found with a cue; one
// found by its shape alone scores less (0.8), or as much where the shape
// is a phone's for sure: a written layout, "1" and an area code, a
// country code ("Thanks, so 14780329503" reads an account back with no
// cue, and phoneCued tells the two apart).
const cuedPhoneScore = 0.9

// phoneCued reports whether the number that finding f holds exactly is
// cued as a phone ("my cell is ...", a question for a phone number).
func phoneCued(streams []*Tokens, f *Finding) bool {
	for _, ts := range streams {
		if ts.Channel != f.Channel {
			continue
		}
		a := ts.local(f.FirstWord)
		k := sort.Search(len(ts.Toks), func(k int) bool { return ts.Toks[k].Last >= a })
		if k < len(ts.Toks) && ts.Toks[k].First == a {
			cat, _ := ts.numberCue(k, cueWindow)
			return cat == cuePhone
		}
	}
	return false
}

// correctionAsks are the words of a request to correct a number just
// given: "let me correct it, what is it?", "I'll fix that, go ahead",
// "can you update it?".
var correctionAsks = map[string]bool{"correct": true, "fix": true, "update": true, "change": true, "amend": true}

// retypeCorrectedNumbers types the number given in answer to a request to
// correct one: "the form shows SSN 000-00-0000" ... "mine's wrong too"
// ... "let me correct it, what is it?" ... "it's 123 45 6789". A bare
// NUMBER finding that is exactly one number of seven or more digits, said
// within the first three words of a turn that follows another speaker's
// turn asking to correct (correctionAsks), takes the type of the last
// typed number before that turn (within correctionReachWords words) whose
// length is the same. It changes found in place.
func retypeCorrectedNumbers(t *transcript.Transcript, streams []*Tokens, found []Finding, typeAt []Type) {
	values := typedLongNumbers(streams, typeAt)
	if len(values) == 0 {
		return
	}
	for fi := range found {
		f := &found[fi]
		if f.Type != Number {
			continue
		}
		tk, ok := exactNumber(streams, f)
		if !ok || len(tk.Norm) < 7 {
			continue
		}
		// The start of the number's turn, at most three words before it.
		sp := t.Words[f.FirstWord].Speaker
		start := f.FirstWord
		for start > 0 && f.FirstWord-start < 3 && t.Words[start-1].Speaker == sp && t.Words[start-1].Punct == "" {
			start--
		}
		if start == 0 || t.Words[start-1].Speaker == sp {
			continue
		}
		// The other speaker's turn before it asks for a correction.
		asked := false
		p := start - 1
		for ; p >= 0 && t.Words[p].Speaker != sp && start-p <= 12; p-- {
			asked = asked || correctionAsks[lowerWord(t.Words[p].Text)]
		}
		if !asked {
			continue
		}
		for v := len(values) - 1; v >= 0; v-- {
			if values[v].last >= p || p-values[v].last > correctionReachWords {
				continue
			}
			if values[v].n == len(tk.Norm) {
				f.Type = values[v].typ
				f.Recognizer = "restated"
				break
			}
		}
	}
}

// typedNumber is a number of seven or more digits wholly held by a
// finding of a type that can be said again (restatable).
type typedNumber struct {
	n    int  // digits
	typ  Type // the finding's type
	last int  // the number's last transcript word
}

// typedLongNumbers returns the typed numbers of the call in the order of
// their last words.
func typedLongNumbers(streams []*Tokens, typeAt []Type) []typedNumber {
	var values []typedNumber
	for _, ts := range streams {
		for k := range ts.Toks {
			tk := &ts.Toks[k]
			if tk.Kind != KindNumber || len(tk.Norm) < 7 {
				continue
			}
			if typ := typeAt[ts.Words[tk.First]]; restatable(typ) && typeAt[ts.Words[tk.Last]] == typ {
				values = append(values, typedNumber{len(tk.Norm), typ, ts.Words[tk.Last]})
			}
		}
	}
	sort.Slice(values, func(a, b int) bool { return values[a].last < values[b].last })
	return values
}

// correctionReachWords is how far before a request to correct a number
// the number it corrects may be.
const correctionReachWords = 60

// exactNumber returns the number token that is exactly finding f's words.
func exactNumber(streams []*Tokens, f *Finding) (*Token, bool) {
	for _, ts := range streams {
		if ts.Channel != f.Channel {
			continue
		}
		a, b := ts.local(f.FirstWord), ts.local(f.LastWord)
		k := sort.Search(len(ts.Toks), func(k int) bool { return ts.Toks[k].Last >= a })
		if k < len(ts.Toks) && ts.Toks[k].Kind == KindNumber && ts.Toks[k].First == a && ts.Toks[k].Last == b {
			return &ts.Toks[k], true
		}
	}
	return nil, false
}

// settleSecretsOverNumbers keeps findings from overlapping after
// readBackSecrets, whose read-back secrets (found[from:]) may run over a
// bare NUMBER finding ("river stone four seven two"): a NUMBER wholly
// inside a secret on its channel is dropped, and a secret that holds only
// part of a NUMBER is dropped, the number kept (a fuzzed "0 0 000000
// username ... 000000" read a number's tail as a username's).
func settleSecretsOverNumbers(t *transcript.Transcript, found []Finding, from int) []Finding {
	secrets := found[from:]
	if len(secrets) == 0 {
		return found
	}
	// secretAt[w] is 1 + the index of the secret holding word w on its
	// channel, or 0.
	secretAt := make([]int32, len(t.Words))
	for si := range secrets {
		s := &secrets[si]
		for w := s.FirstWord; w <= s.LastWord; w++ {
			if t.Words[w].Channel == s.Channel {
				secretAt[w] = int32(si + 1)
			}
		}
	}
	keepSecret := make([]bool, len(secrets))
	for si := range keepSecret {
		keepSecret[si] = true
	}
	for ni := range found[:from] {
		n := &found[ni]
		for w := n.FirstWord; w <= n.LastWord; w++ {
			if si := secretAt[w] - 1; si >= 0 && t.Words[w].Channel == n.Channel {
				s := &secrets[si]
				if n.Type != Number || n.FirstWord < s.FirstWord || n.LastWord > s.LastWord {
					keepSecret[si] = false
				}
			}
		}
	}
	out := make([]Finding, 0, len(found))
	for ni := range found[:from] {
		n := &found[ni]
		drop := false
		for w := n.FirstWord; w <= n.LastWord && !drop; w++ {
			si := secretAt[w] - 1
			drop = si >= 0 && t.Words[w].Channel == n.Channel && keepSecret[si]
		}
		if !drop {
			out = append(out, *n)
		}
	}
	for si := range secrets {
		if keepSecret[si] {
			out = append(out, secrets[si])
		}
	}
	return out
}
