package redact

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/callveil/callveil/redact/internal/names"
)

// The address tagger: a linear-chain model (a structured, averaged
// perceptron decoded with Viterbi) that labels the tokens after a house
// number, PO box or rural route with the parts of a US address. It is
// trained offline (addrtag_train_test.go) on datamade/usaddress's labelled
// addresses that no evaluation set uses (testdata/pii/addrtrain), each said
// in writing and in a recogniser's lowercase number words, so its
// features are those both share: the token's kind and digit count, its
// lowercase word, whether it is a street type, unit word, direction,
// state, place or common English word (the lists the rules use), the
// punctuation after it and, in a cased transcript, its capital.
//
// The rules use it where they cannot decide (typelessStreetTagged): how
// far an address read after a house number runs, and whether words with
// no street type after it are a street.
//
// Measured, with what it still misses: docs/redact-accuracy.md, "The
// address tagger (issue 15)".

// addrSeqMax is how many tokens the tagger reads, in training and in use.
const addrSeqMax = 16

// addrTag is the part of an address a token is.
type addrTag uint8

const (
	tagOther    addrTag = iota // not part of the address
	tagNumber                  // the house number, with its letter ("6257A", "400 A")
	tagDir                     // a direction before or after the street's name
	tagName                    // a word of the street's name (or "and" between two streets)
	tagType                    // the street's type, before or after its name
	tagUnitType                // "apartment", "suite", "floor", "#"
	tagUnitID                  // the unit's number or letter
	tagBox                     // "PO box", "rural route", "box"
	tagBoxID                   // the box's or route's number
	tagBuilding                // a building's name
	tagPlace                   // the city
	tagState                   // the state
	tagZip                     // the ZIP code
	nAddrTags
)

var addrTagNames = [nAddrTags]string{"O", "NUM", "DIR", "NAME", "TYPE", "UNIT", "UNITID", "BOX", "BOXID", "BLDG", "CITY", "STATE", "ZIP"}

// String returns the tag's short name, as the weight table writes it.
func (t addrTag) String() string {
	if t < nAddrTags {
		return addrTagNames[t]
	}
	return "tag(" + strconv.Itoa(int(t)) + ")"
}

// core reports whether t is part of the address proper, which ADDRESS
// covers (the city, state and ZIP are its outer range).
func (t addrTag) core() bool { return t >= tagNumber && t <= tagBuilding }

// addrWeight is one weight of the table: the score feature Feat adds to
// tag Tag, times 1/addrWeightScale.
type addrWeight struct {
	Feat string
	Tag  addrTag
	W    int16
}

// addrWeightScale turns the table's integers back into scores.
const addrWeightScale = 1000

// addrModel is the table read into maps once.
type addrModel struct {
	feat  map[string]int32 // a feature's row in rows
	rows  [][nAddrTags]float32
	trans [nAddrTags + 1][nAddrTags]float32 // [previous tag or start][tag]
}

var (
	addrModelOnce sync.Once
	addrModelData *addrModel
)

// theAddrModel returns the generated model (addrtag_weights.go).
func theAddrModel() *addrModel {
	addrModelOnce.Do(func() { addrModelData = newAddrModel(addrTagWeights) })
	return addrModelData
}

func newAddrModel(ws []addrWeight) *addrModel {
	m := &addrModel{feat: make(map[string]int32, len(ws)/2)}
	for _, w := range ws {
		v := float32(w.W) / addrWeightScale
		if p, t, ok := transFeat(w.Feat); ok {
			if t == w.Tag {
				m.trans[p][t] = v
			}
			continue
		}
		i, ok := m.feat[w.Feat]
		if !ok {
			i = int32(len(m.rows))
			m.rows = append(m.rows, [nAddrTags]float32{})
			m.feat[w.Feat] = i
		}
		m.rows[i][w.Tag] = v
	}
	return m
}

// transFeat reads a transition feature's name, "T>" and the previous tag's
// index (nAddrTags for the start) and ">" the tag's.
func transFeat(f string) (prev, tag addrTag, ok bool) {
	if !strings.HasPrefix(f, "T>") {
		return 0, 0, false
	}
	a, b, ok := strings.Cut(f[2:], ">")
	if !ok {
		return 0, 0, false
	}
	p, err1 := strconv.Atoi(a)
	t, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || p < 0 || p > int(nAddrTags) || t < 0 || t >= int(nAddrTags) {
		return 0, 0, false
	}
	return addrTag(p), addrTag(t), true
}

