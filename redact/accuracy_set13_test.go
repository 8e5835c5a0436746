package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// set13SetPath is the thirteenth set and the second from real speech, from
// a source no earlier set used: excerpts of NASA's air-to-ground and
// onboard voice transcriptions of Mercury, Gemini and Apollo missions (as
// the Spacelog project distributes them; public domain), where crews and
// capcoms call each other by name over the radio ("Roger, Jim.", "Go
// ahead, Buzz."), talk about colleagues and family, and say full names,
// with the same transcripts' capitalised words that are no people (call
// signs such as "Houston" and "Apollo 13", tracking stations, places on
// Earth and the Moon, craters named after people, stars, spacecraft,
// products, organisations, roles, days), names said as words ("Roger."),
// letters of the phonetic alphabet that are also names ("Mode 1 Charlie")
// and numbers that are no PII (times, distances, angles, speeds, readings,
// computer codes, counts) as hard negatives; PERSON only, no authored
// types; each call in both transcript styles (testdata/pii/set13/README.md).
// Every entity form and every hard-negative kind alternates between its dev
// half (odd dialogue numbers) and its test half (even ones;
// REDACT_EVAL_SPLIT). It measures whether tuning on set12's dev half
// generalises to other real speech.
const set13SetPath = "../testdata/pii/set13.jsonl.gz"

// set13Floors are regression floors on set13: the whole set's PERSON
// recall after session 11 (measured at e4bb6e9: 502/636 = 0.789, cased
// 0.855, lowercase 0.723) less 0.03, rounded down. set13 misses the
// issue's ceilings (false-positive words 245/16971 = 1.44 %, hard-negative
// words 58/828 = 7.00 %: call signs and stations said the way names are,
// "Aquarius, Houston"), so its ceilings are those rates rounded up to the
// next half per cent, to hold what the radio rules gained until the set
// meets 1 % and 3 %. Measured blind on the rules of 085beea, before this
// session's tuning, the whole set scored PERSON 0.623 (precision 0.53,
// false-positive words 3.22 %, hard-negative words 9.66 %); after set12's
// tuning, before anyone tuned on set13, 0.766 (docs/redact-accuracy.md,
// session 11). Session 12's whole-transcript radio evidence (at 765faf9):
// PERSON 523/636 = 0.822 (dev 0.855, test 0.788), false-positive words
// 181/16971 = 1.07 %, hard-negative words 38/828 = 4.59 %; the floor is
// now 0.79 and the ceilings 1.25 % and 5.5 %. Session 13 (at 9e20c08,
// stations named after places, call signs from how calls are made):
// PERSON 531/636 = 0.835 (dev 0.877, test 0.792), false-positive words
// 158/16971 = 0.93 %, hard-negative words 33/828 = 3.99 %: the floor is
// 0.82, and the ceilings the 1 % and 4.5 % (still over its 3 %).
var set13Floors = accuracyTargets{recall: map[redact.Type]float64{redact.Person: 0.82}, maxFP: 0.01, maxHardNeg: 0.045}

// TestPIIAccuracy_Set13 measures the recognizers on set13 (go test ./redact
// -run Set13 -v prints the tables, also per type and style and per form).
func TestPIIAccuracy_Set13(t *testing.T) { testSplitSetAccuracy(t, set13SetPath, set13Floors) }

// TestSplitSets_HideSet13TestHalf checks that the tables never list a case
// of set13's test half: its IDs are dropped, its dev half's kept.
func TestSplitSets_HideSet13TestHalf(t *testing.T) {
	kept, hidden := dropTestHalf([]string{"set13-002-person-vocative-cased", "set13-127-person-third-party-lower"})
	assert.Equal(t, []string{"set13-127-person-third-party-lower"}, kept)
	assert.Equal(t, 1, hidden)
}
