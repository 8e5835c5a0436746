package redact_test

import "testing"

// Spelled abbreviations for a kind of value ("the I B A N", "M R N", "d o
// b") are not names, and not the start of the ID they name.
func TestFind_SpelledAbbreviationsAreNotNames(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: Before I send the wire, could you confirm the I B A N with me?",
		"C: Hang on, I need to find the letter from the bank.")
	checkDialogue(t,
		"A: Thanks. And what does the M R N on the wristband say?",
		"C: I can't read it from here, sorry.")
	checkDialogue(t,
		"A: The chart shows an M R N, and a D O B too.",
		"C: Okay, good.")
	checkDialogue(t,
		"A: Which record is it?",
		"C: MRN [ACCOUNT 40918277], from the clinic.")
	checkDialogue(t,
		"A: The patient's name and date of birth, please.",
		"C: [PERSON Priya Raman] d o b [DOB march fourth nineteen ninety].")
}

// A programmer's hex literal read out (a build id, an error address) is
// no account or personal number.
func TestFind_HexLiteralsAreNotIDs(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: The crash screen shows build id 0x3fa9c2 and then the app quits.")
	checkDialogue(t,
		"C: It says error id zero x three f a nine c two, then it closes.")
}

// A date that does not exist, said or written as a date, is still a date:
// no long number to redact. A run of digits read one by one is not taken
// for one.
func TestFind_ImpossibleDatesAreNotNumbers(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: The portal rejected the date I typed, thirteen oh four twenty twenty two.",
		"A: Right, there's no thirteenth month. And the other one?",
		"C: I think I put zero two thirty one twenty twenty three, which is also wrong.")
	checkDialogue(t,
		"C: It printed 2024-19-45 on the slip, which makes no sense.")
	checkDialogue(t,
		"C: The sticker on the box has [NUMBER one two three one one nine eight five] on it.")
}

// Digits inside an email or a username are no value of their own: the
// same digits said later as a quantity or a code are not read back.
func TestFind_DigitsOfAnEmailAreNotReadBack(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: What email should the receipt go to?",
		"C: [EMAIL lena seven one two at example dot com].",
		"A: Got it. And the voucher code on the flyer?",
		"C: Code is seven hundred twelve, I think.")
}

// Someone who says the security question back ("my favorite color is
// blue") gives the answer after it, not the question.
func TestFind_SecurityQuestionSaidBackIsNotTheAnswer(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: For the security question, what's your favorite color?",
		"C: My favorite color is [PASSWORD teal].")
}

// A note on how a username is written ("all lower case", "no spaces")
// ends it, unless more of the username follows the note.
func TestFind_SpellingNoteEndsAUsername(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: And the username for the portal?",
		"C: It's [USERNAME marta.kovac], all lower case.")
	checkDialogue(t,
		"A: And the username for the portal?",
		"C: It's [USERNAME marta k, all lowercase, forty one].")
}

// "The full one" / "the whole one" is a pronoun, not the digit one before
// a number.
func TestFind_TheFullOneIsAPronoun(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: Is that the full ZIP code?",
		"C: Yes, the full one. [ZIP 60614-3321].")
}

// Places said where a place is meant are not people: countries and cities
// after a word of travel, the second word of a place name, the town of an
// address, a route. A name that is also a place stays a name after a
// naming cue, spelled, or as a speaker's own introduction.
func TestFind_PlacesAreNotNames(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: We're flying to Auckland on Friday and then driving to Wellington.")
	checkDialogue(t,
		"A: Where should the parcels go?",
		"C: Half to Canada, and the rest to Spain.")
	checkDialogue(t,
		"C: Our office near Fort Collins handles that.")
	checkDialogue(t,
		"C: Can you book me a ride to Chandler? It's about ten miles from Lafayette.")
	checkDialogue(t,
		"C: The tickets are Boston to New York, two adults.")
	checkDialogue(t,
		"A: And the delivery address?",
		"C: [ADDRESS 42 Birchwood Road, Beckley.]") // (the town ends the address: addr16.go)
	checkDialogue(t,
		"C: I'm [PERSON Jordan Haskell]. The shipment to Jordan left on Monday, and [PERSON Jordan] signed for it.")
	checkDialogue(t,
		"A: How do you spell your last name?",
		"C: It's [PERSON Lagos], spelled [PERSON L A G O S].")
	// (Lowercase, an uncued "diego" is no name either way.)
	checkDialogueIn(t, []bool{false},
		"C: I want the refund to go to [PERSON Diego] instead.")
}

// Dates that are not birth dates: a month before a day is no name; digits
// around a month are a date, not an ID; a date after another event, past a
// birth cue, is that event's.
func TestFind_DatesOfOtherThings(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: Our anniversary is June 12th, so the flowers must arrive by then.")
	checkDialogue(t,
		"C: My policy renewed on 3 March 2024 and the price went up.")
	checkDialogue(t,
		"C: I was born in Ohio but moved on August 2nd 2011, so the old address is wrong.")
	checkDialogue(t,
		"A: And your date of birth?",
		"C: I was born on [DOB August 2nd 1971].")
}

// What expires besides a card (a coupon, a warranty, a passport) has no
// card expiry, and neither has a full date with its day; a card's month
// and year after talk of the card still are one.
func TestFind_ExpiryOfOtherThings(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: The coupon in the mailer, when does it expire? December 31st?",
		"A: The coupon expires 2025-12-31, yes.")
	checkDialogue(t,
		"C: And my warranty, when is the expiration? Is it March twenty twenty seven?")
	checkDialogue(t,
		"A: And the card's expiration date?",
		"C: [CARD_EXPIRY oh five twenty thirty one].")
	checkDialogue(t,
		"C: The date on the receipt is oh three one five two oh two four.")
}

