package redact_test

import "testing"

// Lowercase, a first name that is also a word is a name after a verb of
// contacting or "meeting with" when what follows ends it (a time, a
// topic); without such an ending it stays a word.
func TestFind_WordFirstNameAfterAContactingVerb(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: can you set up a call with [PERSON gene] at four", "A: sure")
	checkDialogueIn(t, []bool{true}, "C: i need to send a message to [PERSON rusty] regarding the invoice", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: please have dinner with [PERSON buddy] tomorrow on my calendar", "A: done")
	checkDialogueIn(t, []bool{true}, "C: include [PERSON frank] on the guest list please", "A: okay")
	// Hard negatives beside them.
	checkDialogueIn(t, []bool{true}, "C: i want to call bill payments", "A: okay")
	checkDialogueIn(t, []bool{true}, "C: can you text may at noon", "A: sure")
}

// Names listed with "and" after a verb of contacting are each a name;
// the group they join may follow "as".
func TestFind_ListOfNamesAfterAContactingVerb(t *testing.T) {
	checkDialogue(t, "C: Please invite [PERSON Tomasz] and [PERSON Ngozi] to the dinner.", "A: Sure.")
	checkDialogue(t, "C: Can you add [PERSON Priyanka] and [PERSON Oluwaseun] as guests for Friday?", "A: Done.")
	checkDialogueIn(t, []bool{true}, "C: i asked it to text [PERSON ravindra] and [PERSON kerry] about the delay", "A: okay")
	// Hard negatives beside them.
	checkDialogue(t, "C: Please call [PERSON Ngozi] and the bank about it.", "A: Sure.")
}

// A possessive said without its apostrophe before what only a person has
// is a name, when its stem is a first name or a word in no list; plural
// words stay words.
func TestFind_PossessiveWithoutApostrophe(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: add a note about [PERSON gretas] birthday on the fifth", "A: done")
	checkDialogueIn(t, []bool{true}, "C: set a reminder for [PERSON okwudilis] wedding in june", "A: okay")
	checkDialogue(t, "C: Don't forget [PERSON Olenkas] graduation next week.", "A: Noted.")
	// Hard negatives beside them.
	checkDialogueIn(t, []bool{true}, "C: add my parents anniversary and the kids birthday", "A: done")
}

// A name after "the number of", "the contact details of" is a person's;
// "send X his ..." sends a person what is his.
func TestFind_NameAfterNumberOfAndSentHis(t *testing.T) {
	checkDialogue(t, "C: What is the mobile number of [PERSON Ifeoma]?", "A: One moment.")
	checkDialogue(t, "C: Give me the contact information of [PERSON Radek] please.", "A: Sure.")
	checkDialogue(t, "C: Could you send [PERSON Zoltan] his boarding pass?", "A: Okay.")
	// Hard negatives beside them.
	checkDialogue(t, "C: What is the number of the front desk?", "A: One moment.")
}

// A word with "'s" before a capitalised word for a place, or before what a
// shop does, names a place or a shop; before "place" or "house" it is a
// person's home.
func TestFind_PossessiveOfAPlaceOrAShop(t *testing.T) {
	checkDialogue(t, "C: We're having a barbecue at [PERSON Dorota's] house on Sunday.", "A: Nice.")
	checkDialogueIn(t, []bool{true}, "C: the party is at [PERSON rob's] place saturday", "A: okay")
	// Hard negatives beside them.
	checkDialogueIn(t, []bool{false}, "C: Meet me at Queen's Park after work.", "A: Okay.")
	checkDialogue(t, "C: Does Marco's deliver after ten?", "A: Let me check.")
	checkDialogue(t, "C: Does Tony's sell gift cards?", "A: Let me check.")
}

// Whom a public post goes to is as often a business: a store's name
// there is no person, a listed first name stays one.
func TestFind_PublicPostToABusiness(t *testing.T) {
	checkDialogue(t, "C: Okay, send a tweet to [PERSON Oksana] tell her it is broken.", "A: Done.")
	// Hard negatives beside them.
	checkDialogueIn(t, []bool{true}, "C: okay send a tweet to belk tell them the app is broken", "A: done")
	checkDialogueIn(t, []bool{true}, "C: okay send a tweet to culver tell them it was cold", "A: done")
}

// A name asked about with "did" or "has" before a verb of replying is a
// person's, also when a town has the name; a brand or a desk is not.
func TestFind_NameBeforeAVerbOfReplying(t *testing.T) {
	checkDialogue(t, "C: Okay, did [PERSON Savannah] reply to the invite yet?", "A: Not yet.")
	checkDialogueIn(t, []bool{true}, "C: let me see has [PERSON ifeoma] texted me back", "A: no")
	// Hard negatives beside them.
	checkDialogue(t, "C: Did support reply to my ticket?", "A: Not yet.")
	checkDialogue(t, "C: Has anyone called about the leak?", "A: No.")
	checkDialogueIn(t, []bool{true}, "C: did the bank call you", "A: no")
}

// A town of two words whose first is a first name is the town: "Santa
// Monica", "Ann Arbor" (internal/names/gen/notnames.txt).
func TestFind_TwoWordTownWithAFirstName(t *testing.T) {
	checkDialogue(t, "C: What time is the last bus to Santa Monica tonight?", "A: Let me look.")
	checkDialogue(t, "C: Show me bus fares for Ann Arbor please.", "A: Sure.")
	checkDialogue(t, "C: Is the office near Baton Rouge?", "A: Yes.")
}

// After "and", a verb of contacting that is also a surname ("call") opens
// no name: only the name after it is redacted.
func TestFind_ContactVerbAfterAndIsNoName(t *testing.T) {
	checkDialogue(t, "C: Open the app and call [PERSON Maria Lopez].", "A: Calling.")
	checkDialogue(t, "C: Pull up my list and ring [PERSON Tomasz Nowak] please.", "A: Sure.")
}

// A name before "in my contacts" or "from the address book" is a
// person's; a word before it stays a word. A first name that is a word is
// a name before what a person sends ("frank's email").
func TestFind_NameInContactsAndMessageOwner(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: look up [PERSON ifeoma] in my contacts and call her", "A: okay")
	checkDialogue(t, "C: Pick [PERSON Radek] from the address book please.", "A: Okay.")
	checkDialogueIn(t, []bool{true}, "C: can you read [PERSON frank's] email to me", "A: sure")
	// Hard negatives beside them.
	checkDialogue(t, "C: Save this number in my contacts.", "A: Done.")
	checkDialogueIn(t, []bool{true}, "C: forward the bill's email to me", "A: sure")
}
