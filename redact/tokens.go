package redact

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/callveil/callveil/transcript"
)

// Kind says what a Token is.
type Kind uint8

// Token kinds.
const (
	// KindWord is an ordinary word; Norm is its lowercase text.
	KindWord Kind = iota
	// KindNumber is a run of number words and numerals spoken as one
	// number ("five fifty five, uh, 1 2 3 4"); Norm is its digits
	// ("5551234"), Groups how they were grouped.
	KindNumber
	// KindOrdinal is "third", "21st" or "twenty first"; Norm is the
	// digits of its value ("21").
	KindOrdinal
	// KindLetters is letters spelled out one a word ("j o h n",
	// "J-O-H-N"); Norm is the letters joined ("john").
	KindLetters
	// KindAlnum is a written word mixing letters and digits ("4b",
	// "ab12345"); Norm is its lowercase text.
	KindAlnum
	// KindDate is a written numeric date ("3/3/85", "1985-03-03", "12/25").
	KindDate
	// KindMeasure is a price, percentage, time, decimal or version
	// ("$12.50", "50%", "10:30", "10am", "2.3.1"); never part of a number.
	KindMeasure
	// KindEmail is a written email address ("j.smith@example.com"), or a
	// web address with credentials, which has an email's shape
	// ("https://user:pass@example.com/"; the net recognizer's).
	KindEmail
	// KindFiller is a filler ("uh", "um", "er"); recognizers skip it.
	KindFiller
	// KindPunct is a word with no letters or digits ("-", "...").
	KindPunct
)

var kindNames = [...]string{"word", "number", "ordinal", "letters", "alnum", "date", "measure", "email", "filler", "punct"}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Token is one normalised unit of a channel's words. First and Last are
// inclusive positions in Tokens.Words (channel-local), so a token always
// covers whole words.
type Token struct {
	Kind Kind
	// ohEnd is true when a number ends in a lone spoken "oh" that may be
	// the interjection rather than a zero; see Tokens.Digits. (It sits
	// beside Kind, in the same word: a call has thousands of tokens.)
	ohEnd bool
	// ncl holds the name rules' word lists Norm is in
	// (nameclass_speedlower18.go), in the padding too.
	ncl nameWordClass
	// cls holds the word lists Norm is in (wordclass.go); it too fills
	// the padding before Norm.
	cls wordClass
	// Norm is the normalised text (see Kind).
	Norm        string
	First, Last int
	// Groups holds, for KindNumber, the digit counts of the groups the
	// number was spoken or written in: a group ends at punctuation, a
	// filler, a hyphen or a written numeral ("123-45-6789" → 3 2 4, "one
	// two three, four five" → 3 2).
	Groups []int
	// pos maps each byte of Norm (KindNumber, KindLetters) to its
	// channel-local word position.
	pos []int32
}

// Words returns the channel-local word positions covering Norm[from:to]
// (from < to). For tokens without a per-byte mapping it returns First,
// Last.
func (tk *Token) Words(from, to int) (first, last int) {
	if len(tk.pos) != len(tk.Norm) || from < 0 || to > len(tk.pos) || from >= to {
		return tk.First, tk.Last
	}
	return int(tk.pos[from]), int(tk.pos[to-1])
}

// Digits returns the digits of number token i and the channel-local word
// its finding should end at. A number that ends in a lone spoken "oh" ("...
// nine six oh we've been") loses that "oh" when fits rejects the digits
// with it and accepts them without it: the recognizer knows what length it
// expects, the tokeniser does not.
func (ts *Tokens) Digits(i int, fits func(digits string) bool) (string, int) {
	tk := &ts.Toks[i]
	d := tk.Norm
	if tk.ohEnd && len(d) > 1 && fits != nil && !fits(d) && fits(d[:len(d)-1]) {
		_, last := tk.Words(len(d)-2, len(d)-1)
		return d[:len(d)-1], last
	}
	return d, tk.Last
}

