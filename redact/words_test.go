package redact_test

import "testing"

// The word-like types of issue #15 in the forms a caller really says them;
// each case is written for the form, not taken from an evaluation set.

// A security answer or username that is a noun phrase keeps its article;
// an article after a preposition is no answer's.
func TestFind_SecretAnswerKeepsItsArticle(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"first car":      {"A: For security, what was your first car?", "C: Oh, it was [PASSWORD a green Ford Escort.]"},
		"username the":   {"A: Okay, and your username?", "C: [USERNAME the jazz owl.]"},
		"same channel":   {"A: What's the name of your first pet?", "C: [PASSWORD An iguana named Pepper.]"},
		"not after into": {"A: What can I do for you?", "C: I can't get into the portal at all."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A password named earlier in the sentence takes the value after "it's":
// "I've reset the password to the default, it's ...".
func TestFind_PasswordNamedBeforeItIs(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: I reset your password to the default for now, it's [PASSWORD copper lantern 19.]", "C: Okay, got it.")
}

// A password of words and digits read back word by word is one password,
// not a password's words and a number.
func TestFind_PasswordReadBackWithDigits(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: The temporary password is [PASSWORD orchid canyon three one six.]",
		"C: [PASSWORD orchid canyon three one six?]", "A: Yes, change it when you sign in.")
}
