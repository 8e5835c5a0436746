package redact_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// asrProbeCase is one exchange written as a recogniser would write it
// (lowercase, digits as words, sound-alikes, words merged, split or
// dropped), with the spans a redactor should flag in it as "TYPE: words"
// (the words a contiguous run of the exchange's last turn). A case with no
// span is a hard negative: every word flagged in it is a false positive.
type asrProbeCase struct {
	form  string   // what the case probes
	turns []string // "A: ..." (agent) and "C: ..." (caller), as recognisedCall reads them
	want  []string
}

// asrProbe was written before any miss of the ASR set's dev half was read,
// in its author's own words (session 13): digits heard as their
// sound-alikes inside a number that is asked for or cued, an expiry said
// right after a card number, an ID spelled letter by letter with a digit
// misheard, a name answer split into common words; and talk that holds
// the same words and is no PII.
var asrProbe = []asrProbeCase{
	// digit sound-alikes inside an answered number
	{"alike-answer", []string{"A: what's a good callback number", "C: sure it's four one five for two two eight nine one six oh"}, []string{"PHONE: four one five for two two eight nine one six oh"}},
	{"alike-answer", []string{"A: can i get your phone number", "C: yeah two oh six to five five one eight three four"}, []string{"PHONE: two oh six to five five one eight three four"}},
	{"alike-answer", []string{"A: and the best number for you", "C: seven one three ate six two too nine nine oh one"}, []string{"PHONE: seven one three ate six two too nine nine oh one"}},
	{"alike-answer", []string{"A: what number should we call", "C: it's won eight hundred five five five oh one nine two"}, []string{"PHONE: won eight hundred five five five oh one nine two"}},
	{"alike-answer", []string{"A: the phone number on the account please", "C: six oh nine owe three three for seven seven one two"}, []string{"PHONE: six oh nine owe three three for seven seven one two"}},
	{"alike-answer", []string{"A: what is your social security number", "C: um five to one for four nine eight eight three"}, []string{"SSN: five to one for four nine eight eight three"}},
	{"alike-answer", []string{"A: could you read me the card number", "C: four five three two won one one ate nine nine two two six five oh four"}, []string{"CARD: four five three two won one one ate nine nine two two six five oh four"}},
	{"alike-answer", []string{"A: and the account number", "C: it's three three nein one two for seven six"}, []string{"ACCOUNT: three three nein one two for seven six"}},
	{"alike-answer", []string{"A: what's the routing number on the check", "C: oh to one oh oh oh oh two won"}, []string{"ROUTING: oh to one oh oh oh oh two won"}},
	{"alike-answer", []string{"A: and the zip code there", "C: nine for one oh to"}, []string{"ZIP: nine for one oh to"}},
	{"alike-answer", []string{"A: what's the security code on the back", "C: ate two won"}, []string{"CARD_CVV: ate two won"}},
	{"alike-answer", []string{"A: your member id please", "C: it's one two ate four four too six nine"}, []string{"ACCOUNT: one two ate four four too six nine"}},
	{"alike-answer", []string{"A: what's your pin", "C: for for too won"}, []string{"PIN: for for too won"}},
	{"alike-answer", []string{"A: what's the phone number for the hotel", "C: three oh five for too ate one nine one one"}, []string{"PHONE: three oh five for too ate one nine one one"}},
	{"alike-answer", []string{"A: what's the number i can reach you at", "C: ok it's two one to seven seven won three three ate ate"}, []string{"PHONE: two one to seven seven won three three ate ate"}},
	// digit sound-alikes inside a number the speaker cues
	{"alike-cued", []string{"A: how can they get hold of you", "C: my phone number is five oh for three three too one nine ate ate"}, []string{"PHONE: five oh for three three too one nine ate ate"}},
	{"alike-cued", []string{"A: and how do i pay", "C: my card number is five four won two two two ate ate three one oh oh nine six for four"}, []string{"CARD: five four won two two two ate ate three one oh oh nine six for four"}},
	{"alike-cued", []string{"A: tell me about it", "C: the account number is nine nine for to one one three ate"}, []string{"ACCOUNT: nine nine for to one one three ate"}},
	{"alike-cued", []string{"A: anything else", "C: my social is one to three for five six seven ate nine"}, []string{"SSN: one to three for five six seven ate nine"}},
	{"alike-cued", []string{"A: ok go on", "C: their number is too one two for four four oh oh one one"}, []string{"PHONE: too one two for four four oh oh one one"}},
	// an answered date of birth with sound-alikes
	{"alike-dob", []string{"A: and what's your date of birth", "C: march for nineteen ate tee two"}, []string{"DOB: march for nineteen ate tee two"}},
	{"alike-dob", []string{"A: date of birth please", "C: oh for one to nineteen seventy ate"}, []string{"DOB: oh for one to nineteen seventy ate"}},
	{"alike-dob", []string{"A: your birth date", "C: it's june won nineteen ninety"}, []string{"DOB: june won nineteen ninety"}},
	// an expiry right after the card number, the question garbled or none
	{"expiry-after-card", []string{"A: what's the card number", "C: four one one one one one one one one one one one one one one one and it expires oh ate twenty six"}, []string{"CARD: four one one one one one one one one one one one one one one one", "CARD_EXPIRY: oh ate twenty six"}},
	{"expiry-after-card", []string{"A: the card number and the expire raishun", "C: five five five five four four four four three three three three two two two two oh nine twenty seven"}, []string{"CARD: five five five five four four four four three three three three two two two two", "CARD_EXPIRY: oh nine twenty seven"}},
	{"expiry-after-card", []string{"A: card number and expiry please", "C: three seven one two three four five six seven eight nine oh one two three expiry to twenty eight"}, []string{"CARD: three seven one two three four five six seven eight nine oh one two three", "CARD_EXPIRY: to twenty eight"}},
	{"expiry-after-card", []string{"A: what card are you using", "C: my card number is six oh one one one two three four five six seven eight nine oh one two expiration twelve twenty nine"}, []string{"CARD: six oh one one one two three four five six seven eight nine oh one two", "CARD_EXPIRY: twelve twenty nine"}},
	{"expiry-after-card", []string{"A: and the card and when it runs out", "C: four two four two four two four two four two four two four two four two valid through oh three thirty"}, []string{"CARD: four two four two four two four two four two four two four two four two", "CARD_EXPIRY: oh three thirty"}},
	{"expiry-after-card", []string{"A: read me the card please", "C: five one oh five one oh five one oh five one oh five one oh oh exp ten twenty five"}, []string{"CARD: five one oh five one oh five one oh five one oh five one oh oh", "CARD_EXPIRY: ten twenty five"}},
	// a member or policy ID read letter by letter, a digit misheard
	{"id-spelled", []string{"A: what's the member id on the card", "C: x y z for five six two one ate"}, []string{"ACCOUNT: x y z for five six two one ate"}},
	{"id-spelled", []string{"A: and your member id", "C: it's a b see one to three four five six"}, []string{"ACCOUNT: a b see one to three four five six"}},
	{"id-spelled", []string{"A: can you read the policy number", "C: p o l nine nine for oh two seven"}, []string{"ACCOUNT: p o l nine nine for oh two seven"}},
	{"id-spelled", []string{"A: member id", "C: h k are three won two two two ate"}, []string{"ACCOUNT: h k are three won two two two ate"}},
	{"id-spelled", []string{"A: what's the member number", "C: jay dee four four ate one won nine"}, []string{"ACCOUNT: jay dee four four ate one won nine"}},
	{"id-spelled", []string{"A: may i have your member id", "C: sure em are why oh six six to one three"}, []string{"ACCOUNT: em are why oh six six to one three"}},
	{"id-spelled", []string{"A: what's the medicare number", "C: one e g four t e five m k seven to"}, []string{"MEDICARE: one e g four t e five m k seven to"}},
	{"id-spelled", []string{"A: and the policy number please", "C: w ex nine ate one to one four"}, []string{"ACCOUNT: w ex nine ate one to one four"}},
	// a name answer split into common words
	{"name-split", []string{"A: and what's your name", "C: it's mary fill ups"}, []string{"PERSON: mary fill ups"}},
	{"name-split", []string{"A: who is the reservation for", "C: tom sun"}, []string{"PERSON: tom sun"}},
	{"name-split", []string{"A: what name should i put it under", "C: carry anderson"}, []string{"PERSON: carry anderson"}},
	{"name-split", []string{"A: can i get the name on the account", "C: yeah it's dawn a hue"}, []string{"PERSON: dawn a hue"}},
	{"name-split", []string{"A: and who am i speaking with", "C: this is rob in wood"}, []string{"PERSON: rob in wood"}},
	{"name-split", []string{"A: the recipient's name please", "C: jack some"}, []string{"PERSON: jack some"}},
	{"name-split", []string{"A: what's your last name", "C: pet or son"}, []string{"PERSON: pet or son"}},
	{"name-split", []string{"A: whose name is the booking under", "C: grey hill"}, []string{"PERSON: grey hill"}},
	{"name-split", []string{"A: first and last name please", "C: sam well king"}, []string{"PERSON: sam well king"}},
	{"name-split", []string{"A: who should i send it to", "C: to an a marie"}, []string{"PERSON: an a marie"}},

	// hard negatives: the same words in talk that is no PII
	{"neg", []string{"A: do you want the upgrade", "C: yeah i want to go for it"}, nil},
	{"neg", []string{"A: is there a deal on", "C: it's two for one on tuesdays"}, nil},
	{"neg", []string{"A: when did you eat", "C: i ate at four"}, nil},
	{"neg", []string{"A: how many people", "C: four or five of us maybe two more"}, nil},
	{"neg", []string{"A: what time works", "C: two to four is fine or after six"}, nil},
	{"neg", []string{"A: how long have you had it", "C: for two years and we won it in a raffle"}, nil},
	{"neg", []string{"A: what's the number of guests", "C: for two adults and two kids"}, nil},
	{"neg", []string{"A: what's the phone number", "C: i don't have it on me sorry"}, nil},
	{"neg", []string{"A: is the flight at nine", "C: no at ten to ten i think then we land at two"}, nil},
	{"neg", []string{"A: what's your date of birth", "C: oh i have to find my id one second"}, nil},
	{"neg", []string{"A: how much was it", "C: it was for forty two dollars and eighty cents"}, nil},
	{"neg", []string{"A: can you confirm", "C: i owe them for two months of rent"}, nil},
	{"neg", []string{"A: which room", "C: room for two on the fourth floor"}, nil},
	{"neg", []string{"A: when is the appointment", "C: monday at ten to two or friday at ate i mean eight"}, nil},
	{"neg", []string{"A: what did the team do", "C: they won two to one at home"}, nil},
	{"neg", []string{"A: how many tickets", "C: two for the show and too many for the bus"}, nil},
	{"neg", []string{"A: anything else", "C: nein nein it's fine i'm going to go to bed"}, nil},
	{"neg", []string{"A: what's the card number", "C: let me go get it hold on for a sec"}, nil},
	{"neg", []string{"A: what's the name on the reservation", "C: i'm not sure who booked it"}, nil},
	{"neg", []string{"A: what's your pin", "C: i forgot it to be honest"}, nil},
	{"neg", []string{"A: where to", "C: to the airport for six thirty please"}, nil},
	{"neg", []string{"A: how are you", "C: good i got one for my son and two for my daughter"}, nil},
	{"neg", []string{"A: how old are they", "C: four and two and the baby is one"}, nil},
	{"neg", []string{"A: the account number please", "C: it's on the letter they sent me for the bill"}, nil},
	{"neg", []string{"A: what's the expiration date", "C: hang on it's in my other wallet"}, nil},
	{"neg", []string{"A: do you need anything else", "C: a table for four at seven to eight please"}, nil},
	{"neg", []string{"A: what's the score", "C: we won three to two and ate out after"}, nil},
	{"neg", []string{"A: how many nights", "C: two nights from the tenth to the twelfth"}, nil},
	{"neg", []string{"A: what kind of car", "C: a two thousand four honda for my wife"}, nil},
	{"neg", []string{"A: what did you say", "C: oh i said i owe you one"}, nil},
}

