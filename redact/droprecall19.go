package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// People who bear a thing's name (task droprecall19). namedThingPhrase
// (hn18_things.go) drops a phrase of namedThingPhrases that no one "is
// called in a call" ("Earl Grey", "Tom Collins", "Jack Daniels") wherever
// no title, relative or naming cue stands right before it. But people do
// bear those names, and a call says so in words a drink never takes:
// phraseBorneByPerson keeps the person when, with no article, number or
// possessive right before the phrase (thingLeads: "a Tom Collins", "two
// Jack Daniels", "my Earl Grey"),
//
//   - a relative or a role owned by someone is the word before it, or the
//     word before "is" or "was" before it ("my supervisor <phrase>
//     signed", "a guy, <phrase>, does roofs", "my stepfather is
//     <phrase>");
//   - "is" or "was" and a possessive and such a word follow it
//     ("<phrase> is my landlord");
//   - it opens its sentence or follows a comma and a verb of saying or
//     contacting follows it ("<phrase> called me", "<phrase> said").
//
// What it cannot do: a person bearing such a name with nothing of a
// person around ("<phrase> lives two doors down" stays dropped), and a
// drink that opens a sentence before "said" ("Earl Grey, she said, is
// her favourite" would be kept: made-up, never seen). Measured:
// probe_droprecall19_test.go.

// personRoles19 are relatives and roles a person has in a caller's life,
// said right before their name or before "is" and their name.
var personRoles19 = withWords(map[string]bool{}, append([]string{"landlord", "landlady", "tenant", "stepfather",
	"stepmother", "stepdad", "stepmom", "accountant", "lawyer", "attorney", "dentist", "teacher", "nanny",
	"babysitter", "contractor", "plumber", "electrician", "guy", "caseworker", "adviser", "advisor", "doctor",
	"grandad", "granddad", "granny", "nan", "fiancé", "ex", "ex-husband", "ex-wife", "father-in-law",
	"mother-in-law", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "stepsister",
	"stepbrother", "child", "kid"}, kinNouns...)...)

// phraseBorneByPerson reports whether the phrase of namedThingPhrases at
// tokens p..q, after token l (-1 for none in its sentence), is said of a
// person (see the file comment).
func (ts *Tokens) phraseBorneByPerson(l, p, q int) bool {
	if l >= 0 && (ts.wordIn(l, thingLeads) || ts.Toks[l].Kind == KindNumber) {
		return false
	}
	if ts.wordIn(l, personRoles19) {
		return true
	}
	if ts.isWord(l, "is", "was") && ts.wordIn(ts.prev(l-1), personRoles19) {
		return true
	}
	if ts.sentenceEndsAfter(q) {
		return false
	}
	n := ts.next(q + 1)
	if ts.isWord(n, "is", "was", "'s") {
		o := ts.next(n + 1)
		return ts.isWord(o, "my", "our", "your", "his", "her", "their") && !ts.sentenceEndsAfter(n) &&
			!ts.sentenceEndsAfter(o) && ts.wordIn(ts.next(o+1), personRoles19)
	}
	if l < 0 || ts.Word(ts.Toks[l].Last).Punct == "," {
		return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && personVerbs[ts.Toks[n].Norm]
	}
	return false
}

