// Command build turns the dialogues in ../dialogues into the corpora PII
// evaluation set ../../corpora.jsonl.gz (record format:
// testdata/pii/README.md).
//
// The dialogues adapt labelled corpora and test suites other people wrote
// that no earlier set used: Microsoft Recognizers-Text's English phone,
// email, URL and IP specs, datamade's usaddress and probablepeople labelled
// training data, and scrubadub's Skype, Twitter and name tests; ../README.md
// names each source, path, commit and licence. ../compose/compose.py wrote
// the dialogue files from the sources' files. Each call is written once in
// the cased style of Whisper or AWS Transcribe and the builder derives the
// lowercase spoken twin a Kaldi or Sphinx engine would write
// (testdata/pii/internal/buildkit/speak.go).
//
// It uses only the standard library and nothing from callveil: the set
// was written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/corpora:
//
//	go run ./build            # writes ../corpora.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
//
// The build fails on any malformed line, bad index, overlapping label, or
// value that does not pass its check (Luhn, mod-97, ABA, MBI pattern, digit
// counts, dates), in either style.
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is this set's dialect of the dialogue markup: the peer and wild
// sets' (one cased source per call and a derived spoken twin, NUMBER labels
// for long runs that fail their own type's check, and the wider forms).
var opts = buildkit.Options{
	Name:      "corpora",
	Twins:     true,
	Number:    true,
	WideForms: true,
}

func main() { buildkit.Main(opts, "../corpora.jsonl.gz") }
