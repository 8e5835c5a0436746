package redact

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/transcript"
)

// nameUnder reads "is" as its own speaker's: another channel's "is" said
// right after "name" opens no "what name is ... under" question.
func TestNameUnder_IsMustBeTheSameSpeakers(t *testing.T) {
	t.Parallel()
	type w struct {
		ch   int
		text string
	}
	build := func(ws []w) *shared {
		tr := &transcript.Transcript{Channels: 2}
		for i, x := range ws {
			start := time.Duration(i) * 300 * time.Millisecond
			spk := "agent"
			if x.ch == 1 {
				spk = "caller"
			}
			tr.Words = append(tr.Words, transcript.Word{Text: x.text, Channel: x.ch, Speaker: spk,
				Start: start, End: start + 250*time.Millisecond, Confidence: -1})
		}
		return newShared(tr)
	}
	at := func(sh *shared, word int) int { return int(sh.before[word]) }
	same := build([]w{{0, "what"}, {0, "name"}, {0, "is"}, {0, "the"}, {0, "booking"}, {0, "under"}})
	require.True(t, same.isContent(1))
	assert.True(t, same.nameUnder(at(same, 1)))
	other := build([]w{{0, "what"}, {0, "name"}, {1, "is"}, {0, "the"}, {0, "booking"}, {0, "under"}})
	require.True(t, other.isContent(1))
	assert.False(t, other.nameUnder(at(other, 1)))
}
