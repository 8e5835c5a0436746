package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// set18SetPath is the eighteenth set, built blind (without reading the
// recognizers) from a source no earlier set used: real two-party telephone
// calls transcribed from their recordings, President Lyndon Johnson's
// White House telephone conversations of 1964-1968 with McNamara, Rusk,
// Bundy, Ball, Clifford, Rostow, Humphrey, Eisenhower and senators
// (Russell, Fulbright, Mansfield, Dirksen), as the State Department's
// historians transcribed them from the tapes for the Foreign Relations of
// the United States series (US government works, public domain). The words
// keep the speech of a recording: fillers ("ah", "uh"), restarts and
// cut-off turns, nicknames ("Mac", "Buzz", "Cy", "Scoop"), first names as
// greetings ("Bob?", "Yes, Dean?"), surnames, titles, full names and
// possessives; the same calls' capitalised words that are no people are
// hard negatives: countries, nationalities, places, organisations,
// agencies, agreements, ships, operations, days, months, clock times,
// counts, numbers, oaths and names said as words ("I hope", "may"); PERSON
// only; each call in both transcript styles (testdata/pii/set18/README.md).
// Every entity form and hard-negative kind alternates between its dev half
// (odd dialogue numbers) and its test half (even ones; REDACT_EVAL_SPLIT).
// It checks session 16's rules on speech nobody here wrote (issue 15).
const set18SetPath = "../testdata/pii/set18.jsonl.gz"

// set18Floors hold what session 17 reached on the whole set (PERSON 438 of
// 564 = 0.777, false-positive words 0.17 %, hard-negative words 1.69 %,
// now under the 3 % ceiling since factions19's list of peoples and
// factions); it was measured blind first (PERSON 0.743 whole, test half
// 0.727) and session 16 ended at 0.764, 0.28 %, 4.50 %.
var set18Floors = accuracyTargets{recall: map[redact.Type]float64{redact.Person: 0.76}, maxFP: 0.005, maxHardNeg: 0.03}

// TestPIIAccuracy_Set18 measures the recognizers on set18 (go test ./redact
// -run Set18 -v prints the tables, also per type and style and per form).
func TestPIIAccuracy_Set18(t *testing.T) { testSplitSetAccuracy(t, set18SetPath, set18Floors) }

// TestSplitSets_HideSet18TestHalf checks that the tables never list a case
// of set18's test half: its IDs are dropped, its dev half's kept.
func TestSplitSets_HideSet18TestHalf(t *testing.T) {
	kept, hidden := dropTestHalf([]string{"set18-002-person-vocative-cased", "set18-049-person-vocative-lower"})
	assert.Equal(t, []string{"set18-049-person-vocative-lower"}, kept)
	assert.Equal(t, 1, hidden)
}
