package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// Numeric forms of issue 15 (set9's dev half showed where they were
// missed): a number with its country code after a card was talked about,
// the country code said apart from the number, a state written with
// periods before a ZIP, a ZIP+4 said with "plus", and a card's expiry
// said further from its cue or as two fields. Hard negatives of each form
// sit beside them: a price or sum with "plus", a sentence ending in a
// shortened state, a day's date or another thing's expiry after the cue.

func TestFind_CountryCodeIsAPhoneCue(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// "code" alone asks for a card's security code while a card is
		// talked about; "country code" asks for a phone.
		"I paid with the Visa. The number with the country code is [PHONE +238 221 1234.] Thanks.",
		"Charge my card, please. You can reach me, country code included, on [PHONE +44 20 7946 0958.]",
		"And the security code on the card? [CARD_CVV 482.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_CountryCodeSaidApart(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The country code is [PHONE plus four four] and the number is [PHONE two oh seven nine four six oh nine five eight.]",
		"The country code is [PHONE +44,] then [PHONE 20 7946 0958.]",
		"It's [PHONE two oh seven nine four six oh nine five eight,] country code [PHONE plus four four.]",
		"The dialling code is [PHONE thirty three] and after it [PHONE one four two six eight five three oh oh.]",
		"Country code [PHONE plus four four,] area code [PHONE two oh,] and the number is [PHONE seven nine four six oh nine five eight.]",
		"My number is [PHONE 7946 0958] in London, dialling code [PHONE oh two oh.]",
		// An area code's year, not its number, after the phone.
		"My phone is [PHONE 555 1234.] The area code changed in 2019.",
		// An area code said before its cue ("the 617 area code") has
		// its value: a number after the cue is another thing's.
		"My phone is [PHONE 617 555 0192,] I'm in the 617 area code, it's 35 degrees.",
		"My phone is [PHONE 617 555 0192,] we're the 617 area code, 35 minutes from Boston.",
		// "plus" in a sum, no country code named: nothing but the phone.
		"I paid forty plus twelve and my number is [PHONE 555 123 4567.]",
		// A country code with no phone near it is left alone.
		"The country code for France is thirty three, I think.",
		"The country code is forty four and it costs 20 dollars a minute.",
		// "international" names a plan or a price here, no code.
		"My number is [PHONE 617 555 0192,] the international plan costs plus 20.",
		"My international number is [PHONE plus four four,] then [PHONE two oh seven nine four six oh nine five eight.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_StateWrittenWithPeriodsBeforeZIP(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"I moved to Brooklyn, N.Y., [ZIP 11216] last year.",
		"Send it to Washington, D.C. [ZIP 20500.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// A shortened name ("Ark.", "Calif.") is a written form only: said,
	// it is the state's name. With no city and comma before it, it ends
	// a sentence.
	for text, zip := range map[string]string{
		"The office is in Fayetteville, Ark., 72704.": "72704",
		"Ship it to Irvine, Calif. 92604, please.":    "92604",
		"We sent it to Wash. 12000 more are coming.":  "",
		"I felt Ill. 12000 people had it too.":        "",
		"Yes, Mass 12345 was the part number.":        "",
	} {
		tr := words(text)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		got := ""
		for _, f := range fs {
			if f.Type == redact.ZIP {
				got = redact.MatchedText(tr, f)
			}
		}
		assert.Equal(t, zip, got, text)
	}
}

func TestFind_ZIPPlusFourSaidWithPlus(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The zip code is [ZIP 94105 plus 1234.]",
		"Springfield, Illinois [ZIP 62701 plus 1234] is the one on file.",
		"My zip is [ZIP 94105 hyphen 6789,] thanks.",
		// "plus" a price or a longer number: the ZIP alone.
		"The zip is [ZIP 94105,] plus 1250 dollars for the deposit.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_CardExpiryFurtherFromItsCue(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The card expires at the end of [CARD_EXPIRY March 2029.]",
		"Expiry month [CARD_EXPIRY 07,] year [CARD_EXPIRY 31.]",
		"The expiration month is [CARD_EXPIRY seven] and the year is [CARD_EXPIRY twenty eight.]",
		"The card is good until [CARD_EXPIRY April twenty seven.]",
		"My Visa is valid until [CARD_EXPIRY oh four twenty seven.]",
		// Another thing's expiry, a day's date, another field's date,
		// a month out of range, "valid until" with no card: no card expiry.
		"The ticket is valid until ten thirty tonight.",
		"The coupon is good until 04/27.",
		// Another thing valid until a date after card talk is that
		// thing's: the card must be what is valid.
		"I paid by card. The sale price is good until April twenty seven.",
		"The card was charged. Your plan is valid until June twenty six.",
		"I paid by card. It's valid until [CARD_EXPIRY oh four twenty seven.]",
		"The coupon expires at the end of March 2029.",
		"My passport expires at the end of March 2029.",
		"The card expires soon, the meeting is on March 27.",
		"The card expires in two years.",
		"The expiry month is 13 and year 28, says the form.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_LetterXBeforeANumberIsAModel(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// A lone "x" before a number names a product; after a phone it
		// is the phone's extension, and "extension" or "ext" alone
		// still is one.
		"It's the x one hundred seventy model, is there a reset?",
		"The router is a model x three four one nine.",
		"Call me at [PHONE 555 123 4567 x 4421.]",
		"Ask for [PHONE extension 4421.]",
		"My [PHONE extension is 4421,] ask for me.",
		// "at" or "dial" before a lone "x" makes it an extension to
		// reach (it was one at 375d929).
		"You can reach me at [PHONE x 4421.]",
		"Dial [PHONE x 4421] and ask for billing.",
		"The extension is 300 square feet, and the patio is extra.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// National numbers as each country's callers group them aloud (ITU-T
// E.164 and the national plans: a trunk prefix 0, "00" or "plus" before a
// country code of one to three digits), with quantities said the same way
// beside them that must stay unredacted.
func TestFind_NationalNumbersAsSaidInEachCountry(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My number is [PHONE oh two oh, seven nine four six, oh nine five eight.]",              // London
		"Call me on [PHONE oh one, forty two, sixty eight, fifty three, oh oh.]",                // Paris, in pairs
		"Ring me on [PHONE oh four one two, three four five, six seven eight.]",                 // an Australian mobile
		"My number is [PHONE oh one six one, four nine six, triple oh.]",                        // Manchester
		"My mobile is [PHONE plus nine one, nine eight seven six five, four three two one oh.]", // India
		"Call me on [PHONE plus five five, one one, nine one two three four, five six seven eight.]",
		"My number is [PHONE double oh three three, one, four two, six eight, five three, oh oh.]",
		"Whatsapp me on [PHONE +234 803 123 4567.]",
		"My number is [PHONE +44 (0)20 7946 0958.]",
		// Quantities grouped like a number: none is a phone.
		"It was twenty nine ninety nine plus tax, and it came at ten thirty.",
		"We ordered two hundred forty units for version four point two.",
		"The flight leaves at oh six forty five, gate twelve.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