// Tokens is the normalised token stream of one channel of a transcript,
// built once by Find and shared by all recognizers. Recognizers read it and
// must not change it.
type Tokens struct {
	// Transcript is the transcript the tokens were built from.
	Transcript *transcript.Transcript
	// Channel is the channel the tokens belong to.
	Channel int
	// Cased is true when the transcript carries capitalisation (Whisper,
	// AWS, Deepgram style), false for lowercase or all-caps ones.
	Cased bool
	// Words holds the Transcript.Words indices of the channel's words in
	// order; channel-local word positions index it.
	Words []int
	// Toks is the token stream.
	Toks []Token

	sh   *shared
	text string  // lazily built normalised text (see Text)
	toff []int32 // byte offset in text of each token, -1 if not in it
	turn []bool  // per channel-local word: another channel or speaker spoke, or a long pause followed

	addrMemo *addrMemo // the address tagger's memo (addrtag_memo.go), made at its first use
	wordTok  []int32   // tokenOfWord's map, made at its first use
	nameBits []uint32  // per token: the name-list answers asked of it (nameclass_speedlower18.go)
}

// shared is what the token streams of all channels of one transcript share:
// lowercase words and the time order of all channels' words, so a cue on
// one channel ("what is your account number?") can mark a value on another.
type shared struct {
	t       *transcript.Transcript
	lower   []string    // per transcript word: lowercase, trimmed
	order   []int32     // content words (no fillers or punctuation) of all channels in time order
	before  []int32     // per transcript word: how many content words precede it in order
	number  []bool      // per transcript word: part of a number-like token
	measure []bool      // per transcript word: part of a KindMeasure token (a price, time, decimal, reference ...)
	sentEnd []bool      // per transcript word: sentenceEnd of its lowercase text and punctuation
	cue     []bool      // per transcript word: mayEndCue of its lowercase text
	speaker []int32     // per transcript word: its (channel, speaker) pair, numbered (see sameSpeaker)
	numWord []numWordOf // per transcript word: numWords of its lowercase text
	cls     []wordClass // per transcript word: wordClasses of its lowercase text
	// runStart holds per order position the first position of its run of
	// content words of one speaker (sameSpeaker).
	runStart []int32
	// cueOf and cueOfBase hold per transcript word the cueEntry of its
	// lowercase text and of that text without a final "'s" (cueEntriesOf).
	cueOf, cueOfBase []*cueEntry
	cased            bool

	radio   []radioClass    // per transcript word: radioClasses of its lowercase text (radioclass_speed17.go)
	ncl     []nameWordClass // per transcript word: nameWordClasses of its lowercase text (nameclass_speedlower18.go)
	names   []uint32        // per transcript word: the kept name answers of its lowercase text, when the lexicon holds it (lexnames_speed19.go)
	capital []bool          // per transcript word: Capitalised but for the transcript's casing (capitalText)

	// spare holds memory that only newShared and Find use, kept with the
	// rest for the next call (sharedPool).
	spare struct {
		content []bool  // newShared's per word: a content word
		idx     []int32 // newShared's words in time order
		typeAt  []Type  // Find's wordTypeIndex
		// answerFindings' and emailSoundAlikes' own word types
		// (spareWordTypes).
		answerTypeAt, emailTypeAt []Type
	}
}

// Lower returns the lowercase, trimmed text of channel-local word w.
func (ts *Tokens) Lower(w int) string { return ts.sh.lower[ts.Words[w]] }

// Word returns channel-local word w.
func (ts *Tokens) Word(w int) *transcript.Word { return &ts.Transcript.Words[ts.Words[w]] }

// Capitalised reports whether channel-local word w starts with a capital
// letter in a cased transcript (and is not all capitals, unless it has
// only one letter).
func (ts *Tokens) Capitalised(w int) bool {
	return ts.Cased && ts.sh.capital[ts.Words[w]] // (capitalText, once per word in newShared: rules ask it about four times a word)
}

// capitalText reports whether s, a word's text trimmed on the left
// (trimWordLeft) whose first rune r is n bytes long, starts with a capital
// letter and is not all capitals, unless it has only one letter.
func capitalText(s string, r rune, n int) bool {
	if !unicode.IsUpper(r) {
		return false
	}
	rest := s[n:]
	if len(rest) >= 2 && upperAlready(rest) && !lowerAlready(rest) {
		return false // "USA", "ID"
	}
	return true
}

