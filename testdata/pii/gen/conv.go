package main

import (
	"math/rand/v2"
	"strings"
)

// tok is one word as a recogniser would emit it, before styling.
type tok struct {
	text, punct string
	// opt marks a word inside an entity that need not be redacted (a
	// filler, a standalone punctuation token, a connector such as
	// "extension" or "apartment", the abandoned half of a self-correction).
	opt bool
}

// segment is a run of words in a turn: plain talk, an entity or a hard
// negative.
type segment struct {
	kind  segKind
	toks  []tok
	pre   []tok // outer words before an entity that may be redacted without penalty (a title)
	typ   string
	also  []string // other types that count as correct for this entity
	form  string   // which form of the tables the entity or negative shows
	noCap bool     // plain text that must not be sentence-capitalised
}

type segKind int

const (
	plain segKind = iota
	entity
	hardNeg
)

// turn is one speaker's utterance.
type turn struct {
	speaker int // 0 agent, 1 customer
	segs    []segment
}

// conv collects the turns of one call.
type conv struct {
	r     *rand.Rand
	turns []turn
	forms []string // forms covered, for the id and the coverage report
}

// words splits text into tokens, moving trailing punctuation to punct and
// attaching a token made only of punctuation to the previous token. A
// token "-" stays a word of its own (some recognisers emit it).
func words(text string) []tok {
	var out []tok
	for _, f := range strings.Fields(text) {
		if f == "-" {
			out = append(out, tok{text: "-", opt: true})
			continue
		}
		core := strings.TrimRight(f, ".,?!;:")
		p := f[len(core):]
		if core == "" {
			if len(out) > 0 {
				out[len(out)-1].punct += p
			} else {
				// punctuation that belongs to the previous segment's last
				// word; render attaches it.
				out = append(out, tok{punct: p})
			}
			continue
		}
		out = append(out, tok{text: core, punct: p})
	}
	return out
}

// P is plain talk.
func P(text string) segment { return segment{kind: plain, toks: words(reword(text))} }

// E is an entity made of toks.
func E(typ, form string, toks []tok, also ...string) segment {
	return segment{kind: entity, typ: typ, form: form, toks: toks, also: also}
}

// N is a hard negative: words no recogniser should flag.
func N(form, text string) segment {
	return segment{kind: hardNeg, form: form, toks: words(reword(text))}
}

// T turns strings into required tokens; an element may carry trailing
// punctuation ("four,"), which goes to punct.
func T(ws ...string) []tok {
	var out []tok
	for _, w := range ws {
		out = append(out, words(w)...)
	}
	return out
}

// O turns strings into optional tokens.
func O(ws ...string) []tok {
	out := T(ws...)
	for i := range out {
		out[i].opt = true
	}
	return out
}

// cat concatenates token lists.
func cat(parts ...[]tok) []tok {
	var out []tok
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func (c *conv) say(speaker int, segs ...segment) {
	c.turns = append(c.turns, turn{speaker: speaker, segs: segs})
}

// agent and cust add a turn, sometimes opening with a filler.
func (c *conv) agent(segs ...segment) { c.say(0, c.maybeFiller(0.12, segs)...) }
func (c *conv) cust(segs ...segment)  { c.say(1, c.maybeFiller(0.3, segs)...) }

var openers = []string{"Uh,", "Um,", "Okay,", "So,", "Yeah,", "Uh, yeah,", "Um, so", "Right,", "Oh,", "Well,"}

func (c *conv) maybeFiller(p float64, segs []segment) []segment {
	if c.r.Float64() >= p {
		return segs
	}
	o := P(pick(c.r, openers))
	if len(segs) > 0 && segs[0].kind != entity && len(segs[0].toks) > 0 {
		s0 := segs[0]
		s0.toks = append([]tok(nil), s0.toks...)
		switch w := s0.toks[0].text; w {
		case "I", "I'm", "I've", "I'll", "I'd":
		default:
			s0.toks[0].text = strings.ToLower(w[:1]) + w[1:]
		}
		segs = append([]segment{s0}, segs[1:]...)
	}
	return append([]segment{o}, segs...)
}

// fillerIn inserts filler tokens ("uh", "um", "like") between the tokens
// of toks with probability p per gap (never at the ends).
func fillerIn(r *rand.Rand, toks []tok, p float64) []tok {
	out := make([]tok, 0, len(toks)+2)
	for i, t := range toks {
		out = append(out, t)
		if i < len(toks)-1 && t.punct == "" && t.text != "double" && t.text != "triple" && r.Float64() < p {
			out = append(out, tok{text: pick(r, []string{"uh", "um", "uh", "like"}), opt: true})
		}
	}
	return out
}

// commaGroups puts a comma after the last token of each group except the
// last (how Whisper punctuates a number read in groups).
func commaGroups(groups [][]tok) []tok {
	var out []tok
	for i, g := range groups {
		g = append([]tok(nil), g...)
		if i < len(groups)-1 && len(g) > 0 {
			g[len(g)-1].punct = ","
		}
		out = append(out, g...)
	}
	return out
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }
