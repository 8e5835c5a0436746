package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Things that stand where a person would (task hn18): a drink, a dish, a
// breed, a storm, a voice assistant or a business named like a person and
// said as the subject, the object or the one spoken to. A PERSON finding
// is dropped (namedThingSpan, asked by eponymSpan after brandTrim) when
// its words are
//
//   - inside a name-built phrase that names a drink, a dish, a breed or a
//     figure of speech (namedThingPhrases: "a pot of Earl Grey", "two Tom
//     Collins", "eggs Benedict", "Uncle Sam takes a third"); a phrase a
//     person may bear too ("Jack Russell", "Queen Mary") needs an article,
//     a number or a possessive before it, or a kind word after it ("a Jack
//     Russell", "the King Charles spaniel"). A title, a relative's
//     possessive or a naming cue before it keeps the person ("my uncle Sam",
//     "Mr. Earl Grey", "her name is Shirley Temple");
//   - a name right after a word for a storm ("Hurricane Ida", "tropical
//     storm Isaac", "typhoon Haiyan");
//   - a name right after a meat or a pasta it is cooked as ("chicken
//     Alfredo", "beef Wellington", "oysters Rockefeller");
//   - a name right before a breed's or a drink's kind word ("a Gordon
//     setter", "Jack Russell terrier", "Jim Beam bourbon");
//   - a voice assistant's name (assistantName, "bixby") with a device's
//     talk in its sentence ("is Alexa connected to the wifi", "ask Alexa to
//     reorder the filters", "okay Alexa please save the song"), or told to
//     do a device's job after "please";
//   - a listed brand (brandWord) that is no listed first name, or one
//     after a verb of calling, spoken of as "they" or "them" in the words
//     after it before any "he" or "she" ("call Chase twice before they
//     unlock it", "send a note to Meijer and tell them");
//   - a name's "'s" before an auxiliary the "'s" cannot stand for ("Macy's
//     didn't have it", "Wendy's is closed"), a listed brand's "'s" before
//     a shop's verb ("Kohl's sent me a coupon"), or "the" and a name's "'s"
//     before how a thing is ("the Camry's been in the shop");
//   - a listed brand that is no listed first name with another brand
//     within eight words of its sentence ("Moen beat Delta on price"), not
//     "at", "from" or "with" a brand right after it;
//   - a name after "left on", "right onto", or "down", "up", "along" or
//     "onto" after a word of motion ("the bus goes down Franklin");
//   - a name set off by a comma after "my bank", "our carrier", "the
//     airline" ... ("my bank, Chase, said no").
//
// A relative, a title or a naming cue right before the name keeps the
// person in every case ("my cousin <name> works at Verizon": made-up).
//
// What it cannot do: a storm named with no storm word ("after Sandy the
// basement flooded"), a boat named like a woman ("the Mary Ellen is at
// slip nine"), a town visited ("we visited Florence"), a street as a
// subject ("Jefferson is closed"), a brand that is a first name with no
// context ("Kohler never picked up", "give Kohler a call"), and a voice
// assistant thanked or quoted ("thanks Alexa", "Alexa told me") stay
// persons where the person rules take them. Measured: hn18_probe_test.go.

// namedThingPhrases are phrases of two words built like a person's name
// that name a drink, a dish, a breed, a ship or a figure of speech. true:
// no one is called so in a call ("Earl Grey", "Bloody Mary"); false: a
// person may be ("Jack Russell", "Queen Mary"), so a thing's context is
// needed. Written by hand for callveil.
var namedThingPhrases = map[string]bool{
	// drinks
	"earl grey": true, "arnold palmer": true, "tom collins": true, "john collins": true, "shirley temple": true,
	"bloody mary": true, "dom perignon": true, "johnnie walker": true, "jack daniels": true, "jack daniel's": true,
	"jim beam": true, "jose cuervo": true, "captain morgan": true, "dr pepper": true, "tia maria": true,
	"baby ruth": true, "mr pibb": true,
	// dishes
	"sloppy joe": true, "sloppy joes": true, "eggs benedict": true, "chicken alfredo": true, "fettuccine alfredo": true,
	"beef wellington": true, "oysters rockefeller": true, "peach melba": true, "caesar salad": true,
	// breeds
	"doberman pinscher": true, "saint bernard": true, "st bernard": true, "jack russell": false, "jack russells": false,
	"king charles": false, "gordon setter": true, "irish setter": true,
	// ships, figures of speech
	"queen mary": false, "queen elizabeth": false, "uncle sam": true, "peeping tom": true, "average joe": true,
	"jolly roger": true, "santa claus": true, "jack frost": true, "colonel sanders": true, "ronald mcdonald": true,
	"aunt jemima": true, "betty crocker": true, "chef boyardee": true,
}

