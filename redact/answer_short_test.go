package redact_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// An answer to a question for a ZIP code or a phone number that has said
// too few digits goes on over the other speaker's backchannel, even where
// the recogniser garbled the rest; one that has said them all does not.
func TestFind_ShortAnswerGoesOnOverABackchannel(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"zip garbled rest":   {"A: sorry, what was the ZIP again?", "C: [ZIP Three oh,]", "A: Mhm.", "C: [ZIP two bee.]", "A: Thanks."},
		"phone garbled rest": {"A: And your phone number?", "C: [PHONE Six one nine,]", "A: Okay.", "C: [PHONE fine sick sorry.]"},
		"zip complete":       {"A: What's the ZIP code?", "C: [ZIP Three oh two one five.]", "A: Okay.", "C: And I also need new checks."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// A phone number's answer with too few digits goes on over a pause
// longer than a value's (answerValuePause), up to a turn's length.
func TestFind_ShortAnswerGoesOnOverAPause(t *testing.T) {
	t.Parallel()
	tr, _ := dialogue(true, "A: and what is your phone number", "C: oh four one", "C: and then we eight a tree", "A: thank you")
	// 1.5 s of silence before the caller's second breath (the helper
	// leaves 0.6 s between turns)
	for i := 9; i < len(tr.Words); i++ {
		tr.Words[i].Start += 900 * time.Millisecond
		tr.Words[i].End += 900 * time.Millisecond
	}
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	last := -1
	for _, f := range fs {
		if f.Type == redact.Phone && f.Channel == 1 {
			last = max(last, f.LastWord)
		}
	}
	assert.Equal(t, 14, last, describe(tr, fs))
}
