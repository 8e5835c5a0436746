package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// A street with no type, asked for, that a city and a state confirm even
// when more talk follows it in the same sentence; asked for with nothing
// after it to confirm it, a common word is still no street.
func TestFind_TypelessStreetAskedThenCityAndState(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: where should the crew go",
		"C: uh [ADDRESS forty one ravenswood denver colorado] round the back please")
	checkDialogueIn(t, []bool{true}, "A: where should the crew go",
		"C: at [ADDRESS twelve oh five kedzie springfield illinois] the gate code is on the sign")
	// Hard negatives: counts before a place, asked for or not.
	checkDialogueIn(t, []bool{true}, "A: where should the crew go",
		"C: we have three offices chicago illinois is the main one")
	checkDialogueIn(t, []bool{true}, "A: where do you need us",
		"C: at two locations denver colorado and boulder")
}

// A printed code whose hyphen-joined groups mix letters and digits is a
// reference or a model, not an uncued number; a cue still makes it an ID,
// and a letter group apart from the digits keeps a number a number.
func TestFind_MixedGroupCodesAreNoNumbers(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: The sticker on the router says RX-4410-22B under the barcode.")
	checkDialogueIn(t, []bool{false}, "C: Our ticket came back as Q7-2210-88411-K, is that normal?")
	checkDialogueIn(t, []bool{false}, "C: My member ID is [ACCOUNT XJ7-441-90821.]")
	checkDialogueIn(t, []bool{false}, "C: The part was [NUMBER 808-412-3399-B,] the blue one.")
}

// An institution's post office box: the institution's capitalised name
// before the box, and a building or mail-stop code after it, are the
// address's. Lowercase, the name cannot be told from the talk before it,
// so the box starts the address there.
func TestFind_InstitutionsPostOfficeBox(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: Mail it to [ADDRESS Riverside Community Hospital PO Box 1200,] Tulsa.")
	checkDialogueIn(t, []bool{false}, "A: Which address?", "C: It is [ADDRESS Lakeland Science Center P.O. Box 5521, Bldg 7,] Tampa.")
	checkDialogueIn(t, []bool{false}, "C: Send it to [ADDRESS PO Box 881, Kx 40,] Dayton.")
	checkDialogueIn(t, []bool{true}, "C: send it to [ADDRESS p o box eight eight one kx forty] dayton ohio")
	// Talk before the box is not the institution's; a ZIP or a city after it is no mail stop.
	checkDialogueIn(t, []bool{false}, "C: I called the Service Center. [ADDRESS PO Box 12] is where it goes.")
	checkDialogueIn(t, []bool{false}, "C: Mail it to [ADDRESS PO Box 1200,] Tulsa [ZIP 74101.]")
}

// A surname's particle said before the found name is the name's ("mc"
// as a recogniser splits "McCullum", "de souza"); after an article or a
// possessive the word is a noun.
func TestFind_SurnameParticleBeforeAName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: whose name is it under", "C: sure [PERSON mc carthy helen]")
	checkDialogueIn(t, []bool{true}, "A: whose name is it under", "C: it's [PERSON de souza maria]")
	checkDialogueIn(t, []bool{true}, "C: we loaded the van [PERSON john] drove it back")
}

// A corner given as the location: one opening with a written interstate
// ("I-405"), one whose second street has a number then a city and state
// with no comma, and one in a one-channel call whose turns are not told
// apart (the question within five words before). Driving talk is none.
func TestFind_CornersAsTheLocation(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: What's the location?", "C: [ADDRESS I-405 and Main Street,] by the exit.")
	checkDialogueIn(t, []bool{true}, "A: what's the location", "C: it is [ADDRESS cedar prk and route nine] millbrook alabama by the gas station")
	checkFinds(t, "Okay, what's the address? Yes, [ADDRESS I-35 and Elm Road,] by the bridge.")
	checkFinds(t, "okay what's the address yes [ADDRESS i thirty five and elm road] by the bridge")
	// Hard negatives: no location asked for; an interstate alone.
	checkDialogueIn(t, []bool{false}, "C: I drove down I-80 and Frontage Road to get there.")
	checkDialogueIn(t, []bool{false}, "A: What's the location?", "C: I-405 was closed, so I took the bus.")
}

