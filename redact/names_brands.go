package redact

// Businesses and brands taken for people: "Hilton's app", "Dell support",
// "the Ford dealer", "my broker at Morgan Stanley", "I bank with
// Santander", "Okay Alexa, play some music". A PERSON finding whose every
// word is a brand said in a business context is dropped (brandTrim, run
// last over the person findings of every rule). A real person of the same
// name stays one: "Chase Miller called", "thanks Chase, bye", "I went with
// Ford to the game" (no business word, no brand verb), "my name is Hilton".
//
// The brands: the brands section of internal/names/gen/notnames.txt (names
// that are no person's: "barclays", "ryanair", extended in session 12 with
// hotels, UK and US banks, retailers, telcos, carmakers and airlines), and
// brandsLikePeople below, brands that are also on the name lists. Both
// lists are written by hand for callveil from what callers name; no outside
// list was copied.
//
// The contexts, for a brand mention (one word, or two of brandPairs):
//   - a word a business has after it: "Dell support", "the Kia
//     dealership", "Chase bank"; after "'s" only what a person seldom has
//     ("Hilton's app", "Hyatt's website"; not "Lincoln's phone number").
//     After a brand that is a listed first name, a word a person's name
//     may take too ("account", "card", "office") counts only after "my",
//     "your", "a" ... ("my Chase account", not "the Carter account");
//   - "at", "with", "from", "through" or "via" before it ("at Marriott",
//     "with Santander"), or "to" after a verb of switching ("switched to
//     Vodafone"). A brand that is a listed first name ("Chase", "Hilton")
//     needs more there: a verb of banking, staying, shopping or flying
//     before the preposition ("I bank with Chase", "stayed at Hilton"), or
//     talk of what a business has later in the sentence ("from Chase
//     about my card"); "with Chase" alone is a person;
//   - a verb of calling before it and talk of what a business has after it
//     ("I rang Halifax about the mortgage");
//   - "the" before a brand that is no first name ("the Marriott");
//   - a greeting of a business: "for calling", "for choosing", "welcome
//     to" ("Thank you for calling Chase, this is Ana");
//   - a voice assistant told to do a device's job: "Alexa, play", "hey
//     Siri, set a timer";
//   - a brand's web address heard without its dot ("Walmartcom"), which
//     needs no context.
//
// A listed surname after the brand word makes it a person's first name
// ("at Hilton Grant's house"), unless the two are a brand pair.
//
// What it cannot do: a brand named with no context ("Hilton was great",
// "thanks Chase") stays a person when the person rules find it; a brand
// missing from both lists is not known; lowercase transcripts lose "'s"
// and capitals but keep the words, so the same contexts apply.

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// brandsLikePeople are brands whose name is also on the name lists (a first
// name or a surname): hotels, banks, retailers, telcos, carmakers. They
// are brands only in a business context. Written by hand.
var brandsLikePeople = withWords(map[string]bool{},
	// hotels
	"hilton", "marriott", "hyatt", "westin", "hampton", "kimpton", "omni", "mercure", "wyndham",
	// banks and brokers
	"chase", "wells", "halifax", "santander", "monzo", "starling", "clydesdale", "skipton", "schwab",
	"huntington", "merrill", "lloyd", "barclay", "fidelity", "nationwide", "discover", "ally", "citizens",
	// retailers
	"macy", "kohl", "kohls", "dillard", "nordstrom", "sears", "belk", "meijer", "zara", "sephora", "shein",
	"wendy", "dick", "carter", "boots", "target", "costco", "staples",
	// telcos and devices
	"dell", "rogers", "orange", "sprint", "cricket", "alexa", "siri", "cortana", "sirius",
	// carmakers
	"ford", "dodge", "lincoln", "kia", "mercedes", "infiniti", "peugeot", "renault", "opel", "skoda",
	"bentley", "ferrari", "harley", "tesla", "jaguar", "genesis", "chevy", "buick",
	// airlines
	"delta", "frontier", "spirit", "alaska", "emirates", "qatar", "virgin",
	// appliances, fixtures, home repair (hn18)
	"kohler", "moen", "orkin", "trane", "lennox", "rheem", "bosch", "pfister", "grohe", "bissell", "hoover", "philips",
	"goodman", "dyson", "angi", "behr", "sherwin", "dunkin", "bixby")

