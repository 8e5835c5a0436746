package redact_test

import "testing"

// A name found once is found again with a possessive "'s": "send it to
// Tendai's savings" after "the payee is Tendai".
func TestFind_NameSaidAgainWithPossessive(t *testing.T) {
	checkDialogue(t,
		"A: Who is the payee?",
		"C: The payee's name is [PERSON Tendai Moyo].",
		"A: Should it go into [PERSON Tendai's] checking account?",
		"C: Yes.")
}

// A unit after the street with no word for it: "#" written, or nothing
// said in its place, the unit ending the clause.
func TestFind_UnitAfterTheStreetWithoutAWord(t *testing.T) {
	checkDialogue(t,
		"A: The office is at [ADDRESS 880 Larkspur Lane # 14B], and it opens at nine.",
		"C: And the other one?",
		"A: [ADDRESS 31 Fenwick Road # D], correct?")
	checkDialogueIn(t, []bool{true},
		"A: the clinic is at [ADDRESS seventy seven harbor drive three forty] and it opens at nine",
		"C: and the other one",
		"A: [ADDRESS twelve pine avenue b two] sorry [ADDRESS nine elm court d] correct")
	// A number going on into the sentence is not a unit.
	checkDialogueIn(t, []bool{true},
		"C: we moved to [ADDRESS twelve pine avenue] twenty years ago")
}

// "zip" spelled out as letters is the ZIP cue, as "s s n" is the social's.
func TestFind_ZIPCueSpelledOut(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: and the z i p",
		"C: it's [ZIP three oh three one two] thanks")
	checkDialogueIn(t, []bool{true},
		"C: deliver to z i p code [ZIP two seven five one four] please")
}

// The person money or a location goes to, with no naming cue: after a
// verb of sending and "to", after "share ... with", or after a stranded
// "to"/"for" and "is".
func TestFind_RecipientOfAPaymentOrAShare(t *testing.T) {
	checkDialogue(t,
		"C: I'd like to send two hundred dollars to [PERSON Thandiwe] from my checking.",
		"A: Sure. And the account holder?",
		"C: It's me.")
	checkDialogue(t,
		"C: Please transfer fifty dollars from savings to [PERSON Oyelaran Adebayo].",
		"A: Got it.")
	checkDialogue(t,
		"C: The person I want to make the payment for is [PERSON Zhanibek].",
		"A: Okay.")
	checkDialogue(t,
		"C: Can you share my location with [PERSON Jack]?",
		"A: Done.")
	checkDialogueIn(t, []bool{false},
		"C: Now share a location with [PERSON Georgia], [ADDRESS 41 Tamarind Way].",
		"A: Done.")
	checkDialogue(t,
		"C: Please send forty dollars to [PERSON Savannah] from my checking.",
		"A: Forty dollars to [PERSON Savannah], done.")
	// Without money, a town is where things go.
	checkDialogue(t, "C: We ship the parts to Savannah on Monday.")
	// Places, businesses and accounts a payment goes to are not people.
	checkDialogue(t,
		"C: I want to send money to Texas for my rent, and transfer the rest to savings.",
		"A: Should I send it to PayPal or to Chase?",
		"C: Share it with the team and send it to my checking account.")
}

// A surname said before the first name, as a directory or a booking list
// reads names.
func TestFind_SurnameSaidFirst(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: the first one listed is [PERSON okonkwo beatrice] she's a dentist",
		"C: please book with [PERSON okonkwo beatrice] then")
}

// A town before a name is not its surname: "therapists in lafayette".
func TestFind_SurnameSaidFirstNotAPlace(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: i found three dentists in kalamazoo [PERSON beatrice okonkwo] is the first")
}

// A letter or email read out ends with its writer's name after the
// sign-off.
func TestFind_NameAfterASignOff(t *testing.T) {
	checkDialogue(t,
		"A: The email says your refund was approved. All the best, [PERSON Oksana].",
		"C: Who is [PERSON Oksana]?")
	checkDialogue(t,
		"A: It ends with kind regards [PERSON Tomasz Wrobel] from the claims team.")
	// Talk after the words of a sign-off is no name.
	checkDialogue(t, "C: I sincerely hope so, and all the best will be done I am sure.")
}

// Money asked for from a person, and a meeting booked with one.
func TestFind_PersonAskedForMoneyOrMetWith(t *testing.T) {
	checkDialogue(t,
		"C: I want to request forty dollars from [PERSON Oluwadamilare] for the tickets.",
		"A: Sure, and book a session with [PERSON Nkechi]?",
		"C: Yes.")
	// Accounts, banks and departments are not people.
	checkDialogue(t,
		"C: I received a refund from Amazon and want to request the rest from savings.",
		"A: Should I book an appointment with billing?")
}

// A question for a person by their role is answered with a name.
func TestFind_AnswerToAQuestionForAPersonByRole(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: and the contact person",
		"C: [PERSON tomasz] thanks",
		"A: and the other account holder",
		"C: [PERSON ifeoma chukwu]")
	checkDialogue(t,
		"A: Who is the payee?",
		"C: Fine, thanks.")
}

// A name written with its accents is a listed name as well.
func TestFind_NameWithAccents(t *testing.T) {
	checkDialogueIn(t, []bool{false},
		"C: [PERSON Renée Ibáñez], you can reach me at [EMAIL renee.i@example.es].")
}

// A top-level label spelled as two letters that are also words.
func TestFind_EmailWithASpelledTopLevelLabel(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: and the email",
		"C: it's [EMAIL rukmini at lumen dot a i] thanks")
}

// "mrn" spelled out is the medical record number's cue.
func TestFind_MedicalRecordNumberCueSpelledOut(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: and the patient's m r n",
		"C: [ACCOUNT seven seven one two zero three eight] thanks")
}

// An IP address with a path is a web address.
func TestFind_IPAddressWithAPathIsAWebAddress(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"A: and the admin page",
		"C: [URL ten dot four dot two dot one slash settings] and the router is [IP_ADDRESS ten dot four dot two dot two]")
	checkDialogueIn(t, []bool{false},
		"C: The page is [URL 10.4.2.1/settings] and the router is [IP_ADDRESS 10.4.2.2].")
}

// A name said before the address whose mailbox starts with it again is
// the person's, not part of the address.
func TestFind_NameSaidBeforeTheirEmail(t *testing.T) {
	checkDialogueIn(t, []bool{true},
		"C: the contacts are [PERSON kwabena osei] [EMAIL kwabena at example dot com] and that's all")
}
