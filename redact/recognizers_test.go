package redact_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// lowerStyle turns a cased, punctuated line into what Kaldi or Sphinx write:
// lowercase, with the punctuation after words dropped.
func lowerStyle(text string) string {
	fs := strings.Fields(strings.ToLower(text))
	for i, f := range fs {
		// Keep the markup's closing bracket, drop sentence punctuation.
		closing := strings.HasSuffix(strings.TrimRight(f, ",.?!;:"), "]")
		f = strings.TrimRight(f, ",.?!;:]")
		f = strings.TrimRight(f, ",.?!;:")
		if closing {
			f += "]"
		}
		fs[i] = f
	}
	return strings.Join(fs, " ")
}

// checkFinds runs Find over the marked line (as written, lowercase without
// punctuation, and in capitals) and checks that
// every marked entity is found with its type, covering its words, and that
// nothing else is.
func checkFinds(t *testing.T, line string) {
	t.Helper()
	for _, style := range []string{"cased", "lower", "upper"} {
		text := line
		switch style {
		case "lower":
			text = lowerStyle(line)
			// The markup's type tags were lowercased too.
			for _, ty := range redact.AllTypes() {
				text = strings.ReplaceAll(text, "["+strings.ToLower(string(ty))+" ", "["+string(ty)+" ")
			}
		case "upper": // Sphinx and some telephony recognisers write capitals only
			text = strings.ToUpper(lowerStyle(line))
		}
		plain, want := marked(text)
		tr := words(plain)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		covered := map[int]bool{}
		for _, e := range want {
			ok := false
			for _, f := range fs {
				if string(f.Type) == e.typ && f.FirstWord <= e.first && f.LastWord >= e.last {
					ok = true
				}
			}
			assert.True(t, ok, "%s: %s %q not found in %q; got %s", style, e.typ, wordsText(tr, e.first, e.last), plain, describe(tr, fs))
			for i := e.first; i <= e.last; i++ {
				covered[i] = true
			}
		}
		for _, f := range fs {
			for i := f.FirstWord; i <= f.LastWord; i++ {
				if !covered[i] {
					assert.Fail(t, "false positive", "%s: %s %q in %q", style, f.Type, redact.MatchedText(tr, f), plain)
					break
				}
			}
		}
	}
}

func wordsText(tr *transcript.Transcript, a, b int) string {
	var s []string
	for i := a; i <= b && i < len(tr.Words); i++ {
		s = append(s, tr.Words[i].Text)
	}
	return strings.Join(s, " ")
}

func describe(tr *transcript.Transcript, fs []redact.Finding) string {
	var s []string
	for _, f := range fs {
		s = append(s, fmt.Sprintf("%s(%q)", f.Type, redact.MatchedText(tr, f)))
	}
	return "[" + strings.Join(s, " ") + "]"
}