// stormWords before a name make it a storm's.
var stormWords = withWords(map[string]bool{}, "hurricane", "hurricanes", "typhoon", "cyclone", "superstorm")

// dishHeads before a name make it a dish cooked in the style named so.
var dishHeads = withWords(map[string]bool{}, "chicken", "beef", "veal", "pork", "eggs", "egg", "fettuccine",
	"fettucine", "shrimp", "lobster", "oysters", "steak", "salmon", "peach", "penne", "linguine")

// thingKindWords after a name make it a breed or a drink.
var thingKindWords = withWords(map[string]bool{}, "terrier", "terriers", "spaniel", "spaniels", "retriever",
	"retrievers", "setter", "setters", "pinscher", "schnauzer", "collie", "collies", "sheepdog", "hound", "hounds",
	"mastiff", "poodle", "poodles", "puppy", "puppies", "mix", "whiskey", "whisky", "bourbon", "rum", "tequila",
	"vodka", "gin", "scotch", "cocktail", "cocktails", "tea", "soda", "cola")

// thingLeads before a phrase a person may bear make it a thing: "a Jack
// Russell", "two Jack Russells", "the Queen Mary", "my King Charles".
var thingLeads = withWords(map[string]bool{}, "a", "an", "the", "my", "our", "your", "his", "her", "their",
	"two", "three", "four", "another", "some", "of", "purebred", "little", "old")

// personLeads before a phrase keep the person: a title, a relative owned
// or a naming cue ("my uncle Sam", "Mr. Earl Grey", "named Shirley").
var personLeads = withWords(map[string]bool{}, "mr", "mrs", "ms", "miss", "dr", "sir", "named", "called", "i'm",
	"name's", "name", "dear", "mister")

// assistantTalk in the sentence of a voice assistant's name make it the
// device: "is Alexa connected to the wifi", "ask Siri to set a timer".
var assistantTalk = withWords(map[string]bool{}, "connected", "wifi", "plug", "plugs", "speaker", "echo", "device",
	"timer", "alarm", "lights", "light", "volume", "music", "song", "songs", "playlist", "play", "playing",
	"reorder", "skill", "thermostat", "weather", "favorites", "favourites", "shopping", "list", "reminder",
	"reminders", "app", "louder", "turn", "set")

// assistantDeviceTalk18 are the words of assistantTalk said of a device
// only, not of a person who bears an assistant's name (review18): "is
// <name> connected to the wifi", not "tell <name> the music recital
// moved".
var assistantDeviceTalk18 = withWords(map[string]bool{}, "connected", "wifi", "plug", "plugs", "speaker", "echo",
	"device", "timer", "alarm", "volume", "playlist", "reorder", "skill", "thermostat", "reminder", "reminders",
	"louder", "favorites", "favourites", "play", "playing")

// assistantJobs after a voice assistant's name and "please" make it the
// device: "okay Alexa please save the song", "Siri please call home".
var assistantJobs = withWords(map[string]bool{}, "play", "turn", "pause", "resume", "stop", "set", "save", "open",
	"read", "remind", "add", "reorder", "dim", "call", "text", "send", "show", "find", "navigate", "skip")

