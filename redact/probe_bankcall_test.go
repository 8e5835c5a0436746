package redact_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/redact"
)

// The bank-call probe: how callers give, and agents read back, phone
// numbers, ZIP codes and addresses in lowercase call-centre speech, with
// the talk around them that looks like numbers but is none (amounts,
// times, "press one", branch hours). Written by this engineer in words of
// their own before any miss of set15's dev half was read, so that rules
// made for those few misses are measured on forms they were not made
// from. A:, the agent (channel 0); C:, the caller (channel 1). Markup:
// [PHONE ...], [ZIP ...], [ADDRESS ...] must be found (a ZIP may be found
// as ADDRESS); [OUT ...] may be redacted or not (the town and state after
// a street); [HN ...] must not be (a hard negative).
var bankCallProbe = []struct {
	name  string
	turns []string
}{
	// Phone numbers given in answer to the agent.
	{"phone digits after its", []string{"A: can i have the phone number on the account please", "C: yeah it's [PHONE four one five five five five two nine eight one]"}},
	{"phone oh for zero", []string{"A: what is the phone number associated with the account", "C: sure it's [PHONE six five oh three two one four four seven seven]"}},
	{"phone bare digits", []string{"A: okay and your phone number", "C: [PHONE three one two five five five oh one nine eight]"}},
	{"phone pairs at the end", []string{"A: and what number can we reach you at", "C: uh [PHONE eight one eight five five five twenty three forty one]"}},
	{"phone fillers inside", []string{"A: may i have your phone number", "C: it's [PHONE four oh eight uh five five five uh six two one oh]"}},
	{"phone cued by the caller", []string{"A: how can i help you", "C: i need to reset my password my phone number is [PHONE two oh six nine one three four four oh two]"}},
	{"phone my number's", []string{"A: sure i can help with that", "C: my number's [PHONE nine seven two five five five one eight eight three]"}},
	{"phone double and triple", []string{"A: what's the best number for you", "C: it's [PHONE seven one three double five triple two one four]"}},
	{"phone area code said", []string{"A: and the number on file", "C: area code [PHONE five one two and then five five five oh one one two]"}},
	{"phone zero words", []string{"A: can you tell me the phone number", "C: yes [PHONE three zero five five five five zero nine one two]"}},
	{"phone with one", []string{"A: what's the phone number", "C: [PHONE one eight zero zero five five five two four six eight]"}},
	{"phone yeah it's after okay", []string{"A: okay i'll need the phone number on the account", "C: okay yeah it's [PHONE five four one five five five three three six two]"}},
	{"phone um its", []string{"A: could you verify the phone number for me", "C: um its [PHONE six one seven five five five oh four four one]"}},
	{"phone hundred", []string{"A: and your phone number please", "C: [PHONE two one four five five five twenty one hundred]"}},
	{"phone it is", []string{"A: what's your phone number", "C: it is [PHONE nine one nine five five five seven two three six]"}},

	// A number given in breaths, the agent saying "okay" or "mhm" between.
	{"phone area code then rest", []string{"A: what's the phone number", "C: it's [PHONE four one five]", "A: okay", "C: [PHONE five five five two nine eight one]"}},
	{"phone three parts", []string{"A: can i get your phone number", "C: [PHONE three one two]", "A: mhm", "C: [PHONE five five five]", "A: okay", "C: [PHONE oh one nine eight]"}},
	{"phone six then four", []string{"A: and the phone number", "C: [PHONE seven oh four five five five]", "A: okay", "C: [PHONE eight two three one]"}},
	{"phone rest after uh huh", []string{"A: your phone number please", "C: yes it's [PHONE nine oh nine]", "A: uh huh", "C: [PHONE five five five four four one two]"}},
	{"phone rest after yes", []string{"A: could i have your telephone number", "C: [PHONE two five three five five five]", "A: yes", "C: [PHONE seven seven oh six]"}},
	{"phone last four after okay", []string{"A: phone number", "C: [PHONE five oh three five five five one two]", "A: okay", "C: [PHONE three four] that's it"}},

	// The agent reads the number back.
	{"readback so that's correct", []string{"A: what's your phone number", "C: [PHONE four one five five five five two nine eight one]",
		"A: so that's [PHONE four one five five five five two nine eight one] correct", "C: yes"}},
	{"readback i have", []string{"A: and the phone number", "C: [PHONE three one two five five five oh one nine eight]",
		"A: okay i have [PHONE three one two five five five oh one nine eight] is that right", "C: that's right"}},
	{"readback bare", []string{"A: can i have your phone number", "C: [PHONE seven one eight five five five two two three four]",
		"A: [PHONE seven one eight five five five two two three four]", "C: yes"}},
	{"readback okay prefix", []string{"A: what number are you calling from", "C: [PHONE six oh two five five five one one nine nine]",
		"A: okay [PHONE six oh two five five five one one nine nine] thank you"}},
	{"readback in pieces", []string{"A: what's the phone number on the account", "C: [PHONE two oh two five five five four three two one]",
		"A: [PHONE two oh two]", "C: yes", "A: [PHONE five five five four three two one]", "C: that's it"}},
	{"readback let me confirm", []string{"A: your phone number please", "C: [PHONE eight five eight five five five three oh oh seven]",
		"A: let me confirm [PHONE eight five eight five five five three oh oh seven]", "C: correct"}},
	{"readback pairs", []string{"A: phone number", "C: [PHONE four oh four five five five nineteen eighty]",
		"A: so [PHONE four oh four five five five one nine eight oh]", "C: yep"}},
	{"caller repeats", []string{"A: sorry could you repeat the number", "C: sure [PHONE nine one seven five five five six six two four]"}},
	// (The agent's partial read-back is the number's digits too, as set15
	// labels a read-back: phone18 relabelled it from a false positive.)
	{"readback partial then caller", []string{"A: okay and the phone number", "C: [PHONE five one two five five five]", "A: [PHONE five five five]", "C: [PHONE three eight eight one]"}},

	// ZIP codes.
	{"zip asked", []string{"A: and the zip code", "C: [ZIP nine four one one two]"}},
	{"zip its", []string{"A: what's your zip code", "C: it's [ZIP six oh six one four]"}},
	{"zip yeah it's", []string{"A: can i have the zip", "C: yeah it's [ZIP three oh three oh nine]"}},
	{"zip cued", []string{"A: okay", "C: and the zip code is [ZIP seven eight seven oh one]"}},
	{"zip pairs", []string{"A: and your zip code", "C: [ZIP nine oh two ten]"}},
	{"zip readback", []string{"A: zip code", "C: [ZIP one oh oh one two]", "A: [ZIP one oh oh one two] okay", "C: yes"}},
	{"zip readback correct", []string{"A: and what's the zip", "C: [ZIP four eight two oh one]", "A: so that's [ZIP four eight two oh one] correct"}},
	{"zip asked again", []string{"A: sorry what was the zip code again", "C: [ZIP two oh one four seven]"}},
	{"zip zero", []string{"A: and the zip code please", "C: [ZIP zero two one three eight]"}},
	{"zip split after okay", []string{"A: and your zip code", "C: [ZIP nine five]", "A: okay", "C: [ZIP one two six]"}},

	// Addresses, with the ZIP after the town.
	{"address home", []string{"A: what address should we send the checks to", "C: [ADDRESS four twenty one oak street] [OUT springfield illinois] [ZIP six two seven oh four]"}},
	{"address digits", []string{"A: and your home address", "C: it's [ADDRESS one two three four maple avenue] [OUT harper valley california] [ZIP nine four one one two]"}},
	{"address hundreds", []string{"A: what's the mailing address", "C: [ADDRESS twenty two hundred west main street] [OUT dayton ohio] [ZIP four five four oh two]"}},
	{"address with apartment", []string{"A: and the address", "C: [ADDRESS fifteen oh five pine road apartment three] [OUT austin texas] [ZIP seven eight seven oh two]"}},
	{"address lane", []string{"A: where do you live", "C: i live at [ADDRESS eight eight cherry lane] [OUT boise idaho]"}},
	{"address drive", []string{"A: can you give me your address", "C: yeah it's [ADDRESS three forty seven willow drive]"}},
	{"address payee", []string{"A: what is the address of the company", "C: the address is [ADDRESS nine hundred market street] [OUT san francisco california] [ZIP nine four one oh three]"}},
	{"address payee boulevard", []string{"A: and their address", "C: [ADDRESS sixty one hundred sunset boulevard] [OUT los angeles] [ZIP nine oh oh two eight]"}},
	{"address readback", []string{"A: what's your address", "C: [ADDRESS seven twelve birch court]",
		"A: okay so that's [ADDRESS seven twelve birch court] correct", "C: yes"}},
	{"address split by okay", []string{"A: what's your address", "C: [ADDRESS four oh nine]", "A: okay", "C: [ADDRESS elm street] [OUT portland oregon] [ZIP nine seven two oh one]"}},
	{"address zip after okay", []string{"A: and the address for the payment", "C: [ADDRESS two fifty five river road] [OUT tulsa oklahoma]", "A: okay", "C: [ZIP seven four one oh three]"}},
	{"address spelled street", []string{"A: address please", "C: [ADDRESS five five five first street f i r s t] [OUT denver colorado]"}},

	// Talk that is no PII.
	{"amount to pay", []string{"A: how much would you like to pay", "C: [HN two hundred and fifty dollars]"}},
	{"amount bare", []string{"A: and how much is the bill", "C: it's [HN one fifty]"}},
	{"amount with cents", []string{"A: your balance in checking is [HN three thousand four hundred twenty one dollars and fifty six cents]", "C: okay thanks"}},
	{"amount transfer", []string{"C: i'd like to transfer [HN five hundred] from checking to savings", "A: sure"}},
	{"amount long", []string{"A: the available balance is [HN twelve thousand three hundred forty five dollars and sixty seven cents]"}},
	{"amount readback", []string{"A: how much", "C: [HN eighty nine ninety nine]", "A: [HN eighty nine ninety nine] okay"}},
	{"branch hours", []string{"C: what are your hours", "A: we're open from [HN nine a m] to [HN five p m] monday through friday and [HN ten] to [HN two] on saturday"}},
	{"appointment time", []string{"A: what time works for you", "C: [HN two thirty] on thursday"}},
	{"appointment clock", []string{"A: we have an opening at [HN four o'clock p m]", "C: that works"}},
	{"press one", []string{"A: if you call back you can press one for english and then press three for accounts", "C: okay"}},
	{"business days", []string{"A: the new card will arrive in [HN seven to ten] business days", "C: great"}},
	{"checks count", []string{"C: i'd like to order checks", "A: how many boxes", "C: two boxes please", "A: that will be [HN twenty four ninety five]"}},
	{"times pair", []string{"A: the branch opens at [HN eight thirty] and closes at [HN six]"}},
	{"charge with a date", []string{"C: i'm calling about a charge of [HN forty two fifty] on the twelfth", "A: let me look"}},
	{"amount after phone question", []string{"A: what's your phone number", "C: [PHONE two oh six five five five one two one two]", "A: okay and how much would you like to pay",
		"C: [HN one hundred twenty five dollars]"}},
	{"amount and time", []string{"C: can i pay [HN three hundred] today", "A: sure it will post by [HN five p m]"}},
}

