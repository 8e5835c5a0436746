package redact

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/internal/racedetect"
	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// The name model's trainer. nametag_weights.go is what it writes:
//
//	go test ./redact -run TestNameModel_Table -update-nametag
//
// TestNameModel_Table trains again and fails if the table differs;
// TestNameModel_HeldOut trains on 80 % of the names and reports how well
// the model tells the other 20 % apart.

var updateNameTag = flag.Bool("update-nametag", false, "write nametag_weights.go from the training data")

const (
	nameTrainPath   = "../testdata/pii/nametrain/names.txt.gz"
	nameTrainEpochs = 10
	nameTrainSeed   = 15
	// nameWordPairs is how many pairs of ordinary English words are added
	// as negatives ("ordinary words", not a name).
	nameWordPairs = 600
	// namePrune drops the weights under this (in table units, 1/1000).
	namePrune = 50
)

// trainName is one labelled name of the training data.
type trainName struct {
	person bool
	words  []string
}

func loadNameTraining(t testing.TB) []trainName {
	var out []trainName
	gzipLines(t, nameTrainPath, func(line string) {
		fs := strings.Fields(line)
		require.GreaterOrEqual(t, len(fs), 2, "a label and a word")
		require.Contains(t, []string{"P", "C"}, fs[0])
		out = append(out, trainName{person: fs[0] == "P", words: fs[1:]})
	})
	return out
}

// ordinaryPairs returns n pairs of English words that are in neither name
// list, drawn with r from the English word list: negatives of the kind
// "not a name, ordinary words".
func ordinaryPairs(t testing.TB, n int, r *rand.Rand) []trainName {
	b, err := os.ReadFile("internal/names/englishwords.txt")
	require.NoError(t, err)
	var ws []string
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' || strings.ContainsRune(l, '\'') || names.IsFirstName(l) || names.IsSurname(l) {
			continue
		}
		ws = append(ws, l)
	}
	require.NotEmpty(t, ws)
	out := make([]trainName, n)
	for i := range out {
		out[i] = trainName{words: []string{ws[r.Intn(len(ws))], ws[r.Intn(len(ws))]}}
	}
	return out
}

// renderName says a name as a transcript would: written (title case, the
// source's punctuation) or spoken (lowercase, no punctuation, "&" said
// "and").
func renderName(n trainName, spoken bool) *Tokens {
	var words []transcript.Word
	for _, f := range n.words {
		text := strings.TrimRight(f, ",.;:")
		punct := f[len(text):]
		if text == "" {
			continue
		}
		if spoken {
			punct = ""
			text = strings.Trim(text, ".\"()")
			if text == "&" {
				text = "and"
			}
			if text == "" {
				continue
			}
		} else {
			text = strings.ToUpper(text[:1]) + text[1:]
		}
		w := transcript.Word{Text: text, Punct: punct, Confidence: -1}
		w.Start = time.Duration(len(words)) * 300 * time.Millisecond
		w.End = w.Start + 250*time.Millisecond
		words = append(words, w)
	}
	if len(words) == 0 {
		return nil
	}
	ts := Normalize(&transcript.Transcript{Channels: 1, Words: words})
	if len(ts) == 0 || len(ts[0].Toks) == 0 {
		return nil
	}
	return ts[0]
}

// nameExample is one rendering's feature ids and label.
type nameExample struct {
	feats  []int32
	person bool
}

// nameExamples renders every name written and spoken and reads its
// features.
func nameExamples(ns []trainName, fids *featureIDs) []nameExample {
	var out []nameExample
	var s nameScorer
	for _, n := range ns {
		for _, spoken := range []bool{false, true} {
			ts := renderName(n, spoken)
			if ts == nil {
				continue
			}
			ex := nameExample{person: n.person}
			s.seq = ts.nameSpanWords(0, len(ts.Toks)-1, s.seq)
			if len(s.seq) == 0 {
				continue
			}
			s.fw.visit = func(f []byte) { ex.feats = append(ex.feats, fids.id(f)) }
			ts.nameFeatures(s.seq, &s.fw)
			out = append(out, ex)
		}
	}
	return out
}

// trainNameModel trains an averaged perceptron (in integers, so that
// training gives the same table on every machine) on exs and returns the
// averaged weights in thousandths.
func trainNameModel(exs []nameExample, fids *featureIDs, seed int64) []nameWeight {
	w := make([]int64, len(fids.names))
	u := make([]int64, len(fids.names))
	c := int64(1)
	perceptronEpochs(len(exs), nameTrainEpochs, seed, func(i int) {
		ex := exs[i]
		var s int64
		for _, f := range ex.feats {
			s += w[f]
		}
		y := int64(-1)
		if ex.person {
			y = 1
		}
		if y*s <= 0 {
			for _, f := range ex.feats {
				w[f] += y
				u[f] += y * c
			}
		}
		c++
	})
	var out []nameWeight
	for f, name := range fids.names {
		if q := averagedWeight(w[f], u[f], c, nameWeightScale); abs64(int64(q)) >= namePrune {
			out = append(out, nameWeight{name, q})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Feat < out[j].Feat })
	return out
}

// overshoots returns, for each person's name of ns, a negative: the name
// and the ordinary word said after it ("john called", "maria please"), a
// word of the common-word list that is in neither name list, drawn with r.
// They teach the model where a name stops.
func overshoots(t testing.TB, ns []trainName, r *rand.Rand) []trainName {
	b, err := os.ReadFile("internal/names/commonwords.txt")
	require.NoError(t, err)
	var ws []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		for _, w := range strings.Fields(l) {
			if !names.IsFirstName(w) && !names.IsSurname(w) && isAlpha(w) {
				ws = append(ws, w)
			}
		}
	}
	require.NotEmpty(t, ws)
	var out []trainName
	for _, n := range ns {
		if n.person {
			words := append(slices.Clip(n.words), ws[r.Intn(len(ws))])
			out = append(out, trainName{words: words})
		}
	}
	return out
}

