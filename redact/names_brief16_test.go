package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// TestFind_PublicNames checks brief16's forms, one line each, in words of
// their own (not set16's): an office before a name, a name modifying the
// people around a person, the floor given by name, a surname as a subject,
// a possessive before what its owner asked, particle names, a first name
// before a found surname; and the look-alikes that stay unflagged: things
// named after people, an office with no name, wake words and stations.
func TestFind_PublicNames(t *testing.T) {
	for _, c := range []struct {
		line  string
		lower bool // also in the lowercase style
	}{
		{"A: The motion came from Councilwoman [PERSON Adebayo-Reyes] last week.", true},
		{"A: We expect Governor [PERSON Hochstetler] to sign it.", true},
		{"A: The Secretary of Commerce [PERSON Lindqvist] will lead the trip.", true},
		{"A: Chancellor [PERSON Scholz] arrives on the second day.", true},
		{"A: I spoke with President [PERSON Brown] this morning.", false},
		{"C: What did the [PERSON Trudeaus] campaign say?", false},
		{"C: Is this about the [PERSON Okonjo-Iweala] years at the bank?", true},
		{"C: There was a [PERSON Mary Kowalczyk] hearing on it.", false},
		{"A: Go ahead, [PERSON Wendell].", false},
		{"A: Okay, thanks [PERSON Gwendolyn]", true},
		{"C: [PERSON Jasmine], what does the data show?", false},
		{"C: When [PERSON Yanukovych] would not meet them, the talks stopped.", true},
		{"A: Back to [PERSON Mireille's] point about the schedule.", true},
		{"A: The raid that got [PERSON bin Laden] took years.", false},
		{"A: The envoy met [PERSON Saad al-Hariri] in the capital.", false},
		{"C: The letter said [PERSON Zbigniew Lisowski] will testify.", false},
	} {
		for _, lower := range []bool{false, true} {
			if lower && !c.lower {
				continue
			}
			tr, want := dialogue(lower, c.line)
			fs, err := redact.Find(tr, redact.DefaultPolicy())
			assert.NoError(t, err)
			for _, e := range want {
				ok := false
				for _, f := range fs {
					ok = ok || f.Type == redact.Person && f.FirstWord <= e.first && f.LastWord >= e.last
				}
				assert.True(t, ok, "lower=%v %q: %s not found (found %v)", lower, c.line, wordsText(tr, e.first, e.last), fs)
			}
		}
	}
}

func TestFind_PublicNamesLookAlikes(t *testing.T) {
	for _, line := range []string{
		"A: The talks will be at Camp David on the weekend.",
		"A: The President said the Secretary would go.",
		"A: The [HN Lincoln] Memorial is closed for repairs.",
		"A: She visited Fort Bragg and then the [HN Reagan] Library.",
		"C: Did the Smith Act come up?",
		"A: The carrier Abraham Lincoln left port.",
		"A: We hope to reopen the Jefferson Building by spring.",
		"C: Thank you, Councilmember.",
		"C: Got it. Olly, play the next song.",
		"A: Copy that. Go ahead, Houston.",
		"A: The status quo is not an option.",
		"A: Republicans, as you know, disagree.",
		"A: The u s s harry truman is in the gulf.",
		"A: They met at Andrews Air Force Base.",
		"A: Put the papers in the recycling bin please.",
	} {
		for _, lower := range []bool{false, true} {
			tr, _ := dialogue(lower, line)
			if lower {
				tr, _ = dialogue(false, lowerHN([]string{line})...)
			}
			fs, err := redact.Find(tr, redact.DefaultPolicy())
			assert.NoError(t, err)
			for _, f := range fs {
				if f.Type == redact.Person {
					t.Errorf("lower=%v %q: PERSON %q", lower, line, redact.MatchedText(tr, f))
				}
			}
		}
	}
}
