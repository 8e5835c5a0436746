package redact

// The tokeniser: pieces to tokens, joining spoken and written numbers,
// ordinals and spelled letters (see Normalize).

import (
	"strconv"
	"strings"
)

// tokenizer turns one channel's pieces into tokens, appending them to ts.
type tokenizer struct {
	ps  []piece
	ts  *Tokens
	buf []byte
	pos []int32
	// noLetters is the end of a letter run already found to hold only "a"
	// and "i": the letters inside it need not be scanned again (which
	// would make "a a a ..." quadratic).
	noLetters int
	// es, groups: number's scratch; slab32, slabInt: where the tokens'
	// pos and Groups are kept (keep32, keepInts).
	es      []numElem
	groups  []int
	slab32  []int32
	slabInt []int
}

// slabMin is the least length of a new slab: a channel's tokens share a
// few allocations for their pos and Groups instead of one each.
const slabMin = 1024

// keep32 returns a copy of s (nil for an empty s) in z's slab, capped so
// that an append to it cannot reach the next copy.
func (z *tokenizer) keep32(s []int32) []int32 {
	if len(s) == 0 {
		return nil
	}
	if cap(z.slab32)-len(z.slab32) < len(s) {
		z.slab32 = make([]int32, 0, max(slabMin, len(s)))
	}
	n := len(z.slab32)
	z.slab32 = append(z.slab32, s...)
	return z.slab32[n:len(z.slab32):len(z.slab32)]
}

// keepInts is keep32 for ints.
func (z *tokenizer) keepInts(s []int) []int {
	if len(s) == 0 {
		return nil
	}
	if cap(z.slabInt)-len(z.slabInt) < len(s) {
		z.slabInt = make([]int, 0, max(slabMin, len(s)))
	}
	n := len(z.slabInt)
	z.slabInt = append(z.slabInt, s...)
	return z.slabInt[n:len(z.slabInt):len(z.slabInt)]
}

func (z *tokenizer) emit(k Kind, norm string, first, last int32) {
	z.ts.Toks = append(z.ts.Toks, Token{Kind: k, Norm: norm, First: int(first), Last: int(last)})
}

// run tokenises all pieces. Tokens cover whole words: when a word splits
// into pieces of different tokens (rare: "5-b") the pieces are merged into
// the token that starts in that word.
func (z *tokenizer) run() {
	ps := z.ps
	for i := 0; i < len(ps); {
		p := &ps[i]
		switch {
		case p.cls == pTens && i+1 < len(ps) && ps[i+1].cls == pOrdinal && ps[i+1].val < 10:
			z.emit(KindOrdinal, strconv.Itoa(p.val+ps[i+1].val), p.w, ps[i+1].w)
			i += 2
		case p.cls == pLetter && z.letterRunLen(i) >= 2,
			p.cls == pRepeat && z.spellingAid(i, -1) > i:
			i = z.letters(i)
		case z.numStart(i):
			i = z.number(i)
		case p.cls == pOrdinal:
			z.emit(KindOrdinal, strconv.Itoa(p.val), p.w, p.w)
			i++
		case p.cls == pFiller:
			z.emit(KindFiller, p.s, p.w, p.w)
			i++
		case p.cls == pPunct:
			z.emit(KindPunct, p.s, p.w, p.w)
			i++
		case p.cls == pAlnum:
			z.emit(KindAlnum, p.s, p.w, p.w)
			i++
		case p.cls == pDate:
			z.emit(KindDate, p.s, p.w, p.w)
			i++
		case p.cls == pMeasure:
			z.emit(KindMeasure, p.s, p.w, p.w)
			i++
		case p.cls == pEmail:
			z.emit(KindEmail, p.s, p.w, p.w)
			i++
		default:
			if norm, n := z.spokenSymbol(i); n > 0 {
				z.emit(KindWord, norm, p.w, ps[i+n-1].w)
				i += n
				break
			}
			z.emit(KindWord, p.s, p.w, p.w)
			i++
		}
		// Swallow further pieces of a word the last token ended in.
		last := &z.ts.Toks[len(z.ts.Toks)-1]
		for i < len(ps) && int(ps[i].w) <= last.Last {
			i++
		}
	}
}