// relativePlaceName reports whether the word at token i, taken for a name
// after cue ph, is a town's or a state's name borne by a relative or a
// role the cue owns: the cue is two words, a possessive and one of
// personRoles19 ("my wife", "our neighbour", "her landlord"), it stands
// right before the word, and the word is a listed first name or, in a
// cased transcript, capitalised ("my wife Virginia", "my son Phoenix",
// "my granddaughter Vienna"). The person rules leave out such words as
// places (notNames, placeNotName); a relative named right before says
// a person is meant. A brand is no place and stays with brandTrim. Not
// after a verb of telling, where the relative is told and a clause
// follows ("I told my wife Denver was too far": made-up).
func (ts *Tokens) relativePlaceName(i int, ph cuePhrase) bool {
	if len(ph.words) != 2 || !possessiveDeterminers[ph.words[0]] || !personRoles19[ph.words[1]] {
		return false
	}
	p := ts.prev(i - 1)
	if !ts.isWord(p, ph.words[1]) || ts.sentenceEndsAfter(p) {
		return false
	}
	if o := ts.prev(p - 1); o >= 0 && !ts.sentenceEndsAfter(o) && ts.wordIn(ts.prev(o-1), tellingVerbs19) {
		return false // "I told my wife Denver was too far": the relative is told, the place is said
	} else if o >= 0 && !ts.sentenceEndsAfter(o) && ts.wordIn(ts.prev(o-1), givingVerbs19) && ts.giftNounAfter19(i) {
		return false // "I got my brother Paris tickets": the relative is given, the place names the gift (review19)
	}
	if n := ts.next(i + 1); !ts.sentenceEndsAfter(i) && ts.Word(ts.Toks[i].Last).Punct == "" && (ts.wordIn(n, stayNouns) || ts.wordIn(n, travelNouns19)) {
		return false // "that was my brother Paris trip" (a spoken "brother's"): the place names the trip (review19)
	}
	w := ts.Toks[i].Norm
	if !names.IsPlace(w) && !notNames[w] {
		return false
	}
	return ts.firstNameAt(i) || ts.Cased && ts.Capitalised(ts.Toks[i].First)
}

// tellingVerbs19 take the one told before what is said: "told my wife
// <clause>".
var tellingVerbs19 = withWords(map[string]bool{}, "told", "tell", "tells", "telling", "asked", "ask", "asking",
	"showed", "show", "reminded", "remind", "promised", "promise", "warned", "convinced", "bet", "assured",
	"informed", "texted", "emailed", "wrote")

// givingVerbs19 take the one given to before the gift: "got my son <gift>".
var givingVerbs19 = withWords(map[string]bool{}, "got", "get", "gets", "getting", "gave", "give", "gives", "giving",
	"bought", "buy", "buys", "buying", "sent", "send", "sends", "sending", "mailed", "mail", "shipped", "ship",
	"ordered", "order", "ordering", "booked", "book", "booking", "brought", "bring", "bringing", "owe", "owed")

// travelNouns19 are what a place's name qualifies when said right before
// them, beside stayNouns (addr19_lone_unit.go: "trip", "hotel", "visit").
var travelNouns19 = withWords(map[string]bool{}, "tickets", "ticket", "flight", "flights", "vacation", "holiday",
	"holidays", "office", "branch", "apartment", "condo", "house", "move", "job", "offer", "itinerary", "booking",
	"cruise", "tour", "layover", "fare", "fares", "train", "bus")

