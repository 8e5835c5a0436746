package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
)

// Names in spoken commands, the forms the command recognizer
// (names_commands.go) adds for commands said to an assistant and, in the
// same words, on calls:
//
//   - A listed first name that is also a word, lowercase, right after a
//     verb of contacting or "meeting with", where what follows ends the
//     name: "lunch with dale right away", "an email to sally regarding",
//     "add bob to my list of contacts" (wordNameContacted). Without such
//     an ending it stays a word ("call bill payments").
//   - A list after such a verb: "invite priya and tomasz", "include mike
//     and jack to the calendar" (listedAlso); the group a list is added
//     to may follow "as": "add X and Y as attendees".
//   - A possessive said without its apostrophe before what only a person
//     has: "for monas wedding", "remind me about swatishs birthday"
//     (barePossessor).
//   - "send X his ..." and "send X her ...": a person is sent what is his.
//   - "the number of X", "the contact information of X" (askedAbout).
//   - "did X respond", "has X called": a name, a town's too, before a verb
//     of replying (repliedSubject).
//   - "find X in my contacts", "X from the address book" (nameInContacts);
//     "reply to frank's email": a first name that is a word before what a
//     person sends.
//
// And what stays a word: a store or an unlisted word a public post goes
// to ("send a tweet to Belk": publicPostTo), a possessive before a
// capitalised word for a place or before what a shop does ("King's
// Park", "does Marco's deliver": shopOrPlacePossessive).
//
// Measured on set14's dev half (odd dialogues), PERSON recall 0.875 to
// 0.982 (cased 0.930 to 0.991, lowercase 0.807 to 0.956), false-positive
// words 0.54 % to 0.38 %, hard-negative words 2.73 % to 2.17 %; no other
// set's dev half changed.
//
// Not caught: a list without "and" ("send invite bill malinda"), a
// possessive without apostrophe before what a business has too
// ("matthews deadlines"), a name after a question's auxiliary in a
// transcript without punctuation, where the question cannot be told from
// the clause before it.

// nameEndings are words that, after a listed first name that is also a
// word, show the name ended there: a time, a topic, a place, a clause.
var nameEndings = map[string]bool{"at": true, "regarding": true, "about": true, "on": true, "tomorrow": true,
	"today": true, "tonight": true, "this": true, "next": true, "right": true, "that": true, "saying": true,
	"to": true, "in": true, "from": true, "as": true, "and": true, "asap": true, "later": true, "now": true,
	"please": true, "for": true, "re": true, "when": true, "if": true, "whether": true, "once": true, "i": true,
	"we": true, "the": true, "back": true}

// wordNameContacted reports whether token i, in a lowercase transcript, is
// a listed first name that is also a common word, followed by the end of
// its sentence or by a word of nameEndings: after a verb of contacting,
// the name ("lunch with dale right away"), not the word.
func (ts *Tokens) wordNameContacted(i int) bool {
	if !ts.wordNameShape(i) {
		return false
	}
	n := ts.next(i + 1)
	return ts.sentenceEndsAfter(i) || n >= len(ts.Toks) || ts.Toks[n].Kind == KindWord && nameEndings[ts.Toks[n].Norm]
}

// wordNameShape reports whether token i, in a lowercase transcript, is a
// listed first name that is also a common word and in no list of places,
// desks, brands or times: a name only where its sentence shows it one.
func (ts *Tokens) wordNameShape(i int) bool {
	if ts.Cased {
		return false
	}
	w := ts.Toks[i].Norm
	if len(w) < 3 || !isAlpha(w) || !ts.firstNameAt(i) || !ts.commonAt(i) || names.IsPlace(w) ||
		personStop[w] || nameAnswerLeadIns[w] || contactNotNames[w] || deskWords[w] || organisationWords[w] ||
		placeOrBrand(w) || placeWords[w] || streetSuffixes[w] || letterCues[w] || notNames[w] || timeAdverbs[w] ||
		businessFirstNames[w] || roleNouns[w] {
		return false
	}
	_, month := months[w]
	return !month && !weekdays[w]
}

// listedAlso returns the first and last tokens of a name that follows the
// name ending at token last after "and" ("invite priya and tomasz"), when
// it is one as after the verb itself.
//
// A listed first name said between the two, after a comma or none, is
// one of the list too when the list goes on with "and" and a name
// ("email oskar, temperance and li"), up to two such names: what
// lies between a name and a closing "and" name after a verb of
// contacting is rarely anything else.
func (ts *Tokens) listedAlso(last int) (first, end int, ok bool) {
	return ts.listedAlsoN(last, 2)
}

