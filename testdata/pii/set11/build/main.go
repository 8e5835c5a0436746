// Command build turns the dialogues in ../dialogues into the set11 PII
// evaluation set ../../set11.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues adapt material other people wrote that no earlier set used:
// CLDR sample person names, Taskmaster-4 coffee dialogues,
// spoken telephone numbers, emails, URLs, addresses and dates; money,
// measures, decimals, times, cardinals and ordinals as hard negatives),
// MultiWOZ's Cambridge venue and train database, and FiveThirtyEight's
// most-common-name lists; ../README.md names each source, path, commit and
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
// (NeMo's tests), the dialogue carries both in a {cased|spoken} group, so
// the lowercase twin says it as NeMo's test does.
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
