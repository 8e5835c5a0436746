package redact

// Cues ("account number", "date of birth", "my name is") are looked up in
// the words of all channels in time order, so an agent's question on one
// channel marks the customer's answer on the other. A cue marks the first
// value after it, within a few words (three for one-word cues such as
// "account", eight for phrases). Beyond that reach, a value that opens its
// speaker's turn (after lead-ins: "um, I think it's") takes the cue of the
// question it answers, however long ("and the PIN on the account?"), also
// over a short hold ("hold on, it's on the check" ... "no rush" ...
// "okay, 0 1 1 ..."); one walker (questionBefore) serves every answer to a
// question. An ID of a telling shape with no cue in reach takes its type
// from the nearest talk, within 40 words, of a routing number (ABA-valid),
// passport (9 characters), driver's license, social (a valid SSN), PIN
// (4-6 digits, within 15 words) or account. A number stops at a change of
// speaker on one channel, and a backchannel said over it on the other
// channel ("yes" while the agent reads it back) does not cut it.

import (
	"reflect"
	"sort"
	"strings"
	"sync"
)

// cueCat is what a cue phrase says about the value that follows it.
type cueCat uint8

const (
	cueNone     cueCat = iota
	cuePhone           // "phone number", "call me at"
	cueCard            // "card number", "visa"
	cueExpiry          // "expiration date"
	cueCVV             // "security code", "cvv"
	cueSSN             // "social security number"
	cueLastFour        // "last four"
	cueAccount         // "account number", "member id", "policy number"
	cueRouting         // "routing number"
	cueZIP             // "zip code"
	cueDOB             // "date of birth"
	cueRef             // order, confirmation, case, ticket, tracking numbers: not PII of a cued type
	cueNotPII          // prices, quantities, times, versions spoken before a number
	cuePerson          // person-name cues (separate table)
	cuePersonStrong
	cueAddress  // "I live at", "address is"
	cuePIN      // "pin number", "passcode"
	cueLicense  // "driver's license number"
	cuePassport // "passport number"
	cueMedicare // "medicare number", "mbi"
	cuePassword // "password", "mother's maiden name" (secretCues)
	cueUsername // "username", "login" (secretCues)
)

// cueTypes maps the categories of the number cues that announce PII to
// its type: the type of the value after the cue, and of the answer to a
// question that asks with it. (cueRef and cueNotPII announce no PII; the
// name, address and secret cues have tables of their own.)
var cueTypes = map[cueCat]Type{
	cuePhone: Phone, cueCard: Card, cueExpiry: CardExpiry, cueCVV: CardCVV, cueSSN: SSN, cueLastFour: SSN,
	cueAccount: Account, cueRouting: Routing, cueZIP: ZIP, cueDOB: DOB, cuePIN: PIN, cueLicense: License,
	cuePassport: Passport, cueMedicare: Medicare,
}

// cueTypesOf returns the entries of cueTypes for cats.
func cueTypesOf(cats ...cueCat) map[cueCat]Type {
	m := make(map[cueCat]Type, len(cats))
	for _, c := range cats {
		m[c] = cueTypes[c]
	}
	return m
}

type cuePhrase struct {
	words []string // in order
	cat   cueCat
	max   int // content words it may sit before the value; 0 = the caller's window
}

// genericMax is how far a one-word generic cue ("~account", "~card") may sit
// before its value: unlike "account number" it is often just talk about the
// account.
const genericMax = 3

// cueTable indexes cue phrases by their last word, longest first.
type cueTable map[string][]cuePhrase

// Call it only at package initialisation: it adds the last words to
// cueWords.
func newCueTable(entries map[cueCat][]string) cueTable {
	tab := cueTable{}
	for cat, phrases := range entries {
		for _, ph := range phrases {
			m := 0
			if strings.HasPrefix(ph, "~") {
				ph, m = ph[1:], genericMax
			}
			ws := strings.Fields(ph)
			last := ws[len(ws)-1]
			cueWords[last] = true
			tab[last] = append(tab[last], cuePhrase{words: ws, cat: cat, max: m})
		}
	}
	for k, v := range tab {
		sort.SliceStable(v, func(a, b int) bool {
			if len(v[a].words) != len(v[b].words) {
				return len(v[a].words) > len(v[b].words)
			}
			return strings.Join(v[a].words, " ") < strings.Join(v[b].words, " ")
		})
		tab[k] = v
	}
	return tab
}