// letterRun returns where a run of single letters starting at piece i
// ends (the index after its last letter), how many letters it has, and
// whether any is a letter other than "a" and "i" (runs of only those are
// words, not spelling). Punctuation between letters is allowed; a run stops
// at a turn, after a word spelled with hyphens ("t-o-w-n-s-e-n-d i want"),
// and before the pronoun "I" followed by a verb.
func (z *tokenizer) letterRun(i int) (end, n int, real bool) {
	end = i
	prev := -1
	for k := i; k < len(z.ps); k++ {
		p := &z.ps[k]
		if p.cls == pPunct {
			continue
		}
		if p.cls != pLetter {
			if k2 := z.spellingAid(k, prev); k2 > k && (real || prev < 0) {
				// (Not after "a" or "i" alone: "it's a double d".)
				// "b i double l": a letter said twice.
				n++
				real = true
				prev, end, k = k2, k2+1, k2
				continue
			}
			break
		}
		if prev >= 0 {
			q := &z.ps[prev]
			if q.turn || p.w != q.w && prev > 0 && z.ps[prev-1].w == q.w && z.ps[prev-1].cls == pLetter {
				break
			}
			if p.s == "i" && k+1 < len(z.ps) && iVerbs[z.ps[k+1].s] {
				break
			}
		}
		n++
		if p.s != "a" && p.s != "i" {
			real = true
		}
		prev, end = k, k+1
	}
	return end, n, real
}

// spellingAid returns the last piece of an aid to a spelling at piece k,
// which follows the letter at piece prev (or starts a run, prev < 0), or
// k-1 if there is none: "double" and a letter ("b i double l": two of it;
// "double u" is w). A "double o" before digits is a number ("double o
// seven"). ("j as in juliet" stays words: see asInWord.)
func (z *tokenizer) spellingAid(k, prev int) int {
	ps := z.ps
	if prev >= 0 && ps[prev].turn || k+1 >= len(ps) {
		return k - 1
	}
	p := &ps[k]
	if p.cls == pRepeat && p.s == "double" && ps[k+1].cls == pLetter && !p.brk {
		if ps[k+1].s == "o" && (prev < 0 || k+2 < len(ps) && z.isNumeric(k+2) && ps[k+2].cls != pLetter) {
			return k - 1
		}
		if prev < 0 && ps[k+1].s != "u" && (k+2 >= len(ps) || ps[k+2].cls != pLetter || ps[k+1].brk) {
			return k - 1 // a run opens with "double u" (w), or with a doubled letter only before more letters ("double d cup")
		}
		return k + 1
	}
	return k - 1
}

// spokenSymbol reads a symbol of an address said in several words at
// piece i and returns the word it stands for and how many pieces it
// takes, or 0: "at the rate" (how "@" is read in South Asian English:
// "john at the rate gmail dot com"; not "at the rate of five percent")
// and "full stop" (a dot in British English: "j full stop smith"), when
// no pause or punctuation splits it and a word follows in the same turn.
func (z *tokenizer) spokenSymbol(i int) (string, int) {
	ps := z.ps
	switch ps[i].s {
	case "at":
		if i+3 < len(ps) && ps[i+1].s == "the" && ps[i+2].s == "rate" && !ps[i].brk && !ps[i+1].brk && !ps[i+2].brk && !ps[i+2].turn &&
			ps[i+3].s != "of" && ps[i+3].s != "that" && ps[i+3].s != "we" && ps[i+3].s != "you" && ps[i+3].s != "they" && ps[i+3].s != "it" {
			return "at", 3
		}
	case "full":
		if i+2 < len(ps) && ps[i+1].s == "stop" && !ps[i].brk && !ps[i+1].brk && !ps[i+1].turn && ps[i+2].cls != pPunct {
			return "dot", 2
		}
	}
	return "", 0
}

// iVerbs follow the pronoun "I": "... s m i t h i was on hold".
var iVerbs = map[string]bool{"was": true, "am": true, "have": true, "had": true, "need": true,
	"want": true, "just": true, "think": true, "called": true, "will": true, "can": true,
	"can't": true, "don't": true, "didn't": true, "do": true, "did": true, "got": true,
	"get": true, "would": true, "should": true, "could": true, "also": true, "already": true,
	"really": true, "paid": true, "tried": true, "know": true, "mean": true, "see": true,
	"guess": true, "believe": true, "live": true, "moved": true, "bought": true, "used": true,
	"never": true, "still": true, "said": true, "i'm": false, "hope": true, "wanted": true}

