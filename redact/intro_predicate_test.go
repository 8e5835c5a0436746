package redact_test

import (
	"strings"
	"testing"
)

// After "I'm" or "I am", an everyday word that is also a listed surname
// ("back", "free", "early", "young") and is followed by "from", "with" or
// "here" says how the speaker is, not who: "I'm back from Lisbon". Such a
// word names the speaker only when capitalised in a cased transcript or,
// in a lowercase one, when it is a listed first name too ("i'm will from
// the office").
func TestFind_IntroBeforeAPredicateWordIsNoPerson(t *testing.T) {
	t.Parallel()
	for name, turn := range map[string]string{
		"back from a town":    "C: Okay, I'm back from Lisbon now, so go ahead.",
		"back from, no comma": "C: Yeah I'm back from the coast since Monday.",
		"am free from":        "C: Well, I am free from noon onwards.",
		"early with":          "C: I'm early with the payment this month.",
		"back here":           "C: Hi again, I'm back here about that bill.",
		"black with":          "C: I'm black with soot, give me a minute.",
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, strings.Split(turn, "|")...) })
	}
}

// The same words named as the speaker still are: capitalised in a cased
// transcript, and a first name that is a word in a lowercase one.
func TestFind_IntroBeforeFromStillNamesTheSpeaker(t *testing.T) {
	t.Parallel()
	for name, turn := range map[string]string{
		"first name that is a word": "A: Hello, I'm [PERSON Will] from the billing office.",
		"another":                   "A: Hi, I'm [PERSON Rich] with the claims team.",
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, strings.Split(turn, "|")...) })
	}
	for name, turn := range map[string]string{
		"capitalised surname word": "A: Good morning, I'm [PERSON Young] from the fraud team.",
		"capitalised, with":        "A: Hi, this is [PERSON Brown] with account services.",
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, strings.Split(turn, "|")...) })
	}
}