// transName is the name of the transition feature from prev (nAddrTags:
// the start) to tag.
func transName(prev, tag addrTag) string {
	return "T>" + strconv.Itoa(int(prev)) + ">" + strconv.Itoa(int(tag))
}

// addrSeq returns the tokens from i on that the tagger reads: up to max
// tokens that are not fillers or punctuation, within the speaker's turn.
// A sentence's end does not cut it ("Box 12. Dallas, Texas."): the tagger
// sees it as a feature of the next token, and its users stop there.
func (ts *Tokens) addrSeq(i, max int, dst []int) []int {
	dst = dst[:0]
	for j := ts.next(i); j < len(ts.Toks) && len(dst) < max; j = ts.next(j + 1) {
		dst = append(dst, j)
		if ts.turn[ts.Toks[j].Last] {
			break
		}
	}
	return dst
}

// addrFeats writes feature names into one buffer and hands each to visit
// (valid only during the call), so that tagging allocates no strings.
type addrFeats struct {
	buf   []byte
	visit func(f []byte)
	// memo, when set, gives a token's features at a place as the model's
	// rows they hit the last time (addrtag_memo.go).
	memo *addrMemo
}

// add hands the feature at+name (at+name+w when w is not "") to visit.
func (fw *addrFeats) add(at, name, w string) {
	fw.buf = append(append(append(fw.buf[:0], at...), name...), w...)
	fw.visit(fw.buf)
}

// add2 hands the feature at+a+"|"+b to visit.
func (fw *addrFeats) add2(at, a, b string) {
	fw.buf = append(append(append(append(fw.buf[:0], at...), a...), '|'), b...)
	fw.visit(fw.buf)
}

// addrFeatures hands the features of token seq[k] to fw.
func (ts *Tokens) addrFeatures(seq []int, k int, fw *addrFeats) {
	fw.add("", "b", "")
	fw.token(ts, seq[k], "0", true)
	if k > 0 {
		fw.token(ts, seq[k-1], "-1", true)
		if ts.sentenceEndsAfter(seq[k-1]) {
			fw.add("", "end-1", "")
		}
	} else {
		fw.add("", "first", "")
	}
	if k > 1 {
		fw.token(ts, seq[k-2], "-2", false)
	}
	if k+1 < len(seq) {
		fw.token(ts, seq[k+1], "+1", true)
	} else {
		fw.add("", "last", "")
	}
	if k+2 < len(seq) {
		fw.token(ts, seq[k+2], "+2", false)
	}
	// Where it stands in the address, and the classes of the tokens
	// either side of it: "south boulevard" (a street named South) against
	// "south bell street" (a direction), "route 7 box".
	fw.add("", addrPositions[min(k, len(addrPositions)-1)], "")
	cur := ts.addrClassKey(seq[k])
	if k > 0 {
		fw.add2("P|", ts.addrClassKey(seq[k-1]), cur)
	}
	if k+1 < len(seq) {
		fw.add2("N|", cur, ts.addrClassKey(seq[k+1]))
	}
	if k > 0 && k+1 < len(seq) {
		fw.add2("PN|", ts.addrClassKey(seq[k-1]), ts.addrClassKey(seq[k+1]))
	}
}

// addrPositions name a token's place in the sequence: the first four, then
// the rest.
var addrPositions = [...]string{"at0", "at1", "at2", "at3", "at4+"}

// addrClassKey names token j's class in the pair features: a street type,
// direction, unit word, type said first, state, a word that opens a box
// or route, one letter or other word;
// a number by its digit count, a mixed word by its shape; else its
// kind.
func (ts *Tokens) addrClassKey(j int) string {
	tk := &ts.Toks[j]
	switch tk.Kind {
	case KindWord:
		w := tk.Norm
		switch {
		case tk.in(wcStreetSuffixes):
			return "TYPE"
		case tk.in(wcDirections) || len(w) == 1 && strings.Contains("nsew", w):
			return "DIR"
		case tk.in(wcUnitWords):
			return "UNIT"
		case tk.in(wcLeadingTypes):
			return "PRE"
		case ts.isState(j) || stateAbbr[w]:
			return "STATE"
		case tk.in(wcBoxStarts) && w != "box":
			return "BOX"
		case len(w) == 1:
			return "ONE"
		}
		return "W"
	case KindNumber:
		return digitCounts[min(len(tk.Norm), 6)]
	case KindAlnum:
		return alnumShape(tk.Norm)
	}
	return tk.Kind.String()
}