// letterRunLen returns the length of the letter run at piece i, or 0 if it
// holds only "a" and "i".
func (z *tokenizer) letterRunLen(i int) int {
	if i < z.noLetters {
		return 0
	}
	end, n, real := z.letterRun(i)
	if !real {
		z.noLetters = end
		return 0
	}
	return n
}

func (z *tokenizer) letters(i int) int {
	end, _, _ := z.letterRun(i)
	z.buf, z.pos = z.buf[:0], z.pos[:0]
	first, last := z.ps[i].w, z.ps[i].w
	for k := i; k < end; k++ {
		p := &z.ps[k]
		if p.cls == pRepeat && k+1 < end && z.ps[k+1].cls == pLetter {
			// "double l": the letter twice; "double u": w.
			if z.ps[k+1].s == "u" {
				z.buf = append(z.buf, 'w')
				z.pos = append(z.pos, z.ps[k+1].w)
				last = z.ps[k+1].w
				k++
				continue
			}
			z.buf = append(z.buf, z.ps[k+1].s[0])
			z.pos = append(z.pos, p.w)
			continue
		}
		if p.cls != pLetter {
			continue
		}
		z.buf = append(z.buf, p.s[0])
		z.pos = append(z.pos, p.w)
		last = p.w
	}
	z.ts.Toks = append(z.ts.Toks, Token{Kind: KindLetters, Norm: string(z.buf), First: int(first), Last: int(last),
		pos: z.keep32(z.pos)})
	return end
}

// isNumeric reports whether piece i can be part of a number.
func (z *tokenizer) isNumeric(i int) bool {
	if i >= len(z.ps) {
		return false
	}
	switch z.ps[i].cls {
	case pDigit, pTeen, pNumeral:
		return true
	case pTens:
		return !(i+1 < len(z.ps) && z.ps[i+1].cls == pOrdinal && z.ps[i+1].val < 10)
	case pRepeat:
		return z.repeatable(i + 1)
	case pOh:
		return true
	case pLetter:
		return z.ps[i].s == "o"
	}
	return false
}

// repeatable reports whether piece i is one digit that "double"/"triple"
// can repeat.
func (z *tokenizer) repeatable(i int) bool {
	if i >= len(z.ps) {
		return false
	}
	p := &z.ps[i]
	return p.cls == pDigit || p.cls == pOh || p.cls == pLetter && p.s == "o" || p.cls == pNumeral && len(p.s) == 1
}

// skipBridge returns the first piece at or after i that is not a filler,
// punctuation or "like" (which may sit inside a spoken number).
func (z *tokenizer) skipBridge(i int) int {
	for i < len(z.ps) {
		if z.ps[i].cls == pFiller || z.ps[i].cls == pPunct || z.ps[i].cls == pOther && bridgeWords[z.ps[i].s] {
			i++
			continue
		}
		if n := z.bridgePhrase(i); n > 0 {
			i += n
			continue
		}
		break
	}
	return i
}

// bridgePhrases are the filler phrases a speaker says inside a number
// while finding the next digits ("four one one one, you know, one one one
// one", "five five five hold on two one two"). A number runs on over one
// only when more digits follow it.
var bridgePhrases = [][]string{
	{"you", "know"}, {"hold", "on"}, {"hang", "on"}, {"let", "me", "see"}, {"let's", "see"}, {"lets", "see"},
	{"let", "me", "check"}, {"let", "me", "think"}, {"let", "me", "look"}, {"just", "a", "sec"},
	{"just", "a", "second"}, {"just", "a", "moment"}, {"give", "me", "a", "second"}, {"bear", "with", "me"},
	{"wait", "a", "second"}, {"hold", "on", "a", "sec"}, {"hold", "on", "a", "second"}, {"i", "think"},
	{"one", "second"}, {"one", "sec"}, {"one", "moment"}, {"one", "minute"},
}

