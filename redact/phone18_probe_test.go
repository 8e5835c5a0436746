package redact_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// phone18Probe is a probe written before reading any evaluation set's
// phone numbers or the detector's output on them, in words of its own:
// people reading their phone numbers to an agent as they really do. Each
// entry is a call, its turns split by " | ", "A: " the agent (channel 0)
// and "C: " the caller (channel 1). Markup: [PHONE words] must be covered
// by PHONE findings (fillers and correction words inside it are
// optional); [OK words] may be covered by anything; [HN words] must be
// covered by no finding; [NP words] by no PHONE finding (a card's last
// four or an order number may be CARD, ACCOUNT or NUMBER). An entry that
// starts with "asr " is a recogniser's lowercase rendering and is scored
// once, as written; the others are scored as written and lowercased
// without punctuation. Every number is made up.
var phone18Probe = []string{
	// Groups of 3-3-4 with pauses and fillers.
	"A: What's a good number for you? | C: Sure, it's [PHONE three one two, um, five five five, uh, zero one four eight.]",
	"A: Can I get a callback number? | C: Yeah. [PHONE Seven zero four... four three one... nine nine two six.]",
	"A: And the phone number on the account? | C: Um, [PHONE six zero eight, uh, two two one, and then eight three five zero.]",
	"A: Best number to reach you? | C: [PHONE Nine one nine. Five five five. Two seven seven three.]",
	"C: My cell is [PHONE four one five, let me think, eight eight two, six zero one nine.]",
	"C: You can reach me at [PHONE two zero six, you know, four four three, one one two eight.]",
	"A: What number are you calling from? | C: Oh, it's [PHONE five zero three, uh, seven seven one, uh, four two four two.]",
	"A: A daytime number? | C: Uh huh, [PHONE eight one three, two nine four, five five six one.]",
	"C: The number's [PHONE three three six, um, like, seven two oh, um, nine one eight four.]",
	"asr a: what's the best number to call you back on | c: it's [PHONE two one four uh five five five uh three nine eight one]",
	"asr a: phone number please | c: yeah [PHONE six one two um eight oh four um two two five seven]",
	"asr c: my number is [PHONE four zero four uh nine three one uh seven seven zero two] yeah",
	"asr a: and a contact number | c: [PHONE nine five four seven two two one three oh eight]",
	"asr a: can i get your phone number | c: sure [PHONE five one zero] [PHONE three three three] [PHONE eight oh one six]",
	// "oh" and "zero".
	"A: Your phone number? | C: [PHONE Two oh one, four oh oh, seven oh oh three.]",
	"C: Call me at [PHONE zero... no, eight zero eight, five zero zero, zero nine one zero.]",
	"A: Number to reach you? | C: Oh, wait. [PHONE Seven oh seven, six oh two, oh oh four one.]",
	"asr c: the number is [PHONE three oh five four oh two oh eight oh oh]",
	"asr a: number where we can reach you | c: [PHONE five oh two oh six oh three two oh nine]",
	// "double" and "triple".
	"A: And your number? | C: [PHONE Four two five, double five three, double oh seven one.]",
	"C: My number is [PHONE eight oh one, triple two, four six nine eight.]",
	"A: Good phone number? | C: [PHONE Seven one eight, nine double four, one double two three.]",
	"asr c: you can call me on [PHONE six double one double eight four two three double nine]",
	"asr a: phone number | c: [PHONE three one seven triple five one oh double four]",
	// Hundreds and thousands.
	"A: What number should we use? | C: [PHONE Eight hundred, five five five, twelve hundred.]",
	"C: It's [PHONE two one six, nine six oh, forty two hundred.]",
	"A: Callback number? | C: [PHONE Four oh four, three hundred, eleven hundred.]",
	"C: The store's number is [PHONE five five five, two thousand.] | A: Two thousand, got it.",
	"C: Reach me at [PHONE six one seven, two two eight, three thousand.]",
	"asr a: the number you want us to use | c: [PHONE eight six six four hundred nine thousand]",
	"asr c: my phone number's [PHONE nine seven two seven seven five twenty three hundred]",
	// Pairs.
	"A: Phone number? | C: [PHONE Three three eight, five five five, twenty one thirty four.]",
	"C: My number is [PHONE seven seventy, four forty one, nineteen eighty eight.]",
	"A: Best number? | C: [PHONE Five one three, six two two, fifteen oh six.]",
	"C: It's [PHONE nine oh nine, three one one, forty four seventy.]",
	"A: Number for the account? | C: [PHONE Eight forty seven, five five five, sixty two ten.]",
	"asr c: it's [PHONE four forty three two twenty one eighty eight ninety]",
	"asr a: what number should we call | c: [PHONE two oh three five five five thirty one twelve]",
	"asr c: my cell is [PHONE five sixty two three oh eight seventy seventy]",
	// The area code said apart or after the rest.
	"A: Your phone number? | C: [PHONE Five five five, two one two six.] And the area code is [PHONE seven one four.]",
	"C: It's [PHONE four six two, eight eight one nine,] area code [PHONE nine one six.]",
	"A: What's the number? | C: Area code [PHONE three three zero,] then [PHONE five five five, nine oh nine oh.]",
	"A: Number? | C: [PHONE Eight eight one, two two one two.] | A: And the area code? | C: [PHONE Six oh three.]",
	"asr c: it's [PHONE five five five four one one oh] the area code is [PHONE two five two]",
	"asr a: what's the number | c: [PHONE seven seven two three oh four one] | a: and what area code | c: [PHONE nine seven oh]",
	"C: The area code is [PHONE four one nine] and the rest is [PHONE five five five, six one one seven.]",
	// Restarts and corrections.
	"A: Number? | C: [PHONE Six one six, four four... no wait, four seven two, one one nine one.]",
	"C: My number is [PHONE three one zero, two five five, sorry, that's two five four, eight one eight one.]",
	"A: Best contact number? | C: [PHONE Two one two, no, two one three, five five five, oh nine four four.]",
	"C: It's [PHONE nine one eight, six two, um, I mean six three seven, four four oh two.]",
	"A: What's your phone number? | C: [PHONE Four eight oh, five five five... hold on, let me start over. Four eight oh, five five six, one three one three.]",
	"asr c: it's [PHONE seven oh two eight five eight sorry that's five one eight nine two two two]",
	"asr a: phone number | c: [PHONE six oh one three three no wait three four four one two one two]",
	"asr c: my number is [PHONE eight one five seven seven actually seven six oh two oh nine oh]",
	// Split over turns, the agent reading back parts.
	"A: Go ahead with the number. | C: [PHONE Five oh nine.] | A: [PHONE Five oh nine.] | C: [PHONE Three three four.] | A: Uh huh. | C: [PHONE Two six two six.]",
	"A: What's your number? | C: [PHONE Nine four nine, five five five.] | A: [PHONE Nine four nine, five five five,] yes? | C: [PHONE Eight eight three one.]",
	"A: Phone number? | C: [PHONE Two five one, seven one one,] | A: Okay. | C: [PHONE four oh eight eight.] | A: So [PHONE two five one, seven one one, four oh eight eight.]",
	"asr a: what number can we reach you at | c: [PHONE three six oh] | a: [PHONE three six oh] | c: [PHONE four four five] | a: yes | c: [PHONE nine one two two]",
	"asr c: it's [PHONE seven one nine five five five] | a: okay [PHONE seven one nine five five five] | c: [PHONE oh three three eight]",
	"asr a: and the phone number | c: [PHONE two seven oh] | a: mhm | c: [PHONE eight two two] | a: mhm | c: [PHONE one oh one nine]",
	"A: Let me read that back: [PHONE eight one six, four two four, nine nine oh one.] | C: That's right.",
	"asr a: okay so i have [PHONE four one two six six three oh seven one seven] is that correct | c: yes",
	// Digits mixed with words.
	"C: My number is [PHONE 5 5 5 one two eight eight.]",
	"A: The number please? | C: [PHONE 312 five five five 0 1 9 9.]",
	"asr c: it's [PHONE 6 0 4 two two one 9 8 8 7]",
	"asr a: number to reach you | c: [PHONE 7 7 3 five five five 2 one 4 4]",
	"C: Sure: [PHONE 555-0147,] area code [PHONE 207.]",
	"A: Your phone? | C: [PHONE (614) 555-0193.]",
	// Recogniser errors: "for", "to", "too", "ate" for digits; merged groups.
	"asr a: what's a good callback number | c: [PHONE for one five to two to three ate eight one one]",
	"asr c: my number is [PHONE too oh six ate for for nine one one three]",
	"asr a: phone number please | c: [PHONE five five to one for oh too nine nine ate]",
	"asr c: the number's [PHONE ate oh one five five five to one to one]",
	"asr a: best number | c: [PHONE two one two fifty five fifty] [PHONE three one oh]",
	"asr a: what's your number | c: [PHONE three twelve five fifty five oh one nineteen]",
	"asr c: it's [PHONE seven forty seven five fifty five two two twenty]",
	"asr a: and a number to call you back | c: yeah [PHONE won too three for five six seven ate nine oh]",
	"asr c: you can reach me at [PHONE nine one too five five five oh one for ate]",
	// Extensions.
	"C: The office line is [PHONE six one seven, five five five, oh one oh oh, extension two one four.]",
	"A: Number? | C: [PHONE Eight eight eight, five five five, four three two one, ext. 19.]",
	"asr c: work number is [PHONE four oh eight five five five one two one two extension four four]",
	"asr a: number | c: [PHONE two zero two five five five seven oh one oh] and then [PHONE extension six six two]",
	// Lowercase and cased, with the cue in the caller's own words.
	"C: Yeah the best number is gonna be [PHONE five zero four, six one two, three three seven eight.]",
	"C: Text me at [PHONE nine nine one, five five five, two seven one four.]",
	"C: Home phone's [PHONE three five two, eight seven seven, one oh two four.]",
	"C: My husband's cell is [PHONE four three four, five five five, six oh one two.]",
	"C: It's a new number: [PHONE seven five seven, two two three, eight oh one five.]",
	"asr c: my cell phone is [PHONE two four eight five five five seven three seven one]",
	"asr c: yeah so my number would be [PHONE eight three two four one one six six oh four]",
	"asr c: the number on file should be [PHONE five oh five five five five nine two nine two]",
	"asr a: is [PHONE six one nine five five five two oh two oh] still the best number | c: yes it is",
	"asr c: you can text [PHONE three three four two two eight one nine one nine]",
	// Eleven digits with the leading one, and toll-free.
	"C: It's [PHONE one, eight hundred, five five five, oh one nine nine.]",
	"asr c: call [PHONE one eight seven seven five five five two three four five]",
	"asr a: and the number | c: [PHONE one two one two five five five nine eight seven six]",
	// Seven digits alone, as answers.
	"A: And your phone number? | C: [PHONE Five five five, three nine two one.]",
	"asr a: can i have a phone number | c: [PHONE eight two two four five one nine]",
	"asr a: what's the phone number | c: uh [PHONE five five five six oh oh two]",

	// More callers, as they come.
	"A: Could I get a phone number in case we get disconnected? | C: Of course, [PHONE seven three two, five five five, oh six one one.]",
	"A: What's the number on file? | C: Should be [PHONE two six seven, um, eight four four, um, nine oh three two.]",
	"C: Oh my number, yeah, it's [PHONE five eight six... five five five... four one oh oh.]",
	"A: And a phone number? | C: [PHONE Eight five oh,] | A: Mhm. | C: [PHONE three two two, one nine four eight.]",
	"A: Number please. | C: It is [PHONE four seven nine, two oh two, six six six one.]",
	"A: Number? | C: [PHONE Nine seventy eight, five five five, oh one two three.]",
	"C: It's [PHONE six zero six, double three one, eight eight eight zero.]",
	"A: Can you give me your phone number? | C: Yes. [PHONE Five seven three. Two four four. Nine one zero two.]",
	"C: Oh, yes, my phone number is [PHONE eight six three, four one two,] uh, what's the rest, [PHONE seven six seven six.]",
	"A: And what number can we text? | C: [PHONE Three eight five, five five five, one seven six two.]",
	"A: Your phone number, please. | C: [PHONE Seven six five, four three two, one oh nine eight.] | A: [PHONE Seven six five, four three two, one oh nine eight.] | C: Correct.",
	"A: What's your cell? | C: [PHONE Five four one, six double oh, two two one nine.]",
	"C: Give me a call at [PHONE nine zero one, three one two, seven seven eight eight] if anything changes.",
	"A: Best number to reach you during the day? | C: Probably my work phone, [PHONE four one oh, five five five, two nine nine nine.]",
	"C: You can leave a message at [PHONE two zero eight, six seven three, five five oh one.]",
	"A: Phone number? | C: Um, [PHONE three oh three...] [PHONE eight two nine...] [PHONE four four four one.]",
	"A: Can I get the phone number on the account? | C: [PHONE One, four oh seven, five five five, eight one two oh.]",
	"C: The number's [PHONE eight one eight,] um, sorry, my kid is yelling, [PHONE five five five, oh seven seven oh.]",
	"A: Phone? | C: [PHONE Six six two, nine oh one, twenty five hundred.]",
	"A: The phone number for the account, please. | C: [PHONE Seven seven five, three two eight, fifty fifty.]",
	"C: My number is [PHONE four four oh, seven eight one, sixteen twenty.]",
	"A: A good number for you? | C: [PHONE Three seventeen, eight eight two, ninety one oh four.]",
	"A: What number are we texting the code to? | C: [PHONE Two oh nine, five five five, three three eight one.]",
	"asr a: can i get a good callback number | c: yeah it's [PHONE two six two seven seven oh five one one nine]",
	"asr c: uh my phone number is [PHONE five oh eight] um [PHONE three seven three] um [PHONE one one four four]",
	"asr a: and the best phone number for you | c: [PHONE eight oh three nine nine one four four two seven]",
	"asr c: it's um [PHONE three eight six four oh four five five oh oh]",
	"asr a: your phone number please | c: yeah [PHONE nine eight five] | a: okay | c: [PHONE two two one] | a: okay | c: [PHONE seven three oh seven]",
	"asr c: my cell is [PHONE five five nine to oh one for seven seven five]",
	"asr c: [PHONE four oh one] sorry [PHONE four oh two five five five eight eight two two] is my number",
	"asr a: and the number you're calling from | c: [PHONE six oh four double two nine eight seven six one]",
	"asr c: you can reach me at [PHONE seven oh four five fifty five fifty three thirty]",
	"asr a: what's a good number to call you | c: [PHONE eight sixty five five five five forty forty]",
	"asr c: yeah my number is [PHONE three five four] uh no [PHONE three five one four four four six two one two]",
	"asr a: phone number | c: [PHONE two one seven] and then [PHONE three two two] and then [PHONE six six eight eight]",
	"asr c: the home number is [PHONE five four oh three one six nine] area code [PHONE four two three]",
	"asr a: a number to reach you | c: oh yeah it's [PHONE seven one two five five five one nine seven two]",
	"asr c: it's [PHONE nine oh five] um what is it [PHONE six oh two seven seven one eight]",
	"asr a: what's the phone number | c: [PHONE four oh seven] | a: [PHONE four oh seven] | c: [PHONE five five five] | a: [PHONE five five five] | c: [PHONE two one nine oh] | a: [PHONE two one nine oh] thank you",
	"asr c: so my number is [PHONE three one five] you know [PHONE eight six six] [PHONE four oh four oh]",
	"asr a: can you confirm your phone number | c: sure it's [PHONE six zero three two two eight one nine nine one]",
	"asr c: [PHONE eight oh five] is the area code [PHONE five five five six seven three three]",
	"asr a: and what's the number | c: uh [PHONE two oh six] hold on [PHONE two oh six four one oh two two nine one]",
	"asr c: cell phone is [PHONE seven seven seven five five five twenty twenty]",
	"asr a: number | c: [PHONE four eighty five five five one two one two]",
	"asr c: my number is [PHONE nine to nine ate for for too nine oh one]",
	"asr c: it's [PHONE five one six for four for one one too too]",
	"asr a: a good number to reach you at | c: [PHONE six two six five five five] and the last four are [PHONE one three seven nine]",
	"asr c: phone number [PHONE three four seven eight one two] and [PHONE six six three three]",
	"asr a: okay and your number | c: [PHONE eight seven oh triple three two one nine one]",
	"asr c: um [PHONE six oh eight] [PHONE five five five] [PHONE oh oh one three] that's my cell",
	"asr a: what's your number | c: it's [PHONE five oh one eight five five] uh [PHONE twenty one hundred]",
	"asr c: the number is [PHONE two five two four one oh] uh [PHONE nine nine eight one]",
	"asr a: could you read me the phone number | c: [PHONE nine one six] | a: uh huh | c: [PHONE eight eight two] | a: uh huh | c: [PHONE four one three three]",
	"asr c: call me at [PHONE eight one four three three three four two four two] please",
	// Look-alikes that must stay unflagged.
	"C: My balance should be [HN two thousand four hundred and twelve dollars.]",
	"A: Your balance is [HN three hundred forty two dollars and fifteen cents.]",
	"asr a: the available balance is [HN one thousand five hundred sixty one dollars and twenty cents]",
	"C: I want to pay [HN four hundred and fifty five dollars] on the electric bill.",
	"asr c: i'd like to transfer [HN twelve hundred dollars] to savings",
	"asr c: yeah [HN two fifty] to checking please",
	"A: That's [HN ninety nine ninety five] a month.",
	"C: The bill was [HN a hundred and twelve, eighty] last month.",
	"asr a: the payment of [HN six hundred and seventy five dollars] went through on [HN march third]",
	"A: Your appointment is on [HN Tuesday, March fourteenth, at two thirty.]",
	"asr a: we open at [HN nine a m] and close at [HN five thirty p m]",
	"C: Can I come in at [HN ten fifteen?]",
	"asr c: maybe [HN eleven forty five] on [HN thursday]",
	"A: Branch hours are [HN eight thirty to four thirty,] Monday to Friday.",
	"C: The payment was due [HN June ninth.] | A: Thank you.",
	"asr c: the charge was on [HN april twenty second twenty twenty three]",
	"A: The transfer posted [HN January twelfth.]",
	"asr a: it'll take [HN three to five] business days",
	"C: The card ending in [NP four four one two.]",
	"asr c: the last four on the card are [NP eight eight two one]",
	"C: Last four of the card? [NP Three oh oh nine.]",
	"asr a: is that the card ending [NP five five oh two]",
	"C: The order number is [NP four seven seven two one nine eight.]",
	"asr c: the confirmation number is [NP eight three three one oh two four]",
	"A: Your reference number is [NP 5561 2203.]",
	"asr a: your case number is [NP two two one four five six nine]",
	"C: I have [HN two] checking accounts and [HN one] savings.",
	"asr c: i ordered [HN three hundred] checks",
	"A: That's [HN four] boxes of [HN two hundred] checks.",
	"asr c: it happened [HN two or three] times last week",
	"C: I've been a member for [HN twenty two] years.",
	"asr a: you're number [HN seven] in the queue",
	"C: I called [HN five] times yesterday.",
	"asr c: the fee was [HN thirty five dollars] and then another [HN thirty five]",
	"C: Send me [HN one hundred fifty checks] please.",
	"asr a: that'll be [HN nineteen ninety nine] for the box",
	"C: The rent is [HN fifteen fifty] and the car is [HN three twenty.]",
	"asr c: i make like [HN forty two hundred] a month",
	"A: Is it [HN five] or [HN six] hundred?",
	"asr a: and that was [HN five hundred five dollars and five cents] right",
	"C: It's the [HN twenty third] of the month.",
	"asr c: by [HN december thirty first]",
	"A: The next statement closes on the [HN fifteenth.]",
	"asr a: it should arrive in [HN seven to ten] days",
	"C: I'm at [HN forty one percent] battery, hurry.",
	"asr c: i'm on hold for like [HN forty five minutes]",
	"A: It's [HN twelve oh five] right now.",
	"asr c: the meeting's at [HN three o'clock]",
	"C: I paid [HN eight hundred] in [HN two thousand twenty two.]",
	"asr a: [HN nineteen ninety eight] was the year the account opened",
	"C: My daughter is [HN seventeen] and my son is [HN twelve.]",
	"asr c: we have [HN two] cars and [HN three] kids",
	"A: Press [HN one] for English.",
	"asr a: option [HN four] is branch hours",
	"C: The interest rate is [HN four point five] percent.",
	"asr a: the minimum payment is [HN twenty five dollars]",
	"C: I deposited [HN three thousand] on [HN Friday.]",
	"asr c: it was [HN sixty two fifty] for the repair",
	"A: A withdrawal of [HN two hundred dollars] at [HN four fifteen p m.]",
	"asr a: so [HN one hundred twenty dollars] from checking to savings",
	"C: Room [HN two twelve] at the branch?",
	"asr c: it's about [HN ten] miles away",
	"A: We have [HN three] branches nearby.",
	"asr a: the limit is [HN five thousand dollars] a day",
	"C: Between [HN nine] and [HN noon] works.",
	"asr c: i'll be free after [HN two thirty]",
	"A: Your card will arrive in [HN five to seven] business days.",
	"asr c: i got charged [HN fourteen ninety nine] twice",
	"C: It cost me [HN eleven hundred and six dollars.]",
	"asr a: the total comes to [HN two thousand and nine dollars]",
}

