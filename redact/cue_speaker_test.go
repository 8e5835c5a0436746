package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// A cue with "my" ("my wife", "my son") speaks of its own
// speaker, so the other speaker's words after it are no name by that cue,
// on one channel with two speakers as on two channels: a town that is
// also a first name ("orlando", "savannah") opening the other speaker's
// turn stays the town.
func TestFind_MyCueOfTheOtherSpeakerOnOneChannelNamesNobody(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"my wife": {"A: okay i'll ask my wife", "C: orlando is where it shipped to"},
		"my son":  {"A: and that's for my son", "C: savannah is the city on the form"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for _, channels := range []int{1, 2} {
				tr, _ := dialogue(true, turns...)
				if channels == 1 {
					for i := range tr.Words {
						tr.Words[i].Channel = 0 // one channel, two speakers
					}
					tr.Channels = 1
				}
				fs, err := redact.Find(tr, redact.DefaultPolicy())
				require.NoError(t, err)
				assert.Empty(t, fs, "channels=%d: %s", channels, describe(tr, fs))
			}
		})
	}
	// The speaker's own cue still names: "my son orlando".
	checkDialogue(t, "C: and that's for my son [PERSON Orlando], he's on the plan")
}