// cueWords holds the last word of every phrase of every cueTable, so that
// newShared can mark once per word (shared.cue) the words that may end a
// cue, and the cue searches, which look at each word many times, skip the
// table lookups of every other word.
var cueWords = map[string]bool{}

// cueLookups are the cue tables that newShared looks each word up in once
// (shared.cueOf): lookBack, cueJustBefore, cueEndingAt and questionCue
// pass a word many times (one walk back per candidate value) and read its
// phrases there instead of asking the table each time.
var cueLookups = [...]*cueTable{cueLookupNumber: &numberCues, &personCues, &dobCues, &secretCues}

const cueLookupNumber = 0 // (numberCues' index in cueLookups)

// cueEntry holds a word's phrases in each table of cueLookups (nil where
// the word ends no phrase of it).
type cueEntry [len(cueLookups)][]cuePhrase

// cueEntries maps every word of cueWords to its cueEntry. It is built on
// first use, after the tables are complete (cues_docid.go merges into
// numberCues at init).
var cueEntries = sync.OnceValue(func() map[string]*cueEntry {
	m := map[string]*cueEntry{}
	for k, tab := range cueLookups {
		for l, phs := range *tab {
			e := m[l]
			if e == nil {
				e = &cueEntry{}
				m[l] = e
			}
			e[k] = phs
		}
	}
	return m
})

// cueEntriesOf returns the cueEntry of the lowercase word l and, when l
// ends in "'s", that of l without it ("social security number's"); a word
// with neither ends no cue (mayEndCue).
func cueEntriesOf(l string) (own, base *cueEntry) {
	m := cueEntries()
	own = m[l]
	if strings.HasSuffix(l, "'s") {
		base = m[l[:len(l)-2]]
	}
	return own, base
}

// cueLookup returns the index in cueLookups of tab, or -1.
func cueLookup(tab cueTable) int {
	p := reflect.ValueOf(tab).UnsafePointer()
	for k, t := range cueLookups {
		if reflect.ValueOf(*t).UnsafePointer() == p {
			return k
		}
	}
	return -1
}

// cuePhrases returns the phrases of table k of cueLookups that end with
// transcript word w, as tab[l] does for its lowercase text l, or when that
// has none and l ends in "'s", tab[l without it].
func (sh *shared) cuePhrases(k int, w int32) ([]cuePhrase, bool) {
	if e := sh.cueOf[w]; e != nil && e[k] != nil {
		return e[k], true
	}
	if e := sh.cueOfBase[w]; e != nil && e[k] != nil {
		return e[k], true
	}
	return nil, false
}

// tablePhrases is cuePhrases for a table given as itself: k is tab's
// index in cueLookups (cueLookup), -1 for a table not there.
func (sh *shared) tablePhrases(tab cueTable, k int, w int32) ([]cuePhrase, bool) {
	if k >= 0 {
		return sh.cuePhrases(k, w)
	}
	l := sh.lower[w]
	phs, ok := tab[l]
	if !ok && strings.HasSuffix(l, "'s") {
		phs, ok = tab[l[:len(l)-2]]
	}
	return phs, ok
}

// mayEndCue reports whether the lowercase word l, or l without a final
// "'s", is the last word of a phrase of some cueTable.
func mayEndCue(l string) bool {
	return cueWords[l] || strings.HasSuffix(l, "'s") && cueWords[l[:len(l)-2]]
}

