package redact_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// dialogue builds a two-channel call from turns "A: ..." (agent, channel 0)
// and "C: ..." (caller, channel 1), with the [TYPE ...] markup of marked,
// and returns it with the marked entities (transcript word indices). With
// lower, the text is lowercased and unpunctuated first, as Kaldi writes.
func dialogue(lower bool, turns ...string) (*transcript.Transcript, []entity) {
	return dialogueOf(lower, stereoSpeakers, turns...)
}

// dialogueOf is dialogue with the speakers its caller names: speaker gives
// the channel and speaker of a turn's one-letter label ("A" of "A: ...").
func dialogueOf(lower bool, speaker func(label string) (int, string), turns ...string) (*transcript.Transcript, []entity) {
	tr := &transcript.Transcript{Channels: 2}
	var ents []entity
	start := time.Duration(0)
	for _, turn := range turns {
		ch, spk := speaker(turn[:1])
		text := strings.TrimSpace(turn[2:])
		if lower {
			text = lowerStyle(text)
			for _, ty := range redact.AllTypes() {
				text = strings.ReplaceAll(text, "["+strings.ToLower(string(ty))+" ", "["+string(ty)+" ")
			}
		}
		plain, es := marked(text)
		for _, e := range es {
			ents = append(ents, entity{e.typ, e.first + len(tr.Words), e.last + len(tr.Words)})
		}
		for _, f := range strings.Fields(plain) {
			w := transcript.Word{Channel: ch, Speaker: spk, Confidence: -1, Start: start, End: start + 250*time.Millisecond}
			w.Text = strings.TrimRight(f, ",.?!;:")
			w.Punct = f[len(w.Text):]
			if w.Text == "" {
				w.Text, w.Punct = f, ""
			}
			tr.Words = append(tr.Words, w)
			start = w.End + 50*time.Millisecond
		}
		start += 600 * time.Millisecond
	}
	return tr, ents
}

// checkDialogue runs Find over the marked call, cased and lowercase, and
// checks that every marked entity is found with its type and nothing else
// is.
func checkDialogue(t *testing.T, turns ...string) {
	t.Helper()
	checkDialogueIn(t, []bool{false, true}, turns...)
}

// checkDialogueIn is checkDialogue in the given styles only (lower true:
// lowercase and unpunctuated).
func checkDialogueIn(t *testing.T, styles []bool, turns ...string) {
	t.Helper()
	checkDialogueWith(t, redact.DefaultPolicy(), styles, turns...)
}

// checkDialogueWith is checkDialogueIn with policy p.
func checkDialogueWith(t *testing.T, p redact.Policy, styles []bool, turns ...string) {
	t.Helper()
	checkDialogueOfWith(t, p, stereoSpeakers, styles, turns...)
}

// stereoSpeakers is dialogue's assignment of turns: the customer ("C") on
// channel 1, everyone else the agent on channel 0.
func stereoSpeakers(label string) (int, string) {
	if label == "C" {
		return 1, "caller"
	}
	return 0, "agent"
}

// checkDialogueOfWith is checkDialogueWith with the speakers speaker names
// (dialogueOf).
func checkDialogueOfWith(t *testing.T, p redact.Policy, speaker func(label string) (int, string), styles []bool, turns ...string) {
	t.Helper()
	for _, lower := range styles {
		tr, want := dialogueOf(lower, speaker, turns...)
		fs, err := redact.Find(tr, p)
		require.NoError(t, err)
		covered := map[int]bool{}
		for _, e := range want {
			ok := false
			for _, f := range fs {
				if string(f.Type) == e.typ && f.FirstWord <= e.first && f.LastWord >= e.last {
					ok = true
				}
			}
			assert.True(t, ok, "lower=%v: %s %q not found; got %s", lower, e.typ, wordsText(tr, e.first, e.last), describe(tr, fs))
			for i := e.first; i <= e.last; i++ {
				covered[i] = true
			}
		}
		for _, f := range fs {
			for i := f.FirstWord; i <= f.LastWord; i++ {
				if !covered[i] {
					assert.Fail(t, "false positive", "lower=%v: %s %q covers %s's %q", lower, f.Type, redact.MatchedText(tr, f), tr.Words[i].Speaker, tr.Words[i].Text)
					break
				}
			}
		}
	}
}

