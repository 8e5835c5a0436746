package redact_test

import "testing"

// A person named right after a verb of contacting or messaging is a
// person with no naming cue, cased or not; what such verbs take that is
// no one (a business, a team, "back", a day) stays a word.
func TestFind_NameAfterAVerbOfContacting(t *testing.T) {
	checkDialogue(t, "C: I asked it to call [PERSON Marisol] and it played music.", "A: Odd.")
	checkDialogue(t, "C: I said remind [PERSON Tobiah] to feed the fish.", "A: Okay.")
	checkDialogue(t, "C: I told it to text [PERSON Nkechi] that I'm late.", "A: Got it.")
	checkDialogue(t, "C: It was supposed to send a message to [PERSON Chelsea] about dinner.", "A: I see.")
	checkDialogue(t, "C: I said set up a meeting with [PERSON Oduya] on friday.", "A: Right.")
	// Hard negatives beside them.
	checkDialogue(t, "C: I had to call the bank twice.", "A: Sorry about that.")
	checkDialogue(t, "C: I tried to email support but nobody answered.", "A: I see.")
	checkDialogue(t, "C: Can you call back on Monday?", "A: Sure.")
	checkDialogue(t, "C: I said text message settings.", "A: Okay.")
	checkDialogue(t, "C: Please send a letter to Chelsea, the office there.", "A: Okay.")
	checkDialogue(t, "C: Can you call Dallas office or text Houston?", "A: Sure.")
	checkDialogueIn(t, []bool{true}, "C: i tried to call ssa and then email xfinity", "A: okay")
}

// A name said with a possessive before what only a person has (a last
// name, a birthday, a spouse) is a person's; a business named with a
// possessive, or a surname alone before what a business also has, is
// not.
func TestFind_NameBeforeAPossessive(t *testing.T) {
	checkDialogue(t, "C: I asked what is [PERSON Tobiah's] last name.", "A: And?")
	checkDialogue(t, "C: It was meant to add [PERSON Marisol's] birthday party to my calendar.", "A: I see.")
	checkDialogue(t, "C: I said play [PERSON Kofi Annan's] speech, no, I said [PERSON Kofi Annan's] podcast.", "A: Okay.")
	checkDialogue(t, "C: I asked for [PERSON Imani's] phone number.", "A: Right.")
	// Hard negatives beside them.
	checkDialogue(t, "C: I asked for Lowe's phone number.", "A: Right.")
	checkDialogue(t, "C: I asked for the store hours at Macy's.", "A: Right.")
	checkDialogue(t, "C: Is it open on St. Patrick's Day?", "A: Yes.")
	checkDialogue(t, "C: What is today's date?", "A: The fourth.")
}

// A first name thanked at the end of a sentence is a person, also when a
// town has the name; the town said as a place stays a word.
func TestFind_ThankedFirstNameThatIsATown(t *testing.T) {
	checkDialogue(t, "C: It's sorted now.", "A: Perfect, thanks [PERSON Sofia].")
	checkDialogue(t, "C: I moved here from Sofia last year, thanks.", "A: Welcome.")
}

// A name answering "who do I have on the line?", and a listed first name
// before a surname in no list after "it should be under", are a person;
// "under warranty" is not.
func TestFind_NameAnswersWhoIsOnTheLine(t *testing.T) {
	checkDialogue(t, "A: And who do I have on the line?", "C: Yeah, [PERSON Wanjiru Otieno], that's me.")
	checkDialogue(t, "C: It should be under [PERSON Hailey Vandersloot].", "A: Found it.")
	checkDialogue(t, "C: It should be under warranty still.", "A: Let me check.")
}

// Without capitals, a listed name that is also a word is a person's
// before what only a person has, unless a word before it makes it a noun
// ("my friend's", "the king's").
func TestFind_WordNameBeforeAPossessive(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: i asked what is [PERSON bush's] approval rating", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: i asked about my friend's wedding and the king's birthday", "A: okay")
}

// Without capitals, a listed surname that is also a word, right after a
// listed first name and ending the clause, is the surname; "back" after a
// name stays a word.
func TestFind_WordSurnameAfterAFirstName(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: it's for my wife [PERSON imelda baker] and she's away", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: i said call [PERSON imelda] back and it didn't", "A: okay")
}

// An acronym after a verb of contacting is an office or an agency, not a
// person: "call HR", "text VA", "email GP"; lowercase, a word of four
// letters or more with no vowel ("hmrc") is no name either.
func TestFind_AcronymAfterAVerbOfContactingIsNoName(t *testing.T) {
	checkDialogueIn(t, []bool{false}, "C: I had to call HR twice.", "A: Okay.")
	checkDialogueIn(t, []bool{false}, "C: I texted VA yesterday about it.", "A: Okay.")
	checkDialogueIn(t, []bool{false}, "C: Can you email GP for me?", "A: Okay.")
	checkDialogue(t, "C: I had to call HMRC twice.", "A: Okay.")
	// Names beside them.
	checkDialogue(t, "C: I had to call [PERSON Nkechi] twice.", "A: Okay.")
	checkDialogueIn(t, []bool{true}, "C: i had to call [PERSON zhanar] twice", "A: okay")
}

// A capitalised word after "the", "my" ... and before a possessive is a
// title or a noun ("the Queen's funeral", "my Boss's birthday"), not a
// person, as it is lowercase ("the king's birthday").
func TestFind_TitleBeforeAPossessiveIsNoName(t *testing.T) {
	checkDialogue(t, "C: I watched the Queen's funeral on TV.", "A: Okay.")
	checkDialogue(t, "C: It was the Pope's birthday yesterday.", "A: Okay.")
	checkDialogue(t, "C: I asked for [PERSON Imani's] phone number.", "A: Right.")
	checkDialogue(t, "C: I asked what is [PERSON Tobiah's] last name.", "A: And?")
}

// A brand, a plan or a place an account is "under" is no person's name:
// "it is under Medicare", "it should be under Netflix"; a name there is.
func TestFind_BrandAnAccountIsUnderIsNoName(t *testing.T) {
	checkDialogue(t, "C: It is under Medicare, I think.", "A: Okay.")
	checkDialogue(t, "C: It should be under Netflix.", "A: Okay.")
	checkDialogue(t, "C: It is under Comcast.", "A: Okay.")
	checkDialogue(t, "C: It should be under [PERSON Hailey Vandersloot].", "A: Found it.")
	checkDialogue(t, "C: It is under [PERSON Grace Holloway].", "A: Found it.")
}
