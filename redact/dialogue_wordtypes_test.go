package redact_test

import "testing"

// Agents give their first name in a few fixed ways; a name in no list is
// found by the way it is said, and the team's name or a place before it is
// not taken with it.
func TestFind_AgentIntroductionsWithUnlistedNames(t *testing.T) {
	checkDialogue(t, "A: Good evening, [PERSON Wojtek] in collections.", "C: Hi, I got a letter from you.")
	checkDialogue(t, "A: Claims desk, [PERSON Tendai] here. How can I help?", "C: I was in an accident.")
	checkDialogue(t, "A: Hi, [PERSON Zhanar] with the fraud team.", "C: Hello, there is a charge I don't know.")
	checkDialogue(t, "A: Thanks for calling, [PERSON Ilinca] speaking.", "C: Hi, I need a refill.")
	checkDialogue(t, "A: Pharmacy support, [PERSON Oyelaran].", "C: Hi, my refill is late.")
	checkDialogue(t, "A: Good morning, airport check in, [PERSON Tendai] speaking.", "C: Hi, I'm late.")
	checkDialogue(t, "A: Deliveries, [PERSON Pauline] speaking.", "C: Hi, a parcel is missing.")
	checkDialogueIn(t, []bool{true}, "A: hello this is [PERSON oyelaran] full name please", "C: [PERSON pauline] [PERSON ashworth]")
	checkDialogue(t, "A: [PERSON Tendai] from Lumen Bank here, how can I help?", "C: Hi.")
	checkDialogue(t, "A: Morning, [PERSON Radek] here and I'll be helping you.", "C: Thanks.")
	checkDialogue(t, "C: The printer here at the office is broken.", "A: Everyone here is busy, sorry.")
	checkDialogue(t, "A: Hi there, [PERSON Zhanar] on the line for billing.", "C: Hello.")
	checkDialogueIn(t, []bool{false}, "A: Thanks for holding, [PERSON Ilinca] again.", "C: No problem.")
	checkDialogue(t, "C: Hi [PERSON Tendai], it's [PERSON Radek] again.", "A: Hello!")
	checkDialogueIn(t, []bool{true}, "C: hi um i'm calling about my bill", "A: thanks a lot")
	checkDialogueIn(t, []bool{true}, "C: hi netflix keeps charging me twice", "A: okay venmo let me check that")
	checkDialogueIn(t, []bool{true}, "A: what's the name on the account", "C: it's under my wife [PERSON zhanar bekova]")
	checkDialogueIn(t, []bool{true}, "C: thanks [PERSON tendai] wonderful day", "C: my friend venmo'd me")
	// A name that is also a city is still the agent's name when said so.
	checkDialogue(t, "A: Hello, [PERSON Sofia] speaking.", "C: Hi, I'd like to pay a bill.")
	checkDialogue(t, "A: Hi, [PERSON Sofia] with the travel desk.", "C: Hi, I'm flying tomorrow.")
	// Not names: the team, a word in place of a name.
	checkDialogue(t, "A: Billing here, how can I help?", "C: I was charged twice.")
	checkDialogue(t, "A: Support desk.", "C: Hi, my login fails.")
}

// Countries and large cities are places unless a cue names them as a name.
func TestFind_CountriesAndCitiesAreNotNames(t *testing.T) {
	checkDialogue(t, "C: Two transfers: Germany, and then Spain.", "A: And Costa Rica?", "C: Costa Rica next week.")
	checkDialogue(t, "C: The Paris office and the Lagos office both called.")
	checkDialogue(t, "A: How do you spell the last name?", "C: It's [PERSON Lagos], spelled [PERSON L A G O S].")
}

// One place check serves every person rule: cities of the world, the
// second word of a two-word place, and places that are also first names
// are places with no naming cue, and still names with one or with a
// surname after them.
func TestFind_OnePlaceListForPersonRules(t *testing.T) {
	checkDialogue(t, "C: Wire half to Sierra Leone and half to Hong Kong.", "A: Both by Friday.")
	checkDialogue(t, "C: My sister moved to Georgia, then on to Israel.")
	checkDialogue(t, "A: Was the card used in Helsinki?", "C: No, in Budapest.")
	checkDialogue(t, "C: I spoke with [PERSON Georgia Whitfield] yesterday.")
	checkDialogue(t, "A: Who's speaking?", "C: This is [PERSON Jordan].")
	checkDialogueIn(t, []bool{true}, "C: thanks [PERSON tendai] the parcel went to auckland")
}

