package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// The rules merged from pii-radio13, pii-names13 and pii-addr9 read words
// either side of their trigger words: short and odd transcripts built
// from those words (a transcript ending on the trigger, one word, empty
// words, punctuation only, two channels, no speakers) must not panic.
func TestFind_NewRulesOnShortAndOddTranscripts(t *testing.T) {
	t.Parallel()
	texts := []string{
		"roger", "roger.", "Roger,", "roger that", "this is roger", "my name is roger", "roger smith",
		"victor", "Victor 4", "bay victor", "charlie 5", "o m n i", "the e v a", "v o x juliet", "star", "the star vega",
		"falcon 9", "unit seven", "Mike one", "one", "okay gustavo", "um okonkwo", "okonkwo is", "here's okonkwo's",
		"this okonkwo's", "okonkwo's", "'s", "calle 26 #", "Calle 26 # 68-35", "# 68-35", "#", "cra 18#63-64", "26 #",
		"the postcode? n w one one", "DE00370400440532013050", "iban DE89", ",", "...", "?", "- -",
	}
	p := redact.DefaultPolicy()
	p.Answers = redact.AnswersAll
	for _, text := range texts {
		for ch := 0; ch < 2; ch++ {
			require.NotPanics(t, func() { _, _ = redact.Find(wordsOn(ch, text), p) }, text)
		}
		// Two channels with the same words, interleaved.
		a, b := wordsOn(0, text), wordsOn(1, text)
		tr := &transcript.Transcript{Channels: 2}
		for i := range a.Words {
			tr.Words = append(tr.Words, a.Words[i], b.Words[i])
		}
		require.NotPanics(t, func() { _, _ = redact.Find(tr, p) }, "two channels: "+text)
		// Empty words and words of punctuation only among them.
		odd := words(text)
		odd.Words = append(odd.Words, transcript.Word{Text: "", Confidence: -1}, transcript.Word{Text: ".", Punct: ".", Confidence: -1})
		odd.Words = append([]transcript.Word{{Text: "", Confidence: -1}, {Text: "?", Confidence: -1}}, odd.Words...)
		require.NotPanics(t, func() { _, _ = redact.Find(odd, p) }, "odd words: "+text)
	}
	_, err := redact.Find(&transcript.Transcript{Channels: 1}, p)
	assert.NoError(t, err)
}

// A customer whose real name is Roger, Victor or Charlie says it the way
// a call centre hears it: the radio rules must leave it a name.
func TestFind_RadioWordsAsCustomersRealNames(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Who am I speaking with?", "C: My name is [PERSON Roger] and I have a question.")
	checkDialogue(t, "A: Thanks for calling.", "C: Hi, this is [PERSON Roger], I'm calling about my bill.")
	checkDialogueIn(t, []bool{true}, "A: thanks for calling", "C: hi this is [PERSON roger] i'm calling about my bill")
	checkDialogueIn(t, []bool{true}, "A: thanks for calling", "C: hi it's [PERSON roger] i need to change my plan")
	checkDialogue(t, "A: Good morning.", "C: [PERSON Roger Smith] calling about an order.")
	checkDialogueIn(t, []bool{false}, "A: Can I have your name and number?", "C: [PERSON Victor] here, my number is [PHONE 555 0100].")
	checkDialogueIn(t, []bool{false}, "A: Can I have your name and number?", "C: It's [PERSON Charlie], [PHONE 555 0100].")
}

// A call sign after "this is" stays a designation, not a name.
func TestFind_CallSignAfterThisIsStaysADesignation(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Tower, go ahead.", "C: Tower, this is Bianca 7, request taxi.")
}

// A radio-alphabet name set off by a comma from a number, or before a
// number that counts something, is a person: "my son Oscar, 12", "Mike 2
// times".
func TestFind_RadioNameBesideACountOrACommaStaysAName(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Who else is on the plan?", "C: My son [PERSON Oscar], 12, and that is all.")
	checkDialogueIn(t, []bool{false}, "A: Who rang you?", "C: [PERSON Mike] 2 times and [PERSON Victor] 3 times today.")
	checkDialogue(t, "A: Where do I park?", "C: Use bay Victor 4 by the loading dock.")
}