// giftNounAfter19 reports whether the word after token i, in its sentence,
// is a plain word and no article, possessive or pronoun: the name at i
// then qualifies a gift ("my brother Paris tickets", "my mom Georgia
// peaches"), where a relative's name is followed by the gift's own
// article ("got my wife Virginia a ring").
func (ts *Tokens) giftNounAfter19(i int) bool {
	if ts.sentenceEndsAfter(i) || ts.Word(ts.Toks[i].Last).Punct != "" {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || ts.isWord(n, "a", "an", "the", "some", "this", "that", "these",
		"those", "his", "her", "their", "our", "my", "your", "its", "and", "or", "for", "to", "from", "with", "back", "up", "out", "one") {
		return false
	}
	return ts.plainWordAt(n)
}

// relativeRoles19 are personRoles19 and the words a parent calls a child
// by its order: "<name> is my youngest".
var relativeRoles19 = withWords(withWords(map[string]bool{}, "youngest", "oldest", "eldest"), keysOf(personRoles19)...)

// namedAsRelative reports whether the word at token i, with no cue or a
// weak one before it ("and", "thanks"), is said to be a relative or a role of the speaker's or the
// listener's: "is" or "was", a possessive and one of relativeRoles19
// follow it in its sentence ("Denver is my brother", "Chase is our son",
// "Montana was my roommate"). The word is a listed name, a place's or a
// brand's, and in a cased transcript capitalised. The person rules leave
// such words out with no cue (notNames, placeNotName; a first name that
// is an English word opening a sentence); what follows names a person.
// Not "Denver is my brother's town": the role is said bare.
func (ts *Tokens) namedAsRelative(i int) bool {
	n := ts.next(i + 1)
	if !ts.isWord(n, "is", "was") || ts.sentenceEndsAfter(i) || ts.sentenceEndsAfter(n) {
		return false
	}
	o := ts.next(n + 1)
	if !ts.isWord(o, "my", "our", "your", "his", "her", "their") || ts.sentenceEndsAfter(o) || !ts.wordIn(ts.next(o+1), relativeRoles19) {
		return false
	}
	return ts.nameLike19(i) // (not "mom is my best friend")
}

// titleBefore19 reports whether a title of a person ("Mr.", "Dr.") is the
// word before token i in its sentence: "Mr. Schwab" is a man, not the
// broker of knownOrganisations (organisation).
func (ts *Tokens) titleBefore19(i int) bool {
	p := ts.prev(i - 1)
	return p >= 0 && !ts.sentenceEndsAfter(p) && ts.isWord(p, "mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "professor")
}

// placeNameOfAPerson reports whether the word at token i, a name the
// person rules would leave out as a place's, a brand's or a firm's, is
// said of a person with no cue before it or a weak one: said to be a
// relative (namedAsRelative), named with where the person works and what
// they did ("<name> from the clinic called me": namedFromDesk), or
// contacted or quoted and then spoken of as "he" or "she" ("ask <name>
// about it, she handles it", "<name> said she paid": spokenOfAsPerson),
// or spoken to ("Dallas, can you hear me?": vocativePlaceName).
func (ts *Tokens) placeNameOfAPerson(i int) bool {
	return ts.namedAsRelative(i) || ts.namedFromDesk(i) || ts.spokenOfAsPerson(i) || ts.vocativePlaceName(i)
}

// nameLike19 reports whether the word at token i may be a name the
// person rules leave out: a listed name, a place's or a brand's, and in a
// cased transcript capitalised; not a role ("mom").
func (ts *Tokens) nameLike19(i int) bool {
	if ts.Cased && !ts.Capitalised(ts.Toks[i].First) {
		return false
	}
	w := ts.Toks[i].Norm
	if personRoles19[w] || roleNouns[w] {
		return false
	}
	return ts.firstNameAt(i) || ts.surnameAt(i) || names.IsPlaceOrBrand(w) || notNames[w]
}

// namedFromDesk reports whether the word at token i opens its sentence
// before "from", at most three words of where (articles, possessives,
// nouns) and a verb of saying or contacting, or a verb in the past with
// the speaker or the listener after it: "<name> from the clinic left me
// a voicemail", "<name> from accounts emailed us". (Not "<town> from the
// air looked tiny": no one is told.)
func (ts *Tokens) namedFromDesk(i int) bool {
	if ts.sentenceEndsAfter(i) {
		return false
	}
	n := ts.next(i + 1)
	if !ts.isWord(n, "from") || ts.sentenceEndsAfter(n) {
		return false
	}
	if p := ts.prev(i - 1); p >= 0 && !ts.sentenceEndsAfter(p) && !ts.isWord(p, "and", "so", "oh", "well", "yeah", "okay", "then", "but") {
		return false
	}
	if names.IsPlace(ts.Toks[i].Norm) && !ts.firstNameAt(i) {
		return false // "London from head office emailed us": a firm's office named by its town (review19)
	}
	for k, m := ts.next(n+1), 0; k < len(ts.Toks) && m < 5 && ts.Toks[k].Kind == KindWord; k, m = ts.next(k+1), m+1 {
		v := ts.Toks[k].Norm
		if m > 0 && personVerbs[v] {
			return ts.nameLike19(i)
		}
		if m > 0 && (pastVerbs[v] || len(v) > 4 && strings.HasSuffix(v, "ed")) && !ts.sentenceEndsAfter(k) &&
			ts.isWord(ts.next(k+1), "me", "us", "you") {
			return ts.nameLike19(i)
		}
		if ts.sentenceEndsAfter(k) {
			break
		}
	}
	return false
}

// spokenOfAsPerson reports whether the word at token i, a listed first
// name or surname, follows a verb of contacting ("ask", "tell", "call")
// or opens its sentence before a verb of saying, and "he" or "she"
// speaks of it later in its turn before any "they" or "it"
// (spokenOfAsHeShe18): "ask <name> about the invoice, she handles it",
// "<name> said she already paid".
func (ts *Tokens) spokenOfAsPerson(i int) bool {
	if ts.sentenceEndsAfter(i) && ts.Word(ts.Toks[i].Last).Punct != "," {
		return false
	}
	p := ts.prev(i - 1)
	contacted := p >= 0 && !ts.sentenceEndsAfter(p) && ts.Toks[p].Kind == KindWord && contactVerbs[ts.Toks[p].Norm]
	if !contacted {
		if p >= 0 && !ts.sentenceEndsAfter(p) {
			return false
		}
		if n := ts.next(i + 1); n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || !personVerbs[ts.Toks[n].Norm] {
			return false
		}
	}
	return (ts.firstNameAt(i) || ts.surnameAt(i)) && ts.nameLike19(i) && !voiceAssistants19[ts.Toks[i].Norm] && ts.spokenOfAsHeShe18(i)
}

// voiceAssistants19 are the assistants a caller asks and calls "she":
// "I asked Alexa and she said it would rain" (review19).
var voiceAssistants19 = withWords(map[string]bool{}, "alexa", "siri", "cortana", "bixby")

// vocativeAcks19 are the words a speaker may say before the name of the
// one spoken to: "thanks <name>,", "sure thing <name>,".
var vocativeAcks19 = withWords(map[string]bool{}, "thanks", "thank", "hi", "hello", "hey", "okay", "ok", "sure",
	"thing", "yes", "yeah", "right", "sorry", "bye", "morning", "afternoon", "evening", "alright")

// vocativeClause19 open what is said to the one named right before:
// "<name>, can you hear me", "<name>, I'll wait". (Not "we" or "go", a
// radio's station told "Houston, we copy", "go ahead".)
var vocativeClause19 = withWords(map[string]bool{}, "i", "i'll", "i'm", "i've", "i'd", "you", "you're", "can",
	"could", "would", "will", "let", "let's", "and", "what", "how", "please", "one", "thanks", "thank", "do",
	"did", "are", "is", "have", "just", "hold")

// vocativePlaceName reports whether the word at token i, a listed first
// name that is a place's too, in a cased transcript, is the one spoken
// to: capitalised and set off by a comma, opening its sentence or after a
// word of greeting or thanks, before a clause said to them ("Dallas, can
// you hear me?", "thanks Georgia, I'll wait"); not before a clause put
// in ("Paris, I think, is lovely"). Lowercase transcripts mark no comma
// and are left alone.
func (ts *Tokens) vocativePlaceName(i int) bool {
	if !ts.Cased || !strings.Contains(ts.Word(ts.Toks[i].Last).Punct, ",") || ts.turn[ts.Toks[i].Last] {
		return false
	}
	if p := ts.prev(i - 1); p >= 0 && !ts.sentenceEndsAfter(p) && !ts.wordIn(p, vocativeAcks19) {
		return false
	}
	n := ts.next(i + 1)
	if !ts.wordIn(n, vocativeClause19) {
		return false
	}
	if k := ts.next(n + 1); ts.isWord(n, "i", "you") && k < len(ts.Toks) && strings.Contains(ts.Word(ts.Toks[k].Last).Punct, ",") {
		return false // "Paris, I think, is lovely in May": a clause put in, the place its sentence's subject
	} else if ts.isWord(n, "i") && ts.isWord(k, "think", "guess", "believe", "suppose", "reckon") && ts.sentenceEndsAfter(k) {
		return false // "Austin, I think.": a hedged answer (review19)
	}
	w := ts.Toks[i].Norm
	return ts.Capitalised(ts.Toks[i].First) && ts.firstNameAt(i) && (notNames[w] || names.IsPlace(w)) && !personRoles19[w] &&
		!ts.placeQuestionBefore(i) // (not "Which branch?" "Dallas, do you have one there?": the place asked for, review19)
}
