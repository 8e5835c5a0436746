package redact

import (
	"strings"
	"unicode"

	"github.com/callveil/callveil/redact/internal/names"
)

// The command recognizer: the people a caller names with no naming cue, as
// people say them to a phone or a smart speaker and quote them to an agent.
//
//   - After a verb of contacting or messaging: "call mary", "email john
//     about lunch", "remind jacob to", "text Zhanar", "invite priya",
//     "meet with okafor", "send an email to Chelsea".
//   - Before a possessive and what people have: "what is John's last
//     name", "tell her Wyatt's birthday party is on sunday", "what is
//     Trump's approval rating", "duncan trussel's latest podcast".
//
// Words stay words there: "call the bank", "email support", "text
// Verizon", "call back", "Macy's phone number", "St. Patrick's Day".
//
// Measured, with what it still misses: docs/redact-accuracy.md, "Names as
// people say them: commands and introductions (set9 dev half)".

type commandRecognizer struct{}

func (commandRecognizer) Name() string { return "person-command" }

// contactVerbs contact a person named right after them: "call mary",
// "remind jacob".
var contactVerbs = map[string]bool{"call": true, "calling": true, "called": true, "phone": true, "ring": true,
	"text": true, "texting": true, "texted": true, "email": true, "emailing": true, "emailed": true, "e-mail": true,
	"message": true, "messaging": true, "messaged": true, "remind": true, "reminding": true, "tell": true,
	"telling": true, "told": true, "ask": true, "asking": true, "asked": true, "invite": true, "inviting": true,
	"invited": true, "ping": true, "dial": true, "notify": true, "inform": true, "contact": true, "facetime": true,
	"skype": true, "whatsapp": true, "sms": true, "thank": true, "meet": true}

// contactWithVerbs meet or plan with a person: "meet with okafor",
// "schedule a call with priya".
var contactWithVerbs = map[string]bool{"meet": true, "meeting": true, "meetings": true, "schedule": true,
	"scheduled": true, "lunch": true, "dinner": true, "coffee": true, "call": true, "chat": true, "catch": true,
	"event": true, "events": true, "conference": true, "date": true, "plans": true, "appointment": true,
	"conversation": true, "conversations": true, "history": true, "thread": true, "messages": true}

// messageNouns are what is sent to a person, not to a place: "send an
// email to Chelsea", "forward the invite to tomasz". (A letter or a
// parcel may go to a town.)
var messageNouns = map[string]bool{"email": true, "emails": true, "e-mail": true, "text": true, "texts": true,
	"message": true, "messages": true, "note": true, "invite": true, "invitation": true, "reminder": true,
	"sms": true, "reply": true, "write": true, "forward": true, "dm": true, "voicemail": true, "whatsapp": true}

// sentNouns are the messageNouns that are nouns only: what a person
// sends, so that "from" after them names the sender ("a text from
// Chelsea"; not the verbs "write", "forward": "write from Lisbon").
var sentNouns = map[string]bool{"email": true, "emails": true, "e-mail": true, "text": true, "texts": true,
	"message": true, "messages": true, "note": true, "invite": true, "invitation": true, "reminder": true,
	"sms": true, "reply": true, "dm": true, "voicemail": true, "voicemails": true}

// contactNotNames are words that follow a verb of contacting but name no
// one: "call back", "text message", "email address", "ask around".
var contactNotNames = map[string]bool{"back": true, "again": true, "later": true, "ahead": true, "around": true,
	"address": true, "addresses": true, "support": true, "customer": true, "customers": true, "everybody": true,
	"anybody": true, "somebody": true, "someone": true, "anyone": true, "nobody": true, "mom": true, "dad": true,
	"mum": true, "home": true, "work": true, "office": true, "tomorrow": true, "tonight": true, "yesterday": true,
	"911": true, "emergency": true, "police": true, "alexa": true, "siri": true, "google": true, "olly": true,
	"cortana": true, "people": true, "center": true, "centre": true, "list": true, "forwarding": true, "log": true,
	"logs": true, "history": true, "waiting": true, "quality": true}

// Recognize finds the names that follow a verb of contacting, precede a
// possessive of what people have, or that agents introduce themselves
// with (names_intro.go).
func (commandRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		if ts.Toks[i].Kind != KindWord {
			continue
		}
		if f, last, ok := ts.contactedName(i); ok {
			out = append(out, f)
			for n := 0; n < 3; n++ { // a list: "invite priya and tomasz"
				j, e, ok := ts.listedAlso(last)
				if !ok {
					break
				}
				out = append(out, ts.TokenFinding(Person, j, e, 0.75, "person-contact-list"))
				last = e
			}
			i = last
			continue
		}
		if f, last, ok := ts.possessorName(i); ok {
			out = append(out, f)
			i = last
			continue
		}
		if ts.repliedSubject(i) {
			out = append(out, ts.TokenFinding(Person, i, i, 0.75, "person-replied"))
			continue
		}
		if last, ok := ts.nameInContacts(i); ok {
			out = append(out, ts.TokenFinding(Person, i, last, 0.75, "person-in-contacts"))
			i = last
			continue
		}
		if ts.barePossessor(i) {
			out = append(out, ts.TokenFinding(Person, i, i, 0.75, "person-possessor-bare"))
			continue
		}
		if ts.subjectName(i) {
			out = append(out, ts.TokenFinding(Person, i, i, 0.75, "person-colleague-subject"))
			continue
		}
		if last, ok := ts.questionSubject(i); ok {
			out = append(out, ts.TokenFinding(Person, i, last, 0.8, "person-question-subject"))
			i = last
			continue
		}
		if last, ok := ts.agentIntroduced(i); ok {
			out = append(out, ts.TokenFinding(Person, i, last, 0.85, "person-agent-intro"))
			i = last
		}
	}
	return out
}