// A number answering the other speaker's question takes the question's cue,
// however many words the question has after it and whatever the answer
// opens with; a short hold between question and answer does not lose it.
func TestFind_NumberAnswersTheQuestionBefore(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"pin on the account": {"A: Thank you. And the PIN on the account?", "C: Um, I think it's [PIN three three six eight.]"},
		"expiry qualified":   {"A: And the card expiry on the debit card you'll use for the fee?", "C: [CARD_EXPIRY Oh two, twenty nine.]"},
		"cvv on the front":   {"A: And the four digit code on the front for Amex?", "C: [CARD_CVV Two two seven one.]"},
		"after a hold": {"A: Okay, what's the new routing number?", "C: Um, hold on, it's on the check.", "A: No rush.",
			"C: Okay, [ROUTING zero one one, zero zero zero, zero one five.]"},
		"phone on the order":  {"A: Can I get the phone number on the order?", "C: Uh, it's [PHONE 929, um, 555, 0112.]"},
		"claim is no account": {"A: Do you have the claim number?", "C: Yes, it's 3381."},
		"no question":         {"A: Let me pull up your account.", "C: Sure, while you do that, it's 3381 dollars I owe."},
		"an answer is no question": {"A: Can you give me your social security number?", "C: My SSN is [SSN 734 92 9104.]",
			"A: Okay. It's sixty two forty one per month."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// On one channel with two speakers, a number does not run on from one
// speaker into the other's: "claim number 3381" ... "3381" is two numbers.
func TestFind_NumberStopsAtAChangeOfSpeaker(t *testing.T) {
	t.Parallel()
	tr, _ := dialogue(true, "A: okay i'll open a claim it's claim number three three eight one", "C: three three eight one okay")
	for i := range tr.Words {
		tr.Words[i].Channel = 0
	}
	tr.Channels = 1
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	assert.Empty(t, fs, describe(tr, fs))
}

// Number words do not join across the other speaker's turn: "oh three
// thirty" ... "two two seven one" is an expiry and a code, not "0332271".
func TestFind_NumberWordsDoNotJoinAcrossTurns(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Expiration date?", "C: [CARD_EXPIRY oh three thirty]",
		"A: And the four digit code on the front?", "C: [CARD_CVV two two seven one]")
}

// A month and year joined by "of" is an expiry when asked for one.
func TestFind_ExpiryMonthOfYear(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: And the expiration?", "C: That's [CARD_EXPIRY September of 2026.]")
}

// Web addresses as people read them out: "w w w dot" and a name of several
// words, a numbered host, a name of several words after "at", a path after
// "slash" (which makes it no email).
func TestFind_SpokenWebAddresses(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Forms are at [URL w w w dot riverside family dental dot com slash forms] if you need them.",
		"The server is [URL www dot mail three dot acme tools dot net.]",
		"You can pay online at [URL green and gold dot com slash billing.] Thanks.",
		"Send the photo through [URL claims dot harbor mutual dot com slash upload] please.",
		"I'll be at home all day, so dot the form and send it.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// A backchannel on the other channel ("yes" said over the agent's words)
// does not cut the number the agent is reading back.
func TestFind_BackchannelDoesNotSplitANumber(t *testing.T) {
	t.Parallel()
	tr, _ := dialogue(true, "A: and the last four of your social", "C: six hundred forty", "A: thank you that's zero six four zero your card is active")
	ms := time.Millisecond
	var yes transcript.Word
	for i, w := range tr.Words {
		if w.Text == "four" && w.Channel == 0 && i > 10 {
			// "yes" from the caller, starting inside the agent's "six".
			yes = transcript.Word{Text: "yes", Channel: 1, Speaker: "caller", Confidence: -1, Start: tr.Words[i-1].End - 100*ms, End: w.Start + 20*ms}
			tr.Words = append(tr.Words[:i:i], append([]transcript.Word{yes}, tr.Words[i:]...)...)
			break
		}
	}
	require.Equal(t, "yes", yes.Text)
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	assert.Contains(t, describe(tr, fs), `SSN("zero six four zero")`)
}

// Answers to security questions: a surname or a place is the answer, not a
// name; the usual questions in their usual wordings; "that would be"
// before the answer; a negated cue gives way to the one it corrects; in a
// transcript without punctuation, a security question's cue right before
// its answer.
func TestFind_SecurityAnswers(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"maiden name is no person": {"A: And your mother's maiden name, please, so I can make the change?", "C: [PASSWORD Okonkwo.]"},
		"that would be":            {"A: What was the name of your first pet?", "C: Oh, um, that would be [PASSWORD Pickles.]"},
		"where parents met":        {"A: And the city where your parents met?", "C: [PASSWORD Tulsa.]"},
		"best friend":              {"A: What was your childhood best friend's name?", "C: [PASSWORD Rukhsana.]"},
		"not the password":         {"A: Just the username, not the password.", "C: It's [USERNAME dee_ferreira_bakes.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
	for _, line := range []string{
		"and for security your mother's maiden name [PASSWORD castellanos] thank you",
		"what was the name of your first pet [PASSWORD whiskers] thank you",
		"i forgot my password yesterday and it locked",
	} {
		t.Run(line, func(t *testing.T) {
			t.Parallel()
			plain, want := marked(line)
			tr := words(plain)
			fs, err := redact.Find(tr, redact.DefaultPolicy())
			require.NoError(t, err)
			var got []string
			for _, f := range fs {
				got = append(got, string(f.Type)+":"+wordsText(tr, f.FirstWord, f.LastWord))
			}
			var exp []string
			for _, e := range want {
				exp = append(exp, e.typ+":"+wordsText(tr, e.first, e.last))
			}
			assert.ElementsMatch(t, exp, got)
		})
	}
}

// "One" after "the real", "this", "the new" with punctuation after it is a
// pronoun, not the first digit of the number that follows; so it is
// without punctuation after a determiner and an adjective ("my current
// one") or at the end of a turn ("the expiry on that one?").
func TestFind_OneAsAPronounBeforeANumber(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Card number?", "C: Sorry, that was the old card. Okay, the new one: [CARD 5392 8465 6321 2233.]")
	// Without punctuation: "one" after an adjective, or ending a turn.
	checkFinds(t, "i need to change the billing zip code please put the new one [ZIP nine oh two one oh]")
	checkDialogue(t, "A: Which card? The Visa?", "C: Yes, the Visa.", "A: Okay, and the expiry on that one?", "C: [CARD_EXPIRY Oh nine, twenty eight.]")
}

// "And the code?" while a card is being read asks for its security code;
// a promo code or a passport's expiry is no card's.
func TestFind_CodeAndExpiryInContext(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"code after a card": {"A: Card number?", "C: [CARD 5392 8465 6321 2233.]", "A: Expiration?", "C: [CARD_EXPIRY Oh one, twenty eight.]",
			"A: And the code?", "C: [CARD_CVV Seven oh four.]"},
		"promo code": {"A: Do you have a promo code?", "C: Yes, it's 4417."},
		"three on the back": {"A: Card number?", "C: [CARD 4716 2290 1833 5101.]", "A: Security code?",
			"C: The three on the back are [CARD_CVV eight two six.]"},
		"code starting oh": {"A: Card number?", "C: [CARD 4716 2290 1833 5101.]", "A: And the security code on the back?",
			"C: [CARD_CVV Oh, two, nine.]"},
		"passport expiry":   {"A: And the expiration date of the passport?", "C: March, twenty thirty one."},
		"passport expiry 2": {"A: And the expiration on the passport?", "C: Twenty thirty one, I think."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A username read without punctuation stops before the next clause, and
// "as" after a name cue is no name.
func TestFind_ValuesStopAtTheNextClause(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"my username is [USERNAME solveig l eighty one] i'll send a reset link",
		"okay and your name as it appears on the card",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

// An ID that starts with letters: capitals before the digits ("WQP 8820
// 1173"), spelled letters (also "a" and "i") and "dash" between the groups.
func TestFind_IDsStartingWithLetters(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: May I have the member ID?", "C: Sure, it's [ACCOUNT KTR 5512 0937.]")
	checkDialogueIn(t, []bool{true}, "A: can i get the account number", "C: yeah it's [ACCOUNT r d dash five five one two dash oh nine three seven]")
	// ("a" and "i" are words, but not before "dash" and the ID.)
	checkDialogueIn(t, []bool{true}, "A: and the policy number", "C: it's [ACCOUNT a i dash six two oh four dash one one eight]")
}

// Agents' introductions with names outside the name lists: "this is X"
// followed by the rest of the greeting, "X speaking"; names spelled with
// letters beyond ASCII are repeated like any other.
func TestFind_IntroductionsWithUnlistedNames(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"harbor water district this is [PERSON aelfric] what's the account address",
		"thanks for calling this is [PERSON brynhildur] can i get your name",
		"good morning orchard dental [PERSON thandiwe] speaking",
		"Who's speaking? The doctor is speaking with a patient.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	checkDialogueIn(t, []bool{false}, "A: Who am I speaking with?", "C: I'm [PERSON Joaquín Barrientos.]", "A: What can I do for you, [PERSON Joaquín?]")
	// (A common word as a name shows only by its capital.)
	checkDialogueIn(t, []bool{false}, "A: Orchard Dental, [PERSON Summer] speaking. How can I help?")
}

// A name that is also a word ("Hope", "Mark") counts again where it is
// said to its owner ("thanks hope and ..."), and only there ("mark the box").
func TestFind_NameThatIsAWordRepeatedInAddress(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Riverside Library, my name is [PERSON Hope.]", "C: Hi [PERSON Hope,] I'm returning a book.",
		"A: Okay, mark the box as returned and leave it in the slot.")
}

// An ID read out of reach of its cue takes its type from what the talk
// was about, when its shape fits: a valid routing number after talk of
// routing, a passport's shape after talk of a passport, a licence's after
// talk of a driver's license, a long number after talk of an account (also
// one of a phone's length grouped unlike a phone number, 4-4-2).
// A number of another shape, or one with no such talk, keeps what it had.
func TestFind_IDTypedByTheTopicOfTheTalk(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"routing": {"A: And what's the routing number, so I can set up the transfer for you today?",
			"C: Okay, let me find the checkbook, it's somewhere in the drawer, here, [ROUTING zero one one, zero zero zero, zero one five.]"},
		"passport": {"C: The app keeps asking for my passport and then it fails.", "A: I can add it for you. What does it say?",
			"C: I have it here. It's [PASSPORT K48193027.]"},
		"license":           {"A: We'll need the driver's license for the second driver too.", "C: Sure, she's from Ohio, so it's [DRIVER_LICENSE RT 554 812.]"},
		"account":           {"A: Which account are you paying from?", "C: My checking. I'll give you the whole thing, [ACCOUNT 7 7 0 1 9 2 2 7 5 2 2.]"},
		"account in groups": {"A: And which account should that come out of?", "C: Savings, please: [ACCOUNT 3381 0462 75.]"},
		"no topic":          {"A: What's the reference on the letter?", "C: It's [NUMBER K48193027.]"}, // (the catch-all for long digit runs)
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// A card's number, expiry and code read in one breath; "expiration and
// code?" answered as one run of digits or as two values.
func TestFind_CardReadInOneBreath(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: And a card for the deposit?", "C: Sure, [CARD 5392 8465 6321 2233,] [CARD_EXPIRY 11/28,] [CARD_CVV 305.]")
	checkDialogueIn(t, []bool{false}, "A: Expiration and security code?", "C: [CARD_EXPIRY 03/29,] and [CARD_CVV 772.]")
	checkDialogueIn(t, []bool{true}, "A: card number", "C: [CARD five three nine two eight four six five six three two one two two three three]",
		"A: expiration and code", "C: [CARD_EXPIRY oh three twenty nine] [CARD_CVV seven seven two]")
	checkDialogueIn(t, []bool{false}, "A: The total is $38.47, card number?", "C: [CARD 5392 8465 6321 2233,] and 12 items.")
}

// A Medicare number read letter by letter: "oh" between letters is a zero,
// "the Medicare number on the card" asks for the Medicare number, "four a"
// is no "per" amount, and a valid MBI is one whatever the card is called.
func TestFind_MedicareNumberReadOut(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"what's the medicare number on the card [MEDICARE seven k oh two x w four f g six one] and your name",
		"and your medicare number [MEDICARE three p six two x c oh x j five five] thank you",
		"read me the number on your red white and blue card [MEDICARE four a oh four x w nine m t two two] and your name",
		"it's ten forty a month for the plan",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// Read again character by character, ending a sentence before "Oh".
	checkDialogueIn(t, []bool{false}, "C: His card says [MEDICARE 5KT3-WE7-FH29.] The letter says [MEDICARE 5 K T 3, W E 7, F H 2 9.] Oh, they match.")
}

// A secret set "to be" something after it was named, a username "for
// recovery is" ..., a gamer tag, a password that looks like an ID; and the
// words that only talk about a password.
func TestFind_SecretsSetAndNamed(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"password set":     {"A: I've sent the link. Can you choose a new password now?", "C: Yeah, hold on. Okay, I made it [PASSWORD tangerine canyon 71.]"},
		"pin set":          {"A: Next time you'll need your phone PIN too. What would you like it to be?", "C: [PIN Five two two five.]"},
		"pin want":         {"A: Your temporary PIN goes out by text.", "C: Can I just set it now? I want it to be [PIN 3190.]"},
		"for recovery":     {"A: Your new username for recovery is [USERNAME pmaguire.backup.]", "C: Thanks."},
		"gamer tag":        {"A: What's your gamer tag?", "C: [USERNAME RiverFox_Ola3.]"},
		"account password": {"A: To verify, what's the account password?", "C: It's [PASSWORD marigold2011.]"},
		"talk only":        {"C: It keeps saying my password is wrong.", "A: Okay, set a new password.", "C: Okay, done. Great."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// An agent's name that ends the greeting turn, or that "hi" follows.
func TestFind_IntroductionEndsTheTurn(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: thank you for calling lakeshore savings this is [PERSON radegund]", "C: hi i need to move some money")
	checkFinds(t, "you've reached northgate online banking this is [PERSON wilhelmina] hi i got a letter")
}

// Without capitals: a name outside the lists that answers "what's the
// recipient's name?", a nickname after "everyone calls me"; a business's
// name and "will" as a verb are neither.
func TestFind_UnlistedNamesAnsweredInLowercase(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"recipient": {"A: lovely what's the recipient's name", "C: [PERSON svanhildur egilsdottir]", "A: and the delivery address"},
		"nickname":  {"A: can i get a name for the order", "C: yeah it's [PERSON obinna] but everyone calls me [PERSON obi]", "A: okay [PERSON obi] and a phone number"},
		"business":  {"A: and the company name", "C: brightloom trading limited"},
		"will":      {"A: lighthouse broadband this is [PERSON will] how can i help", "C: hi [PERSON will] um i'm moving", "A: sure will you need it by friday"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{true}, turns...) })
	}
}

// A cue qualified with one word between ("on the service order"), "the
// one ending ...", "a different one: ...", a spouse's SSN after talk of a
// social, a numbered county road.
func TestFind_MoreWaysOfSayingIt(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"service order": {"A: What's the phone number on the service order?", "C: [PHONE 865-555-0143.]"},
		"one ending":    {"C: Can you refund the shipping to my card? It's the one ending [CARD 2291.]"},
		"different one": {"A: Same card as last time?", "C: No, please use a different one: [CARD 5392 8465 6321 2233.]"},
		"spouse ssn": {"A: And your social security number?", "C: [SSN 212 55 9031.]", "A: And your spouse's?",
			"C: Her name is [PERSON Talia,] and hers is [SSN 312 40 7719.]"},
		"county road": {"A: What's the delivery address?", "C: [ADDRESS 2140 County Road 11,] out past the grain elevator."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogueIn(t, []bool{false}, turns...) })
	}
}

// "One second" inside a card number is a pause, not a digit.
func TestFind_OneSecondInsideANumber(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: And the card number?", "C: [CARD 5392 8465 one second, hold on, 6321 2233.]")
}

// A 13-digit card number broken off by "I mean, sorry" and resumed.
func TestFind_ThirteenDigitCardResumed(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: okay what can i do for you", "C: i need my card replaced it's [CARD four three nine eight two five nine i mean sorry seven nine one nine oh seven]")
}

// A written ZIP+4 after an address is a ZIP code, not an ID of the topic.
func TestFind_ZIPPlusFourAfterAnAddress(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Your license number, please?", "C: It's [DRIVER_LICENSE Y7730152.]", "A: And the new address?",
		"C: [ADDRESS 77 Harbor Street, Tacoma,] [ZIP 98402-3310.]")
	checkDialogueIn(t, []bool{false}, "A: Service address?", "C: [ADDRESS 400 Pike Market, Tacoma,] [ZIP 98402-3310.]")
}

// "Three hundred and three." ends where the sentence or turn does: the
// read-back "zero three zero three" after it is another number.
func TestFind_HundredsEndAtTheSentence(t *testing.T) {
	t.Parallel()
	tr, _ := dialogue(false, "A: And the last four of your Social?", "C: Three hundred and three.", "A: Zero three zero three, thank you.")
	for i := range tr.Words {
		tr.Words[i].Channel = 0 // one channel, two speakers
	}
	tr.Channels = 1
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	assert.Equal(t, `[SSN("Three hundred and three") SSN("Zero three zero three")]`, describe(tr, fs))
}

// "Or, no, wait, ..." corrects the number before it, which keeps its cue.
func TestFind_CorrectionWithOr(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: And the account PIN?", "C: Oh, um. The PIN is [PIN 4 4 0 9.] Or, no, wait, [PIN 4 4 9 0.]")
}

// An area code said before a short interruption belongs to the number
// after it; a count said before a seven-digit number does not.
func TestFind_AreaCodeBeforeAnInterruption(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{true}, "A: and a contact phone number", "C: [PHONE six one seven you know the office five five five oh one two two]")
	checkDialogueIn(t, []bool{true}, "A: and the phone", "C: [PHONE nine one two uh hold on my kid's yelling five five five oh one three four]")
	checkDialogueIn(t, []bool{false}, "C: I ordered 12 of them, the number is [PHONE 555-0188.]")
	// "the chicago one" is a pronoun; "on the back one one seven" is not.
	checkDialogueIn(t, []bool{true}, "A: and a number where we can reach you", "C: [PHONE three one two uh the chicago one five five five oh one four nine]")
	checkDialogueIn(t, []bool{true}, "A: card number", "C: [CARD four seven one six two two nine oh one eight three three five one oh one]",
		"A: and the code", "C: the three digits on the back [CARD_CVV one one seven]")
}

// A cued account number too short to be one, read on after a few words
// ("the one in bold"), is one account number.
func TestFind_AccountNumberReadOnAfterAnAside(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: What's the account number on the bill?", "C: [ACCOUNT Four two oh, uh, the one in bold, seven seven one nine three.]", "A: Thanks.")
}

// Spoken emails at country domains outside the usual few.
func TestFind_EmailAtACountryDomain(t *testing.T) {
	t.Parallel()
	checkFinds(t, "and what email did you have before [EMAIL mika dot sato at ocn dot ne dot jp] and for verification")
}

// A web address whose name is several words, given as the answer to "what's
// the domain?" or after "my website".
func TestFind_WebAddressNamedInWords(t *testing.T) {
	t.Parallel()
	checkFinds(t, "what's the domain you're calling about it's [URL hallberg ceramics dot com] okay and your name")
	checkFinds(t, "my website [URL bread on main dot com] is showing someone else's page")
}

// Four to six digits said right after talk of a PIN are the PIN; the same
// digits far from any such talk are nothing.
func TestFind_PINByTheTopic(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: To authorize, please enter your PIN on the keypad. Or you can say it.", "C: Sure, go ahead and take [PIN 55120.]")
	checkDialogueIn(t, []bool{false}, "A: How many miles are on the car?", "C: About 55120.")
}

// Two values asked for in one breath: the first answer takes the first cue.
func TestFind_TwoValuesAskedTogether(t *testing.T) {
	t.Parallel()
	checkFinds(t, "sure i need the last four of your social and your zip code [SSN six hundred and twelve] and the zip is [ZIP nine oh two one oh]")
}

// Four digits asked for, "Oh, oh, four, seven." said: the first "oh" is a
// zero, not the interjection.
func TestFind_LastFourStartingWithOh(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Let me verify you first. The last four of your Social?", "C: [SSN Oh, oh, six, one.]", "A: And your name?")
}

// A loyalty or frequent-flyer number is an account; a whole account
// number read where "ending in" led one to expect only its end is too.
func TestFind_LoyaltyAndWholeAccountNumbers(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: Can I have your frequent flyer number?", "C: [ACCOUNT R T 5 5 1 2 0 9 3 7.]")
	checkDialogueIn(t, []bool{false}, "C: And the account ending in, um, I'll read the whole thing: [ACCOUNT 4410-7729-13.]")
}

// A username said again in another written form is still the username.
func TestFind_UsernameReadBackInAnotherForm(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: What username are you using?", "C: [USERNAME tmensah_bakes.]", "A: Ah, I see it as [USERNAME tmensah.bakes,] with a dot.")
}

// A password read back word by word with its symbols named, and "the new
// one is ..." after a password was to be changed.
func TestFind_PasswordReadBackAndNewOne(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "A: I've reset it. The temporary password is [PASSWORD Maple!Kite48.]", "C: [PASSWORD Maple, exclamation point, Kite 48?]", "A: Yes.")
	checkDialogueIn(t, []bool{false}, "A: Please change your password.", "C: Done. The new one is [PASSWORD Saffron-Otter-5521.]")
}