// probeScore counts, over the probe's cases, the spans wanted that are
// found whole (each word covered by a finding of the span's type or a type
// under it) per form, and the words flagged outside every span wanted.
type probeScore struct {
	found, total map[string]int
	fpWords      int
	words        int
	misses       []string
}

func scoreASRProbe(t *testing.T, p redact.Policy) probeScore {
	t.Helper()
	s := probeScore{found: map[string]int{}, total: map[string]int{}}
	for _, tc := range asrProbe {
		tr := recognisedCall(stereoCall, tc.turns...)
		fs, err := redact.Find(tr, p)
		if err != nil {
			t.Fatal(err)
		}
		cover := make([][]redact.Type, len(tr.Words))
		for _, f := range fs {
			for i := f.FirstWord; i <= f.LastWord; i++ {
				if tr.Words[i].Channel == f.Channel {
					cover[i] = append(cover[i], f.Type)
				}
			}
		}
		last := lastTurnStart(tr)
		inSpan := make([]bool, len(tr.Words))
		for _, w := range tc.want {
			ty, words, _ := strings.Cut(w, ": ")
			first := spanIn(tr, last, strings.Fields(words))
			if first < 0 {
				t.Fatalf("%s: %q is not in the last turn", tc.form, words)
			}
			ok := true
			for i := first; i < first+len(strings.Fields(words)); i++ {
				inSpan[i] = true
				hit := false
				for _, got := range cover[i] {
					hit = hit || string(got) == ty || string(got.Parent()) == ty
				}
				ok = ok && hit
			}
			s.total[tc.form]++
			if ok {
				s.found[tc.form]++
			} else {
				s.misses = append(s.misses, fmt.Sprintf("%s: %s", tc.form, w))
			}
		}
		for i := range tr.Words {
			if inSpan[i] {
				continue
			}
			if i >= last || len(tc.want) == 0 {
				s.words++
			}
			if len(cover[i]) > 0 {
				s.fpWords++
				s.misses = append(s.misses, fmt.Sprintf("%s: flagged %q (%v) in %q", tc.form, tr.Words[i].Text, cover[i], tc.turns[len(tc.turns)-1]))
			}
		}
	}
	return s
}

