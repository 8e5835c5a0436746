package redact_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// The labelled evaluation set (testdata/pii, see its README.md): synthetic
// call-centre transcripts with ground truth as word-index ranges.
const evalSetPath = "../testdata/pii/transcripts.jsonl.gz"

// heldOutSetPath is a second set from the same generator with another seed
// and reworded talk around the entities (gen -heldout -seed 4242). The
// recognizers were not tuned on it, so it keeps TestPIIAccuracy honest.
const heldOutSetPath = "../testdata/pii/heldout.jsonl.gz"

type evalWord struct {
	Text    string `json:"text"`
	Punct   string `json:"punct"`
	StartMS int    `json:"start_ms"`
	EndMS   int    `json:"end_ms"`
	Channel int    `json:"channel"`
	Speaker string `json:"speaker"`
}

type evalEntity struct {
	Type       redact.Type   `json:"type"`
	Form       string        `json:"form"`
	First      int           `json:"first"`
	Last       int           `json:"last"`
	OuterFirst int           `json:"outer_first"`
	OuterLast  int           `json:"outer_last"`
	Optional   []int         `json:"optional"`
	Also       []redact.Type `json:"also"`
}

type evalNegative struct {
	Kind  string `json:"kind"`
	First int    `json:"first"`
	Last  int    `json:"last"`
}

type evalRecord struct {
	ID        string         `json:"id"`
	Style     string         `json:"style"`
	Channels  int            `json:"channels"`
	Words     []evalWord     `json:"words"`
	Entities  []evalEntity   `json:"entities"`
	Negatives []evalNegative `json:"hard_negatives"`
}

// accepts reports whether a finding of type t is correct for e. A
// refinement of the entity's type counts (CARD_CVV for a security code the
// first sets label CARD, IBAN for an ACCOUNT).
func (e *evalEntity) accepts(t redact.Type) bool {
	return t == e.Type || slices.Contains(e.Also, t) || t.Parent() == e.Type && t.Parent() != ""
}

// required lists the entity's words that must be redacted.
func (e *evalEntity) required() []int {
	var out []int
	for i := e.First; i <= e.Last; i++ {
		if !slices.Contains(e.Optional, i) {
			out = append(out, i)
		}
	}
	return out
}

// evalSets returns the paths of the sets to evaluate: the committed set
// and the held-out one, or only the file named by $REDACT_EVAL_SET (for
// another set, e.g. one generated with another seed:
// cd testdata/pii && go run ./gen -seed 7 -o /tmp/x.jsonl); with
// $REDACT_EVAL_SPLIT, only half of it (inEvalSplit).
func evalSets() []string {
	if p := os.Getenv("REDACT_EVAL_SET"); p != "" {
		return []string{p}
	}
	return []string{filepath.FromSlash(evalSetPath), filepath.FromSlash(heldOutSetPath)}
}

// loadEvalSet reads the set at path, only the half $REDACT_EVAL_SPLIT
// names when $REDACT_EVAL_SET names the set (inEvalSplit). A split this
// test cannot honour (evalSplitRefusal) fails it before a record is read.
func loadEvalSet(t testing.TB, path string) []evalRecord {
	t.Helper()
	if err := evalSplitRefusal(os.Getenv("REDACT_EVAL_SET"), os.Getenv("REDACT_EVAL_SPLIT"), false); err != nil {
		t.Fatal(err)
	}
	return readEvalSet(t, path)
}

// evalSplitRefusal says why a test cannot honour the split asked for, or
// nil when it can: split is $REDACT_EVAL_SPLIT and evalSet
// $REDACT_EVAL_SET. A split is "odd" or "even" and is honoured only on the
// set that $REDACT_EVAL_SET names: the tests of the committed sets read
// their fixed paths whole (and hold them to floors measured on the whole
// set), so a split asked of them alone would silently score both halves.
// devHalfOnly is for a test that reads only a dev half whatever it is
// asked (TestPIIAccuracy_ASRDevHalfAnswers): "odd" is what it does,
// "even" it cannot do.
func evalSplitRefusal(evalSet, split string, devHalfOnly bool) error {
	switch {
	case split == "":
		return nil
	case split != "odd" && split != "even":
		return fmt.Errorf("REDACT_EVAL_SPLIT=%q: want odd or even", split)
	case devHalfOnly && split == "odd":
		return nil
	case devHalfOnly:
		return fmt.Errorf("REDACT_EVAL_SPLIT=%s: this test measures its set's dev half (odd dialogues) only", split)
	case evalSet == "":
		return fmt.Errorf("REDACT_EVAL_SPLIT=%s without REDACT_EVAL_SET: this test would score both halves of its set; "+
			"name the set to measure one half, e.g. REDACT_EVAL_SET=../testdata/pii/set13.jsonl.gz "+
			"REDACT_EVAL_SPLIT=%s go test ./redact -run 'TestPIIAccuracy$' -v "+
			"(the ASR set: REDACT_EVAL_SET=../testdata/pii/asr.jsonl.gz and -run 'TestPIIAccuracy_ASRSet$')", split, split)
	}
	return nil
}