// bridgePhrase returns the number of pieces of the bridge phrase starting
// at piece i, or 0.
func (z *tokenizer) bridgePhrase(i int) int {
	best := 0
	for _, ph := range bridgePhrases {
		if len(ph) <= best || i+len(ph) > len(z.ps) {
			continue
		}
		ok := true
		for k, w := range ph {
			if z.ps[i+k].s != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(ph)
		}
	}
	return best
}

// bridgeWords may sit between the parts of a spoken number without ending
// it ("five five five dash one two one two", "twelve slash twenty five").
var bridgeWords = map[string]bool{"like": true, "dash": true, "slash": true, "hyphen": true}

// pronounOne are the words after which "one" is a pronoun ("the new
// one", "that one") when punctuation follows it.
var pronounOne = map[string]bool{"the": true, "this": true, "that": true, "which": true, "each": true,
	"every": true, "another": true, "other": true, "new": true, "old": true, "real": true, "right": true,
	"wrong": true, "same": true, "first": true, "last": true, "next": true, "correct": true, "good": true,
	"different": true, "second": true, "newer": true, "older": true, "other's": true, "current": true,
	"previous": true, "updated": true, "actual": true, "main": true, "proper": true,
	"full": true, "whole": true, "complete": true, "entire": true}

// pronounAdjective are the words of pronounOne that describe a thing
// ("the new one"); after a determiner and one of them, "one" is a pronoun
// even with no pause after it. "first", "last" and "next" are left out:
// "the last one two three four" may be digits.
var pronounAdjective = map[string]bool{"new": true, "old": true, "real": true, "right": true,
	"wrong": true, "same": true, "correct": true, "good": true, "different": true, "newer": true,
	"older": true, "other": true, "current": true, "previous": true, "updated": true, "actual": true,
	"main": true, "proper": true, "full": true, "whole": true, "complete": true, "entire": true}

// oneUnits follow "one" in "one sec", "one moment": no digit.
var oneUnits = map[string]bool{"sec": true, "second": true, "moment": true, "minute": true, "mo": true}

// determiners come before "the new one".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true,
	"my": true, "your": true, "his": true, "her": true, "our": true, "their": true, "another": true}

// plusFourCue reports whether "plus" at piece i is the one of "ZIP plus
// four" ("zip plus four", "90210 plus four", "the plus four"), not the
// "plus" of a country code ("plus four four, two oh ...").
func (z *tokenizer) plusFourCue(i int) bool {
	if i == 0 || z.ps[i-1].turn || z.ps[i-1].end {
		return false
	}
	q := &z.ps[i-1]
	switch q.cls {
	case pDigit, pOh, pTeen, pTens, pNumeral, pHundred, pThousand:
		return true
	}
	if q.s == "code" && i >= 2 && (z.ps[i-2].s == "country" || z.ps[i-2].s == "dialling" || z.ps[i-2].s == "dialing") {
		return false // "country code plus four four": E.164's "+44"
	}
	return q.s == "zip" || q.s == "code" || q.s == "the" || q.s == "zipcode" || q.s == "a" || q.s == "with"
}

// numStart reports whether a number starts at piece i.
func (z *tokenizer) numStart(i int) bool {
	p := &z.ps[i]
	if i > 0 && (z.ps[i-1].s == "last" || z.ps[i-1].s == "plus" && z.plusFourCue(i-1)) && (p.cls == pDigit && p.val == 4 || p.cls == pNumeral && p.s == "4") {
		return false // "last four": the cue, not a digit of the number after it
	}
	switch p.cls {
	case pDigit:
		if p.s == "one" && i+1 < len(z.ps) && oneUnits[z.ps[i+1].s] {
			return false // "sorry, one sec": a pause, not a digit
		}
		if p.s == "one" && i > 0 && z.ps[i-1].s == "the" && i+1 < len(z.ps) && z.ps[i+1].cls == pOther && z.bridgePhrase(i+1) == 0 {
			return false // "the one on top": a pronoun
		}
		// "the real one: 5520 ...", "this one, 4417": a pronoun, not a
		// digit, where punctuation or the end of the turn follows it, or
		// after a determiner and an adjective ("what's the correct one
		// nine eight ...", "a different one 6011 ...").
		return !(p.s == "one" && i > 0 && pronounOne[z.ps[i-1].s] &&
			(p.brk || p.turn || i == len(z.ps)-1 || i > 1 && pronounAdjective[z.ps[i-1].s] && determiners[z.ps[i-2].s] ||
				oneVerbs[z.ps[i+1].s])) // ("that one doesn't pass our check")
	case pTeen, pNumeral:
		return true
	case pTens:
		return z.isNumeric(i)
	case pRepeat:
		return z.repeatable(i + 1)
	case pOh:
		j := z.skipBridge(i + 1)
		return !p.turn && z.isNumeric(j) && z.ps[j].cls != pLetter
	case pLetter:
		if p.s != "o" {
			return false
		}
		j := z.skipBridge(i + 1)
		return z.isNumeric(j) && z.ps[j].cls != pLetter
	}
	return false
}