// A complex named as streets are, after a street with its type and
// direction: "NE" spelled "n e" or written "N.E.", then "Willow Court".
// A court date after an address is no complex.
func TestFind_ComplexAfterAStreet(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: where do you need us", "C: at [ADDRESS twenty two fifty harlow avenue s e brightwater plaza] knock loudly")
	checkDialogueIn(t, []bool{false}, "A: Where do you need us?", "C: At [ADDRESS 2250 Harlow Avenue, S.E. Brightwater Plaza,] knock loudly.")
	checkDialogueIn(t, []bool{false}, "A: Where do you need us?", "C: At [ADDRESS 220 Lake Avenue, Willow Court,] ring twice.")
	checkDialogueIn(t, []bool{true}, "C: my address is [ADDRESS forty main street] the court date is monday")
	checkDialogueIn(t, []bool{false}, "C: My address is [ADDRESS 40 Main Street.] The Court House is closed.")
}

// A code read out with letters among its digit groups is the spoken form
// of a mixed-group code: no uncued number. A run with a letter on one side
// only is still one (a letter ends many IDs and part numbers).
func TestFind_SpokenMixedCodesAreNoNumbers(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "C: the serial is k four four one nine two eight eight seven b x nine on the label")
	checkDialogueIn(t, []bool{true}, "C: the sticker on the crate says forty two c seven one one oh oh three nine two two is that right")
	checkDialogueIn(t, []bool{true}, "C: the tag says [NUMBER four four one nine two eight eight seven b] okay")
	checkDialogueIn(t, []bool{true}, "C: my member id is [ACCOUNT k four four one nine two eight eight seven] thanks")
}

// A unit word is an address's before a ZIP only with its number after it
// ("Box 12"), not as a noun ("the code on the box is ...").
func TestFind_BoxAsANounIsNoUnit(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "C: mail it to [ADDRESS p o box twelve] springfield [ZIP six two seven oh one]")
	checkDialogueIn(t, []bool{true}, "C: the number on the box is one four four oh nine okay")
}

// "userid" read as the start of an address ("userid at example dot com",
// "userid colon secret at ...") cues no username after the address; "user
// id is" still does.
func TestFind_UseridInsideAnAddressCuesNothing(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: which address are you trying to reach",
		"C: [EMAIL userid at intranet dot org] the monthly charge is twelve dollars")
	checkDialogueIn(t, []bool{true}, "C: my user id is [USERNAME r patel nine] thanks")
	// One channel, two speakers told apart by label: the customer's
	// address, then the agent's next sentence is no answer to a username
	// question.
	tr := words("what's the address you're trying to reach userid at intranet dot org the activation fee is forty dollars okay")
	for i := range tr.Words {
		tr.Words[i].Speaker = "agent"
		if i >= 7 && i <= 11 {
			tr.Words[i].Speaker = "caller"
		}
	}
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	for _, f := range fs {
		assert.NotEqual(t, redact.Username, f.Type, "%q", redact.MatchedText(tr, f))
	}
}

// A house number that answers a question for the address or location
// is the address's even when an account's cue was said earlier (a team
// named "policy" in the greeting); a cued account number stays one.
func TestFind_AddressAskedAfterAnAccountCue(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: you've reached the member services desk", "C: hi i need a plumber",
		"A: sure what's the address", "C: [ADDRESS fifty two twenty harlow avenue] by the school")
	checkDialogueIn(t, []bool{true}, "A: you've reached the policy team", "A: what's the policy number",
		"C: [ACCOUNT four four one two nine eight seven seven]")
}

// A name said surname first where the speaker says so ("..., last name
// first", "surname first"); the phrase alone, as an instruction, names
// no one.
func TestFind_NameSaidSurnameFirst(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: how should it read on the card", "C: [PERSON okafor amara] surname first please")
	checkDialogueIn(t, []bool{false}, "A: What name is on the card?", "C: It's printed [PERSON Lindqvist Maja,] last name first.")
	checkDialogueIn(t, []bool{true}, "A: how should it read", "C: [PERSON garcia lopez maria] last name first")
	checkDialogue(t, "A: Please put the last name first on the form.")
	checkDialogue(t, "C: Do I enter my surname first or the given name?")
}