// readEvalSet reads the set at path, keeping the records in the split
// (inEvalSplit), without asking whether the caller can honour the split.
func readEvalSet(t testing.TB, path string) []evalRecord {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err, "open the evaluation set (regenerate with: cd testdata/pii && go run ./gen)")
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(f.Name(), ".gz") {
		zr, err := gzip.NewReader(f)
		require.NoError(t, err)
		r = zr
	}
	var recs []evalRecord
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var rec evalRecord
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec), "record %d", len(recs))
		if keep, err := inEvalSplit(rec.ID); err != nil {
			require.NoError(t, err)
		} else if keep {
			recs = append(recs, rec)
		}
	}
	require.NoError(t, sc.Err())
	return recs
}

// inEvalSplit reports whether the record with this ID is in the half of a
// set that $REDACT_EVAL_SPLIT names, when $REDACT_EVAL_SET names the set:
// "odd" or "even" dialogue numbers, the number being the ID's second
// field ("wild-017-person-answer-lower" is dialogue 17). The wild set's
// dev half, tuned on, is "odd"; its test half, kept unread, is "even".
// Unset, every record is in.
func inEvalSplit(id string) (bool, error) {
	split := os.Getenv("REDACT_EVAL_SPLIT")
	if split == "" || os.Getenv("REDACT_EVAL_SET") == "" {
		return true, nil
	}
	if split != "odd" && split != "even" {
		return false, fmt.Errorf("REDACT_EVAL_SPLIT=%q: want odd or even", split)
	}
	fields := strings.SplitN(id, "-", 3)
	if len(fields) < 2 {
		return false, fmt.Errorf("record %q: no dialogue number to split on", id)
	}
	n, err := strconv.Atoi(fields[1])
	if err != nil {
		return false, fmt.Errorf("record %q: dialogue number %q: %w", id, fields[1], err)
	}
	return (n%2 == 1) == (split == "odd"), nil
}

// splitSets are the ID prefixes of the sets with a dev half (odd dialogue
// numbers, tuned on) and a test half (even, never read by a tuner).
var splitSets = map[string]bool{"wild": true, "corpora": true, "asr": true, "set9": true, "set10": true, "set11": true, "set12": true, "set13": true, "set14": true, "set15": true, "set15asr": true, "set16": true, "set17": true, "set18": true, "set19": true, "set20": true}

// dropTestHalf returns the ids that are not in a split set's test half,
// and how many were left out: the tables may print which cases missed,
// but never a test half's, whatever the run measures (a whole-set run of
// TestPIIAccuracy_Set9 would otherwise show them to whoever tunes).
func dropTestHalf(ids []string) (kept []string, hidden int) {
	kept = ids[:0:0]
	for _, id := range ids {
		fields := strings.SplitN(id, "-", 3)
		if len(fields) >= 2 && splitSets[fields[0]] {
			if n, err := strconv.Atoi(fields[1]); err == nil && n%2 == 0 {
				hidden++
				continue
			}
		}
		kept = append(kept, id)
	}
	return kept, hidden
}

func (rec *evalRecord) transcript() *transcript.Transcript {
	tr := &transcript.Transcript{Channels: rec.Channels, Source: transcript.FormatNative}
	for _, w := range rec.Words {
		tr.Words = append(tr.Words, transcript.Word{
			Text: w.Text, Punct: w.Punct,
			Start: time.Duration(w.StartMS) * time.Millisecond, End: time.Duration(w.EndMS) * time.Millisecond,
			Channel: w.Channel, Speaker: w.Speaker, Confidence: -1,
		})
	}
	return tr
}

// typeMask is a set of finding types covering one word.
type typeMask map[redact.Type]bool

// wordCover returns, per word of tr, the types of the findings that cover
// it on the word's own channel.
func wordCover(tr *transcript.Transcript, findings []redact.Finding) []typeMask {
	cover := make([]typeMask, len(tr.Words))
	for _, f := range findings {
		for i := f.FirstWord; i <= f.LastWord; i++ {
			if tr.Words[i].Channel != f.Channel {
				continue
			}
			if cover[i] == nil {
				cover[i] = typeMask{}
			}
			cover[i][f.Type] = true
		}
	}
	return cover
}