// namedThingSpan reports whether tokens a..b, a PERSON finding, are a
// thing named like a person (see the file comment). A relative, a title or
// a naming cue right before the name keeps the person whatever follows
// ("my brother <name> worked at Verizon": made-up).
func (ts *Tokens) namedThingSpan(a, b int) bool {
	if ts.namedThingPhrase(a, b) {
		return true // (the phrase asks for its own person's cues: "my uncle Sam")
	}
	if p := ts.prev(a - 1); p >= 0 && !ts.sentenceEndsAfter(p) && (ts.isWord(p, kinNouns...) || ts.wordIn(p, personLeads)) {
		return false
	}
	return ts.namedThingHead(a, b) || ts.assistantSpoken(a, b) || ts.brandSpokenOfAsThey(a, b) ||
		ts.shopPossessiveSubject(a, b) || ts.brandBesideBrand(a, b) || ts.streetTurnedOnto(a, b) || ts.businessApposition(a, b)
}

// namedThingPhrase reports whether tokens a..b lie inside one of
// namedThingPhrases said as a thing.
func (ts *Tokens) namedThingPhrase(a, b int) bool {
	if b-a > 1 {
		return false
	}
	// The phrase: tokens p, q with p <= a, b <= q.
	for _, p := range [2]int{ts.prev(a - 1), a} {
		if p < 0 || p > b || ts.Toks[p].Kind != KindWord || ts.sentenceEndsAfter(p) {
			continue
		}
		q := ts.next(p + 1)
		if q >= len(ts.Toks) || q < b || ts.Toks[q].Kind != KindWord || !ts.joined(p) {
			continue // (not "I'll have the eggs, <name> is paying": review18)
		}
		always, ok := namedThingPhrases[ts.Toks[p].Norm+" "+ts.Toks[q].Norm]
		if !ok {
			continue
		}
		l := ts.prev(p - 1)
		if l >= 0 && ts.sentenceEndsAfter(l) {
			l = -1
		}
		if ts.wordIn(l, personLeads) || ts.isWord(l, "is") && ts.isWord(ts.prev(l-1), "name", "this") || ts.wordIn(l, phraseContactLeads18) && ts.firstNameAt(p) && !ts.wordIn(p, kinWords) ||
			ts.wordIn(l, thingLeads) && ts.wordIn(p, kinWords) && !ts.isWord(l, "a", "an", "the", "of") {
			return false // "Mr. Earl Grey", "her name is Shirley Temple", "my uncle Sam"
		}
		if ts.phraseBorneByPerson(l, p, q) {
			return false // "my supervisor <phrase> signed", "<phrase> is my landlord" (droprecall19.go)
		}
		if always {
			return true
		}
		n := -1
		if ts.joined(q) {
			n = ts.next(q + 1)
		}
		return ts.wordIn(l, thingLeads) || ts.wordIn(n, thingKindWords)
	}
	return false
}

// phraseContactLeads18 before a phrase of namedThingPhrases take a person
// one speaks to or hears from: "I spoke to <phrase> in billing", "this
// is <phrase> with claims" (review18).
var phraseContactLeads18 = withWords(map[string]bool{}, "to", "with", "from", "spoke", "talked", "called", "ask",
	"asked", "tell", "told", "cc", "for")

// kinWords open a relative's name ("my uncle Sam", "our aunt Jemima").
var kinWords = withWords(map[string]bool{}, "uncle", "aunt", "auntie", "grandpa", "grandma", "cousin")

// namedThingHead reports whether tokens a..b are one name after a word
// for a storm or a dish, or before a breed's or a drink's kind word.
func (ts *Tokens) namedThingHead(a, b int) bool {
	if _, poss := possessiveStem(ts.Toks[b].Norm); poss {
		return false
	}
	if p := ts.prev(a - 1); p >= 0 && ts.joined(p) && (ts.wordIn(p, stormWords) ||
		ts.isWord(p, "storm") && ts.isWord(ts.prev(p-1), "tropical", "winter") ||
		a == b && ts.wordIn(p, dishHeads) && !ts.wordIn(ts.next(b+1), heSheWords) && !ts.personDidAfter18(b)) {
		return true
	}
	if a == b && ts.wordIn(ts.prev(a-1), givingVerbs18) {
		return false // "I'm getting <name> whiskey for his birthday" (review18): the one given to
	}
	if n := ts.next(b + 1); ts.isWord(n, "mix") && ts.isWord(ts.next(n+1), "the", "a", "an", "it", "them", "some", "up", "in") {
		return false // "have <name> mix the paint" (review18): a verb
	}
	return ts.joined(b) && ts.wordIn(ts.next(b+1), thingKindWords) && !ts.isWord(ts.next(b+1), "tea", "soda", "cola") ||
		ts.joined(b) && ts.isWord(ts.next(b+1), "tea", "soda", "cola") && ts.namedThingPhrase(a, b)
}

