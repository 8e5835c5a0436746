package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFind_Set18FamilyInThePlural checks that a family named in the
// plural after "the" is found, cased and lowercase, and that peoples and
// teams in the same slot are not.
func TestFind_Set18FamilyInThePlural(t *testing.T) {
	for _, lower := range []bool{false, true} {
		s := scoreProbeCases(t, [][]string{
			{"A: Well, ah, the [PERSON Jankowskis] moved out last spring."},
			{"C: I think the [PERSON Jablonskis] and the [PERSON Ferraros] - no, the [PERSON Jablonskis] - they bought it."},
			{"A: Ah, the Germans bought most of the wheat."},
			{"C: The Packers - well, the Packers lost again."},
		}, lower)
		assert.Equal(t, s.names, s.found, "lower=%v misses: %v", lower, s.misses)
		assert.Zero(t, s.flagged, "lower=%v extras: %v", lower, s.extras)
	}
}

// TestFind_Set18SurnameModifier checks that a listed surname modifying a
// thing or kin of theirs after "the" is found, and a town, a region or a
// brand in the same slot is not.
func TestFind_Set18SurnameModifier(t *testing.T) {
	for _, lower := range []bool{false, true} {
		s := scoreProbeCases(t, [][]string{
			{"A: The - the [PERSON McAllister] job's running late."},
			{"C: Ah, the [PERSON Kowalczyk] contract came back signed."},
			{"A: Did you see the [PERSON Thibodeaux] kids at the fair?"},
			{"C: Well, the Denver job is done."},
			{"A: The Ford plant is hiring."},
			{"C: The Nebraska place sold."},
		}, lower)
		assert.Equal(t, s.names, s.found, "lower=%v misses: %v", lower, s.misses)
		assert.Zero(t, s.flagged, "lower=%v extras: %v", lower, s.extras)
	}
}

// TestFind_Set18PossessiveOpeningASentence checks that a cased listed
// surname with "'s" opening a sentence is found, and a brand there is
// not.
func TestFind_Set18PossessiveOpeningASentence(t *testing.T) {
	s := scoreProbeCases(t, [][]string{
		{"A: [PERSON Kaczmarek's] van won't start again."},
		{"C: Okay. [PERSON Lindgren's] dog got loose."},
		{"A: Toyota's warranty ran out."},
	}, false)
	assert.Equal(t, s.names, s.found, "misses: %v", s.misses)
	assert.Zero(t, s.flagged, "extras: %v", s.extras)
}