// foundIn reports whether every required word of e is covered by a type
// e accepts: how the accuracy tests count an entity as found.
func (e *evalEntity) foundIn(cover []typeMask) bool {
	for _, i := range e.required() {
		hit := false
		for ty := range cover[i] {
			hit = hit || e.accepts(ty)
		}
		if !hit {
			return false
		}
	}
	return true
}

// tally counts one type's results.
type tally struct {
	entities, found, foundOrNumber, foundAny int
	reqWords, reqWordsFound                  int
	findings, findingsTP                     int
	findWords, findWordsTP                   int
}

// recall targets from the issue (entity level).
var recallTargets = map[redact.Type]float64{
	redact.Phone: 0.99, redact.Card: 0.99, redact.SSN: 0.99, redact.Email: 0.99,
	redact.Person: 0.95, redact.Address: 0.95, redact.DOB: 0.99, redact.Account: 0.99, redact.ZIP: 0.99,
}

const (
	maxFPWordRate      = 0.01 // false-positive words / non-PII words
	maxHardNegWordRate = 0.02 // flagged hard-negative words / hard-negative words
)

// accuracyTargets are what a set must reach.
type accuracyTargets struct {
	recall            map[redact.Type]float64
	maxFP, maxHardNeg float64
}

// issueTargets are the issue's targets, which the generated sets meet.
var issueTargets = accuracyTargets{recallTargets, maxFPWordRate, maxHardNegWordRate}

// otherSetTargets are the targets TestPIIAccuracy holds any other set
// named by $REDACT_EVAL_SET to: the same recall and false-positive
// targets, and the later issue's ceiling on hard-negative words for every
// set, 3 %, which the per-set tests use too (the 2 % is the generated
// sets' own).
var otherSetTargets = accuracyTargets{recallTargets, maxFPWordRate, 0.03}

// evalSetTargets returns the targets that apply to the set at path in
// TestPIIAccuracy: issueTargets for the two generated sets, otherSetTargets
// for any other.
func evalSetTargets(path string) accuracyTargets {
	switch filepath.Base(path) {
	case filepath.Base(evalSetPath), filepath.Base(heldOutSetPath):
		return issueTargets
	}
	return otherSetTargets
}

// ceiling formats a rate ceiling for the log: "target <= 2%", "target <=
// 6.15%", or "no ceiling" for 1 (a set measured with no floors).
func ceiling(max float64) string {
	if max >= 1 {
		return "no ceiling"
	}
	return "target <= " + strconv.FormatFloat(100*max, 'f', -1, 64) + "%"
}

// independentSetPath is the set written by hand, independently of the
// recognizers and in another style (testdata/pii/independent/README.md).
const independentSetPath = "../testdata/pii/independent.jsonl.gz"

// independentFloors are regression floors on the independent set: every
// type has been tuned on its misses, and each floor is the recall reached
// then (1.000, and PERSON 0.998) less 0.01 or 0.02. The package doc gives
// the figures.
var independentFloors = accuracyTargets{
	recall: map[redact.Type]float64{
		redact.Card: 0.99, redact.CardCVV: 0.99, redact.CardExpiry: 0.99, redact.SSN: 0.99, redact.Phone: 0.99,
		redact.Email: 0.99, redact.IBAN: 0.99, redact.Routing: 0.99, redact.Medicare: 0.99, redact.Passport: 0.99,
		redact.License: 0.99, redact.Account: 0.99, redact.PIN: 0.99, redact.Password: 0.99, redact.Username: 0.99,
		redact.IPAddress: 0.99, redact.URL: 0.99, redact.DOB: 0.99, redact.ZIP: 0.99, redact.Address: 0.99,
		redact.Person: 0.98,
	},
	maxFP: 0.006, maxHardNeg: 0.03,
}

// TestPIIAccuracy runs Find with the default policy over the evaluation
// set and checks the issue's targets (evalSetTargets: for a set named by
// $REDACT_EVAL_SET, other than the generated ones, the issue's 3 % on
// hard negatives).
//
// How it counts:
//   - A truth entity is found when every one of its required words (all
//     its words but fillers, punctuation tokens, connectors such as
//     "extension" and the abandoned half of a self-correction) is covered by
//     findings of its type, or of a type its label also accepts (a card's
//     "last four" may be CARD or SSN, as the issue lists "last four" under
//     SSN; an uncued long number may be NUMBER or ACCOUNT). Several findings
//     may share the work. This is the recall the targets apply to.
//   - "+NUMBER" also accepts NUMBER findings; the issue allows NUMBER only
//     for uncued long digit runs, so it is reported, not used for targets.
//     "any" accepts a finding of any type: the share that is bleeped at all.
//   - A finding is a true positive (entity precision) when it overlaps an
//     entity that accepts its type; a NUMBER finding counts when it overlaps
//     any entity. Word precision counts a finding's words inside such
//     entities (titles before a name, the entity's outer range, are allowed).
//   - False-positive words are words covered by a finding outside every
//     entity's outer range, over all such non-PII words; the hard-negative
//     rate is the share of hard-negative words (prices, times, years, ...)
//     covered by any finding.
//
// Matched text is never logged: only counts and case ids.
func TestPIIAccuracy(t *testing.T) {
	for _, path := range evalSets() {
		t.Run(filepath.Base(path), func(t *testing.T) { testPIIAccuracy(t, path, evalSetTargets(path)) })
	}
}

// TestPIIAccuracy_IndependentSet measures the recognizers on the set that
// was written without them (go test ./redact -run Independent -v prints
// the table).
func TestPIIAccuracy_IndependentSet(t *testing.T) {
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	testPIIAccuracy(t, filepath.FromSlash(independentSetPath), independentFloors)
}

// blindSetPath is the set written blind, by an engineer who read neither
// redact/ nor the earlier sets (testdata/pii/blind/README.md).
const blindSetPath = "../testdata/pii/blind.jsonl.gz"

// blindFloors are regression floors on the blind set: the recall measured
// when the complete set arrived, less about 0.03. By then the recognizers
// had been tuned on the misses of its first 82 calls, not on the other 129
// (the package doc gives the figures before and after). The word-like
// types (PERSON, EMAIL, ADDRESS, PASSPORT, DRIVER_LICENSE, PASSWORD,
// USERNAME, URL) and then the numeric types were later tuned on all of its
// misses; their floors are what they reached then (1.000 for each numeric
// type), less 0.01.
var blindFloors = accuracyTargets{
	recall: map[redact.Type]float64{
		redact.Card: 0.99, redact.CardCVV: 0.99, redact.CardExpiry: 0.99, redact.SSN: 0.99, redact.Phone: 0.99,
		redact.Email: 0.99, redact.IBAN: 0.99, redact.Routing: 0.99, redact.Medicare: 0.99, redact.Passport: 0.99,
		redact.License: 0.99, redact.Account: 0.99, redact.PIN: 0.99, redact.Password: 0.99, redact.Username: 0.99,
		redact.IPAddress: 0.99, redact.URL: 0.99, redact.DOB: 0.99, redact.ZIP: 0.99, redact.Address: 0.99,
		redact.Person: 0.98,
	},
	maxFP: 0.006, maxHardNeg: 0.035,
}

// TestPIIAccuracy_BlindSet measures the recognizers on the blind set (go
// test ./redact -run Blind -v prints the table).
func TestPIIAccuracy_BlindSet(t *testing.T) {
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	testPIIAccuracy(t, filepath.FromSlash(blindSetPath), blindFloors)
}

func testPIIAccuracy(t *testing.T, path string, tg accuracyTargets) {
	recs := loadEvalSet(t, path)
	policy := evalPolicy()

	tallies := map[redact.Type]*tally{}
	get := func(ty redact.Type) *tally {
		if tallies[ty] == nil {
			tallies[ty] = &tally{}
		}
		return tallies[ty]
	}
	type formKey struct {
		typ         redact.Type
		form, style string
	}
	forms := newRecallCounts[formKey]()
	formMisses := map[formKey][]string{}
	styleTotal, styleFound := map[string]int{}, map[string]int{}
	var nonPII, nonPIIFlagged, hardNeg, hardNegFlagged int
	hardNegByKind, hardNegFlaggedByKind := map[string]int{}, map[string]int{}
	fpCases := map[string]int{}
	// REDACT_EVAL_HN_VERBOSE=1 lists each flagged hard-negative word with
	// its kind and the recognizers whose findings cover it, on a dev half
	// (REDACT_EVAL_SPLIT=odd) only.
	hnVerbose := os.Getenv("REDACT_EVAL_HN_VERBOSE") != "" && os.Getenv("REDACT_EVAL_SPLIT") == "odd"

	for _, rec := range recs {
		tr := rec.transcript()
		findings, err := redact.Find(tr, policy)
		require.NoError(t, err, rec.ID)

		for _, f := range findings {
			require.True(t, 0 <= f.FirstWord && f.FirstWord <= f.LastWord && f.LastWord < len(tr.Words), "%s: finding outside the transcript", rec.ID)
		}
		cover := wordCover(tr, findings)

		outer := make([]int, len(tr.Words)) // 1 + entity index, over outer ranges
		for k, e := range rec.Entities {
			for i := e.OuterFirst; i <= e.OuterLast; i++ {
				outer[i] = k + 1
			}
		}

		// Recall.
		for _, e := range rec.Entities {
			tl := get(e.Type)
			tl.entities++
			ok, okNum, okAny := true, true, true
			for _, i := range e.required() {
				tl.reqWords++
				hit, hitNum := false, false
				for ty := range cover[i] {
					if e.accepts(ty) {
						hit = true
					}
					if e.accepts(ty) || ty == redact.Number {
						hitNum = true
					}
				}
				if hit {
					tl.reqWordsFound++
				}
				ok = ok && hit
				okNum = okNum && hitNum
				okAny = okAny && len(cover[i]) > 0
			}
			k := formKey{e.Type, e.Form, rec.Style}
			forms.add(k, ok)
			styleTotal[rec.Style]++
			if ok {
				styleFound[rec.Style]++
				tl.found++
			} else {
				formMisses[k] = append(formMisses[k], rec.ID)
			}
			if okNum {
				tl.foundOrNumber++
			}
			if okAny {
				tl.foundAny++
			}
		}

		// Precision.
		for _, f := range findings {
			tl := get(f.Type)
			tl.findings++
			tp := false
			for i := f.FirstWord; i <= f.LastWord; i++ {
				if tr.Words[i].Channel != f.Channel {
					continue
				}
				tl.findWords++
				if k := outer[i]; k > 0 && (f.Type == redact.Number || rec.Entities[k-1].accepts(f.Type)) {
					tl.findWordsTP++
					tp = true
				}
			}
			if tp {
				tl.findingsTP++
			}
		}

		// False positives and hard negatives.
		for i := range tr.Words {
			if outer[i] == 0 {
				nonPII++
				if len(cover[i]) > 0 {
					nonPIIFlagged++
					fpCases[rec.ID]++
				}
			}
		}
		for _, n := range rec.Negatives {
			for i := n.First; i <= n.Last; i++ {
				hardNeg++
				hardNegByKind[n.Kind]++
				if len(cover[i]) > 0 {
					hardNegFlagged++
					hardNegFlaggedByKind[n.Kind]++
					if hnVerbose {
						t.Logf("HN %s %s %q by %s", rec.ID, n.Kind, tr.Words[i].Text, recognizersAt(findings, i))
					}
				}
			}
		}
	}

	// The table.
	types := redact.AllTypes()
	table := alignedTable("type\tentities\trecall\t+NUMBER\tany\ttarget\tprecision\tword recall\tword prec.\tfindings\t", func(tw io.Writer) {
		for _, ty := range types {
			tl := tallies[ty]
			if tl == nil {
				continue
			}
			target := "-"
			if v, ok := tg.recall[ty]; ok {
				target = fmt.Sprintf("%.2f", v)
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t\n", ty, tl.entities,
				ratio(tl.found, tl.entities), ratio(tl.foundOrNumber, tl.entities), ratio(tl.foundAny, tl.entities), target,
				ratio(tl.findingsTP, tl.findings), ratio(tl.reqWordsFound, tl.reqWords), ratio(tl.findWordsTP, tl.findWords), tl.findings)
		}
	})
	t.Logf("PII accuracy on %d transcripts (%s), default policy:\n%s", len(recs), path, table)
	t.Logf("entity recall by style: cased %d/%d = %s, lower %d/%d = %s",
		styleFound["cased"], styleTotal["cased"], ratio(styleFound["cased"], styleTotal["cased"]),
		styleFound["lower"], styleTotal["lower"], ratio(styleFound["lower"], styleTotal["lower"]))
	t.Logf("false-positive words: %d of %d non-PII words = %.2f%% (%s)", nonPIIFlagged, nonPII, 100*rate(nonPIIFlagged, nonPII), ceiling(tg.maxFP))
	t.Logf("hard negatives flagged: %d of %d words = %.2f%% (%s)", hardNegFlagged, hardNeg, 100*rate(hardNegFlagged, hardNeg), ceiling(tg.maxHardNeg))
	var kb strings.Builder
	for _, k := range sortedKeys(hardNegByKind, strings.Compare) {
		fmt.Fprintf(&kb, " %s %d/%d;", k, hardNegFlaggedByKind[k], hardNegByKind[k])
	}
	t.Logf("hard-negative words flagged by kind:%s", kb.String())

	// Recall per form, both styles together.
	type tf struct {
		typ  redact.Type
		form string
	}
	formAll := newRecallCounts[tf]()
	for k, n := range forms.total {
		formAll.total[tf{k.typ, k.form}] += n
		formAll.found[tf{k.typ, k.form}] += forms.found[k]
	}
	var fb strings.Builder
	for _, k := range formAll.keys(byTypeThen(func(k tf) redact.Type { return k.typ }, func(k tf) string { return k.form })) {
		fmt.Fprintf(&fb, " %s/%s %d/%d;", k.typ, k.form, formAll.found[k], formAll.total[k])
	}
	t.Logf("recall by form:%s", fb.String())

	// Forms with misses, with the ids of the first few cases (no text).
	for _, k := range sortedKeys(formMisses, func(x, y formKey) int {
		return strings.Compare(string(x.typ)+x.form+x.style, string(y.typ)+y.form+y.style)
	}) {
		ids, hidden := dropTestHalf(formMisses[k])
		if len(ids) > 4 {
			ids = append(ids[:4:4], "...")
		}
		if hidden > 0 {
			ids = append(ids, fmt.Sprintf("(+%d of a test half)", hidden))
		}
		t.Logf("missed %s/%s (%s): %d of %d found; cases %s", k.typ, k.form, k.style, forms.found[k], forms.total[k], strings.Join(ids, " "))
	}
	if len(fpCases) > 0 {
		worst := make([]string, 0, len(fpCases))
		for id := range fpCases {
			worst = append(worst, id)
		}
		worst, _ = dropTestHalf(worst)
		sort.Slice(worst, func(a, b int) bool {
			if fpCases[worst[a]] != fpCases[worst[b]] {
				return fpCases[worst[a]] > fpCases[worst[b]]
			}
			return worst[a] < worst[b]
		})
		if len(worst) > 8 {
			worst = worst[:8]
		}
		for i, id := range worst {
			worst[i] = fmt.Sprintf("%s(%d)", id, fpCases[id])
		}
		t.Logf("most false-positive words in: %s", strings.Join(worst, " "))
	}

	// The targets.
	for _, ty := range types {
		target, ok := tg.recall[ty]
		if !ok {
			continue
		}
		tl := get(ty)
		if assert.Positive(t, tl.entities, "no %s entities in the set", ty) {
			assert.GreaterOrEqual(t, rate(tl.found, tl.entities), target, "%s entity recall", ty)
		}
	}
	assert.LessOrEqual(t, rate(nonPIIFlagged, nonPII), tg.maxFP, "false-positive word rate")
	assert.LessOrEqual(t, rate(hardNegFlagged, hardNeg), tg.maxHardNeg, "hard-negative word rate")
}