// contactedName reports a name at token i right after a verb of
// contacting ("call mary"), "with" after a verb of meeting ("meet with
// okafor"), or "to" after a message sent ("send an email to Chelsea").
func (ts *Tokens) contactedName(i int) (Finding, int, bool) {
	p := ts.prev(i - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || ts.Toks[p].Kind != KindWord || !ts.Toks[p].ncl.has(ncContactLead) {
		return Finding{}, i, false // (no case of the switch below takes the word: commands_gate_speed17.go)
	}
	var wants func(last int) bool // what must follow the name, for a verb that needs it
	sent := false                 // "from", "about": no place is meant (not "I'm from Albany")
	booked := false               // "booked for": a person, not a place or a time
	listedOnly := false           // a context brands and places share: only a listed name (listedPerson)
	joined := false               // "add bob to my list": a name however said
	switch w := ts.Toks[p].Norm; {
	case giveVerbs[w]:
		wants = ts.givenACall
	case w == "wish" || w == "wished" || w == "send" || w == "sent" || w == "sending":
		wants = ts.givenAMessage
	case copyVerbs[w]:
		wants = ts.copiedIn
	case ts.loopedIn(p):
		sent = true // after "loop in" a person, not a place ("in Valentina")
	case ts.heldOf(p):
		sent = true // "get hold of dmitri": a person, not a place
	case w == "pay" || w == "paying" || w == "paid" || w == "repay":
		wants = ts.paidBack
	case ts.getVerb(p):
		wants = ts.onTheLine
	case w == "let":
		wants = func(last int) bool { return !ts.sentenceEndsAfter(last) && ts.isWord(ts.next(last+1), "know") }
	case w == "up":
		if !ts.isWord(ts.prev(p-1), "pick", "picking", "picked", "collect") {
			return Finding{}, i, false
		}
		listedOnly = true
	case w == "for":
		// "it's booked for lior ben david", "the table is reserved for
		// ngozi eze"
		ok, thing := ts.bookedFor(p)
		if !ok {
			return Finding{}, i, false
		}
		booked, listedOnly = true, thing
	case w == "by":
		if !ts.wordWithin(p, 3, creativeWorks) {
			return Finding{}, i, false // ("paid by visa", "signed by the bank")
		}
		sent, listedOnly = true, true
	case w == "about" || w == "of" || w == "on":
		if !ts.askedAbout(p) {
			return Finding{}, i, false
		}
		sent, listedOnly = true, true
	case joinVerbs[w]:
		wants, listedOnly, joined = ts.joinedToGroup, true, true
	case contactVerbs[w] || payAppVerbs[w]: // ("venmo lorcan the rent")
		// "to" before it makes the verb a noun's ("a call to") or a
		// purpose; a noun before it ("a text", "the email") makes it the
		// thing sent.
		if b := ts.prev(p - 1); b >= 0 && !ts.sentenceEndsAfter(b) && ts.isWord(b, "a", "an", "the", "my", "your", "this", "that", "his", "her", "our", "their", "phone", "video", "conference") {
			return Finding{}, i, false
		}
	case w == "with":
		if !ts.wordWithin(p, 3, contactWithVerbs) && !ts.wordWithin(p, 3, reachWords) {
			return Finding{}, i, false
		}
	case w == "to":
		if !ts.wordWithin(p, 4, messageNouns) && !ts.reachedTo(p) {
			return Finding{}, i, false
		}
	case w == "from":
		// "a message from Jennifer", "a voicemail from Regina": the
		// sender (not "I'll write from Lisbon", nor a town that is
		// nobody's name, "the message from Surabaya").
		if !ts.wordWithin(p, 4, sentNouns) && !ts.wordWithin(p, 4, receivedThings) || ts.placeWithoutName(i) {
			return Finding{}, i, false // (also "any missed calls from tomasz")
		}
		sent = true
	default:
		return Finding{}, i, false
	}
	start := i // an initial before the surname: "email r castellanos"
	if ts.initialOfName(i) {
		i = ts.next(i + 1)
	}
	wordName := false // a first name that is a word, where its sentence shows it a name ("lunch with dale right away")
	if !ts.contactName(i) {
		framed := wants != nil && start == i && ts.wordNameShape(i) && wants(ts.listEnd(i)) // "let joy know"
		if !ts.wordNameContacted(i) && !framed || listedOnly && !joined || booked {
			return Finding{}, i, false
		}
		wordName = true
	}
	if businessFirstNames[ts.Toks[i].Norm] && ts.businessTalkAfter(i) {
		return Finding{}, i, false // the bank, not a person: "I need to call Chase about my card"
	}
	if booked && (names.IsPlace(ts.Toks[i].Norm) && !ts.firstNameAt(i) || placeName(ts.Toks[i].Norm)) {
		return Finding{}, i, false // ("booked for Heathrow", "reserved for London")
	}
	if notNames[ts.Toks[i].Norm] && !ts.isWord(p, "to", "from") {
		return Finding{}, i, false // a town that is a name only where a message goes or comes from: "call Dallas office" (not "an email to Chelsea", "a text from Regina")
	}
	last := ts.extendName(i, false)
	// (after "from" a sender, after "about" what is asked of a person:
	// organisation's place after a preposition does not apply, as for a
	// name after a naming cue)
	if ts.organisation(i, last, sent) || ts.placeEndsNext(last) {
		return Finding{}, last, false // "call Northfield Bank", "text Summit Health"
	}
	if listedOnly && !wordName && !listedPerson(ts.Toks[i].Norm) && !(last > i && listedPerson(ts.Toks[last].Norm)) &&
		!(joined && ts.Cased && ts.firstNameAt(i) && !names.IsPlace(ts.Toks[i].Norm)) {
		return Finding{}, i, false // ("songs by metallica", "tell me about brexit"; not "for bishnu gurung")
	}
	if booked && last == i && !listedPerson(ts.Toks[i].Norm) {
		return Finding{}, i, false // one word in no list: as often a hotel or an airline ("booked for marriott")
	}
	if wants != nil && !wants(ts.listEnd(last)) {
		return Finding{}, i, false // ("give Netflix a week", "add Zelle to my phone")
	}
	return ts.TokenFinding(Person, start, last, 0.8, "person-contact"), last, true
}

// listedPerson reports whether w is a listed first name that is no
// common word, or a listed surname (accents aside) that is no English
// word, and no place: where brands, bands and places are as often named
// as people ("songs by metallica", "tell me about kenya"), a word in no
// name list is not taken for a name.
func listedPerson(w string) bool {
	if names.IsPlace(w) || names.IsMostlyPlace(w) || notNames[w] || placeOrBrand(w) || placeName(w) || organisationWords[w] {
		return false
	}
	return names.IsFirstName(w) && !names.IsCommonWord(w) || listedSurname(w) && !names.IsEnglishWord(w) && !names.IsCommonWord(w)
}

// giveVerbs give a person a call: "give oksana a ring" (givenACall).
var giveVerbs = map[string]bool{"give": true, "gave": true, "giving": true, "gives": true, "drop": true,
	"dropping": true, "shoot": true, "shooting": true, "leave": true, "leaving": true}

// givenACall reports whether "a" and a word for a call follow the name
// ending at token last: "give oksana a ring", "gave Radu a shout".
func (ts *Tokens) givenACall(last int) bool {
	a := ts.next(last + 1)
	return !ts.sentenceEndsAfter(last) && ts.isWord(a, "a") && !ts.sentenceEndsAfter(a) &&
		ts.isWord(ts.next(a+1), "ring", "call", "buzz", "shout", "bell", "text", "message", "heads-up", "reminder", "callback",
			"line", "note", "voicemail", "email", "invite")
}

// bookedFor reports whether "for" at token p says whom a booking or an
// order is for: "booked for", "reserved for", "a table for", "the
// reservation is for"; and whether it is rather a thing got or looked up
// for someone ("a gift for", "the number for"), where a business is named
// as often.
func (ts *Tokens) bookedFor(p int) (ok, thing bool) {
	b := ts.prev(p - 1)
	if b < 0 || ts.sentenceEndsAfter(b) {
		return false, false
	}
	if ts.isWord(b, "is", "was", "it's") {
		b = ts.prev(b - 1) // "the reservation is for"
	}
	if ts.isWord(b, "booked", "reserved", "reservation", "booking", "table", "order", "ordered", "held", "made", "pickup", "collection") {
		return true, false
	}
	// what is got for a person or looked up for them: "a gift for ngozi",
	// "the number for tomasz"
	return ts.isWord(b, "gift", "present", "presents", "flowers", "cake", "surprise", "number", "details", "contact", "address", "email",
		"parcel", "package", "delivery", "letter", "card", "cheque", "check", "refund"), true
}

// givenAMessage reports whether what a person is sent or wished follows
// the name ending at token last: "send tunde a message", "wish bukola a
// happy birthday".
func (ts *Tokens) givenAMessage(last int) bool {
	a := ts.next(last + 1)
	if ts.sentenceEndsAfter(last) || !ts.isWord(a, "a", "an", "my", "the", "happy", "merry", "good", "luck", "his", "her") || ts.sentenceEndsAfter(a) {
		return false
	}
	if ts.isWord(a, "happy", "merry", "good", "luck", "his", "her") {
		return true // ("send ashmit his notes": what is his is sent to a person)
	}
	n := ts.next(a + 1)
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && (messageNouns[ts.Toks[n].Norm] || ts.isWord(n, "happy", "merry", "good", "safe", "great", "quick", "card", "gift", "photo", "picture", "link"))
}

// creativeWorks are made by a person named after "by": "the latest album
// by adele", "songs by ed sheeran", "a book by chimamanda adichie".
var creativeWorks = map[string]bool{"album": true, "albums": true, "song": true, "songs": true, "music": true,
	"book": true, "books": true, "novel": true, "novels": true, "movie": true, "movies": true, "film": true,
	"films": true, "podcast": true, "podcasts": true, "painting": true, "paintings": true, "poem": true,
	"poems": true, "track": true, "tracks": true, "single": true, "records": true, "record": true}

// receivedThings are what a person sends that is counted or looked for:
// "any calls from tomasz", "a voicemail from dragos".
var receivedThings = map[string]bool{"calls": true, "call": true, "voicemails": true, "replies": true,
	"response": true, "responses": true, "invites": true, "anything": true, "missed": true}

// askedAbout reports whether the preposition at token p asks what is known
// of its object: "tell me about gandhi", "any news about zelensky",
// "pictures of rihanna", "the latest on okonjo".
func (ts *Tokens) askedAbout(p int) bool {
	b := ts.prev(p - 1)
	if b < 0 || ts.sentenceEndsAfter(b) || ts.Toks[b].Kind != KindWord {
		return false
	}
	switch ts.Toks[p].Norm {
	case "about":
		if ts.isWord(b, "me", "us") {
			return ts.isWord(ts.prev(b-1), "tell", "telling")
		}
		return ts.isWord(b, "news", "information", "info", "facts", "articles", "article", "stories", "story", "gossip", "rumours", "rumors", "trivia")
	case "of":
		return ts.isWord(b, "pictures", "picture", "photos", "photo", "videos", "video", "images", "biography", "age",
			"address", "email", "birthday", "details", "movie", "movies", "film", "films", "album", "albums", "song", "songs",
			"book", "books", "wife", "husband", "children", "kids", "parents", "height",
			"number", "information", "info", "contact", "contacts")
	default: // "on"
		return ts.isWord(b, "latest", "news", "update", "updates", "info", "information")
	}
}

// joinVerbs add a person to a group or take them off it: "add mirela to
// the party list", "remove tomasz from the chat" (joinedToGroup).
var joinVerbs = map[string]bool{"add": true, "adding": true, "added": true, "remove": true, "removing": true,
	"removed": true, "include": true, "including": true, "included": true}

// groupNouns are what people are added to: a list, a chat, a meeting.
var groupNouns = map[string]bool{"list": true, "group": true, "chat": true, "party": true, "calendar": true,
	"invite": true, "invitation": true, "meeting": true, "event": true, "contacts": true, "thread": true,
	"call": true, "email": true, "conversation": true, "guest": true, "guests": true, "team": true,
	"reservation": true, "booking": true, "dinner": true, "lunch": true, "trip": true, "plan": true, "plans": true,
	"standup": true, "stand-up": true, "sync": true, "session": true, "offsite": true, "huddle": true,
	"channel": true, "workshop": true, "attendee": true, "attendees": true, "participant": true, "participants": true, "invitee": true, "invitees": true,
	"contact": true}

// joinedToGroup reports whether "to" or "from" and, within three words,
// a group people join (groupNouns) follow the name ending at token last.
func (ts *Tokens) joinedToGroup(last int) bool {
	k := ts.next(last + 1)
	if ts.sentenceEndsAfter(last) || !ts.isWord(k, "to", "from", "on", "in", "as") {
		return false
	}
	for n := 0; n < 3 && !ts.sentenceEndsAfter(k); n++ {
		k = ts.next(k + 1)
		if k >= len(ts.Toks) {
			return false
		}
		if ts.Toks[k].Kind == KindWord && groupNouns[ts.Toks[k].Norm] {
			return true
		}
	}
	return false
}

// wordWithin reports whether one of ws is among the n word tokens before
// token p, in its sentence.
func (ts *Tokens) wordWithin(p, n int, ws map[string]bool) bool {
	for k, j := 0, ts.prev(p-1); k < n && j >= 0; k, j = k+1, ts.prev(j-1) {
		if ts.sentenceEndsAfter(j) {
			return false
		}
		if ts.Toks[j].Kind == KindWord && ws[ts.Toks[j].Norm] {
			return true
		}
	}
	return false
}

// contactName reports whether token i, after a verb of contacting, is a
// person's name: cased, a capitalised word that is a listed name (a first
// name even when it is also a word or a town: "call Will", "email
// Chelsea") or no English word; lowercase, a listed first name that is no
// common word, a listed surname that is no English word, or a word in no
// list at all of four letters or more ("text zhanar", not "call ssa").
func (ts *Tokens) contactName(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	if ts.Cased && (!ts.Capitalised(tk.First) || ts.SentenceStart(tk.First)) {
		return false // (as below, before the lists: the cheap test first)
	}
	if len(w) < 2 || !isAlpha(w) || personStop[w] || nameAnswerLeadIns[w] || contactNotNames[w] || deskWords[w] ||
		organisationWords[w] || placeOrBrand(w) || placeWords[w] || streetSuffixes[w] || letterCues[w] {
		return false
	}
	if _, month := months[w]; month || weekdays[w] {
		return false // "call monday", "email may"
	}
	first := ts.firstNameAt(i)
	if ts.Cased {
		if !ts.Capitalised(tk.First) || ts.SentenceStart(tk.First) || upperWord(ts.Word(tk.First).Text) {
			return false // (an acronym: "call HR", "text VA")
		}
		return first || ts.surnameAt(i) && !ts.commonAt(i) || !ts.plainWordAt(i) && !ts.englishAt(i) && !placeName(w)
	}
	if ts.commonAt(i) || adjectiveLike(w) && !(first && !ts.englishAt(i)) { // ("hamish" is a name)
		return false
	}
	return first || ts.surnameAt(i) && !ts.englishAt(i) && !placeName(w) ||
		len(w) >= 4 && hasVowel(w) && !ts.plainWordAt(i) && !ts.englishAt(i) && !placeName(w) && !notNames[w] // (not "call ssa", "call hmrc")
}

// upperWord reports whether s, as written, is two letters or more all in
// capitals: an acronym ("HR", "GP", "VA"), not a name.
func upperWord(s string) bool {
	s = strings.Trim(s, trimCutset)
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			return false
		}
	}
	return letters >= 2
}

