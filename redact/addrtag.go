package redact

import (
	"strconv"
	"strings"
	"sync"

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
	feat  map[string][nAddrTags]float32
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
	m := &addrModel{feat: make(map[string][nAddrTags]float32, len(ws)/2)}
	for _, w := range ws {
		v := float32(w.W) / addrWeightScale
		if p, t, ok := transFeat(w.Feat); ok {
			if t == w.Tag {
				m.trans[p][t] = v
			}
			continue
		}
		a := m.feat[w.Feat]
		a[w.Tag] = v
		m.feat[w.Feat] = a
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
// tokens that are not fillers or punctuation, within i's sentence run and
// its speaker's turn (a sentence end after a number or a unit does not end
// it: "Box 12. Dallas, Texas" is cut at the turn, not the period).
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

// addrFeatures appends the features of token seq[k] to dst.
func (ts *Tokens) addrFeatures(seq []int, k int, dst []string) []string {
	dst = append(dst, "b")
	dst = ts.addrTokenFeatures(seq[k], "0", dst, true)
	if k > 0 {
		dst = ts.addrTokenFeatures(seq[k-1], "-1", dst, true)
		if ts.sentenceEndsAfter(seq[k-1]) {
			dst = append(dst, "end-1")
		}
	} else {
		dst = append(dst, "first")
	}
	if k > 1 {
		dst = ts.addrTokenFeatures(seq[k-2], "-2", dst, false)
	}
	if k+1 < len(seq) {
		dst = ts.addrTokenFeatures(seq[k+1], "+1", dst, true)
	} else {
		dst = append(dst, "last")
	}
	if k+2 < len(seq) {
		dst = ts.addrTokenFeatures(seq[k+2], "+2", dst, false)
	}
	return dst
}

// addrTokenFeatures appends token j's features, named after where it is
// (at: "0", "-1", "+1" ...); full adds its word and suffix.
func (ts *Tokens) addrTokenFeatures(j int, at string, dst []string, full bool) []string {
	tk := &ts.Toks[j]
	w := tk.Norm
	switch tk.Kind {
	case KindNumber:
		n := len(w)
		if n > 6 {
			n = 6
		}
		dst = append(dst, at+"d"+strconv.Itoa(n))
		if w[0] == '0' {
			dst = append(dst, at+"d0")
		}
	case KindOrdinal:
		dst = append(dst, at+"ord")
	case KindAlnum:
		dst = append(dst, at+"alnum", at+"alnum"+alnumShape(w))
	case KindLetters:
		dst = append(dst, at+"letters"+strconv.Itoa(min(len(w), 4)))
		if full {
			dst = append(dst, at+"w="+w)
		}
	case KindWord:
		if full {
			dst = append(dst, at+"w="+w)
			if len(w) > 4 {
				dst = append(dst, at+"s="+w[len(w)-3:])
			}
		}
		if len(w) == 1 {
			dst = append(dst, at+"one")
		}
		if streetSuffixes[w] {
			dst = append(dst, at+"type")
		}
		if weakSuffixes[w] {
			dst = append(dst, at+"weaktype")
		}
		if leadingTypes[w] {
			dst = append(dst, at+"pretype")
		}
		if unitWords[w] {
			dst = append(dst, at+"unit")
		}
		if directions[w] || len(w) == 1 && strings.Contains("nsew", w) {
			dst = append(dst, at+"dir")
		}
		if ts.isState(j) || stateAbbr[w] {
			dst = append(dst, at+"state")
		}
		if placeName(w) {
			dst = append(dst, at+"place")
		}
		if streetStop[w] {
			dst = append(dst, at+"stop")
		}
		if names.IsCommonWord(w) {
			dst = append(dst, at+"common")
		} else if names.IsEnglishWord(w) {
			dst = append(dst, at+"english")
		} else {
			dst = append(dst, at+"unknown")
		}
		if !isAlpha(w) {
			dst = append(dst, at+"nonalpha")
		}
	default:
		dst = append(dst, at+"k"+tk.Kind.String())
	}
	if ts.Cased && (tk.Kind == KindWord || tk.Kind == KindLetters) {
		if ts.Capitalised(tk.First) {
			dst = append(dst, at+"cap")
		} else if t := ts.Word(tk.First).Text; t != "" && t[0] >= 'A' && t[0] <= 'Z' {
			dst = append(dst, at+"caps")
		} else {
			dst = append(dst, at+"low")
		}
	}
	if p := ts.Word(tk.Last).Punct; strings.Contains(p, ",") {
		dst = append(dst, at+"comma")
	}
	return dst
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
	seq   []int
	feats []string
	emit  [][nAddrTags]float32
	vit   viterbiScratch
	tags  []addrTag
}

// tagAddress labels up to max tokens from token i with the model and
// returns the token indices read and their tags (valid until the next call
// with the same tagger).
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
	tg.emit = growScores(tg.emit, n)
	for k := 0; k < n; k++ {
		tg.feats = ts.addrFeatures(tg.seq, k, tg.feats[:0])
		e := &tg.emit[k]
		*e = [nAddrTags]float32{}
		for _, f := range tg.feats {
			if w, ok := m.feat[f]; ok {
				for t := range e {
					e[t] += w[t]
				}
			}
		}
	}
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
