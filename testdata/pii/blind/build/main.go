// Command build turns the dialogues in ../dialogues into the blind PII
// evaluation set ../../blind.jsonl.gz (record format: testdata/pii/README.md).
//
// It uses only the standard library and nothing from callveil: the set was
// written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/blind:
//
//	go run ./build            # writes ../blind.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
//
// The build fails on any malformed line, bad index, overlapping label, or
// value that does not pass its check (Luhn for cards, ISO 13616 mod-97 for
// IBANs, the ABA checksum for routing numbers, the CMS MBI pattern for
// Medicare numbers, digit counts for the rest). The markup is described in
// ../README.md.
//
// The parser, layout, checks and writer are shared with the other builders
// (testdata/pii/internal/buildkit); opts below says how this set differs.
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is this set's dialect of the dialogue markup and its checks.
var opts = buildkit.Options{
	Name:      "blind",
	NameWords: true,
}

func main() { buildkit.Main(opts, "../blind.jsonl.gz") }