// SentenceStart reports whether channel-local word w begins a sentence: it
// is the channel's first word, the first of a turn, or the word before it
// ended with . ? or ! (not an abbreviation's period).
func (ts *Tokens) SentenceStart(w int) bool {
	if w <= 0 || ts.turn[w-1] {
		return true
	}
	return ts.sh.sentEnd[ts.Words[w-1]]
}

// Finding returns a finding of type typ over channel-local words first..last
// (inclusive).
func (ts *Tokens) Finding(typ Type, first, last int, score float64, recognizer string) Finding {
	if last < first {
		first, last = last, first
	}
	fw, lw := ts.Words[first], ts.Words[last]
	return Finding{
		Type: typ, Channel: ts.Channel,
		FirstWord: fw, LastWord: lw,
		Start: ts.Transcript.Words[fw].Start, End: ts.Transcript.Words[lw].End,
		Score: score, Recognizer: recognizer,
	}
}

// TokenFinding returns a finding of type typ over tokens first..last
// (inclusive indices into Toks).
func (ts *Tokens) TokenFinding(typ Type, first, last int, score float64, recognizer string) Finding {
	return ts.Finding(typ, ts.Toks[first].First, ts.Toks[last].Last, score, recognizer)
}

// Text returns the normalised text of the channel: the Norm of every token
// but fillers and punctuation, joined by single spaces. TokenAt maps a byte
// offset in it back to a token.
func (ts *Tokens) Text() string {
	if ts.toff == nil {
		var b strings.Builder
		ts.toff = make([]int32, len(ts.Toks))
		for i := range ts.Toks {
			tk := &ts.Toks[i]
			if tk.Kind == KindFiller || tk.Kind == KindPunct {
				ts.toff[i] = -1
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			ts.toff[i] = int32(b.Len())
			b.WriteString(tk.Norm)
		}
		ts.text = b.String()
	}
	return ts.text
}

// TokenAt returns the index of the token holding byte off of Text() and the
// offset of off within that token's Norm, or -1, 0 if off falls on a space
// or outside the text.
func (ts *Tokens) TokenAt(off int) (tok, inTok int) {
	ts.Text()
	i := sort.Search(len(ts.toff), func(i int) bool {
		o := ts.toff[i]
		for o < 0 && i > 0 {
			i--
			o = ts.toff[i]
		}
		return int(o) > off
	})
	// i is the first token starting after off; the token before it that is
	// in the text holds off.
	for j := i - 1; j >= 0; j-- {
		if ts.toff[j] < 0 {
			continue
		}
		in := off - int(ts.toff[j])
		if in < len(ts.Toks[j].Norm) {
			return j, in
		}
		return -1, 0
	}
	return -1, 0
}

// next returns the index of the first token at or after i that is not a
// filler or punctuation, or len(Toks).
func (ts *Tokens) next(i int) int {
	for i < len(ts.Toks) && (ts.Toks[i].Kind == KindFiller || ts.Toks[i].Kind == KindPunct) {
		i++
	}
	return i
}

// prev returns the index of the last token at or before i that is not a
// filler or punctuation, or -1.
func (ts *Tokens) prev(i int) int {
	for i >= 0 && (ts.Toks[i].Kind == KindFiller || ts.Toks[i].Kind == KindPunct) {
		i--
	}
	return i
}

// isWord reports whether token i exists and is a KindWord equal to one of
// ws.
func (ts *Tokens) isWord(i int, ws ...string) bool {
	if i < 0 || i >= len(ts.Toks) || ts.Toks[i].Kind != KindWord {
		return false
	}
	n := ts.Toks[i].Norm
	for _, w := range ws {
		// (The first byte before the call that compares the rest: rules
		// ask this of most tokens, and most differ there.)
		if len(n) == len(w) && (n == "" || n[0] == w[0]) && n == w {
			return true
		}
	}
	return false
}
