package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// set11SetPath is the eleventh set, adapted from material other people
// wrote that no earlier set used: CLDR's sample person names of 56
// locales, Chinese and Korean romanised (names of many origins, said cued, uncued, with
// titles, spelled, in three parts), Taskmaster-4's crowd-written
// coffee-order turns (customers giving their name with an order, the name
// redrawn; the drinks they name as hard negatives), OpenCage's
// address-formatting test addresses of many countries and whisper's
// number-normaliser tests (spoken numbers as hard negatives), with
// verification turns written for it; each call in both transcript styles
// (testdata/pii/set11/README.md). Every entity form and every
// hard-negative kind alternates between its dev half (odd dialogue
// numbers) and its test half (even ones; REDACT_EVAL_SPLIT).
const set11SetPath = "../testdata/pii/set11.jsonl.gz"

// set11Floors are regression floors on set11: the whole set's entity
// recall as tuned in session 10 (on its dev half only; measured at
// 38c1b27: 1378/1430 = 0.964, hard-negative words 13/628 = 2.07 %, false
// positives 89/18590 = 0.48 %) less 0.03, rounded down, and the issue's
// ceilings, 1 % and 3 %. Measured blind on 88aefd3 (main at 4e3136b plus
// this set), before anyone tuned on it, the whole set scored
// 1239/1430 = 0.866 (cased 0.888, lowercase 0.845; dev half 0.879, test
// half 0.853; testdata/pii/set11/README.md has the tables): DOB 0.652 (its
// repair form), ADDRESS 0.771 (house numbers after the street, postcodes
// of other countries), CARD 0.879 (the last four after "ending in"),
// PHONE 0.886 (its repair form) and PERSON 0.896 are the weak types. The
// false-positive ceiling is the 1 % (0.67 % blind). Blind, 7.48 %
// of the hard-negative words were flagged (place names, business names and
// drink names); the ceiling was then the blind rate plus 0.03 until the
// tuning brought the whole set under the 3 % (the test half alone
// is still at 3.96 %).
var set11Floors = accuracyTargets{
	recall: map[redact.Type]float64{
		redact.Card: 0.97, redact.CardCVV: 0.97, redact.CardExpiry: 0.97, redact.SSN: 0.97, redact.Phone: 0.96,
		redact.Email: 0.97, redact.Account: 0.87, redact.DOB: 0.95, redact.ZIP: 0.97, redact.Address: 0.91,
		redact.Person: 0.91,
	},
	maxFP: 0.01, maxHardNeg: 0.03,
}

// TestPIIAccuracy_Set11 measures the recognizers on set11 (go test ./redact
// -run Set11 -v prints the tables, also per type and style and per form).
func TestPIIAccuracy_Set11(t *testing.T) { testSplitSetAccuracy(t, set11SetPath, set11Floors) }

// TestSplitSets_HideSet11TestHalf checks that the tables never list a case
// of set11's test half: its IDs are dropped, its dev half's kept.
func TestSplitSets_HideSet11TestHalf(t *testing.T) {
	kept, hidden := dropTestHalf([]string{"set11-002-person-answer-cased", "set11-003-phone-double-lower"})
	assert.Equal(t, []string{"set11-003-phone-double-lower"}, kept)
	assert.Equal(t, 1, hidden)
}