// A number given again after "no, wait", "sorry", "actually" corrects the
// found number before it and takes its type, also a few words on ("no,
// hold on, that's my old ZIP, it's ...") and over a correction of a
// correction; a number with a cue of its own is not a correction, nor is
// one whose "no, wait" takes back other words.
func TestFind_NumberCorrectedAfterItWasFound(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"pin": {"A: What's your account PIN?", "C: I think it's [PIN 4 1 8 2 6.] No, hold on, that's my old ZIP. It's [PIN 6 0 3 9.]"},
		"last four twice": {"A: Last four of your social?", "C: [SSN Two thousand and eight.]", "A: [SSN Two zero zero eight?]",
			"C: No, wait, [SSN two zero eight zero.] Sorry, actually [SSN two eight zero zero.]"},
		"a year":         {"A: What's your account PIN?", "C: It's [PIN 5 5 1 2.] No, sorry, I opened it back in 2019."},
		"an amount":      {"A: What's your account PIN?", "C: It's [PIN 5 5 1 2.] No wait, it was 550 dollars I paid."},
		"not taken back": {"A: ZIP code?", "C: It's [ZIP 9 7 2 0 1,] and the house was built in, no wait, 1964."},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// Part of a found card number read again ("say the end again?") is the
// card's.
func TestFind_PartOfANumberReadAgain(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: Which card would you like to use?", "C: [CARD 4716 2290 1833 5101.]",
		"A: Sorry, you broke up at the end. Can you say the end again?", "C: [CARD Five one oh one.]")
}

