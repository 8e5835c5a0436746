package main

import (
	"fmt"
	"strings"
)

// speaker is the role of a voice in a call.
type speaker int

const (
	agent    speaker = 0
	customer speaker = 1
)

func (s speaker) String() string {
	if s == agent {
		return "agent"
	}
	return "customer"
}

// voice is an espeak-ng voice with its settings.
type voice struct {
	Name  string  // espeak-ng voice and variant, e.g. "en-us+m3"
	Speed int     // espeak-ng -s, words per minute for connected speech
	Pitch int     // espeak-ng -p, 0..99
	Gain  float64 // linear gain applied to the synthesised word
}

// encoding is the sample encoding of an output file.
type encoding int

const (
	encPCM16 encoding = iota // WAV, 16-bit signed PCM (format tag 1)
	encULaw                  // WAV, G.711 µ-law (format tag 7)
	encALaw                  // WAV, G.711 A-law (format tag 6)
	encMP3                   // MPEG-1 Layer III via lame
)

// transcriptKind is the ASR format the transcript is written in.
type transcriptKind int

const (
	kindWhisper transcriptKind = iota
	kindDeepgram
)

// tag is one metadata item written into the file header (RIFF LIST/INFO for
// WAV, ID3v2 for MP3). Recorders put caller IDs there, which is why the
// samples carry some: output files must never contain them.
type tag struct {
	ID    string // RIFF INFO id ("INAM", "ICMT", "ICRD") or lame option ("--tt", "--tc")
	Value string
}

// call is the full specification of one example call.
type call struct {
	Name        string // base name: "call1"
	Ext         string // "wav" or "mp3"
	Summary     string // one line for the README
	Rate        int    // output sample rate
	Enc         encoding
	Stereo      bool // agent on channel 0, customer on channel 1
	Transcript  transcriptKind
	MP3Bitrate  int // kbit/s, MP3 only
	Voices      [2]voice
	Tags        []tag
	Seed        uint64
	Turns       []turn
	NumberStyle string // README note on how numbers are written in the transcript
}

func (c *call) fileName() string { return c.Name + "." + c.Ext }

func (c *call) channels() int {
	if c.Stereo {
		return 2
	}
	return 1
}

// turn is what one speaker says before the other speaks.
type turn struct {
	Who    speaker
	Tokens []token
}

// token is one word as the recogniser writes it, with what was spoken for it.
type token struct {
	// Text is the transcript word without the leading space, with attached
	// punctuation as the recogniser writes it: "Hi,", "4111", "555-0142.".
	Text string
	// Say is what espeak-ng speaks for the token, one entry per spoken word;
	// an entry ending in "," is followed by a short pause.
	Say []string
	// Type is the PII type of the entity the token belongs to, or "".
	Type string
	// Entity numbers the PII entity within the call (1-based; 0 = none).
	// Consecutive tokens with the same Entity form one entity.
	Entity int
}

// part builders used by the scripts ---------------------------------------

// ent is a PII entity: one or more tokens of the same type.
type ent struct {
	typ  string
	toks []token
}

// w is a token written as text but spoken as say ("555-0142." spoken
// "five five five, zero one four two").
func w(text, say string) token {
	return token{Text: text, Say: strings.Fields(say)}
}

// words splits plain text into tokens spoken as written.
func words(text string) []token {
	var out []token
	for _, f := range strings.Fields(text) {
		out = append(out, token{Text: f, Say: []string{spoken(f)}})
	}
	return out
}

// spoken strips the punctuation a recogniser attaches to a word, keeping a
// trailing comma as a pause marker.
func spoken(f string) string {
	s := strings.TrimRight(f, ".?!,;:")
	if strings.HasSuffix(f, ",") {
		s += ","
	}
	return s
}

// pii marks parts as one entity of type typ. Parts are tokens or plain text.
func pii(typ string, parts ...any) ent {
	e := ent{typ: typ}
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			e.toks = append(e.toks, words(v)...)
		case token:
			e.toks = append(e.toks, v)
		case []token:
			e.toks = append(e.toks, v...)
		default:
			panic(fmt.Sprintf("gen: pii part of type %T", p))
		}
	}
	return e
}

// say builds a turn from plain text, tokens and entities.
func say(who speaker, parts ...any) turn {
	t := turn{Who: who}
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			t.Tokens = append(t.Tokens, words(v)...)
		case token:
			t.Tokens = append(t.Tokens, v)
		case []token:
			t.Tokens = append(t.Tokens, v...)
		case ent:
			for _, tk := range v.toks {
				tk.Type = v.typ
				tk.Entity = -1 // numbered in number()
				t.Tokens = append(t.Tokens, tk)
			}
			// A sentinel between adjacent entities keeps them apart.
			if n := len(t.Tokens); n > 0 {
				t.Tokens[n-1].Entity = -2
			}
		default:
			panic(fmt.Sprintf("gen: turn part of type %T", p))
		}
	}
	return t
}

// number gives each entity in the call its own 1-based number.
func (c *call) number() {
	n := 0
	open := false
	for i := range c.Turns {
		for j := range c.Turns[i].Tokens {
			tk := &c.Turns[i].Tokens[j]
			switch tk.Entity {
			case 0:
				open = false
			case -1, -2:
				if !open {
					n++
					open = true
				}
				if tk.Entity == -2 {
					open = false
				}
				tk.Entity = n
			}
		}
	}
}
