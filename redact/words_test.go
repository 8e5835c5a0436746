package redact_test

import "testing"

// The word-like types of issue #15 in the forms a caller really says them;
// each case is written for the form, not taken from an evaluation set.

// A security answer or username that is a noun phrase keeps its article;
// an article after a preposition is no answer's.
func TestFind_SecretAnswerKeepsItsArticle(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"first car":      {"A: For security, what was your first car?", "C: Oh, it was [PASSWORD a green Ford Escort.]"},
		"username the":   {"A: Okay, and your username?", "C: [USERNAME the jazz owl.]"},
		"same channel":   {"A: What's the name of your first pet?", "C: [PASSWORD An iguana named Pepper.]"},
		"not after into": {"A: What can I do for you?", "C: I can't get into the portal at all."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A password named earlier in the sentence takes the value after "it's":
// "I've reset the password to the default, it's ...".
func TestFind_PasswordNamedBeforeItIs(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: I reset your password to the default for now, it's [PASSWORD copper lantern 19.]", "C: Okay, got it.")
}

// A password of words and digits read back word by word is one password,
// not a password's words and a number.
func TestFind_PasswordReadBackWithDigits(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: The temporary password is [PASSWORD orchid canyon three one six.]",
		"C: [PASSWORD orchid canyon three one six?]", "A: Yes, change it when you sign in.")
}

// Spoken emails whose local part holds common words, an initial after a
// name, or a stray "period", and domains of two words.
func TestFind_SpokenEmailLocalParts(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"name initial digits": {"C: Please send the receipt to [EMAIL ravi i forty two at mail dot com.]"},
		"two-word domain":     {"A: I emailed the summary to [EMAIL kofi b at greenline mail dot com.]"},
		"after email":         {"C: Email [EMAIL zanele shop nine at outlook dot com,] please."},
		"answer with and":     {"A: What email should the invoice go to?", "C: [EMAIL sun and moon at sign fastmail dot com.]"},
		"stray period":        {"A: And an email?", "C: It's [EMAIL lin mei period at gmail period com.]"},
		"use instead":         {"A: We'll send it to the email on file.", "C: Actually, use [EMAIL tomas underscore r at yahoo dot com.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A thing "at" a host is a web address, not an email: "the backup server
// at relay three dot ...".
func TestFind_PhraseAtHostIsAURL(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Can you try the backup server at [URL relay three dot examplecorp dot com?]", "C: Okay, that works.")
}

// Spoken web addresses with an ordinal in a label, or several words after
// "log into".
func TestFind_SpokenURLNames(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"ordinal label": {"C: My shop's site [URL maple on third dot com] is down."},
		"log into":      {"A: Now log into [URL admin panel dot northhost dot net] and click settings."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A username read as words run together up to an underscore keeps its
// small words: "cake on main underscore shop".
func TestFind_UsernameRunTogether(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And your username?", "C: [USERNAME cake on main underscore shop.]")
}

// A passport or driver's license number broken off by an interruption of
// the same turn and read on after it is one number; a correction inside
// one ("sorry, that's a ...") does not end it.
func TestFind_DocumentNumberReadOnAfterAnInterruption(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"passport hold on": {"A: And the passport number?", "C: It's [PASSPORT k four one, um, hold on, I need my glasses, seven seven two oh eight six.]"},
		"passport letter":  {"A: What's your passport number?", "C: [PASSPORT c three three, uh, that's the letter c, then five one nine four eight two.]"},
		"license fix":      {"A: Go ahead with the driver's license number.", "C: [DRIVER_LICENSE b four four oh nine one two, sorry, that's a three, yes, five five.]"},
		"permit":           {"A: Do you have your learner's permit number?", "C: Yes, it's [DRIVER_LICENSE t nine oh, wait, I'm holding it upside down, six six one two eight.]"},
		"whole then other": {"A: And the passport number?", "C: [PASSPORT 4 8 8 1 2 0 7 6 5.] And my phone is [PHONE 212 555 0187.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A number that is short of a passport's nine characters does not run on
// into the other speaker's turn or into another asked value.
func TestFind_DocumentNumberStopsAtTheTurn(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And the passport number?", "C: [PASSPORT e two two four.]", "A: That's only four, and your ZIP code?", "C: [ZIP nine oh two one oh.]")
}

// A letter and eight digits right after talk of a passport is a passport
// number, though a booking or a time was named nearer ("since he's on the
// same booking"); a booking reference of another shape stays unreported.
func TestFind_PassportShapeAfterAReference(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Got it. And your husband's passport as well, since he's on the same booking?",
		"C: His is [PASSPORT w four four two nine one eight three seven.]")
	checkDialogue(t, "A: And the booking reference?", "C: It's k four four two nine one.")
}

// A surname of particles stays with the name: "van der Berg", "de la
// Cruz", also after a filler.
func TestFind_NameWithParticles(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"this is":      {"A: Who am I speaking with?", "C: Hi, this is [PERSON Lucas, um, de la Fuente.]"},
		"answer":       {"A: And the name on the booking?", "C: [PERSON Maarten van der Hoek.]"},
		"no particles": {"A: Who am I speaking with?", "C: This is [PERSON Lucas.] I'm calling about the van."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// The word before a found surname is the first name when it opens the
// answer ("faith ogunleye": "Faith" is also a word) or, cased, when it is
// a capitalised name outside the lists ("Étienne Marchand"); not after a
// business name ("Skyline Airways, Beatrice speaking").
func TestFind_FirstNameBeforeAFoundSurname(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: What's the name on the ticket?", "C: [PERSON Hope Nwachukwu.]")
	checkDialogueIn(t, []bool{false}, "A: And who's the beneficiary?", "C: [PERSON Éloïse Marchand.]")
	checkDialogueIn(t, []bool{false}, "A: Northwind Airways, [PERSON Beatrice] speaking.", "C: Hi [PERSON Beatrice,] I need to change a flight.")
}

// "the recipient's name", "my partner's name": a name follows, on one
// channel too and after "actually"; a company's or pet's name is none.
func TestFind_NameAfterWhoseName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: lovely and what's the recipient's name [PERSON oyelaran adeyemi] and the delivery address")
	checkDialogueIn(t, []bool{true}, "A: and the name on the order?", "C: uh it's under my partner's name actually [PERSON radoslaw kowalczyk]")
	checkDialogueIn(t, []bool{true}, "A: and what's the company's name brightwater logistics")
}

// A name found once that is also a word or a month counts again where it
// is said to someone ("Thanks Grace, the refund ...", "Hi June, I'd
// ..."), not as the word.
func TestFind_WordNameSaidToSomeone(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Can I have your name?", "C: [PERSON Grace Adeyemi.]", "A: Thanks [PERSON Grace,] the refund went out, by the grace of the bank.")
	checkDialogueIn(t, []bool{true}, "A: thanks for calling my name is [PERSON june]", "C: hi [PERSON june] i'd like to move my appointment to june tenth")
}

// "I have it here under ...", "is that ...": a name read back to check it.
func TestFind_NameReadBack(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Okay, I have it here under [PERSON Dariusz Wojcik,] is that right?", "C: Yes.")
	checkDialogueIn(t, []bool{true}, "A: okay i have it here under [PERSON taeyang seo] is that right", "C: yes that's me")
	checkDialogueIn(t, []bool{true}, "A: thanks is that [PERSON chidera]", "C: yep that's me", "A: great what's going on [PERSON chidera]")
	checkDialogueIn(t, []bool{true}, "A: is that correct", "C: yes is that all")
}

// Street addresses with "you know" after the house number, a grid letter
// before it, or no street suffix but a city and ZIP code after.
func TestFind_AddressForms(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: what's the address of the property", "C: [ADDRESS twenty two oh five uh you know sandpiper lane] and it's the garage")
	checkDialogueIn(t, []bool{true}, "A: and the delivery address", "C: it's [ADDRESS w two one seven county road m]")
	checkDialogueIn(t, []bool{false}, "A: Service address?", "C: [ADDRESS 1450 N. Halsted Yards, Evanston, Illinois] [ZIP 60201.]")
	checkDialogueIn(t, []bool{false}, "A: How many boxes?", "C: 12 Large Boxes, please, and 3 small.")
}

// Words and digits after "it's" a turn or two after a password was asked
// for are the password; talk after "it's" is not.
func TestFind_PasswordGivenAfterTheTalk(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "C: what's the wifi password then", "A: it's on the card or whatever you changed it to",
		"C: oh yes it's [PASSWORD lemon kite four two]")
	checkDialogueIn(t, []bool{true}, "C: and the password for the router", "A: it's printed on the label unless you set your own",
		"C: right right it's [PASSWORD hazel boat seven one]")
	checkDialogueIn(t, []bool{true}, "C: what's the password for that", "A: it's on the sticker under the box", "C: it's about twenty minutes old")
}

// More name forms: a date after the name and a comma is no part of it; an
// unlisted first name after "my wife"; a listed name after "happy
// birthday"; letters spelled in answer to "would you spell that?", a
// double name joined by "dash"; a listed surname that is also a word
// ending the answer; a particle before a surname that is also a word.
func TestFind_MoreNameForms(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: And her name and date of birth?", "C: [PERSON Magdalena Okonjo,] [DOB May 3, 1951.]")
	checkDialogueIn(t, []bool{true}, "A: can i have your names", "C: [PERSON tobias achterberg] and my wife [PERSON yewande achterberg]")
	checkDialogueIn(t, []bool{true}, "A: and what should the cake say", "C: happy birthday [PERSON priya] love from all of us")
	checkDialogueIn(t, []bool{false}, "A: Would you spell that for me, please?", "C: [PERSON O-K-O-R-O, dash, W-E-S-T.]")
	checkDialogueIn(t, []bool{true}, "A: and your name for the record", "C: [PERSON marguerite rose]")
	checkDialogueIn(t, []bool{true}, "A: who am i speaking with", "C: this is [PERSON lucia uh de la cruz]")
}

// What is not a person's name or an address's local part: the name of a
// pet, business or school asked for; "her" before "maiden name"; a
// preposition or "mine," before a spoken email.
func TestFind_NotAPersonOrMailbox(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"dog's name":     {"A: And your dog's name?", "C: Noodle, he's a beagle."},
		"company name":   {"A: And the company name?", "C: Brightwell and daughters."},
		"vet pet name":   {"A: Sure, what's the pet's name?", "C: Waffles."},
		"her maiden":     {"A: What's your mother's maiden name?", "C: Her maiden name is [PASSWORD Achebe.]"},
		"under":          {"A: Is the order email the same?", "C: No, the order was under [EMAIL tomasz dot wrobel at gmail dot com.]"},
		"to mine, email": {"A: An email for the tickets?", "C: Send it to mine, [EMAIL adaeze period obi at gmail period com.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	// (Cased, "Lycee Pasteur" is two capitalised words, a surname among
	// them, and stays a name: only the lowercase answer is asked.)
	checkDialogueIn(t, []bool{true}, "A: and the school's name", "C: lycee pasteur")
}

// A question for a name may end with why it is asked: "what's the name on
// your account so I can pull up your settings?" ... "bolanle oyebanji".
func TestFind_NameQuestionWithAPurpose(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: what's the name on your account so i can pull up your settings", "C: [PERSON bolanle oyebanji]",
		"A: okay [PERSON bolanle] i see the schedule")
}