// hasVowel reports whether w has a vowel letter (a, e, i, o, u, y): a
// word in no list without one is letters said as a word ("hmrc").
func hasVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true // ("łódź": a letter beyond ASCII may be one)
		}
	}
	return strings.ContainsAny(w, "aeiouy")
}

// weekdays are the days of the week.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// possessedThings are what only a person has, said after their name and
// "'s": "John's last name", "Wyatt's birthday party", "Trump's approval
// rating", "Pink's new baby".
var possessedThings = map[string]bool{"last": true, "first": true, "middle": true, "full": true, "maiden": true,
	"birthday": true, "wedding": true, "anniversary": true, "graduation": true, "funeral": true, "wife": true,
	"husband": true, "mom": true, "mother": true, "dad": true, "father": true, "son": true, "daughter": true,
	"kids": true, "children": true, "baby": true, "brother": true, "sister": true, "girlfriend": true,
	"boyfriend": true, "approval": true, "podcast": true, "album": true, "albums": true, "age": true,
	"height": true, "birth": true, "retirement": true, "flight": true, "net": true,
	"place": true, "house": true, "home": true, "apartment": true, "flat": true}

// kinAndLifeEvents are what only a person has, not a business or a band
// ("lufthansa's flight", "coldplay's album"): after a word in no name list
// only these make it a name ("tunde's wife", "lerato's birthday").
var kinAndLifeEvents = map[string]bool{"wife": true, "husband": true, "mom": true, "mother": true, "dad": true,
	"father": true, "son": true, "daughter": true, "kids": true, "children": true, "baby": true, "brother": true,
	"sister": true, "girlfriend": true, "boyfriend": true, "birthday": true, "wedding": true, "funeral": true,
	"graduation": true, "anniversary": true, "retirement": true, "last": true, "first": true, "middle": true,
	"maiden": true, "full": true}

