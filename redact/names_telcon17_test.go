package redact_test

import "testing"

// Lowercase, a listed surname that is no word, said in passing with no
// cue, is a person; after a place preposition, a place's word, a term's
// first word, or as a shop of two names it is not.
func TestFind_LowercaseSurnameInPassing(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"object of a verb": {"C: we saw [PERSON pettigrew] at the pharmacy"},
		"after if":         {"A: if [PERSON kuznetsov] signs it we're done"},
		"what about":       {"C: and what about [PERSON kowalski]"},
		"in a pair":        {"A: i'll ask [PERSON brannigan] and [PERSON moreau] tonight"},
		"after was":        {"C: it was [PERSON whitlock] who found it"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for name, turns := range map[string][]string{
		"after in":        {"C: we stayed in pettigrew for a week"},
		"street":          {"A: it's on pemberton street now"},
		"after a pronoun": {"C: can you hornby the file"},
		"shop of two":     {"A: we hired pettigrew and plumbing for it"},
		"after aux, noun": {"C: how is kroger stock doing"},
		"a shop's word":   {"C: my statement lists albergo centrale again"},
		"after shop word": {"A: the refund came from tienda lupita"},
		"a bank's second": {"C: the wire was sent by credit agricole yesterday"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// The subject of a question opened by "is", "has", "did" ... is a person:
// cased, a capitalised name word of any list or none; lowercase, at the
// turn's start and before a verb.
func TestFind_SubjectOfAQuestion(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: Has [PERSON Ngcobo] paid the deposit yet?")
	checkDialogueIn(t, []bool{false}, "A: Is [PERSON Vasquez-Tello] still in the building?")
	checkDialogueIn(t, []bool{true}, "C: did [PERSON ngcobo] get back to you")
	checkDialogueIn(t, []bool{true}, "A: is [PERSON ostergaard] coming tonight")
	checkDialogueIn(t, []bool{false}, "C: Is Zoom still down for you?")
	checkDialogueIn(t, []bool{true}, "A: is sprite cola any good")
}

// Cased, a listed surname opening a sentence before an auxiliary or "and
// I" is its subject; a place or a word there is not.
func TestFind_SurnameOpeningASentence(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: [PERSON Whitlock] will be at the hearing.")
	checkDialogueIn(t, []bool{false}, "A: [PERSON Brannigan] and I went over the numbers.")
	checkDialogueIn(t, []bool{false}, "C: Denver was cold.")
	checkDialogueIn(t, []bool{false}, "A: Nobody will be at the hearing.")
}

// A listed first name that is no word opening a turn before what the
// speaker says or asks, or as a turn of its own, is the one spoken to.
func TestFind_FirstNameOpeningATurn(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: no [PERSON rosalie] that's the old form", "C: oh okay")
	checkDialogueIn(t, []bool{true}, "C: [PERSON ignatius] how did the audition go")
	checkDialogueIn(t, []bool{true}, "A: okay so the audition went well", "C: great")
}

// Peoples said in the plural ("the Canadians", "the Turks") are no one's
// name.
func TestFind_PeoplesInThePlural(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: The Canadians asked for more time.")
	checkDialogue(t, "C: The Turks and the Greeks are meeting on Friday.")
	checkDialogue(t, "A: The Moroccans want a quick answer.")
}

// A name word in no list opening a clause before an auxiliary is its
// subject; before "a" or "the" it may be a thing.
func TestFind_UnlistedNameBeforeAnAuxiliary(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "C: I guess [PERSON Tshabalala] was at the meeting.")
	checkDialogue(t, "A: Look, I know [PERSON Wierzbicka] will say no.")
	checkDialogue(t, "C: I think Quorvex is a good tool.")
}
