package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// gen draws calls.
type gen struct {
	r  *rand.Rand
	nm *nameData
}

// form is one way an entity (or a group of entities) appears in a call.
type form struct {
	name string
	fn   func(g *gen, c *conv)
}

// allForms covers every form of the tables. Each call has one as
// its focus and a few others drawn at random.
var allForms = []form{
	{"phone-written-grouped", (*gen).phoneWrittenGrouped},
	{"phone-written-plain", (*gen).phoneWrittenPlain},
	{"phone-three-tokens", (*gen).phoneThreeTokens},
	{"phone-spoken-digits", (*gen).phoneSpokenDigits},
	{"phone-double-triple", (*gen).phoneDoubleTriple},
	{"phone-hundreds-pairs", (*gen).phoneHundredsPairs},
	{"phone-mixed", (*gen).phoneMixed},
	{"phone-fillers-punct", (*gen).phoneFillersPunct},
	{"phone-country-code", (*gen).phoneCountryCode},
	{"phone-seven", (*gen).phoneSeven},
	{"phone-extension", (*gen).phoneExtension},
	{"phone-self-correction", (*gen).phoneSelfCorrection},
	{"phone-answer", (*gen).phoneAnswer},
	{"card-written-grouped", (*gen).cardWrittenGrouped},
	{"card-written-one-token", (*gen).cardWrittenOneToken},
	{"card-spoken", (*gen).cardSpoken},
	{"card-spoken-fillers", (*gen).cardSpokenFillers},
	{"card-expiry-cvv", (*gen).cardExpiryCVV},
	{"card-back-digits", (*gen).cardBackDigits},
	{"card-last-four", (*gen).cardLastFour},
	{"ssn-written", (*gen).ssnWritten},
	{"ssn-spoken", (*gen).ssnSpoken},
	{"ssn-last-four", (*gen).ssnLastFour},
	{"ssn-answer", (*gen).ssnAnswer},
	{"account-number", (*gen).accountNumber},
	{"account-member-id", (*gen).accountMemberID},
	{"account-policy", (*gen).accountPolicy},
	{"account-routing", (*gen).accountRouting},
	{"account-iban", (*gen).accountIBAN},
	{"account-order-payment", (*gen).accountOrderPayment},
	{"account-ending-in", (*gen).accountEndingIn},
	{"zip-cued", (*gen).zipCued},
	{"zip-after-state", (*gen).zipAfterState},
	{"zip-nine", (*gen).zipNine},
	{"email-written", (*gen).emailWritten},
	{"email-spoken", (*gen).emailSpoken},
	{"email-initial-co-uk", (*gen).emailInitial},
	{"email-spelled", (*gen).emailSpelled},
	{"person-my-name-is", (*gen).personMyNameIs},
	{"person-this-is", (*gen).personThisIs},
	{"person-speaking-with", (*gen).personSpeakingWith},
	{"person-im", (*gen).personIm},
	{"person-title", (*gen).personTitle},
	{"person-first-last-name-is", (*gen).personFirstLastNameIs},
	{"person-spelled", (*gen).personSpelled},
	{"person-ask-for", (*gen).personAskFor},
	{"person-pair", (*gen).personPair},
	{"person-word-name", (*gen).personWordName},
	{"address-written", (*gen).addressWritten},
	{"address-spoken", (*gen).addressSpoken},
	{"address-unit", (*gen).addressUnit},
	{"address-directional", (*gen).addressDirectional},
	{"dob-spoken", (*gen).dobSpoken},
	{"dob-numeric", (*gen).dobNumeric},
	{"dob-day-of-month", (*gen).dobDayOfMonth},
	{"dob-born-on", (*gen).dobBornOn},
	{"dob-birthday", (*gen).dobBirthday},
	{"dob-answer", (*gen).dobAnswer},
	{"number-uncued", (*gen).numberUncued},
}

// call builds one call around focus.
func (g *gen) call(focus form) *conv {
	c := &conv{r: g.r}
	g.opening(c)
	g.reason(c)
	steps := []func(){func() { focus.fn(g, c) }}
	for range 1 + g.r.IntN(3) {
		f := pick(g.r, allForms)
		steps = append(steps, func() { f.fn(g, c) })
	}
	for range 2 + g.r.IntN(3) {
		steps = append(steps, func() { g.negative(c) })
	}
	for range 1 + g.r.IntN(3) {
		steps = append(steps, func() { g.chatter(c) })
	}
	g.r.Shuffle(len(steps)-1, func(i, j int) { steps[i+1], steps[j+1] = steps[j+1], steps[i+1] })
	for _, s := range steps {
		s()
	}
	g.closing(c)
	return c
}

// ---- names ----

func nameToks(ns ...string) []tok {
	out := make([]tok, len(ns))
	for i, n := range ns {
		out[i] = tok{text: capitalise(n)}
	}
	return out
}

// fullName draws a first and last name (either may be outside the gazetteer).
func (g *gen) fullName() []tok { return nameToks(g.nm.first(g.r), g.nm.last(g.r)) }

// ---- opening, reason, closing ----

var companies = []string{"Acme Wireless", "Northfield Bank", "Bluebird Insurance", "Summit Health", "Cascade Energy", "Brightline Internet"}