// sharedThings are what a person or a business may have: after a name
// that is a listed first name only ("jay's phone number", not "Lowe's
// phone number", whose name is a surname).
var sharedThings = map[string]bool{"phone": true, "cell": true, "mobile": true, "email": true, "number": true,
	"latest": true, "newest": true, "new": true, "schedule": true, "calendar": true, "party": true, "song": true,
	"songs": true, "address": true, "contact": true, "details": true}

// businessThings are what a shop, a brand or a product has and a person
// seldom does, said after its name with "'s": "Hilton's app", "Zara's
// fees", "the Camry's brakes", "Kendra's pharmacy". A first name before
// one is the business's or the product's (possessorName, spokenPossessive).
// (Not what people have too: a plan, a policy, a website, a service.)
var businessThings = map[string]bool{"app": true, "apps": true, "fee": true, "fees": true, "charges": true,
	"warranty": true, "brakes": true, "engine": true, "tires": true, "tyres": true, "transmission": true,
	"dealership": true, "dealer": true, "pharmacy": true, "store": true, "stores": true, "branch": true,
	"branches": true, "outlet": true, "outlets": true, "menu": true, "checkout": true, "coverage": true,
	"network": true, "headquarters": true, "hq": true, "stock": true, "shares": true, "customers": true,
	"customer": true, "subscribers": true, "loyalty": true, "rewards": true, "returns": true, "prices": true}