// An IBAN or a Medicare number broken off by a few words ("sorry, one
// moment", "was that a t? yes") and read on: the whole passes the check
// (an IBAN of its country's length, an MBI's pattern), so it is one ID.
func TestFind_IDResumedAfterAnInterruption(t *testing.T) {
	t.Parallel()
	checkDialogue(t, "A: What's the IBAN for the transfer?",
		"C: [IBAN F R nine two three one four four seven oh two oh one eight oh five, sorry, one moment, five two oh nine three seven seven one eight four five.]",
		"A: Thank you.")
	checkDialogue(t, "A: And your Medicare number, please?",
		"C: Sure, [MEDICARE five k t three, um, was that a t? Yes, w e seven f h two nine.]", "A: Thank you.")
}

// A cued number broken off by "sorry", "I mean", "wait" and read on is one
// number when the parts add up to its length (a social's 9 digits, a
// phone's 10, a ZIP's 5); a restart ("four one two, wait, no, four one
// three ...") does not add up: the restart is the number, and its
// abandoned start is redacted with it.
func TestFind_NumberBrokenOffAndReadOn(t *testing.T) {
	t.Parallel()
	for name, turns := range map[string][]string{
		"ssn":          {"A: And your social?", "C: [SSN Five two seven, sorry, three one, four four oh eight.]"},
		"phone":        {"A: What's the phone number on the account?", "C: [PHONE Nine one nine five five five, I mean, oh one three seven.]"},
		"zip":          {"A: ZIP code?", "C: [ZIP Six oh six, wait, one four.]"},
		"restart":      {"A: And your social?", "C: [SSN Five two seven, wait, no, five two eight, three one, four four oh eight.]"},
		"card restart": {"A: Card number?", "C: [CARD Four seven two, no, sorry, four seven one six, two two nine oh, one eight three three, five one oh one.]"},
		"oh sorry":     {"A: And the ZIP?", "C: Six oh, oh sorry, [ZIP six oh six one four.]"},
		"sentences":    {"A: And a callback number?", "C: Sure. [PHONE Nine one nine. Five five five. Oh two eight one.]"},
	} {
		t.Run(name, func(t *testing.T) { t.Parallel(); checkDialogue(t, turns...) })
	}
}

// A number with a country code ("+44 ...", "plus four four ...") is a
// phone number of up to 15 digits; "plus four" after a ZIP code asks for
// its last four digits, which are the ZIP's.
func TestFind_InternationalPhoneAndPlusFour(t *testing.T) {
	t.Parallel()
	checkDialogueIn(t, []bool{false}, "C: The Lyon office is on [PHONE +33 4 78 92 61 05.]")
	checkDialogue(t, "A: Is there a number abroad we can use?", "C: Yes, [PHONE plus three five three, one, eight oh four, two two one seven.]")
	checkDialogue(t, "A: And the ZIP code with the plus four?", "C: [ZIP Six oh six one four,] and the plus four is [ZIP two two oh one.]")
	checkDialogueIn(t, []bool{false}, "C: It came to 80 dollars, plus 1200 for the install.")
}
