package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// A name said with "'s" and no cue is a person's: cased, any capitalised
// name word inside its sentence (a listed first name, even one that is a
// word, a listed surname, or an unknown word that is no English word);
// lowercase, a listed first name that is no common word, or a first name
// that is a word when "'s" stands for "has" before what people do.
func TestFind_SpokenPossessive(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"listed first name":  {"C: The plan came out of [PERSON Rebecca's] notes from Tuesday."},
		"unknown word cased": {"C: We reran it with [PERSON Okonkwo's] settings and it got better."},

		"has been": {"C: I think [PERSON Greg's] been fixing the build all week."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	// Cased only: a first name that is a word, and unknown words, need
	// their capital.
	for name, turns := range map[string][]string{
		"word first name": {"C: The spreadsheet was [PERSON Bill's] idea, not mine."},
		"unknown, cased":  {"C: So we borrowed [PERSON Thandeka's] laptop for the demo."},
		"surname alone":   {"C: Honestly the draft follows [PERSON Lindqvist's] outline quite closely."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
	for name, turns := range map[string][]string{
		"lower word verb": {"C: i guess [PERSON don's] been busy with the scripts"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// Words stay words before "'s": a place, a brand, a weekday, a noun after
// an article, a business named with a possessive, and a sentence's first
// word in a cased transcript.
func TestFind_SpokenPossessive_KeepsWords(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"I read that Canada's rules on this changed in the spring.",
		"We should look at Monday's numbers before we decide.",
		"The team picked up lunch at Wendy's on the way back.",
		"it was the bill's second reading in the house",
		"Nokia's phones had this feature years ago.",
		"The Gaussian's variance is too small here.",
		"today's meeting is short and tomorrow's is long",
		"i think san jose's a good area to live",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		assert.Empty(t, fs, "%q: %s", line, describe(tr, fs))
	}
}

// A name said to the one spoken to, set off by commas, is a person even
// when it is in no list: between commas inside a sentence, after a comma at
// its end, or opening it before a comma and a question.
func TestFind_VocativeSlot(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"between commas": {"C: So what that means, [PERSON Okonkwo,] is that we start over."},
		"at the end":     {"C: That's a fair point, [PERSON Thandeka.]"},
		"asked first":    {"C: [PERSON Okonkwo,] could you send me the slides later?"},
		"word name":      {"C: Did you want another one, [PERSON Rose?]"},
		"i clause":       {"C: [PERSON Thandeka,] I don't think the numbers are in yet."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// The comma slots stay empty for a town after an address or a list of
// capitalised words, a place, a language, a discourse word, and a
// capitalised product after a comma.
func TestFind_VocativeSlot_KeepsWords(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Send it to Kasvu 15, Tamsalu.",
		"We flew out of Toronto, Canada.",
		"Okay, so what do we do now?",
		"Right, I think that's everything.",
		"The notes are in Spanish, German.",
		"We can run it on the server, Tuesday.",
		"Well, do you want to stop there?",
		"The report, Matlab, and the scripts are on the disk.",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotEqual(t, redact.Person, f.Type, "%q: %s", line, describe(tr, fs))
		}
	}
}

// A capitalised word inside a sentence that does what a person does ("X
// said", "X couldn't", "X and I") is a person, listed or not; a capitalised
// first name that is a word too.
func TestFind_ActsAsPerson(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"said":      {"C: Last week [PERSON Okonkwo] said the numbers were off."},
		"couldn't":  {"C: We moved it because [PERSON Thandeka] couldn't make Tuesday."},
		"and i":     {"C: So [PERSON Okonkwo] and I went through the slides."},
		"word name": {"C: And then [PERSON Chuck] suggested we drop the last test."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// A name said twice across a restart is both sayings: "Rebecca's,
// Rebecca's".
func TestFind_NameRestart(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: Oh that one is, [PERSON Rebecca's, Rebecca's,] um, I'll ask her.")
}

// A name that is a sentence of its own calls on someone ("Okonkwo?");
// a listed first name opening a sentence before what people do is its
// subject ("Priya really said"); a listed first name after "by", "from",
// "with" is a person's when one word ("the fix from Dan works").
func TestFind_NameAloneAndSubjects(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"alone, asked":    {"C: Who's next then? [PERSON Okonkwo?] Go ahead."},
		"opening subject": {"C: [PERSON Priya] really said she'd finish it."},
		"after by":        {"C: The scripts were rewritten by, by [PERSON Joel] using the new setup."},
		"after from":      {"C: It's obvious from [PERSON Joel] that it needs more time."},
		"a number first":  {"C: Was that two, [PERSON Thandeka?]"},
		"noun then 's":    {"C: Some of what [PERSON Bill's] been saying fits here."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// Alone in its sentence, a common word, a product or the town after a
// house number stays a word; "a" or "from" before a name of two
// capitalised words is an item or a firm.
func TestFind_NameAloneAndSubjects_KeepWords(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Right. Okay. Sure.",
		"Which one did you use? Linux.",
		"Can I get a Chai Latte, please?",
		"There's a charge from Joel Telepresence I never made.",
		"It goes to 14 Elm Road. Hadleigh.",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			if f.Type == redact.Person {
				assert.Fail(t, "a person found", "%q: %s", line, describe(tr, fs))
			}
		}
	}
}

// Lowercase and unpunctuated, a name word (a listed first name that is no
// common word, of any rank, or a word in no list that is no English word)
// is a person before what people do, at a turn's end after "you" or
// "please", or opening a turn before a question; not after a preposition
// or an article, where it is a thing or a place.
func TestFind_LowercaseNamesInTalk(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"subject":        {"C: we moved it because [PERSON okonkwo] couldn't make tuesday"},
		"adverb verb":    {"C: so [PERSON thandeka] actually suggested we drop it"},
		"and i":          {"C: [PERSON okonkwo] and i went over the slides"},
		"turn end":       {"C: could you pass me the other cable please [PERSON thandeka]", "A: sure here"},
		"turn start":     {"A: i think that's all i had", "C: [PERSON okonkwo] do you have anything for us"},
		"possessive has": {"C: i think [PERSON okonkwo's] gonna run the next one"},
		"full name":      {"C: [PERSON olga tesoro] called about the same thing"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for _, line := range []string{
		"it was trained on macrophone can't we try another one",
		"i studied in victoria and i am the designer",
		"we talked about smartkom do you know it",
		"she just su suggested we stop",
		"okonkwo why i asked is the rent",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			if f.Type == redact.Person {
				assert.Fail(t, "a person found", "%q: %s", line, describe(tr, fs))
			}
		}
	}
}

// More of talk's forms: two name words joined by "and"; the one invited
// to "go" (lowercase, a word in no list); a first name with "'s" said
// twice (lowercase); and a listed first name after "by" or "from" that
// the place rule would take (lowercase).
func TestFind_TalkPairsRestartsAndInvitations(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"pair cased": {"C: It's close to what [PERSON Rebecca] and [PERSON Okonkwo] tried last year."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
	for name, turns := range map[string][]string{
		"pair lower":     {"C: it's close to what [PERSON rebecca] and [PERSON gustavo] tried last year"},
		"go":             {"C: okay do you want to go [PERSON okonkwo] we have ten minutes"},
		"restart lower":  {"C: that one is [PERSON greg's greg's] uh he'll fix it"},
		"by a name":      {"C: the labels were made by by [PERSON greg] using the old aligner"},
		"from a name":    {"C: it's clear from [PERSON greg] that we need more time"},
		"than a name":    {"C: she got further than [PERSON greg] did"},
		"one name has":   {"C: i think the one [PERSON greg] has works fine"},
		"go ahead, name": {"C: go ahead [PERSON thandeka] we're listening"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for _, line := range []string{
		"We bought salt and pepper, and bread.",
		"The Will of the people, and in May we vote.",
		"i think the rose garden and the lily pond are nice",
		"let's go home now",
		"do you want to go ahead anyway",
		"it will will work",
		"the bill's bill's total was high",
		"a letter from paris arrived",
		"the memo came from Wells and Fargo Partners",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			if f.Type == redact.Person {
				assert.Fail(t, "a person found", "%q: %s", line, describe(tr, fs))
			}
		}
	}
}

// Lowercase, a listed name that is no word said between a filler or a
// discourse marker and another, or before the speaker's "i" or a
// question, is the one spoken to; an English word there stays a word.
func TestFind_LowercaseNameBetweenMarkers(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"okay name okay": {"C: that's the last slide okay [PERSON gustavo] okay any questions"},
		"um name i":      {"C: for the next part um [PERSON gustavo] i would like the budget"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
	for _, line := range []string{
		"okay uh rubber um that's the material",
		"well uh linux um we tried it",
		"so um monday okay we start",
	} {
		tr := words(line)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		for _, f := range fs {
			if f.Type == redact.Person {
				assert.Fail(t, "a person found", "%q: %s", line, describe(tr, fs))
			}
		}
	}
}