// possessiveBusinesses are businesses named with a possessive: "Macy's",
// "Wendy's", "Lowe's" (their names before "'s").
var possessiveBusinesses = map[string]bool{"macy": true, "wendy": true, "kohl": true, "lowe": true,
	"dillard": true, "denny": true, "applebee": true, "chili": true, "arby": true, "hardee": true,
	"mcdonald": true, "domino": true, "sainsbury": true, "kellogg": true, "friendly": true, "claire": true,
	"sotheby": true, "christie": true, "moody": true, "lloyd": true, "ollie": true, "culver": true,
	"zaxby": true, "popeye": true, "church": true, "dunkin": true, "carl": true, "hooter": true, "harrod": true,
	"boscov": true, "belk": true, "wegman": true, "meijer": true, "aldi": true, "lidl": true, "fry": true}

// businessFirstNames are first names that are also a well-known business
// ("Chase" the bank, "Dick's" the sporting goods store, "Carter's",
// "Nathan's"): said with a possessive before what a business has too
// (a phone number, a number), they are the business; before what only a
// person has ("Chase's birthday") they stay a name.
var businessFirstNames = map[string]bool{"chase": true, "dick": true, "carter": true, "nathan": true}

// businessTalk are words of what a business has or does for a customer:
// after a name of businessFirstNames in its sentence they make it the
// business ("call Chase about my card", "text Dick's about the store
// hours").
var businessTalk = []string{"card", "cards", "account", "accounts", "bank", "branch", "store", "stores",
	"hours", "app", "website", "site", "location", "locations", "customer", "support", "service", "loan",
	"mortgage", "statement", "order"}