// listedAlsoN is listedAlso with at most bare names said before the
// closing "and".
func (ts *Tokens) listedAlsoN(last, bare int) (first, end int, ok bool) {
	a := ts.next(last + 1)
	if !ts.sentenceEndsAfter(last) && bare > 0 && ts.bareListedName(a) {
		if _, _, more := ts.listedAlsoN(a, bare-1); more {
			return a, a, true
		}
	}
	if ts.sentenceEndsAfter(last) || !ts.isWord(a, "and") || ts.sentenceEndsAfter(a) {
		return 0, last, false
	}
	j := ts.next(a + 1)
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || strings.ContainsRune(ts.Toks[j].Norm, '\'') {
		return 0, last, false
	}
	w := ts.Toks[j].Norm
	switch {
	case ts.Cased && ts.contactName(j):
	case !ts.Cased && ts.contactName(j) && listedPerson(w):
	case ts.wordNameContacted(j):
	default:
		return 0, last, false
	}
	e := ts.extendName(j, false)
	if ts.organisation(j, e, false) || ts.placeEndsNext(e) {
		return 0, last, false
	}
	return j, e, true
}

// bareListedName reports whether token a is a listed first name (cased,
// capitalised) that may stand in a list of names with no "and" before
// it: no word of time, place, desk or business.
func (ts *Tokens) bareListedName(a int) bool {
	if a < 0 || a >= len(ts.Toks) || ts.Toks[a].Kind != KindWord || ts.Cased && !ts.Capitalised(ts.Toks[a].First) {
		return false
	}
	w := ts.Toks[a].Norm
	if len(w) < 2 || !isAlpha(w) || !ts.firstNameAt(a) || names.IsPlace(w) || personStop[w] || contactNotNames[w] ||
		deskWords[w] || organisationWords[w] || placeOrBrand(w) || placeWords[w] || notNames[w] || timeAdverbs[w] ||
		businessFirstNames[w] || roleNouns[w] || nameAnswerLeadIns[w] {
		return false
	}
	_, month := months[w]
	return !month && !weekdays[w]
}

// listEnd returns the last token of a list of names that starts with the
// name ending at token last ("mike and jack"): last itself without one.
func (ts *Tokens) listEnd(last int) int {
	for n := 0; n < 3; n++ {
		_, e, ok := ts.listedAlso(last)
		if !ok {
			break
		}
		last = e
	}
	return last
}

