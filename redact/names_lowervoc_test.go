package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// Lowercase, a name said to the caller after an acknowledgement and
// before the speaker's own clause is a person, also a first name that is
// a word ("frank", "bill"); a listed name that is no word is one at the
// end of a turn, before the speaker's "i" or "we", and as the subject of
// "is", "should" and their kind.
func TestFind_LowerVocative(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"ack, word name, we": {"A: Okay, [PERSON Frank,] we'll put the refund through today."},
		"ack, word name, i":  {"A: Right, [PERSON Bill,] I can see the second charge now."},
		"ack, name, can you": {"C: Sorry about that.", "A: Understood, [PERSON Thandeka,] can you read me the reference?"},
		"turn end":           {"A: That was really helpful, [PERSON Priya.]", "C: No problem."},
		"before i":           {"A: Thanks for holding [PERSON Gustavo] I have your file open now."},
		"subject of is":      {"C: Honestly [PERSON Okonkwo] is the one who set up the account."},
		"subject of should":  {"C: Maybe [PERSON Priya] should call you back tomorrow."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// Words stay words: a first name that is a verb before "i" ("hope i",
// "may i"), a word name before an object ("bill you"), a name word after
// an article or a preposition, the end of a firm's or a place's name after
// a preposition, and the town at the end of an address.
func TestFind_LowerVocative_KeepsWords(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"okay hope i got that down right",
		"okay may i take the postcode please",
		"right we will bill you for the difference",
		"the bill i received last month was wrong",
		"there is a standing order to morgan stanley",
		"the address is twelve station road great shelford",
		"we still use the kaminski is what she said",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, redact.Person, f.Type, "%q: %s", line, describe(tr, fs))
		}
	}
}

// Lowercase, a contraction ("here's", "what's", "that's") before a listed
// name said with "'s" owns nothing, nor does "this" or "that" before a
// listed name that is no word; before a word ("this bill's total", "the
// morgan's") the word stays a noun.
func TestFind_LowerPossessiveAfterContraction(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"here's":     {"A: Okay, here's [PERSON Okafor's] reply to your complaint."},
		"what's":     {"C: So what's [PERSON Gustavo's] view on the refund?"},
		"that's":     {"C: Whose card is this one?", "A: That's [PERSON Priya's.]"},
		"this, name": {"C: We could call this [PERSON Okafor's] plan, I suppose."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for _, line := range []string{
		"i checked and this bill's total is higher",
		"that's the bill's second page",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, redact.Person, f.Type, "%q: %s", line, describe(tr, fs))
		}
	}
}

// A transcript may end on a name said with "'s" with no turn or sentence
// marked after it: Find must not read past its last word (it panicked in
// possessorName).
func TestFind_PossessiveEndsTheTranscript(t *testing.T) {
	t.Parallel()
	for _, line := range []string{"whose card is this that's priya's", "i think it is okafor's", "that one is bill's"} {
		tr := words(line)
		require.NotPanics(t, func() { _, _ = redact.Find(tr, redact.DefaultPolicy()) }, line)
	}
}
