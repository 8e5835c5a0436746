package redact_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// A phone number or ZIP code given in pieces, over the other speaker's
// backchannel or a long breath, is one value: each piece is flagged.
func TestFind_NumberSaidInPieces(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"phone in three": {"A: Could you give me a callback number?", "C: Sure, [PHONE six four six.]", "A: Okay.",
			"C: [PHONE Five five five.]", "A: Go ahead.", "C: [PHONE Two oh four one.]"},
		"phone own cue": {"C: My cell phone number is [PHONE nine one nine five five five]", "A: Uh huh.", "C: [PHONE Three three two oh.]"},
		"phone read back in pieces": {"A: What's the number?", "C: [PHONE 312 555 0148.]", "A: Okay, [PHONE 312.]", "C: Yes.",
			"A: [PHONE 555 0148.]", "C: That's it."},
		"phone misheard first digit": {"A: Phone number, please.", "C: My phone number is [PHONE free two one two five five]", "A: Okay.", "C: [PHONE oh one nine nine.]"},
		"zip over okay":              {"A: And what's the ZIP code there?", "C: [ZIP Six oh,]", "A: Okay.", "C: [ZIP six one one.]"},
		"amount in pieces":           {"A: How much would you like to move over to savings?", "C: Two hundred,", "A: Okay.", "C: and fifty."},
		"phone pieces too short":     {"C: My phone number is [PHONE six four six]", "A: Okay, and what's the amount?", "C: Five five five."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A caller who breathes for longer than a turn lasts between the groups of
// a number, with no one speaking between, still gives one number.
func TestFind_NumberSaidInPiecesOverAPause(t *testing.T) {
	t.Parallel()
	tr, _ := dialogue(true, "A: which number should the courier call", "C: um it's seven two oh", "C: five five five", "C: oh one eight seven")
	// 2.5 s of silence before each of the caller's last two groups
	for _, from := range []int{11, 14} {
		for i := from; i < len(tr.Words); i++ {
			tr.Words[i].Start += 2500 * time.Millisecond
			tr.Words[i].End += 2500 * time.Millisecond
		}
	}
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	covered := 0
	for _, f := range fs {
		if f.Type == redact.Phone && f.Channel == 1 {
			covered += f.LastWord - f.FirstWord + 1
		}
	}
	assert.Equal(t, 10, covered, describe(tr, fs))
}

// A phone or ZIP said again with its first digit heard as a word that
// sounds like it is the value again; the same word before other digits
// is not.
func TestFind_ValueSaidAgainWithAMisheardFirstDigit(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"zip read back": {"A: and the zip code", "C: [ZIP four eight one one oh]", "A: so that was [ZIP for eight one one oh] right", "C: yes"},
		"phone again":   {"A: what's the number", "C: [PHONE two oh two five five five three one one four]", "A: sorry", "C: [PHONE to oh two five five five three one one four]"},
		"other digits":  {"A: and the zip code", "C: [ZIP four eight one one oh]", "A: i can do that for one more"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}
