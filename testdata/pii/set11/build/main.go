// Command build turns the dialogues in ../dialogues into the set11 PII
// evaluation set ../../set11.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues adapt material other people wrote that no earlier set used:
// CLDR's sample person names of forty Latin-script locales (names of many
// origins), Taskmaster-4's crowd-written coffee-order dialogues (customers
// giving their name with an order; the drinks they name as hard
// negatives), OpenCage's address-formatting test addresses of many
// countries, and whisper's number-normaliser tests (spoken numbers as hard
// negatives); ../README.md names each source, path, commit and
// licence. ../compose/compose.py wrote the
// dialogue files from the sources' files, stratified so that every entity
// form and every hard-negative kind is in both halves (odd dialogue numbers
// the dev half, even ones the test half). Each call is written once in the
// cased style of Whisper or AWS Transcribe and the builder derives the
// lowercase spoken twin a Kaldi or Sphinx engine would write
// (testdata/pii/internal/buildkit/speak.go).
//
// It uses only the standard library and nothing from callveil: the set
// was written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/set11:
//
//	go run ./build            # writes ../set11.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
//
// Where a source gives both the written and the spoken side of a value
// (whisper's tests), the dialogue carries both in a {cased|spoken} group, so
// the lowercase twin says it as that test does.
//
// The build fails on any malformed line, bad index, overlapping label, or
// value that does not pass its check (Luhn, ABA, digit counts, dates), in
// either style.
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is this set's dialect of the dialogue markup: the peer, wild and
// corpora sets' (one cased source per call and a derived spoken twin,
// NUMBER labels allowed, and the wider forms).
var opts = buildkit.Options{
	Name:      "set11",
	Twins:     true,
	Number:    true,
	WideForms: true,
}

func main() { buildkit.Main(opts, "../set11.jsonl.gz") }
