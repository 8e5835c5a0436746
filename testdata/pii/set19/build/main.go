// Command build turns the dialogues in ../dialogues into the set19 PII
// evaluation set ../../set19.jsonl.gz (record format: testdata/pii/README.md).
//
// The dialogues are whole two-person dialogues of Google's Taskmaster-1
// and Taskmaster-2 corpora (CC BY 4.0) in which a crowd worker playing a
// customer spoke to a human call-centre operator and the customer's speech
// was transcribed: movie tickets, an auto-repair appointment, flights,
// hotels, take-out food, restaurant search, music and sports questions.
// A customer gives a name and a phone number, an operator reads addresses
// back; the rest are hard negatives of such calls: businesses, cinemas,
// hotels, airlines, films, songs, bands, teams, dishes (some named after
// people), places, dates, clock times, prices and counts.
// ../README.md names each dialogue's file and its licence;
// ../compose/labels.txt holds the dialogues as read and labelled by hand,
// and compose/compose.py deals them so that every form and kind alternates
// between the odd (dev) and even (test) half. Each dialogue is written once
// in the cased style and the builder derives the lowercase spoken twin
// (testdata/pii/internal/buildkit/speak.go).
//
// It uses only the standard library and nothing from callveil: the set
// was written without reading the detector, and the builder does not use it.
//
// Run from testdata/pii/set19:
//
//	go run ./build            # writes ../set19.jsonl.gz and prints the counts
//	go run ./build -values    # also prints the value read from each entity
package main

import "github.com/callveil/callveil/testdata/pii/internal/buildkit"

// opts is set16's dialect: one cased source per call and a derived spoken
// twin, and the wider forms.
var opts = buildkit.Options{
	Name:      "set19",
	Twins:     true,
	Number:    true,
	WideForms: true,
}

func main() { buildkit.Main(opts, "../set19.jsonl.gz") }
