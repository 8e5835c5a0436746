package redact_test

import (
	"testing"

	"github.com/callveil/callveil/redact"
)

// A first name that is also a word owns the plural noun after its "'s"
// where nothing makes it a noun itself; the same word after an article, a
// possessive or a noun, or before a singular noun or a verb, stays a word.
func TestFind_WordNameOwningThings(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]struct {
		styles []bool
		turns  []string
	}{
		"opening the turn":     {[]bool{false, true}, []string{"P: [PERSON Rusty's] figures don't add up."}},
		"after of":             {[]bool{true}, []string{"Q: did you keep copies of [PERSON jack's] drawings"}},
		"after so":             {[]bool{true}, []string{"R: so [PERSON frank's] numbers were off by a bit"}},
		"after an article":     {[]bool{true}, []string{"C: the bill's charges look wrong"}},
		"after a noun":         {[]bool{true}, []string{"C: my phone bill's charges went up"}},
		"'s is is":             {[]bool{true}, []string{"C: bill's due on friday"}},
		"a singular noun":      {[]bool{true}, []string{"C: so bill's total is what"}},
		"a verb's name":        {[]bool{true}, []string{"P: mark's slides are fine"}},
		"cased inside, a noun": {[]bool{false}, []string{"C: I paid the phone bill's charges."}},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueWith(t, redact.DefaultPolicy(), c.styles, c.turns...) })
	}
}
