package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// "Roger" said as an acknowledgement, on a radio or a call ("roger that",
// "Roger, out.", a turn that opens with it): no one is named. Opening a
// turn before a verb, after "my name is" or before a surname it is a name.
func TestFind_RogerAsAnAcknowledgementIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: The courier will be there at noon.", "C: Roger that, I will wait by the gate.")
	checkDialogue(t, "A: The van is loaded, nothing else for you today.", "C: Roger, out.")
	checkDialogue(t, "A: Please keep the line open for the technician.", "C: Roger, I have it open now.")
	checkDialogue(t, "A: Dispatch says the crane is late.", "C: Roger, [PERSON Dana], thanks for telling me.")
	checkDialogueIn(t, []bool{true}, "A: the crane is late again", "C: roger we will start without it")
	checkDialogue(t, "A: Who set up the account?", "C: [PERSON Roger] called to set it up.")
	checkDialogue(t, "A: Can I get your name?", "C: My name is [PERSON Roger].")
	checkDialogue(t, "A: Who is the contact?", "C: [PERSON Roger Whitcombe] handles the billing.")
}

// Letters of the radio alphabet that are also first names (Charlie, Mike,
// Victor, Oscar ...) beside a number, a single letter, an acronym or
// another letter word spell a code, not a person.
func TestFind_RadioAlphabetBesideACodeIsNoName(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Where do I park?", "C: Use bay Victor 4 by the loading dock.")
	checkDialogue(t, "A: Which breaker?", "C: The one labelled Oscar Kilo on the left.")
	checkDialogueIn(t, []bool{false}, "A: Which switch?", "C: Set the PWR Juliet switch to off.")
	checkDialogue(t, "A: Which gate?", "C: Gate b Charlie, next to the lifts.")
	checkDialogue(t, "A: Who helped you?", "C: [PERSON Charlie Brown] from the front desk.")
	checkDialogue(t, "A: Who helped you?", "C: I think [PERSON Mike], [PERSON Mike] has the keys.")
}

// A name followed directly by a number in its sentence is a designation
// ("truck Falcon 9", "Unit Seven"), and names after "star" or "crater"
// belong to the sky.
func TestFind_DesignationsAndSkyNamesAreNoNames(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Which van is yours?", "C: Load it onto Bianca 7, the white one.")
	checkDialogue(t, "A: What did you see?", "C: We saw the star Vega and then the planet Mars.")
	checkDialogue(t, "A: Who called?", "C: It was [PERSON Amara Jacobs] 2 times today.")
}

// An IBAN's check digits are 02 to 98 (ISO 7064 MOD 97-10): a readout with
// 00, 01 or 99 there is no IBAN even where the mod-97 sum comes out right
// (this one passes it, with 00 in place of 97).
func TestFind_IBANCheckDigitsOutsideTheirRangeAreNoIBAN(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"the reading is DE00370400440532013050", "the reading is DE97370400440532013050"} {
		fs, err := redact.Find(words(text), redact.DefaultPolicy())
		require.NoError(t, err)
		iban := false
		for _, f := range fs {
			iban = iban || f.Type == redact.IBAN
		}
		assert.Equal(t, text[len(text)-20:len(text)-18] == "97", iban, text)
	}
}

// Letters said one by one without a cue, after an article or a possessive
// or before a radio-alphabet word, abbreviate a thing ("the e v a", "our
// o m n i switch", "o m n i charlie"); spelled after "spell" they are a
// name.
func TestFind_LettersOfAnAcronymAreNoName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: what failed", "C: the e v a pump stopped at noon")
	checkDialogueIn(t, []bool{true}, "A: what failed", "C: our l e b light keeps blinking")
	checkDialogueIn(t, []bool{true}, "A: which one", "C: set o m n i charlie please")
	checkDialogueIn(t, []bool{true}, "A: can you spell your first name", "C: sure it's [PERSON e v a]")
}
