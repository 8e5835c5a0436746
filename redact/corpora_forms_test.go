package redact_test

import "testing"

// An international number after a phone's cue: dialled with "00" or said
// with its country code, even where its digits pass a card's check.
func TestFind_InternationalNumbersAfterAPhoneCue(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "C: My mobile number is [PHONE 0033 6 12 34 56 78.]")
	checkDialogueIn(t, []bool{true}, "C: my phone number is [PHONE oh oh three three six one two three four five six seven eight]")
	// 8618911111111 passes the Luhn check.
	checkDialogue(t, "C: My phone number is [PHONE +86 189-1111-1111,] thanks.")
	// A card's cue keeps a card a card.
	checkDialogue(t, "C: The card number is [CARD 4111 1111 1111 1111.]")
}

// Handles on messaging services, said after the service's name with no
// "is": "contact me on skype dean.malmgren", "I tweet at john_gmail".
func TestFind_HandlesAfterAServiceName(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "C: Or message me on Skype [USERNAME rosa.delacroix] after six.")
	checkDialogue(t, "C: I tweet at [USERNAME kofi_builds] most days.")
	checkDialogueIn(t, []bool{true}, "C: find me on telegram [USERNAME ana dot v] anytime")
	// A service named with no handle after it.
	checkDialogue(t, "C: We talked on Skype yesterday about it.")
	checkDialogue(t, "C: I use Skype every day for work.")
}

// Web and email addresses read out as examples of what a validator
// rejects are no addresses; well-formed ones still are.
func TestFind_MalformedWrittenAddressesAreNone(t *testing.T) {
	t.Parallel()
	for _, bad := range []string{"http://300.1.1.7", "http://1.2.3.4.5", "http://shop..com", "http://shop.42",
		"http://shop.x", "lena..b@outlook.com", "ops@10.0.0.7", "ops@-corp.com", "lena@gmail.con"} {
		checkDialogueIn(t, []bool{false}, "C: The form rejects "+bad+" as it should.")
	}
	checkDialogueIn(t, []bool{false}, "C: It should go to [URL http://admin:secret@intranet.example.com:8443/,] the test one.")
	checkDialogueIn(t, []bool{false}, "C: Try [URL http://a.b-.co] instead.")
}

// Address shapes of postal data (usaddress's kind): a street with no type
// that a city and state confirm, a direction before it, a room, a
// department or a mail stop with a post office box, a letter after a
// rural box, a star route, a numbered road with no house number before a
// city, a house number's letter before a common word, a weak type that
// is a name word before a strong one ("Lake Shore Drive"), a USPS
// abbreviation, and an answer to "where do you need us?".
func TestFind_PostalAddressShapes(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Bill it to [ADDRESS 2210 Kedzie Chicago, Illinois] please.",
		"The office is [ADDRESS 40 East Wacker Chicago Illinois] now.",
		"Mail it to [ADDRESS Dept 88 PO Box 4410] please.",
		"Mail it to [ADDRESS PO Box 900, MS 4-112] please.",
		"Send it to [ADDRESS Star Route 12 Box 7] please.",
		"The address is [ADDRESS 1510 North Lake Shore Drive, Apt 9.]",
		"My address is [ADDRESS 550 Cross Island Expy.]",
		"The office is [ADDRESS 200 Park Road, Harbor Tower Suite 1200,] on the left.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	checkDialogue(t, "A: Where do you need us?", "C: At [ADDRESS 61 W. Kinzie Rm. 12B,] by the side door.")
	checkDialogue(t, "A: What's the location?", "C: [ADDRESS Highway 9, Millbrook, Alabama,] right by the bridge.")
	checkDialogueIn(t, []bool{true}, "A: What address do you have for us?", "C: It is [ADDRESS forty two a rose hill court] I think.")
	checkDialogueIn(t, []bool{true}, "C: My address is [ADDRESS r r two box twelve b.]")
	checkDialogueIn(t, []bool{true}, "C: It's [ADDRESS ninety nine north main street two branford connecticut.]")
	// No address: driving talk, counts before places.
	checkDialogue(t, "C: I drove forty miles down Highway 9 to Millbrook, Alabama.")
	checkDialogue(t, "C: We sold 12 units in Chicago, Illinois last year.")
	checkDialogueIn(t, []bool{true}, "C: we have three locations chicago illinois and one in texas")
	checkDialogueIn(t, []bool{true}, "C: the team has two stores boston massachusetts")
	checkDialogue(t, "C: I took Route 66 for most of the trip.")
}

