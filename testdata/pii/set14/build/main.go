// Command build turns the dialogues in ../dialogues into the set14 PII
// evaluation set ../../set14.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues are calls of a user to a voice assistant made of SLURP's
// spoken commands (Bastianelli et al., EMNLP 2020; the text CC BY 4.0),
// which no set but set9 used and whose commands set9 took are left out:
// contacts' names said in commands ("email jerry about the meeting",
// "meeting with pawel tomorrow at ten am") as PERSON, the few dictated
// email addresses as EMAIL, and SLURP's own look-alike slots as hard
// negatives (places, businesses, events, dates, times, currencies, songs,
// podcasts, audiobooks, radio stations, relations, field names, the
// assistant's wake word, names that are words). ../README.md names the
// source, commit and licence and every labelling decision.
// ../compose/compose.py wrote the dialogue files from the source's files,
// stratified so that every entity form and every hard-negative kind is in
// both halves (odd dialogue numbers the dev half, even ones the test half).
// Each call is written once in the cased style of Whisper or AWS Transcribe
// and the builder derives the lowercase twin, which says SLURP's own words
// (testdata/pii/internal/buildkit/speak.go).
//
// It uses only the standard library and nothing from callveil: the set
// was written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/set14:
//
//	go run ./build            # writes ../set14.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
//
// The build fails on any malformed line, bad index, overlapping label, or
// value that does not pass its check, in either style.
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is this set's dialect of the dialogue markup: one cased source per
// call and a derived spoken twin, and every name that is also a word (will,
// may, mark, ...) labelled in the lower twin, as a PERSON or a name-word
// hard negative.
var opts = buildkit.Options{
	Name:      "set14",
	Twins:     true,
	NameWords: true,
}

func main() { buildkit.Main(opts, "../set14.jsonl.gz") }
