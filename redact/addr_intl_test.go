package redact_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// Streets written name first and house number after, as most of Europe and
// Latin America write them: with a foreign type word or ending they need no
// cue; any name-first street counts where it answers a question for an
// address.
func TestFind_AddressNameFirst(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		// A foreign type as its own word or as the street word's ending.
		"We moved last spring, it's now [ADDRESS Lindenauer Straße 27.]",
		"The flat is on [ADDRESS Kastanienallee 8,] Berlin.",
		"My sister lives on [ADDRESS Nørre Vold Gade 14] these days.",
		"Send the papers to [ADDRESS Birkelunden Vei 3.]",
		// A Danish floor and door after the house number.
		"The flat is [ADDRESS Nørre Vold Gade 14 2 t.v.] in town.",
		"The flat is [ADDRESS Blegdamsvej 9 3 th.] in town.",
		"The office is [ADDRESS Keizersgracht 212,] Amsterdam.",
		// Talk of an address before the street is no part of it.
		"Please note my mailing address [ADDRESS Kerkweg 12] for the letters.",
		// A type said first that no English word shares.
		"I'm renting at [ADDRESS Rua Direita 140] now.",
		// Said first after the number.
		"Her address is [ADDRESS 9 Strada Lunga.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// Cased, any type said first ("Calle" is a surname too, so lowercase
	// needs a cue).
	checkDialogueIn(t, []bool{false}, "C: Our new place is [ADDRESS Calle Olmo 31,] in Sevilla.")
	checkDialogueIn(t, []bool{true}, "C: Our new place is calle olmo 31 in sevilla.")
	// A written house number and postcode the tokenizer runs together,
	// and in lowercase a foreign street's number running on into it.
	checkDialogueIn(t, []bool{false}, "A: Where should we send it?", "C: Sure, [ADDRESS Am Stadtpark 15-18, 20148,] Hamburg.")
	checkFinds(t, "the office is [ADDRESS kantstrasse one two zero one oh six two five] berlin")
	// In lowercase a type word or ending is still evidence.
	checkFinds(t, "we moved to [ADDRESS lindenauer strasse twenty seven] last year")
	// An answer to a question for an address: any name first, a letter or
	// a slash after the number.
	checkDialogue(t, "A: And what's the service address?", "C: Sure, it's [ADDRESS Wiklina 22.]")
	checkDialogue(t, "A: Where should we send the new card?", "C: Um, [ADDRESS Bruna Kalesa 7 b.]")
	// "Calle" is a common word too, but where an address is asked for it
	// opens a street in lowercase as well.
	checkDialogue(t, "A: What's the address there?", "C: Okay, so it's [ADDRESS Calle Olmo 31.]")
	checkDialogueIn(t, []bool{false}, "A: What's the address on the account?", "C: That's [ADDRESS Tomanova 318/4,] Olomouc.")
	checkDialogueIn(t, []bool{false}, "A: Can you confirm your mailing address?", "C: Yes, [ADDRESS Am Rosenpl. 6,] Hamburg.")
	// Where an address is asked for, a comma before the number (Spanish
	// and Mexican writing), a name in capitals, and a date naming the
	// street (Polish).
	checkDialogueIn(t, []bool{false}, "A: Where should we send it?", "C: Sure, [ADDRESS C. de Pedro Salinas, 41,] Madrid.")
	checkDialogueIn(t, []bool{false}, "A: And the service address?", "C: It's [ADDRESS Miguel HIDALGO, 208,] Tijuana.")
	checkDialogueIn(t, []bool{false}, "A: What's the address on the account?", "C: [ADDRESS Ulica 3 Maja 17.]")
	// In lowercase the postcode said after the house number runs on into
	// it; where an address is asked for the street still takes it.
	checkDialogueIn(t, []bool{true}, "A: What's the address on the account?", "C: Sure, [ADDRESS am kupfergraben 6 1 0 1 1 7] berlin.")
	// A street without its type answering such a question outweighs a
	// first name inside it; a flat and its house with a slash.
	checkDialogueIn(t, []bool{false}, "A: Where do we post the refund?", "C: [ADDRESS 27 Rowan Chalmers.]")
	checkDialogueIn(t, []bool{false}, "A: What's the address on the account?", "C: It's [ADDRESS 3/48 Gully Road,] Mudgee.")
	// A British flat, the building's name, then the street.
	checkDialogue(t, "A: What's the address?", "C: It's [ADDRESS Flat 7, Cobden House, 19 Larch Green.]")
	checkFinds(t, "I'm at [ADDRESS Flat 2, Orwell Mansions, 8 Baker Street.]")
	// A British postcode after the town stays the ZIP's, and the address
	// before it is kept, not lost to it.
	checkDialogueIn(t, []bool{false}, "A: Where should we send it?", "C: That's [ADDRESS 21-23 Tanner Hill, Wetherby] [ZIP LS22 4AB.]")
}