// numElem is one element of a number run: a number word, a numeral, a
// spoken "oh".
type numElem struct {
	p0, p1 int  // pieces [p0, p1)
	d0, d1 int  // digits [d0, d1) in buf
	pause  bool // a pause (punctuation, filler, hyphen) follows
	oh     bool // a lone "oh" / "o"
}

// number parses a number run starting at piece i and returns the index
// after it.
func (z *tokenizer) number(i int) int {
	z.buf, z.pos = z.buf[:0], z.pos[:0]
	es := z.es[:0]
	j := i
	for {
		nj, s := z.element(j)
		w0, w1 := z.ps[j].w, z.ps[nj-1].w
		d0 := len(z.buf)
		for k := 0; k < len(s); k++ {
			z.buf = append(z.buf, s[k])
			if k == len(s)-1 {
				z.pos = append(z.pos, w1)
			} else {
				z.pos = append(z.pos, w0)
			}
		}
		e := numElem{p0: j, p1: nj, d0: d0, d1: len(z.buf),
			pause: z.ps[nj-1].brk || z.ps[j].cls == pNumeral && len(s) > 1,
			oh:    z.ps[j].cls == pOh || z.ps[j].cls == pLetter}
		k := z.skipBridge(nj)
		stop := !z.isNumeric(k) || len(z.buf) > 64 || z.turnBetween(nj-1, k) ||
			// "zip code 3 4 9 6 9 two weeks ago": a count of something
			len(z.buf) >= 3 && z.countsSomething(k) ||
			// "...0193. Oh, it says": a sentence ended; "oh" is an interjection.
			z.endBetween(nj-1, k) && (z.ps[k].cls == pOh || z.ps[k].cls == pLetter) ||
			// "o" followed by a letter is spelling, not zero.
			z.ps[k].cls == pLetter && k+1 < len(z.ps) && z.ps[k+1].cls == pLetter
		if k > nj {
			e.pause = true
		}
		es = append(es, e)
		if stop {
			break
		}
		j = k
	}
	// An "oh" at either end is often the interjection: "oh 956-521-6250",
	// "762 651 1609 oh the app". The clear cases are decided here; a
	// trailing "oh" that may be either is kept and marked (ohEnd) for the
	// recognizers, who know what length they expect (Tokens.Digits).
	lo, hi := 0, len(es)
	d := z.buf
	if len(es) > 1 && es[0].oh {
		p0 := es[0].p0
		nx := &z.ps[es[1].p0]
		turnStart := p0 == 0 || z.ps[p0-1].turn || z.ps[p0-1].end || z.ps[p0-1].cls == pFiller
		// "Oh, 555...", "oh 956-521-6250", or a turn opening with "oh" when
		// the digits without it have a phone's length.
		if z.ps[p0].brk || nx.cls == pNumeral && len(nx.s) > 1 || turnStart && usualNumber(d[1:]) && !usualNumber(d) {
			lo = 1
			d = d[1:]
		}
	}
	if lo == 0 && len(es) > 1 && es[0].d1-es[0].d0 == 1 && z.ps[es[0].p0].s == "one" {
		// "the boston one five five five oh one two six": "the X one"
		// is a pronoun when the digits without it have a usual length
		// and with it do not.
		p0 := es[0].p0
		// (Not after a plural noun, which "one" does not stand for: "the
		// numbers one one one two two two ...".)
		if p0 >= 2 && z.ps[p0-1].cls == pOther && determiners[z.ps[p0-2].s] && !usualNumber(d) && usualNumber(d[1:]) && !pluralNoun(z.ps[p0-1].s) {
			lo = 1
			d = d[1:]
		}
	}
	if hi-lo > 1 && es[hi-1].oh {
		e := &es[hi-1]
		after := z.skipBridge(e.p1)
		prev := &z.ps[es[hi-2].p1-1]
		// "084-67-2597 oh my phone's": after written digits a spoken "oh"
		// is the interjection; so it is before "sorry", "wait".
		if prev.cls == pNumeral && len(prev.s) >= 2 && z.ps[es[hi-2].p0].cls == pNumeral ||
			!z.ps[e.p0].end && !z.ps[e.p0].turn && after < len(z.ps) && ohFollowers[z.ps[after].s] &&
				// (but "... nine three seven oh, sorry." ending the turn
				// takes nothing back: the "oh" is a zero; "oh no!" is not)
				!(z.ps[after].s == "sorry" && (z.ps[after].turn || after+1 == len(z.ps))) {
			hi--
		}
	}
	if lo == 1 {
		p := &z.ps[es[0].p0]
		z.emit(KindWord, p.s, p.w, p.w)
	}
	d0, d1 := es[lo].d0, es[hi-1].d1
	groups := z.groups[:0]
	group := 0
	for _, e := range es[lo:hi] {
		group += e.d1 - e.d0
		if e.pause {
			groups = append(groups, group)
			group = 0
		}
	}
	if group > 0 {
		groups = append(groups, group)
	}
	z.ts.Toks = append(z.ts.Toks, Token{Kind: KindNumber, Norm: string(z.buf[d0:d1]),
		First: int(z.ps[es[lo].p0].w), Last: int(z.ps[es[hi-1].p1-1].w),
		Groups: z.keepInts(groups), pos: z.keep32(z.pos[d0:d1]),
		ohEnd: hi-lo > 1 && es[hi-1].oh && z.ps[es[hi-1].p0].cls == pOh})
	z.es, z.groups = es, groups // (the scratch the next number reuses)
	return es[hi-1].p1
}

