package redact_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// set15SetPath is the fifteenth set and the first from real telephone
// calls: the Gridspace-Stanford Harper Valley corpus (Apache-2.0,
// Copyright 2020 Gridspace Inc.; Wong et al. 2021), simulated bank
// contact-centre calls spoken by real people on two channels, agent and
// caller, as its human transcribers wrote them (lowercase, no
// punctuation; testdata/pii/set15/README.md). The agent's and the
// caller's names (introductions, answers, vocatives, restarts) are
// PERSON; the caller's phone number (reset-password calls), home address
// (order-checks calls) and the address of the company a bill is paid to
// are PHONE, ADDRESS and ZIP; the bank's name ("harper valley national
// bank"), amounts, branch hours and appointment times, days, payees,
// card and account types are hard negatives. Calls are numbered so that
// the dev half (odd) and the test half (even) hold a like mix of forms,
// tasks and hard-negative kinds.
const set15SetPath = "../testdata/pii/set15.jsonl.gz"

// set15ASRSetPath is the same calls as Gridspace's recogniser wrote them,
// with its word times, the labels projected from the human transcript by
// aligning the two word sequences of each segment (the same call numbers,
// so the same halves). Each entity's form ends in how it was heard:
// "-exact", "-partly" or "-wrong" (asrHeard, asrHeardClass); an entity
// the recogniser wrote no word for is not labelled.
const set15ASRSetPath = "../testdata/pii/set15asr.jsonl.gz"

// set15Floors are set15's floors, a little under what the whole set
// measured after session 13 (b055598): PERSON 0.995 (206 of 207), PHONE
// 0.900 (18 of 20), ADDRESS 1.000, ZIP 1.000; false-positive words 0.47 %
// and hard-negative words 0.74 %, under the ceilings of 1 % and
// 3 %, which are held. Measured blind on the rules of 3e3bf30, before anyone
// tuned on the set, its test half had PERSON 0.990, PHONE 0.545, ADDRESS and
// ZIP 1.000 (testdata/pii/set15/README.md, docs/redact-accuracy.md).
var set15Floors = accuracyTargets{
	recall: map[redact.Type]float64{redact.Person: 0.98, redact.Phone: 0.85, redact.Address: 0.95, redact.ZIP: 0.97},
	maxFP:  0.01, maxHardNeg: 0.03,
}

// set15ASRFloors are set15asr's floors, a little under the whole set after
// session 13 (b055598): PERSON 0.932, PHONE 0.727, ADDRESS 0.871, ZIP 0.923;
// false-positive words 0.48 %, hard-negative words 1.07 %, under the
// issue's ceilings, which are held. Most of what is missed the recogniser
// heard partly or wrongly (set15ASRHeardFloors).
var set15ASRFloors = accuracyTargets{
	recall: map[redact.Type]float64{redact.Person: 0.91, redact.Phone: 0.68, redact.Address: 0.83, redact.ZIP: 0.89},
	maxFP:  0.01, maxHardNeg: 0.03,
}

// set15ASRHeardFloors are the floors on the recall of the entities heard
// exactly ("right": 243 of 247 = 0.984 at b055598) and partly or not at all
// ("wrong": 28 of 51 = 0.549), all types together, less about 0.03.
var set15ASRHeardFloors = map[string]float64{"right": 0.95, "wrong": 0.50}

// TestPIIAccuracy_Set15 measures the recognizers on set15 (go test ./redact
// -run Set15 -v prints the tables, also per type and style and per form).
func TestPIIAccuracy_Set15(t *testing.T) { testSplitSetAccuracy(t, set15SetPath, set15Floors) }

// TestPIIAccuracy_Set15ASR measures the recognizers on set15asr, and
// recall by how the recogniser heard each entity. With REDACT_EVAL_SET
// naming this set and REDACT_EVAL_SPLIT=odd or even it measures one half,
// with no floors, as TestPIIAccuracy_ASRSet does.
func TestPIIAccuracy_Set15ASR(t *testing.T) {
	testHeardSetAccuracy(t, set15ASRSetPath, set15ASRFloors, set15ASRHeardFloors)
}

