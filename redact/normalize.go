package redact

// Normalisation, part one: the cross-channel view of a transcript and the
// per-channel token streams (tokenize). The tokeniser itself is in
// tokenizer.go.

import (
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/callveil/callveil/transcript"
)

// sentenceEnd reports whether punct after the word lower ends a sentence:
// . ? or !, except the period of an abbreviation or initial ("Mr.", "W.",
// "J.").
func sentenceEnd(lower, punct string) bool {
	if !strings.ContainsAny(punct, ".?!") {
		return false
	}
	if punct[0] == '.' && (len(lower) == 1 && (lower[0] < '0' || lower[0] > '9') || abbreviations[lower]) {
		// ("J. Smith", "Dr. Ruiz"; but "... 1 9. Oh, right" ends)
		return false
	}
	return true
}

var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true,
	"ave": true, "apt": true, "blvd": true, "rd": true, "ln": true, "jr": true, "sr": true,
	"prof": true, "no": false, "ste": true, "ct": true, "pl": true, "hwy": true, "pkwy": true,
	"mt": true, "ft": true, "vs": true, "etc": false, "inc": false}

// turnGap is the pause after which a channel's next word starts a new turn:
// numbers and spellings do not run on across it (nor across a change of
// speaker on one channel).
const turnGap = 2 * time.Second

// isContent reports whether transcript word w is in the content order.
func (sh *shared) isContent(w int) bool {
	p := sh.before[w]
	return int(p) < len(sh.order) && int(sh.order[p]) == w
}

// newShared prepares the cross-channel view of t.
func newShared(t *transcript.Transcript) *shared {
	n := len(t.Words)
	old, _ := sharedPool.Get().(*shared) // (a call done with its view: releaseShared)
	if old == nil {
		old = &shared{}
	}
	sh := old
	*sh = shared{t: t, lower: reuse(old.lower, n), before: reuse(old.before, n), number: reuse(old.number, n),
		measure: reuse(old.measure, n), sentEnd: reuse(old.sentEnd, n), cue: reuse(old.cue, n),
		speaker: reuse(old.speaker, n), cueOf: reuse(old.cueOf, n), cueOfBase: reuse(old.cueOfBase, n), numWord: reuse(old.numWord, n),
		cls: reuse(old.cls, n), radio: reuse(old.radio, n), ncl: reuse(old.ncl, n), names: reuse(old.names, n), capital: reuse(old.capital, n),
		order: old.order[:0], runStart: old.runStart, spare: old.spare}
	var upperInitial, allCaps, lettered int
	content := reuse(sh.spare.content, n)
	sh.spare.content = content
	lowerWords(sh.lower, t)
	lex := lexicon()
	for i := range t.Words {
		s := sh.lower[i]
		raw := trimWordLeft(t.Words[i].Text)
		r, rn := utf8.DecodeRuneInString(raw)
		sh.capital[i] = capitalText(raw, r, rn)
		sh.sentEnd[i] = sentenceEnd(s, t.Words[i].Punct)
		in := lex[s] // (cueEntriesOf, numWords and wordClasses in one look-up)
		sh.cueOf[i], sh.cls[i], sh.radio[i], sh.ncl[i], sh.names[i] = in.cue, in.cls, in.rad, in.ncl, in.names
		if strings.HasSuffix(s, "'s") {
			sh.cueOfBase[i] = cueEntries()[s[:len(s)-2]]
		}
		sh.cue[i] = sh.cueOf[i] != nil || sh.cueOfBase[i] != nil // (mayEndCue)
		if s == "" {
			continue
		}
		sh.numWord[i] = in.num
		if in.num.ok && in.num.cls == pFiller {
			continue
		}
		if hasLetterOrDigit(s) {
			content[i] = true
		}
		if unicode.IsLetter(r) && s != "i" && !strings.HasPrefix(s, "i'") {
			// ("I", "I'm" are capitalised even by recognisers that
			// capitalise nothing else.)
			lettered++
			if unicode.IsUpper(r) {
				upperInitial++
				if len(raw) > 1 && upperAlready(raw) {
					allCaps++
				}
			}
		}
	}
	sh.cased = lettered > 0 && upperInitial*50 >= lettered && allCaps*2 < lettered
	numberSpeakers(sh.speaker, t)

	idx := reuse(sh.spare.idx, n)
	sh.spare.idx = idx
	sorted := true
	for i := range idx {
		idx[i] = int32(i)
		if i > 0 && t.Words[i].Start < t.Words[i-1].Start {
			sorted = false
		}
	}
	if !sorted {
		sort.SliceStable(idx, func(a, b int) bool { return t.Words[idx[a]].Start < t.Words[idx[b]].Start })
	}
	if cap(sh.order) < n {
		sh.order = make([]int32, 0, n)
	}
	for _, w := range idx {
		sh.before[w] = int32(len(sh.order))
		if content[w] {
			sh.order = append(sh.order, w)
		}
	}
	sh.runStart = reuse(sh.runStart, len(sh.order))
	for q := 1; q < len(sh.order); q++ {
		if sh.speaker[sh.order[q]] == sh.speaker[sh.order[q-1]] {
			sh.runStart[q] = sh.runStart[q-1]
		} else {
			sh.runStart[q] = int32(q)
		}
	}
	return sh
}

