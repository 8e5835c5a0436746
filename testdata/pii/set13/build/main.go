// Command build turns the dialogues in ../dialogues into the set13 PII
// evaluation set ../../set13.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues are excerpts of real meeting speech that no earlier set
// used: the ICSI and AMI Meeting Corpora's manual transcripts (as QMSum
// distributes them), where people name each other as they talk (vocatives,
// third parties, possessives, full names, restarts), with capitalised
// words that are no people (places, organisations, products, eponyms,
// meeting roles, languages, days), everyday words that are also names
// and spoken numbers that are no PII
// (prices, years, counts, percentages, times) as hard negatives, and a
// minority of authored admin asides for the other types; ../README.md names
// each source, path, commit and licence. ../compose/compose.py wrote the
// dialogue files from the source's files, stratified so that every entity
// form and every hard-negative kind is in both halves (odd dialogue numbers
// the dev half, even ones the test half). Each call is written once in the
// cased style of Whisper or AWS Transcribe and the builder derives the
// lowercase spoken twin a Kaldi or Sphinx engine would write
// (testdata/pii/internal/buildkit/speak.go).
//
// It uses only the standard library and nothing from callveil: the set
// was written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/set13:
//
//	go run ./build            # writes ../set13.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
//
// The build fails on any malformed line, bad index, overlapping label, or
// value that does not pass its check (Luhn, ABA, digit counts, dates), in
// either style.
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is this set's dialect of the dialogue markup: set11's (one cased
// source per call and a derived spoken twin, NUMBER labels allowed, and
// the wider forms).
var opts = buildkit.Options{
	Name:      "set13",
	Twins:     true,
	Number:    true,
	WideForms: true,
}

func main() { buildkit.Main(opts, "../set13.jsonl.gz") }
