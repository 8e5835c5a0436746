package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// Forms the num15 probe (probe_num15_test.go) found missed, each in words
// other than the probe's.

func TestFind_BirthDateNamedAfterWithDayAndYearRunTogether(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"[DOB October 2, 1971] is my date of birth.",
		"[DOB june twenty one nineteen ninety nine] is his birthday",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	for _, text := range []string{
		"june twenty one nineteen ninety nine is when we moved in",
		"October 2, 1971 was the day the plant opened.",
	} {
		assertNoFindings(t, text)
	}
}

// assertNoFindings checks that Find reports nothing in text.
func assertNoFindings(t *testing.T, text string) {
	t.Helper()
	fs, err := redact.Find(words(text), redact.DefaultPolicy())
	require.NoError(t, err)
	assert.Empty(t, fs, text)
}

func TestFind_ZIPPlusFourWrittenAsOneWord(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Our ZIP+4 is [ZIP 73102-4411.]",
		"the zip+four there was [ZIP 731024411]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_ZIPCalledSoAfterIt(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"[ZIP 46204] is our zip code.",
		"uh [ZIP four six two oh four] was the zip there",
		"[ZIP 46204-2210] is the postal code on the letter.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// Called something else, or a price: not a ZIP code.
	assertNoFindings(t, "46204 is the code they gave me.")
	assertNoFindings(t, "It was 46204 dollars, and the zip code is on the form.")
}

func TestFind_CueAfterATopicPrepositionOpeningTheSentence(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Okay. For the zip, I have [ZIP 46204.]",
		"Sure. On the zip code it shows [ZIP 46204.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_CuedValueOnTheAccount(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"And the zip on my account? That'd be [ZIP four six two oh four.]",
		"The ZIP code on your account is [ZIP 46204,] right?",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// What the account holds that is no cued type: still nothing.
	assertNoFindings(t, "The balance on your account is 46204 points.")
	assertNoFindings(t, "The total on my account came to 46204.")
}

func TestFind_CardWithAGroupSaidTwice(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"the visa is [CARD six oh one one, six oh one one, oh nine four four eight eight two one seven oh three two]",
		"Card number: [CARD 5264 1883 1883 0072 9145.]",
		"my card is [CARD five two six four one eight eight three oh oh oh oh seven two nine one four five]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_WrittenNetworkForms(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// An address block in CIDR notation is an IP address.
		"Our office uses [IP_ADDRESS 172.20.8.0/22.]",
		"They gave us [IP_ADDRESS 2001:db8:7c::/48] for the site.",
		// A host with a port, with or without a path.
		"The admin console is at [URL intranet.example.org:9443/console.]",
		"Point it at [URL files.example.net:2121]",
		// "backslash" said for the slash of a path.
		"go to [URL example dot org backslash billing]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	assertNoFindings(t, "The ratio was 3.5/10 and the time 10:45.")
}

func TestFind_CardExpiryGivenInPart(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"the debit card expires in [CARD_EXPIRY november]",
		"My Mastercard expires at the end of [CARD_EXPIRY 2029.]",
		"the visa runs out in [CARD_EXPIRY february twenty nine]",
		"It says valid from 06/24 thru [CARD_EXPIRY 06/30] on the card.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	for _, text := range []string{
		"my card expires in thirty days",
		"the gift card promo expires in november",
		"I ran out of money in november twenty nine",
		"the pass is valid from 9 to 5",
	} {
		assertNoFindings(t, text)
	}
}

func TestFind_LogInAsANameOfNoDictionary(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Just log in as [USERNAME rvasquez] and reset it.",
		"i tried signing in as [USERNAME okafor] this morning",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	for _, text := range []string{
		"log in as administrator first",
		"I log in with okta at work",
		"you can sign in as a guest",
	} {
		assertNoFindings(t, text)
	}
}

func TestFind_SpokenPathEndingInANumberAfterDots(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"you can find me at [URL instagram dot com slash ana dot lima dot four two]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_BirthYearThenMonthAndDay(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Date of birth is [DOB 1948, October 9th.]",
		"she was born [DOB nineteen eighty one, may the second]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// The next sentence's date is another thing's.
	checkFinds(t, "I was born in [DOB 1948.] October 9th is when I retired.")
}

func TestFind_DottedHandleBesideItsService(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"You'll find us on Instagram, [USERNAME @lima.bakes.co]",
		"I post as [USERNAME @rui.costa] on insta",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// An address split off its mailbox is still an email, and one
	// opening the transcript has no mailbox before it.
	checkFinds(t, "Write to [EMAIL rcosta @outlook.com] please.")
	assertNoFindings(t, "@outlook.com is blocked here.")
}

func TestFind_HostsOfMailAndIPWithPort(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"the webmail is [URL mail dot brightline dot net slash owa]",
		"Connect to [URL 192.168.40.12:3389] from the office.",
		// A mailbox's domain stays the email's.
		"write to [EMAIL ops at mail dot brightline dot net]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	assertNoFindings(t, "send it by mail dot com is not a thing")
}

func TestFind_IDOfLettersAndDigitsReadBackApart(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: Could you read me the member ID?",
		"C: Yes, [ACCOUNT QR 6630418.]",
		"A: So [ACCOUNT Q R 6 6 3 0 4 1 8,] right?",
		"C: Right.")
	checkDialogue(t,
		"A: And the policy number?",
		"C: [ACCOUNT WD 884 2071.]",
		"A: Okay, [ACCOUNT WD 884 2071.] Thank you.")
	// A phone whose digits merely match, with no letters before them, stays a phone.
	checkDialogue(t,
		"A: What's the member ID?",
		"C: It's [ACCOUNT QR 6630418.] That's the one on the card.",
		"A: And a number to call you on?",
		"C: My cell, [PHONE 663 0418.]")
}
