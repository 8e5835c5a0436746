// Command build turns the dialogues in ../dialogues into the set16 PII
// evaluation set ../../set16.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues are excerpts of real, unscripted speech from a source no
// earlier set used: the official transcripts of White House press
// briefings and gaggles of 2009-2016 (US government works, public domain),
// where the press secretary calls on reporters by first name ("Go ahead,
// Peter.", "Thanks, Josh."), and both sides name officials, senators,
// foreign leaders and colleagues (full names, surnames after titles,
// possessives), with the same transcripts' capitalised words that are no
// people as hard negatives: countries, states, places, organisations,
// agencies, laws and bills named after people ("Dodd-Frank", "Obamacare"),
// buildings and ships named after people ("Camp David", "USS Cole"), days,
// months, amounts, percentages, counts, years and names said as words
// ("the bill", "I hope"); PERSON only. ../README.md names each source and
// its licence; ../compose/ holds the scripts that proposed the blocks and
// compose/labels.txt the blocks as read by hand, dealt so that every form
// and kind alternates between the odd (dev) and even (test) half. Each
// call is written once in the cased style and the builder derives the
// lowercase spoken twin (testdata/pii/internal/buildkit/speak.go).
//
// It uses only the standard library and nothing from callveil: the set
// was written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/set16:
//
//	go run ./build            # writes ../set16.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is set13's dialect: one cased source per call and a derived spoken
// twin, and the wider forms (a number inside a hard negative needs no
// entity label).
var opts = buildkit.Options{
	Name:      "set16",
	Twins:     true,
	Number:    true,
	WideForms: true,
}

func main() { buildkit.Main(opts, "../set16.jsonl.gz") }
