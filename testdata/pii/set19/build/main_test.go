package main

import (
	"testing"

	"github.com/callveil/callveil/testdata/pii/internal/buildkit"
)

// TestCommittedSetIsCurrent rebuilds the set from the dialogues (running
// every format, label and checksum check) and fails if the committed
// ../../set19.jsonl.gz differs, i.e. a dialogue was edited without
// rebuilding. Run it from testdata/pii/set19: go test ./build
func TestCommittedSetIsCurrent(t *testing.T) {
	if err := buildkit.IsCurrent("../dialogues", opts, "../../set19.jsonl.gz"); err != nil {
		t.Fatal(err)
	}
}