// nameTrainingSet is the training names, the ordinary word pairs and the
// names said with the word after them.
func nameTrainingSet(t testing.TB) []trainName {
	ns := loadNameTraining(t)
	r := rand.New(rand.NewSource(nameTrainSeed))
	ns = append(ns, overshoots(t, ns, r)...)
	return append(ns, ordinaryPairs(t, nameWordPairs, r)...)
}

// nameWeightsSource is nametag_weights.go for ws.
func nameWeightsSource(ws []nameWeight, ns []trainName, examples int) []byte {
	people, corps := 0, 0
	for _, n := range ns {
		if n.person {
			people++
		} else {
			corps++
		}
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by go test ./redact -run TestNameModel_Table -update-nametag; DO NOT EDIT.\n\n")
	b.WriteString("package redact\n\n")
	fmt.Fprintf(&b, "// nameTagWeights is the name model (nametag.go): %d weights, trained on\n", len(ws))
	fmt.Fprintf(&b, "// %d people's names and %d negatives (corporations' names, names with an\n// ordinary word after them, pairs of ordinary words)\n", people, corps)
	fmt.Fprintf(&b, "// (testdata/pii/nametrain), each written and spoken (%d spans), %d epochs.\n", examples, nameTrainEpochs)
	b.WriteString("var nameTagWeights = []nameWeight{\n")
	for _, w := range ws {
		fmt.Fprintf(&b, "\t{%s, %d},\n", strconv.Quote(w.Feat), w.W)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

func TestNameModel_Table(t *testing.T) {
	if testing.Short() && !*updateNameTag {
		t.Skip("trains the name model: not under -short")
	}
	ns := nameTrainingSet(t)
	fids := newFeatureIDs()
	exs := nameExamples(ns, fids)
	src := nameWeightsSource(trainNameModel(exs, fids, nameTrainSeed), ns, len(exs))
	checkWeightsTable(t, "nametag_weights.go", src, *updateNameTag, "go test ./redact -run TestNameModel_Table -update-nametag")
}

// TestNameModel_HeldOut trains on four names in five and reports the
// model's accuracy on the fifth, written and spoken, for people's names
// and for the rest.
func TestNameModel_HeldOut(t *testing.T) {
	if testing.Short() || racedetect.Enabled {
		t.Skip("trains the name model again: not under -short or -race (the table check runs there)")
	}
	ns := nameTrainingSet(t)
	train, test := heldOutSplit(ns)
	fids := newFeatureIDs()
	m := newNameModel(trainNameModel(nameExamples(train, fids), fids, nameTrainSeed))
	var s nameScorer
	for _, spoken := range []bool{false, true} {
		var pOK, pN, cOK, cN int
		for _, n := range test {
			ts := renderName(n, spoken)
			if ts == nil {
				continue
			}
			got := ts.nameScoreWith(m, &s, 0, len(ts.Toks)-1) > 0
			if n.person {
				pN++
				if got {
					pOK++
				}
			} else {
				cN++
				if !got {
					cOK++
				}
			}
		}
		style := "written"
		if spoken {
			style = "spoken"
		}
		acc := float64(pOK+cOK) / float64(pN+cN)
		t.Logf("held-out %s: %d spans, accuracy %.3f; people's names %d/%d = %.3f, others %d/%d = %.3f",
			style, pN+cN, acc, pOK, pN, float64(pOK)/float64(pN), cOK, cN, float64(cOK)/float64(cN))
		assert.Greater(t, acc, 0.9, "held-out accuracy")
	}
	// As nameAnswerRun asks it: spoken spans of two to nameRunMax words
	// whose first word may open a name, against nameRunMin.
	var pOK, pN, cOK, cN int
	for _, n := range test {
		ts := renderName(n, true)
		if ts == nil || len(ts.Toks) < 2 || len(ts.Toks) > nameRunMax || !nameRunOpener(ts.Toks[0].Norm) {
			continue
		}
		got := ts.nameScoreWith(m, &s, 0, len(ts.Toks)-1) >= nameRunMin
		if n.person {
			pN++
			if got {
				pOK++
			}
		} else {
			cN++
			if got {
				cOK++
			}
		}
	}
	t.Logf("held-out spoken spans of 2-%d words as an answer's run is read, score >= %d: people's names taken %d/%d = %.3f, others taken %d/%d = %.3f",
		nameRunMax, nameRunMin, pOK, pN, float64(pOK)/float64(pN), cOK, cN, float64(cOK)/float64(cN))
	assert.Less(t, float64(cOK)/float64(cN), 0.1, "held-out others taken as an answer's name")
}

// BenchmarkNameModel scores people's and corporations' names of the
// training data said in calls (spoken), one scoring a span, as
// nameAnswerRun asks the model.
func BenchmarkNameModel(b *testing.B) {
	ns := loadNameTraining(b)
	var spans []*Tokens
	audio := 0.0
	for _, n := range ns[:min(len(ns), 800)] {
		if ts := renderName(n, true); ts != nil {
			spans = append(spans, ts)
			audio += ts.Transcript.Words[len(ts.Transcript.Words)-1].End.Seconds()
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		for _, ts := range spans {
			ts.nameScore(0, len(ts.Toks)-1)
		}
	}
	el := time.Since(start).Seconds() / float64(b.N)
	b.ReportMetric(float64(len(spans))/el, "spans/s")
	b.ReportMetric(audio/el, "x-realtime")
}
