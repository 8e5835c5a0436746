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

// set12Floors are regression floors on set12: the whole set's entity
// recall after session 11's tuning on its dev half (measured at e4bb6e9:
// PERSON 772/888 = 0.869, cased 0.943, lowercase 0.829; false-positive
// words 40/23998 = 0.17 %, hard-negative words 5/642 = 0.78 %) less 0.03,
// rounded down, 0.97 for the authored types (all 1.000), and the issue's
// ceilings, 1 % and 3 %. Measured blind at c01f681 (the rules of 085beea
// plus this set), before anyone tuned on it, PERSON scored 0.639 on the dev
// half and 0.651 on the test half (precision 0.96, false-positive words
// 0.20 %, hard-negative words 2.52 % and 1.54 %); the test half is now at
// 0.849 (docs/redact-accuracy.md, session 11). Session 12 (at 765faf9):
// PERSON 779/888 = 0.877 (dev 0.900, test 0.856), so the floor is 0.84.
// Session 13 (at 9e20c08): PERSON 782/888 = 0.881 (dev 0.902, test 0.860);
// the floor is 0.86.
var set12Floors = accuracyTargets{
	recall: map[redact.Type]float64{
		redact.Card: 0.97, redact.SSN: 0.97, redact.Phone: 0.97, redact.Email: 0.97, redact.Account: 0.97,
		redact.DOB: 0.97, redact.ZIP: 0.97, redact.Address: 0.97, redact.Person: 0.86,
	},
	maxFP: 0.01, maxHardNeg: 0.03,
}

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
