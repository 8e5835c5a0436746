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

// A message comes from a person: after "a message from", "a text from",
// "an email from", "a voicemail from" a first name is the sender, also a
// first name that is a town ("Regina", "Chelsea"); a place that is nobody's
// name, a business and "the office" are not.
func TestFind_SenderOfAMessageIsAPerson(t *testing.T) {
	t.Parallel()
	for name, turn := range map[string]string{
		"message from":        "A: I see a message from [PERSON Jennifer] on the file.",
		"voicemail from town": "C: There was a voicemail from [PERSON Regina] this morning.",
		"text from town name": "C: I got a text from [PERSON Chelsea] saying it was paid.",
		"email from unlisted": "C: The email from [PERSON Oluwaseun] said the refund went out.",
		"messages from":       "C: Two messages from [PERSON Marcus] and then nothing.",
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turn) })
	}
	for name, turn := range map[string]string{
		"from a world town":   "C: The message from Surabaya was in Indonesian.",
		"from a business":     "C: I got a text from Amazon about the parcel.",
		"from the office":     "C: An email from the office said to call.",
		"written from a town": "C: I'll write from Lisbon next week.",
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turn) })
	}
}