func TestFind_Phone(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My number is [PHONE 555-123-4567.]",
		"You can call me at [PHONE 5551234567] any time.",
		"It's [PHONE 555 123 4567,] thanks.",
		"My cell is [PHONE five five five one two three four five six seven.]",
		"Call me back at [PHONE five five five, oh one two, three four five six.]",
		"The number is [PHONE two one two zero zero zero four five six seven.]",
		"Phone number, [PHONE double five five, triple seven, two three four one.]",
		"My number is [PHONE five fifty five, one twenty three, forty five sixty seven.]",
		"My number is [PHONE five 5 5, 1 two 3, 4 5 six 7.]",
		"My number is [PHONE five five five, uh, one two three, um, four five six seven.]",
		"My number is [PHONE five five five like one two three four five six seven.]",
		"Reach me at [PHONE five five five - one two three - four five six seven.]",
		"The number is [PHONE +1 555 123 4567.]",
		"Call [PHONE one eight hundred five five five one two one two.]",
		"My home number is [PHONE five five five one two three four.]",
		"Work number is [PHONE 555-123-4567 extension 42.]",
		"My number is [PHONE (555) 123-4567.]",
		"My number is [PHONE 555.123.4567.]",
		"My cell is [PHONE two one two, uh, no, sorry, two one three five five five zero one nine nine.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_Card(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The card number is [CARD 4111 1111 1111 1111.]",
		"Card is [CARD 4111111111111111,] thanks.",
		"It's [CARD four one one one, one one one one, one one one one, one one one one.]",
		"It's a Visa, [CARD four one one one, uh, one one one one, um, one one one one, one one one one.]",
		"Amex [CARD 3782 822463 10005.]",
		"The expiration date is [CARD_EXPIRY twelve twenty five.]",
		"Expiration is [CARD_EXPIRY 08/27.]",
		"It expires [CARD_EXPIRY August 2029.]",
		"The CVV is [CARD_CVV one two three.]",
		"The security code is [CARD_CVV 4821.]",
		"The three digits on the back are [CARD_CVV seven two nine.]",
		"The last four of the card are [CARD 1234.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_SSN(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My social is [SSN 123-45-6789.]",
		"Social security number [SSN one two three, four five, six seven eight nine.]",
		"SSN is [SSN 123 45 6789.]",
		"The last four of my social are [SSN six seven eight nine.]",
		"Can I get the last four of your social? [SSN 6789.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_Account(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My account number is [ACCOUNT 12345678.]",
		"Account number, [ACCOUNT one two three four five six seven.]",
		"The member ID is [ACCOUNT ABC123456.]",
		"Member ID is [ACCOUNT B M six eight six five two nine.]",
		"The policy number is [ACCOUNT 4471.]",
		"The routing number is [ROUTING 021000021.]",
		"The IBAN is [IBAN DE89370400440532013000.]",
		"It's the payment on order number [ACCOUNT 57005.]",
		"The last four are [SSN 8024,] uh, yeah, member ID's [ACCOUNT YJH7354608.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_ZIP(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The zip code is [ZIP 90210.]",
		"Zip is [ZIP nine oh two one oh.]",
		"I'm in Springfield, Illinois [ZIP 62704.]",
		"The zip plus four is [ZIP 90210-1234.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_Email(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My email is [EMAIL john.smith@gmail.com.]",
		"Email is [EMAIL john dot smith at gmail dot com.]",
		"It's [EMAIL j smith at yahoo dot co dot uk.]",
		"Send it to [EMAIL j o h n at gmail dot com.]",
		"It's [EMAIL mendy nolley twenty nine at outlook dot org.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_Person(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Hi, my name is [PERSON John Smith.]",
		"Thanks for calling, this is [PERSON Sarah,] how can I help?",
		"You're speaking with [PERSON Maria Garcia.]",
		"I'm [PERSON Robert,] I called yesterday.",
		"Yes, [PERSON Mr. Johnson] called.",
		"My first name is [PERSON Bill.]",
		"My last name is [PERSON Nguyen,] spelled [PERSON N G U Y E N.]",
		"Could I ask for [PERSON Grace,] please?",
		"My name is [PERSON Mark.]",
		"I talked to [PERSON Peter Davis] and they said it was fine.",
		"It's [PERSON Allensworth,] spelled [PERSON A L L E N S W O R T H.]",
		"[PERSON John] here, how can I help?",
		"She said her name was [PERSON Amber.]",
		"Hi, this is [PERSON Kevin] from the billing department.",
		"My husband [PERSON Carlos] opened the account.",
		"Thanks so much, [PERSON Mrs. Green,] I have the details.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_PersonCasedOnly(t *testing.T) {
	t.Parallel()
	// Capitalisation is the only evidence here, so a lowercase transcript
	// rightly finds nothing ("will" and "grace" are common words).
	for _, c := range []struct{ text, want string }{
		{"I sent it to Will Turner yesterday.", "Will Turner"},
		{"The letter came from Jennifer Lopez last week.", "Jennifer Lopez"},
		{"City Power, how can I help? Grace Okafor, I'm moving.", "Grace Okafor"},
	} {
		tr := words(c.text)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err)
		require.Len(t, fs, 1, c.text)
		assert.Equal(t, redact.Person, fs[0].Type)
		assert.Equal(t, c.want, redact.MatchedText(tr, fs[0]))
	}
}

func TestFind_Address(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"I live at [ADDRESS 123 Main Street.]",
		"It's [ADDRESS one two three Oak Avenue, apartment 4B.]",
		"The address is [ADDRESS 4821 North Park Blvd, unit 12.]",
		"Ship it to [ADDRESS twelve thirty four Elm Drive.]",
		"It's [ADDRESS 83 W. Cedar Place.]",
		"Send it to [ADDRESS PO Box 1234.]",
		"The new address? [ADDRESS 42 Elm Street, Springfield,] [ZIP 01103.]",
		"It's [ADDRESS 12 Oak Ave, Des Moines, Iowa] [ZIP 50309.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_DOB(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My date of birth is [DOB March third, nineteen eighty five.]",
		"Date of birth [DOB 3/3/85.]",
		"I was born on [DOB the third of March, 1985.]",
		"My birthday is [DOB March 3rd.]",
		"DOB is [DOB oh three, oh three, eighty five.]",
		"Date of birth is [DOB twelve fifteen nineteen ninety.]",
		"I was born in [DOB 1985.]",
		"Birth date [DOB 1985-03-03.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
	// An answer opening with "oh" that looks like the interjection.
	checkDialogue(t, "A: And the date of birth?", "C: [DOB Oh six, oh two, nineteen seventy seven.]")
}

