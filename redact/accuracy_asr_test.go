package redact_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// asrSetPath is the seventh set: real pocketsphinx output over synthesised
// speech (flite and espeak-ng) of Schema-Guided Dialogue's train-split
// turns and a minority of verification turns written for it, labelled by
// time (testdata/pii/asr/README.md). It is the only set with a real
// recogniser's errors: names heard as other words, digits dropped or
// merged. Each entity's form ends in how it was heard: "-exact", "-partly"
// or "-wrong".
const asrSetPath = "../testdata/pii/asr.jsonl.gz"

// asrFloors are regression floors on the ASR set: the recall measured
// blind on 6f3b7a5, before anyone tuned on it, less 0.03 and rounded down
// to three places (testdata/pii/asr/README.md gives the figures). Entity
// recall there was 0.099 (28 of 284): the detector finds what the
// recogniser heard right (18 of 24) and almost nothing it heard wrong (10
// of 260). Where the measured recall is 0 (ACCOUNT, CARD_EXPIRY and PIN,
// 0 of 3-7) the floor is 0 and only checks the type is in the set. The
// ceilings are the 1 % and 3 % (0.35 % and 0.46 % at 6f3b7a5).
var asrFloors = accuracyTargets{
	recall: map[redact.Type]float64{
		redact.Person: 0.007, redact.Address: 0.103, redact.Phone: 0.031, redact.Card: 0.103,
		redact.CardCVV: 0.136, redact.CardExpiry: 0, redact.SSN: 0.345, redact.DOB: 0.136,
		redact.Routing: 0.303, redact.Account: 0, redact.PIN: 0, redact.ZIP: 0.22,
	},
	maxFP: 0.01, maxHardNeg: 0.03,
}

// asrHeardFloors are floors on the recall of the entities the recogniser
// heard exactly ("right", 18 of 24 = 0.750 at 6f3b7a5) and of those it
// heard partly or not at all ("wrong", 10 of 260 = 0.038), all types
// together: measured on 6f3b7a5 less 0.03.
var asrHeardFloors = map[string]float64{"right": 0.72, "wrong": 0.008}

// TestPIIAccuracy_ASRSet measures the recognizers on the ASR set (go test
// ./redact -run ASR -v prints the tables, also per type and how the
// entity was heard). With REDACT_EVAL_SET naming this set and
// REDACT_EVAL_SPLIT=odd or even it measures one half, with no floors;
// REDACT_EVAL_SPLIT without REDACT_EVAL_SET fails it (evalSplitRefusal),
// as it would score both halves.
func TestPIIAccuracy_ASRSet(t *testing.T) {
	testHeardSetAccuracy(t, asrSetPath, asrFloors, asrHeardFloors)
}

// testHeardSetAccuracy measures a set of a recogniser's words (setPath)
// against its floors, and recall by how the recogniser heard each entity
// against heard. With REDACT_EVAL_SET naming the set (one half of it,
// REDACT_EVAL_SPLIT=odd|even) it is measured and logged, not held to the
// whole set's floors; naming another set, it skips.
func testHeardSetAccuracy(t *testing.T, setPath string, floors accuracyTargets, heard map[string]float64) {
	path := filepath.FromSlash(setPath)
	if p := os.Getenv("REDACT_EVAL_SET"); p != "" {
		if filepath.Base(p) != filepath.Base(path) {
			t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
		}
		path = p
		floors = accuracyTargets{recall: map[redact.Type]float64{}, maxFP: 1, maxHardNeg: 1}
		heard = nil
	}
	testPIIAccuracy(t, path, floors)
	testRecallByHearing(t, path, heard)
}

// asrHeard says how the recogniser heard an entity of the ASR set, from
// its form's last part: "right" (exact) or "wrong" (partly, wrong).
func asrHeard(form string) string {
	if strings.HasSuffix(form, "-exact") {
		return "right"
	}
	return "wrong"
}

// asrHeardClass is how the recogniser heard an entity, from its form's
// last part: "exact", "partly" or "none" (the form's "-wrong").
func asrHeardClass(form string) string {
	switch {
	case strings.HasSuffix(form, "-exact"):
		return "exact"
	case strings.HasSuffix(form, "-partly"):
		return "partly"
	}
	return "none"
}