// sharedPool keeps the per-word slices of the shared views of calls that
// are done with them (releaseShared): after the tokens they are Find's
// largest allocation (about 35 bytes a word, and Find's word types 16 more).
var sharedPool sync.Pool

// reuse returns s[:n] cleared when s can hold n, else a new slice.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// releaseShared gives sh's slices back for another call to reuse; sh must
// not be read after. Find calls it where it releases the tokens.
func releaseShared(sh *shared) {
	clear(sh.lower) // (drop the words' strings while the slices wait in the pool)
	clear(sh.spare.typeAt)
	clear(sh.spare.answerTypeAt)
	clear(sh.spare.emailTypeAt)
	*sh = shared{lower: sh.lower[:0], before: sh.before[:0], number: sh.number[:0], measure: sh.measure[:0],
		sentEnd: sh.sentEnd[:0], cue: sh.cue[:0], speaker: sh.speaker[:0], cueOf: sh.cueOf[:0], cueOfBase: sh.cueOfBase[:0], numWord: sh.numWord[:0], cls: sh.cls[:0], radio: sh.radio[:0], ncl: sh.ncl[:0], names: sh.names[:0], capital: sh.capital[:0],
		order: sh.order[:0], runStart: sh.runStart[:0], spare: sh.spare}
	sharedPool.Put(sh)
}

// numberSpeakers sets speaker[i] to a number of the (channel, speaker)
// pair of word i of t, the same for the same pair, so that sameSpeaker,
// which the walks over turns ask thousands of times a call, compares two
// numbers instead of two strings. (A turn's words share the pair: one map
// lookup a turn.)
func numberSpeakers(speaker []int32, t *transcript.Transcript) {
	type pair struct {
		channel int
		speaker string
	}
	ids := map[pair]int32{}
	var last pair
	lastID := int32(-1)
	for i := range t.Words {
		w := &t.Words[i]
		if lastID < 0 || w.Channel != last.channel || w.Speaker != last.speaker {
			last = pair{w.Channel, w.Speaker}
			id, ok := ids[last]
			if !ok {
				id = int32(len(ids))
				ids[last] = id
			}
			lastID = id
		}
		speaker[i] = lastID
	}
}