// phone18Optional are words inside a [PHONE ...] that need not be
// covered: fillers and the words of a correction or a pause.
var phone18Optional = map[string]bool{"uh": true, "um": true, "er": true, "like": true, "you": true, "know": true,
	"no": true, "wait": true, "sorry": true, "that's": true, "i": true, "mean": true, "actually": true,
	"hold": true, "on": true, "let": true, "me": true, "start": true, "over": true, "think": true,
	"and": true, "then": true, "oh,": true}

type phone18Call struct {
	tr   *transcript.Transcript
	ents []entity
}

// phone18Build makes a two-channel call of a probe entry.
func phone18Build(entry string, lower bool) phone18Call {
	var c phone18Call
	c.tr = &transcript.Transcript{Channels: 2}
	at := time.Duration(0)
	for _, turn := range strings.Split(entry, " | ") {
		who, text, _ := strings.Cut(turn, ": ")
		ch := 0
		if strings.EqualFold(who, "c") {
			ch = 1
		}
		if lower {
			text = lowerStyle(text)
			for _, ty := range []string{"phone", "ok", "hn", "np"} {
				text = strings.ReplaceAll(text, "["+ty+" ", "["+strings.ToUpper(ty)+" ")
			}
		}
		plain, ents := marked(text)
		base := len(c.tr.Words)
		for _, e := range ents {
			c.ents = append(c.ents, entity{e.typ, e.first + base, e.last + base})
		}
		for _, f := range strings.Fields(plain) {
			w := transcript.Word{Channel: ch, Speaker: fmt.Sprintf("spk_%d", ch), Confidence: -1, Start: at, End: at + 250*time.Millisecond}
			w.Text = strings.TrimRight(f, ",.?!;:")
			w.Punct = f[len(w.Text):]
			if w.Text == "" {
				w.Text, w.Punct = f, ""
			}
			c.tr.Words = append(c.tr.Words, w)
			at += 300 * time.Millisecond
		}
		at += 700 * time.Millisecond
	}
	return c
}