func (g *gen) opening(c *conv) {
	co := pick(g.r, companies)
	switch g.r.IntN(4) {
	case 0:
		c.agent(P("Thank you for calling "+co+", this is"), E("PERSON", "agent-this-is", nameToks(g.nm.first(g.r))), P(". How can I help you today?"))
	case 1:
		c.agent(P("Hi, you've reached "+co+" billing, my name is"), E("PERSON", "agent-my-name-is", nameToks(g.nm.first(g.r))), P(". What can I do for you?"))
	case 2:
		c.agent(P("Good morning, " + co + ", how can I help?"))
	default:
		c.agent(P("Thanks for holding. How can I help you?"))
	}
}

var reasons = []string{
	"Hi, yeah, I'm calling about my bill, it looks like I got charged twice.",
	"I need to update some information on my account.",
	"Hi. Um, I'm trying to make a payment and the website keeps giving me an error.",
	"Yeah, hi, I got a letter in the mail and I'm not sure what it means.",
	"I want to cancel my subscription, please.",
	"Hi, I'm calling because my card got declined yesterday.",
	"I moved recently and I need to change my address.",
	"My internet has been going out every night this week.",
	"I just have a question about my policy.",
	"I'm calling to check on a claim I filed.",
	"Hi, so I got a text saying my payment failed, but my bank says it went through.",
	"Yeah, um, my mom passed away last month and I need to close her account.",
	"I'm trying to add my son to my plan.",
	"Hi, the technician never showed up today and nobody called.",
	"I need a copy of my last three statements for my taxes.",
	"Hello? Hi. Sorry, I was on hold forever. I need to report a lost card.",
}

func (g *gen) reason(c *conv) {
	c.cust(P(pick(g.r, reasons)))
	c.agent(P(pick(g.r, []string{
		"Okay, I can help with that. First I need to verify a few things.",
		"Sure, I'm happy to look into that for you.",
		"I'm sorry to hear that. Let me pull up your account.",
		"Alright, no problem. Let's get you verified first.",
	})))
}

func (g *gen) closing(c *conv) {
	c.agent(P(pick(g.r, []string{
		"Is there anything else I can help you with today?",
		"Will that be all for today?",
		"Alright, you're all set. Anything else?",
	})))
	c.cust(P(pick(g.r, []string{"No, that's it. Thank you so much.", "Nope, that's all. Thanks.", "No, I think that's everything. Bye."})))
	c.agent(P("Thank you for calling, have a great day."))
}

// ---- PHONE ----

func (g *gen) askPhone(c *conv) {
	c.agent(P(pick(g.r, []string{
		"What's the best phone number to reach you?",
		"Can I get a good callback number?",
		"And what's the phone number on the account?",
	})))
}

var phoneLeads = []string{"My number is", "Yeah, it's", "You can reach me at", "The best number is", "My cell is", "Call me back at", "It's"}

func (g *gen) phoneTurn(c *conv, form string, toks []tok) {
	g.askPhone(c)
	c.cust(P(pick(g.r, phoneLeads)), E("PHONE", form, toks), P("."))
}

func (g *gen) phoneWrittenGrouped(c *conv) {
	n := phoneNumber(g.r)
	var toks []tok
	switch g.r.IntN(3) {
	case 0:
		toks = T(n[:3] + "-" + n[3:6] + "-" + n[6:])
	case 1:
		toks = T("("+n[:3]+")", n[3:6]+"-"+n[6:])
	default:
		toks = T(n[:3] + "." + n[3:6] + "." + n[6:])
	}
	g.phoneTurn(c, "written-grouped", toks)
}

func (g *gen) phoneWrittenPlain(c *conv) {
	g.phoneTurn(c, "written-plain", T(phoneNumber(g.r)))
}

func (g *gen) phoneThreeTokens(c *conv) {
	n := phoneNumber(g.r)
	toks := T(n[:3], n[3:6], n[6:])
	if g.r.IntN(2) == 0 {
		toks = commaGroups([][]tok{T(n[:3]), T(n[3:6]), T(n[6:])})
	}
	g.phoneTurn(c, "three-tokens", toks)
}

func (g *gen) phoneSpokenDigits(c *conv) {
	n := phoneNumber(g.r)
	pOh := []float64{0, 1}[g.r.IntN(2)] // "oh" or "zero" throughout
	groups := [][]tok{T(spokenDigits(g.r, n[:3], pOh, 0)...), T(spokenDigits(g.r, n[3:6], pOh, 0)...), T(spokenDigits(g.r, n[6:], pOh, 0)...)}
	g.phoneTurn(c, "spoken-digits", commaGroups(groups))
}

func (g *gen) phoneDoubleTriple(c *conv) {
	// Make sure the number has a double and, half the time, a triple.
	n := []byte(phoneNumber(g.r))
	d := byte('0' + g.r.IntN(10))
	n[4], n[5] = d, d
	if g.r.IntN(2) == 0 {
		e := byte('1' + g.r.IntN(9))
		n[7], n[8], n[9] = e, e, e
	}
	s := string(n)
	groups := [][]tok{T(spokenDigits(g.r, s[:3], 0.7, 1)...), T(spokenDigits(g.r, s[3:6], 0.7, 1)...), T(spokenDigits(g.r, s[6:], 0.7, 1)...)}
	g.phoneTurn(c, "double-triple", commaGroups(groups))
}