// brandPairs are brands of two words whose first word alone is no brand
// or a name: "Morgan Stanley", "Raymond James", "Wells Fargo". true: the
// pair is the brand with no context ("Morgan Stanley said no"); false: a
// person may bear the pair ("Raymond James called"), so it needs one.
var brandPairs = map[string]bool{
	"morgan stanley": true, "wells fargo": true, "goldman sachs": true, "merrill lynch": true,
	"harley davidson": true, "rolls royce": true, "aston martin": true, "jp morgan": true, "best western": true,
	"holiday inn": true, "premier inn": true, "british airways": true, "virgin atlantic": true, "virgin media": true,
	"virgin money": true, "capital one": true, "fifth third": true, "navy federal": true,
	"raymond james": false, "edward jones": false, "charles schwab": false, "john lewis": false,
	"home depot": true, "best buy": true, "dollar general": true,
}

// brandThings are what a business has, said after its name with or
// without "'s": "Dell support", "Hilton's app", "the Chase bank card".
var brandThings = withWords(map[string]bool{}, "app", "apps", "website", "site", "card", "cards", "account",
	"accounts", "customer", "customers", "support", "service", "services", "store", "stores", "shop", "branch",
	"branches", "bank", "banking", "dealer", "dealers", "dealership", "hotel", "hotels", "resort", "points",
	"rewards", "honors", "membership", "credit", "debit", "mortgage", "loan", "insurance", "flight", "flights",
	"airline", "airlines", "miles", "booking", "reservation", "stock", "shares", "headquarters", "outlet",
	"pharmacy", "helpline", "hotline", "portal", "login", "online", "statement", "checking", "savings", "truck",
	"trucks", "car", "cars", "suv", "warranty", "gift", "location", "locations", "fees", "fee", "plan",
	"phone", "laptop", "rep", "representative", "agent", "advisor", "adviser", "broker", "financial", "motors",
	"inn", "suites", "express", "wireless", "mobile", "broadband", "internet", "office", "offices", "subscription",
	"subscriptions")

// brandPossessions are what a business has, said after its name and
// "'s", beside businessThings: "Hyatt's website". (Not what a person has
// too: "Lincoln's phone number", "Carter's account".)
var brandPossessions = withWords(map[string]bool{}, "website", "site", "support", "service", "services",
	"hotel", "hotels", "points", "rewards", "honors", "helpline", "hotline", "portal", "airline", "flights",
	"branches", "dealers", "stock")

// sharedBrandThings are words of brandThings that follow a person's name
// too ("the Carter account", "Mercedes office"): after a brand that is a
// listed first name they count only after "my", "your" ... ("my Chase
// account").
var sharedBrandThings = withWords(map[string]bool{}, "account", "accounts", "plan", "phone", "office",
	"offices", "agent", "rep", "representative", "advisor", "adviser", "broker", "car", "cars", "truck",
	"trucks", "location", "locations", "booking", "reservation", "statement", "login", "customer",
	"customers", "membership", "points", "rewards", "card", "cards", "credit", "debit", "laptop")

// ownerBefore reports whether a possessive determiner or an indefinite
// article ("my", "your", "our", "his", "her", "their", "a", "an") is the
// word before token i in its sentence.
func (ts *Tokens) ownerBefore(i int) bool {
	p := ts.prev(i - 1)
	return p >= 0 && !ts.sentenceEndsAfter(p) && ts.isWord(p, "my", "your", "our", "his", "her", "their", "a", "an")
}

// brandVerbs before "at", "with", "from", "to" ... say a business follows:
// "I bank with", "we stayed at", "I shop at", "switched to".
var brandVerbs = withWords(map[string]bool{}, "bank", "banks", "banked", "banking", "insured", "insure",
	"stay", "stays", "stayed", "staying", "shop", "shops", "shopped", "shopping", "fly", "flies", "flew",
	"flying", "flown", "booked", "book", "switch", "switched", "switching", "account", "card", "loan",
	"mortgage", "policy", "points", "member", "membership", "purchase", "purchased", "bought", "ordered",
	"order", "financed", "leased", "rented", "checked", "invest", "invested", "investing", "broker",
	"customer", "plan", "contract", "upgrade", "upgraded", "paid", "pay", "charged", "charge")

// assistantCommands after a voice assistant's name make it the device:
// "Alexa, play", "Siri, set a timer".
var assistantCommands = withWords(map[string]bool{}, "play", "turn", "pause", "resume", "shuffle", "skip",
	"stop", "set", "volume", "louder", "quieter", "reorder", "add", "remind", "dim", "lights")

// brandTrim drops the PERSON findings whose every word is a brand said in
// a business context (see the file comment).
func brandTrim(streams []*Tokens, all []Finding) []Finding {
	return dropPersons(streams, all, func(ts *Tokens, idx []int32, a, b int) bool { return ts.brandSpan(idx, a, b) || ts.firmSpan(idx, a, b) })
}

