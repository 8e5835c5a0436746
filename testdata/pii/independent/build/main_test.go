package main

import (
	"bytes"
	"os"
	"testing"
)

// TestCommittedSetIsCurrent rebuilds the set from the dialogues (running
// every format, label and value check) and fails if the committed
// ../independent.jsonl.gz differs, i.e. a dialogue was edited without
// rebuilding. Run it from testdata/pii/independent: go test ./build
func TestCommittedSetIsCurrent(t *testing.T) {
	data, recs, _, err := buildSet("../dialogues", false)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if len(recs) == 0 {
		t.Fatal("no dialogues built")
	}
	committed, err := os.ReadFile("../../independent.jsonl.gz")
	if err != nil {
		t.Fatalf("read committed set: %v", err)
	}
	if !bytes.Equal(data, committed) {
		t.Fatal("../../independent.jsonl.gz is stale: run go run ./build in testdata/pii/independent and commit the result")
	}
}