// numberCues mark the value that follows them (within a few words, on any
// channel).
var numberCues = newCueTable(map[cueCat][]string{
	cuePhone: {"~phone", "phone number", "~telephone", "telephone number", "~cell", "cell number",
		"cell phone", "~mobile", "mobile number", "callback number", "call back number", "call me at",
		"call me back at", "call me on", "reach me at", "reach me on", "reach you at", "call you at",
		"call you back at", "contact number", "home number", "work number", "best number",
		"good number", "number to reach", "~fax", "fax number", "~dial", "text me at", "my number",
		"your number", "the number", "~cellphone", "~landline", "phone's",
		"~callback", "~call", "reached at", "contact me at", "best number to reach", "phone number on the account",
		"number on the account", "phone number on file", "number on file", "number we have on file",
		"phone number on your account", "number on your account", "phone on the account", "phone on file", "area code",
		"country code", "dialling code", "dialing code", "international number",
		"should we text", "can we text", "number to text", "text you at", "text you on", "text me on"},
	cueCard: {"~card", "card number", "credit card", "debit card", "~visa", "~mastercard", "master card",
		"~amex", "american express", "~discover", "card is", "card ending", "card's", "long number",
		"numbers on the card", "number on the card", "number on the front"},
	cueExpiry: {"expiration", "expiration date", "expiry", "expiry date", "~expires", "~expire",
		"~exp", "exp date", "valid thru", "valid through", "~expiring", "expires on", "good thru", "good through"},
	cueCVV: {"cvv", "c v v", "cvc", "c v c", "cvv2", "security code", "digits on the back",
		"code on the back", "csc", "card verification", "verification value", "cvv code", "cvc code",
		"number on the back", "numbers on the back", "three digits", "3 digits", "three digit code",
		"the three digits", "four digits on the front", "back of the card", "three digits are",
		"three numbers on the back", "three digit code", "three-digit code", "four digit code", "four-digit code",
		"code on the front", "code on the back", "digit code", "digits on the front", "security number", "cvv number",
		"~code", "three on the back", "four on the front"},
	cueSSN: {"~social", "social security", "social security number", "ssn", "s s n", "ss number",
		"~socials", "social's", "ssn is", "social number"},
	cueLastFour: {"last four", "last 4", "last four digits", "last 4 digits", "last four numbers",
		"final four", "last four of", "last four of the card", "last four of my card", "last four of your card",
		"last four of the account", "last four of my account", "last four of your account",
		"last four of my social", "last four of your social", "last four of the social",
		"ending in", "ends in", "ending with", "that ends in", "~ending", "the one ending", "one that ends", "card that ends", "ends with", "last four digits are", "last four are",
		"last four of the card are", "last four of my card are", "last four of my social are",
		"last four of your social security number", "last four of my social security number"},
	cueAccount: {"~account", "account number", "~acct", "account no", "member id", "member number",
		"membership number", "membership id", "~member", "policy number", "~policy", "policy id",
		"policy no", "customer id", "customer number", "subscriber id", "subscriber number",
		"group number", "id number", "patient id", "medical record number", "~mrn", "m r n", "m r n number", "~iban",
		"sort code", "bank account", "checking account", "savings account", "loan number",
		"~id", "account's", "member i d", "~i d", "i d number", "id is", "identification number",
		"~sort", "insurance id", "enrollment id", "plan id", "~ein",
		"tax id", "payment on order number", "payment for order number", "payment on order",
		"payment for order", "payment on the order", "payment for the order", "member id on the card",
		"member id on the card is", "member id on my card", "member number on the card", "id on the card",
		"frequent flyer number", "frequent flier number", "loyalty number", "rewards number", "rewards id", "loyalty id",
		"mileage number", "mileage plus number", "membership card number",
		"id on the card is", "id on my card", "member id on the card's", "card member number", "customer account", "billing account"},
	cuePIN: {"~pin", "pin number", "pin code", "~passcode", "pass code", "p i n", "pin's", "access code",
		"security pin", "account pin"},
	cueLicense: {"driver's license", "drivers license", "driver license", "license number", "~license",
		"licence number", "driver's license number", "drivers license number", "dl number", "d l number",
		"driver's licence", "~licence", "license is", "license's", "state id", "state id number",
		"learner's permit", "learners permit", "learner permit", "learner's permit number", "instruction permit",
		"driver's permit", "drivers permit", "driving permit"},
	cuePassport: {"~passport", "passport number", "passport no", "passport's", "passport is", "passport book number"},
	cueMedicare: {"~medicare", "medicare number", "medicare id", "~mbi", "m b i", "medicare beneficiary identifier",
		"beneficiary identifier", "medicare card", "medicaid number", "~medicaid", "medicaid id", "health plan id",
		"health plan number", "health plan member id", "medicare's"},
	cueRouting: {"~routing", "routing number", "~aba", "a b a", "transit number", "aba number"},
	cueZIP: {"zip plus four", "zip plus 4", "plus four", "zip code plus four", "~zip", "zip code", "zipcode", "postal code", "postcode", "zip's", "post code",
		"z i p", "z i p code", "z i p plus four", "zip+4", "zip+four"},
	cueDOB: {"date of birth", "birth date", "birthdate", "~born", "born on", "~birthday", "dob",
		"date of birth's", "birth's", "dob's", "birthdate's",
		"d o b", "born in"},
	cueRef: {"~order", "order number", "~confirmation", "confirmation number", "~reference",
		"reference number", "~ref", "~case", "case number", "~ticket", "ticket number",
		"~tracking", "tracking number", "~invoice", "invoice number", "~serial", "serial number",
		"~model", "model number", "~version", "~flight", "~room", "~item", "item number",
		"~sku", "part number", "~po", "po number", "~store", "store number", "~page", "~chapter",
		"~rma", "~claim", "claim number", "claim id", "confirmation code", "promo code", "discount code",
		"coupon code", "booking code", "reservation code", "tracking code", "error code", "product code", "~transaction", "transaction id", "transaction number", "~receipt", "receipt number"},
	cueNotPII: {"name on the account", "address on the account", "email on the account", "name on file",
		"address on file", "email on file", "on the account", "on your account", "on my account", "price", "cost", "costs", "total", "balance", "pay", "paid", "charge", "charged",
		"fee", "amount", "owe", "refund", "credit of", "percent", "rate", "year", "years",
		"minutes", "hours", "days", "weeks", "months", "times", "items", "quantity", "step",
		"option", "press", "level", "floor", "grade", "age", "aged", "back in", "since", "until"},
})