// TestPIIEvalSet_Set15IsWellFormed checks that set15 and set15asr are what
// their README promises: the same calls under the same numbers, lowercase
// two-channel records (agent spk_0 on channel 0, caller spk_1 on channel
// 1) with word times that never go back on a channel, entities of known
// types inside one channel that overlap nothing, hard negatives off the
// entities, and the recogniser's entities' forms saying how they were
// heard. Only counts and IDs reach the log.
func TestPIIEvalSet_Set15IsWellFormed(t *testing.T) {
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	human := readEvalSet(t, filepath.FromSlash(set15SetPath))
	asr := readEvalSet(t, filepath.FromSlash(set15ASRSetPath))
	require.GreaterOrEqual(t, len(human), 90, "set15 has about a hundred calls")
	require.Len(t, asr, len(human), "set15asr has the same calls")
	problems := append(evalSetFormatProblems(human), evalSetFormatProblems(asr)...)
	idRE := regexp.MustCompile(`^(set15|set15asr)-(\d{3})-([a-z0-9-]+)-lower$`)
	halves := map[bool]int{}
	for i := range human {
		h, a := human[i], asr[i]
		hm, am := idRE.FindStringSubmatch(h.ID), idRE.FindStringSubmatch(a.ID)
		require.NotNil(t, hm, "id %s", h.ID)
		require.NotNil(t, am, "id %s", a.ID)
		assert.Equal(t, "set15", hm[1], h.ID)
		assert.Equal(t, "set15asr", am[1], a.ID)
		assert.Equal(t, hm[2:], am[2:], "the same call under the same number and focus: %s, %s", h.ID, a.ID)
		odd, err := inDevHalf(h.ID)
		require.NoError(t, err)
		for _, rec := range []evalRecord{h, a} {
			problems = append(problems, set15RecordProblems(rec, rec.ID == a.ID)...)
			for _, e := range rec.Entities {
				if e.Type == redact.Person {
					halves[odd]++
				}
			}
		}
	}
	reportSetProblems(t, problems)
	assert.Positive(t, halves[true], "PERSON entities in the dev half")
	assert.Positive(t, halves[false], "PERSON entities in the test half")
}

// set15RecordProblems lists where a record of set15 or set15asr breaks
// what the set promises beyond every set's format (evalSetFormatProblems):
// the lower style on two channels, agent spk_0 on channel 0 and caller
// spk_1 on channel 1, no transcriber's or recogniser's markup left, and
// (asr: the recogniser's words) forms that end in how the entity was heard
// exactly when the record is the recogniser's. Like the shared check, it
// names words by index, never by their text.
func set15RecordProblems(rec evalRecord, asr bool) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if rec.Style != "lower" || rec.Channels != 2 {
		bad("%s: style %q on %d channels, want lower on 2", rec.ID, rec.Style, rec.Channels)
	}
	for i, w := range rec.Words {
		if strings.HasPrefix(w.Text, "[") || strings.HasPrefix(w.Text, "<") {
			bad("%s word %d: markup left in", rec.ID, i)
		}
		if w.Channel < 0 || w.Channel > 1 || w.Speaker != []string{"spk_0", "spk_1"}[w.Channel] {
			bad("%s word %d: speaker %q on channel %d", rec.ID, i, w.Speaker, w.Channel)
		}
	}
	for k, e := range rec.Entities {
		heard := strings.HasSuffix(e.Form, "-exact") || strings.HasSuffix(e.Form, "-partly") || strings.HasSuffix(e.Form, "-wrong")
		if heard != asr {
			bad("%s entity %d: form %s (recogniser's words: %v)", rec.ID, k, e.Form, asr)
		}
	}
	return out
}

// TestSplitSets_HideSet15TestHalf checks that the tables never list a case
// of set15's or set15asr's test half: their IDs are dropped, the dev
// half's kept.
func TestSplitSets_HideSet15TestHalf(t *testing.T) {
	kept, hidden := dropTestHalf([]string{"set15-002-person-vocative-lower", "set15-001-phone-answer-lower",
		"set15asr-002-person-vocative-lower", "set15asr-001-phone-answer-lower"})
	assert.Equal(t, []string{"set15-001-phone-answer-lower", "set15asr-001-phone-answer-lower"}, kept)
	assert.Equal(t, 2, hidden)
}