// pluralNoun reports whether the lowercase word w reads as a plural noun
// ("numbers", "digits", "ids"): an "s" ending that is not "ss", "us",
// "is" or "as" ("express", "bus", "this", "texas").
func pluralNoun(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', 'a', '\'':
		return false
	}
	return true
}

// usualNumber reports whether the digits d have a usual length for a
// number worth naming: phone (7, 10, 1 + 10), card (15, 16).
func usualNumber(d []byte) bool {
	switch len(d) {
	case 7, 10, 15, 16:
		return true
	case 11:
		return d[0] == '1'
	}
	return false
}

// ohFollowers are words that follow the interjection "oh" rather than the
// digit.
var ohFollowers = map[string]bool{"sorry": true, "no": true, "wait": true, "hold": true,
	"hang": true, "shoot": true, "gosh": true, "god": true, "wow": true, "man": true, "boy": true,
	"dear": true}

// countsSomething reports whether the number element at piece k is
// followed by a unit noun ("two weeks", "three items"), so it is a count and
// not more digits of the number before it.
func (z *tokenizer) countsSomething(k int) bool {
	if z.ps[k].cls == pNumeral && len(z.ps[k].s) > 1 {
		return false
	}
	nk, _ := z.element(k)
	return nk < len(z.ps) && countNouns[z.ps[nk].s]
}

// countNouns are what a small number counts.
var countNouns = map[string]bool{"weeks": true, "week": true, "days": true, "day": true,
	"months": true, "month": true, "years": true, "year": true, "hours": true, "hour": true,
	"minutes": true, "minute": true, "seconds": true, "times": true, "items": true,
	"people": true, "kids": true, "children": true, "dollars": true, "bucks": true,
	"cents": true, "percent": true, "calls": true, "lines": true, "phones": true,
	"devices": true, "boxes": true, "packages": true, "orders": true, "payments": true,
	"o'clock": true, "am": true, "pm": true}

// turnBetween reports whether a turn ends at a piece in [a, b).
func (z *tokenizer) turnBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if z.ps[i].turn {
			return true
		}
	}
	return false
}