type phone18Score struct {
	phones, found, hn, hnHit, np, npHit, fpWords, words int
}

func scorePhone18(t *testing.T, style string, show bool) phone18Score {
	var s phone18Score
	for _, entry := range phone18Probe {
		asr := strings.HasPrefix(entry, "asr ")
		if asr != (style == "asr") {
			continue
		}
		c := phone18Build(strings.TrimPrefix(entry, "asr "), style == "lower")
		fs, err := redact.Find(c.tr, redact.DefaultPolicy())
		require.NoError(t, err)
		cov, phone := map[int]bool{}, map[int]bool{}
		for _, f := range fs {
			for i := f.FirstWord; i <= f.LastWord; i++ {
				cov[i] = true
				if f.Type == redact.Phone {
					phone[i] = true
				}
			}
		}
		inside := map[int]bool{}
		for _, e := range c.ents {
			if e.typ == "PHONE" || e.typ == "OK" || e.typ == "NP" {
				for i := e.first; i <= e.last; i++ {
					inside[i] = true
				}
			}
		}
		for _, e := range c.ents {
			switch e.typ {
			case "PHONE":
				s.phones++
				ok := true
				for i := e.first; i <= e.last; i++ {
					w := strings.ToLower(c.tr.Words[i].Text)
					if !phone[i] && !phone18Optional[w] {
						ok = false
					}
				}
				if ok {
					s.found++
				} else if show {
					t.Logf("%s miss: %q in %q; got %s", style, wordsText(c.tr, e.first, e.last), wordsText(c.tr, 0, len(c.tr.Words)-1), describe(c.tr, fs))
				}
			case "HN", "NP":
				hit := false
				for i := e.first; i <= e.last; i++ {
					if e.typ == "HN" && cov[i] || e.typ == "NP" && phone[i] {
						hit = true
					}
				}
				if e.typ == "HN" {
					s.hn++
					if hit {
						s.hnHit++
					}
				} else {
					s.np++
					if hit {
						s.npHit++
					}
				}
				if hit && show {
					t.Logf("%s %s hit: %q; got %s", style, e.typ, wordsText(c.tr, e.first, e.last), describe(c.tr, fs))
				}
			}
		}
		for i := range c.tr.Words {
			s.words++
			if phone[i] && !inside[i] {
				s.fpWords++
				if show {
					t.Logf("%s PHONE FP word %q in %q", style, c.tr.Words[i].Text, wordsText(c.tr, 0, len(c.tr.Words)-1))
				}
			}
		}
	}
	return s
}