// barePossessor reports whether token i is a name said with a possessive
// whose apostrophe was not written ("monas wedding"): a word ending in
// "s" that is no word itself, before what only a person has, whose stem
// is a listed first name that is no common word or a word in no list.
func (ts *Tokens) barePossessor(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	if len(w) < 5 || !isAlpha(w) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || ts.sentenceEndsAfter(i) {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || !kinAndLifeEvents[ts.Toks[n].Norm] || ts.isWord(n, "first", "last", "middle", "full") {
		return false
	}
	k := w[:len(w)-1]
	if ts.englishAt(i) || ts.commonAt(i) || ts.firstNameAt(i) || names.IsPlace(w) || names.IsPlace(k) ||
		personStop[k] || roleNouns[k] || notNames[k] || placeOrBrand(k) || placeName(k) || organisationWords[k] || possessiveBusinesses[k] {
		return false
	}
	if ts.Cased && (!ts.Capitalised(tk.First) || ts.SentenceStart(tk.First)) {
		return false
	}
	if ts.ownedBefore(i) {
		return false // ("the kings wedding")
	}
	return names.IsFirstName(k) && !names.IsCommonWord(k) || unlistedName(k) && hasVowel(k) && len(k) >= 4
}

// shopVerbs are what a shop or a restaurant does, said right after its
// name with "'s" as a subject: "does Louie's deliver", "does Kim's do
// take out". A person's possessive takes a noun there, and "'s" for "is"
// or "has" takes no bare verb.
// (Not "open", "take", "offer": "Tim's open to it", "Ana's take on it".)
var shopVerbs = map[string]bool{"do": true, "deliver": true, "sell": true, "serve": true, "carry": true, "accept": true}

// shopOrPlacePossessive reports whether token n, right after a word with
// "'s", makes that word a shop's or a place's name rather than a
// person's: a verb of what shops do ("does Louie's deliver"), a word for
// a kind of shop ("Luigi's Deli", shopNounAfter), or, cased, a
// capitalised word for a place ("King's Park", "Earl's Court"; not
// "Jack's place").
func (ts *Tokens) shopOrPlacePossessive(n int) bool {
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || ts.sentenceEndsAfter(ts.prev(n-1)) {
		return false
	}
	w := ts.Toks[n].Norm
	if shopVerbs[w] || ts.shopNounAfter(n) {
		return true // ("does Louie's deliver", "Frank's Pizza", names_shops.go)
	}
	return ts.Cased && w != "place" && (placeWords[w] || streetSuffixes[w]) && ts.Capitalised(ts.Toks[n].First)
}

// publicPosts are posts written in public to whoever they name, as often
// a business as a person: "send a tweet to Meijer", "post to Wegmans".
var publicPosts = map[string]bool{"tweet": true, "tweets": true, "tweeting": true, "tweeted": true,
	"post": true, "posts": true, "review": true, "reviews": true, "complaint": true, "complaints": true}

// publicPostTo reports whether the word w at token i is whom a public
// post goes to (publicPosts within four words before it) without being a
// listed person's name, or is a store's name (possessiveBusinesses):
// "send a tweet to Meijer" names a business; "a tweet to Oksana" stays a
// name.
func (ts *Tokens) publicPostTo(i int, w string) bool {
	return possessiveBusinesses[w] || ts.wordWithin(i, 4, publicPosts) && !listedPerson(w)
}

// replyVerbs are what a person does with a message, said after "did" or
// "has" and their name: "did Charlotte reply", "has dorota called".
var replyVerbs = map[string]bool{"respond": true, "responded": true, "reply": true, "replied": true,
	"answer": true, "answered": true, "call": true, "called": true, "text": true, "texted": true, "email": true,
	"emailed": true, "write": true, "wrote": true, "written": true, "confirm": true, "confirmed": true,
	"rsvp": true, "rsvped": true, "accept": true, "accepted": true, "decline": true, "declined": true,
	"message": true, "messaged": true}

// repliedSubject reports whether token i is a name asked about with "did"
// or "has" before a verb of replying: "did Charlotte respond", "has tunde
// replied". A town or a word that names one is a person there, for only a
// person replies; a brand or a desk is not ("did Verizon call", "has
// support replied").
func (ts *Tokens) repliedSubject(i int) bool {
	a := ts.prev(i - 1)
	if a < 0 || ts.sentenceEndsAfter(a) || !ts.isWord(a, "did", "has", "have", "had") || ts.sentenceEndsAfter(i) {
		return false
	}
	n := ts.next(i + 1)
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || !replyVerbs[ts.Toks[n].Norm] {
		return false
	}
	tk := &ts.Toks[i]
	w := tk.Norm
	if len(w) < 2 || !isAlpha(w) || personStop[w] || contactNotNames[w] || deskWords[w] || organisationWords[w] ||
		placeOrBrand(w) || businessFirstNames[w] || roleNouns[w] || names.IsPlaceOrBrand(w) && !ts.firstNameAt(i) {
		return false
	}
	if ts.Cased {
		return ts.Capitalised(tk.First) && !upperWord(ts.Word(tk.First).Text) &&
			(ts.firstNameAt(i) || ts.surnameAt(i) && !ts.commonAt(i) || !ts.plainWordAt(i) && !ts.englishAt(i))
	}
	return ts.firstNameAt(i) && !ts.commonAt(i) || ts.surnameAt(i) && !ts.englishAt(i) && !ts.plainWordAt(i)
}

// sentMessages are what a person sends, owned by the sender: "frank's
// email", "grace's voicemail".
var sentMessages = map[string]bool{"email": true, "emails": true, "e-mail": true, "message": true, "messages": true,
	"text": true, "texts": true, "voicemail": true, "voicemails": true, "reply": true, "invite": true,
	"invitation": true}

// contactBooks are where a phone keeps people: "my contacts", "the
// address book".
var contactBooks = map[string]bool{"contacts": true, "contact": true, "phonebook": true, "address": true,
	"phone": true}

// nameInContacts reports the name at token i, and its last token, said
// before "in", "from" or "on" and "my" or "the" and a contact book: "find
// naty from my contacts", "is gene in my address book". Brands and
// words that are no name stay words ("save it in my contacts").
func (ts *Tokens) nameInContacts(i int) (int, bool) {
	// (the words after first, cheaply: most tokens are followed by none of them)
	p, near := i, false
	for n := 0; n < 3 && !near; n++ {
		if ts.sentenceEndsAfter(p) {
			return i, false
		}
		p = ts.next(p + 1)
		near = ts.isWord(p, "in", "from", "on", "to")
	}
	if !near || !ts.contactName(i) && !ts.wordNameContacted(i) || strings.ContainsRune(ts.Toks[i].Norm, '\'') {
		return i, false
	}
	last := ts.extendName(i, false)
	p = ts.next(last + 1)
	if ts.sentenceEndsAfter(last) || !ts.isWord(p, "in", "from", "on", "to") || ts.sentenceEndsAfter(p) {
		return i, false
	}
	m := ts.next(p + 1)
	if !ts.isWord(m, "my", "the") || ts.sentenceEndsAfter(m) {
		return i, false
	}
	b := ts.next(m + 1)
	if b >= len(ts.Toks) || ts.Toks[b].Kind != KindWord || !contactBooks[ts.Toks[b].Norm] {
		return i, false
	}
	if ts.isWord(b, "address", "phone") && !ts.isWord(ts.next(b+1), "book", "books") {
		return i, false // ("in my address", "on the phone")
	}
	if ts.organisation(i, last, false) || ts.placeEndsNext(last) {
		return i, false
	}
	return last, true
}