// An English word that is in no name list is no name where nothing says it
// is one: lowercase after "it's", "i'm", "called" or no cue, or after "my
// name" as the subject of a sentence. An agent's "this is ..." and the
// answer to a question for a name still are names.
func TestFind_WordsAreNotNames(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true},
		"C: i checked the sender and it's legit, so go ahead.",
		"C: somebody called pretending to be your fraud team.")
	checkDialogue(t,
		"C: My name appears incorrectly on the statement.")
	checkDialogueIn(t, []bool{true},
		"A: thank you for calling pebble and pine this is [PERSON hyacinth] how can i help")
}

// A name-like word before a place's last word is part of the place: "Daly
// City", "Castro Street", "Stanford Shopping Center".
func TestFind_PlaceNamesEndingInAPlaceWord(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: Take me to Castro Street, and then to the theater in Daly City.",
		"C: Or how about Stanford Shopping Center?")
}

// A business named "X and Y" is no person: after "calling" or at the start
// of an agent's greeting. Two people named together still are.
func TestFind_BusinessPairsAreNotNames(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false},
		"A: Thank you for calling Thistle and Wren, how can I help?",
		"C: Hi.")
	checkDialogueIn(t, []bool{false},
		"A: Bramble and Finch, this is [PERSON Odalys], how may I help you?")
	checkDialogueIn(t, []bool{false},
		"C: The account is shared by [PERSON Priya Raman] and [PERSON Tomasz Kowal].")
}

// Numbers written with thousands separators are counts or amounts; four
// numbers with dots after "version" are a version, not an IP address.
func TestFind_CountsAndVersions(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: The city says 8,336,817 people live there, and the patent is US 7,654,321.")
	checkDialogue(t,
		"C: The firmware version is 10.2.14.3 on the router.")
	checkDialogue(t,
		"A: And the router's address?",
		"C: It's [IP_ADDRESS 10.2.14.3].")
}

// A state or country after "it's" is a place; what one logs in to is a
// site, not a username.
func TestFind_StatesAndLoginSites(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false},
		"A: And the state that issued the license?",
		"C: It's California, hold on, she texted me the number.")
	checkDialogue(t,
		"C: I'm trying to log in to the medicare website and it keeps failing.")
}

// A degree after a name is not part of it.
func TestFind_CredentialsEndAName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false},
		"A: I found two counsellors nearby. [PERSON Marisol Quintero] PsyD is one of them.")
}

// Letters that run straight on into digits are a code's, not a name
// spelled; a name spelled after "spelled" still is one.
func TestFind_LettersOfACodeAreNotANameSpelled(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true},
		"A: do you have the confirmation code",
		"C: yes it's q x seven l m p",
		"A: and which part broke",
		"C: the spray arm it's part w d twelve something")
	checkDialogueIn(t, []bool{true},
		"C: my last name is [PERSON okafor] spelled [PERSON o k a f o r]")
}

// A department before an agent's name is no first name ("deliveries sara
// speaking"), and a word naming another value is no password ("PIN is
// 2580" after a choice of PIN or security question).
func TestFind_DepartmentsAndChoicesAreNotValues(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true},
		"A: deliveries [PERSON sara] speaking",
		"C: hi i'm calling about a parcel")
	checkDialogue(t,
		"A: For verification, your PIN or the answer to your security question.",
		"C: PIN is [PIN 2580].")
}

// The verb of a clause saying why a value is asked is no value ("your
// username, to check your identity?").
func TestFind_PurposeClauseIsNotAUsername(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: And your username, to check your identity?",
		"C: [USERNAME jwu1].")
}

// "That one" before a verb is a pronoun, not the digit of a house number.
func TestFind_ThatOneBeforeAVerbIsAPronoun(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"A: Let me look. That one doesn't pass our check, can you read it again?")
}

// A date read digit group by digit group and then the pronoun "one" ("the
// ... one", the form or letter of that date) is a date, not a long number
// the "one" completes. Digits that are no date before such a "one" are
// still a number.
func TestFind_DateThenPronounOneIsNotANumber(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: There are two letters here. I mean the twenty two oh nine twenty nineteen one, not the newer letter.")
	checkDialogue(t,
		"C: Which statement? I need the oh three eleven nineteen ninety eight one, from the bank.")
	checkDialogue(t,
		"C: Which sticker? It's the [NUMBER seven four one nine two two eight three one], on the side.")
}

// What charges or bills an account is a business: a name after "a charge
// from", "billed by" whose last word is no listed first name or surname is
// the business's. A person's full name there is still found.
func TestFind_MerchantAfterAChargeIsNotAName(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: I was billed by Quill Hydroponics twice this month and I never ordered anything.")
	checkDialogue(t,
		"C: There's a charge from Orrin Skyworks on the statement, I don't know them.")
	checkDialogue(t,
		"C: There's a charge from [PERSON Maria Delgado] on the statement, she's my landlord.")
}

// A business named for people, lowercase: up to three words between the
// name and the word that ends a business's name ("Dental", "Council") make
// them one business's name. A stop word between ("for", "at") leaves the
// person's name a person's.
func TestFind_LongBusinessNamesInLowercase(t *testing.T) {
	t.Parallel()
	checkDialogue(t,
		"C: I was referred by Hollis and Grant Family Dental last spring.")
	checkDialogue(t,
		"C: The account holder is [PERSON Grace Holloway] for the water service.")
	checkDialogue(t,
		"C: I was referred by [PERSON Tom Nowak] last week at the credit union.")
}
