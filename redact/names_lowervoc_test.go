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

// Lowercase, a listed first name, also one that is a word, is said to
// someone after a clause that ends on "it", "them", "there" or "here",
// at the end of the turn or before the speaker's next clause; a listed
// name that is no word is the subject of a verb in the past after a clause
// opens.
func TestFind_LowerGapVocativeAndPastSubject(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"there, turn end":   {"A: I can fit the two parcels in there [PERSON Frank]", "C: Thanks."},
		"it, we":            {"C: We never got around to it [PERSON Bill] we were away."},
		"here, or":          {"A: The form should help you here [PERSON Jack] or call us back."},
		"them, and":         {"A: I left the parcels with them [PERSON Rose] and they should arrive soon."},
		"past after that":   {"C: The figures that um [PERSON Okonkwo] calculated were off."},
		"past after and":    {"C: We had the receipts and [PERSON Gustavo] took them to the branch."},
		"past after a turn": {"A: Who signed for it?", "C: [PERSON Gustavo] signed for it last week."},
		"word name, until":  {"C: We cannot close it until [PERSON Frank] gets back from leave."},
		"word name, think":  {"C: I think [PERSON Jack] mailed the form on Monday."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// Words stay words: a word after a verb that takes a complement ("strike
// it rich", "call it art"), a word that describes, a name before no clause,
// a verb name, and "that" pointing at a thing.
func TestFind_LowerGapVocativeAndPastSubject_KeepWords(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"they hoped to strike it rich",
		"you could call it art and leave it there",
		"put it there frank ly speaking",
		"i put it there bill payments go out on monday",
		"just leave it there will you",
		"we flew by that saturn gave us a ride",
		"and the bill arrived late",
		"prices fell and then rose sharply",
		"the new linux based server",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, redact.Person, f.Type, "%q: %q", line, redact.MatchedText(tr, f))
		}
	}
}

// Lowercase, a first name that is also a word is a person where only a
// person stands: opening a turn before a question to the one named, the
// subject of a question before a verb in "-ing" or the past, the object of
// "tell", "ask", "remind".
func TestFind_LowerWordNameAddressed(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"turn start, question": {"A: The parcel is back at the depot.", "C: And [PERSON Jack] could you send it again?"},
		"turn start, do you":   {"A: Thanks for waiting.", "C: [PERSON Frank] do you still have my old address?"},
		"question subject ing": {"C: Is [PERSON Bill] handling the refund now?"},
		"question subject got": {"C: Has [PERSON Frank] got the new card yet?"},
		"object of tell":       {"A: Could you tell [PERSON Jack] that the form arrived?"},
		"object of remind":     {"C: Please remind [PERSON Bill] about the second charge."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// Words stay words in those slots: after an article, a noun said without
// one ("is art improving", "has faith got"), a verb name, an adjective.
func TestFind_LowerWordNameAddressed_KeepsWords(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"has the bill got the new rate on it",
		"is art improving as a subject at school",
		"tell the bill collector i paid",
		"ask will you stay",
		"and grace do you know the period",
		"is frankly speaking fine",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, redact.Person, f.Type, "%q: %q", line, redact.MatchedText(tr, f))
		}
	}
}

// Lowercase, a listed name that is no word is said to someone before
// "you", "well", "okay" and the like; a name before "here" and the turn's
// end or the speaker's next clause is the speaker's own.
func TestFind_LowerLooseFollowersAndNameHere(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"before you":        {"A: It is worth a second look [PERSON Okonkwo] you might find the receipt."},
		"before well":       {"C: The one who signed is probably [PERSON Okonkwo] well I think so."},
		"name here, clause": {"C: It's the night shift, [PERSON Okonkwo] here, I'm calling about the bill."},
		"word name here":    {"C: Night shift [PERSON Frank] here, just checking on the refund."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// Words stay words before "here": after an article or a preposition, and
// a word before "here" that is no name.
func TestFind_LowerNameHere_KeepsWords(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"the bill here shows two charges",
		"i left the jack here and the cable",
		"sign the form here i think",
		"we came from chicago here i mean",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, redact.Person, f.Type, "%q: %q", line, redact.MatchedText(tr, f))
		}
	}
}

// Cased, the same slots take a first name that is also a word where it is
// capitalised inside its sentence; not where an article comes before it,
// nor a name opening a sentence.
func TestFind_CasedWordNameInSlots(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"question subject": {"C: Is [PERSON Frank] handling the refund now?"},
		"past after until": {"C: We cannot close it until [PERSON Bill] gets back from leave."},
		"gap vocative":     {"A: The form should help you there, [PERSON Jack,] or call us back."},
		"article":          {"C: Has the Bill got the new rate on it?"},
		"sentence start":   {"C: Frank gets paid on Friday, they said."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}
