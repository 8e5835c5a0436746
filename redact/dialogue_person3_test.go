package redact_test

import "testing"

// Money said before "to" sends it, and so does a question of whom a
// transfer goes to: the name after is its recipient, cased or not.
func TestFind_RecipientAfterMoneyOrAQuestionOfWhom(t *testing.T) {
	checkDialogue(t, "C: Sixty bucks from my checking to [PERSON Rose].", "A: Done.")
	checkDialogue(t, "A: Who should the wire go to?", "C: Oh, it goes to [PERSON Thandeka].")
	checkDialogue(t, "A: And the payment with [PERSON Ifeoma] is for thirty dollars?", "C: Yes.")
	// Money moved between one's own accounts, or a question of where, names
	// no one.
	checkDialogue(t, "A: So that's fifty dollars to savings from your checking?", "C: Correct.")
	checkDialogue(t, "A: Where should the parcel go?", "C: It goes to the back door.")
}

// A first name that is also a word is the person money goes to when the
// capital says so mid-sentence, or, without capitals, when it ends the
// clause; the same words elsewhere are words.
func TestFind_WordNamesReceivingMoney(t *testing.T) {
	checkDialogue(t, "A: You're transferring the funds to [PERSON Rose]?", "C: Yes please.")
	checkDialogueIn(t, []bool{false}, "C: Could you wire the money to [PERSON Will] by Friday?")
	checkDialogue(t, "C: Please add the late fee to my bill.", "A: I hope that is fine.")
	checkDialogue(t, "C: I want to pay the bill today.", "A: Sure, the payment will post tonight.")
}

// A word of a spelling alphabet ("O as in Oscar") spells a letter; it is
// no one's name.
func TestFind_SpellingAlphabetWordsAreNoNames(t *testing.T) {
	checkDialogue(t, "C: My surname is [PERSON Okoro], O as in Oscar, K as in Kevin.", "A: Got it.")
	checkDialogue(t, "A: And the email?", "C: It's [EMAIL mkb@outlook.com], M as in Mary.")
}

// A first name and a surname are a person after words of travel too; a
// name before "Airport", "International" or "Station" is a place's; a
// place keeps its accents.
func TestFind_PeopleAndPlacesAfterWordsOfTravel(t *testing.T) {
	checkDialogue(t, "A: I see a ticket from [PERSON Peter Novak], is that you?", "C: Yes.")
	checkDialogue(t, "C: Please text me the address for Jomo Kenyatta International Airport, thanks.")
	checkDialogue(t, "C: Can you find the address for Benedita Station?", "A: Sure.")
	checkDialogueIn(t, []bool{false}, "C: Our office moved, it's in São Paulo, Brazil.")
}

// Two words that can only be a name, opening a clause before a verb of
// what people do, are a person with no cue; words, brands and teams are
// not.
func TestFind_UnlistedNamePairAsSubject(t *testing.T) {
	checkDialogue(t, "C: [PERSON Nomvula Dlamini] emailed me about the refund.", "A: I see it.")
	checkDialogueIn(t, []bool{true}, "C: [PERSON nomvula dlamini] emailed me about the refund", "A: i see a note is [PERSON nomvula] your sister")
	checkDialogue(t, "C: Your pharmacy called me about the refund.", "A: I see it.")
	checkDialogue(t, "C: Customer service called and said it's fixed.")
}

// A name found once and said again after "to", "from" or "with" stays a
// name, also when it is a word ("yes, to Rose").
func TestFind_WordNameSaidAgainWhereAPersonGoes(t *testing.T) {
	checkDialogue(t, "C: Sixty bucks from my checking to [PERSON Rose].",
		"A: Sending money to [PERSON Rose]?", "C: Yes, to [PERSON Rose], she's my cousin.")
	checkDialogue(t, "C: I'd like to send flowers to my aunt.", "A: A rose or a lily?", "C: A rose, to my aunt.")
}

// The person named as the contact, recipient or payee; a middle initial;
// a surname that is a word before "junior"; a sign-off's name that is a
// word before the writer's team.
func TestFind_RolesInitialsSuffixesAndSignOffs(t *testing.T) {
	checkDialogue(t, "A: So the payee is [PERSON Oleksandr], and the amount is forty dollars?")
	checkDialogue(t, "A: The payee is correct.")
	checkDialogue(t, "C: Can I see [PERSON Dr. Hana K. Wolski] on Monday?")
	checkDialogueIn(t, []bool{true}, "C: can i see [PERSON doctor hana a wolski] on monday")
	checkDialogueIn(t, []bool{true}, "C: can i see a doctor on monday")
	checkDialogueIn(t, []bool{true}, "C: the letter was signed by [PERSON marcus king junior] and his lawyer")
	checkDialogue(t, "C: The note ends, all the best, [PERSON Hope], customer care.")
	checkDialogue(t, "C: The note ends, all the best, hope you are well.")
}

