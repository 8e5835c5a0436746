package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
)

// A number found in part grows over the digits the recogniser wrote as
// their sound-alikes next to it ("for", "to", "ate", "won", "owe"), and an
// ID over the letters that open it; a preposition, a count or an amount
// after the number stays out.
func TestFind_DigitRunGrowsOverSoundAlikes(t *testing.T) {
	p := redact.DefaultPolicy()
	for _, tc := range []struct {
		ask, said string
		typ       redact.Type
		want      string
	}{
		// a sound-alike then more digits, and ones that end the turn
		{"A: go ahead with the account number", "C: the account number is six six for to nine nine one ate",
			redact.Account, "six six for to nine nine one ate"},
		{"A: how do we reach you", "C: my phone number is three oh two for four four too one six won won",
			redact.Phone, "three oh two for four four too one six won won"},
		{"A: and the member id", "C: my member id is five one two two owe six ate nine",
			redact.Account, "five one two two owe six ate nine"},
		// an ID's letters at the opening of the answer, a digit misheard
		{"A: what's your member id", "C: okay queue are em for six six one two ate",
			redact.Account, "queue are em for six six one two ate"},
		{"A: can you give me the member id", "C: it's b c d seven won four four two two",
			redact.Account, "b c d seven won four four two two"},
	} {
		tr := recognisedCall(stereoCall, tc.ask, tc.said)
		assert.Contains(t, typed(t, tr, p, tc.typ), tc.want, tc.said)
	}
	for _, tc := range []struct {
		ask, said string
		typ       redact.Type
		not       string // a word that stays out of every finding of typ
	}{
		{"A: and the account number", "C: the account number is six six one two nine nine one eight for two years now", redact.Account, "years"},
		{"A: and the account number", "C: the account number is six six one two nine nine one eight for the joint account", redact.Account, "for"},
		{"A: how do we reach you", "C: my phone number is three oh two four four four two one six one one to be honest", redact.Phone, "to"},
		{"A: and the member id", "C: my member id is five one two two six six eight nine and i ate lunch", redact.Account, "ate"},
		// letters mid-turn are no part of an ID
		{"A: and the member id", "C: the plan is a b c and my member id is five one two two six six eight nine", redact.Account, "c"},
	} {
		tr := recognisedCall(stereoCall, tc.ask, tc.said)
		for _, got := range typed(t, tr, p, tc.typ) {
			assert.NotContains(t, strings.Fields(got), tc.not, "%s: %q", tc.said, got)
		}
	}
}

// A card's expiry said right after the card, its question garbled or
// never asked, is the expiry: a month and a year read as digits, a digit
// heard as its sound-alike. A count, an amount, a longer number or a
// question for something else between them is not.
func TestFind_ExpiryRightAfterACard(t *testing.T) {
	p := redact.DefaultPolicy()
	card := "C: my card is five five five five three three three three two two two two one one one one"
	for _, tc := range []struct {
		turns []string
		want  string
	}{
		{[]string{"A: what card would you like to use", card, "A: and the x bye rate shun", "C: eleven twenty seven"}, "eleven twenty seven"},
		{[]string{"A: what card would you like to use", card, "A: rocks bury", "C: sure oh ate thirty"}, "oh ate thirty"},
		{[]string{"A: what card would you like to use", card + " good through for twenty nine"}, "for twenty nine"},
	} {
		tr := recognisedCall(stereoCall, tc.turns...)
		assert.Equal(t, []string{tc.want}, typed(t, tr, p, redact.CardExpiry), tc.turns[len(tc.turns)-1])
	}
	for _, turns := range [][]string{
		{"A: what card would you like to use", card + " for twenty five dollars"},
		{"A: what card would you like to use", card + " for twenty minutes"},
		{"A: what card would you like to use", card, "A: and your zip code", "C: twelve twenty one"},
		{"A: what card would you like to use", card, "A: and the amount", "C: twelve twenty five"},
		{"A: what card would you like to use", card, "A: and the phone", "C: oh six twenty eight one two three four"},
		{"A: what's the callback number", "C: five five five two one two three four", "A: and when", "C: twelve thirty"},
	} {
		tr := recognisedCall(stereoCall, turns...)
		assert.Empty(t, typed(t, tr, p, redact.CardExpiry), turns[len(turns)-1])
	}
}

// A long number asked for, in which the recogniser wrote a digit or two
// as other words, is one number: both sides of the words are taken when
// they are long enough together for the type asked. Without a question
// for the type, with too few digits, or across a word that joins two
// values ("and", a cue), nothing is bridged.
func TestFind_LongNumberBridgesAMisheardDigit(t *testing.T) {
	p := redact.DefaultPolicy()
	for _, tc := range []struct {
		ask, said string
		typ       redact.Type
		want      string
	}{
		{"A: could you read out the card number", "C: five two two one four four seven dice three three six six zero one two one",
			redact.Card, "five two two one four four seven dice three three six six zero one two one"},
		{"A: what's a good phone number for you", "C: sure two zero six nun five five five one two three four",
			redact.Phone, "two zero six nun five five five one two three four"},
	} {
		tr := recognisedCall(stereoCall, tc.ask, tc.said)
		assert.Contains(t, typed(t, tr, p, tc.typ), tc.want, tc.said)
	}
	for _, tc := range []struct {
		ask, said string
		not       string
	}{
		{"A: what did you see", "C: the sign said five two two one four four seven dice three three six six zero one two one", "dice"},
		{"A: what's a good phone number for you", "C: two zero six nun five five one", "nun"},
		{"A: what's a good phone number for you", "C: yeah i don't know maybe it's in the letter they sent me before", "nothing"},
		{"A: could you read out the number on the card", "C: five two two one four four seven three three three six six zero one two one zip nine oh two one oh", "zip"},
		{"A: could you read out the number on the card", "C: five two two one four four seven three three three six six zero one two one and nine oh two one oh", "and"},
	} {
		tr := recognisedCall(stereoCall, tc.ask, tc.said)
		off := p
		off.Answers = redact.AnswersOff // (the answer rule flags a whole answer it cannot read: fail closed)
		fs, err := redact.Find(tr, off)
		assert.NoError(t, err)
		for _, f := range fs {
			for i := f.FirstWord; i <= f.LastWord; i++ {
				assert.NotEqual(t, tc.not, tr.Words[i].Text, "%s: %s flagged as %s", tc.said, tc.not, f.Type)
			}
		}
	}
}

// A recogniser writes "to" and "for" right after a number's cue as "two"
// and "four": the question still asks for the number, and its answer is
// read as one. Cased, next to another digit or after another word, the
// digit is a number given and the question asks for none.
func TestFind_CueThenToHeardAsTwo(t *testing.T) {
	p := redact.DefaultPolicy()
	tr := recognisedCall(stereoCall, "A: i will need your account number two set up the payments", "C: sure one why tree for free nine")
	assert.Equal(t, []string{"ACCOUNT: one why tree for free nine"}, answered(t, tr, p))

	for _, turns := range [][]string{
		{"A: what's the phone number for room two", "C: it's the front desk"},
		{"A: is the account number two two one", "C: no it's the other one"},
		{"A: I have the account number two on file, right?", "C: yes that's the one"},
	} {
		tr := recognisedCall(stereoCall, turns...)
		assert.Empty(t, answered(t, tr, p), turns[0])
	}
}