func TestFind_Number(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The code they gave me was [NUMBER five eight nine seven seven six eight eight five] on it.",
		"At the top it says [NUMBER 0467697.]",
		"Your order number is [NUMBER 123456789.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_HardNegatives(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"It's forty nine ninety nine a month.",
		"That comes to $12.50 with tax.",
		"I ordered three items and one of them broke.",
		"Press number one for billing.",
		"The technician comes at 10 am.",
		"Can you come at two thirty?",
		"I opened the account back in 2019.",
		"Rates went up five percent this year.",
		"The app is on version 2.3.1 now.",
		"Your ticket number is 4412.",
		"I'm fine, thanks.",
		"I'm calling about my bill.",
		"This is ridiculous, honestly.",
		"Call me back at noon.",
		"Will that be all?",
		"We also have a Summer Saver plan.",
		"I used to bank with Wells Fargo.",
		"The package should arrive by August 25th.",
		"I'm in Tampa, Florida now.",
		"There's a fee of one hundred forty dollars.",
		"It took about 45 minutes on hold.",
		"I have 2 kids and 3 dogs.",
		"The meeting is at 3:30 tomorrow.",
		"My account balance is 1500 dollars.",
		"The total was twenty two fifty.",
		"Grace period ends on the fifth.",
		"Hope you have a good day, Mark my words.",
		"My IRA account has been frozen since January.",
		"Will you transfer me?",
		"I'm going to Denver next week.",
		"Lincoln Financial sent me a letter.",
		"Room 204 at the Holiday Inn.",
		"I paid two hundred and fifty dollars on the fifth.",
		"Press 1 for English.",
		"The account is in my name, may I place you on hold?",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_CueOnOtherChannel(t *testing.T) {
	t.Parallel()
	// The agent asks on channel 0; the customer answers on channel 1 with
	// no cue of their own.
	tr := &transcript.Transcript{Channels: 2}
	add := func(ch int, text string) {
		for _, w := range strings.Fields(text) {
			at := time.Duration(len(tr.Words)) * 400 * time.Millisecond
			tr.Words = append(tr.Words, transcript.Word{Text: strings.TrimRight(w, "?,."), Punct: w[len(strings.TrimRight(w, "?,.")):],
				Start: at, End: at + 300*time.Millisecond, Channel: ch})
		}
	}
	add(0, "What's the best phone number to reach you?")
	add(1, "Seven five nine, five five five, zero one two four.")
	add(0, "And your social?")
	add(1, "One two three, four five, six seven eight nine.")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	require.Len(t, fs, 2, describe(tr, fs))
	assert.Equal(t, redact.Phone, fs[0].Type)
	assert.Equal(t, 1, fs[0].Channel)
	assert.Equal(t, redact.SSN, fs[1].Type)
}

func TestFind_NumberDoesNotRunAcrossTurns(t *testing.T) {
	t.Parallel()
	tr := &transcript.Transcript{Channels: 2}
	at := time.Duration(0)
	add := func(ch int, text string) {
		for _, w := range strings.Fields(text) {
			tr.Words = append(tr.Words, transcript.Word{Text: w, Start: at, End: at + 300*time.Millisecond, Channel: ch})
			at += 400 * time.Millisecond
		}
	}
	add(1, "my cell is five five five one two one two")
	add(0, "and the zip")
	add(1, "nine oh two one oh")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	require.Len(t, fs, 2, describe(tr, fs))
	assert.Equal(t, redact.Phone, fs[0].Type)
	assert.Equal(t, redact.ZIP, fs[1].Type)
}

func TestFind_PolicyTypesAndMinScore(t *testing.T) {
	t.Parallel()
	tr := words("My name is John Smith and my number is 555-123-4567.")
	p := redact.DefaultPolicy()
	p.Types = map[redact.Type]bool{redact.Phone: true}
	fs, err := redact.Find(tr, p)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, redact.Phone, fs[0].Type)

	p = redact.DefaultPolicy()
	p.MinScore = 0.99
	fs, err = redact.Find(tr, p)
	require.NoError(t, err)
	assert.Empty(t, fs)

	// With PHONE off, the digits are still a long NUMBER.
	tr = words("At the top it says 5551234567 on it.")
	p = redact.DefaultPolicy()
	p.Types = map[redact.Type]bool{redact.Number: true}
	fs, err = redact.Find(tr, p)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, redact.Number, fs[0].Type)
}