// lowerWords sets lower[i] to lowerWord(t.Words[i].Text) for every word
// of t. The words that lowercasing changes share one allocation (a call
// has thousands of them: "I", names, sentence starts).
func lowerWords(lower []string, t *transcript.Transcript) {
	var buf []byte
	var changed []int32 // words whose lowercase text is buf[end of the previous:ends[k]]
	var ends []int
	for i := range t.Words {
		w := trimWord(t.Words[i].Text)
		lower[i] = w
		ascii, upper := true, false
		for k := 0; k < len(w); k++ {
			c := w[k]
			ascii = ascii && c < utf8.RuneSelf
			upper = upper || c >= 'A' && c <= 'Z'
		}
		switch {
		case !ascii:
			if l := strings.ToLower(w); l != w {
				buf = append(buf, l...)
			} else {
				continue
			}
		case upper:
			for k := 0; k < len(w); k++ {
				c := w[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
		default:
			continue
		}
		changed = append(changed, int32(i))
		ends = append(ends, len(buf))
	}
	all, from := string(buf), 0
	for k, i := range changed {
		lower[i] = all[from:ends[k]]
		from = ends[k]
	}
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// channelWords groups the word indices of t by channel, channels in
// ascending order.
func channelWords(t *transcript.Transcript) (chans []int, words [][]int) {
	if len(t.Words) == 0 {
		return nil, nil
	}
	pos := map[int]int{}
	var count []int // words per channel, so that each channel's slice is made once
	for i := range t.Words {
		c := t.Words[i].Channel
		k, ok := pos[c]
		if !ok {
			k = len(chans)
			pos[c] = k
			chans = append(chans, c)
			count = append(count, 0)
		}
		count[k]++
	}
	words = make([][]int, len(chans))
	for k, n := range count {
		words[k] = make([]int, 0, n)
	}
	lastC, lastK := t.Words[0].Channel, pos[t.Words[0].Channel] // (a turn's words share a channel: one lookup a turn)
	for i := range t.Words {
		if c := t.Words[i].Channel; c != lastC {
			lastC, lastK = c, pos[c]
		}
		words[lastK] = append(words[lastK], i)
	}
	// Sort channels, keeping words paired.
	order := make([]int, len(chans))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return chans[order[a]] < chans[order[b]] })
	c2, w2 := make([]int, len(chans)), make([][]int, len(chans))
	for i, o := range order {
		c2[i], w2[i] = chans[o], words[o]
	}
	return c2, w2
}

// spokeBetween reports whether another channel said a content word
// between transcript words w and nw of one channel, inside the pause
// between them. A word that overlaps either of them is a backchannel ("yes",
// "mhm" said while the agent reads a number back), not a turn.
func (sh *shared) spokeBetween(w, nw int) bool {
	a, b := sh.t.Words[w].End, sh.t.Words[nw].Start
	for p := int(sh.before[w]); p < int(sh.before[nw]); p++ {
		o := int(sh.order[p])
		if o == w || sh.t.Words[o].Channel == sh.t.Words[w].Channel {
			continue
		}
		if ow := &sh.t.Words[o]; ow.Start >= a && ow.End <= b {
			return true
		}
	}
	return false
}

// Normalize builds the token streams of every channel of t, in ascending
// channel order. Find calls it once; it is exported for tests and for
// callers who run recognizers themselves.
//
// Each Token covers whole words and keeps back-references to them (First,
// Last, and per digit or letter with Token.Words), so recognizers work on
// normalised text and report original word ranges:
//
//   - Spoken and written numbers become one KindNumber token of digits:
//     "five five five" and "five fifty five" and "5 5 5" → "555"; "oh" and
//     "zero" → 0 inside a number; "double five" → 55, "triple seven" → 777;
//     "twenty one" → 21, "nineteen eighty five" → 1985, "three hundred and
//     five" → 305, "two thousand nineteen" → 2019 (but "eight hundred five
//     five five" → 800555); hyphen groups ("555-123-4567") and "(555)" are
//     split and joined; fillers ("uh", "um", "er", "like"), "dash", "slash"
//     and punctuation tokens inside a number are skipped. Token.Groups
//     keeps the grouping (3-2-4, 3-3-4) the speaker's pauses or the writer's
//     hyphens gave it. A number never runs on across another speaker's turn
//     or a pause of 2 s; an "oh" at either end is read as the interjection
//     when the words around it say so ("oh 956-521-6250", "...1609 oh the
//     app"). "One" is a pronoun, not a digit, in "the one on top", at the
//     end of a turn ("the expiry on that one?"), after a determiner and an
//     adjective ("the correct one nine eight ..."), and in "the boston one
//     five five five ..." when the digits without it have a usual length;
//     "one sec" starts no number. One digit and a period end a sentence
//     (one letter and a period is an initial).
//   - Ordinals ("third", "21st", "twenty first") become KindOrdinal.
//   - Letters spelled one a word ("j o h n", "J. O. H. N.", "J-O-H-N")
//     become one KindLetters token ("john").
//   - Written forms keep their kind so they never join a number: dates
//     (KindDate "3/3/85"), prices, percentages, times, decimals and
//     versions (KindMeasure "$12.50", "50%", "10:30", "2.3.1"), mixed
//     letters and digits (KindAlnum "4b"), written emails (KindEmail).
//   - Numbers that are quantities by the words around them become
//     KindMeasure too, so no recognizer reads them as an ID: a decimal
//     said aloud ("one point two three four five six seven eight nine",
//     "point seven five"), the operands of a formula read out ("twelve
//     times ... equals ..."), the number of a page, flight, menu option,
//     seat or hotel room ("page twelve forty one", "press two"), of a
//     form or a rule ("form ten forty", "OMB No. 0560-0155"), and
//     scientific notation ("1.2345678E9"). See markQuantities
//     (negatives_refs.go) and "Quantities said as numbers" in
//     docs/redact-accuracy.md.
func Normalize(t *transcript.Transcript) []*Tokens {
	if t == nil {
		return nil
	}
	sh := newShared(t)
	chans, words := channelWords(t)
	out := make([]*Tokens, len(chans))
	for i, c := range chans {
		out[i] = tokenize(sh, c, words[i])
	}
	return out
}

// piecePool keeps tokenize's pieces between calls: they are needed only
// while the tokens are built, and are the second largest allocation of
// Find after the tokens.
var piecePool sync.Pool

// tokenPool keeps the token slices of calls that are done with them
// (Tokens.release): they are Find's largest allocation.
var tokenPool sync.Pool

// release gives ts's tokens back for another call to reuse; ts must not be
// read after. Find calls it when only the built-in recognizers, which keep
// nothing, have read the tokens.
func (ts *Tokens) release() {
	ts.releaseAddrMemo()
	ts.wordTok = nil
	if ts.nameBits != nil {
		nb := ts.nameBits[:0]
		nameBitsPool.Put(&nb)
		ts.nameBits = nil
	}
	toks := ts.Toks[:0]
	ts.Toks = nil
	tokenPool.Put(&toks)
}

// tokenize builds the token stream of one channel.
func tokenize(sh *shared, ch int, words []int) *Tokens {
	ts := &Tokens{Transcript: sh.t, Channel: ch, Cased: sh.cased, Words: words, sh: sh}
	var ps []piece
	if b := piecePool.Get(); b != nil {
		ps = (*b.(*[]piece))[:0]
	}
	if want := len(words) + len(words)/8; cap(ps) < want {
		ps = make([]piece, 0, want)
	}
	defer func() {
		clear(ps) // (drop the words' strings before the slice waits in the pool)
		ps = ps[:0]
		piecePool.Put(&ps)
	}()
	ts.turn = make([]bool, len(words))
	for i, w := range words {
		wd := &sh.t.Words[w]
		if sh.lower[w] == "dub" && dubBeside(sh.lower, words, i) {
			ps = append(ps, piece{w: int32(i), cls: pLetter, s: "w", brk: wd.Punct != ""})
		} else {
			ps = appendPieces(ps, int32(i), sh.lower[w], sh.numWord[w], wd.Punct != "")
		}
		if i+1 < len(words) {
			nw := words[i+1]
			ts.turn[i] = sh.spokeBetween(w, nw) || sh.t.Words[nw].Start-wd.End > turnGap || sh.t.Words[nw].Speaker != wd.Speaker
		}
		last := &ps[len(ps)-1]
		last.end = sh.sentEnd[w]
		last.turn = ts.turn[i]
	}
	if b, _ := tokenPool.Get().(*[]Token); b != nil && cap(*b) >= len(words) {
		ts.Toks = (*b)[:0]
	} else {
		ts.Toks = make([]Token, 0, len(words))
	}
	z := tokenizer{ps: ps, ts: ts}
	z.run()
	ts.classify()
	ts.markQuantities()
	for i := range ts.Toks {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindNumber, KindAlnum, KindDate, KindMeasure:
			for w := tk.First; w <= tk.Last; w++ {
				sh.number[words[w]] = true
				sh.measure[words[w]] = sh.measure[words[w]] || tk.Kind == KindMeasure
			}
		}
	}
	return ts
}