// testRecallByHearing logs entity recall per type for the entities heard
// exactly, partly and not at all (counted as testPIIAccuracy counts
// recall) and checks the floors on "right" (exactly) and "wrong" (partly
// or not at all). Only counts are logged, never text.
func testRecallByHearing(t *testing.T, path string, floors map[string]float64) {
	type key struct {
		typ   redact.Type
		heard string
	}
	c := newRecallCounts[key]()
	forEachCovered(t, loadEvalSet(t, path), evalPolicy(), func(rec *evalRecord, _ *transcript.Transcript, cover []typeMask) {
		for _, e := range rec.Entities {
			found := e.foundIn(cover)
			for _, h := range []string{asrHeard(e.Form), asrHeardClass(e.Form)} {
				c.add(key{e.Type, h}, found)
				c.add(key{"", h}, found)
			}
		}
	})
	cell := func(k key) string {
		if c.total[k] == 0 {
			return "-"
		}
		return fmt.Sprintf("%d/%d %s", c.found[k], c.total[k], ratio(c.found[k], c.total[k]))
	}
	table := alignedTable("type\theard right (exactly)\theard partly\theard wrong (none of it)\tpartly or wrong\t", func(tw io.Writer) {
		for _, k := range c.keys(byTypeThen(func(k key) redact.Type { return k.typ }, func(k key) string { return k.heard })) {
			// One row per type: on its "exact" key, or on its "wrong" key when none of it was heard exactly.
			if k.typ != "" && k.heard != "exact" && !(k.heard == "wrong" && c.total[key{k.typ, "exact"}] == 0) {
				continue
			}
			if k.typ == "" && k.heard != "exact" {
				continue
			}
			name := string(k.typ)
			if name == "" {
				name = "all"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", name, cell(key{k.typ, "exact"}), cell(key{k.typ, "partly"}),
				cell(key{k.typ, "none"}), cell(key{k.typ, "wrong"}))
		}
	})
	t.Logf("entity recall by how the recogniser heard the entity, on %s:\n%s", path, table)
	for h, floor := range floors {
		k := key{"", h}
		if assert.Positive(t, c.total[k], "no entities heard %s", h) {
			assert.GreaterOrEqual(t, rate(c.found[k], c.total[k]), floor, "recall of the entities heard %s", h)
		}
	}
}

// TestPIIAccuracy_ASRDevHalfAnswers measures the answer rule
// (Policy.Answers) on the ASR set's dev half (odd calls), the only data it
// was tuned on: recall of the entities the recogniser heard wrong, with the
// rule off (AnswersOff, 14 of 127), for one value asked (AnswersOne, the
// default, 19 of 127) and whole (AnswersAll, 33 of 127), and the
// false-positive words each costs (0.11 %, 0.23 %, 1.88 %). Only counts
// are logged.
func TestPIIAccuracy_ASRDevHalfAnswers(t *testing.T) {
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	recs := asrDevHalf(t)
	f0, n, fp0, np := measureAnswers(t, recs, redact.AnswersOff)
	f1, _, fp1, _ := measureAnswers(t, recs, redact.AnswersOne)
	f2, _, fp2, _ := measureAnswers(t, recs, redact.AnswersAll)
	t.Logf("ASR dev half, entities heard wrong: answer rule off %d/%d, one value (default) %d/%d, all %d/%d; "+
		"false-positive words %d, %d, %d of %d", f0, n, f1, n, f2, n, fp0, fp1, fp2, np)
	assert.GreaterOrEqual(t, f1-f0, 4, "entities heard wrong that AnswersOne adds (5 when it was made the default)")
	assert.LessOrEqual(t, rate(fp1, np), 0.005, "false-positive words with AnswersOne (0.23 %% when it was made the default)")
	assert.GreaterOrEqual(t, f2-f0, 16, "entities heard wrong that AnswersAll adds (19 when AnswersOne was made the default)")
	assert.LessOrEqual(t, rate(fp2, np), 0.025, "false-positive words with AnswersAll (1.88 %% when AnswersOne was split off)")
}

