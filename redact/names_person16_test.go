package redact_test

import "testing"

// A name right after a role said as a title (coach, pastor, officer,
// nurse, auntie, ...) is the person's, cased and lowercase, also a name in
// no list.
func TestFind_NameAfterARoleTitle(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"officer, surname":  {"C: Officer [PERSON Wroblewski] wrote down the plate."},
		"nurse, unlisted":   {"C: Nurse [PERSON Mereana] changed the dressing this morning."},
		"coach, first name": {"P: Coach [PERSON Ibrahim] wants the team there by six."},
		"rabbi":             {"C: Rabbi [PERSON Feinstein] will do the ceremony."},
		"detective":         {"C: Detective [PERSON Okwuosa] left me a voicemail."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	// (Cased, a capitalised title inside a sentence joins the capitalised
	// name after it as the person recognizer's pair: "asked Pastor
	// Adewumi" is one finding there.)
	checkDialogueIn(t, []bool{true}, "C: We asked Pastor [PERSON Adewumi] to bless the house.")
}

// The role alone, or before a word that is no name, names no one; a first
// name that is also a common word stays a word after a role in a
// lowercase transcript.
func TestFind_RoleTitle_LeavesRolesAndWordsAlone(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"role as subject":  {"C: The officer wrote down the plate."},
		"role and a verb":  {"P: Our coach wants the team there by six."},
		"role and a noun":  {"C: The nurse station was empty."},
		"judge and a verb": {"C: The judge ruled on Monday."},
		"uncle and a verb": {"C: My uncle drives a truck."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	checkDialogueIn(t, []bool{true}, "P: Coach will meet us at the field.")
}

// Cased, a capitalised name in no list of first names that opens its
// sentence before a verb of what a person does is its subject, as
// lowercase transcripts already read it; a company spoken of as "they"
// is not.
func TestFind_UnlistedNameOpeningASentence(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"thinks":  {"P: [PERSON Tauriki] thinks the numbers are off."},
		"wants":   {"Q: [PERSON Anselmo] wants the slides by noon."},
		"said":    {"C: [PERSON Oyebanji] said you'd call me back."},
		"adverb":  {"R: [PERSON Kiptoo] actually suggested the same thing."},
		"company": {"C: Zentrixa said they'd refund the fee."},
		"word":    {"P: Nobody said that."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// "David, can we ...": a town of the world named like a very common word
// ("Can") is no second place of a list after a first name that is a town
// too, so the name stays the one spoken to.
func TestFind_VocativeBeforeACommonWordTown(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "P: [PERSON David,] can you pass me the cable?")
	checkDialogueIn(t, []bool{false}, "P: [PERSON David,] can we start now?")
}

// Lowercase, a name after "sorry" opening the turn before a question to
// its bearer, a name between "okay" and "go ahead", and a name after "good
// point" or "makes sense" at the turn's end are said to someone.
func TestFind_LowerVocativesOfMeetings(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"sorry, question": {"P: Sorry [PERSON Olufemi,] did you want to add something?"},
		"okay go ahead":   {"Q: Okay [PERSON Radoslaw,] go ahead."},
		"good point":      {"R: Yeah, good point [PERSON Tsegaye.]"},
		"makes sense":     {"P: Right, that makes sense [PERSON Priyanka.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for name, turns := range map[string][]string{
		"sorry, no name":      {"P: Sorry, go ahead."},
		"good point, no name": {"R: Yeah, good point."},
		"makes sense, thing":  {"P: That makes sense now."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// Interjections are no one's name: "alrighty", "bye-bye".
func TestFind_InterjectionsAreNoNames(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Thursday at nine then.", "C: Alrighty, see you then.")
	checkDialogue(t, "A: Take care now.", "C: You too, bye-bye.")
}

// Lowercase, a listed first name after "heard from", "a message from" or
// after "meet", "meeting", "met" is the person's; a place or a thing there
// is not.
func TestFind_LowerNameHeardFromOrMet(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"heard from":   {"Q: So we finally heard from [PERSON Oksana] about the venue."},
		"message from": {"C: I got a message from [PERSON Dariusz] this morning."},
		"meeting":      {"P: I'm meeting [PERSON Nnamdi] for coffee later."},
		"met":          {"C: We met [PERSON Xiomara] at the open house."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for name, turns := range map[string][]string{
		"heard from a team": {"Q: We heard from accounts about the venue."},
		"meeting room":      {"P: I'm meeting everyone in the big room later."},
		"met a goal":        {"C: We met the deadline at last."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// "wait, is X still ...": a name asked after opens the question after
// "wait" or "oh" as after a greeting; an in-law is a relation a name
// follows, and no part of the name.
func TestFind_AskedAfterAndInLaws(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "P: Wait, is [PERSON Folasade] still on holiday?")
	checkDialogue(t, "C: My brother-in-law [PERSON Tadeusz] drives me there.")
	checkDialogue(t, "C: Oh, is the office still open?")
}

// Lowercase, a name word closing a clause said to the listener ("you",
// "your", "us", "please" before it in the turn) is the one spoken to at the
// turn's end after "us" and before the speaker's "i" or "we"; a tool or a
// product after a verb that takes a thing is not.
func TestFind_LowerVocativeClosingAClauseToTheListener(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"us, turn's end":  {"A: Okay, walk us through the plan, [PERSON Oluwadamilare.]", "C: Sure."},
		"you, then i":     {"R: Let me catch you up, [PERSON Tomasz,] I was out last week."},
		"please, then we": {"P: Have a seat please, [PERSON Anneke,] we are nearly ready."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for name, turns := range map[string][]string{
		"a tool":        {"P: Did you try matlab? I think it works."},
		"a thing":       {"Q: Send us the drafts. We need them."},
		"after a place": {"R: Can you meet us in Kowloon? We land at six."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// Cased, a name after a word opening the sentence with no
// comma, before a comma and a question or the speaker's clause.
func TestFind_CasedNameAfterAnOpenerBeforeAComma(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "P: Sorry [PERSON Oyinkansola,] could you repeat that?")
	checkDialogueIn(t, []bool{false}, "Q: Well [PERSON Radoslaw,] what do we do now?")
	checkDialogueIn(t, []bool{false}, "P: Well Paris, I think, is lovely in May.")
	checkDialogueIn(t, []bool{false}, "C: Okay great, thanks.")
}

// Cased, a capitalised name word ending a sentence said to the listener
// with no comma before it is the one spoken to; a tool, a product or a
// place asked about is not.
func TestFind_CasedVocativeEndingASentenceToTheListener(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "P: Is there anything you'd like to add [PERSON Oyelaran?]", "C: No.")
	checkDialogueIn(t, []bool{false}, "P: Walk us through it [PERSON Tsegaye.]", "C: Okay.")
	for name, turns := range map[string][]string{
		"a tool":    {"P: Did you try Matlab?"},
		"a system":  {"P: Do you know Kubernetes?"},
		"a place":   {"P: Do you like Lisbon?"},
		"a company": {"P: Did you call Verizon?"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// Two name words joined by "or" are people as two joined by "and" are;
// months, places and brands so joined are not.
func TestFind_NamesJoinedByOr(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "P: Either [PERSON Solveig] or [PERSON Chidinma] can present.")
	checkDialogue(t, "C: Was it April or May?")
	checkDialogue(t, "C: We could fly to Lisbon or Porto.")
	checkDialogue(t, "C: Do you take Visa or Mastercard?")
}