// businessTalkAfter reports whether a word of businessTalk is among the
// eight words after token i, in its sentence.
func (ts *Tokens) businessTalkAfter(i int) bool {
	for j, n := ts.next(i+1), 0; j < len(ts.Toks) && n < 8; j, n = ts.next(j+1), n+1 {
		if ts.isWord(j, businessTalk...) {
			return true
		}
		if ts.sentenceEndsAfter(j) {
			break
		}
	}
	return false
}

// businessPossessive reports whether token i is a name of
// businessFirstNames said with a possessive before a word of businessTalk
// or sharedThings ("is Chase's app down", "Dick's store hours"): the
// business.
func (ts *Tokens) businessPossessive(i int) bool {
	k, ok := strings.CutSuffix(ts.Toks[i].Norm, "'s")
	if !ok {
		k, ok = strings.CutSuffix(ts.Toks[i].Norm, "’s")
	}
	if !ok || !businessFirstNames[k] || ts.sentenceEndsAfter(i) {
		return false
	}
	n := ts.next(i + 1)
	return ts.isWord(n, businessTalk...) || n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && sharedThings[ts.Toks[n].Norm]
}

// possessiveBusinessLeads open a business's name whose last word is a
// first name: "Papa John's", "Trader Joe's", "Jimmy John's".
var possessiveBusinessLeads = map[string]bool{"papa": true, "jimmy": true, "trader": true, "uncle": true,
	"aunt": true, "auntie": true, "st": true, "saint": true, "mrs": true, "mr": true, "captain": true, "ben": true}

// possessiveStem returns w without its possessive "'s" (or "’s") and
// whether it had one.
func possessiveStem(w string) (string, bool) {
	if k, ok := strings.CutSuffix(w, "'s"); ok {
		return k, true
	}
	return strings.CutSuffix(w, "’s")
}

// placeOrShopBefore reports whether the word before token i, said with
// "'s" on the stem k, makes it a shop's or a place's name rather than a
// person's: "Papa John's", "St. Patrick's", "san jose's a good area".
// The person recognizer's possessive (possessorName) and person-speech's
// (spokenPossessive) both ask it. A lead that is a relative owned by
// the speaker ("my aunt Rosa's restaurant", "our uncle Dev's garage") is
// the relative: a brand's "Uncle" or "Aunt" has no "my" before it
// (relativeLead, names_kin_lead.go).
func (ts *Tokens) placeOrShopBefore(i int, k string) bool {
	p := ts.prev(i - 1)
	return p >= 0 && !ts.sentenceEndsAfter(p) && ts.Toks[p].Kind == KindWord && (possessiveBusinessLeads[ts.Toks[p].Norm] && !ts.relativeLead(p) ||
		placePrefixes[ts.Toks[p].Norm] || names.IsTwoWordPlace(ts.Toks[p].Norm, k))
}

