// Command build turns the dialogues in ../dialogues into the set13 PII
// evaluation set ../../set13.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues are excerpts of real radio speech that no earlier set
// used: NASA's air-to-ground and onboard voice transcriptions of Mercury,
// Gemini and Apollo missions (public domain, as the Spacelog project
// distributes them), where crews and capcoms name each other as they talk
// (vocatives, third parties, possessives, full names, self-identification),
// with call signs, tracking stations, places, lunar features and craters
// named after people, stars, spacecraft, products, organisations, roles,
// days, names said as words ("Roger."), letters of the phonetic alphabet
// that are also names and numbers that are no PII (times, distances,
// angles, speeds, readings, codes, counts) as hard negatives; PERSON only.
// ../README.md names each source, path, commit and licence.
// ../compose/compose.py wrote the dialogue files from the source's files,
// stratified so that every entity form and every hard-negative kind is in
// both halves (odd dialogue numbers the dev half, even ones the test half).
// Each call is written once in the cased style of Whisper or AWS Transcribe
// and the builder derives the lowercase spoken twin a Kaldi or Sphinx
// engine would write (testdata/pii/internal/buildkit/speak.go).
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

// opts is this set's dialect of the dialogue markup: set12's (one cased
// source per call and a derived spoken twin, NUMBER labels allowed, and
// the wider forms, under which a hard negative may hold a long number).
var opts = buildkit.Options{
	Name:      "set13",
	Twins:     true,
	Number:    true,
	WideForms: true,
}

func main() { buildkit.Main(opts, "../set13.jsonl.gz") }