func rate(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func ratio(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(n)/float64(d))
}

func TestDropTestHalf_HidesTheTestHalfsCases(t *testing.T) {
	kept, hidden := dropTestHalf([]string{"set9-017-person-slurp-lower", "set9-018-person-slurp-lower",
		"corpora-004-x-cased", "asr-003-y-lower", "wild-100-z", "peer-202-username-answer-lower", "012-phone-cased"})
	assert.Equal(t, []string{"set9-017-person-slurp-lower", "asr-003-y-lower", "peer-202-username-answer-lower",
		"012-phone-cased"}, kept)
	assert.Equal(t, 3, hidden)
}

func TestInEvalSplit_KeepsTheNamedHalf(t *testing.T) {
	t.Setenv("REDACT_EVAL_SET", "x.jsonl.gz")
	for _, tc := range []struct {
		split, id string
		want      bool
	}{
		{"odd", "wild-017-person-answer-lower", true},
		{"odd", "wild-018-person-answer-lower", false},
		{"even", "wild-018-person-answer-cased", true},
		{"even", "peer-201-username-answer-lower", false},
		{"", "wild-018-x", true},
	} {
		t.Setenv("REDACT_EVAL_SPLIT", tc.split)
		got, err := inEvalSplit(tc.id)
		require.NoError(t, err, tc.id)
		assert.Equal(t, tc.want, got, "%s %s", tc.split, tc.id)
	}
	t.Setenv("REDACT_EVAL_SPLIT", "half")
	_, err := inEvalSplit("wild-001-x")
	assert.Error(t, err)
	t.Setenv("REDACT_EVAL_SPLIT", "odd")
	_, err = inEvalSplit("nodash")
	assert.Error(t, err)
	t.Setenv("REDACT_EVAL_SET", "")
	got, err := inEvalSplit("nodash")
	require.NoError(t, err)
	assert.True(t, got, "no split without REDACT_EVAL_SET: the committed sets' tests see every record")
}