func TestFind_FindingsAreSortedAndDisjointPerChannel(t *testing.T) {
	t.Parallel()
	tr := words("My name is John Smith, my email is john dot smith at gmail dot com, card 4111 1111 1111 1111, expiration 12/25, I live at 12 Oak Street.")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	require.NotEmpty(t, fs)
	for i := 1; i < len(fs); i++ {
		assert.Greater(t, fs[i].FirstWord, fs[i-1].LastWord, "overlap or out of order: %s", describe(tr, fs))
	}
	for _, f := range fs {
		assert.Equal(t, tr.Words[f.FirstWord].Start, f.Start)
		assert.Equal(t, tr.Words[f.LastWord].End, f.End)
		assert.GreaterOrEqual(t, f.Score, 0.0)
		assert.LessOrEqual(t, f.Score, 1.0)
		assert.NotEmpty(t, f.Recognizer)
	}
}

func TestFind_NilTranscript(t *testing.T) {
	t.Parallel()
	_, err := redact.Find(nil, redact.DefaultPolicy())
	assert.ErrorIs(t, err, redact.ErrNoTranscript)
}

func TestFind_EmptyTranscript(t *testing.T) {
	t.Parallel()
	fs, err := redact.Find(&transcript.Transcript{}, redact.DefaultPolicy())
	require.NoError(t, err)
	assert.Empty(t, fs)
}

func TestFind_IdentifierTypes(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The IBAN is [IBAN GB82 WEST 1234 5698 7654 32.]",
		"My IBAN, [IBAN GB82WEST12345698765432,] is the one.",
		"The IBAN is [ACCOUNT GB00WEST12345698765432.]", // fails the mod-97 check: still an account id
		"Routing number [ROUTING zero two one zero zero zero zero two one.]",
		"The routing number is [ACCOUNT 123456789.]", // fails the ABA check
		"My medicare number is [MEDICARE 1EG4-TE5-MK73.]",
		"It's [MEDICARE 1EG4TE5MK73] on the card.",
		"My pin is [PIN four four one two.]",
		"The passcode is [PIN 9 1 7 3 5 5.]",
		"My driver's license number is [DRIVER_LICENSE a one two three four five six seven.]",
		"License [DRIVER_LICENSE D4512 9938.]",
		"My passport number is [PASSPORT 5 4 8 1 2 7 7 3 9.]",
		"The passport is [PASSPORT c zero three eight eight one two nine seven.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_SecretsAndNetworkTypes(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My password is [PASSWORD bluebird42.]",
		"The password's [PASSWORD Tango Seven,] I think.",
		"Her mother's maiden name is [PASSWORD Kowalski.]",
		"What was your first pet's name? Uh, it's [PASSWORD Biscuit.]",
		"Do you remember your password? No, I forgot it.",
		"My username is [USERNAME jsmith_84.]",
		"The username is [USERNAME j smith underscore eighty four.]",
		"My IP is [IP_ADDRESS 192.168.1.20.]",
		"The address is [IP_ADDRESS one nine two dot one six eight dot one dot twenty.]",
		"The printer sits at [IP_ADDRESS ten dot oh dot oh dot fifty four] on the office network.",
		"Go to [URL www.example-shop.com/orders] and log in.",
		"It's on [URL example dash shop dot com slash orders.]",
		"Email me at [EMAIL amara dot okafor at gmail dot com.]",
		"Version 2.3.1 is installed.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_LastFourReadAsANumber(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The last four of my social are [SSN eight hundred twelve.]",
		"And the last four are [SSN two thousand and five.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_FillerPhrasesInsideNumbers(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"My number is [PHONE two oh six five five five, you know, oh one nine one.]",
		"The card is [CARD four one one one one one one one, hold on, one one one one one one one one.]",
		"Call me at [PHONE four one two five five five, let me see, zero one three nine.]",
		"You know, I called five times.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_NamesAnsweredAcrossTurnsAndRepeated(t *testing.T) {
	t.Parallel()
	tr := &transcript.Transcript{Channels: 2}
	add := func(ch int, spk, text string) {
		start := time.Duration(0)
		if n := len(tr.Words); n > 0 {
			start = tr.Words[n-1].End + 400*time.Millisecond
		}
		for _, f := range strings.Fields(text) {
			w := transcript.Word{Channel: ch, Speaker: spk, Confidence: -1, Start: start, End: start + 250*time.Millisecond}
			w.Text = strings.TrimRight(f, ",.?!")
			w.Punct = f[len(w.Text):]
			tr.Words = append(tr.Words, w)
			start = w.End + 50*time.Millisecond
		}
	}
	add(0, "agent", "Sure. What's the patient's name?")
	add(1, "caller", "It's Oyinkansola Bakare.")
	add(0, "agent", "Thank you, Oyinkansola. Will that work?")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	var got []string
	for _, f := range fs {
		got = append(got, string(f.Type)+":"+wordsText(tr, f.FirstWord, f.LastWord))
	}
	assert.ElementsMatch(t, []string{"PERSON:Oyinkansola Bakare", "PERSON:Oyinkansola"}, got)
}