// lookBack searches the words before transcript word gw (all channels, in
// time order, fillers skipped) for the nearest cue of tab ending within
// window content words. With stopAtNumber it stops at a word that belongs to
// another number (a cue marks only the first value after it). It returns the
// cue and how many content words lie between it and gw.
func (sh *shared) lookBack(tab cueTable, gw int, window int, stopAtNumber bool) (cuePhrase, int, bool) {
	p := int(sh.before[gw]) - 1
	k := cueLookup(tab)
	for d := 0; d < window && p >= 0; d, p = d+1, p-1 {
		w := sh.order[p]
		var phs []cuePhrase
		ok := false
		if sh.cue[w] {
			phs, ok = sh.tablePhrases(tab, k, w) // (also "social security number's")
		}
		if ok {
			for _, ph := range phs {
				if sh.matchEnding(ph.words, p) {
					if ph.max > 0 && d > ph.max || len(ph.words) <= 2 && (ph.cat == cueCard || ph.cat == cueAccount || ph.cat == cueSSN || len(ph.words) == 1 && ph.max > 0) && sh.qualifier(p-len(ph.words)) {
						break
					}
					if ph.cat == cueNotPII && ph.words[0] == "on" {
						// "the zip on the account is": what is on it.
						if ph2, ok := sh.valueCueEndingAt(tab, k, p-len(ph.words)); ok {
							return ph2, d, true
						}
					}
					return sh.refine(tab, ph, p), d, true
				}
			}
		}
		if stopAtNumber && sh.number[w] && !sh.waitAt(p) {
			break
		}
	}
	return cuePhrase{}, 0, false
}

// valueCueEndingAt returns the phrase of tab (index k in cueLookups, or -1)
// that ends at order position q and announces a value of a cued type
// (not cueNotPII or cueRef), if one does.
func (sh *shared) valueCueEndingAt(tab cueTable, k int, q int) (cuePhrase, bool) {
	if q < 0 || !sh.cue[sh.order[q]] {
		return cuePhrase{}, false
	}
	phs, _ := sh.tablePhrases(tab, k, sh.order[q])
	for _, ph := range phs {
		if ph.cat != cueNotPII && ph.cat != cueRef && sh.matchEnding(ph.words, q) {
			return ph, true
		}
	}
	return cuePhrase{}, false
}

// refine returns the cue that the words before a cue phrase ending at
// order position p make of its first word, when that phrase begins with
// "number" or "id": "the Medicare number on the card" asks for a Medicare
// number, not a card's ("number on the card").
func (sh *shared) refine(tab cueTable, ph cuePhrase, p int) cuePhrase {
	q := p - len(ph.words) + 1
	if len(ph.words) < 2 || q < 1 {
		return ph
	}
	switch ph.words[0] {
	case "number", "numbers", "id":
	default:
		return ph
	}
	for _, ph2 := range tab[ph.words[0]] {
		if len(ph2.words) >= 2 && ph2.cat != ph.cat && sh.matchEnding(ph2.words, q) {
			return ph2
		}
	}
	return ph
}

