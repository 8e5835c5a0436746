package redact_test

import (
	"testing"

	"github.com/callveil/callveil/redact"
)

// A name said to someone at a clause's end in a lowercase transcript,
// after a phrase that closes the clause: thanks, farewells, praise,
// agreement, handing over, an adjective opening the turn.
func TestFind_LowercaseNameAfterAClosingPhrase(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	for name, turns := range map[string][]string{
		"thanks, a name that is a verb":    {"C: Got the email this morning, thanks [PERSON Will.]"},
		"thank you, a name that is a noun": {"C: That clears it up, thank you [PERSON Faith.]"},
		"thanks, a noun name, a clause":    {"C: Thanks [PERSON Joy,] that's all I needed."},
		"farewell then closing":            {"C: Bye [PERSON Olamide,] take care."},
		"praise, an unlisted name":         {"P: The plots came out clean.", "Q: Good job [PERSON Tunde.]"},
		"looks good before okay":           {"Q: I pushed the fix.", "R: It looks fine [PERSON Frank,] okay."},
		"sound good plural":                {"P: The new schedule and rota both sound good [PERSON Jack.]"},
		"go ahead":                         {"P: I'd like to add something.", "Q: Sure, go ahead [PERSON Rosa.]"},
		"question to the one named":        {"P: Should we drop the second study, what do you think [PERSON Ilse?]"},
		"adjective after an ack":           {"A: I've refunded the fee.", "C: Okay, perfect [PERSON Rosa.]"},
		"for me, then anything else":       {"A: Tuesday is open.", "C: Tuesday's good for me [PERSON Bilal,] anything else you need?"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, lower, turns...) })
	}
}

// The same words with no name: a noun or a verb after the phrase, an
// adjective inside a noun phrase, a modal before its subject.
func TestFind_LowercaseClosingPhraseBeforeAWordIsNoName(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	for name, turns := range map[string][]string{
		"thanks, a verb after":        {"C: Thanks, hope to hear from you soon."},
		"thanks, a verb, a clause":    {"C: Thanks, hope that helps."},
		"thanks, a modal after":       {"C: Thanks, will you send a copy too?"},
		"go ahead, a verb":            {"A: Go ahead, mark it as resolved."},
		"adjective inside a phrase":   {"C: We had a great summer, okay, thanks."},
		"looks good, a noun goes on":  {"A: It looks good, grace period ends Friday."},
		"okay then a verb":            {"C: Okay, will do."},
		"sure then a verb":            {"C: Sure, hope so."},
		"for me, a noun":              {"C: Can you read the bill for me, bill amount first?"},
		"address term":                {"A: Thank you, sir."},
		"the bill after okay is none": {"C: Okay, the bill came today."},
		"thanks, a noun before i'll":  {"A: Your statement is out.", "C: Thanks, bill, I'll settle it Friday."},
		"okay, a noun before let me":  {"C: Okay, bill, let me look at it."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, lower, turns...) })
	}
}

// Relatives are named after "her", "his", "our", "their" and "your" as
// after "my"; a first name that is also a word, right after a relative or
// a colleague, is a name where it acts; a provider's bill stays a bill.
func TestFind_LowercaseRelativesNamed(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	for name, turns := range map[string][]string{
		"her daughter":                 {"C: I'm ringing for her daughter [PERSON Oyinkansola.]"},
		"their neighbour":              {"C: Their neighbour [PERSON Radoslaw] took the parcel in."},
		"your husband":                 {"A: Your husband [PERSON Prakash] added you as a user."},
		"a word name acts":             {"C: My manager [PERSON Frank] said the upgrade was free."},
		"a noun name before would":     {"C: Our colleague [PERSON Grace] would know the code."},
		"a provider's bill":            {"C: My doctor bill was higher than last month."},
		"a relative, then a modal":     {"C: My brother will sort it out."},
		"asking who is there":          {"A: Hello, is this [PERSON Oluwadamilare?]"},
		"asking, a word after is this": {"A: Is this correct?"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, lower, turns...) })
	}
}

// Asking whether someone is there names them; the same question about a
// thing has its article, or a word after the name that is no whereabouts.
func TestFind_AskedWhetherSomeoneIsThere(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]struct {
		styles []bool
		turns  []string
	}{
		"a word name, there":       {[]bool{false, true}, []string{"C: Hi, is [PERSON Jack] around? He took my order."}},
		"after a greeting":         {[]bool{true}, []string{"C: hello is [PERSON zbigniew] available"}},
		"a name no word, in":       {[]bool{true}, []string{"C: is [PERSON svetlana] in today"}},
		"a thing with its article": {[]bool{true}, []string{"C: is the bill there yet"}},
		"a word name, in":          {[]bool{true}, []string{"C: is rose in bloom yet"}},
		"not a question's opening": {[]bool{true}, []string{"C: the question is grace there or not"}},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueWith(t, redact.DefaultPolicy(), c.styles, c.turns...) })
	}
}

// A first name that is no word ends its clause after "for", "with", "to"
// or "about"; a town named like a person after "from", a word name, or a
// name that goes on into a thing stays unread.
func TestFind_LowercaseNameAfterAPreposition(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	for name, turns := range map[string][]string{
		"for, the turn's end":     {"A: i left the forms at reception for [PERSON svetlana]"},
		"with, then a time":       {"C: i was on the phone with [PERSON oluwaseun] yesterday about it"},
		"to, then please":         {"P: can you pass the draft to [PERSON siddharth] please"},
		"from is a place's":       {"C: the parcel came from florence on monday"},
		"a word name":             {"A: i left a note for grace on the desk"},
		"the name goes on":        {"P: we compared it with kalman filtering last week"},
		"a place named as a name": {"C: we flew to austin on friday"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, lower, turns...) })
	}
}

// A first name that is in no surname list and no word modifies the thing
// after an article; a scientist's surname there, a word name, and a name
// before a verb do not.
func TestFind_LowercaseNameModifyingAThing(t *testing.T) {
	t.Parallel()
	lower := []bool{true}
	for name, turns := range map[string][]string{
		"the name's version":   {"P: i'd rather keep the [PERSON oksana] layout for now"},
		"a name's thing":       {"Q: that's a [PERSON siddharth] special i think"},
		"an eponym":            {"R: we switched to the kalman filter last month"},
		"a word name":          {"P: the bill amount looks wrong"},
		"a surname's modifier": {"Q: the markov assumption breaks there"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, lower, turns...) })
	}
}

// Cased, a name capitalised inside its sentence after a closing phrase
// needs no comma before it; a capitalised brand there stays a brand, and
// a lowercase word a word.
func TestFind_CasedNameAfterAClosingPhraseWithoutAComma(t *testing.T) {
	t.Parallel()
	cased := []bool{false}
	for name, turns := range map[string][]string{
		"sounds good, a word name":   {"C: Sounds good [PERSON Frank,] see you Monday."},
		"go ahead, the sentence end": {"P: I have a question.", "Q: Go ahead [PERSON Rose.]"},
		"praise, an unlisted name":   {"Q: Great job [PERSON Ifeanyichukwu,] thanks."},
		"a brand after thanks":       {"C: Thanks Verizon, bye."},
		"lowercase, a word":          {"C: It looks good bill wise, okay."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, cased, turns...) })
	}
}