// Web and email addresses as people read them out: a port after a host, a
// path segment joined by "underscore" or ending in an ID, a newer
// top-level label, the mailbox "email" itself, spelled letters that spell
// a stop word ("m y"), a tag after "plus"; and a month and a two-digit
// year after "of" as a date of birth.
func TestFind_ReadOutAddressesAndMonthYears(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true},
		"C: the page is [URL one nine two dot one six eight dot four dot two colon eight four four three] right now")
	checkDialogueIn(t, []bool{true},
		"C: go to [URL shop dot example dot com colon eight oh slash cart slash item underscore four] please")
	checkDialogueIn(t, []bool{true},
		"C: it was [URL help dot example dot com slash ticket id four four one] yesterday")
	checkDialogueIn(t, []bool{true},
		"C: it's [URL files dot example dot com slash two two report underscore final] i think")
	checkDialogue(t, "C: The site is [URL dance.academy] now.")
	checkDialogueIn(t, []bool{true},
		"A: which address should we use", "C: [EMAIL email at northfield dot org] thanks")
	checkDialogueIn(t, []bool{true}, "C: it's [EMAIL m y dot name at example dot com] okay")
	checkDialogueIn(t, []bool{true}, "C: use [EMAIL jo dot lee plus bills at example dot com] for that")
	checkDialogue(t, "A: And the date of birth?", "C: [DOB June of 91,] I think.")
	// The noun "email" is no mailbox.
	checkDialogueIn(t, []bool{true}, "C: send me an email at your convenience")
}

// More postal shapes: a corner given as the answer to a question for the
// location, a typeless street of three words before a unit, a unit after
// "#" and a direction after it, a street numbered in words after
// "number", and a unit's letter "a" before "that"; five dotted numbers
// are no IP address.
func TestFind_MorePostalShapes(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: What's the location?", "C: [ADDRESS Cedar Prk and Hwy 12,] by the gas station.")
	checkDialogue(t, "A: What's the location?", "C: [ADDRESS 1820 Camino Del Sol Lot 14,] near the gate.")
	checkDialogueIn(t, []bool{false}, "A: And the address?", "C: [ADDRESS 410 S. Marlow # 3 NW.]")
	checkDialogueIn(t, []bool{true}, "C: the billing address is [ADDRESS four four one old number nine highway] thanks")
	checkDialogueIn(t, []bool{true}, "C: the address is [ADDRESS ten lake drive apartment four a] that is the new one")
	checkDialogueIn(t, []bool{true}, "C: i typed one point two point three point four point five and it failed")
}

// A number read back takes the type of the surer finding of the same
// digits, over an account's; a mailbox at "here dot com" is one.
func TestFind_ReadBackOfAnInternationalPhone(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: A callback number on the account in case we get cut off?",
		"C: My phone number is [PHONE 0044-020-79460958.]",
		"A: So that is [PHONE 0044-020-79460958?]",
		"C: Correct.")
	checkDialogueIn(t, []bool{true}, "A: which address", "C: [EMAIL billing at here dot com]")
}

// The area code said after a seven-digit number is the number's.
func TestFind_AreaCodeSaidAfter(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "C: My number is [PHONE 555-0142, area code 312.]")
	checkDialogueIn(t, []bool{true}, "C: my number is [PHONE five five five oh one four two area code three one two] thanks")
	// Talk of an area code with no number before it is none.
	checkDialogue(t, "C: What area code is that in?")
}