// qualifier reports whether the content words ending at order position p
// are "on the", "of my", "for your" ... or "for", "on", or "the back of
// your (insurance)", "the front of the": a short cue after them qualifies
// an earlier one ("the policy number on my card is", "the member ID on the
// card") and is not a cue itself.
func (sh *shared) qualifier(p int) bool {
	if p < 1 {
		return false
	}
	// "the member ID on the back of your insurance card", "the group
	// number on the front of the card": where on the card it is printed.
	for q := p; q >= 1 && q >= p-2; q-- {
		if sh.lower[sh.order[q]] == "of" {
			if b := sh.lower[sh.order[q-1]]; b == "back" || b == "front" {
				return true
			}
		}
	}
	switch sh.lower[sh.order[p]] {
	case "the", "my", "your", "our", "this", "that", "his", "her":
	case "for", "on":
		return true // "the code on the front for Amex"
	default:
		// "the phone number on the service order", "the member ID from
		// your insurance card": one word between.
		if prep := sh.lower[sh.order[max(p-2, 0)]]; p >= 2 && (prep == "on" || prep == "for" || cardPreps[prep] && sh.cardAfter(p)) {
			switch sh.lower[sh.order[p-1]] {
			case "the", "my", "your", "our", "this", "that":
				return isAlpha(sh.lower[sh.order[p]])
			}
		}
		return false
	}
	switch sh.lower[sh.order[p-1]] {
	case "on", "of", "off", "from", "for", "in":
		// "For the zip, I have ...": opening its sentence, it names the
		// topic and qualifies no cue before it.
		return !sh.opensSentence(p - 1)
	case "with", "to", "under":
		// "the phone number associated with the account", "linked to
		// your account": what the value belongs to.
		return p >= 2 && belongsTo[sh.lower[sh.order[p-2]]]
	}
	return false
}

// cardPreps say, before a card named after one word, that the value is
// printed on it: "the member ID off your insurance card", "from your
// health card" (not "pay from my bank routing ...").
var cardPreps = map[string]bool{"from": true, "of": true, "off": true}

// cardAfter reports whether the content word after order position p is
// "card".
func (sh *shared) cardAfter(p int) bool {
	return p+1 < len(sh.order) && sh.lower[sh.order[p+1]] == "card"
}

// belongsTo say, before "with", "to" or "under", that what a cue asks for
// belongs to the thing named after them: "the phone number associated
// with the account", "the email linked to your card".
var belongsTo = map[string]bool{"associated": true, "linked": true, "attached": true, "tied": true,
	"connected": true, "registered": true, "listed": true, "filed": true, "saved": true, "stored": true}

// opensSentence reports whether the content word at order position p is
// the first of its sentence: the transcript's first word, or the first
// after a sentence end, after another speaker or, where no punctuation
// tells, after a word that opens one ("okay for the zip i have ...").
func (sh *shared) opensSentence(p int) bool {
	if p == 0 {
		return true
	}
	prev := int(sh.order[p-1])
	return sh.sentEnd[prev] || !sh.sameSpeaker(prev, int(sh.order[p])) || sentenceOpeners[sh.lower[prev]]
}

// sentenceOpeners are words a speaker opens a sentence with before
// naming its topic: "okay, for the zip ...", "so on the card ...".
var sentenceOpeners = map[string]bool{"okay": true, "ok": true, "alright": true, "so": true,
	"now": true, "well": true, "yes": true, "yeah": true, "sure": true}

// matchEnding reports whether the content words ending at order position p
// are ws.
func (sh *shared) matchEnding(ws []string, p int) bool {
	if p+1 < len(ws) {
		return false
	}
	// (A first byte before the rest: a walk back asks this of every
	// phrase that ends with a word it passes, and the words before the
	// last, compared first, tell them apart.)
	for k := range ws {
		l, w := sh.lower[sh.order[p-len(ws)+1+k]], ws[k]
		if len(l) == len(w) && (l == "" || l[0] == w[0]) && l == w {
			continue
		}
		if !(k == len(ws)-1 && len(l) == len(w)+2 && strings.HasPrefix(l, w) && strings.HasSuffix(l, "'s")) {
			return false
		}
	}
	return true
}

// lookAhead reports whether the content words from transcript word gw on
// (all channels, in time order, fillers skipped) start with one of the
// phrases, within window words; it returns the distance.
func (sh *shared) lookAhead(gw int, window int, phrases ...string) (int, bool) {
	p := int(sh.before[gw])
	if p < len(sh.order) && int(sh.order[p]) == gw {
		p++
	}
	for d := 0; d < window && p < len(sh.order); d, p = d+1, p+1 {
		for _, ph := range phrases {
			ws := strings.Fields(ph)
			if p+len(ws) > len(sh.order) {
				continue
			}
			ok := true
			for k := range ws {
				if sh.lower[sh.order[p+k]] != ws[k] {
					ok = false
					break
				}
			}
			if ok {
				return d, true
			}
		}
	}
	return 0, false
}