func TestFind_SpokenEmailsAndURLsAsPeopleSayThem(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"It's [EMAIL closings at sign firstkey lending dot com.]",
		"Send it to [EMAIL grandpa joe at sign comcast dot net] please.",
		"You can upload it at [URL d m v dot n y dot gov slash insurance] okay.",
		"Upload it at [URL brightwave dot com slash transfer] today.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_SecretsAnsweredAcrossTurns(t *testing.T) {
	t.Parallel()
	tr := &transcript.Transcript{Channels: 2}
	add := func(ch int, text string) {
		start := time.Duration(0)
		if n := len(tr.Words); n > 0 {
			start = tr.Words[n-1].End + 400*time.Millisecond
		}
		for _, f := range strings.Fields(text) {
			w := transcript.Word{Channel: ch, Speaker: []string{"agent", "caller"}[ch], Confidence: -1, Start: start, End: start + 250*time.Millisecond}
			w.Text = strings.TrimRight(f, ",.?!")
			w.Punct = f[len(w.Text):]
			tr.Words = append(tr.Words, w)
			start = w.End + 50*time.Millisecond
		}
	}
	add(0, "For your security question, what city were you born in?")
	add(1, "Ludhiana.")
	add(0, "And what username are you using?")
	add(1, "kboateng_fiber.")
	add(0, "The new password needs 12 characters.")
	fs, err := redact.Find(tr, redact.DefaultPolicy())
	require.NoError(t, err)
	var got []string
	for _, f := range fs {
		got = append(got, string(f.Type)+":"+wordsText(tr, f.FirstWord, f.LastWord))
	}
	assert.ElementsMatch(t, []string{"PASSWORD:Ludhiana", "USERNAME:kboateng_fiber"}, got)
}

func TestFind_ReadBackOfAFoundNumber(t *testing.T) {
	t.Parallel()
	checkFinds(t, "The last four of your social? [SSN Eight hundred and sixty.] That's [SSN zero eight six zero?] Yes.")
}

func TestFind_NameOnSomething(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"What's the name on the rental? [PERSON Maria Benedetti.] Yes, we found it.",
		"Sorry, I meant the store, not my name. We're open Monday through Friday.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_CardNumberResumedAfterAnInterruption(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"The card number? [CARD 4549 1210, hold on, sorry, 3503 4465.] Got it.",
		"And the four-digit code on the front? [CARD_CVV 5 5 1 8.] Done.",
		"Order 4412, hold on, 12 items shipped.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_IBANWithoutACue(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"Go ahead whenever you're ready. [IBAN d e eight nine three seven oh four oh oh four four oh five three two oh one three oh oh oh] and the name.",
		"Yes. [IBAN DE86 4237 5180 7837 5234 63.] Thank you.",
		"We are on it.",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}

func TestFind_ZIPAfterAUnitOrBox(t *testing.T) {
	t.Parallel()
	for _, line := range []string{
		"It's [ADDRESS PO Box 2208,] Sedona, [ZIP 86339.] Got it.",
		"Your order number is [NUMBER 123456789.]",
	} {
		t.Run(line, func(t *testing.T) { t.Parallel(); checkFinds(t, line) })
	}
}
