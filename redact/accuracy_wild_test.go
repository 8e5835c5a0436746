package redact_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/callveil/callveil/redact"
)

// wildSetPath is the sixth set, adapted from material other people wrote
// that the peer set did not use: the Schema-Guided Dialogue corpus's
// crowd-written requests and other PII detectors' test cases (DataFog,
// redact-pii, llm-guard, Cloud DLP samples), each call in both transcript
// styles (testdata/pii/wild/README.md). Nobody tuned the detector on it.
const wildSetPath = "../testdata/pii/wild.jsonl.gz"

// wildFloors are regression floors on the wild set: the entity recall
// measured on 6aed73f, before anyone looked at the set's misses, less
// 0.03. The false-positive and hard-negative ceilings are the issue's
// targets (1 % and 3 %) where 6aed73f met them, else what it measured plus
// 0.5 points (testdata/pii/wild/README.md gives the figures).
var wildFloors = accuracyTargets{
	recall: map[redact.Type]float64{},
	maxFP:  0.01, maxHardNeg: 0.03,
}

// TestPIIAccuracy_WildSet measures the recognizers on the wild set (go test
// ./redact -run Wild -v prints the tables, also per type and style).
func TestPIIAccuracy_WildSet(t *testing.T) {
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	path := filepath.FromSlash(wildSetPath)
	testPIIAccuracy(t, path, wildFloors)
	if testing.Verbose() { // a second pass, only when its table is printed
		logRecallByStyle(t, path)
	}
}