// numberCue returns the category of the nearest number cue before token i
// of ts.
//
// A number the speaker corrected ("two one two, no, sorry, two one one
// ...") takes the cue before the abandoned start.
func (ts *Tokens) numberCue(i int, window int) (cueCat, int) {
	i = ts.correctedFrom(i)
	if ts.idahoBefore(i) {
		return cueZIP, 0 // "Boise, ID 83702": the state, not an ID's cue
	}
	gw := ts.Words[ts.Toks[i].First]
	ph, d, ok := ts.sh.lookBack(numberCues, gw, window, true)
	if !ok || ph.cat == cueNotPII && ts.sh.otherSpeaker(gw, int(ts.sh.before[gw])-1-d) {
		// No cue in reach, or only the question's "... on the account?":
		// the question may still say what is asked for.
		if qph, qd, qok := ts.sh.questionCue(gw); qok {
			ph, d, ok = qph, qd, true
		} else if !ok && ts.sh.setTo(gw, "pin", "passcode", "pins") {
			return cuePIN, 0 // "I want it to be 4412", a PIN named before
		}
	}
	if !ok {
		return cueNone, 0
	}
	if ph1, d1, paired := ts.sh.pairedCue(ph, gw, d); paired {
		ph, d = ph1, d1 // "the last four of your social and your zip code?" ... "four hundred and ten"
	}
	switch ph.cat {
	case cueCVV:
		// "and the code?" is a card's only while a card is being read.
		if len(ph.words) == 1 && ph.words[0] == "code" && !ts.sh.contextHas(gw, 40, "card", "expiration", "expiry", "expires", "visa", "mastercard", "amex", "discover") {
			return cueNone, 0
		}
	case cueExpiry:
		// "the expiration date of the passport": a document's, not a card's.
		if ts.sh.aheadHas(int(ts.sh.order[int(ts.sh.before[gw])-1-d]), 5, "passport", "license", "licence", "id", "registration", "insurance") && !ts.sh.contextHas(gw, 20, "card") {
			return cueNotPII, d
		}
	case cueCard, cueSSN, cueAccount:
		// "last four on the card are", "the last four digits of my ssn are"
		if ts.sh.phraseBefore(gw, d+len(ph.words)+4, "last", "four") || ts.sh.phraseBefore(gw, d+len(ph.words)+4, "last", "4") {
			// (phraseBefore stops at another number: "last four are 8024,
			// member ID's YJH7354608" is two values.)
			return cueLastFour, d
		}
	case cueRef:
		// "the payment I made for order number 57005": an order paid for
		// is an account the caller pays on.
		if ph.words[0] == "order" && ts.sh.contextHas(gw, d+len(ph.words)+6, "paid", "pay", "payment", "paying", "charged", "billed", "refund") {
			return cueAccount, d
		}
	}
	return ph.cat, d
}

// otherSpeaker reports whether the content word at order position p was
// said by another speaker than transcript word gw.
func (sh *shared) otherSpeaker(gw int, p int) bool {
	if p < 0 {
		return false
	}
	return !sh.sameSpeaker(int(sh.order[p]), gw)
}

// pairedCue handles two values asked for in one breath: when the cue ph
// (d content words before transcript word gw) follows "and" ("and your",
// "and the") and another number cue of another kind ends at most six words
// before that "and", the first value answered takes the first cue: "the
// last four of your social and your zip code?" ... "four hundred and ten,
// and the zip is ...". It returns that cue and its distance.
func (sh *shared) pairedCue(ph cuePhrase, gw int, d int) (cuePhrase, int, bool) {
	p := int(sh.before[gw]) - 1 - d - len(ph.words) // the word before the cue phrase
	for p >= 0 && (sh.lower[sh.order[p]] == "your" || sh.lower[sh.order[p]] == "the" || sh.lower[sh.order[p]] == "my") {
		p--
	}
	if p < 1 || sh.lower[sh.order[p]] != "and" {
		return cuePhrase{}, 0, false
	}
	for q, n := p-1, 0; q >= 0 && n < 6; q, n = q-1, n+1 {
		if sh.number[sh.order[q]] {
			return cuePhrase{}, 0, false
		}
		l := sh.lower[sh.order[q]]
		for _, ph1 := range numberCues[l] {
			if ph1.cat != ph.cat && ph1.cat != cueNotPII && ph1.cat != cueRef && ph1.max == 0 && sh.matchEnding(ph1.words, q) {
				return ph1, int(sh.before[gw]) - 1 - q, true
			}
		}
	}
	return cuePhrase{}, 0, false
}

// phraseBefore reports whether the consecutive content words ws appear
// among the window content words before transcript word gw, with no other
// number between.
func (sh *shared) phraseBefore(gw int, window int, ws ...string) bool {
	p := int(sh.before[gw]) - 1
	for d := 0; d < window && p >= 0; d, p = d+1, p-1 {
		if sh.matchEnding(ws, p) {
			return true
		}
		if sh.number[sh.order[p]] {
			return false
		}
	}
	return false
}

