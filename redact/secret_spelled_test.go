package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// A security answer spelled out after it is said ("my mother's maiden name
// is Kowalczyk. It's spelled K O W ...") is the answer again: its letters
// are PASSWORD, the type of what they spell (README: a maiden name is a
// security answer), not a PERSON of their own.
func TestFind_SpelledSecurityAnswerKeepsItsType(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"its spelled": {"C: My mother's maiden name is [PASSWORD Kowalczyk.] It's spelled [PASSWORD K O W A L C Z Y K.]"},
		"thats":       {"C: My mother's maiden name is [PASSWORD Nguyen,] that's [PASSWORD N G U Y E N.]"},
		"two turns": {"A: And your mother's maiden name?", "C: [PASSWORD Brennan.]", "A: How do you spell that?",
			"C: [PASSWORD B R E N N A N.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// The letters of a name spelled after a security answer that is a
// different word stay a PERSON: only a spelling of the answer itself
// takes the answer's type.
func TestFind_SpellingOfAnotherWordAfterASecretStaysAPerson(t *testing.T) {
	t.Parallel()
	tr, _ := dialogue(false, "C: My mother's maiden name is Brennan. My name is Kowalczyk, spelled K O W A L C Z Y K.")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	for _, f := range fs {
		if tr.Words[f.LastWord].Text == "K" {
			assert.Equal(t, redact.Person, f.Type, describe(tr, fs))
		}
	}
}

// A value spelled letter by letter right after it, with words of a
// spelling alphabet ("K as in kilo, O, W, ..."), is part of it: every
// letter is covered, with the value's type.
func TestFind_ValueSpelledWithAnAlphabetIsCovered(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"maiden name": {"C: My mother's maiden name is [PASSWORD Kowalczyk, K as in kilo, O, W, A, L, C, Z, Y, K.]"},
		"password":    {"C: My password is [PASSWORD tiger, T as in tango, I, G, E, R.]"},
		"last name":   {"C: My last name is [PERSON Kowalczyk, K as in kilo, O, W, A, L, C, Z, Y, K.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}
