package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A finding that subject rules alone made is trimmed as the one label
// they shared ("person-subject") was; mixed with any other rule it is
// not, as before.
func TestRadioTrimmable_SubjectRulesAloneOrTogether(t *testing.T) {
	for rec, want := range map[string]bool{
		"person": true, "person-vocative": true, "person+person-vocative": true,
		"person-colleague-subject": true, "person-speech-subject": true, "person-clause-subject": true,
		"person-colleague-subject+person-speech-subject": true,
		"person-speech-subject+person-vocative":          false,
		"person+person-clause-subject":                   false,
		"person-clause-subject+spelled-value":            false,
		"person-speech":                                  false,
		"person-question-subject":                        false,
		"":                                               false,
	} {
		assert.Equal(t, want, radioTrimmable(rec), rec)
	}
}
