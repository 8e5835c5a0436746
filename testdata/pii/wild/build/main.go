// Command build turns the dialogues in ../dialogues into the wild PII
// evaluation set ../../wild.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues adapt material other people wrote and the peer set did not
// use: the Schema-Guided Dialogue corpus's crowd-written requests and
// replies, and the test cases of other PII detectors (DataFog, solvvy's
// redact-pii, protectai's llm-guard, Google's Cloud DLP samples);
// ../README.md names each source, path, commit and licence. Each call is
// written once in the cased style of Whisper or AWS Transcribe and the
// builder derives the lowercase spoken twin a Kaldi or Sphinx engine would
// write (testdata/pii/internal/buildkit/speak.go).
//
// It uses only the standard library and nothing from callveil: the set
// was written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/wild:
//
//	go run ./build            # writes ../wild.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
//
// The build fails on any malformed line, bad index, overlapping label, or
// value that does not pass its check (Luhn, mod-97, ABA, MBI pattern, digit
// counts, dates), in either style.
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is this set's dialect of the dialogue markup: the peer set's (one
// cased source per call and a derived spoken twin, NUMBER labels for long
// runs that fail their own type's check, and the wider forms).
var opts = buildkit.Options{
	Name:      "wild",
	Twins:     true,
	Number:    true,
	WideForms: true,
}

func main() { buildkit.Main(opts, "../wild.jsonl.gz") }