// TestPIIAccuracy_ASRDevHalfAnswersWithoutTurns measures the answer rule
// on the ASR set's dev half made a transcript without turns (one channel,
// no speaker labels), as 14 of the set's mono calls are, all in its test
// half: there a question's answer is what follows a pause (ownCue), so
// the agent's own further talk can be read as the answer. Session 10
// measured, off / one / all: entities heard wrong 13, 18, 19 of 127 and
// false-positive words 3, 24, 24 of 2,613 (0.92 % with AnswersOne) before
// the question was read whole there (asksOneValue); 13, 16, 19 and 3, 6,
// 24 (0.23 %) after. Only counts are logged.
func TestPIIAccuracy_ASRDevHalfAnswersWithoutTurns(t *testing.T) {
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	recs := asrDevHalf(t)
	for i := range recs {
		recs[i].Channels = 1
		for k := range recs[i].Words {
			recs[i].Words[k].Channel, recs[i].Words[k].Speaker = 0, ""
		}
	}
	f0, n, fp0, np := measureAnswers(t, recs, redact.AnswersOff)
	f1, _, fp1, _ := measureAnswers(t, recs, redact.AnswersOne)
	f2, _, fp2, _ := measureAnswers(t, recs, redact.AnswersAll)
	t.Logf("ASR dev half without turns, entities heard wrong: answer rule off %d/%d, one value (default) %d/%d, all %d/%d; "+
		"false-positive words %d, %d, %d of %d", f0, n, f1, n, f2, n, fp0, fp1, fp2, np)
	assert.GreaterOrEqual(t, f1-f0, 2, "entities heard wrong that AnswersOne adds without turns (3 in session 10)")
	assert.LessOrEqual(t, rate(fp1, np), 0.005, "false-positive words with AnswersOne without turns (0.23 %% in session 10)")
	assert.LessOrEqual(t, rate(fp2, np), 0.015, "false-positive words with AnswersAll without turns (0.92 %% in session 10)")
}

// asrDevHalf returns the ASR set's dev half (odd calls). It is called
// only without $REDACT_EVAL_SET (its tests skip otherwise), so it reads
// the whole set and keeps the odd calls itself; asked for the even half,
// it fails.
func asrDevHalf(t *testing.T) []evalRecord {
	t.Helper()
	if err := evalSplitRefusal(os.Getenv("REDACT_EVAL_SET"), os.Getenv("REDACT_EVAL_SPLIT"), true); err != nil {
		t.Fatal(err)
	}
	var recs []evalRecord
	for _, rec := range readEvalSet(t, filepath.FromSlash(asrSetPath)) {
		if odd, err := inDevHalf(rec.ID); assert.NoError(t, err) && odd {
			recs = append(recs, rec)
		}
	}
	require.NotEmpty(t, recs)
	return recs
}

// measureAnswers returns, with the answer rule in mode m, how many of the
// entities the recogniser heard wrong are found (found of wrong) and how
// many words outside every entity are flagged (fp of nonPII).
func measureAnswers(t *testing.T, recs []evalRecord, m redact.AnswerMode) (found, wrong, fp, nonPII int) {
	t.Helper()
	p := redact.DefaultPolicy()
	p.Answers = m
	forEachCovered(t, recs, p, func(rec *evalRecord, tr *transcript.Transcript, cover []typeMask) {
		inEntity := make([]bool, len(tr.Words))
		for _, e := range rec.Entities {
			for i := e.OuterFirst; i <= e.OuterLast; i++ {
				inEntity[i] = true
			}
			if asrHeard(e.Form) == "wrong" {
				wrong++
				if e.foundIn(cover) {
					found++
				}
			}
		}
		for i := range tr.Words {
			if !inEntity[i] {
				nonPII++
				if len(cover[i]) > 0 {
					fp++
				}
			}
		}
	})
	return
}

// inDevHalf reports whether the record is in its set's dev half: an odd
// call number, the ID's second field.
func inDevHalf(id string) (bool, error) {
	fields := strings.SplitN(id, "-", 3)
	if len(fields) < 2 {
		return false, fmt.Errorf("record %q: no call number", id)
	}
	var n int
	if _, err := fmt.Sscanf(fields[1], "%d", &n); err != nil {
		return false, fmt.Errorf("record %q: call number: %w", id, err)
	}
	return n%2 == 1, nil
}