func (g *gen) phoneHundredsPairs(c *conv) {
	n := phoneNumber(g.r)
	groups := [][]tok{T(hundredsForm(g.r, n[:3])...), T(hundredsForm(g.r, n[3:6])...), T(pairsForm(g.r, n[6:])...)}
	if g.r.IntN(2) == 0 {
		groups[1] = T(spokenDigits(g.r, n[3:6], 0.7, 0)...)
	}
	g.phoneTurn(c, "hundreds-pairs", commaGroups(groups))
}

func (g *gen) phoneMixed(c *conv) {
	n := phoneNumber(g.r)
	g.phoneTurn(c, "mixed-numerals-words", T(mixedDigits(g.r, n)...))
}

func (g *gen) phoneFillersPunct(c *conv) {
	n := phoneNumber(g.r)
	groups := [][]tok{T(spokenDigits(g.r, n[:3], 0.6, 0)...), T(spokenDigits(g.r, n[3:6], 0.6, 0)...), T(spokenDigits(g.r, n[6:], 0.6, 0)...)}
	var toks []tok
	if g.r.IntN(2) == 0 {
		// a standalone dash token between groups
		toks = cat(groups[0], O("-"), groups[1], O("-"), groups[2])
	} else {
		toks = commaGroups(groups)
	}
	toks = fillerIn(g.r, toks, 0.25)
	if !hasOpt(toks) {
		toks = cat(toks[:3], O("uh"), toks[3:])
	}
	g.phoneTurn(c, "fillers-punct", toks)
}

func hasOpt(toks []tok) bool {
	for _, t := range toks {
		if t.opt {
			return true
		}
	}
	return false
}

func (g *gen) phoneCountryCode(c *conv) {
	n := phoneNumber(g.r)
	var toks []tok
	form := "country-code"
	switch g.r.IntN(4) {
	case 0:
		toks = T("+1", n[:3], n[3:6], n[6:])
	case 1:
		toks = T("+1-" + n[:3] + "-" + n[3:6] + "-" + n[6:])
	case 2:
		toks = cat(T("one"), T(spokenDigits(g.r, n, 0.6, 0)...))
	default:
		// toll-free: 1-800
		line := "55501" + randDigits(g.r, 2)
		if g.r.IntN(2) == 0 {
			toks = T("1-800-" + line[:3] + "-" + line[3:])
		} else {
			toks = cat(T("one", "eight", "hundred"), T(spokenDigits(g.r, line, 0.6, 0)...))
		}
		form = "country-code-tollfree"
	}
	g.phoneTurn(c, form, toks)
}

func (g *gen) phoneSeven(c *conv) {
	n := phoneNumber(g.r)[3:]
	var toks []tok
	switch g.r.IntN(3) {
	case 0:
		toks = T(n[:3] + "-" + n[3:])
	case 1:
		toks = T(spokenDigits(g.r, n, 0.7, 0.3)...)
	default:
		toks = cat(T(hundredsForm(g.r, n[:3])...), T(pairsForm(g.r, n[3:])...))
	}
	c.agent(P("And is there a local number where we can reach you?"))
	c.cust(P("Yeah, my home number is"), E("PHONE", "seven-digit", toks), P("."))
}

func (g *gen) phoneExtension(c *conv) {
	n := phoneNumber(g.r)
	ext := strconv.Itoa(10 + g.r.IntN(990))
	var num []tok
	if g.r.IntN(2) == 0 {
		num = T(n[:3] + "-" + n[3:6] + "-" + n[6:])
	} else {
		num = commaGroups([][]tok{T(spokenDigits(g.r, n[:3], 0.7, 0)...), T(spokenDigits(g.r, n[3:6], 0.7, 0)...), T(spokenDigits(g.r, n[6:], 0.7, 0)...)})
	}
	var extToks []tok
	switch g.r.IntN(3) {
	case 0:
		extToks = cat(O("extension"), T(ext))
	case 1:
		extToks = cat(O("ext."), T(ext))
	default:
		extToks = cat(O("extension"), T(spokenDigits(g.r, ext, 0.5, 0)...))
	}
	c.agent(P("What's your work number?"))
	c.cust(P("It's"), E("PHONE", "extension", cat(num, extToks)), P(". That goes straight to my desk."))
}

func (g *gen) phoneSelfCorrection(c *conv) {
	n := phoneNumber(g.r)
	wrong := spokenDigits(g.r, n[:3], 0.7, 0)
	wrong[len(wrong)-1] = ones[(int(n[2]-'0')+1)%10]
	toks := cat(O(wrong...), O("uh,", "no,", "sorry,"), T(spokenDigits(g.r, n, 0.7, 0)...))
	g.phoneTurn(c, "self-correction", toks)
}

func (g *gen) phoneAnswer(c *conv) {
	// The cue is only in the agent's question; the customer says just the digits.
	n := phoneNumber(g.r)
	g.askPhone(c)
	groups := [][]tok{T(spokenDigits(g.r, n[:3], 0.7, 0.3)...), T(spokenDigits(g.r, n[3:6], 0.7, 0.3)...), T(spokenDigits(g.r, n[6:], 0.7, 0.3)...)}
	var toks []tok
	if g.r.IntN(3) == 0 {
		toks = T(n[:3] + "-" + n[3:6] + "-" + n[6:])
	} else {
		toks = commaGroups(groups)
	}
	c.cust(E("PHONE", "answer-only", toks), P("."))
}