// personDidAfter18 reports whether the word after token b is a verb a
// person did, as in "the salmon <name> recommended", "the chicken <name>
// made" (review18): a verb in the past of pastVerbs or personVerbs, or an
// English word in "-ed".
func (ts *Tokens) personDidAfter18(b int) bool {
	n := ts.next(b + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || ts.sentenceEndsAfter(b) {
		return false
	}
	v := ts.Toks[n].Norm
	return pastVerbs[v] || personVerbs[v] || len(v) > 4 && strings.HasSuffix(v, "ed") && names.IsEnglishWord(v)
}

// givingVerbs18 take the one given to before the thing given: "getting
// <name> whiskey", "bought <name> a terrier".
var givingVerbs18 = withWords(map[string]bool{}, "get", "gets", "getting", "got", "buy", "buying", "bought", "bring",
	"bringing", "brought", "pour", "poured", "make", "making", "made", "give", "giving", "gave", "send", "sent", "order",
	"ordered", "fix", "fixed", "grab", "grabbed")

// assistantSpoken reports whether tokens a..b are a voice assistant's
// name with a device's talk in its sentence, or told to do a device's job
// after "please".
func (ts *Tokens) assistantSpoken(a, b int) bool {
	if a != b {
		return false
	}
	k, _ := possessiveStem(ts.Toks[a].Norm)
	if !assistantName(k) && k != "bixby" {
		return false
	}
	talk := assistantTalk
	if names.IsFirstName(k) {
		talk = assistantDeviceTalk18 // "Tell <name> the music recital moved" (review18): a person
	}
	n := ts.next(a + 1)
	if ts.isWord(n, "please") && ts.wordIn(ts.next(n+1), assistantJobs) {
		return true
	}
	for j, m := a, 0; m < 10; m++ { // back to the sentence's start
		p := ts.prev(j - 1)
		if p < 0 || ts.sentenceEndsAfter(p) {
			break
		}
		if ts.wordIn(p, talk) {
			return true
		}
		j = p
	}
	for j, m := a, 0; m < 12 && !ts.sentenceEndsAfter(j); m++ {
		if j = ts.next(j + 1); j >= len(ts.Toks) {
			break
		}
		if ts.wordIn(j, talk) {
			return true
		}
	}
	return false
}

// hn18TheyWords speak of a business (or of many).
var hn18TheyWords = withWords(map[string]bool{}, "they", "them", "their", "they're", "they'll", "they'd", "they've")

// brandSpokenOfAsThey reports whether tokens a..b are one listed brand
// word that "they" or "them" speaks of within the next ten words of its
// turn, before any "he" or "she"; a brand that is a listed first name
// only after a verb of calling or writing to ("I rang Chase twice and
// they ...").
func (ts *Tokens) brandSpokenOfAsThey(a, b int) bool {
	if a != b {
		return false
	}
	k, _ := possessiveStem(ts.Toks[a].Norm)
	if !brandWord(k) {
		return false
	}
	if names.IsFirstName(k) || businessFirstNames[k] {
		p := ts.prev(a - 1)
		if ts.isWord(p, "to", "at") {
			p = ts.prev(p - 1)
		}
		if !ts.wordIn(p, callVerbs) && !ts.isWord(p, "tweet", "tweeted", "wrote", "write", "asked", "ask") ||
			ts.isWord(p, "text", "texted", "message", "messaged") {
			return false // (one texts a person: "I texted <name>, they're coming Sunday", review18)
		}
	}
	for j, m := a, 0; m < 10 && !ts.turn[ts.Toks[j].Last]; m++ {
		if j = ts.next(j + 1); j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord {
			break
		}
		switch {
		case ts.wordIn(j, heSheWords) || ts.isWord(j, "him", "her", "his"):
			return false
		case ts.wordIn(j, hn18TheyWords):
			return true
		}
	}
	return false
}

// hn18BrandStem reports whether k (lowercase, no "'s") is a brand, also
// where the brand list writes it with its "s" ("lowe" of "Lowe's":
// "lowes").
func hn18BrandStem(k string) bool {
	return brandWord(k) || names.IsBrand(k+"s")
}

// possessiveAuxiliaries after a name's "'s" cannot be the "is" or "has"
// it could stand for: "Anna's didn't have it" is no one's; the name is a
// shop's or a restaurant's.
var possessiveAuxiliaries = withWords(map[string]bool{}, "didn't", "doesn't", "don't", "won't", "wouldn't", "can't",
	"couldn't", "isn't", "wasn't", "is", "was", "does", "did", "has")

// hn18ShopVerbs after a listed brand's "'s" make it the shop: "Kohl's sent me
// a coupon", "Marshall's sold out".
var hn18ShopVerbs = withWords(map[string]bool{}, "sent", "sold", "gave", "charged", "refunded", "delivered", "shipped",
	"closed", "opened", "cancelled", "canceled", "lost", "took", "had", "got", "made", "said", "told", "raised", "changed")

// shopPossessiveSubject reports whether tokens a..b end in a name's "'s"
// that opens a clause as its subject: before an auxiliary that the "'s"
// cannot stand for ("Macy's didn't have it", "Anna's is closed"), or a
// listed brand's before a verb of what a shop did ("Kohl's sent me a
// coupon"). Not "Anna's sent it" (Anna has sent it) nor "Anna's car".
func (ts *Tokens) shopPossessiveSubject(a, b int) bool {
	stem, poss := possessiveStem(ts.Toks[b].Norm)
	if !poss || !ts.joined(b) {
		return false
	}
	n := ts.next(b + 1)
	if a == b && ts.isWord(ts.prev(a-1), "the") && (ts.wordIn(n, thingStates) || ts.wordIn(n, possessiveAuxiliaries)) && !familyStem18(stem) {
		return true // "the Camry's been in the shop" (made-up): a thing, not the Garcias' home
	}
	if ts.wordIn(n, possessiveAuxiliaries) {
		// a listed name's "'s" that is no brand's is a person's thing said
		// short: "my phone's fine but Derek's is cracked" (review18)
		return hn18BrandStem(stem) || !names.IsFirstName(stem) && !names.IsSurname(stem)
	}
	return a == b && hn18BrandStem(stem) && ts.wordIn(n, hn18ShopVerbs)
}

// familyStem18 reports whether stem is a listed surname that is no word
// and no brand: "the <surname>'s been away" is a family's, written with
// an apostrophe for the plural (review18).
func familyStem18(stem string) bool {
	return names.IsSurname(stem) && !names.IsEnglishWord(stem) && !names.IsCommonWord(stem) && !names.IsBrand(stem) && !hn18BrandStem(stem)
}

// thingStates after "the" and a name's "'s" say how a thing is: "the
// Camry's been in the shop", "the Ecobee's acting up" (made-up).
var thingStates = withWords(map[string]bool{}, "been", "not", "making", "acting", "leaking", "broken", "stuck",
	"dead", "still", "running", "doing", "got", "gotten", "getting", "always", "never")

// businessAppositionNouns before a comma and a name make the name the
// business: "my bank, Chase, said no" (not "my broker, Chase," who may be
// a person).
var businessAppositionNouns = withWords(map[string]bool{}, "bank", "carrier", "insurer", "insurance", "provider",
	"airline", "hotel", "pharmacy", "lender", "store", "company", "utility", "isp", "bank's", "network", "phone",
	"cable", "internet", "mortgage", "card")

// businessApposition reports whether tokens a..b are set off by a comma
// right after "my bank", "our carrier", "the airline" ... (see
// businessAppositionNouns): the business's name.
func (ts *Tokens) businessApposition(a, b int) bool {
	p := ts.prev(a - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || !ts.wordIn(p, businessAppositionNouns) || ts.Word(ts.Toks[p].Last).Punct != "," {
		return false
	}
	if !ts.isWord(ts.prev(p-1), "my", "our", "your", "the", "their", "his", "her") {
		return false
	}
	// Not the one spoken to, set off after the thing: "about my card,
	// <name>, it got declined", "your internet, <name>?" (review18).
	if k, _ := possessiveStem(ts.Toks[a].Norm); a == b && names.IsFirstName(k) && !hn18BrandStem(k) {
		return false // a first name that is no brand's: "my phone, <name>, won't turn on" (review18)
	}
	if ts.sentenceEndsAfter(b) || ts.wordIn(ts.next(b+1), subjectPronouns) || ts.isWord(ts.next(b+1), "it", "it's", "this", "that", "that's", "can", "could", "do", "is") {
		return false
	}
	return true
}

// brandBesideBrand reports whether tokens a..b are one listed brand word
// that is no listed first name, in a sentence that names another brand
// within eight words ("we chose Moen over Delta", "Lowe's delivered it and
// Sears hauled the old one"); not a person "at", "from" or "with" a brand
// right after the name ("Sears from Comcast").
func (ts *Tokens) brandBesideBrand(a, b int) bool {
	if a != b {
		return false
	}
	k, _ := possessiveStem(ts.Toks[a].Norm)
	if !brandWord(k) || names.IsFirstName(k) || businessFirstNames[k] {
		return false
	}
	if n := ts.next(a + 1); ts.joined(a) && (ts.isWord(n, "at", "from", "with", "of") || names.IsSurname(k) && ts.wordIn(n, personVerbs)) {
		return false // (a surname before a verb of speech: "<surname> said Comcast never came", review18)
	}
	other := func(j int) bool {
		if j == a || ts.Toks[j].Kind != KindWord {
			return false
		}
		s, _ := possessiveStem(ts.Toks[j].Norm)
		return s != k && (names.IsBrand(s) || names.IsBrand(s+"s") || brandsLikePeople[s])
	}
	for j, m := a, 0; m < 8 && !ts.sentenceEndsAfter(j); m++ {
		if j = ts.next(j + 1); j >= len(ts.Toks) {
			break
		}
		if other(j) {
			return true
		}
	}
	for j, m := a, 0; m < 8; m++ {
		if j = ts.prev(j - 1); j < 0 || ts.sentenceEndsAfter(j) {
			break
		}
		if other(j) {
			return true
		}
	}
	return false
}

// motionWords before "down", "up", "along" or "onto" and a name make it a
// street: "the bus goes down Franklin", "head up Lincoln".
var streetMotionWords = withWords(map[string]bool{}, "go", "goes", "going", "went", "drive", "drives", "driving",
	"drove", "head", "heads", "heading", "headed", "walk", "walks", "walking", "walked", "turn", "turns", "turned",
	"runs", "ran", "take", "took", "come", "comes", "came", "straight")

// streetTurnedOnto reports whether tokens a..b are a name right after
// "left on", "right onto" ... or after "down", "up", "along" or "onto"
// that a word of motion comes before: a street ("turn right on Monroe",
// "the bus goes down Franklin"). Not "I ran into Sam" nor "come on,
// Sam" (a comma).
func (ts *Tokens) streetTurnedOnto(a, b int) bool {
	p := ts.prev(a - 1)
	if p < 0 || !ts.joined(p) || !ts.isWord(p, "on", "onto", "down", "up", "along") {
		return false
	}
	if _, poss := possessiveStem(ts.Toks[b].Norm); poss {
		return false // "take down <name>'s number", "walked up <name>'s driveway" (review18)
	}
	q := ts.prev(p - 1)
	if q < 0 || !ts.joined(q) {
		return false
	}
	if ts.isWord(q, "left", "right") {
		return true
	}
	return !ts.isWord(p, "on") && ts.wordIn(q, streetMotionWords)
}