// possessorName reports a name at token i said with a possessive "'s"
// before what a person has ("what is John's last name"), with the first
// name before it when that is one ("elvis presley's birthday").
func (ts *Tokens) possessorName(i int) (Finding, int, bool) {
	tk := &ts.Toks[i]
	k, ok := possessiveStem(tk.Norm)
	if !ok || len(k) < 2 || !isAlpha(k) || ts.sentenceEndsAfter(i) {
		return Finding{}, i, false
	}
	n := ts.next(i + 1)
	if !ts.sentenceEndsAfter(i) && n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && businessThings[ts.Toks[n].Norm] {
		return Finding{}, i, false // ("Hilton's app", "the Camry's brakes")
	}
	nn := "" // the word after, if any: the transcript may end on the name
	if n < len(ts.Toks) {
		nn = ts.Toks[n].Norm
	}
	if ts.shopOrPlacePossessive(n) {
		return Finding{}, i, false // ("King's Park", "does Louie's deliver")
	}
	general := false // "Dmitri's been testing the build", "Rosalind's idea": a listed first name, whatever follows
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || !possessedThings[nn] && !sharedThings[nn] {
		if !names.IsFirstName(k) || names.IsCommonWord(k) && !ts.Cased || ts.Cased && !ts.Capitalised(tk.First) || len(k) < 3 {
			return Finding{}, i, false
		}
		general = true
	}
	if businessFirstNames[k] && (general || !possessedThings[nn]) {
		return Finding{}, i, false // ("What is Chase's phone number", "Dick's number"; "Chase's birthday" stays)
	}
	if personStop[k] || possessiveBusinesses[k] || placeOrBrand(k) || organisationWords[k] || deskWords[k] ||
		notNames[k] || placeName(k) || names.IsPlace(k) && !names.IsFirstName(k) {
		return Finding{}, i, false // ("Macy's phone number", "Georgia's new law")
	}
	if ts.placeOrShopBefore(i, k) {
		return Finding{}, i, false // "Papa John's phone number", "St. Patrick's", "san diego's a nice area"
	}
	p := ts.prev(i - 1)
	first, listed := names.IsFirstName(k), names.IsFirstName(k) || names.IsSurname(k)
	start := i
	if p >= 0 && !ts.sentenceEndsAfter(p) && ts.Word(ts.Toks[p].Last).Punct == "" && ts.Toks[p].Kind == KindWord {
		pw := ts.Toks[p].Norm
		if names.IsFirstName(pw) && !names.IsCommonWord(pw) && !personStop[pw] && (!ts.Cased || ts.Capitalised(ts.Toks[p].First)) {
			start = p // "elvis presley's", "Duncan Trussel's"
		}
	}
	if sharedThings[nn] && !first && start == i {
		return Finding{}, i, false // ("Lowe's phone number": a surname alone)
	}
	if ts.Cased {
		capd := ts.Capitalised(tk.First)
		mid := !ts.SentenceStart(tk.First) || start < i || general && !names.IsCommonWord(k)
		if !capd || !mid || !(listed || !plainWord(k) && !names.IsEnglishWord(k)) {
			return Finding{}, i, false
		}
		if start == i && names.IsEnglishWord(k) && ts.ownedBefore(i) {
			return Finding{}, i, false // a title or a noun: "the Queen's funeral", "my Boss's birthday"
		}
	} else {
		switch {
		case start < i && (listed || !names.IsEnglishWord(k)): // "duncan trussel's"
		case first && !names.IsCommonWord(k): // "wyatt's", "john's"
		case first && sentMessages[nn] && !personStop[k] && !ts.ownedBefore(i): // "reply to frank's email": people send messages
		case !first && names.IsSurname(k) && !names.IsEnglishWord(k) && !plainWord(k): // "obama's"
		case listed && possessedThings[nn] && !roleNouns[k] && !ts.ownedBefore(i): // "trump's approval rating"
		case start < i && possessedThings[nn] && !names.IsCommonWord(k): // "elon musk's net worth"
		case unlistedName(k) && hasVowel(k) && len(k) >= 4 && kinAndLifeEvents[nn] && !ts.ownedBefore(i): // "tunde's wife"
		default:
			return Finding{}, i, false // ("today's", "the world's", "trump's" is also a word)
		}
	}
	return ts.TokenFinding(Person, start, i, 0.8, "person-possessor"), i, true
}

// thankedByName reports whether token i, after the cue ph, is a first
// name thanked at the end of a sentence ("Perfect, thanks Sofia."): a
// person, even when the name is also a town's.
func (ts *Tokens) thankedByName(i int, ph cuePhrase) bool {
	if ph.cat != cueWeak || ph.words[0] != "thanks" && ph.words[0] != "thank" {
		return false
	}
	return ts.firstNameAt(i) && !ts.commonAt(i) && (ts.sentenceEndsAfter(i) || ts.next(i+1) >= len(ts.Toks) ||
		!ts.Cased && ts.isWord(ts.next(i+1), "is", "have", "bye", "goodbye", "take", "you", "and", "for", "that's", "i"))
}

// roleNouns are words for people by their role or kin, which are listed
// surnames or first names too ("friend", "boss", "king"): "my friend's
// birthday" names no one.
var roleNouns = map[string]bool{"friend": true, "boss": true, "son": true, "cousin": true, "child": true,
	"doctor": true, "king": true, "queen": true, "bank": true, "church": true, "man": true, "guy": true,
	"mother": true, "father": true, "brother": true, "sister": true, "wife": true, "husband": true, "uncle": true,
	"aunt": true, "nephew": true, "niece": true, "kid": true, "partner": true, "teacher": true, "neighbor": true,
	"neighbour": true, "baby": true, "dog": true, "cat": true, "girl": true, "boy": true, "woman": true,
	"lady": true, "mom": true, "dad": true, "mum": true, "grandma": true, "grandpa": true, "nan": true,
	"family": true, "president": true, "chief": true, "captain": true, "coach": true, "pastor": true,
	"priest": true, "bishop": true, "judge": true, "nurse": true, "lawyer": true, "landlord": true,
	"tenant": true, "customer": true, "client": true, "patient": true, "owner": true, "manager": true,
	"daughter": true, "grandson": true, "granddaughter": true, "player": true, "singer": true, "actor": true}