func TestEvalSplitRefusal_RefusesASplitATestCannotHonour(t *testing.T) {
	for _, tc := range []struct {
		set, split  string
		devHalfOnly bool
		refused     bool
	}{
		{"", "", false, false},
		{"../testdata/pii/set12.jsonl.gz", "", false, false},
		{"../testdata/pii/set12.jsonl.gz", "odd", false, false},
		{"../testdata/pii/set12.jsonl.gz", "even", false, false},
		{"", "odd", false, true},  // a committed set's test would score both halves
		{"", "even", false, true}, // likewise
		{"x.jsonl.gz", "half", false, true},
		{"", "odd", true, false}, // the dev-half tests read the odd half anyway
		{"", "even", true, true},
		{"", "1", true, true},
	} {
		err := evalSplitRefusal(tc.set, tc.split, tc.devHalfOnly)
		assert.Equal(t, tc.refused, err != nil, "set %q split %q devHalfOnly %v: %v", tc.set, tc.split, tc.devHalfOnly, err)
	}
	err := evalSplitRefusal("", "odd", false)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "REDACT_EVAL_SET", "the message says what is missing")
}

// fatalRecorder is a testing.TB whose Fatal records its message and ends
// the goroutine, as testing.T's does, without failing the test.
type fatalRecorder struct {
	testing.TB
	msg string
}

func (r *fatalRecorder) Helper() {}

func (r *fatalRecorder) Fatal(args ...any) {
	r.msg = fmt.Sprint(args...)
	runtime.Goexit()
}

func TestLoadEvalSet_FailsOnASplitWithoutTheSetNamed(t *testing.T) {
	t.Setenv("REDACT_EVAL_SET", "")
	t.Setenv("REDACT_EVAL_SPLIT", "odd")
	r := &fatalRecorder{TB: t}
	done := make(chan []evalRecord)
	go func() {
		var recs []evalRecord
		defer func() { done <- recs }()
		recs = loadEvalSet(r, filepath.FromSlash(asrSetPath))
	}()
	assert.Empty(t, <-done, "no record read")
	assert.Contains(t, r.msg, "without REDACT_EVAL_SET")
}

// evalPolicy is the policy the accuracy tests measure: the default one
// (the answer rule for questions for one value, AnswersOne), or with
// $REDACT_EVAL_ANSWERS the answer rule's mode it names ("off", "one",
// "all"; "on" is "all"), to measure what it gains and costs on each set.
func evalPolicy() redact.Policy {
	p := redact.DefaultPolicy()
	switch v := os.Getenv("REDACT_EVAL_ANSWERS"); v {
	case "":
	case "on":
		p.Answers = redact.AnswersAll
	default:
		m, err := redact.ParseAnswerMode(v)
		if err != nil {
			panic("REDACT_EVAL_ANSWERS: " + err.Error())
		}
		p.Answers = m
	}
	return p
}

// testSplitSetAccuracy holds a set with a dev and a test half (set9 and
// later) to its floors, and prints its tables per style and per form
// (without the test half's case IDs) when run with -v.
func testSplitSetAccuracy(t *testing.T, setPath string, floors accuracyTargets) {
	t.Helper()
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	path := filepath.FromSlash(setPath)
	testPIIAccuracy(t, path, floors)
	if testing.Verbose() { // a second pass, only when its table is printed
		logRecallByStyle(t, path)
		logRecallByFormAndStyle(t, path)
	}
}