// Spelled abbreviations of the things asked for are no spelled names, and
// "my name" with a verb after it names no one.
func TestFind_WordsAfterNameCuesThatAreNoNames(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: what's your a b a number", "A: our a b a is on the site")
	checkDialogueIn(t, []bool{true}, "A: can i have your full name or account i d", "C: [PERSON pauline] [PERSON ashworth]")
	checkDialogue(t, "C: My name appears incorrectly on my statement.")
	checkDialogue(t, "C: I typed it twice and the form says it's invalid.")
}

// People other than the caller: added to an account in a role, listed
// after "names", a surname in no list after a listed first name, and a
// name said again with its surname.
func TestFind_ThirdPartiesAndSurnamesInNoList(t *testing.T) {
	checkDialogue(t, "C: I'd like to add [PERSON Radoslav Wierzbicka] as an authorized user.")
	checkDialogue(t, "C: Please remove [PERSON Radoslav] as the joint holder.")
	checkDialogue(t, "C: I want to add a second card as a backup.")
	checkDialogueIn(t, []bool{true}, "A: and i'll need both names please [PERSON radoslav wierzbicka] and [PERSON mikolaj wierzbicka]")
	checkDialogueIn(t, []bool{true}, "C: my brother [PERSON mikolaj wierzbicka] will pick it up")
	checkDialogue(t, "A: And your first name?", "C: [PERSON Mikolaj].", "A: Thanks.",
		"C: The card should say [PERSON Mikolaj Wierzbicka], not what it says now.")
	// A word after a name that is an English word or a business stays out.
	checkDialogueIn(t, []bool{true}, "C: thanks [PERSON mikolaj] appreciate it")
	// Said to someone by name at the end of a question, in a cased
	// transcript, a name found before counts again even when it is a word.
	checkDialogueIn(t, []bool{false}, "A: Your name please?", "C: [PERSON Crystal Nwosu].",
		"A: And what is your membership level, [PERSON Crystal]?", "C: Gold.")
}

// Domains end in any country code or a generic label people meet
// ("site", "webcam", "ly"), not in a typo; a written address with an
// empty label is no address; a web address named at the start of an
// answer is whole, and a verb before it is not part of it.
func TestFind_DomainsPeopleMeet(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: my email is [EMAIL info at harbourview dot site] and nothing came")
	checkDialogueIn(t, []bool{true}, "C: the app says to open [URL lumen dot webcam] first")
	checkDialogueIn(t, []bool{true}, "C: someone posted [URL bit dot l y slash qz4] on my page")
	checkDialogueIn(t, []bool{true}, "C: send it to [EMAIL rafa at correo dot com dot ar] please")
	checkDialogueIn(t, []bool{false}, "C: My domains: [URL harbourview.com] and [URL harbourview.co.il].")
	checkDialogueIn(t, []bool{false}, "C: I went to www.harbourview.con by mistake.")
	checkDialogueIn(t, []bool{false}, "C: My email is [EMAIL ana.perez@gmail.com], but I typed ana.perez@gmail..com in the form.")
	checkDialogueIn(t, []bool{true}, "A: what's your site", "C: [URL tessellate pottery dot com]", "A: thanks")
	checkDialogueIn(t, []bool{true}, "C: go to [URL lumen dash energy dot com forward slash outage] for updates")
	checkDialogueIn(t, []bool{true}, "C: the link is [URL lumen energy dot co dot uk slash pay]")
}

// The local part of a spoken address starts right after "address" ("to
// this address sue d hague at ..."), and an order number answered before
// "and" is not part of the address after it.
func TestFind_SpokenEmailsInTheirSentence(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: they asked me to send the money to this address [EMAIL sue d hague at armyspy dot com]")
	checkDialogueIn(t, []bool{true}, "A: i need the order number and your email please",
		"C: [NUMBER six two five one nine four four eight three one] and [EMAIL p okoro nine at gmail dot com]")
}

// A username and password read out together, each after its cue word;
// a value after a colon that ends its cue's sentence; a password like
// "Tulip2024" given a turn after it was asked for.
func TestFind_CredentialsReadOutTogether(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: the admin console says no username [USERNAME admin] password [PASSWORD hunter]")
	checkDialogueIn(t, []bool{false}, "C: Hi. Login [USERNAME kowal], pw [PASSWORD bluefinch]. It says locked.")
	checkDialogueIn(t, []bool{true}, "C: login [USERNAME kowal] password [PASSWORD blue finch nine] it says locked")
	checkDialogueIn(t, []bool{false}, "A: Your username is your initial, your surname and two: [USERNAME pkowal2].", "C: Got it.")
	checkDialogue(t, "A: What will your new password be? I'll read the rules first.", "C: It's [PASSWORD Maple7781].")
}