// aheadHas reports whether any of the words is among the window content
// words after transcript word gw (all channels).
func (sh *shared) aheadHas(gw int, window int, words ...string) bool {
	p := int(sh.before[gw])
	if p < len(sh.order) && int(sh.order[p]) == gw {
		p++
	}
	for d := 0; d < window && p < len(sh.order); d, p = d+1, p+1 {
		l := sh.lower[sh.order[p]]
		for _, w := range words {
			if l == w {
				return true
			}
		}
	}
	return false
}

// contextHas reports whether any of the words appears among the window
// content words before transcript word gw (all channels).
func (sh *shared) contextHas(gw int, window int, words ...string) bool {
	return sh.distanceBack(gw, window, words...) >= 0
}

// HasCueBefore reports whether one of phrases (lowercase words separated
// by spaces, "account number") ends within window content words before
// token tok, looking at the words of all channels in time order with
// fillers skipped. Custom recognizers use it to demand a cue, as the
// built-in ones do.
func (ts *Tokens) HasCueBefore(tok int, window int, phrases ...string) bool {
	if tok < 0 || tok >= len(ts.Toks) {
		return false
	}
	sh := ts.sh
	gw := ts.Words[ts.Toks[tok].First]
	split := make([][]string, len(phrases))
	for i, ph := range phrases {
		split[i] = strings.Fields(strings.ToLower(ph))
	}
	p := int(sh.before[gw]) - 1
	for d := 0; d < window && p >= 0; d, p = d+1, p-1 {
		for _, ws := range split {
			if len(ws) > 0 && sh.matchEnding(ws, p) {
				return true
			}
		}
	}
	return false
}

// questionBefore returns the order position of the last content word of
// the other speaker's turn that transcript word gw answers, or -1: at most
// maxLeads content words of gw's own turn stand before it, each one that
// lead allows (nil: any word but a number), and that turn began within 6 s
// of the other's end. It is the one walk back over an answer's lead-ins
// ("yes, it's", "um, I think it's") that every answer to a question uses;
// the walk stays short on any input.
func (sh *shared) questionBefore(gw int, maxLeads int, lead func(string) bool) int {
	me := &sh.t.Words[gw]
	if sh.t.Channels <= 1 && me.Speaker == "" {
		return -1 // no turns to tell apart (the channels first: the word need not be read, task speed19)
	}
	first := gw
	p := int(sh.before[gw]) - 1
	if p >= 0 && sh.sameSpeaker(int(sh.order[p]), gw) {
		// (A turn with more than maxLeads words before gw, or the call's
		// first, answers nothing: the walk below would say so after asking
		// lead of each word.)
		if s := int(sh.runStart[p]); p-s >= maxLeads || s == 0 {
			return -1
		}
	}
	for n := 0; ; p, n = p-1, n+1 {
		if p < 0 {
			return -1
		}
		w := int(sh.order[p])
		if !sh.sameSpeaker(w, gw) {
			break // the other speaker's turn
		}
		if n >= maxLeads || lead == nil && sh.number[w] || lead != nil && !lead(sh.lower[w]) {
			return -1
		}
		first = w
	}
	if sh.t.Words[first].Start-sh.t.Words[sh.order[p]].End > answerMaxDelay {
		return -1
	}
	return p
}

// stallBefore steps back over a hold between a question and its answer:
// when the other speaker's turn ending at order position q is a short reply
// without a question ("no rush", "take your time") to the answerer's
// stall with no number in it ("um, hold on, it's on the check"), it returns
// the end of the turn before the stall, else -1.
func (sh *shared) stallBefore(q int) int {
	if q < 0 {
		return -1
	}
	other := int(sh.order[q])
	p := q
	for n := 0; ; p, n = p-1, n+1 {
		if p < 0 || n > 4 {
			return -1
		}
		if !sh.sameSpeaker(int(sh.order[p]), other) {
			break
		}
		if strings.Contains(sh.t.Words[sh.order[p]].Punct, "?") {
			return -1
		}
	}
	me := int(sh.order[p])
	for n := 0; ; p, n = p-1, n+1 {
		if p < 0 || n > 12 {
			return -1
		}
		if !sh.sameSpeaker(int(sh.order[p]), me) {
			break
		}
		if sh.number[sh.order[p]] && !sh.waitAt(p) {
			return -1
		}
	}
	if !sh.sameSpeaker(int(sh.order[p]), other) {
		return -1
	}
	return p
}