// digitCounts names the digit counts of a number token, 1 to 6 and more.
var digitCounts = [...]string{"d0", "d1", "d2", "d3", "d4", "d5", "d6"}

// letterCounts names the lengths of spelled letters, 1 to 4 and more.
var letterCounts = [...]string{"letters0", "letters1", "letters2", "letters3", "letters4"}

// addrTokenFeatures hands token j's features to fw, named after where it
// is (at: "0", "-1", "+1" ...); full adds its word and last letters.
func (ts *Tokens) addrTokenFeatures(j int, at string, fw *addrFeats, full bool) {
	tk := &ts.Toks[j]
	w := tk.Norm
	switch tk.Kind {
	case KindNumber:
		fw.add(at, digitCounts[min(len(w), 6)], "")
		if w[0] == '0' {
			fw.add(at, "d0", "")
		}
	case KindOrdinal:
		fw.add(at, "ord", "")
	case KindAlnum:
		fw.add(at, "alnum", "")
		fw.add(at, "alnum", alnumShape(w))
	case KindLetters:
		fw.add(at, letterCounts[min(len(w), 4)], "")
		if full {
			fw.add(at, "w=", w)
		}
	case KindWord:
		if full {
			fw.add(at, "w=", w)
			if len(w) > 4 {
				fw.add(at, "s=", w[len(w)-3:])
			}
		}
		if len(w) == 1 {
			fw.add(at, "one", "")
		}
		if tk.in(wcStreetSuffixes) {
			fw.add(at, "type", "")
		}
		if tk.in(wcWeakSuffixes) && !uspsShorthand[w] { // (trained without them)
			fw.add(at, "weaktype", "")
		}
		if tk.in(wcLeadingTypes) {
			fw.add(at, "pretype", "")
		}
		if tk.in(wcUnitWords) {
			fw.add(at, "unit", "")
		}
		if tk.in(wcDirections) || len(w) == 1 && strings.Contains("nsew", w) {
			fw.add(at, "dir", "")
		}
		if ts.isState(j) || stateAbbr[w] {
			fw.add(at, "state", "")
		}
		if placeName(w) {
			fw.add(at, "place", "")
		}
		if tk.in(wcStreetStop) {
			fw.add(at, "stop", "")
		}
		switch {
		case names.IsCommonWord(w):
			fw.add(at, "common", "")
		case names.IsEnglishWord(w):
			fw.add(at, "english", "")
		default:
			fw.add(at, "unknown", "")
		}
		if !isAlpha(w) {
			fw.add(at, "nonalpha", "")
		}
	default:
		fw.add(at, "k", tk.Kind.String())
	}
	if ts.Cased && (tk.Kind == KindWord || tk.Kind == KindLetters) {
		fw.add(at, capShape(ts.Word(tk.First).Text), "")
	}
	if p := ts.Word(tk.Last).Punct; strings.Contains(p, ",") {
		fw.add(at, "comma", "")
	}
}

// capShape names a cased word's capitals as Tokens.Capitalised reads
// them, without allocating: "cap" (a capital, then not all capitals),
// "caps" (an ASCII capital first otherwise: "USA") or "low".
func capShape(text string) string {
	s := strings.TrimLeft(text, trimCutset)
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		rest := s[n:]
		upper, lower := false, false
		for _, c := range rest {
			upper = upper || unicode.IsUpper(c)
			lower = lower || unicode.IsLower(c)
		}
		if !(len(rest) >= 2 && upper && !lower) {
			return "cap"
		}
	}
	if text != "" && text[0] >= 'A' && text[0] <= 'Z' {
		return "caps"
	}
	return "low"
}

// alnumShape is a mixed word's shape: digits first or letters first.
func alnumShape(w string) string {
	if w[0] >= '0' && w[0] <= '9' {
		if c := w[len(w)-1]; c >= 'a' && c <= 'z' {
			return "da" // "4b", "6257a"
		}
		return "dx"
	}
	return "ad" // "w156n9762", "a1075"
}

