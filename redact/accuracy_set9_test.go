package redact_test

import (
	"testing"

	"github.com/callveil/callveil/redact"
)

// set9SetPath is the ninth set, adapted from material other people wrote
// that no earlier set used: SLURP's spoken commands (names, emails, and
// places, businesses, times and dates as hard negatives), pelias/parser's
// and libpostal's address tests, libphonenumber's example numbers and
// Faker's name lists of eighteen locales, with verification turns for the
// numeric types written for it; each call in both transcript styles
// (testdata/pii/set9/README.md). Every entity form and every hard-negative
// kind alternates between its dev half (odd dialogue numbers) and its test
// half (even ones; REDACT_EVAL_SPLIT).
const set9SetPath = "../testdata/pii/set9.jsonl.gz"

// set9Floors are regression floors on set9: the whole set's entity recall
// as tuned in session 9 (on its dev half only; measured at a0d5b7c) less
// 0.03, rounded down. Measured blind on c60bbfb, before anyone tuned on
// it, the whole set scored 0.842 (cased 0.862, lowercase 0.822; dev half
// 0.841, test half 0.842; testdata/pii/set9/README.md has the tables, and
// how much another draw of the same forms moves them), PERSON 0.778,
// ADDRESS 0.627, PHONE 0.964, ZIP 0.921, CARD_EXPIRY 0.875. The
// false-positive ceiling is the 1 % (0.12 % blind) and the
// hard-negative ceiling the 3 % (2.22 % blind).
var set9Floors = accuracyTargets{
	recall: map[redact.Type]float64{
		redact.Card: 0.97, redact.CardCVV: 0.97, redact.CardExpiry: 0.84, redact.SSN: 0.97, redact.Phone: 0.97,
		redact.Email: 0.96, redact.Account: 0.97, redact.DOB: 0.97, redact.ZIP: 0.91, redact.Address: 0.90,
		redact.Person: 0.85,
	},
	maxFP: 0.01, maxHardNeg: 0.03,
}

// TestPIIAccuracy_Set9 measures the recognizers on set9 (go test ./redact
// -run Set9 -v prints the tables, also per type and style and per form).
func TestPIIAccuracy_Set9(t *testing.T) { testSplitSetAccuracy(t, set9SetPath, set9Floors) }