// turnHas calls asks for each of the last content words of the other
// speaker's turn ending at order position q, back to the start of its last
// sentence (at most max words), with the word's order position and its
// distance from the end, and reports whether asks returned true.
func (sh *shared) turnHas(q int, max int, asks func(p, k int) bool) bool {
	if q < 0 {
		return false
	}
	other := int(sh.order[q])
	for k := 0; k < max && q-k >= 0; k++ {
		w := &sh.t.Words[sh.order[q-k]]
		if !sh.sameSpeaker(int(sh.order[q-k]), other) {
			break
		}
		if k > 0 && strings.ContainsAny(w.Punct, ".!") {
			break // an earlier sentence of the question's turn
		}
		if asks(q-k, k) {
			return true
		}
	}
	return false
}

// answersQuestion reports whether transcript word gw opens its speaker's
// turn, with only leads words before it, right after the other speaker's
// turn (within 6 s) whose last eight content words (back to the previous
// sentence end) include one that asks(word, distance from the end) says
// asks for the value. It is how an answer finds a cue that the question's
// other words keep out of lookBack's reach: "what username are you
// using?" ... "kboateng_fiber".
func (sh *shared) answersQuestion(gw int, leads map[string]bool, asks func(word string, k int) bool) bool {
	q := sh.questionBefore(gw, 7, func(l string) bool { return leads[l] })
	return sh.turnHas(q, 8, func(p, k int) bool { return asks(sh.lower[sh.order[p]], k) })
}

// numberAnswerLeadIns may open the answer to a question for a number:
// "um, I think it's", "okay, mine is", "sure, that'd be".
var numberAnswerLeadIns = map[string]bool{"yes": true, "yeah": true, "yep": true, "sure": true, "it's": true,
	"its": true, "is": true, "it": true, "that's": true, "that'd": true, "i": true, "think": true, "believe": true,
	"ok": true, "okay": true, "alright": true, "so": true, "oh": true, "be": true, "should": true, "would": true,
	"mine": true, "mine's": true, "my": true, "the": true, "number": true, "here": true, "ready": true,
	"got": true, "let": true, "me": true, "see": true, "right": true, "um": true, "uh": true, "was": true,
	"fine": true} // ("that's fine, two one two ...": an acknowledgement before the value)

// questionCue returns the number cue (and its distance in content words
// before gw) of the question that the number
// starting at transcript word gw answers: the other speaker's last
// sentence before the answer's turn, which may open with a few words ("um,
// I think it's", "he's from Texas, so it's") and may come after a hold
// ("hold on, it's on the check" ... "no rush"). The cue nearest the
// question's end wins, as in lookBack; a generic one-word cue counts only
// near the end, and one qualified by "on the", "for your" not at all ("the
// phone number on the order?", "the card expiry on the debit card?").
func (sh *shared) questionCue(gw int) (cuePhrase, int, bool) {
	q := sh.questionBefore(gw, 6, func(l string) bool { return numberAnswerLeadIns[l] })
	if q < 0 {
		return cuePhrase{}, 0, false
	}
	var found cuePhrase
	ok, at := false, 0
	find := func(p, k int) bool {
		if sh.number[sh.order[p]] && !sh.prepositionHeardAsDigit(p) {
			return true // the turn gave a number after its cue: an answer, not a question
		}
		if !sh.cue[sh.order[p]] {
			return false // (no cue ends here: the lookups below would find none)
		}
		phs, _ := sh.cuePhrases(cueLookupNumber, sh.order[p])
		for _, ph := range phs {
			if !sh.matchEnding(ph.words, p) {
				continue
			}
			if ph.max > 0 && k > ph.max || len(ph.words) <= 2 && sh.qualifier(p-len(ph.words)) {
				break
			}
			if ph.cat == cueNotPII {
				break // "the PIN on the account?": what it is on, not what it is
			}
			ph = sh.refine(numberCues, ph, p)
			found, ok, at = ph, true, p
			return true
		}
		return false
	}
	for _, q := range [2]int{q, sh.stallBefore(q)} {
		// (In a transcript that marks questions, "let me pull up your
		// account." asks for nothing.)
		if q >= 0 && (!sh.cased || strings.Contains(sh.t.Words[sh.order[q]].Punct, "?")) {
			if sh.turnHas(q, 14, find); ok {
				break
			}
		}
	}
	return found, int(sh.before[gw]) - 1 - at, ok
}