// Talk about signing in names no username or password.
func TestFind_SignInTalkIsNoSecret(t *testing.T) {
	checkDialogue(t, "C: My email works but I can't log in.", "A: Addresses aren't case sensitive, but passwords are. Is caps lock on?")
	checkDialogue(t, "C: It's not an email, that's my handle.", "A: Right, the email field needs an address.")
	checkDialogue(t, "A: And your username, to check your identity?", "C: [USERNAME pkowal2].")
	checkDialogue(t, "A: Your PIN or the answer to your security question?", "C: PIN is [PIN 4471].")
}

// A name said to someone after an acknowledgement, before the agent acts;
// name-words stay words where nothing says they are said to someone.
func TestFind_NameAfterAnAcknowledgement(t *testing.T) {
	checkDialogueIn(t, []bool{false}, "A: Alright [PERSON Mark], let me pull that up.")
	checkDialogue(t, "A: Okay [PERSON Oyelaran], one moment.")
	checkDialogueIn(t, []bool{true}, "A: okay [PERSON kwabena] let me check")
	checkDialogue(t, "A: Okay, Summer is our busy season.")
	checkDialogueIn(t, []bool{true}, "A: okay bill let me check", "C: this is your problem not mine")
	checkDialogue(t, "C: The page said hello-world and then www.microsoft with nothing after it.")
}

// A name spelled right after it is said is a name with the word before
// it; an answer's lead-in ("that'd be") is no part of the name.
func TestFind_NameSpelledAfterItIsSaid(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: [PERSON jaroslav novotny n o v o t n y]")
	checkDialogueIn(t, []bool{true}, "A: can i get your full name please", "C: that'd be [PERSON tom nowak]")
	checkDialogue(t, "C: That's a b c, the letters a b c.")
}

// How a letter of a password is written ("capital t") is part of it and
// counts for none of its words; a modal after the cue is a verb, not the
// value.
func TestFind_PasswordSpelledWithCase(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: my password is [PASSWORD capital t tulip two zero two four]")
	checkDialogueIn(t, []bool{true}, "C: password is [PASSWORD lower case k capital l seven]")
	checkDialogue(t, "A: The temporary password will come by text.")
	checkDialogue(t, "A: And the security answer?", "C: Lower case, all one word.")
	checkDialogue(t, "C: My password is case sensitive.")
	checkDialogue(t, "C: My new password will be [PASSWORD sunset nine].")
}

// Business names and street corners joined by "and", US cities and
// states, letters read before digits (a code) and an ordinary word after
// "called" name no one.
func TestFind_ThingsThatLookLikeNamesAfterCues(t *testing.T) {
	checkDialogue(t, "A: Thanks for calling Maple and Finch, this is [PERSON Chloe].", "C: Hi.")
	checkDialogueIn(t, []bool{true}, "C: it happened at the corner of fifth and maple near the shop")
	checkDialogue(t, "C: I need a dermatologist near Fort Collins.", "A: And the trip is Boston to New York?")
	checkDialogue(t, "A: And the state on the license?", "C: It's California, hold on.")
	checkDialogueIn(t, []bool{true}, "A: do you have your confirmation code", "C: yes it's q x seven l m p")
	checkDialogueIn(t, []bool{true}, "C: somebody called pretending to be you guys")
	checkDialogue(t, "A: Good afternoon, Hartwell Design, this is [PERSON Maelle].", "C: Hello.")
	checkDialogueIn(t, []bool{false}, "C: My sister and [PERSON Mark] will both call.")
}

// "point" joins a spoken domain only when what follows it is no English
// word; an article before a web address is not part of it.
func TestFind_PointAndArticlesInSpokenAddresses(t *testing.T) {
	checkDialogueIn(t, []bool{true}, "C: at this point in time i just want a refund")
	checkDialogueIn(t, []bool{true}, "C: it costs twelve point nine nine at target point is it")
	checkDialogueIn(t, []bool{true}, "C: my email is [EMAIL kofi at mensah point co point uk]")
	checkDialogueIn(t, []bool{true}, "C: the form is at the [URL lumen forms dot com] site")
}

// Names that are words stay words next to the new cues: after a greeting
// or an acknowledgement, before "here", after "my ..." or "and".
func TestFind_NameWordsStayWordsNearTheNewCues(t *testing.T) {
	checkDialogue(t, "A: Hi, hope you're well.", "C: Thanks, will do.", "A: Okay, bill me later then.")
	checkDialogue(t, "C: My summer here was busy, and faith in the bank is low.")
	checkDialogue(t, "A: Alright, mark the box and sign.", "C: Sure, rose gold please.")
	checkDialogue(t, "C: This is your problem, not mine.")
}
