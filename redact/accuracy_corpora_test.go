package redact_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/callveil/callveil/redact"
)

// corporaSetPath is the seventh set, adapted from labelled corpora and
// test suites other people wrote that no earlier set used: Microsoft
// Recognizers-Text's phone, email, URL, IP and date specs, datamade's
// usaddress and probablepeople training data (addresses, people,
// corporations as hard negatives), python-validators' and scrubadub's
// tests, each call in both transcript styles
// (testdata/pii/corpora/README.md). Its dev half is the odd dialogue
// numbers, its test half the even ones (REDACT_EVAL_SPLIT).
const corporaSetPath = "../testdata/pii/corpora.jsonl.gz"

// corporaFloors are regression floors on the corpora set. It was measured
// blind on 6f3b7a5, before anyone tuned on it (entity recall 0.752: cased
// 0.839, lowercase 0.663; testdata/pii/corpora/README.md has the tables).
// Session 7 then tuned on its dev half only, in two rounds; the floors are
// the whole set's recall after them less 0.03, rounded down (0.901: cased
// 0.946, lowercase 0.855; the test half, unread, 0.763 -> 0.833 -> 0.840).
// The false-positive ceiling is the 1 % (0.31 % measured); the
// hard-negative ceiling is the measured 5.65 % plus 0.5 points, as the
// detector is still over the 3 % on this set (corporations read
// as names, and number-like look-alikes from Recognizers-Text's phone
// negatives). ADDRESS's floor is the whole set's 0.825 with the address
// tagger (addrtag.go; dev half 0.930 -> 0.960, test half, unread, 0.570
// -> 0.690) less 0.03, rounded down. PERSON's is the whole set's 0.942
// with the name model (nametag.go; dev half 0.970 -> 0.978, test half,
// unread, 0.896 -> 0.904) less 0.03, rounded down.
var corporaFloors = accuracyTargets{
	recall: map[redact.Type]float64{
		redact.Card: 0.97, redact.SSN: 0.97, redact.Phone: 0.95, redact.Email: 0.91, redact.Account: 0.97,
		redact.Username: 0.65, redact.IPAddress: 0.91, redact.URL: 0.79, redact.DOB: 0.97, redact.ZIP: 0.95,
		redact.Address: 0.79, redact.Person: 0.91, redact.Number: 0.97,
	},
	maxFP: 0.01, maxHardNeg: 0.0615,
}

// TestPIIAccuracy_CorporaSet measures the recognizers on the corpora set
// (go test ./redact -run Corpora -v prints the tables, also per type and
// style and per form).
func TestPIIAccuracy_CorporaSet(t *testing.T) {
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	path := filepath.FromSlash(corporaSetPath)
	testPIIAccuracy(t, path, corporaFloors)
	if testing.Verbose() { // a second pass, only when its table is printed
		logRecallByStyle(t, path)
		logRecallByFormAndStyle(t, path)
	}
}
