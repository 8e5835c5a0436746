package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// typesFound returns the types Find reports for text (one channel).
func typesFound(t *testing.T, text string) map[redact.Type]bool {
	t.Helper()
	fs, err := redact.Find(words(text), redact.DefaultPolicy())
	require.NoError(t, err)
	got := map[redact.Type]bool{}
	for _, f := range fs {
		got[f.Type] = true
	}
	return got
}

func TestFind_CardLongOrFailingTheCheck(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// 19 digits after "one": the number word is not the card's.
		"I got the newer one, [CARD 4010928159013962459.] It works.",
		"i got the newer one [CARD four oh one oh nine two eight one five nine oh one three nine six two four five nine] it works",
		// A cued card that fails the check is still the caller's card,
		// all of it, not a shorter prefix that happens to pass.
		"My card number is [CARD five two five three eight eight eight five three nine three three six three three eight] and it was declined.",
		"The refund went to [NUMBER five two five three eight eight eight five three nine three three six three three eight] yesterday.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// Uncued, a 14-digit run failing the check is no 13-digit card with
	// a digit left over: every digit is redacted.
	fs, err := redact.Find(words("it says three one two two two oh two nine seven two nine nine seven five on the letter"), redact.DefaultPolicy())
	require.NoError(t, err)
	covered := map[int]bool{}
	for _, f := range fs {
		assert.NotEqual(t, redact.Card, f.Type)
		for i := f.FirstWord; i <= f.LastWord; i++ {
			covered[i] = true
		}
	}
	for i := 2; i <= 15; i++ {
		assert.True(t, covered[i], "digit word %d", i)
	}
}

func TestFind_MilitaryZIPIsNoCard(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"Please mail it to PSC 3991, Box 7290, APO AE 09222.",
		"please mail it to p s c thirty nine ninety one box seventy two ninety a p o a e oh nine two two two",
	} {
		got := typesFound(t, text)
		assert.True(t, got[redact.ZIP], text)
		assert.False(t, got[redact.Card], text)
	}
	assert.False(t, typesFound(t, "The AP story ran on page 09222 of the archive.")[redact.ZIP])
}

func TestFind_SocialLayouts(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"And your social security number? It's [SSN 512.44.7301.]",
		// 3-2-4 is a social's layout even after "my number", valid or not.
		"The portal keeps rejecting my number. I entered [SSN 219-00-4412.]",
		"Call me back on [PHONE 415.555.0182] tonight.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_WrittenDatesOfBirth(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Date of birth: [DOB 14.03.1988.] Thanks.",
		"My date of birth is [DOB 3-apr-1961] and the policy is new.",
		"[DOB 2001-09-30] is my birthday, so the card should be ready.",
		"[DOB two thousand one oh nine thirty] is my birthday",
		// Called a birthday a few words on, in the same turn.
		"Well, the big day is [DOB October 2nd 1990,] and we throw a party on my birthday.",
		// A year alone is no date of birth.
		"In 2020 I spent my birthday at home.",
		"The meeting is 14.03.2021 at the office.",
		"2021-05-20 is my appointment.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_IBANSpelledOrFailingTheCheck(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// "i b a n" spelled runs on into the country code.
		"please send it to this i b a n [IBAN n l three six r a b o oh four one seven one six four three oh oh] thanks",
		// One digit wrong: still the caller's account, letters included.
		"The bank bounced [ACCOUNT AT61 1420 0200 1096 3334.] Can you check it?",
		"the bank bounced [ACCOUNT a t six one one four two oh oh two oh oh one oh nine six three three three four] can you check it",
		// Too short for Austria's 20 characters by far: not an IBAN.
		"Gate AT61 at 1420 for 25 people.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_PhonesFromAbroadAndWrittenExtensions(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// A national number with the trunk prefix 0, after "my X number is".
		"My Dutch number is [PHONE 020-555-0147,] the office knows it.",
		"my mobile number is [PHONE oh seven seven oh oh nine oh oh one two three] ok",
		// An extension written as one word.
		"The desk is [PHONE 617-555-0190 x204.] Ask for the front desk.",
		// A number given last in the turn keeps its final "oh".
		"the lyon office is [PHONE plus three three four seven two one oh five eight oh oh]",
		// A reference named for a number that corrects a phone keeps it
		// a NUMBER.
		"Use [PHONE 6175550101,] no wait, order number [NUMBER 6175550144.]",
		// A reference number starting with 0 stays a NUMBER, not a phone.
		"Your order number is [NUMBER 0123456789] and it ships Monday.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_DatesAndTimesThatAreNoNumbers(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// A document's expiry is no card's.
		"I need to renew my passport. When does it expire? August 2029.",
		// Dates with a year, said after a word that announces one.
		"the date of the claim today is six twelve twenty twenty four thanks",
		"your appointment is on nine fourteen twenty twenty five",
		"the policy starts on twenty twenty four oh six twelve perfect",
		// A time of day after "at".
		"the transfer reached your account at eleven fifteen great",
		// A number the speaker denies is not read back as theirs.
		"My card is [CARD 4539 1488 0343 6467.] Wait, it is not 6467 any more, that one was replaced.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_PhoneGivenAfterTakingBackAnother(t *testing.T) {
	t.Parallel()
	// The reference cue of the sentence before says whose the number taken
	// back was, not what the new one is (punctuated transcripts only:
	// without the full stop the cue may be the new number's).
	fs, err := redact.Find(words("Use 6175550101, no wait, that is the ticket number. Mine is 617-555-0144."), redact.DefaultPolicy())
	require.NoError(t, err)
	require.Len(t, fs, 2, "%v", fs)
	assert.Equal(t, redact.Phone, fs[1].Type)
	assert.Equal(t, 11, fs[1].FirstWord)
}