// lastTurnStart is the index of the last turn's first word.
func lastTurnStart(tr *transcript.Transcript) int {
	i := len(tr.Words) - 1
	for i > 0 && tr.Words[i-1].Speaker == tr.Words[i].Speaker {
		i--
	}
	return i
}

// spanIn returns the index of words' first word in tr from index from, or -1.
func spanIn(tr *transcript.Transcript, from int, words []string) int {
	for i := from; i+len(words) <= len(tr.Words); i++ {
		ok := true
		for k, w := range words {
			ok = ok && tr.Words[i+k].Text == w
		}
		if ok {
			return i
		}
	}
	return -1
}

// TestFind_ASRProbe measures the rules on the probe: spans found per form
// and words flagged outside them, held to the figures of session 13's
// pii-asr15. With -v it logs the misses (the probe's own made-up text, no
// evaluation set's).
func TestFind_ASRProbe(t *testing.T) {
	for _, mode := range []struct {
		name string
		m    redact.AnswerMode
	}{{"off", redact.AnswersOff}, {"one", redact.AnswersOne}, {"all", redact.AnswersAll}} {
		p := redact.DefaultPolicy()
		p.Answers = mode.m
		s := scoreASRProbe(t, p)
		var b strings.Builder
		all, tot := 0, 0
		for _, form := range []string{"alike-answer", "alike-cued", "alike-dob", "expiry-after-card", "id-spelled", "name-split"} {
			fmt.Fprintf(&b, " %s %d/%d", form, s.found[form], s.total[form])
			all, tot = all+s.found[form], tot+s.total[form]
		}
		t.Logf("answers %s: spans found %d/%d (%s); words flagged outside them %d of %d", mode.name, all, tot, b.String(), s.fpWords, s.words)
		// (pii-asr15 measured off/one/all 13/23/23 and 0/25/25 words at main, 28/38/38 and 0/25/25 after)
		floor := map[redact.AnswerMode][2]int{redact.AnswersOff: {28, 0}, redact.AnswersOne: {38, 25}, redact.AnswersAll: {38, 25}}[mode.m]
		assert.GreaterOrEqual(t, all, floor[0], "spans found with answers %s", mode.name)
		assert.LessOrEqual(t, s.fpWords, floor[1], "words flagged outside the spans with answers %s", mode.name)
		if testing.Verbose() && mode.m == redact.AnswersOne {
			for _, m := range s.misses {
				t.Log("  ", m)
			}
		}
	}
}
