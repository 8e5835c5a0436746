package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/transcript"
)

// The index Find shares between its rules must give what wordTypes gives
// for the same findings: after findings are appended, and after they
// change type or are dropped and it is told to forget.
func TestWordTypeIndex_IsWordTypesOfTheFindings(t *testing.T) {
	tr := &transcript.Transcript{Channels: 2}
	for i := range 8 {
		tr.Words = append(tr.Words, transcript.Word{Text: "w", Channel: i % 2})
	}
	found := []Finding{{Type: Person, Channel: 0, FirstWord: 0, LastWord: 2}}
	x := newWordTypeIndex(tr)
	assert.Equal(t, wordTypes(tr, found), x.of(found))

	found = append(found, Finding{Type: Phone, Channel: 1, FirstWord: 1, LastWord: 5}, Finding{Type: Number, Channel: 0, FirstWord: 2, LastWord: 4})
	assert.Equal(t, wordTypes(tr, found), x.of(found), "appended (the later of two overlapping findings types the word)")

	found[1].Type = Account
	found = found[:2]
	x.forget()
	assert.Equal(t, wordTypes(tr, found), x.of(found), "retyped and dropped")
	assert.Equal(t, []Type{Person, Account, Person, Account, "", Account, "", ""}, x.of(found))
}