// Words that look like a foreign street but are none: "via" and "rue" as
// English words, "Plaza" as a shop, "Calle" as a surname, a count after a
// name, a price.
func TestFind_AddressNameFirstLookalikes(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"I sent it via email 2 days ago.",
		"You'll rue the day, 3 people told me.",
		"I bought it at the Plaza Mall for $25.",
		"Then I spoke to [PERSON Maria] Calle 5 minutes later.",
		"The Brigade 3 tickets were sold out.",
		"We had 4 Via Rail trips booked.",
		"Ask for [PERSON Hans Weber,] 3 of them are coming.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// A flat and a building with a count after them are no street.
	checkFinds(t, "The flat in Cobden Court has 3 bedrooms.")
	// Not asked for an address, a comma before the number or a number
	// inside the name makes no street.
	checkDialogueIn(t, []bool{false}, "A: Who did you speak to?", "C: [PERSON Pedro Salinas,] 41 minutes ago.")
	checkDialogueIn(t, []bool{false}, "C: We saw [PERSON Aleja] 29 Times at the fair.")
	// Not asked for an address, a name and a number are no street.
	checkDialogue(t, "A: How many did you order?", "C: Uh, [PERSON Anna] said 12.")
	checkDialogue(t, "A: Where did the damage happen?", "C: At home, [ADDRESS fifteen oh five Northwest Fourteenth Street.]")
	fs, err := redact.Find(words("calle johnson five minutes ago"), redact.DefaultPolicy())
	if err == nil {
		for _, f := range fs {
			if f.Type == redact.Address {
				t.Errorf("calle johnson five minutes ago: address found")
			}
		}
	}
}

// set9AddressFloor holds set9's ADDRESS recall, measured whole at 0.938
// once the name-first street rules were added (0.682 before; they were
// tuned on its odd dialogues only), less 0.03: a regression floor for
// these rules, beside TestPIIAccuracy_Set9's blind floors.
const set9AddressFloor = 0.90

func TestPIIAccuracy_Set9Addresses(t *testing.T) {
	t.Parallel()
	if os.Getenv("REDACT_EVAL_SET") != "" {
		t.Skip("REDACT_EVAL_SET is set: TestPIIAccuracy measures that set")
	}
	recs := loadEvalSet(t, filepath.FromSlash(set9SetPath))
	policy := evalPolicy()
	total, found := 0, 0
	for _, rec := range recs {
		tr := rec.transcript()
		fs, err := redact.Find(tr, policy)
		require.NoError(t, err, rec.ID)
		cover := wordCover(tr, fs)
		for _, e := range rec.Entities {
			if e.Type != redact.Address {
				continue
			}
			total++
			if e.foundIn(cover) {
				found++
			}
		}
	}
	require.Positive(t, total)
	assert.GreaterOrEqual(t, float64(found)/float64(total), set9AddressFloor, "set9 ADDRESS recall (%d of %d)", found, total)
}
