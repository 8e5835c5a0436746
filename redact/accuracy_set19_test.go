package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// set19SetPath is the nineteenth set, built blind (without reading the
// recognizers) from spoken customer-service dialogues no earlier set used:
// two-person dialogues of Google's Taskmaster-1 and Taskmaster-2 corpora
// (CC BY 4.0) in which a crowd worker playing a customer spoke to a human
// call-centre operator and the customer's speech was transcribed (movie
// tickets, an auto-repair appointment, flights, hotels, take-out food,
// restaurant search, music and sports questions). A customer gives a name
// and a phone number and the operator reads them back; the operator reads
// shops' and hotels' addresses; actors, singers, players and a manager are
// named; and the same calls' words that look like PII are hard negatives:
// businesses, cinemas, hotels, airlines, films, songs, bands, teams,
// dishes (some named after people), places, states, dates, days, clock
// times, prices, counts, cuisines and names said as words ("May I",
// "Janine" misheard for a month); each call in both transcript styles
// (testdata/pii/set19/README.md). Every entity form and hard-negative kind
// alternates between its dev half (odd dialogue numbers) and its test half
// (even ones; REDACT_EVAL_SPLIT). Its PII is thin (the stored copies hold
// 47 such dialogues): it mostly measures false positives on service talk.
const set19SetPath = "../testdata/pii/set19.jsonl.gz"

// set19Floors hold what session 17 reached on the whole set (PERSON 52 of
// 58 = 0.897, ADDRESS 16 of 16, false-positive words 0.88 %, hard-negative
// words 4.46 %); it was measured blind first (PERSON 0.897, precision
// about 0.51, hard-negative words 4.76 %). The hard-negative floor is above the
// issue's 3 % ceiling: it guards against getting worse, it does not claim
// the ceiling is met. PHONE (5 of 6) and ZIP (2) are too few to hold.
var set19Floors = accuracyTargets{recall: map[redact.Type]float64{redact.Person: 0.88, redact.Address: 0.93}, maxFP: 0.01, maxHardNeg: 0.05}

// TestPIIAccuracy_Set19 measures the recognizers on set19 (go test ./redact
// -run Set19 -v prints the tables, also per type and style and per form).
func TestPIIAccuracy_Set19(t *testing.T) { testSplitSetAccuracy(t, set19SetPath, set19Floors) }

// TestSplitSets_HideSet19TestHalf checks that the tables never list a case
// of set19's test half: its IDs are dropped, its dev half's kept.
func TestSplitSets_HideSet19TestHalf(t *testing.T) {
	kept, hidden := dropTestHalf([]string{"set19-002-none-cased", "set19-043-person-full-name-lower"})
	assert.Equal(t, []string{"set19-043-person-full-name-lower"}, kept)
	assert.Equal(t, 1, hidden)
}