// TestProbePhone18 measures the probe and fails only below the floors
// recorded after the round that wrote it. REDACT_PROBE_MISSES=1 lists
// the misses.
func TestProbePhone18(t *testing.T) {
	t.Parallel()
	show := os.Getenv("REDACT_PROBE_MISSES") != ""
	for _, style := range []string{"cased", "lower", "asr"} {
		s := scorePhone18(t, style, show)
		t.Logf("%s: PHONE %d/%d = %.3f; look-alikes flagged %d/%d, not-phone flagged PHONE %d/%d; PHONE words outside entities %d/%d",
			style, s.found, s.phones, float64(s.found)/float64(s.phones), s.hnHit, s.hn, s.npHit, s.np, s.fpWords, s.words)
		f := phone18Floors[style]
		assert.GreaterOrEqual(t, s.found, f[0], "%s: phones found", style)
		assert.LessOrEqual(t, s.hnHit, f[1], "%s: look-alikes flagged", style)
		assert.LessOrEqual(t, s.npHit, f[2], "%s: not-phones flagged PHONE", style)
	}
}

// phone18Floors are {phones found, look-alikes flagged at most, not-phones
// flagged PHONE at most} per style, as phone18's rules left them (on main
// before them: cased 86/94, lower 85/94, asr 96/117, none flagged).
var phone18Floors = map[string][3]int{
	"cased": {93, 0, 0},
	"lower": {93, 0, 0},
	"asr":   {110, 0, 0},
}