// TestInEvalSplit_ReadsSplitSetIDs checks that REDACT_EVAL_SPLIT reads the
// IDs of the sets with halves ("set9-NNN-<form>-<style>", "set10-...",
// "set11-...", "set12-..."): the dialogue number is the second field, whatever the
// focus form holds, and a three-digit number after a two-digit set number
// is read as such.
func TestInEvalSplit_ReadsSplitSetIDs(t *testing.T) {
	for _, tc := range []struct {
		set, split, id string
		want           bool
	}{
		{set9SetPath, "odd", "set9-001-card-cvv-cued-lower", true},
		{set9SetPath, "odd", "set9-138-address-us-zip-cased", false},
		{set9SetPath, "even", "set9-138-address-us-zip-cased", true},
		{set9SetPath, "even", "set9-075-person-answer-lower", false},
		{set10SetPath, "odd", "set10-001-phone-intl-gb-cased", true},
		{set10SetPath, "odd", "set10-010-email-nemo-lower", false},
		{set10SetPath, "even", "set10-010-email-nemo-lower", true},
		{set10SetPath, "even", "set10-159-card-expiry-answer-cased", false},
		{set10SetPath, "odd", "set10-159-card-expiry-answer-cased", true},
		{set11SetPath, "odd", "set11-001-person-tm-order-cased", true},
		{set11SetPath, "odd", "set11-012-address-number-after-lower", false},
		{set11SetPath, "even", "set11-012-address-number-after-lower", true},
		{set11SetPath, "even", "set11-137-card-expiry-answer-cased", false},
		{set11SetPath, "odd", "set11-137-card-expiry-answer-cased", true},
		{set12SetPath, "odd", "set12-001-person-vocative-cased", true},
		{set12SetPath, "odd", "set12-022-account-deposit-lower", false},
		{set12SetPath, "even", "set12-022-account-deposit-lower", true},
		{set12SetPath, "even", "set12-139-ssn-form-cased", false},
		{set12SetPath, "odd", "set12-139-ssn-form-cased", true},
		{set13SetPath, "odd", "set13-001-person-vocative-cased", true},
		{set13SetPath, "odd", "set13-128-person-vocative-lower", false},
		{set13SetPath, "even", "set13-128-person-vocative-lower", true},
		{set13SetPath, "even", "set13-127-person-third-party-cased", false},
		{set13SetPath, "odd", "set13-127-person-third-party-cased", true},
		{set14SetPath, "odd", "set14-001-person-list-cased", true},
		{set14SetPath, "odd", "set14-138-person-first-name-lower", false},
		{set14SetPath, "even", "set14-138-person-first-name-lower", true},
		{set14SetPath, "even", "set14-137-person-first-name-cased", false},
		{set14SetPath, "odd", "set14-137-person-first-name-cased", true},
		{set15SetPath, "odd", "set15-001-phone-answer-lower", true},
		{set15SetPath, "even", "set15-100-person-vocative-lower", true},
		{set15SetPath, "odd", "set15-100-person-vocative-lower", false},
		{set15ASRSetPath, "odd", "set15asr-099-zip-cued-lower", true},
		{set15ASRSetPath, "even", "set15asr-099-zip-cued-lower", false},
		{set16SetPath, "odd", "set16-001-person-full-name-cased", true},
		{set16SetPath, "odd", "set16-002-person-vocative-lower", false},
		{set16SetPath, "even", "set16-002-person-vocative-lower", true},
		{set16SetPath, "even", "set16-105-person-vocative-cased", false},
		{set16SetPath, "odd", "set16-105-person-vocative-cased", true},
		{set17SetPath, "odd", "set17-001-person-vocative-cased", true},
		{set17SetPath, "odd", "set17-002-person-vocative-lower", false},
		{set17SetPath, "even", "set17-002-person-vocative-lower", true},
		{set17SetPath, "even", "set17-051-person-vocative-cased", false},
		{set17SetPath, "odd", "set17-051-person-vocative-cased", true},
		{set18SetPath, "odd", "set18-001-person-possessive-cased", true},
		{set18SetPath, "odd", "set18-002-person-vocative-lower", false},
		{set18SetPath, "even", "set18-002-person-vocative-lower", true},
		{set18SetPath, "even", "set18-049-person-vocative-cased", false},
		{set18SetPath, "odd", "set18-049-person-vocative-cased", true},
		{set19SetPath, "odd", "set19-001-none-cased", true},
		{set19SetPath, "odd", "set19-002-none-lower", false},
		{set19SetPath, "even", "set19-002-none-lower", true},
		{set19SetPath, "even", "set19-043-person-full-name-cased", false},
		{set19SetPath, "odd", "set19-043-person-full-name-cased", true},
		{set20SetPath, "odd", "set20-001-person-third-party-cased", true},
		{set20SetPath, "odd", "set20-002-person-third-party-lower", false},
		{set20SetPath, "even", "set20-002-person-third-party-lower", true},
		{set20SetPath, "even", "set20-041-person-vocative-cased", false},
		{set20SetPath, "odd", "set20-041-person-vocative-cased", true},
	} {
		t.Setenv("REDACT_EVAL_SET", tc.set)
		t.Setenv("REDACT_EVAL_SPLIT", tc.split)
		got, err := inEvalSplit(tc.id)
		require.NoError(t, err, tc.id)
		assert.Equal(t, tc.want, got, "%s in %s", tc.id, tc.split)
	}
}

// recognizersAt names the recognizers of the findings that cover word i.
func recognizersAt(findings []redact.Finding, i int) string {
	var rs []string
	for _, f := range findings {
		if f.FirstWord <= i && i <= f.LastWord {
			rs = append(rs, string(f.Type)+"/"+f.Recognizer)
		}
	}
	return strings.Join(rs, ",")
}