// ---- CARD ----

func (g *gen) askCard(c *conv) {
	c.agent(P(pick(g.r, []string{
		"Okay, go ahead with the card number whenever you're ready.",
		"What's the card number you'd like to use?",
		"Can I have the long number on the front of the card?",
	})))
}

var cardLeads = []string{"Sure, the card number is", "Okay, it's", "It's a Visa,", "Yeah, the number is", "Okay so the card is"}

func (g *gen) cardDigitsSpoken(num string, sizes []int, pairs bool) [][]tok {
	var groups [][]tok
	for _, grp := range group(num, sizes) {
		if pairs && len(grp)%2 == 0 && g.r.IntN(2) == 0 {
			groups = append(groups, T(pairsForm(g.r, grp)...))
		} else {
			groups = append(groups, T(spokenDigits(g.r, grp, 0.6, 0.2)...))
		}
	}
	return groups
}

func (g *gen) cardWrittenGrouped(c *conv) {
	num, sizes := cardNumber(g.r)
	g.askCard(c)
	c.cust(P(pick(g.r, cardLeads)), E("CARD", "written-grouped", T(group(num, sizes)...)), P("."))
}

func (g *gen) cardWrittenOneToken(c *conv) {
	num, sizes := cardNumber(g.r)
	t := num
	if g.r.IntN(2) == 0 {
		t = strings.Join(group(num, sizes), "-")
	}
	g.askCard(c)
	c.cust(P(pick(g.r, cardLeads)), E("CARD", "written-one-token", T(t)), P("."))
}

func (g *gen) cardSpoken(c *conv) {
	num, sizes := cardNumber(g.r)
	g.askCard(c)
	c.cust(P(pick(g.r, cardLeads)), E("CARD", "spoken", commaGroups(g.cardDigitsSpoken(num, sizes, true))), P("."))
}

func (g *gen) cardSpokenFillers(c *conv) {
	num, sizes := cardNumber(g.r)
	g.askCard(c)
	groups := g.cardDigitsSpoken(num, sizes, false)
	toks := fillerIn(g.r, commaGroups(groups), 0.2)
	if !hasOpt(toks) {
		k := len(groups[0]) + len(groups[1])
		toks = cat(toks[:k], O("um,"), toks[k:])
	}
	c.cust(P(pick(g.r, cardLeads)), E("CARD", "spoken-fillers", toks), P("."))
}

func (g *gen) expiryToks() []tok {
	m, y := 1+g.r.IntN(12), 26+g.r.IntN(8)
	mm, yy := fmt.Sprintf("%02d", m), strconv.Itoa(y)
	switch g.r.IntN(5) {
	case 0:
		return T(mm + "/" + yy)
	case 1:
		return T(spokenDigits(g.r, mm+yy, 0.9, 0)...) // "oh eight two seven"
	case 2:
		return cat(T(twoDigits(g.r, mm)...), T(twoDigits(g.r, yy)...)) // "oh eight twenty seven"
	case 3:
		return T(months[m], "20"+yy)
	default:
		return cat(T(months[m]), T(yearWords(g.r, 2000+y)...))
	}
}

func (g *gen) cvvToks(n int) []tok {
	code := randDigits(g.r, n)
	if g.r.IntN(2) == 0 {
		return T(code)
	}
	return T(spokenDigits(g.r, code, 0.6, 0)...)
}