// Unpunctuated, "mine is" says the same: the speaker sets their own number
// against the one whose owner they named. Without it the reference cue is
// the new number's.
func TestFind_MineIsAfterTakingBackAPhone(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"my number is [PHONE eight four four five five five two two two two] no sorry that's the room's mine is [PHONE two one four five five five oh one nine eight] thanks",
		"my number is [PHONE eight four four five five five two two two two] no that's the store's line mine's [PHONE two one four five five five oh one nine eight] thanks",
		"use [PHONE six one seven five five five oh one oh one] no wait order number [NUMBER six one seven five five five oh one four four]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// Nine digits after "my number", in talk of a social security number or
// the W-2 it is written on, are the social (or a NUMBER when no valid
// one), not a phone number a digit short.
func TestFind_NineDigitsInTalkOfASocial(t *testing.T) {
	t.Parallel()
	checkFinds(t, "the portal keeps refusing my number i typed [NUMBER zero four one two two zero zero zero zero] but a social can't end in four zeros")
	checkDialogue(t, "C: My payroll office printed my number as [NUMBER 041002234] on my W-2.", "A: The middle pair can't be zeros. What should it say?",
		"C: [SSN 041552234.]")
	checkDialogueIn(t, []bool{true}, "C: my payroll office printed my number as [NUMBER oh four one oh oh two two three four] on my w two",
		"A: the middle pair can't be zeros what should it say", "C: [SSN oh four one five five two two three four]")
	// With no social in the talk, a cued phone number a digit short stays
	// a phone number.
	checkFinds(t, "my phone number is [PHONE five five five one two three four five six] I think")
}

// "The number ending in" names a phone's last four, not a social's; a
// card number ending in four digits stays the card's.
func TestFind_LastFourOfAPhone(t *testing.T) {
	t.Parallel()
	checkFinds(t, "We'll text a code to the number ending in [PHONE 0133.]")
	checkFinds(t, "Is it the card number ending in [CARD 4412?]")
	checkFinds(t, "The last four of my social are [SSN 6789.]")
}

// Canadian and UK postal codes, written or spelled, after a ZIP cue or,
// written in capitals, right after an address; other codes of that shape
// are not.
func TestFind_PostalCodesAbroad(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My postal code is [ZIP K1A 0B1.]",
		"my postal code is [ZIP k one a zero b one] thanks",
		"The postcode is [ZIP SW1A 1AA.]",
		"the post code is [ZIP e c one a one b b] right",
		"Flight BA123 leaves at noon.",
		"The model is X1 2AB.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	got := typesFound(t, "Please send it to 10 Downing Street, London SW1A 2AA.")
	assert.True(t, got[redact.ZIP])
	assert.False(t, typesFound(t, "I ordered item AB1 2CD yesterday.")[redact.ZIP])
}

// "The card ending 4412" gives the card's last four; a birth month and
// year after "born in"; letters an ID starts with, run together into one
// lowercase word.
func TestFind_PartialNumbersAsPeopleSayThem(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Is that the card ending [CARD four four one two?]",
		"I was born in [DOB March of nineteen eighty.]",
		"my member id is [ACCOUNT xzp four four seven one two two nine oh] thanks",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// A word with vowels before the digits is no part of the ID.
	checkFinds(t, "my member id is [ACCOUNT four four seven one two two nine oh] okay")
}

// An IBAN read in blocks ends at its country's length, even when the
// words after it would pass the check by chance (one time in 97).
func TestFind_IBANEndsAtItsCountrysLength(t *testing.T) {
	t.Parallel()
	checkFinds(t, "My IBAN is [IBAN DE44 5001 0517 5407 3249 31.] No, we should use the other one.")
}

// "Medicare i d ..." in lowercase: the spelled "ID" is the cue's, not the
// identifier's first letters (an MBI starts with a digit).
func TestFind_MedicareIDSpelledBeforeTheMBI(t *testing.T) {
	t.Parallel()
	checkFinds(t, "hi medicare i d [MEDICARE three c d five f g seven h j eight nine] i need a new card")
}

// A run ending in "oh" that a preposition follows in the same sentence
// keeps the "oh" as a zero: eight digits, a NUMBER, not a phone number
// and a stray word.
func TestFind_OhBeforeAPrepositionIsAZero(t *testing.T) {
	t.Parallel()
	checkFinds(t, "The notice has [NUMBER eight four two oh seven one six oh] on it, if that helps.")
	// An "oh" the speaker stops at stays the interjection.
	checkFinds(t, "It's [PHONE eight four two oh seven one six] oh, wait, that's the old one.")
}

// A number restarted from its last digit or two after "sorry" is one
// number: no digit of the repair is left unredacted.
func TestFind_RepairFromTheLastDigits(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And the social?", "C: [SSN Four one two, five five, three nine eight... sorry, eight one.]")
	checkDialogue(t, "A: Best number for you?", "C: [PHONE Six one seven, five five five, oh one two... sorry, two six.]")
}

// Nine digits grouped 3-2-4 by the speaker's pauses, asked for as a phone
// number by name, are a phone number read with a digit missing, not a
// social; "a number ... ending in" gives a phone's last four.
func TestFind_PhoneAskedByNameKeepsItsType(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Phone number, please?", "C: [PHONE Five five five, two three, two three six seven.]")
	checkDialogue(t, "A: Is there a number we can text?", "C: Same as before, the one ending in [PHONE four four one two.]")
	// After "my number" alone, written 3-2-4 stays a social's layout.
	checkFinds(t, "The portal keeps rejecting my number. I entered [SSN 219-00-4412.]")
}

// The day said twice as the speaker restarts belongs to the date of birth.
func TestFind_BirthDayRestarted(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: What's your date of birth?", "C: I was born on [DOB the ninth, uh, ninth of May, nineteen eighty.]")
}

// A social or card written masked but for its last four digits: those
// four are redacted like a spoken "last four".
func TestFind_MaskedLastFour(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The letter shows my social as [SSN xxx-xx-4471.]",
		"It says [SSN ***-**-4471] on the form.",
		"The card on file is [CARD XXXX-XXXX-XXXX-9023.]",
		// Not masked values: a dashed product code, a plain word.
		"The part is xx-4471 and the box says xxx.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
