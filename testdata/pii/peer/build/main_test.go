package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/callveil/callveil/testdata/pii/internal/buildkit"
)

// TestCommittedSetIsCurrent rebuilds the set from the dialogues (running
// every format, label and checksum check) and fails if the committed
// ../peer.jsonl.gz differs, i.e. a dialogue was edited without rebuilding.
// Run it from testdata/pii/peer: go test ./build
func TestCommittedSetIsCurrent(t *testing.T) {
	set, err := buildkit.Build("../dialogues", opts, false)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if set.Len() == 0 {
		t.Fatal("no calls built")
	}
	committed, err := os.ReadFile("../../peer.jsonl.gz")
	if err != nil {
		t.Fatalf("read committed set: %v", err)
	}
	if !bytes.Equal(set.Bytes(), committed) {
		t.Fatal("../../peer.jsonl.gz is stale: run go run ./build in testdata/pii/peer and commit the result")
	}
}
