package redact

import (
	"strings"
	"sync"

	"github.com/callveil/callveil/redact/internal/names"
)

// The name model: a linear model (an averaged perceptron) that reads the
// words of a candidate span and scores whether they are a person's name
// (above 0) or a business's, a place's or ordinary words (below 0). It is
// trained offline (nametag_train_test.go) on datamade/probablepeople's
// labelled people's and corporations' names that no evaluation set uses
// (testdata/pii/nametrain), each written and said in a recogniser's
// lowercase, so its features are those both share: the span's length, and
// for each of its words where it stands (alone, first, middle, last), its
// lowercase word and last letters, whether it is in the first-name or
// surname list and how frequent a name it is there, whether it is a common
// or English word, a word that ends a business's or a place's name, a
// surname's particle or an initial. Capitals are not read: the training
// names are written in every case (all capitals, all lowercase), which a
// transcript's capitals are not.
//
// The rules use it only where they cannot decide (nametag_use.go).
//
// Measured, with what it still misses: docs/redact-accuracy.md, "The name
// model (issue 15)".

// nameSpanMax is how many words of a span the model reads.
const nameSpanMax = 6

// nameWeight is one weight of the table: the score feature Feat adds,
// times 1/nameWeightScale.
type nameWeight struct {
	Feat string
	W    int16
}

// nameWeightScale turns the table's integers back into scores.
const nameWeightScale = 1000

var (
	nameModelOnce sync.Once
	nameModelData map[string]float32
)

// theNameModel returns the generated model (nametag_weights.go).
func theNameModel() map[string]float32 {
	nameModelOnce.Do(func() { nameModelData = newNameModel(nameTagWeights) })
	return nameModelData
}

func newNameModel(ws []nameWeight) map[string]float32 {
	m := make(map[string]float32, len(ws))
	for _, w := range ws {
		m[w.Feat] = float32(w.W) / nameWeightScale
	}
	return m
}

// nameFeats writes feature names into one buffer and hands each to visit
// (valid only during the call), so that scoring allocates no strings.
type nameFeats struct {
	buf   []byte
	visit func(f []byte)
}

func (fw *nameFeats) add(at, name, w string) {
	fw.buf = append(append(append(fw.buf[:0], at...), name...), w...)
	fw.visit(fw.buf)
}

// nameSpanWords returns in dst the tokens of first..last the model reads:
// words, spelled letters and numbers, not fillers or punctuation, at most
// nameSpanMax.
func (ts *Tokens) nameSpanWords(first, last int, dst []int) []int {
	dst = dst[:0]
	for j := first; j <= last && j < len(ts.Toks) && len(dst) < nameSpanMax; j++ {
		switch ts.Toks[j].Kind {
		case KindFiller, KindPunct:
			continue
		}
		dst = append(dst, j)
	}
	return dst
}

// spanCounts names a span's length in words, 1 to 4 and more.
var spanCounts = [...]string{"n0", "n1", "n2", "n3", "n4"}

// nameFeatures hands the features of the span of tokens seq to fw.
func (ts *Tokens) nameFeatures(seq []int, fw *nameFeats) {
	fw.add("", "b", "")
	fw.add("", spanCounts[min(len(seq), 4)], "")
	for k, j := range seq {
		at := "M"
		switch {
		case len(seq) == 1:
			at = "S"
		case k == 0:
			at = "F"
		case k == len(seq)-1:
			at = "L"
		}
		ts.nameTokenFeatures(j, at, fw)
		ts.nameTokenFeatures(j, "A", fw) // anywhere in the span
	}
}

// nameTokenFeatures hands token j's features to fw, named after where it
// stands in the span (at).
func (ts *Tokens) nameTokenFeatures(j int, at string, fw *nameFeats) {
	tk := &ts.Toks[j]
	w := tk.Norm
	switch tk.Kind {
	case KindWord:
	case KindLetters:
		if len(w) == 1 {
			fw.add(at, "initial", "")
		} else {
			fw.add(at, "letters", "")
		}
		return
	default:
		fw.add(at, "k", tk.Kind.String())
		return
	}
	fw.add(at, "w=", w)
	if len(w) > 4 {
		fw.add(at, "s=", w[len(w)-3:])
	}
	switch {
	case len(w) == 1:
		fw.add(at, "initial", "")
	case len(w) <= 3:
		fw.add(at, "short", "")
	case len(w) >= 9:
		fw.add(at, "long", "")
	}
	if names.IsFirstName(w) {
		switch r := names.FirstNameRank(w); {
		case r <= 300:
			fw.add(at, "first300", "")
		case r <= 1200:
			fw.add(at, "first1200", "")
		case r <= 5000:
			fw.add(at, "first5000", "")
		default:
			fw.add(at, "firstrare", "")
		}
	}
	if names.IsSurname(w) {
		switch r := names.SurnameRank(w); {
		case r <= 1000:
			fw.add(at, "sur1000", "")
		case r <= 10000:
			fw.add(at, "sur10000", "")
		default:
			fw.add(at, "surrare", "")
		}
	}
	switch {
	case names.IsCommonWord(w):
		fw.add(at, "common", "")
	case names.IsEnglishWord(w):
		fw.add(at, "english", "")
	case !names.IsFirstName(w) && !names.IsSurname(w):
		fw.add(at, "unknown", "")
	}
	if organisationWords[w] {
		fw.add(at, "org", "")
	}
	if placeEnd(w) {
		fw.add(at, "placeend", "")
	}
	if names.IsPlace(w) {
		fw.add(at, "place", "")
	}
	if nameParticles[w] || w == "mc" {
		fw.add(at, "particle", "")
	}
	if w == "and" || w == "&" || w == "of" || w == "the" || w == "for" || w == "on" {
		fw.add(at, "joiner", "")
	}
	if !isAlpha(w) {
		if strings.HasSuffix(w, "'s") {
			fw.add(at, "possessive", "")
		} else {
			fw.add(at, "nonalpha", "")
		}
	}
}

// nameScorer holds the scratch memory of one scoring.
type nameScorer struct {
	seq   []int
	fw    nameFeats
	m     map[string]float32
	score float32
}

// nameScorers keeps scorers' memory between runs.
var nameScorers = sync.Pool{New: func() any {
	s := &nameScorer{}
	s.fw.visit = s.addFeat
	return s
}}

func (s *nameScorer) addFeat(f []byte) { s.score += s.m[string(f)] }

// nameScore returns the model's score for tokens first..last: above 0 a
// person's name, below 0 a business's, a place's or ordinary words.
func (ts *Tokens) nameScore(first, last int) float32 {
	s := nameScorers.Get().(*nameScorer)
	v := ts.nameScoreWith(theNameModel(), s, first, last)
	nameScorers.Put(s)
	return v
}

// nameScoreWith is nameScore with model m and scorer s.
func (ts *Tokens) nameScoreWith(m map[string]float32, s *nameScorer, first, last int) float32 {
	s.seq = ts.nameSpanWords(first, last, s.seq)
	if len(s.seq) == 0 {
		return 0
	}
	s.m, s.score = m, 0
	if s.fw.visit == nil {
		s.fw.visit = s.addFeat
	}
	ts.nameFeatures(s.seq, &s.fw)
	return s.score
}