// endBetween reports whether a sentence ends at a piece in [a, b).
func (z *tokenizer) endBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if z.ps[i].end {
			return true
		}
	}
	return false
}

// element parses one element of a number at piece i (a digit, "double
// five", "twenty one", "nineteen", "three hundred and five", "2 thousand")
// and returns the index after it and its digits.
func (z *tokenizer) element(i int) (int, string) {
	ps := z.ps
	p := &ps[i]
	v, j, scalable := 0, i+1, false
	switch p.cls {
	case pRepeat:
		d := "0"
		q := &ps[i+1]
		if q.cls == pDigit {
			d = strconv.Itoa(q.val)
		} else if q.cls == pNumeral {
			d = q.s
		}
		return i + 2, strings.Repeat(d, p.val)
	case pOh, pLetter:
		return i + 1, "0"
	case pNumeral:
		if len(p.s) > 3 || len(p.s) > 1 && p.s[0] == '0' {
			return i + 1, p.s
		}
		v, _ = atoiSmall(p.s)
		scalable = true
	case pDigit:
		v, scalable = p.val, p.val > 0
	case pTeen:
		v, scalable = p.val, true
	case pTens:
		v, scalable = p.val, true
		if j < len(ps) && ps[j].cls == pDigit && ps[j].val > 0 && !p.brk && !p.turn {
			v += ps[j].val
			j++
		}
	}
	if !scalable {
		return j, strconv.Itoa(v)
	}
	scaled := false
	if v < 100 && j < len(ps) && ps[j].cls == pHundred && !ps[j-1].turn {
		v *= 100
		j++
		j = z.skipAnd(j)
		// "eight hundred five five five" is 800 555, not 805 55, and "nine
		// hundred twenty four oh six" is 900 24 06: when more of the number
		// follows, "X hundred" stands alone.
		digitsFollow := j+1 < len(ps) && ps[j].cls == pDigit && !ps[j].turn && !ps[j].end && (ps[j+1].cls == pDigit || ps[j+1].cls == pOh)
		sub, nj := z.under100(j)
		if nj > j && !digitsFollow && z.isNumeric(z.skipBridge(nj)) && ps[j].cls != pDigit {
			digitsFollow = true
		}
		if nj > j && nj < len(ps) && ps[nj].cls == pHundred && !ps[nj-1].turn {
			digitsFollow = true // ("three hundred, eleven hundred" is 300 1100, not 311 and a hundred: phone18.go)
		}
		if nj > j && !digitsFollow && !ps[j-1].turn {
			v += sub
			j = nj
		}
		scaled = true
	}
	if v < 1000 && j < len(ps) && ps[j].cls == pThousand && !ps[j-1].turn {
		v *= 1000
		j++
		j = z.skipAnd(j)
		if h, nj := z.under100(j); nj > j && !ps[j-1].turn {
			if nj < len(ps) && ps[nj].cls == pHundred && h < 10 {
				h *= 100
				nj = z.skipAnd(nj + 1)
				if sub, nj2 := z.under100(nj); nj2 > nj {
					h += sub
					nj = nj2
				}
			}
			v += h
			j = nj
		}
		scaled = true
	}
	if p.cls == pNumeral && !scaled {
		return j, p.s
	}
	return j, strconv.Itoa(v)
}

// skipAnd skips "and" inside "three hundred and five" when a number word
// follows it.
func (z *tokenizer) skipAnd(j int) int {
	if j+1 < len(z.ps) && z.ps[j].s == "and" {
		switch z.ps[j+1].cls {
		case pDigit, pTeen, pTens:
			return j + 1
		}
	}
	return j
}

// under100 parses "five", "fifteen", "forty", "forty five" at j.
func (z *tokenizer) under100(j int) (int, int) {
	ps := z.ps
	if j >= len(ps) {
		return 0, j
	}
	switch ps[j].cls {
	case pDigit:
		if ps[j].val > 0 {
			return ps[j].val, j + 1
		}
	case pTeen:
		return ps[j].val, j + 1
	case pTens:
		if j+1 < len(ps) && ps[j+1].cls == pDigit && ps[j+1].val > 0 && !ps[j].brk {
			return ps[j].val + ps[j+1].val, j + 2
		}
		return ps[j].val, j + 1
	}
	return 0, j
}
