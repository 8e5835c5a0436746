// Command build turns the dialogues in ../dialogues into the set20 PII
// evaluation set ../../set20.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues are excerpts of President Richard Nixon's conversations
// recorded by the White House taping system (1971-1973), from a source no
// earlier set used: telephone calls with Haig and Kissinger and Oval Office
// and EOB meetings with Kissinger, Haldeman, Rogers, Connally, Mitchell and
// Keating, as the State Department's historians transcribed them from the
// tapes for the Foreign Relations of the United States series (US
// government works, public domain). The words keep the restarts and
// cut-off turns of recorded speech; the speakers name people in passing and
// to each other (first names as vocatives, surnames, titles, full names,
// possessives), and the same conversations' capitalised words that are no
// people are hard negatives: countries, nationalities, places,
// organisations, agencies, agreements, weapons, days, months, clock times,
// counts, numbers, amounts and oaths; PERSON only.
// ../README.md names each document and its licence; ../compose/labels.txt
// holds the excerpts as read and labelled by hand, and compose/compose.py
// deals them so that every form and kind alternates between the odd (dev)
// and even (test) half. Each conversation is written once in the cased
// style and the builder derives the lowercase spoken twin
// (testdata/pii/internal/buildkit/speak.go).
//
// It uses only the standard library and nothing from callveil: the set
// was written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/set20:
//
//	go run ./build            # writes ../set20.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is set16's dialect: one cased source per call and a derived spoken
// twin, and the wider forms.
var opts = buildkit.Options{
	Name:      "set20",
	Twins:     true,
	Number:    true,
	WideForms: true,
}

func main() { buildkit.Main(opts, "../set20.jsonl.gz") }