// TestProbe_BankCalls measures the probe (run with -v for the table and
// the cases missed; the probe is this engineer's own text, not a set's).
func TestProbe_BankCalls(t *testing.T) {
	type count struct{ n, found int }
	per := map[string]*count{}
	var fpWords, plainWords, hnHit, hnWords int
	var misses []string
	for _, c := range bankCallProbe {
		tr, ents := dialogue(false, c.turns...)
		fs, err := redact.Find(tr, redact.DefaultPolicy())
		require.NoError(t, err, c.name)
		cover := make([]map[redact.Type]bool, len(tr.Words))
		for _, f := range fs {
			for i := f.FirstWord; i <= f.LastWord; i++ {
				if tr.Words[i].Channel != f.Channel {
					continue
				}
				if cover[i] == nil {
					cover[i] = map[redact.Type]bool{}
				}
				cover[i][f.Type] = true
			}
		}
		kind := make([]string, len(tr.Words))
		for _, e := range ents {
			for i := e.first; i <= e.last; i++ {
				kind[i] = e.typ
			}
			if e.typ == "OUT" || e.typ == "HN" {
				continue
			}
			if per[e.typ] == nil {
				per[e.typ] = &count{}
			}
			per[e.typ].n++
			ok := true
			for i := e.first; i <= e.last; i++ {
				hit := cover[i][redact.Type(e.typ)] || e.typ == string(redact.ZIP) && cover[i][redact.Address]
				ok = ok && hit
			}
			if ok {
				per[e.typ].found++
			} else {
				misses = append(misses, fmt.Sprintf("%s: %s %q", c.name, e.typ, wordsText(tr, e.first, e.last)))
			}
		}
		for i := range tr.Words {
			switch kind[i] {
			case "":
				plainWords++
				if len(cover[i]) > 0 {
					fpWords++
					misses = append(misses, fmt.Sprintf("%s: FP %q", c.name, tr.Words[i].Text))
				}
			case "HN":
				hnWords++
				if len(cover[i]) > 0 {
					hnHit++
					misses = append(misses, fmt.Sprintf("%s: HN %q", c.name, tr.Words[i].Text))
				}
			}
		}
	}
	types := make([]string, 0, len(per))
	for ty := range per {
		types = append(types, ty)
	}
	sort.Strings(types)
	var b strings.Builder
	for _, ty := range types {
		fmt.Fprintf(&b, "%s %d/%d  ", ty, per[ty].found, per[ty].n)
	}
	fmt.Fprintf(&b, "FP %d/%d words (%.2f%%)  HN %d/%d words (%.2f%%)", fpWords, plainWords, 100*float64(fpWords)/float64(plainWords),
		hnHit, hnWords, 100*float64(hnHit)/float64(hnWords))
	t.Log("probe: " + b.String())
	for _, m := range misses {
		t.Log("  " + m)
	}
	assert.GreaterOrEqual(t, len(bankCallProbe), 60)
	// Floors: what the probe reached with the rules of pii-hvb15 (before
	// them: PHONE 37/47, ZIP 20/21, ADDRESS 13/14, no FP, no HN).
	for ty, floor := range map[string]int{"PHONE": 46, "ZIP": 21, "ADDRESS": 13} {
		assert.GreaterOrEqual(t, per[ty].found, floor, ty)
	}
	assert.Zero(t, fpWords, "false-positive words")
	assert.Zero(t, hnHit, "hard-negative words")
}
