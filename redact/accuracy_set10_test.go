package redact_test

import (
	"testing"

	"github.com/callveil/callveil/redact"
)

// set10SetPath is the tenth set, adapted from material other people wrote
// that no earlier set used: NVIDIA NeMo-text-processing's normalisation
// tests (spoken and written telephone numbers, emails, URLs, addresses and
// dates, and money, measures, decimals, times, cardinals and ordinals as
// hard negatives), MultiWOZ's Cambridge venue database (addresses,
// postcodes, phone numbers; venues, stations, train IDs, fares and times
// as hard negatives) and FiveThirtyEight's most-common-name lists, with
// verification turns across speakers, fillers, repairs and read-backs
// written for it; each call in both transcript styles
// (testdata/pii/set10/README.md). Every entity form and every
// hard-negative kind alternates between its dev half (odd dialogue
// numbers) and its test half (even ones; REDACT_EVAL_SPLIT).
const set10SetPath = "../testdata/pii/set10.jsonl.gz"

// set10Floors are regression floors on set10: the whole set's entity
// recall as tuned in session 10 (on its dev half only; measured at
// 38c1b27: 1426/1462 = 0.975) less 0.03, rounded down. Blind, on c5c2e54
// before anyone tuned on it, the whole set scored 1375/1462 = 0.940 (cased
// 0.960, lowercase 0.921; dev half 0.938, test half 0.944;
// testdata/pii/set10/README.md has the tables): CARD 0.833 (its repair
// form), URL 0.524 and DOB 0.714 (its repair form) are the weak types. The
// false-positive ceiling is the 1 % (0.22 % blind) and the
// hard-negative ceiling the 3 % (0.60 % blind).
var set10Floors = accuracyTargets{
	recall: map[redact.Type]float64{
		redact.Card: 0.96, redact.CardCVV: 0.97, redact.CardExpiry: 0.97, redact.SSN: 0.97, redact.Phone: 0.96,
		redact.Email: 0.95, redact.Account: 0.95, redact.URL: 0.70, redact.DOB: 0.97, redact.ZIP: 0.97,
		redact.Address: 0.93, redact.Person: 0.96,
	},
	maxFP: 0.01, maxHardNeg: 0.03,
}

// TestPIIAccuracy_Set10 measures the recognizers on set10 (go test ./redact
// -run Set10 -v prints the tables, also per type and style and per form).
func TestPIIAccuracy_Set10(t *testing.T) { testSplitSetAccuracy(t, set10SetPath, set10Floors) }