// addrTagger holds the scratch memory of one run of the tagger.
type addrTagger struct {
	seq  []int
	fw   addrFeats
	emit [][nAddrTags]float32
	vit  viterbiScratch
	tags []addrTag
	m    *addrModel
	k    int // the token whose features are being read
}

// addrTaggers keeps taggers' memory between runs.
var addrTaggers = sync.Pool{New: func() any {
	tg := &addrTagger{}
	tg.fw.visit = tg.addEmission
	return tg
}}

// addEmission adds feature f's weights to token k's scores.
func (tg *addrTagger) addEmission(f []byte) {
	if i, ok := tg.m.feat[string(f)]; ok {
		e, w := &tg.emit[tg.k], &tg.m.rows[i]
		for t := range e {
			e[t] += w[t]
		}
		if am := tg.fw.memo; am != nil && am.rec {
			am.rows = append(am.rows, i)
		}
	}
}

// tagAddress labels up to max tokens from token i with the model and
// returns the token indices read and their tags (valid until the tagger is
// used again).
func (ts *Tokens) tagAddress(tg *addrTagger, i, max int) ([]int, []addrTag) {
	return ts.tagAddressWith(theAddrModel(), tg, i, max)
}

// tagAddressWith is tagAddress with model m.
func (ts *Tokens) tagAddressWith(m *addrModel, tg *addrTagger, i, max int) ([]int, []addrTag) {
	tg.seq = ts.addrSeq(i, max, tg.seq)
	n := len(tg.seq)
	if n == 0 {
		return nil, nil
	}
	tg.m = m
	if tg.fw.visit == nil {
		tg.fw.visit = tg.addEmission
	}
	tg.emit = growScores(tg.emit, n)
	tg.fw.memo = ts.addrMemoFor(m)
	for k := 0; k < n; k++ {
		tg.k = k
		tg.emit[k] = [nAddrTags]float32{}
		tg.fw.memo.emit = &tg.emit[k]
		ts.addrFeatures(tg.seq, k, &tg.fw)
	}
	tg.fw.memo.emit, tg.fw.memo = nil, nil
	tg.tags = viterbi(tg.emit, &m.trans, &tg.vit, tg.tags)
	return tg.seq, tg.tags
}

// viterbiScratch is viterbi's memory, kept between calls.
type viterbiScratch struct {
	score [][nAddrTags]float32
	back  [][nAddrTags]addrTag
}

// viterbi returns in dst the tags of the best path through emit (a score
// per token and tag) and trans (a score per previous tag, nAddrTags for
// the start, and tag).
func viterbi(emit [][nAddrTags]float32, trans *[nAddrTags + 1][nAddrTags]float32, v *viterbiScratch, dst []addrTag) []addrTag {
	n := len(emit)
	v.score = growScores(v.score, n)
	if cap(v.back) < n {
		v.back = make([][nAddrTags]addrTag, n)
	}
	v.back = v.back[:n]
	for t := addrTag(0); t < nAddrTags; t++ {
		v.score[0][t] = emit[0][t] + trans[nAddrTags][t]
	}
	for k := 1; k < n; k++ {
		for t := addrTag(0); t < nAddrTags; t++ {
			best, arg := v.score[k-1][0]+trans[0][t], addrTag(0)
			for p := addrTag(1); p < nAddrTags; p++ {
				if s := v.score[k-1][p] + trans[p][t]; s > best {
					best, arg = s, p
				}
			}
			v.score[k][t] = best + emit[k][t]
			v.back[k][t] = arg
		}
	}
	dst = dst[:0]
	for k := 0; k < n; k++ {
		dst = append(dst, 0)
	}
	last := addrTag(0)
	for t := addrTag(1); t < nAddrTags; t++ {
		if v.score[n-1][t] > v.score[n-1][last] {
			last = t
		}
	}
	for k := n - 1; k >= 0; k-- {
		dst[k] = last
		last = v.back[k][last]
	}
	return dst
}

func growScores(s [][nAddrTags]float32, n int) [][nAddrTags]float32 {
	if cap(s) < n {
		return make([][nAddrTags]float32, n)
	}
	return s[:n]
}
