package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// set12SetPath is the twelfth set and the first whose names and phrasing
// come from real speech: excerpts of the ICSI and AMI Meeting Corpora's
// manual transcripts (as QMSum distributes them), where people name each
// other as they talk (vocatives, third parties, possessives, full names,
// self-introductions, restarts), with the capitalised words of the same
// meetings that are no people (places, organisations, products, eponyms
// such as "Wiener", meeting roles, languages, days), everyday words that
// are also names ("time marks") and their spoken
// numbers that are no PII (prices, years, counts, percentages, times) as
// hard negatives, and a minority of authored admin asides for the other
// types; each call in both transcript styles
// (testdata/pii/set12/README.md). Every entity form and every
// hard-negative kind alternates between its dev half (odd dialogue
// numbers) and its test half (even ones; REDACT_EVAL_SPLIT).
const set12SetPath = "../testdata/pii/set12.jsonl.gz"

// set12Floors are none yet: the set is to be measured blind, once, before
// anyone tunes on it, and its floors set from that measurement (as set9-11's
// were). Until then the test only prints the tables: no recall floor, and
// ceilings of 100 % on false-positive and hard-negative words.
var set12Floors = accuracyTargets{recall: map[redact.Type]float64{}, maxFP: 1, maxHardNeg: 1}

// TestPIIAccuracy_Set12 measures the recognizers on set12 (go test ./redact
// -run Set12 -v prints the tables, also per type and style and per form).
func TestPIIAccuracy_Set12(t *testing.T) { testSplitSetAccuracy(t, set12SetPath, set12Floors) }

// TestSplitSets_HideSet12TestHalf checks that the tables never list a case
// of set12's test half: its IDs are dropped, its dev half's kept.
func TestSplitSets_HideSet12TestHalf(t *testing.T) {
	kept, hidden := dropTestHalf([]string{"set12-002-person-third-party-cased", "set12-021-person-vocative-lower"})
	assert.Equal(t, []string{"set12-021-person-vocative-lower"}, kept)
	assert.Equal(t, 1, hidden)
}