// Money sent to a charity, a church or a camp named with a word-name goes
// to no person.
func TestFind_MoneyToOrganisationsNamedLikePeople(t *testing.T) {
	checkDialogue(t, "C: I sent fifty dollars to Hope Foundation last week.")
	checkDialogue(t, "C: Please wire the payment to Faith Baptist Church.")
	checkDialogue(t, "C: I'm sending money to Summer Camp Fund for my kid.")
}

// A business whose name opens with words that look like a person's ends,
// a few words on, with a word for a business ("Bank", "Council", "Ctr",
// "Realty" after "And Associates"): none of it is a person. A person
// before "at the bank" stays one.
func TestFind_BusinessNamesEndingAFewWordsOn(t *testing.T) {
	checkDialogue(t, "A: I see a payment to Riverside Valley Credit Union on the account.", "C: Yes.")
	checkDialogueIn(t, []bool{false}, "C: I was referred by Nguyen Tran And Partners Realty last week.")
	checkDialogueIn(t, []bool{false}, "C: I work at Whitmore Okafor Dental Ctr downtown.")
	checkDialogue(t, "A: I see a payment to Delmar Whitcombe Center on the account.", "C: Right.")
	checkDialogue(t, "C: I sent a payment to [PERSON Amara Okafor] at the bank yesterday.")
}

// An agent put through by name; initials before a name and in its middle;
// the name of the holder when the caller says whose account it is.
func TestFind_ThroughToInitialsAndWhoseAccount(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "A: morning billing team you're through to [PERSON harrison] what can i do", "C: hi")
	checkDialogue(t, "A: Who signed for it?", "C: I believe it was [PERSON J. Tomasz Wrobel].")
	checkDialogueIn(t, []bool{true}, "A: your full name please", "C: yes it's [PERSON oluwaseun t adeyemi] thanks")
	checkDialogue(t, "A: Are you the main account holder?", "C: No, it's my father's account, [PERSON Kwabena Mensah]. I'm his carer.")
	checkDialogueIn(t, []bool{true}, "A: are you the main account holder", "C: no it's my father's account [PERSON ezinne olu okafor] i'm his carer")
	checkDialogue(t, "C: I take vitamin B daily, and a cup of tea.")
}

// After a naming cue a word that ends the answer after a first name is
// its surname; "just" may stand before a given name alone; a first name
// that is a word, greeted before a request, is said to someone.
func TestFind_SurnameWordsGivenNamesAndGreetedWordNames(t *testing.T) {
	checkDialogue(t, "A: What's your full name, please?", "C: It's [PERSON Ioana Pop].", "A: Thank you.")
	checkDialogue(t, "A: And the name on the reservation?", "C: Yeah, just [PERSON Marlowe], no last name.")
	checkDialogueIn(t, []bool{true}, "C: hello [PERSON hope] can you send me the form", "A: sure")
	checkDialogueIn(t, []bool{true}, "C: hello hope you are well", "A: thanks you too")
	checkDialogueIn(t, []bool{true}, "C: i hope you can help", "A: hello i can try")
	checkDialogueIn(t, []bool{true}, "C: thanks bill i'll pay it tomorrow", "A: okay")
}

// The answer to a question for a name may open with "I think it was" or
// with an initial.
func TestFind_NameAnswersOpeningWithAGuessOrAnInitial(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "A: and the name of the engineer who came out to you", "C: i think it was [PERSON kofi b asante] great")
	checkDialogueIn(t, []bool{true}, "A: can i take your full name", "C: sure it's [PERSON t okonkwo]", "A: thanks")
	checkDialogueIn(t, []bool{true}, "A: can i take your full name", "C: sure it's a long story", "A: okay")
}

// A month before its year answers a question for a date, even one that
// ends with a person's role; a name that is a month stays a name.
func TestFind_MonthBeforeAYearIsNoName(t *testing.T) {
	checkDialogueIn(t, []bool{false}, "A: And the start date for the cardholder?", "C: June of 2019, I think.")
	checkDialogue(t, "A: And the cardholder?", "C: [PERSON June Okafor].")
}

// Initials said together before a surname after a naming cue are one name.
func TestFind_InitialsBeforeASurname(t *testing.T) {
	checkDialogue(t, "A: Who am I speaking with today?", "C: This is [PERSON J. K. Mbatha], the account holder.")
}

// A name right after a house number, with a direction between or a
// street's type or a unit after, is the street's, not a person's.
func TestFind_StreetNamedLikeAPersonAfterAHouseNumber(t *testing.T) {
	// (Read whole as an address since the address tagger: sent to, a
	// house number, a direction and a name, a city.)
	checkDialogueIn(t, []bool{false}, "C: Send the tech to [ADDRESS 48 N. Lorraine, Dayton], please.")
	checkDialogueIn(t, []bool{true}, "C: send the tech to [ADDRESS forty eight west lorraine] please")
	checkDialogue(t, "C: I have 2 kids, [PERSON Lorraine] and [PERSON Jacob].")
}

// The owner named after "account of" is a person; "account of" before a
// word or in "take account of" names no one.
func TestFind_OwnerAfterAccountOf(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "A: so sixty dollars into the checking account of [PERSON tomasz] correct", "C: yes")
	checkDialogue(t, "C: Please take account of the late fee.", "A: Sure.")
}
