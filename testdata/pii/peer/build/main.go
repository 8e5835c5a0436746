// Command build turns the dialogues in ../dialogues into the peer PII
// evaluation set ../../peer.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues adapt other people's material (peer PII detectors' test
// suites and public customer-service dialogue; ../README.md names each
// source and its licence). Most are written once, in the cased style of
// Whisper or AWS Transcribe, and the builder derives the lowercase spoken
// twin a Kaldi or Sphinx engine would write (speak.go): numbers as words,
// letters one token each, abbreviations said in full.
//
// It uses only the standard library and nothing from callveil: the set
// was written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/peer:
//
//	go run ./build            # writes ../peer.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
//
// The build fails on any malformed line, bad index, overlapping label, or
// value that does not pass its check (Luhn for cards, ISO 13616 mod-97 for
// IBANs, the ABA checksum for routing numbers, the CMS MBI pattern for
// Medicare numbers, digit counts for the rest), in either style.
//
// The parser, layout, checks and writer are shared with the other builders
// (testdata/pii/internal/buildkit); opts below says how this set differs.
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is this set's dialect of the dialogue markup and its checks.
var opts = buildkit.Options{
	Name:      "peer",
	Twins:     true,
	Number:    true,
	WideForms: true,
}

func main() { buildkit.Main(opts, "../peer.jsonl.gz") }