// dropPersons drops the PERSON findings for which drop reports true, and
// keeps every other finding in order. drop gets the finding's channel's
// tokens, the map of its channel-local words to their tokens
// (tokenOfWord, built once per channel and only when a PERSON finding is
// there), and the finding's first and last channel-local words. The
// trims that read a person finding's words as something else (brandTrim,
// eponymTrim) share it.
func dropPersons(streams []*Tokens, all []Finding, drop func(ts *Tokens, idx []int32, a, b int) bool) []Finding {
	return dropPersonFindings(streams, all, func(ts *Tokens, idx []int32, _ Finding, a, b int) bool { return drop(ts, idx, a, b) })
}

// dropPersonFindings is dropPersons for a test that also reads the
// finding itself (eponymTrim).
func dropPersonFindings(streams []*Tokens, all []Finding, drop func(ts *Tokens, idx []int32, f Finding, a, b int) bool) []Finding {
	var byChan map[int]*Tokens
	var tokOf map[int][]int32
	out := all[:0]
	for _, f := range all {
		if f.Type != Person {
			out = append(out, f)
			continue
		}
		if byChan == nil {
			byChan, tokOf = map[int]*Tokens{}, map[int][]int32{}
			for _, ts := range streams {
				byChan[ts.Channel] = ts
			}
		}
		ts := byChan[f.Channel]
		if ts == nil {
			out = append(out, f)
			continue
		}
		idx := tokOf[f.Channel]
		if idx == nil {
			idx = ts.tokenOfWord()
			tokOf[f.Channel] = idx
		}
		if drop(ts, idx, f, ts.local(f.FirstWord), ts.local(f.LastWord)) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// tokenOfWord maps each channel-local word to its token (-1 for none).
// The map is kept with the tokens, which do not change after the
// recognizers, for the next trim that asks (brandTrim, then eponymTrim);
// callers read it and do not change it.
func (ts *Tokens) tokenOfWord() []int32 {
	if ts.wordTok != nil {
		return ts.wordTok
	}
	idx := make([]int32, len(ts.Words))
	ts.wordTok = idx
	for i := range idx {
		idx[i] = -1
	}
	for k, tk := range ts.Toks {
		for w := tk.First; w <= tk.Last && w < len(idx); w++ {
			idx[w] = int32(k)
		}
	}
	return idx
}

// brandSpan reports whether every word of channel-local words a..b is a
// brand mention in a business context. idx maps a word to its token.
func (ts *Tokens) brandSpan(idx []int32, a, b int) bool {
	if a < 0 || b >= len(idx) || a > b {
		return false
	}
	for w := a; w <= b; {
		i := int(idx[w])
		if i < 0 || ts.Toks[i].Kind != KindWord {
			return false
		}
		last, ok := ts.brandAt(i)
		if !ok {
			return false
		}
		w = ts.Toks[last].Last + 1
	}
	return true
}

// brandStem returns the word of token i without "'s", and whether it had
// one.
func (ts *Tokens) brandStem(i int) (string, bool) {
	return possessiveStem(ts.Toks[i].Norm)
}

// brandWord reports whether k (lowercase, no "'s") names a brand on its
// own.
func brandWord(k string) bool {
	return names.IsBrand(k) || brandsLikePeople[k] || possessiveBusinesses[k] || businessFirstNames[k]
}

// brandAt reports whether token i opens a brand mention said in a business
// context, and the mention's last token: one word, or a pair of brandPairs
// (from either of its words: the finding may hold only the second).
func (ts *Tokens) brandAt(i int) (int, bool) {
	k, poss := ts.brandStem(i)
	// A pair that token i opens or closes.
	if n := ts.next(i + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.sentenceEndsAfter(i) {
		s, _ := ts.brandStem(n)
		if alone, ok := brandPairs[k+" "+s]; ok {
			return n, alone || ts.brandContext(i, n, true)
		}
	}
	if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Kind == KindWord && !ts.sentenceEndsAfter(p) {
		if alone, ok := brandPairs[ts.Toks[p].Norm+" "+k]; ok {
			return i, alone || ts.brandContext(p, i, true)
		}
	}
	if poss && !ts.sentenceEndsAfter(i) && ts.shopNounAfter(ts.next(i+1)) {
		return ts.next(i + 1), true // a shop named after its owner: "Frank's Pizza", "Luigi's Deli" (names_shops.go)
	}
	if d, ok := strings.CutSuffix(k, "com"); ok && len(d) >= 3 && brandWord(d) {
		return i, true // a brand's web address heard without its dot: "Walmartcom"
	}
	if !brandWord(k) {
		// A word on no name list with "'s" before what a business has and
		// a person seldom does is a company's: "Amtrak's website",
		// "Comcast's helpline" (not "Okonkwo's phone").
		return i, poss && ts.unlistedCompanyPossessive(i, k)
	}
	return i, ts.brandContext(i, i, false)
}

// brandContext reports whether the brand mention of tokens a..b is said
// in a business context (see the file comment). pair: a mention of two
// words, which a preposition alone makes the business.
func (ts *Tokens) brandContext(a, b int, pair bool) bool {
	k, poss := ts.brandStem(b)
	first := !pair && (names.IsFirstName(k) || businessFirstNames[k])
	n := ts.next(b + 1)
	if !ts.sentenceEndsAfter(b) && n < len(ts.Toks) && ts.Toks[n].Kind == KindWord {
		nw := ts.Toks[n].Norm
		switch {
		case poss && (businessThings[nw] || brandPossessions[nw]):
			return true // "Hilton's app", "Hyatt's website"
		case !poss && brandThings[nw] && (!first || !sharedBrandThings[nw] || ts.ownerBefore(a)):
			return true // "Dell support", "my Chase account" (not "the Carter account")
		}
		if !pair && !poss && names.IsSurname(nameKey(nw)) && !names.IsEnglishWord(nw) {
			return false // a first name and a surname: "Hilton Grant"
		}
		if assistantName(k) && assistantCommands[nw] && ts.Word(ts.Toks[b].Last).Punct != "" {
			return true // "Alexa, play some music"
		}
	}
	p := ts.prev(a - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || ts.Toks[p].Kind != KindWord {
		return false
	}
	pw := ts.Toks[p].Norm
	if assistantName(k) && (pw == "hey" || pw == "ok" || pw == "okay") && n < len(ts.Toks) && assistantCommands[ts.Toks[n].Norm] {
		return true // "hey siri set a timer"
	}
	pp := ts.prev(p - 1)
	if pp >= 0 && !ts.sentenceEndsAfter(pp) && (pw == "calling" || pw == "choosing") && ts.isWord(pp, "for") ||
		pw == "to" && ts.isWord(pp, "welcome") {
		return true // "thank you for calling Chase", "welcome to Hilton"
	}
	if pw == "the" && !first && !pair {
		return true // "the Marriott"
	}
	if callVerbs[pw] {
		return ts.brandTalkAfter(b) // "I called Nationwide about the mortgage"
	}
	switch pw {
	case "at", "with", "from", "through", "via", "to":
	default:
		return false
	}
	verb := false // a verb of banking, staying, shopping ... before the preposition
	for q, m := pp, 0; q >= 0 && m < 3 && ts.Toks[q].Kind == KindWord && !ts.sentenceEndsAfter(q); q, m = ts.prev(q-1), m+1 {
		if brandVerbs[ts.Toks[q].Norm] {
			verb = true
			break
		}
	}
	switch {
	case verb:
		return true // "I bank with Chase", "switched to Vodafone"
	case pw == "to":
		return false // ("talked to Wells")
	case !first:
		return true // "at Marriott", "with Santander", "my broker at Morgan Stanley"
	}
	return ts.brandTalkAfter(b) // "a letter from Chase about my card"
}

// unlistedCompanyPossessive reports whether token i, the word k with
// "'s", is in no name list (first names, surnames) and comes before what
// a business has (businessThings, brandPossessions) in its sentence.
func (ts *Tokens) unlistedCompanyPossessive(i int, k string) bool {
	if names.IsFirstName(k) || names.IsSurname(k) || ts.sentenceEndsAfter(i) {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	return businessThings[ts.Toks[n].Norm] || brandPossessions[ts.Toks[n].Norm]
}

// callVerbs before a brand, with talk of what a business has after it,
// make it the business: "I rang Halifax about the mortgage".
var callVerbs = withWords(map[string]bool{}, "call", "called", "calling", "phone", "phoned", "ring", "rang",
	"contact", "contacted", "email", "emailed", "message", "messaged", "text", "texted")

// brandTalkAfter reports whether a word of businessTalk or brandThings is
// among the eight words after token i, in its sentence.
func (ts *Tokens) brandTalkAfter(i int) bool {
	for j, n := ts.next(i+1), 0; j < len(ts.Toks) && n < 8; j, n = ts.next(j+1), n+1 {
		if ts.Toks[j].Kind == KindWord && brandThings[ts.Toks[j].Norm] || ts.isWord(j, businessTalk...) {
			return true
		}
		if ts.sentenceEndsAfter(j) {
			break
		}
	}
	return false
}

// assistantName reports whether k is a voice assistant's name.
func assistantName(k string) bool {
	return k == "alexa" || k == "siri" || k == "cortana" || k == "google"
}
