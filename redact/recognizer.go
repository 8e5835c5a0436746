package redact

import (
	"regexp"
	"strings"
)

// Recognizer is the extension point: the built-ins implement it, and
// callers add their own through Policy.Recognizers without forking.
//
// Recognize is called once per channel with that channel's normalised token
// stream and returns findings for it (use Tokens.Finding or
// Tokens.TokenFinding to build them). It must not keep or change toks. Find
// checks every finding it returns and resolves overlaps between all
// recognizers' findings.
type Recognizer interface {
	// Name names the recognizer in findings ("phone", "employee-id").
	Name() string
	// Recognize returns the findings in one channel's tokens.
	Recognize(toks *Tokens) []Finding
}

// NewRegexpRecognizer returns a recognizer that reports every match of re
// in the normalised text of a channel (Tokens.Text: token Norms joined by
// single spaces, so spoken "one two three" reads "123" and "j o h n" reads
// "john") as a finding of type typ with the given score. A match covers the
// whole words it touches.
func NewRegexpRecognizer(name string, typ Type, re *regexp.Regexp, score float64) Recognizer {
	return &regexpRecognizer{name: name, typ: typ, re: re, score: score}
}

type regexpRecognizer struct {
	name  string
	typ   Type
	re    *regexp.Regexp
	score float64
}

func (r *regexpRecognizer) Name() string { return r.name }

func (r *regexpRecognizer) Recognize(ts *Tokens) []Finding {
	text := ts.Text()
	var out []Finding
	for _, m := range r.re.FindAllStringIndex(text, -1) {
		if m[1] <= m[0] {
			continue
		}
		a, ai := ts.TokenAt(m[0])
		// Step back over a trailing space so the end lands in a token.
		e := m[1] - 1
		for e > m[0] && text[e] == ' ' {
			e--
		}
		b, bi := ts.TokenAt(e)
		if a < 0 || b < 0 {
			continue
		}
		first, _ := ts.Toks[a].Words(ai, ai+1)
		_, last := ts.Toks[b].Words(bi, bi+1)
		out = append(out, ts.Finding(r.typ, first, last, r.score, r.name))
	}
	return out
}

// NewWordListRecognizer returns a recognizer that reports every occurrence
// of one of words (each a word or a phrase of several words; matched
// case-insensitively against the transcript's words, fillers not skipped)
// as a finding of type typ with the given score.
func NewWordListRecognizer(name string, typ Type, words []string, score float64) Recognizer {
	r := &wordListRecognizer{name: name, typ: typ, score: score, first: map[string][][]string{}}
	for _, w := range words {
		ws := strings.Fields(strings.ToLower(w))
		for i := range ws {
			ws[i] = lowerWord(ws[i])
		}
		if len(ws) == 0 || ws[0] == "" {
			continue
		}
		r.first[ws[0]] = append(r.first[ws[0]], ws)
	}
	return r
}

type wordListRecognizer struct {
	name  string
	typ   Type
	score float64
	first map[string][][]string
}

func (r *wordListRecognizer) Name() string { return r.name }

func (r *wordListRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for w := 0; w < len(ts.Words); w++ {
		phs, ok := r.first[ts.Lower(w)]
		if !ok {
			continue
		}
		best := 0
		for _, ph := range phs {
			if len(ph) <= best || w+len(ph) > len(ts.Words) {
				continue
			}
			match := true
			for k := 1; k < len(ph); k++ {
				if ts.Lower(w+k) != ph[k] {
					match = false
					break
				}
			}
			if match {
				best = len(ph)
			}
		}
		if best > 0 {
			out = append(out, ts.Finding(r.typ, w, w+best-1, r.score, r.name))
			w += best - 1
		}
	}
	return out
}