// ownedBefore reports whether the word before token i makes it a noun
// ("the king's birthday", "my best friend's wedding"): an article, a
// possessive or an adjective of ownership.
func (ts *Tokens) ownedBefore(i int) bool {
	p := ts.prev(i - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || ts.Toks[p].Kind != KindWord {
		return false
	}
	w := ts.Toks[p].Norm
	return strings.HasSuffix(w, "'s") || ts.isWord(p, "the", "a", "an", "my", "your", "his", "her", "our", "their", "this",
		"that", "its", "every", "each", "some", "any", "no", "best", "old", "new", "little", "big", "dear", "late",
		"own", "other", "another", "one", "whose", "which", "what", "former", "future", "ex")
}

// surnameNotAfterName are listed surnames that, after a first name, are
// more often words of the sentence: "call mary back and", "tell john
// early".
var surnameNotAfterName = map[string]bool{"back": true, "early": true, "late": true, "later": true, "soon": true,
	"first": true, "last": true, "again": true, "too": true, "home": true, "tomorrow": true, "tonight": true,
	"today": true, "yesterday": true, "twice": true, "once": true, "instead": true, "directly": true, "right": true,
	"anyway": true, "though": true, "either": true, "myself": true, "yourself": true, "himself": true, "herself": true}

// wordSurnameEndsClause reports whether token j, right after the first
// name at token last in a lowercase transcript, is its surname though it
// is also a word: a listed surname after a listed first name that is no
// word, ending the clause ("my husband alma ring and the address", "with
// evan parker send it", "it's sharon hill it says": clauseOpeners).
func (ts *Tokens) wordSurnameEndsClause(last, j int) bool {
	if ts.Cased || j != last+1 || j >= len(ts.Toks) || ts.Toks[last].Kind != KindWord || ts.Toks[j].Kind != KindWord {
		return false
	}
	f, w := ts.Toks[last].Norm, ts.Toks[j].Norm
	if !names.IsFirstName(f) || names.IsCommonWord(f) || !names.IsSurname(w) || len(w) < 3 || !isAlpha(w) ||
		personStop[w] || surnameNotAfterName[w] || roleNouns[w] || adjectiveLike(w) || deskWords[w] || placeWords[w] ||
		streetSuffixes[w] || notNames[w] || organisationWords[w] || contactNotNames[w] {
		return false
	}
	n := ts.next(j + 1)
	if r := names.SurnameRank(w); (r == 0 || r > 1000) && ts.thingsSentAfter(last, n) {
		// "email oskar bill and the receipt": the bill is sent to Oskar.
		// Not a surname of the 1,000 most common ("send dan grant and the
		// form"): the full name is the one sent to.
		return false
	}
	return ts.sentenceEndsAfter(j) || n >= len(ts.Toks) ||
		ts.isWord(n, "and", "but", "about", "regarding", "please", "who", "send", "because") ||
		ts.isWord(n, clauseOpeners...) ||
		ts.Toks[n].Kind == KindWord && (subjectVerbs[ts.Toks[n].Norm] || ts.isWord(n, "worth", "married", "born", "doing", "coming", "going", "make", "makes", "earn", "earns")) &&
			ts.isWord(ts.prev(last-1), keysOfAuxiliaries...) // a question's subject: "is taylor swift married", "how much is serena williams worth"
}

// sendingVerbs take a person and then a thing: "email oskar the bill",
// "send mum the photos".
var sendingVerbs = []string{"email", "e-mail", "send", "forward", "text", "mail", "fax", "give", "show", "bring",
	"hand", "pass", "message"}

// peopleNouns are words for people or a group of them: after "and the"
// they go on a list of people ("email jo king and the team").
var peopleNouns = withWords(map[string]bool{}, "team", "teams", "group", "family", "kids", "children", "staff",
	"others", "rest", "crew", "guys", "boss", "manager", "managers", "board", "committee", "department",
	"office", "class", "club", "whole", "boys", "girls", "parents", "folks", "client", "clients", "lawyer",
	"landlord", "agent", "customer", "customers", "partners", "wife", "husband", "owner", "owners")

// thingsSentAfter reports whether the name at token first, right after a
// verb of giving or sending, is followed by a list of things ending in
// "and" plus a determiner and no word for people (at token n, "and"): the
// word between ("bill" in "email oskar bill and the receipt") is the
// first thing sent, not a surname.
func (ts *Tokens) thingsSentAfter(first, n int) bool {
	if ts.Cased || !ts.isWord(n, "and") || ts.sentenceEndsAfter(n) || !ts.isWord(ts.prev(first-1), sendingVerbs...) {
		return false
	}
	d := ts.next(n + 1)
	if !ts.isWord(d, "the", "a", "an", "my", "your", "our", "their", "his", "her", "this", "that", "these", "those", "some", "any") || ts.sentenceEndsAfter(d) {
		return false
	}
	noun := ts.next(d + 1)
	return noun < len(ts.Toks) && ts.Toks[noun].Kind == KindWord && !peopleNouns[ts.Toks[noun].Norm] && !ts.firstNameAt(noun)
}

// keysOfAuxiliaries are questionAuxiliaries as a list, for isWord.
var keysOfAuxiliaries = []string{"does", "did", "do", "is", "was", "has", "have", "had", "will", "would", "can", "could", "should"}

// clauseOpeners open a clause of their own after a name that ends an
// answer in an unpunctuated transcript: a subject pronoun or a question
// word ("it's rebecca ward what's your ...", "sharon hill it says",
// "jennifer brown i always mix that up").
var clauseOpeners = []string{"i", "i'm", "i'll", "i've", "it", "it's", "that's", "what", "what's", "we", "we're",
	"he", "she", "they", "you", "you'll", "can", "could", "so", "is", "was"}