func (g *gen) cardExpiryCVV(c *conv) {
	c.agent(P("And the expiration date?"))
	exp := g.expiryToks()
	c.cust(P(pick(g.r, []string{"The expiration is", "It expires", "Expiration date is", "Um, exp is"})), E("CARD", "expiry", exp), P("."))
	c.agent(P("And the CVV?"))
	c.cust(P(pick(g.r, []string{"The CVV is", "Security code is", "CVV", "The security code is"})), E("CARD", "cvv", g.cvvToks(3+boolInt(g.r.IntN(5) == 0))), P("."))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (g *gen) cardBackDigits(c *conv) {
	c.agent(P("I'll also need the three digits on the back of the card."))
	c.cust(P(pick(g.r, []string{"The three digits on the back are", "Okay, the three digits on the back are", "The code on the back is"})), E("CARD", "back-digits", g.cvvToks(3)), P("."))
}

func (g *gen) cardLastFour(c *conv) {
	four := randDigits(g.r, 4)
	toks := T(four)
	if g.r.IntN(2) == 0 {
		toks = T(spokenDigits(g.r, four, 0.6, 0)...)
	}
	c.agent(P("Which card would you like to use?"))
	c.cust(P(pick(g.r, []string{"The one with the last four digits", "The last four of the card are", "The card ending in"})), E("CARD", "last-four", toks, "SSN"), P("."))
}

// ---- SSN ----

func (g *gen) ssnWritten(c *conv) {
	s := ssnNumber(g.r)
	toks := T(s[:3] + "-" + s[3:5] + "-" + s[5:])
	if g.r.IntN(2) == 0 {
		toks = T(s[:3], s[3:5], s[5:])
	}
	c.agent(P("To verify, can I get your Social Security number?"))
	c.cust(P(pick(g.r, []string{"Sure, my social is", "My Social Security number is", "It's, uh, my SSN is"})), E("SSN", "written", toks), P("."))
}

func (g *gen) ssnSpoken(c *conv) {
	s := ssnNumber(g.r)
	groups := [][]tok{T(spokenDigits(g.r, s[:3], 0.7, 0.2)...), T(spokenDigits(g.r, s[3:5], 0.7, 0.2)...), T(spokenDigits(g.r, s[5:], 0.7, 0.2)...)}
	toks := commaGroups(groups)
	if g.r.IntN(3) == 0 {
		toks = fillerIn(g.r, toks, 0.2)
	}
	c.agent(P("Can you verify your social for me?"))
	c.cust(P(pick(g.r, []string{"Yeah, my social security number is", "My social is", "Okay, social is"})), E("SSN", "spoken", toks), P("."))
}

func (g *gen) ssnLastFour(c *conv) {
	four := fmt.Sprintf("%04d", 1+g.r.IntN(9999))
	toks := T(four)
	if g.r.IntN(2) == 0 {
		toks = T(spokenDigits(g.r, four, 0.6, 0.2)...)
	}
	c.agent(P("Can I get the last four of your social?"))
	c.cust(P(pick(g.r, []string{"The last four of my social are", "Last four of my social is", "Sure, the last four are"})), E("SSN", "last-four", toks), P("."))
}

func (g *gen) ssnAnswer(c *conv) {
	s := ssnNumber(g.r)
	c.agent(P("And what's your Social Security number?"))
	var toks []tok
	if g.r.IntN(2) == 0 {
		toks = T(s[:3] + "-" + s[3:5] + "-" + s[5:])
	} else {
		toks = commaGroups([][]tok{T(spokenDigits(g.r, s[:3], 0.7, 0)...), T(spokenDigits(g.r, s[3:5], 0.7, 0)...), T(spokenDigits(g.r, s[5:], 0.7, 0)...)})
	}
	c.cust(E("SSN", "answer-only", toks), P("."))
}

// ---- ACCOUNT ----

func (g *gen) digitsSpokenOrWritten(s string) []tok {
	switch g.r.IntN(3) {
	case 0:
		return T(s)
	case 1:
		return T(spokenDigits(g.r, s, 0.7, 0.2)...)
	default:
		return T(mixedDigits(g.r, s)...)
	}
}

func (g *gen) accountNumber(c *conv) {
	s := randDigits(g.r, 6+g.r.IntN(7))
	c.agent(P("Can I have your account number, please?"))
	c.cust(P(pick(g.r, []string{"My account number is", "Yeah, the account number is", "Okay, account number"})), E("ACCOUNT", "account-number", fillerIn(g.r, g.digitsSpokenOrWritten(s), 0.08)), P("."))
}

func (g *gen) accountMemberID(c *conv) {
	l, d := upperLetters(g.r, 1+g.r.IntN(3)), randDigits(g.r, 6+g.r.IntN(4))
	var toks []tok
	switch g.r.IntN(3) {
	case 0:
		toks = T(l + d)
	case 1:
		toks = T(strings.Split(l, "")...)
		toks = append(toks, T(spokenDigits(g.r, d, 0.7, 0)...)...)
	default:
		toks = T(l + "-" + d)
	}
	c.cust(P(pick(g.r, []string{"My member ID is", "The member ID on the card is", "Member ID"})), E("ACCOUNT", "member-id", toks), P("."))
}

func (g *gen) accountPolicy(c *conv) {
	d := randDigits(g.r, 7+g.r.IntN(3))
	var toks []tok
	switch g.r.IntN(3) {
	case 0:
		toks = T("PLC-" + d)
	case 1:
		toks = T(d[:4], d[4:])
	default:
		toks = T(spokenDigits(g.r, d, 0.7, 0.3)...)
	}
	c.agent(P("Do you have your policy number handy?"))
	c.cust(P(pick(g.r, []string{"Yes, the policy number is", "Policy number is", "Uh, yeah, my policy number is"})), E("ACCOUNT", "policy-number", toks), P("."))
}

func (g *gen) accountRouting(c *conv) {
	rn := routingNumber(g.r)
	acct := randDigits(g.r, 8+g.r.IntN(5))
	c.agent(P("For the bank draft I'll need the routing number and the account number."))
	c.cust(P("Okay, the routing number is"), E("ACCOUNT", "routing", g.digitsSpokenOrWritten(rn)),
		P(", and the account number is"), E("ACCOUNT", "account-number", g.digitsSpokenOrWritten(acct)), P("."))
}

func (g *gen) accountIBAN(c *conv) {
	cc := pick(g.r, []string{"GB", "DE", "FR", "NL", "IE"})
	bank := upperLetters(g.r, 4)
	d := randDigits(g.r, 14)
	toks := T(cc+randDigits(g.r, 2), bank, d[:4], d[4:8], d[8:12], d[12:])
	if g.r.IntN(2) == 0 {
		toks = T(cc + randDigits(g.r, 2) + bank + d)
	}
	c.cust(P("The transfer came from my account abroad, the IBAN is"), E("ACCOUNT", "iban", toks), P("."))
}

func (g *gen) accountOrderPayment(c *conv) {
	d := randDigits(g.r, 5+g.r.IntN(4))
	c.agent(P("Which payment are you asking about?"))
	c.cust(P(pick(g.r, []string{"The payment for order number", "It's the payment on order number"})), E("ACCOUNT", "order-for-payment", g.digitsSpokenOrWritten(d)), P("."))
}

func (g *gen) accountEndingIn(c *conv) {
	d := randDigits(g.r, 4)
	c.cust(P(pick(g.r, []string{"It's the checking account ending in", "The account number ends in", "My savings account, the one ending in"})), E("ACCOUNT", "ending-in", g.digitsSpokenOrWritten(d), "SSN"), P("."))
}

// ---- ZIP ----

func zipCode(r *rand.Rand) string { return strconv.Itoa(1+r.IntN(9)) + randDigits(r, 4) }

var states = []string{"Illinois", "Texas", "Ohio", "California", "Oregon", "Georgia", "Florida", "New York", "North Carolina", "Arizona", "Michigan", "Virginia"}
var cities = []string{"Springfield", "Austin", "Columbus", "Fresno", "Salem", "Macon", "Tampa", "Albany", "Raleigh", "Tucson", "Lansing", "Norfolk"}

func (g *gen) zipToks(z string) []tok {
	switch g.r.IntN(3) {
	case 0:
		return T(z)
	case 1:
		return T(spokenDigits(g.r, z, 0.8, 0.2)...)
	default:
		return T(mixedDigits(g.r, z)...)
	}
}

func (g *gen) zipCued(c *conv) {
	c.agent(P("And the zip code?"))
	c.cust(P(pick(g.r, []string{"Zip code is", "The zip is", "It's, uh, zip code"})), E("ZIP", "cued", g.zipToks(zipCode(g.r))), P("."))
}

func (g *gen) zipAfterState(c *conv) {
	i := g.r.IntN(len(cities))
	c.cust(P("I'm in "+cities[i]+", "+states[i]), E("ZIP", "after-state", g.zipToks(zipCode(g.r))), P("."))
}

func (g *gen) zipNine(c *conv) {
	z, p4 := zipCode(g.r), randDigits(g.r, 4)
	var toks []tok
	if g.r.IntN(2) == 0 {
		toks = T(z + "-" + p4)
	} else {
		toks = cat(T(spokenDigits(g.r, z, 0.8, 0)...), O("dash"), T(spokenDigits(g.r, p4, 0.8, 0)...))
	}
	c.cust(P(pick(g.r, []string{"The zip plus four is", "Zip code is"})), E("ZIP", "nine-digit", toks), P("."))
}

// ---- EMAIL ----

var domains = []string{"gmail", "yahoo", "hotmail", "outlook", "aol", "icloud", "comcast"}

func (g *gen) askEmail(c *conv) {
	c.agent(P(pick(g.r, []string{"What email address should I send the confirmation to?", "Can I get your email address?", "And the email on file?"})))
}

func (g *gen) emailWritten(c *conv) {
	f, l := g.nm.first(g.r), g.nm.last(g.r)
	local := pick(g.r, []string{f + "." + l, f[:1] + l, f + l + strconv.Itoa(10+g.r.IntN(89)), f + "_" + l})
	addr := local + "@" + pick(g.r, domains) + pick(g.r, []string{".com", ".com", ".net", ".co.uk"})
	g.askEmail(c)
	s := E("EMAIL", "written", T(addr))
	s.noCap = true
	c.cust(P("It's"), s, P("."))
}

func (g *gen) emailSpoken(c *conv) {
	f, l := g.nm.first(g.r), g.nm.last(g.r)
	var local []tok
	switch g.r.IntN(4) {
	case 0:
		local = T(f, "dot", l)
	case 1:
		local = T(f, "underscore", l)
	case 2:
		local = cat(T(f, l), T(numberWords(10+g.r.IntN(89))...))
	default:
		local = T(f, l, strconv.Itoa(1970+g.r.IntN(40)))
	}
	toks := cat(local, T("at", pick(g.r, domains), "dot", pick(g.r, []string{"com", "com", "net", "org"})))
	g.askEmail(c)
	c.cust(P("Yeah, it's"), E("EMAIL", "spoken", toks), P("."))
}

func (g *gen) emailInitial(c *conv) {
	f, l := g.nm.first(g.r), g.nm.last(g.r)
	toks := T(f[:1], l, "at", pick(g.r, domains), "dot", "co", "dot", "uk")
	if g.r.IntN(2) == 0 {
		toks = T(f[:1], l, "at", pick(g.r, domains), "dot", "com")
	}
	g.askEmail(c)
	c.cust(P("It's"), E("EMAIL", "initial", toks), P("."))
}

func (g *gen) emailSpelled(c *conv) {
	f, l := g.nm.first(g.r), g.nm.last(g.r)
	letters := strings.Split(f[:1]+l, "")
	toks := cat(T(letters...), T("at", pick(g.r, domains), "dot", "com"))
	g.askEmail(c)
	c.cust(P("Sure, it's"), E("EMAIL", "spelled", toks), P("."))
}

// ---- PERSON ----

func (g *gen) personMyNameIs(c *conv) {
	c.agent(P("Can I get your full name, please?"))
	c.cust(P(pick(g.r, []string{"Yeah, my name is", "My name is", "Sure. My name's"})), E("PERSON", "my-name-is", g.fullName()), P("."))
}

func (g *gen) personThisIs(c *conv) {
	c.cust(P("Hi, this is"), E("PERSON", "this-is", g.fullName()), P(", I called yesterday about the same problem."))
}

func (g *gen) personSpeakingWith(c *conv) {
	c.agent(P("And who am I speaking with?"))
	if g.r.IntN(2) == 0 {
		c.cust(P("You're speaking with"), E("PERSON", "speaking-with", g.fullName()), P("."))
	} else {
		c.cust(P("This is"), E("PERSON", "this-is", g.fullName()), P("."))
	}
}

func (g *gen) personIm(c *conv) {
	if g.r.IntN(2) == 0 {
		c.cust(P("Hi, I'm"), E("PERSON", "im", g.fullName()), P(", I'm the account holder."))
	} else {
		c.cust(P("Yeah, I'm"), E("PERSON", "im", nameToks(g.nm.first(g.r))), P(", his wife. He asked me to call."))
	}
}

func (g *gen) personTitle(c *conv) {
	title := pick(g.r, []string{"Mr.", "Mrs.", "Ms.", "Dr."})
	var last string
	if g.r.IntN(4) == 0 {
		last = pick(g.r, []string{"white", "brown", "green", "long", "young", "king", "hill", "wood", "stone", "cook", "price", "bell", "lane", "rich", "hunt", "little"})
	} else {
		last = g.nm.last(g.r)
	}
	s := E("PERSON", "title", nameToks(last))
	s.pre = T(title)
	c.agent(P("Thank you,"), s, P(". I see the account here."))
}

func (g *gen) personFirstLastNameIs(c *conv) {
	c.agent(P("Can I have your first and last name?"))
	c.cust(P("First name is"), E("PERSON", "first-name-is", nameToks(g.nm.first(g.r))), P(", last name is"), E("PERSON", "last-name-is", nameToks(g.nm.last(g.r))), P("."))
}

func (g *gen) personSpelled(c *conv) {
	l := g.nm.last(g.r)
	letters := strings.Split(strings.ToUpper(l), "")
	var spelled []tok
	if g.r.IntN(3) == 0 {
		spelled = T(strings.Join(letters, "-"))
	} else {
		spelled = T(letters...)
	}
	c.agent(P("How do you spell your last name?"))
	c.cust(P("It's"), E("PERSON", "name", nameToks(l)), P(", spelled"), E("PERSON", "spelled", spelled), P("."))
}

func (g *gen) personAskFor(c *conv) {
	c.agent(P("If you call back, just ask for"), E("PERSON", "ask-for", nameToks(g.nm.first(g.r))), P("and reference this call."))
}

func (g *gen) personPair(c *conv) {
	n := nameToks(g.nm.gazFirst(g.r), g.nm.gazLast(g.r))
	lead := pick(g.r, [][2]string{
		{"I already talked to", "and they said it was fixed."},
		{"Last week", "told me the charge would be reversed."},
		{"The letter was signed by", ", and nobody called me back."},
		{"My neighbor", "has the same problem, by the way."},
	})
	c.cust(P(lead[0]), E("PERSON", "first-last-pair", n), P(lead[1]))
}

func (g *gen) personWordName(c *conv) {
	n := pick(g.r, g.nm.wordNames)
	for len(n) < 3 {
		n = pick(g.r, g.nm.wordNames)
	}
	switch g.r.IntN(4) {
	case 0:
		c.cust(P("My name is"), E("PERSON", "word-name-cued", nameToks(n, g.nm.last(g.r))), P("."))
	case 1:
		c.agent(P("Thanks for holding, this is"), E("PERSON", "word-name-cued", nameToks(n)), P(", I'll be taking over."))
	case 2:
		c.agent(P("If it happens again, ask for"), E("PERSON", "word-name-cued", nameToks(n)), P("in billing."))
	default:
		c.cust(P("First name is"), E("PERSON", "word-name-cued", nameToks(n)), P("."))
	}
}

// ---- ADDRESS ----

var streets = []string{"Oak", "Maple", "Elm", "Pine", "Cedar", "Main", "Washington", "Lincoln", "Park", "Lake", "Hill", "Sunset", "Highland", "Church", "Mill", "River", "Walnut", "Chestnut", "Franklin", "Jefferson", "Meadow", "Willow", "Spring", "Forest"}
var suffixes = []string{"Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Lane", "Drive", "Dr.", "Court", "Boulevard", "Blvd.", "Way", "Place"}

func (g *gen) houseNumber() string {
	return strconv.Itoa(1 + g.r.IntN(pick(g.r, []int{99, 999, 9999, 19999})))
}

func (g *gen) houseToks(n string) []tok {
	switch g.r.IntN(3) {
	case 0:
		return T(n)
	case 1:
		return T(spokenDigits(g.r, n, 0.7, 0)...)
	default:
		if len(n) == 4 {
			return T(pairsForm(g.r, n)...)
		}
		if len(n) == 3 {
			return T(hundredsForm(g.r, n)...)
		}
		v, _ := strconv.Atoi(n)
		return T(numberWords(v)...)
	}
}

func (g *gen) streetToks() []tok {
	return T(pick(g.r, streets), pick(g.r, suffixes))
}

func (g *gen) askAddress(c *conv) {
	c.agent(P(pick(g.r, []string{"What's the new address?", "Can you confirm the service address?", "And the mailing address on the account?"})))
}

func (g *gen) addressWritten(c *conv) {
	g.askAddress(c)
	c.cust(P(pick(g.r, []string{"It's", "I live at", "The address is"})), E("ADDRESS", "written", cat(T(g.houseNumber()), g.streetToks())), P("."))
}

func (g *gen) addressSpoken(c *conv) {
	g.askAddress(c)
	c.cust(P(pick(g.r, []string{"It's", "I'm at", "Uh, it's"})), E("ADDRESS", "spoken-number", cat(g.houseToks(g.houseNumber()), g.streetToks())), P("."))
}

func (g *gen) addressUnit(c *conv) {
	unit := pick(g.r, [][]tok{
		cat(O("apartment"), T(strconv.Itoa(1+g.r.IntN(30))+string(rune('A'+g.r.IntN(6))))),
		cat(O("apt"), T(strconv.Itoa(1+g.r.IntN(400)))),
		cat(O("unit"), T(strconv.Itoa(1+g.r.IntN(99)))),
		cat(O("suite"), T(strconv.Itoa(100+g.r.IntN(900)))),
		cat(O("apartment"), T(spokenDigits(g.r, strconv.Itoa(1+g.r.IntN(99)), 0.5, 0)...)),
	})
	street := cat(g.houseToks(g.houseNumber()), g.streetToks())
	street[len(street)-1].punct = ","
	g.askAddress(c)
	c.cust(P("It's"), E("ADDRESS", "with-unit", cat(street, unit)), P("."))
	i := g.r.IntN(len(cities))
	c.cust(P("In " + cities[i] + "."))
}

func (g *gen) addressDirectional(c *conv) {
	dir := pick(g.r, []string{"North", "South", "East", "West", "N.", "W."})
	toks := cat(T(g.houseNumber(), dir), g.streetToks())
	if g.r.IntN(3) == 0 {
		// self-correction of the street name
		toks = cat(T(g.houseNumber()), O(pick(g.r, streets)+",", "sorry,"), T(dir), g.streetToks())
	}
	g.askAddress(c)
	c.cust(P("Yeah, it's"), E("ADDRESS", "directional", toks), P("."))
}

// ---- DOB ----

func (g *gen) birthDate() (y, m, d int) {
	return 1940 + g.r.IntN(66), 1 + g.r.IntN(12), 1 + g.r.IntN(28)
}

func (g *gen) dobSpokenToks() []tok {
	y, m, d := g.birthDate()
	if g.r.IntN(3) == 0 {
		return cat(T(months[m], ordinalNumeral(d)+","), T(strconv.Itoa(y)))
	}
	return cat(T(strings.ToLower(months[m])), T(ordinalWords(d)...), T(yearWords(g.r, y)...))
}

var dobLeads = []string{"My date of birth is", "Date of birth is", "DOB is", "Yeah, my birth date is"}

func (g *gen) dobSpoken(c *conv) {
	c.agent(P("Can you verify your date of birth?"))
	c.cust(P(pick(g.r, dobLeads)), E("DOB", "spoken", g.dobSpokenToks()), P("."))
}

func (g *gen) dobNumeric(c *conv) {
	y, m, d := g.birthDate()
	t := pick(g.r, []string{
		fmt.Sprintf("%d/%d/%02d", m, d, y%100),
		fmt.Sprintf("%02d/%02d/%d", m, d, y),
		fmt.Sprintf("%d-%d-%d", m, d, y),
	})
	c.agent(P("And your date of birth?"))
	c.cust(P(pick(g.r, dobLeads)), E("DOB", "numeric", T(t)), P("."))
}

func (g *gen) dobDayOfMonth(c *conv) {
	y, m, d := g.birthDate()
	toks := cat(O("the"), T(ordinalWords(d)...), T("of", months[m]+","), T(yearWords(g.r, y)...))
	c.agent(P("Date of birth?"))
	c.cust(P(pick(g.r, []string{"I was born on", "Date of birth is", "Born on"})), E("DOB", "day-of-month", toks), P("."))
}

func (g *gen) dobBornOn(c *conv) {
	c.cust(P("I was born on"), E("DOB", "born-on", g.dobSpokenToks()), P(", so I should qualify for the senior discount."))
}

func (g *gen) dobBirthday(c *conv) {
	_, m, d := g.birthDate()
	toks := cat(T(months[m]), T(ordinalWords(d)...))
	if g.r.IntN(2) == 0 {
		toks = cat(O("the"), T(ordinalWords(d)...), T("of", months[m]))
	}
	c.cust(P("My birthday is"), E("DOB", "birthday", toks), P(", can I get the birthday credit?"))
}

func (g *gen) dobAnswer(c *conv) {
	y, m, d := g.birthDate()
	c.agent(P("And can I have your date of birth?"))
	toks := cat(T(strings.ToLower(months[m])), T(ordinalWords(d)...), T(yearWords(g.r, y)...))
	if g.r.IntN(3) == 0 {
		toks = T(fmt.Sprintf("%d/%d/%02d", m, d, y%100))
	}
	c.cust(E("DOB", "answer-only", toks), P("."))
}

// ---- NUMBER ----

func (g *gen) numberUncued(c *conv) {
	d := randDigits(g.r, 7+g.r.IntN(5))
	c.cust(P(pick(g.r, []string{"The letter has", "At the top it says", "The code they gave me was"})), E("NUMBER", "uncued-long", g.digitsSpokenOrWritten(d), "ACCOUNT", "PHONE", "SSN"), P("on it, if that helps."))
}
