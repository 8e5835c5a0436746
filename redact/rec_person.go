package redact

import (
	"slices"
	"strings"
	"unicode"

	"github.com/callveil/callveil/redact/internal/names"
)

// personRecognizer finds names: after a cue ("my name is", "this is",
// "speaking with", "Mr."), spelled out letter by letter, and capitalised
// first+last pairs from the gazetteer (redact/internal/names). A word that
// is also a common English word ("Bill", "Will", "Grace") counts only after
// a strong cue or when capitalised in a cased transcript.
//
// The forms it reads, each with a unit test in words of its own (how
// each was measured: docs/redact-accuracy.md):
//   - PERSON: names after naming cues ("my name is", "first/last name",
//     "Mr.", "spelled"), introductions ("this is", "I'm", "speaking with",
//     "ask for"), answers to the other speaker's question for a name
//     ("what's the patient's name?" ... "yes, it's ..."), "the name on the
//     policy ...", names spelled out, capitalised first+last pairs from the
//     gazetteer (redact/internal/names: Census 1990, 2000 and 2010 and SSA
//     name lists, 502 names of many countries from a CC0 list of popular
//     names by country, 18,499 given names and surnames of people born in
//     France from INSEE's open files (Maghrebi, West African, Portuguese,
//     Breton, Réunionese, ...) and 1,385 given names of babies born in
//     England and Wales from the ONS's (Welsh, Punjabi, Arabic, Igbo,
//     Yoruba, Polish, Romanian, ...)), and later mentions of a name found once;
//     business names ("Northfield Bank", "Wells Fargo") are not people. Words that are also
//     common English words ("Bill", "Grace", "Will") count only after a
//     naming cue, when capitalised mid-sentence in a cased transcript, or,
//     found once, when said to someone again ("thanks Grace, the ...");
//     "I'm fine", "this is ridiculous", "call me back" do not fire. A name
//     keeps its particles ("van der Hoek", "de la Cruz") and takes in the
//     first name before a found surname ("Faith Ogunleye" opening an
//     answer, an unlisted capitalised "Étienne Marchand", "my wife rukmini
//     achterberg"; not a word of when after it, "i spoke to jordan
//     yesterday", nor, after a family cue, an English word said as a verb
//     before its object, "my wife fatemeh handles the bills"); "the
//     recipient's name", "it's under my partner's name", "I have it here
//     under", "is that" and "happy birthday" cue one, and so does a
//     question for a name that ends with why it is asked; letters spelled
//     in answer to "would you spell that?" are one; no person answers a
//     question for a pet's, business's or school's name. With no cue
//     (names_commands.go, names_intro.go): a name after a verb of
//     contacting or messaging ("call mary", "remind jacob",
//     "send an email to Chelsea", "meet with oduya"), before a possessive
//     of what a person has ("what is John's last name"; a first name that
//     is also a well-known business, "Chase", "Dick", is the business
//     before what a business has too: "what is Chase's phone number",
//     and after a verb of contacting with talk of a card, an account, a
//     store or its hours in the sentence: "call Chase about my card"),
//     and an agent's own name as agents give it ("this is honey at the
//     order desk", "Hi, Bas here", "you're through to Sunday.").
type personRecognizer struct{}

func (personRecognizer) Name() string { return "person" }

const (
	cueName   cueCat = iota + 1 // names the name: any plausible word after it is one
	cueStrong                   // introduces a person: a gazetteer name (any case) or a capitalised word
	cueWeak                     // only a clear name after it ("I'm fine" is not)
	cueTitle                    // Mr., Dr.: the next word is a surname or name
	cueSpell                    // "spelled": letters follow
	cueIntro                    // "this is": a name, or an adjective ("this is ridiculous")
	cueAsked                    // an answer to a question for a name, or after "the name on the policy"
)

var personCues = newCueTable(map[cueCat][]string{
	cueName: {"my name is", "name is", "name's", "names", "first name", "last name", "surname",
		"first name is", "last name is", "surname is", "full name", "full name is", "middle name",
		"middle name is", "maiden name", "maiden name is", "under the name", "name on the account is",
		"name on the account", "cardholder name", "name on the card", "name on the card is",
		"my name", "the name", "the name is", "wife's name", "husband's name", "son's name",
		"daughter's name", "his name is", "her name is", "their name is", "your name", "name please",
		"name of", "named", "last name's", "first name's", "name was", "her name was", "his name was",
		"name was", "called herself", "called himself", "family name", "family name is", "given name",
		"given name is", "given names", "christian name", "christian name is",
		// questions for who is on the call, answered after "yeah", "sure"
		"who do i have on the line", "who have i got on the line", "who's on the line", "who's calling",
		"who's calling today", "who is calling", "who is calling today", "who am i speaking with",
		"who am i speaking to", "who am i talking to", "who am i talking with"},
	cueStrong: {"ask for", "asking for", "speaking with", "speak with", "speak to", "speaking to",
		"talking to", "talking with", "spoke with", "spoke to", "transfer you to", "transferred to",
		"call me", "goes by", "go by", "called", "account holder is", "cardholder is", "it's under",
		"spouse", "with agent", "agent", "talked to",
		"talked with", "signed by", "referred by", "sent by", "worked with", "helped by",
		"spoke to", "spoken to", "spoken with", "talk to", "talk with", "assisted by", "ask for", "regards", "calls me", "everyone calls me",
		"known as", "just say", "call her", "call him", "have it under", "have it here under", "booked under",
		"listed under", "registered under", "reserved under", "it here under", "be under", "is under",
		"contact is", "contact person is", "point of contact is", "recipient is", "payee is",
		"you're through to", "you're speaking with", "account of", "put it under", "put it down under",
		"registered to", "belongs to", "listed as"},
	cueIntro: {"this is", "it's", "this is uh", "here is", "i'm", "i am", "im"},
	cueWeak: append([]string{"hi", "hello", "hey", "thanks", "thank you", "dear", "thanks so much", "thank you so much",
		"thanks very much", "thank you very much", "many thanks", "cheers", "is that", "birthday", "happy birthday", "anniversary",
		"my wife", "my husband", "my son", "my daughter", "my mother", "my father", "my mom",
		"my dad", "my brother", "my sister", "my friend", "my manager", "and", "my coworker",
		"my colleague", "my neighbor", "my neighbour", "my boss", "my roommate", "my partner",
		"my cousin", "my aunt", "my uncle", "my grandmother", "my grandfather", "my grandma",
		"my grandpa", "my niece", "my nephew", "my boyfriend", "my girlfriend", "my fiance",
		"my fiancee", "my landlord", "my landlady", "my tenant", "my doctor", "my lawyer", "my attorney",
		"my accountant", "my carer", "my caregiver", "my assistant", "my employer", "my supervisor",
		"my housemate", "my flatmate", "my stepdaughter", "my stepson", "my stepmother", "my stepfather",
		"my stepmom", "my stepdad", "my grandson", "my granddaughter", "my mum", "my nanny", "my babysitter",
		"my godmother", "my godfather", "my teacher", "my student", "my client", "my spouse", "my ex"}, kinCues()...),
	cueTitle: {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "prof", "professor",
		"madam", "mx"},
	cueSpell: {"spelled", "spelt", "spelling", "spell", "spells", "that's spelled", "spelled as",
		"it's spelled"},
})

// letterCues are spelled abbreviations that are cues, not names.
var letterCues = map[string]bool{"dob": true, "ssn": true, "cvv": true, "cvc": true, "id": true,
	"zip": true, "po": true, "aba": true, "pin": true, "usa": true, "ok": true, "iban": true, "ip": true,
	"url": true, "vin": true, "ein": true, "mbi": true, "atm": true, "dl": true, "pw": true, "ach": true,
	"swift": true, "bic": true, "ups": true, "usps": true, "dhl": true, "irs": true, "ceo": true}

// notNames are capitalised words that are names in the gazetteer but, with
// no naming cue, are far more often months, days, states or places.
var notNames = map[string]bool{"january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "christmas": true,
	"easter": true, "florida": true, "virginia": true, "georgia": true, "carolina": true,
	"dakota": true, "washington": true, "indiana": true, "montana": true, "nevada": true,
	"jersey": true, "york": true, "texas": true, "arizona": true, "alabama": true, "dallas": true,
	"houston": true, "austin": true, "phoenix": true, "denver": true, "orlando": true,
	"charlotte": true, "madison": true, "jackson": true, "lincoln": true, "raleigh": true,
	"savannah": true, "trenton": true, "cleveland": true, "tyler": true,
	"paris": true, "sydney": true, "ira": true, "jan": true, "po": true, "chelsea": true, "helena": true, "augusta": true}

// placeWords end place and business names that look like first+last pairs
// ("Long Beach", "Green Bay").
var placeWords = map[string]bool{"beach": true, "bay": true, "city": true, "springs": true,
	"falls": true, "park": true, "lake": true, "river": true, "valley": true, "hills": true,
	"heights": true, "island": true, "county": true, "rock": true, "creek": true, "point": true,
	"harbor": true, "harbour": true, "port": true, "fargo": true, "buy": true, "bank": true, "street": true,
	"avenue": true, "road": true, "center": true, "mall": true, "plaza": true, "village": true,
	"grove": true, "ridge": true, "field": true, "fields": true, "wood": true, "woods": true}

// nameWords are the words for a name itself ("how's the surname
// spelled?"): no name starts with one (personStop), and each names a kind
// of name (namingWords).
var nameWords = []string{"surname", "surnames", "name", "names", "firstname", "lastname"}

// withWords adds the words ws to the set m and returns it.
func withWords(m map[string]bool, ws ...string) map[string]bool {
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// personStop are words that never start a name even after a strong cue,
// and the words for a name (nameWords).
var personStop = withWords(map[string]bool{"oh": true, "not": true, "that's": true, "its": true, "as": true, "if": true,
	"yep": true, "yup": true, "bye": true, "goodbye": true, "alright": true, "alrighty": true, "bye-bye": true, "nope": true, "hmm": true, "bear": true,
	"do": true, "does": true, "did": true, "would": true, "could": true, "should": true,
	"shall": true, "was": true, "were": true, "are": true, "am": true, "be": true, "the": true, "a": true, "an": true, "is": true,
	"calling": true, "here": true, "just": true, "so": true, "going": true, "sorry": true,
	"fine": true, "good": true, "great": true, "okay": true, "ok": true, "yes": true, "no": true,
	"yeah": true, "sure": true, "from": true, "with": true, "on": true, "in": true, "at": true,
	"to": true, "for": true, "and": true, "but": true, "or": true, "you": true, "your": true,
	"my": true, "me": true, "it": true, "it's": true, "that": true, "this": true, "what": true,
	"how": true, "who": true, "why": true, "when": true, "where": true, "we": true, "they": true,
	"why'd": true, "how'd": true, "where'd": true, "what'd": true, "who'd": true, "when'd": true, // (radiolower18)
	"he": true, "she": true, "i": true, "i'm": true, "of": true, "one": true, "please": true,
	"thanks": true, "thank": true, "hi": true, "hello": true, "hey": true, "there": true,
	"all": true, "everyone": true, "both": true, "about": true, "trying": true, "looking": true,
	"having": true, "doing": true, "still": true, "also": true, "really": true, "actually": true,
	"well": true, "very": true, "glad": true, "happy": true, "able": true, "ready": true,
	"correct": true, "right": true, "wrong": true, "again": true, "now": true, "today": true,
	"gonna": true, "wondering": true, "hoping": true, "concerned": true, "new": true,
	"her": true, "his": true, "their": true, "our": true, "him": true, "them": true, "us": true,
	// (contractions of a pronoun: "who am I speaking with?" "you're speaking with ...")
	"you're": true, "you've": true, "you'll": true, "we're": true, "they're": true, "he's": true, "she's": true,
	"i've": true, "i'll": true, "i'd": true}, nameWords...)

func (personRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	// The cue of the last name found and its last token: a name the
	// speaker takes back and says again ("it's jen, no, jennifer brown")
	// keeps it (repair.go).
	lastCue, lastEnd := cuePhrase{}, -1
	for i := 0; i < len(ts.Toks); i++ {
		tk := &ts.Toks[i]
		switch tk.Kind {
		case KindWord:
		case KindLetters:
			if f, end, ok := ts.spelledName(i); ok {
				out = append(out, f)
				i = end
			}
			continue
		default:
			continue
		}
		w := tk.Norm
		if tk.in(wcPersonStop|wcNameAnswerLeadIns|wcSpellingWords) || len(w) < 2 {
			continue // (and "that'd" in "that'd be tom nowak")
		}
		ph, cued := ts.personCue(i)
		if (!cued || ph.cat == cueWeak) && lastEnd >= 0 && lastCue.cat != 0 && lastEnd < i {
			if k, ok := ts.repairAfter(lastEnd); ok && k == i {
				ph, cued = lastCue, true
			}
		}
		isName := ts.firstNameAt(i) || ts.surnameAt(i)
		common := ts.commonAt(i)
		if (w == "may" || w == "will" || w == "can" || w == "might") && !ts.sentenceEndsAfter(i) && ts.isWord(i+1, "i", "we", "you", "he", "she", "they") {
			continue // "may I", "will you": a question, not a name
		}
		capd := ts.Capitalised(tk.First)
		capEv := capd && !ts.SentenceStart(tk.First) // capitalised where it says something
		score := 0.0
		added := false // a rule that lets any unknown word after it continue the name
		switch {
		case !cued:
		case ph.cat == cueTitle:
			if isName || !common {
				score = 0.9
			}
		case ph.cat == cueName || ph.cat == cueSpell:
			// A cue without its verb ("my name", "the name") is as often
			// followed by one ("my name appears twice") as by a name.
			verbless := ph.cat == cueName && !slices.Contains([]string{"is", "name's", "was", "named", "of", "surname"}, ph.words[len(ph.words)-1])
			if isName || !common && !(verbless && plainWord(w)) || capd {
				score = 0.9
			}
		case ph.cat == cueAsked:
			// Weaker evidence than "my name is": a listed name, or a
			// capitalised word that is not opening a sentence.
			switch {
			case isName && (!common || capd):
				score = 0.85
			case !ts.Cased && names.IsFirstName(w) && ts.listedSurnameNext(i):
				score = 0.8 // "and the contact person?" "bob stone": a first name that is a word, and a surname
			case capd && !common && (!ts.SentenceStart(tk.First) || ts.surnameFollows(i, true) || ts.nameContinues(i) || ts.particleName(i) > i):
				score = 0.8
			case !ts.Cased && !plainWord(w) && len(w) >= 3 && isAlpha(w) && !adjectiveLike(w) && (ts.introContinues(i) || ts.particleName(i) > i) &&
				!ts.sh.contextHas(ts.Words[tk.First], 10, "company", "company's", "business", "business's", "supplier", "supplier's", "store", "shop", "firm", "beneficiary"):
				// Without capitals, an answer to "what's the recipient's
				// name?" that is no English word: "gulnara ismailova".
				score = 0.75
			}
		case ph.cat == cueStrong:
			if isName && (!common || capd) || names.IsFirstName(w) && !ts.Cased || !common && (capd || !ts.Cased && !plainWord(w)) {
				score = 0.88 // (not "somebody called pretending to be you")
			}
		case ph.cat == cueIntro:
			switch {
			case common && names.IsPlace(w) && !ts.surnameFollows(i, true):
				// A language or nationality that is a name too: "this is
				// German", "it's English".
			case isName && (!common || capEv):
				score = 0.85
			case capEv && !common:
				score = 0.75 // a capitalised adjective would be odd mid-sentence
			case !ts.Cased && isName && names.IsFirstName(w) && ts.introContinues(i):
				score = 0.75 // "this is sandy i'll be taking your call"
			case isName && ts.nameContinues(i) && (!common || capd || !ts.Cased && names.IsFirstName(w)):
				// (not "I'm back from Lisbon", "i'm free from noon": an
				// everyday word that is only a surname, or lowercase in a
				// cased transcript, says how the speaker is)
				score = 0.8
			case !ts.Cased && !common && !(ph.words[0] == "it's" && plainWord(w)) && !adjectiveLike(w) && ts.introContinues(i):
				score = 0.75 // (not "it's invalid")
			case !ts.Cased && ph.words[0] != "it's" && !plainWord(w) && len(w) >= 3 && isAlpha(w) && !adjectiveLike(w) &&
				ts.turnPos(i) <= 4 && !notNames[w] && !placeName(w):
				// "hello this is bekbolat, full name please": an agent
				// opening the call with a word that is no English word.
				score = 0.75
			}
		case ph.cat == cueWeak && ph.words[0] == "and" && ts.joinsThings(i):
			// "Maple and Finch", "the corner of fifth and maple": "and"
			// after an ordinary word joins a business's or a street's
			// name, not people.
		case ph.cat == cueWeak:
			switch {
			case !ts.Cased && greetingCue(ph) && !plainWord(w) && !names.IsEnglishWord(w) && len(w) >= 3 && isAlpha(w) &&
				!notNames[w] && !placeName(w) && !organisationWords[w] && !adjectiveLike(w) && !placeOrBrand(w) &&
				!strings.ContainsRune(w, '\''):
				score, added = 0.7, true // "hi tendai it's radek again", "my wife zhanar bekova": no English word after a greeting
			case !ts.Cased && greetingCue(ph) && (ph.words[0] == "hi" || ph.words[0] == "hello" || ph.words[0] == "hey" || ph.words[0] == "dear") && names.IsFirstName(w) && common && !notNames[w] && !placeOrBrand(w) &&
				ts.isWord(ts.next(i+1), "please", "can", "could", "would", "i", "i'm", "i'll", "i've", "thanks", "thank", "how", "it's", "this", "just", "we", "we're", "we'll", "let"):
				// A first name that is a word, greeted before a request or
				// the speaker's own clause: "hello carol please write to me".
				score = 0.7
			case notNames[w] && !capEv && !(kinBefore(ph) && names.IsWorldTown(w) && names.IsFirstName(w)) && !ts.relativePlaceName(i, ph):
				// (but "my wife savannah", "my son orlando": a relative is
				// named, not a town)
			case isName && (!common || capEv):
				score = 0.85
			case capEv && !common:
				score = 0.7
			case isName && ts.nameContinues(i) && !(contactVerbs[w] && !capd):
				score = 0.8 // (not "and call John Smith": a verb of contacting before the name, not its first word)
			case ts.kinWordNameActs(i, ph):
				score = 0.8 // "my supervisor grace will call you back" (names_lower_kin.go)
			}
		}
		intro := false
		run := -1
		if i+1 < len(ts.Toks) {
			run = ts.nameAnswerRun(i)
		}
		if run > i && score == 0 {
			score = 0.75 // "yes it's shrikanth s narayanan", by the name model
		}
		if score == 0 && ts.introSpeaking(i) && (!common && isAlpha(w) && len(w) >= 3 || capEv) {
			score, intro = 0.8, true // "Tidewater Electronics, Florentyna speaking"
		}
		if score == 0 && ts.addedAs(i) {
			score, added = 0.85, true // "we need to add Mstislav Dolgorukova as guardian"
		}
		if score == 0 && ts.vocativeAfterAck(i, isName, common) {
			score = 0.8 // "Alright Mark, let me pull that up", "okay kwabena let me check"
		}
		if score == 0 && ts.agentIntro(i) {
			score, intro = 0.8, true // "card services, Radek here", "Oyelaran in billing"
		}
		if score == 0 && !common && !personStop[w] && !namingWords[w] && ts.spelledNext(i) {
			score = 0.9 // "it's allensworth, spelled a l l ..."
		}
		relative := (!cued || ph.cat == cueWeak) && ts.placeNameOfAPerson(i) // "Denver is my brother" (droprecall19.go)
		if score == 0 && relative {
			score = 0.8
		}
		if score == 0 && isName && (!notNames[w] || ts.townNameAndSurname(i)) {
			// No cue: a capitalised gazetteer name, or a first+last pair.
			// A single word after "in", "at", "from" is more often a place.
			// (Every case wants a listed name: isName first, task speed19.)
			first := ts.firstNameAt(i)
			place := ts.afterPlacePreposition(i) || ts.endsPlaceAfterPreposition(i)
			switch {
			case capd && first && ts.surnameFollows(i, common):
				score = 0.85
			case !ts.Cased && first && !common && ts.surnameFollows(i, true):
				score = 0.8
			case place:
			case capEv && first && !common:
				score = 0.75
			case !ts.Cased && first && !common && names.FirstNameRank(w) <= 1200:
				score = 0.6
			case capEv && ts.surnameAt(i) && !common && !ts.wordListItem(i):
				score = 0.55 // (not "Raven, Harbour.": names_word_list.go)
			case capd && first && !common && names.FirstNameRank(w) <= 1200:
				// Sentence-initial: the capital says nothing, the name list does.
				score = 0.55
			}
		}
		if score > 0 && ts.businessPossessive(i) {
			score = 0 // a business: "is Chase's app down"
		}
		if score > 0 && (ts.monthOfDate(i) || ts.monthOfYear(i) || ts.wordNotName(i, cued, ph) || (!cued || ph.cat == cueWeak) && ts.businessPair(i)) {
			score = 0 // "our anniversary is June 12th", "it's frozen"
		}
		if score > 0 && !relative && !(cued && (ph.cat == cueName || ph.cat == cueTitle || ph.cat == cueSpell || ph.cat == cueStrong || ph.cat == cueAsked)) &&
			!(cued && (ts.thankedByName(i, ph) || ts.relativePlaceName(i, ph))) && ts.placeNotName(i, !cued || ph.cat == cueWeak, !cued || ph.cat == cueWeak || ph.cat == cueIntro && ph.words[0] == "it's") {
			score = 0 // "I'm flying to Auckland", "Fort Wayne", "and Spain", "the transfer to Jordan"
		}
		if score > 0 && cued && ph.words[len(ph.words)-1] == "under" && (placeOrBrand(w) || organisationWords[w] || names.IsPlace(w) && !names.IsFirstName(w)) {
			score = 0 // what an account is under that is no one: "it is under Medicare", "it should be under Netflix"
		}
		if score == 0 {
			continue
		}
		last := ts.extendName(i, added || cued && ph.cat != cueWeak)
		last = max(last, run)
		if (!cued || ph.cat == cueWeak) && run <= i && (ts.orderedItem(i, last) || ts.insidePlaceName(i) || ts.termAfterName(i, last)) {
			i = last
			continue // "I'd like a Chai Latte", "lives in Rio de Janeiro"
		}
		if (last > i && placeEnd(ts.Toks[last].Norm) || ts.placeEndsNext(last)) && !(cued && (ph.cat == cueName || ph.cat == cueTitle || ph.cat == cueSpell)) {
			i = last
			continue // "Stanford Shopping Center"
		}
		if ts.organisation(i, last, intro || cued && (ph.cat == cueName || ph.cat == cueTitle || ph.cat == cueSpell)) {
			i = last
			continue // "Northfield Bank", "Wells Fargo", "thank you for calling Summit Health"
		}
		first := ts.particleBefore(ts.initialBefore(ts.nameBefore(i)))
		if len(out) > 0 && ts.local(out[len(out)-1].LastWord) >= ts.local(ts.Words[ts.Toks[first].First]) {
			first = i // (the word before is already a name's)
		}
		out = append(out, ts.TokenFinding(Person, first, last, score, "person"))
		i = last
		if lastCue, lastEnd = (cuePhrase{}), last; cued && ph.cat != cueWeak {
			lastCue = ph
		}
	}
	return append(out, ts.surnameFirstStated()...)
}

// placeEndsNext reports whether the word after the name ending at token
// last, in its sentence, ends a place's name (placeEnd: "benito juarez
// international airport", "Maria Street").
func (ts *Tokens) placeEndsNext(last int) bool {
	if ts.sentenceEndsAfter(last) {
		return false
	}
	n := ts.next(last + 1)
	return n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && placeEnd(ts.Toks[n].Norm)
}

// answersNameQuestion reports whether transcript word gw opens its
// speaker's answer (only lead-ins such as "yes", "it's" before it) to the
// other speaker's question for a name: a turn whose last words hold
// "name" ("what's the patient's name?", "name on the policy?", "Name?")
// or ask who is calling ("who do I have?", "who am I speaking with?").
func (ts *Tokens) answersNameQuestion(gw int) bool {
	if p := int(ts.sh.before[gw]) - 1; ts.Cased && p >= 0 {
		// In a transcript that marks questions, the turn before must
		// end with one ("... not my name." is no question).
		if q := ts.sh.prevTurnEnd(gw); q < 0 || !strings.Contains(ts.sh.t.Words[q].Punct, "?") {
			return false
		}
	}
	sh := ts.sh
	q := sh.questionBefore(gw, 7, func(l string) bool { return nameAnswerLeadIns[l] || len(l) == 1 && l != "a" })
	// (an initial may come first: "sure, it's h hawkins")
	return sh.turnHas(q, 14, func(p, k int) bool {
		l := sh.lower[sh.order[p]]
		if k >= 8 && !sh.purposeAfter(p, q) {
			return false
		}
		if l == "name" || l == "names" || l == "name's" {
			// Not the name of a pet, a business or a school: "and your
			// dog's name?", "the company name?".
			if p > 0 {
				whose := strings.TrimSuffix(sh.lower[sh.order[p-1]], "'s")
				return !notAPersonsName[whose]
			}
			return true
		}
		return l == "who" && k <= 6 || personRoles[l] && k <= 3 // (also "and the contact person?", "who do I have on the line?")
	})
}

// purposeAfter reports whether the question's words after order position
// p, up to its end q, hold a clause that says why it is asked ("what's the
// name on your account so I can see your settings?"): such words do not
// move the question's subject away from its answer.
func (sh *shared) purposeAfter(p, q int) bool {
	for k := p + 1; k <= q; k++ {
		switch sh.lower[sh.order[k]] {
		case "so", "because", "while", "then":
			return k-p <= 5
		}
	}
	return false
}

// prevTurnEnd returns the transcript word that ends the other speaker's
// turn before gw's (after at most a few words of gw's speaker), or -1.
func (sh *shared) prevTurnEnd(gw int) int {
	p := sh.questionBefore(gw, 7, func(string) bool { return true })
	if p < 0 {
		return -1
	}
	return int(sh.order[p])
}

// nameOfSomething reports whether the content words right before
// transcript word gw are "name" and what it is the name on or of: "the
// name on the receiving account", "the name for the account", "the name
// on it", "the tenant's name" (the possessive is part of the cue table),
// also before "is" or "was" ("the name on the order is ...").
func (sh *shared) nameOfSomething(gw int) bool {
	p := int(sh.before[gw]) - 1
	for k := 0; k < 2 && p > 0 && answerAcks[sh.lower[sh.order[p]]] && !strings.ContainsAny(sh.t.Words[sh.order[p-1]].Punct, ".!"); k++ {
		p-- // "and the full name on the booking? okay so wanjiku ...": the answer's lead-in, said without a turn between
	}
	if p > 0 && (sh.lower[sh.order[p]] == "is" || sh.lower[sh.order[p]] == "was") && !strings.ContainsAny(sh.t.Words[sh.order[p-1]].Punct, ".!?") {
		p-- // "the name on the order is hrvoje maric"
	}
	nouns, links := 0, 0
	for k := 0; k < 5 && p-k >= 0; k++ {
		l := sh.lower[sh.order[p-k]]
		w := &sh.t.Words[sh.order[p-k]]
		if k > 0 && strings.ContainsAny(w.Punct, ".!") {
			return false
		}
		switch {
		case l == "name" || l == "names":
			// "name on the policy": not "name" alone, nor a word after it
			// with no "on", "for" between ("the school's name? lycee
			// pasteur"), nor the name of a pet or business.
			whose := ""
			if p-k-1 >= 0 {
				whose = strings.TrimSuffix(sh.lower[sh.order[p-k-1]], "'s")
			}
			return k > 0 && nouns > 0 && links > 0 && !notAPersonsName[whose]
		case sh.cls[sh.order[p-k]].has(wcNameOfLinks):
			links++
			if l == "it" || l == "this" || l == "that" {
				nouns++ // "the name on it is ..."
			}
		case nouns < 2 && isAlpha(l) && !sh.cls[sh.order[p-k]].has(wcPersonStop):
			nouns++
		default:
			return false
		}
	}
	return false
}

// possessiveName reports whether transcript word gw follows a person's
// name named by whose it is: "what's the recipient's name? gulnara ...",
// "it's under my partner's name, actually, benedikt ...". Not the name of
// a business, a pet or a place ("the company's name", "your pet's name").
func (sh *shared) possessiveName(gw int) bool {
	p := int(sh.before[gw]) - 1
	for k := 0; k < 2 && p >= 0; k++ {
		if l := sh.lower[sh.order[p]]; sh.cls[sh.order[p]].has(wcNameAnswerLeadIns) || l == "actually" || l == "um" || l == "uh" {
			p--
		}
	}
	if p < 1 || sh.lower[sh.order[p]] != "name" || strings.ContainsAny(sh.t.Words[sh.order[p-1]].Punct, ".!") {
		return false
	}
	l := sh.lower[sh.order[p-1]]
	whose, ok := strings.CutSuffix(l, "'s")
	return ok && whose != "" && !notAPersonsName[whose]
}

// notAPersonsName are owners whose name is not a person's.
var notAPersonsName = map[string]bool{"company": true, "business": true, "store": true, "shop": true, "pet": true,
	"dog": true, "cat": true, "horse": true, "street": true, "school": true, "city": true, "town": true,
	"bank": true, "account": true, "file": true, "policy": true, "plan": true, "product": true, "item": true,
	"restaurant": true, "hotel": true, "firm": true, "supplier": true, "vendor": true, "payee": true,
	"beneficiary": true, "account's": true, "card": true, "website": true, "site": true, "network": true,
	"wifi": true, "device": true, "boat": true, "team": true, "group": true, "church": true, "building": true}

// answerAcks open an answer to a question for a name: "yeah", "okay so".
var answerAcks = map[string]bool{"yeah": true, "yes": true, "yep": true, "sure": true, "okay": true, "ok": true,
	"so": true, "right": true}

// nameOfLinks join "name" to what it is the name on: "the name on the
// policy", "the name for it".
var nameOfLinks = map[string]bool{"on": true, "for": true, "of": true, "under": true, "in": true, "the": true,
	"a": true, "an": true, "this": true, "that": true, "your": true, "his": true, "her": true, "their": true, "it": true}

// nameAnswerLeadIns may open the answer to a question for a name.
var nameAnswerLeadIns = map[string]bool{"yes": true, "yeah": true, "yep": true, "sure": true, "it's": true,
	"its": true, "is": true, "it": true, "that's": true, "that'd": true, "be": true, "would": true, "ok": true,
	"okay": true, "so": true, "oh": true, "right": true, "uh-huh": true, "mhm": true, "of": true, "course": true,
	// "no, it's my mother's account, ...": whose it is, before the name
	"no": true, "my": true, "account": true, "just": true, "i": true, "think": true, "believe": true, "was": true, "mother's": true, "father's": true, "mom's": true, "dad's": true,
	"wife's": true, "husband's": true, "son's": true, "daughter's": true, "brother's": true, "sister's": true}

// personCue returns the person cue right before token i (fillers
// skipped; "my name is, uh, is John" allowed), unless a sentence of the same
// speaker ended between them.
func (ts *Tokens) personCue(i int) (cuePhrase, bool) {
	if ph, ok := ts.phraseCue(i); ok {
		return ph, true
	}
	gw := ts.Words[ts.Toks[i].First]
	if ts.answersNameQuestion(gw) || ts.sh.nameOfSomething(gw) || ts.sh.possessiveName(gw) {
		return cuePhrase{words: []string{"name"}, cat: cueAsked}, true
	}
	return cuePhrase{}, false
}

// phraseCue returns the cue phrase of personCues right before token i, as
// personCue describes.
func (ts *Tokens) phraseCue(i int) (cuePhrase, bool) {
	sh := ts.sh
	gw := ts.Words[ts.Toks[i].First]
	ph, d, ok := sh.lookBack(personCues, gw, 5, true)
	if !ok {
		return ph, false
	}
	p := int(sh.before[gw]) - 1 - d // order position of the cue's last word
	if d > 0 {
		// "my name is, uh, is John"; an answer to a question for a name
		// may open with "yes, it's", "sure, that'd be" (the question's
		// other words are not between, it ended at the cue).
		for k := p + 1; k < int(sh.before[gw]); k++ {
			l := sh.lower[sh.order[k]]
			if !(ph.cat == cueName && (nameAnswerLeadIns[l] || listLeadIns[l])) && !(d == 1 && (l == "is" || l == "it's" || l == "that's" || l == "its")) {
				return ph, false
			}
		}
	}
	if d == 1 && len(ph.words) == 1 && ph.words[0] == "called" && p >= 2 && slices.Contains([]string{"i", "we", "you", "they", "he", "she"}, sh.lower[sh.order[p-1]]) &&
		slices.Contains([]string{"reason", "why", "what", "thing", "purpose", "number", "issue", "problem", "question"}, sh.lower[sh.order[p-2]]) {
		// "the reason I called is mark ups", "the number you called was":
		// "called" after its subject is the verb of phoning, and what
		// follows "is" says why or what, not who ("the man I called was
		// Frank Miller" keeps its cue).
		return ph, false
	}
	cw := int(sh.order[p])
	cue := &sh.t.Words[cw]
	if !sh.sameSpeaker(cw, gw) && slices.Contains(ph.words, "my") {
		return ph, false // the other speaker cannot answer "my name" (nor on one channel, "my son")
	}
	if q := p - len(ph.words); q >= 0 && sh.lower[sh.order[q]] == "not" {
		return ph, false // "I meant the store, not my name"
	}
	if strings.ContainsAny(cue.Punct, ".!") && !abbreviations[sh.lower[cw]] {
		return ph, false
	}
	// A question ending in a cue is answered with a name only when it asks
	// for one: "What's your name?", "Who am I speaking with?" (not "Can I
	// speak with a supervisor?").
	if strings.Contains(cue.Punct, "?") && ph.cat != cueName && ph.cat != cueSpell &&
		ph.words[0] != "speaking" && ph.words[0] != "talking" {
		return ph, false
	}
	return ph, true
}

// adjectiveLike reports whether w ends like an adjective or adverb
// ("ridiculous", "unacceptable", "frustrating"), which "this is" is far
// more often followed by than by an unknown name.
func adjectiveLike(w string) bool {
	// (Not "-ic", "-al": Leofric, Bilal and Kunal are names; an adjective
	// in "-ic" or "-al" is a common word.)
	for _, suf := range []string{"ous", "ful", "ing", "ed", "ly", "ble", "ive", "ish", "less", "est", "ent", "ant", "ary"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

func isAlpha(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 {
			// "joaquín", "étienne": letters beyond ASCII count too.
			for _, r := range w[i:] {
				if !unicode.IsLower(r) && !unicode.Is(unicode.Lo, r) && r != '\'' && r != '-' && !unicode.Is(unicode.Mn, r) {
					return false
				}
			}
			return true
		} else if (c < 'a' || c > 'z') && c != '\'' && c != '-' {
			return false
		}
	}
	return true
}

// introContinues reports whether the words after token i are what follows
// a name in an introduction: "this is julienne how can i help", "this is
// paul from billing".
func (ts *Tokens) introContinues(i int) bool {
	j := ts.next(i + 1)
	if j >= len(ts.Toks) || ts.turn[ts.Toks[i].Last] {
		return true // the turn ends with the name
	}
	if t := &ts.Toks[j]; t.Kind == KindWord && !names.IsCommonWord(t.Norm) && !t.in(wcPersonStop) && isAlpha(t.Norm) && len(t.Norm) > 1 && !adjectiveLike(t.Norm) {
		return true // a surname, or a word no more common than one: "i'm neta gallus"
	}
	if t := &ts.Toks[j]; t.Kind == KindWord && (ts.turn[t.Last] || ts.next(j+1) >= len(ts.Toks)) && !t.in(wcPersonStop) && isAlpha(t.Norm) && len(t.Norm) > 1 && !adjectiveLike(t.Norm) && !timeAdverbs[t.Norm] {
		return true // one more word ends the turn: the surname, word or not ("the name for it is seojun song")
	}
	return ts.isWord(j, "how", "from", "with", "speaking", "calling", "here", "and", "i", "i'm", "i'll", "your", "what", "who", "thank", "thanks", "at", "on", "in", "returning", "following", "i've", "and", "over", "in", "her", "his", "their",
		"what's", "can", "could", "may", "do", "did", "who's", "where", "which", "let's", "let", "hi", "hello", "hey")
}

// introSpeaking reports whether token i is followed by "speaking" as a
// speaker names themselves ("Summer speaking, how can I help?"), not in
// "who's speaking" or "is speaking".
func (ts *Tokens) introSpeaking(i int) bool {
	j := ts.next(i + 1)
	if ts.sentenceEndsAfter(i) || !ts.isWord(j, "speaking") {
		return false
	}
	if k := ts.next(j + 1); k < len(ts.Toks) && !ts.sentenceEndsAfter(j) && ts.isWord(k, "with", "to", "about", "for", "of", "on") {
		return false // "... speaking with", "speaking to"
	}
	return !ts.isWord(ts.prev(i-1), "who", "who's", "whos", "is", "am", "are", "was", "were", "be", "been", "not", "the", "a")
}

// spelledNext reports whether "spelled" (and letters) follow token i.
func (ts *Tokens) spelledNext(i int) bool {
	j := ts.next(i + 1)
	if ts.isWord(j, "that's", "it's") {
		j = ts.next(j + 1)
	}
	return ts.isWord(j, "spelled", "spelt", "spelling")
}

// afterPlacePreposition reports whether token i follows "in", "at", "to"
// or "from": "in Raleigh" is a place.
// organisation reports whether the capitalised words of tokens i..last
// name a business rather than a person: a well-known company, a name
// followed by a word such as "Bank", "Health" or "Inn", or (without a
// naming cue) words after "calling", "reached" or "welcome to", or a
// single word after a place preposition ("I'm in Albany").
func (ts *Tokens) organisation(i, last int, named bool) bool {
	var ws []string
	for k := i; k <= last; k++ {
		ws = append(ws, ts.Toks[k].Norm)
	}
	if knownOrganisations[strings.Join(ws, " ")] && !(i == last && ts.titleBefore19(i)) || ts.businessWordBefore(i) || last > i && ts.leadingBusinessWordAt(i) {
		return true
	}
	amp := slices.Index(ws, "&")
	if p := i - 1; amp < 0 && p > 0 && ts.Toks[p].Norm == "&" && ts.Toks[p-1].Kind == KindWord && !ts.sentenceEndsAfter(p-1) {
		amp = 1 // "Brandt & Voss" found from "Voss"
		ws = append([]string{ts.Toks[p-1].Norm, "&"}, ws...)
	}
	if amp >= 1 && amp+1 < len(ws) && !(names.IsFirstName(ws[amp-1]) && names.IsFirstName(ws[amp+1])) {
		// Names joined by "&" written as one are a firm's ("Brandt &
		// Voss", "Ernst & Young"); two people are two given names
		// ("Maria & Jose").
		return true
	}
	if nx := ts.orgWordAhead(last); nx >= 0 {
		if p := ts.prev(i - 1); p >= 0 && knownOrganisations[ts.Toks[p].Norm+" "+strings.Join(ws, " ")] {
			return true
		}
		return !named || ts.Cased && ts.Capitalised(ts.Toks[nx].First)
	}
	if lw := ws[len(ws)-1]; last > i && (organisationWords[lw] || firmWords[lw] || tradeWords[lw] || placeEnd(lw)) {
		return true // (also "a payment to Delmar Whitcombe Center")
	}
	if named {
		return false
	}
	if ts.merchantBefore(i) && !names.IsSurname(ws[len(ws)-1]) && !names.IsFirstName(ws[len(ws)-1]) {
		return true
	}
	if p := ts.prev(i - 1); ts.isWord(p, "at") && ts.isWord(ts.prev(p-1), "work", "works", "worked", "working", "employed") && !ts.sentenceEndsAfter(p) {
		return true // "I work at Jones Lang", "calling from work, at Burke Ellison": an employer is a place of work
	}
	if p := ts.prev(i - 1); ts.isWord(p, "calling", "reached", "with", "at") && !ts.isWord(ts.prev(p-1), "speaking", "speak", "talking", "talk", "spoke", "agent") {
		return ts.Cased && ts.Capitalised(ts.Toks[i].First) && ts.isWord(ts.prev(p-1), "for", "you've", "you", "bank", "banked", "with", "was", "been", "used") ||
			ts.isWord(p, "calling", "reached") || ts.isWord(p, "with") && ts.isWord(ts.prev(p-1), "bank", "banked", "banking", "banks") // ("i used to bank with raymond james" in lowercase too)
	}
	return last == i && ts.afterPlacePreposition(i) && ts.isWord(ts.prev(i-1), "in", "from", "near", "visit")
}

// endsPlaceAfterPreposition reports whether the name at token i is the
// second word of a place's name right after a preposition of place
// ("travelling from Kings Lynn", "near Castle Rock"): the word before it
// is in no name list and no word for a person or a title (not "from Aunt
// Lynn", "from Maria Lynn"), and, cased, capitalised.
func (ts *Tokens) endsPlaceAfterPreposition(i int) bool {
	p := i - 1
	if p < 0 || ts.Toks[p].Kind != KindWord || ts.sentenceEndsAfter(p) || ts.sentenceEndsAfter(ts.prev(p-1)) ||
		!ts.isWord(ts.prev(p-1), "from", "in", "near", "via", "through", "outside", "towards", "toward") {
		return false // (the preposition in the same sentence and turn: not "I'll put you through." "Cheers Lynn")
	}
	w := ts.Toks[p].Norm
	if len(w) < 3 || !isAlpha(w) || ts.firstNameAt(p) || ts.surnameAt(p) && !ts.commonAt(p) || personStop[w] || roleNouns[w] ||
		ts.Cased && !ts.Capitalised(ts.Toks[p].First) {
		return false
	}
	for _, ph := range personCues[w] {
		if ph.cat == cueTitle {
			return false // "from Dr. Lynn"
		}
	}
	return true
}

// merchantBefore reports whether a merchant cue comes right before token
// i: "a charge from", "charged by", "billed by", "an invoice from", "the
// charge says", "my statement shows": what charges or bills an account,
// or what a charge reads, is a business. A name after it whose last
// word is no listed first name or surname is the business's ("a charge
// from Vu Telepresence"); "a charge from Maria Delgado" stays a person's.
func (ts *Tokens) merchantBefore(i int) bool {
	p := ts.prev(i - 1)
	if ts.isWord(p, "says", "said", "reads", "shows", "showed", "lists", "listed") && !ts.sentenceEndsAfter(ts.prev(p-1)) {
		// "the charge says Raiffeisen Bank", "my statement shows ...":
		// what a charge or a statement reads is its merchant.
		return ts.isWord(ts.prev(p-1), "charge", "charges", "statement", "transaction", "debit", "receipt", "entry")
	}
	if !ts.isWord(p, "from", "by") {
		return false
	}
	return ts.isWord(ts.prev(p-1), "charge", "charges", "charged", "bill", "billed", "invoice", "invoiced", "debit", "debited")
}

// orgWordAhead returns the token of a word that ends a business's or a
// place's name (organisationWords, placeEnd) among the few words after the
// name ending at token last, in its sentence, or -1: "Lakeland Community
// Bank", "Skokie Meadows Nursing Ctr", "Char Huff And Associates Realty".
// The words between are part of that name: capitalised in a cased
// transcript, at most three in a lowercase one, and no word that never
// starts a name ("payment to John at the bank" is John's; "referred by
// hollis and grant family dental" is the practice's).
func (ts *Tokens) orgWordAhead(last int) int {
	for k, n := last, 0; n < 5; n++ {
		if ts.sentenceEndsAfter(k) {
			return -1
		}
		k = ts.next(k + 1)
		if k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord {
			return -1
		}
		w := ts.Toks[k].Norm
		if organisationWords[w] || firmWords[w] || tradeWords[w] || placeEnd(w) {
			if tradeWords[w] && ts.personsCredential(k) {
				return -1 // ("<name> cpa, she's great": hn17_firm_trim.go, review17)
			}
			if ts.performersOfAPerson19(last, k) {
				return -1 // ("<first> <last>'s orchestra trip": the band one plays in, review19)
			}
			return k
		}
		if w == "and" || w == "&" {
			continue
		}
		if personStop[w] || nameAnswerLeadIns[w] || ts.Cased && !ts.Capitalised(ts.Toks[k].First) || !ts.Cased && n > 2 {
			return -1 // (in lowercase three words between at most, none a stop word: "lakeland community bank", "crain and feed legislative council")
		}
	}
	return -1
}

// organisationWords end the names of businesses: "Northfield Bank",
// "Summit Health", "Holiday Inn".
var organisationWords = map[string]bool{"bank": true, "health": true, "healthcare": true, "insurance": true,
	"inn": true, "hotel": true, "hotels": true, "airlines": true, "airways": true, "wireless": true, "energy": true,
	"electric": true, "credit": true, "union": true, "hospital": true, "clinic": true, "pharmacy": true,
	"market": true, "foods": true, "group": true, "services": true, "solutions": true, "financial": true,
	"trust": true, "mutual": true, "federal": true, "savings": true, "motors": true, "fiber": true,
	"telecom": true, "mobile": true, "cable": true, "university": true, "college": true, "county": true,
	"department": true, "agency": true, "labs": true, "systems": true, "dental": true, "medical": true,
	"realty": true, "properties": true, "partners": true, "associates": true, "capital": true, "hardware": true,
	"florist": true, "bakery": true, "pizza": true, "kitchen": true, "cafe": true, "restaurant": true,
	"campground": true, "travel": true, "express": true, "logistics": true, "auto": true, "rentals": true,
	"utilities": true, "water": true, "gas": true, "power": true, "communications": true, "pharmaceuticals": true,
	"inc": true, "llc": true, "corp": true, "co": true, "company": true, "billing": true, "support": true,
	"limited": true, "ltd": true, "plc": true, "sarl": true, "gmbh": true, "ag": true, "bv": true, "pty": true,
	"lettings": true, "studio": true, "studios": true, "holdings": true, "enterprises": true, "trading": true,
	"design": true, "designs": true, "optical": true, "toys": true, "stationery": true, "florists": true,
	"salon": true, "books": true, "furniture": true, "gallery": true, "garage": true, "outfitters": true,
	"foundation": true, "fund": true, "church": true, "charity": true, "camp": true, "school": true,
	"council": true, "tribes": true, "tribe": true, "railway": true, "railroad": true, "ctr": true, "ab": true,
	"academy": true, "society": true, "club": true, "association": true, "institute": true, "ministries": true,
	"boutique": true, "supplies": true, "supply": true, "tools": true, "works": true, "plumbing": true,
	"roofing": true, "landscaping": true, "cleaners": true, "apparel": true, "jewelers": true, "bakeries": true}

// firmWords end a business's name too, but only right after it
// (orgWordAhead, organisation): the forms of law and accounting firms,
// co-operatives, parishes and trades ("Voss Hartmann LLP", "Pioneer
// Valley Co-op", "St. Agnes Parish", "Fixit Appliance"). They are kept
// apart from organisationWords, which the name model reads as a feature.
var firmWords = map[string]bool{
	"llp": true, "lp": true, "pllc": true, "pc": true, "co-op": true, "coop": true, "cooperative": true,
	"parish": true, "appliance": true, "appliances": true, "assoc": true, "bros": true, "brothers": true,
	"sons": true, "partnership": true, "attorneys": true, "lawyers": true, "accountants": true,
	"consulting": true, "consultants": true, "builders": true, "construction": true, "contractors": true,
	"electrical": true, "heating": true, "hvac": true, "trucking": true, "freight": true, "movers": true,
	"storage": true, "management": true, "investments": true, "ventures": true, "industries": true,
	"manufacturing": true, "technologies": true, "marketing": true, "printing": true, "farms": true,
	"dairy": true, "nursery": true, "winery": true, "brewery": true}

// knownOrganisations are businesses whose names read as a person's.
var knownOrganisations = map[string]bool{"wells fargo": true, "fargo": true, "best buy": true,
	"home depot": true, "charles schwab": true, "schwab": true, "edward jones": true, "john deere": true,
	"ben jerry": true, "dick's": true, "macy's": true, "kohl's": true, "wendy's": true, "dillard's": true,
	"trader joe's": true, "morgan stanley": true, "goldman sachs": true, "merrill lynch": true,
	"holiday inn": true, "ally": true, "wells": true}

func (ts *Tokens) afterPlacePreposition(i int) bool {
	j := ts.prev(i - 1)
	return ts.isWord(j, "in", "at", "from", "near", "of", "by", "visit", "downtown", "the", "a")
}

// surnameFollows reports whether the token after i is a surname (or, in a
// cased transcript, a capitalised word that is not a common word). After a
// first name that is a common word ("Summer", "Long") only a surname that is
// no common word and no place word counts.
func (ts *Tokens) surnameFollows(i int, strict bool) bool {
	if ts.sentenceEndsAfter(i) {
		return false
	}
	j := i + 1
	if j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord {
		return false
	}
	w := nameKey(ts.Toks[j].Norm) // (a possessive is no part of it: "at maria mendoza's house")
	if placeWords[w] || names.IsPlace(w) && !names.IsSurname(w) {
		return false
	}
	if ts.Cased && ts.Word(ts.Toks[i].Last).Punct == "," && ts.listThingWord(i, i) && !besideCommonFirstName(ts.Toks[i].Norm, w) {
		return false // items of a list of words: "Raven, Heron." (names_word_list.go)
	}
	if strict {
		if ts.Cased {
			// "Grace Okafor, I'm moving": a capitalised word that is in no
			// list may still be a surname when the name ends there (not
			// "the Summer Saver plan").
			capd := ts.Capitalised(ts.Toks[j].First)
			return capd && (names.IsSurname(w) || !names.IsCommonWord(w) && isAlpha(w) && ts.Word(ts.Toks[j].Last).Punct != "")
		}
		return listedSurname(w) && !names.IsCommonWord(w)
	}
	if ts.Cased {
		return ts.Capitalised(ts.Toks[j].First) && (names.IsSurname(w) || names.IsFirstName(w) || !names.IsCommonWord(w))
	}
	return listedSurname(w) && !names.IsCommonWord(w)
}

// listedSurname reports whether w is a listed surname, accents aside
// ("gómez", "jørgensen" are "gomez", "jorgensen"): after a first name,
// where surnameFollows asks, an accented surname is no business's name.
func listedSurname(w string) bool {
	return names.IsSurname(w) || names.IsSurname(foldASCII(w))
}

// nameContinues reports whether the words after token i make it a name
// even though it is a common word: a surname, or "from"/"calling".
func (ts *Tokens) nameContinues(i int) bool {
	if ts.surnameFollows(i, false) {
		return true
	}
	j := ts.next(i + 1)
	return ts.isWord(j, "from", "calling", "speaking", "with", "here")
}

// extendName returns the last token of the name starting at token i:
// further surnames or capitalised words, an initial, and the name spelled
// out after it.
//
// With loose (after a naming cue) any word that is no common word may
// continue the name ("my name is elaine lebaron").
func (ts *Tokens) extendName(i int, loose bool) int {
	last := i
	for n := 0; n < 3; n++ {
		if ts.sentenceEndsAfter(last) {
			break
		}
		j := last + 1
		if j >= len(ts.Toks) {
			break
		}
		if k := ts.particleName(last); k > last {
			last = k // "joost van der berg", "jake, um, de la cruz"
			continue
		}
		t := &ts.Toks[j]
		if t.Kind == KindLetters && len(t.Norm) >= 2 && !isLetterCue(t.Norm) {
			last = j // "John, J O H N" (not "emily johnson d o b")
			continue
		}
		if len(t.Norm) == 1 && (ts.Cased && ts.Capitalised(t.First) || !ts.Cased && loose && t.Norm == "a") && ts.surnameAfterInitial(j) {
			last = j // a middle initial: "David A. Flakoll", after a naming cue "doctor david a flakoll"
			continue
		}
		if t.Kind != KindWord || t.in(wcPersonStop) || credentials[t.Norm] {
			break // (not "Alissa Scanlin PsyD")
		}
		w := t.Norm
		if len(w) == 1 && ts.isWord(j+1, "as") && ts.isWord(j+2, "in") {
			break // a letter spelled with a word for it: "Okoro, O as in Oscar"
		}
		if t.Kind == KindWord && !ts.Cased && isAlpha(w) && !personStop[w] && len(w) >= 2 && !ts.sentenceEndsAfter(j) && ts.isWord(j+1, "junior", "jr", "senior", "sr") {
			last = j + 1 // a surname that is a word before "junior": "martin luther king junior"
			continue
		}
		if notNames[w] && strings.Contains(ts.Word(ts.Toks[last].Last).Punct, ",") {
			return last // "Esperanza Mwale, April 9, 1943": a date after the name
		}
		common := names.IsCommonWord(w)
		capd := ts.Capitalised(t.First)
		switch {
		case ts.Cased && capd && (len(w) == 1 || names.IsSurname(w) || names.IsFirstName(w) || !common):
		case !ts.Cased && (names.IsSurname(w) || names.IsFirstName(w)) && !common:
		case !ts.Cased && loose && !common && isAlpha(w) && !ts.spelledNext(j-1) && !ts.isWord(j+1, "spelled", "spelt") && !ts.wordGoesOn(j) &&
			!(names.IsEnglishWord(w) && !names.IsSurname(w) && !names.IsFirstName(w) && !ts.turn[t.Last] && t.Last < len(ts.Words)-1):
			// (an English word in no name list that does not end the turn
			// goes on with what the speaker says: "this is ken align stars
			// vega and deneb")
		case !ts.Cased && loose && names.IsSurname(w) && (ts.turn[t.Last] || t.Last == len(ts.Words)-1) && !personStop[w] && !functionWords[w]:
			// A listed surname that is also a word, ending the answer:
			// "your name for the record?" ... "dorothea rose".
		case loose && n == 0 && (ts.firstNameAt(last) || unlistedName(ts.Toks[last].Norm)) && len(w) >= 3 && isAlpha(w) && !personStop[w] && !nameAnswerLeadIns[w] && !timeAdverbs[w] &&
			!deskWords[w] && !adjectiveLike(w) && (!ts.Cased || capd) && (ts.turn[t.Last] || t.Last == len(ts.Words)-1 || ts.Cased && ts.sentenceEndsAfter(j)):
			// After a naming cue, a word that ends the answer right after a
			// listed first name, or a word in no list, is the surname, word
			// or not: "it's mihai pop", "the name for it is seojun song".
		case !ts.Cased && n == 0 && ts.Toks[last].Kind == KindWord && ts.firstNameAt(last) && !ts.commonAt(last) &&
			len(w) >= 3 && isAlpha(w) && !names.IsEnglishWord(w) && !plainWord(w) && !notNames[w] && !placeName(w) && !placeOrBrand(w) &&
			!adjectiveLike(w) && !ts.spelledNext(j-1) && !ts.isWord(j+1, "spelled", "spelt"):
			// A word in no list and no English word after a listed first
			// name is its surname: "gregory kudryashov", "maria delgado".
		case n == 0 && ts.wordSurnameEndsClause(last, j):
			// "my husband alma ring and ...": a listed surname that is a
			// word after a listed first name, ending the clause
		case !ts.Cased && len(w) == 1 && w != "a" && w != "i" && j+1 < len(ts.Toks) &&
			ts.Toks[j+1].Kind == KindWord && (ts.surnameAt(j+1) || ts.surnameAfterInitial(j)):
			// a middle initial: "shrikanth s narayanan"
		default:
			return last
		}
		last = j
	}
	// A spelling after a pause: "Smith, S M I T H" (not "Nakai. D O B is").
	j := ts.next(last + 1)
	if j < len(ts.Toks) && ts.Toks[j].Kind == KindLetters && len(ts.Toks[j].Norm) >= 2 && !ts.sentenceEndsAfter(last) && !isLetterCue(ts.Toks[j].Norm) {
		return j
	}
	return last
}

// unlistedName reports whether w can only be a name where a name is
// expected: letters, three or more, in no name list and no English word.
func unlistedName(w string) bool {
	return len(w) >= 3 && isAlpha(w) && !plainWord(w) && !names.IsEnglishWord(w) && !names.IsSurname(w) && !names.IsFirstName(w)
}

// timeAdverbs are words of when, and adverbs like them ("again", "too"),
// that end a clause after a name ("i spoke to jordan yesterday"): no
// surname.
var timeAdverbs = map[string]bool{"yesterday": true, "tomorrow": true, "tonight": true, "today": true,
	"earlier": true, "later": true, "lately": true, "recently": true, "again": true, "already": true,
	"too": true, "anymore": true, "sometime": true, "before": true, "afterwards": true, "now": true}

// wordGoesOn reports whether token j, after a first name, is an English
// word in no surname or first-name list said as a verb: ending in "s" or
// "ed" and followed, in its sentence, by a word that opens its object
// ("my wife fatemeh handles the bills", "... manages all of it"), not a
// surname ("my wife maria delgado called", "this is russell dike i hope").
func (ts *Tokens) wordGoesOn(j int) bool {
	w := ts.Toks[j].Norm
	if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") || !ts.englishAt(j) || ts.surnameAt(j) ||
		ts.firstNameAt(j) || ts.sentenceEndsAfter(j) {
		return false
	}
	return ts.isWord(ts.next(j+1), objectOpeners...)
}

// objectOpeners open what a verb acts on: "handles the bills", "pays for
// it", "takes care of".
var objectOpeners = []string{"the", "a", "an", "my", "our", "your", "his", "her", "their", "its", "all", "it",
	"them", "me", "us", "him", "everything", "that", "this", "those", "these", "to", "for", "with", "on",
	"at", "up", "out", "about", "care", "most", "some", "any"}

// surnameAfterInitial reports whether the token after the initial at j,
// in its sentence, can only be a surname: capitalised and no common word
// in a cased transcript, else a word of three or more letters in no
// English word list ("flakoll").
func (ts *Tokens) surnameAfterInitial(j int) bool {
	if ts.sentenceEndsAfter(j) && !(ts.Cased && ts.Word(ts.Toks[j].Last).Punct == ".") {
		return false
	}
	n := j + 1
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord {
		return false
	}
	s := ts.Toks[n].Norm
	if ts.Cased {
		return ts.Capitalised(ts.Toks[n].First) && !names.IsCommonWord(s) && isAlpha(s) && len(s) >= 2
	}
	return len(s) >= 3 && isAlpha(s) && !names.IsEnglishWord(s) && !plainWord(s) && !personStop[s]
}

// nameParticles join the parts of a surname: "van der Berg", "de la
// Cruz", "bin Laden", "al Rashid".
var nameParticles = withWords(map[string]bool{"la": true, "le": true, "ter": true, "ten": true, "bin": true, "ibn": true,
	"bint": true, "al": true, "el": true, "st": true, "ap": true}, openingParticles...)

// openingParticles are the particles that may also open a surname said
// before the rest of the name (surnamePrefixes).
var openingParticles = []string{"mac", "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das"}

// particleName returns the last token of a surname of particles that
// follows the name ending at token last ("van der berg" after "joost"; a
// filler may come first), or last: one or two particles, then a word that
// is no common word (or, cased, a capitalised one).
func (ts *Tokens) particleName(last int) int {
	if ts.sentenceEndsAfter(last) {
		return last
	}
	j := ts.next(last + 1)
	for n := 0; n < 2 && ts.isWord(j, "van", "von", "der", "den", "de", "del", "della", "la", "le", "da", "di", "du", "dos", "das", "ter", "ten", "bin", "ibn", "bint", "al", "el", "st", "mac", "ap"); n++ {
		if ts.sentenceEndsAfter(j) {
			return last
		}
		k := ts.next(j + 1)
		if k >= len(ts.Toks) || ts.Toks[k].Kind != KindWord {
			return last
		}
		w := ts.Toks[k].Norm
		if !nameParticles[w] && isAlpha(w) && len(w) >= 2 && !personStop[w] &&
			(!names.IsCommonWord(w) || names.IsSurname(w) || ts.Cased && ts.Capitalised(ts.Toks[k].First)) {
			return k
		}
		j = k
	}
	return last
}

// particleBefore returns the first token of a surname's particles said
// right before the name that starts at token first, or first: one or two of
// "mc", "mac", "van", "von", "de", "del", "da", "di", "du", "der", ... in
// the same sentence ("mc cullum charles", as a recogniser splits
// "McCullum"; "van der berg anna"), unless an article or a possessive
// makes the word a noun ("the van", "my mac").
func (ts *Tokens) particleBefore(first int) int {
	out := first
	for n := 0; n < 2; n++ {
		p := ts.prev(out - 1)
		if p < 0 || ts.Toks[p].Kind != KindWord || ts.sentenceEndsAfter(p) || ts.Word(ts.Toks[p].Last).Punct != "" ||
			!surnamePrefixes[ts.Toks[p].Norm] || ts.turn[ts.Toks[p].Last] {
			break
		}
		if b := ts.prev(p - 1); b >= 0 && !ts.sentenceEndsAfter(b) && ts.isWord(b, "the", "a", "an", "my", "your", "his", "her", "our",
			"their", "that", "this", "new", "old") {
			break
		}
		out = p
	}
	return out
}

// surnamePrefixes are the particles that may open a surname said before
// the rest of the name (fewer than nameParticles: not "ten", "bin", "al",
// "el", "la", "le", "st", which are also words or names of their own).
var surnamePrefixes = withWords(map[string]bool{"mc": true}, openingParticles...)

// nameBefore returns the first token of a name whose found part starts at
// token i, taking in the word before it when that is a first name of its
// own: an unlisted capitalised word in a cased transcript ("Étienne
// Marchand"), or, opening the sentence or after a lead-in, a listed first
// name before a word that is only a surname ("faith ogunleye", though
// "faith" is also a word) or an unlisted word before a listed surname
// ("gulnara ismailova").
func (ts *Tokens) nameBefore(i int) int {
	p := ts.prev(i - 1)
	if p < 0 || ts.Toks[p].Kind != KindWord || ts.sentenceEndsAfter(p) {
		return i
	}
	w, cur := ts.Toks[p].Norm, ts.Toks[i].Norm
	if personStop[w] || notNames[w] || len(w) < 2 || !isAlpha(w) || nameParticles[w] || adjectiveLike(w) ||
		ts.Word(ts.Toks[p].Last).Punct != "" || organisationWords[w] || placeWords[w] || placeWords[cur] || streetSuffixes[cur] {
		return i // ("Skyline Airways, Beatrice speaking"; "Orchard Lane")
	}
	if deskWords[w] {
		return i // "deliveries pauline speaking"
	}
	if (contactVerbs[w] || copyVerbs[w] || payAppVerbs[w]) && !names.IsFirstName(w) {
		return i // a verb of reaching or paying the person, not a first name: "Cc Mehmet", "Venmo Hugo"
	}
	common := plainWord(w)
	if ts.Cased {
		if ts.Capitalised(ts.Toks[p].First) && ts.Capitalised(ts.Toks[i].First) && (!common || names.IsFirstName(w)) {
			return p
		}
		return i
	}
	opens := func() bool {
		b := ts.prev(p - 1)
		return b < 0 || ts.sentenceEndsAfter(b) || ts.Toks[b].in(wcNameAnswerLeadIns) || ts.isWord(b, "um", "uh", "actually", "under") ||
			ts.isWord(b, "wife", "husband", "partner", "son", "daughter", "mother", "father", "mom", "dad", "brother", "sister", "friend")
	}
	switch {
	case names.IsFirstName(w) && names.IsSurname(cur) && !names.IsFirstName(cur) && opens():
		return p
	case !common && !names.IsFirstName(w) && !names.IsSurname(w) && !names.IsEnglishWord(w) && names.IsSurname(cur) && !names.IsCommonWord(cur) && opens():
		// (Not "deliveries sara speaking": a word in no name list.)
		return p
	case names.IsFirstName(w) && !names.IsCommonWord(w) && !names.IsFirstName(cur) && !names.IsSurname(cur) && len(cur) >= 3 &&
		isAlpha(cur) && !names.IsEnglishWord(cur) && !plainWord(cur) && opens():
		return p // "under hailey suijker": a listed first name before a surname in no list
	case surnameFirst(w, cur) && !ts.afterPlacePreposition(p):
		return p // "book with okonkwo beatrice": a listed surname before a first name, as a list reads it
	}
	return i
}

// initialBefore returns the token of an initial said right before the
// name starting at token i ("E. Allen Emerson", "it's h hawkins", "my
// mother's account, R. Sekar"), or i: one letter, capitalised in a cased
// transcript; in lowercase not "a" or "i", after the start of a sentence,
// a lead-in or a word that a name follows ("was", "account").
func (ts *Tokens) initialBefore(i int) int {
	p := ts.prev(i - 1)
	if p < 0 || ts.Toks[p].Kind != KindWord && ts.Toks[p].Kind != KindLetters || len(ts.Toks[p].Norm) != 1 {
		return i
	}
	l := ts.Toks[p].Norm[0]
	if l < 'a' || l > 'z' || ts.sentenceEndsAfter(p) && !(ts.Cased && ts.Word(ts.Toks[p].Last).Punct == ".") {
		return i
	}
	if ts.Cased && !ts.Capitalised(ts.Toks[p].First) || (l == 'a' || l == 'i') && !(ts.Cased && ts.Word(ts.Toks[p].Last).Punct == ".") {
		return i
	}
	if ts.Cased && ts.Word(ts.Toks[p].Last).Punct == "." {
		return p // "E. Allen Emerson"
	}
	b := ts.prev(p - 1)
	if b < 0 || ts.sentenceEndsAfter(b) || ts.Toks[b].Kind == KindWord && (ts.Toks[b].in(wcNameAnswerLeadIns) ||
		ts.isWord(b, "was", "account", "name", "um", "uh", "by", "from", "with", "to", "for", "dear", "regards", "doctor", "dr", "mr", "mrs", "ms")) {
		return p
	}
	return i
}

// spelledName reports a letters token that spells a name: after a name
// cue or "spelled", or when the letters themselves form a gazetteer name.
func (ts *Tokens) spelledName(i int) (Finding, int, bool) {
	tk := &ts.Toks[i]
	gw := ts.Words[tk.First]
	score := 0.0
	if ph, _, ok := ts.sh.lookBack(personCues, gw, 3, true); ok && ph.cat != cueWeak && !(ph.cat != cueName && ph.cat != cueSpell && ts.lettersOfAnID(i)) {
		score = 0.9
	} else if ts.sh.answersQuestion(gw, nameAnswerLeadIns, func(l string, _ int) bool { return l == "spell" || l == "spelling" || l == "spelled" }) {
		score = 0.9 // "Would you spell that for me, please?" ... "N-W-A-C-H-U-K-W-U"
	} else if len(tk.Norm) >= 3 && (ts.firstNameAt(i) || ts.surnameAt(i)) && !ts.commonAt(i) && !ts.lettersOfAnID(i) && !ts.lettersOfAnAcronym(i) {
		score = 0.8
	}
	start := i
	if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Kind == KindWord && foldASCII(ts.Toks[p].Norm) == tk.Norm && len(tk.Norm) >= 3 && !ts.plainWordAt(i) {
		// "Novotny, N O V O T N Y": the word before, spelled; and a first
		// name before it ("jaroslav novotny, n o v o t n y").
		score, start = max(score, 0.85), p
		if f := ts.prev(p - 1); f >= 0 && ts.Toks[f].Kind == KindWord && !ts.sentenceEndsAfter(f) && len(ts.Toks[f].Norm) >= 2 &&
			isAlpha(ts.Toks[f].Norm) && !ts.plainWordAt(f) && !ts.Toks[f].in(wcPersonStop) && !ts.Toks[f].in(wcNameAnswerLeadIns) {
			start = f
		}
	}
	if score == 0 || len(tk.Norm) < 2 || isLetterCue(tk.Norm) {
		return Finding{}, i, false // "the i b a n is", "your a b a number"
	}
	if n := ts.next(i + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindNumber && !ts.sentenceEndsAfter(i) {
		return Finding{}, i, false // "it's q x seven l m p": letters and digits are a code
	}
	if ts.isWord(ts.next(i+1), "dot") && !ts.sentenceEndsAfter(i) || ts.isWord(ts.prev(i-1), "dot") && !ts.sentenceEndsAfter(ts.prev(i-1)) {
		return Finding{}, i, false // "z e n o dot com", "acme dot c o m": a label of an address
	}
	end := i
	if len(tk.Norm) <= 3 && score >= 0.9 && ts.surnameAfterInitial(i) {
		// Initials said before a surname after a naming cue: "this is
		// C. D. Glin".
		return ts.TokenFinding(Person, start, i+1, score, "person-spelled"), i + 1, true
	}
	for {
		// "N-W-A-C-H-U-K-W-U, dash, B-E-L-L": a double name spelled.
		d := ts.next(end + 1)
		k := ts.next(d + 1)
		if !ts.isWord(d, "dash", "hyphen") || ts.sentenceEndsAfter(end) || k >= len(ts.Toks) || ts.Toks[k].Kind != KindLetters {
			break
		}
		end = k
	}
	return ts.TokenFinding(Person, start, end, score, "person-spelled"), end, true
}

// foldASCII returns w with its letters beyond ASCII dropped to the ASCII
// letters people spell them with where that is plain ("é" → "e"), and w
// itself when it has none.
func foldASCII(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		ascii = ascii && w[i] < 0x80
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case strings.ContainsRune("àáâãäåā", r):
			b.WriteByte('a')
		case strings.ContainsRune("èéêëē", r):
			b.WriteByte('e')
		case strings.ContainsRune("ìíîïī", r):
			b.WriteByte('i')
		case strings.ContainsRune("òóôõöøō", r):
			b.WriteByte('o')
		case strings.ContainsRune("ùúûüū", r):
			b.WriteByte('u')
		case strings.ContainsRune("çć", r):
			b.WriteByte('c')
		case strings.ContainsRune("ñń", r):
			b.WriteByte('n')
		case strings.ContainsRune("šś", r):
			b.WriteByte('s')
		case strings.ContainsRune("žźż", r):
			b.WriteByte('z')
		}
	}
	return b.String()
}

// plainWord reports whether w is an ordinary word rather than a name: a
// hand-listed common word, or a word of the general English list
// (names.IsEnglishWord: "deliveries", "appears", "invalid") that is in
// neither name list.
// (The rule is written once, in nameWord.plain: nameword_speed19.go.)
func plainWord(w string) bool { return nameWordOf(w).plain() }

// deskWords name the team or line an agent answers for: "billing",
// "card services", "the help desk".
var deskWords = map[string]bool{"billing": true, "payments": true, "support": true, "accounts": true, "sales": true,
	"claims": true, "service": true, "services": true, "care": true, "team": true, "desk": true, "department": true,
	"reservations": true, "bookings": true, "deliveries": true, "returns": true, "transfers": true, "help": true,
	"helpdesk": true, "enquiries": true, "inquiries": true, "collections": true, "fraud": true, "security": true,
	"renewals": true, "lending": true, "loans": true, "mortgages": true, "cards": true, "treasury": true,
	"dispatch": true, "shipping": true, "orders": true, "membership": true, "benefits": true, "records": true,
	"admissions": true, "scheduling": true, "appointments": true, "operations": true, "technical": true,
	"tech": true, "banking": true, "wire": true, "wires": true, "payroll": true, "pharmacy": true, "desk's": true}

// turnPos returns how many content tokens of its turn come before token i,
// counting up to 8.
func (ts *Tokens) turnPos(i int) int {
	n := 0
	for p := ts.prev(i - 1); p >= 0 && n < 8; p = ts.prev(p - 1) {
		if ts.turn[ts.Toks[p].Last] {
			break
		}
		n++
	}
	return n
}

// agentIntro reports whether token i is the unlisted first name an agent
// gives in the first words of a turn, as agents say it: "Radek here",
// "Radek in billing", "Radek with card services", or the name alone after
// the team's name, ending the sentence or the turn ("Card services,
// Radek."). The word must not be an ordinary word (plainWord) and, in a
// cased transcript, must be capitalised.
func (ts *Tokens) agentIntro(i int) bool {
	tk := &ts.Toks[i]
	w := tk.Norm
	if len(w) < 3 || !isAlpha(w) || ts.plainWordAt(i) || personStop[w] || notNames[w] || deskWords[w] || placeOrBrand(w) ||
		ts.Cased && !ts.Capitalised(tk.First) || ts.turnPos(i) > 6 {
		return false
	}
	j := ts.next(i + 1)
	ends := ts.sentenceEndsAfter(i) || j >= len(ts.Toks)
	if !ends && ts.isWord(j, "here") && (ts.sentenceEndsAfter(j) || ts.isWord(ts.next(j+1), "how", "what", "who", "may", "can", "hi", "hello",
		"from", "with", "at", "in", "on", "and", "i", "i'll", "i'm", "thanks", "thank", "calling", "returning", "following")) {
		return true
	}
	if !ends && ts.isWord(j, "again") && ts.sentenceEndsAfter(j) {
		return true // "Thanks for holding, Ilinca again."
	}
	if !ends && ts.isWord(j, "in", "with", "from", "on") {
		for k, n := ts.next(j+1), 0; k < len(ts.Toks) && n < 4; k, n = ts.next(k+1), n+1 {
			if ts.Toks[k].Kind == KindWord && (deskWords[ts.Toks[k].Norm] || organisationWords[ts.Toks[k].Norm] ||
				n > 0 && ts.isWord(k, "here", "speaking")) {
				return true // "Tendai from Lumen Bank here", "Zhanar on the line for billing"
			}
			if ts.sentenceEndsAfter(k) {
				break
			}
		}
		return false
	}
	// The name alone after the team's name: "Email support, Radek."
	if p := ts.prev(i - 1); p >= 0 && ts.Toks[p].Kind == KindWord && deskWords[ts.Toks[p].Norm] && !ts.sentenceEndsAfter(p) {
		return ends || !ts.Cased && ts.isWord(j, "hi", "hello", "hey", "good", "how", "what", "who", "thanks")
	}
	return false
}

// listLeadIns may stand between "names" and the names it asks for: "I'll
// need their names as well: ...", "both names please, ...".
var listLeadIns = map[string]bool{"as": true, "well": true, "too": true, "please": true, "both": true, "then": true}

// roleWords are the roles a person is added to an account or a booking
// as: "add Mstislav Dolgorukova as guardian", "as a beneficiary".
var roleWords = map[string]bool{"beneficiary": true, "guardian": true, "user": true, "authorized": true,
	"authorised": true, "joint": true, "co-signer": true, "cosigner": true, "signer": true, "dependent": true,
	"dependant": true, "executor": true, "trustee": true, "contact": true, "emergency": true, "driver": true,
	"holder": true, "member": true, "owner": true, "co-owner": true, "nominee": true, "proxy": true,
	"representative": true, "passenger": true, "guest": true, "caregiver": true, "payee": true, "attorney": true}

// addedAs reports whether token i starts a person's name added to an
// account or a booking in a role: "add Irenke Sörös as a beneficiary",
// "adding tomasz as an authorized user". Up to three words that are no
// ordinary words (capitalised in a cased transcript) stand between "add"
// and "as", and a role word follows within two words.
func (ts *Tokens) addedAs(i int) bool {
	if !ts.isWord(ts.prev(i-1), "add", "added", "adding", "adds", "remove", "removed", "removing", "list", "listed", "put", "name", "named", "make", "making") {
		return false
	}
	k := i
	for n := 0; n < 3; n++ {
		t := &ts.Toks[k]
		if t.Kind != KindWord || len(t.Norm) < 2 || !isAlpha(t.Norm) || plainWord(t.Norm) && !names.IsFirstName(t.Norm) && !names.IsSurname(t.Norm) ||
			t.in(wcPersonStop) || ts.Cased && !ts.Capitalised(t.First) {
			return false
		}
		nx := ts.next(k + 1)
		if ts.sentenceEndsAfter(k) || nx >= len(ts.Toks) {
			return false
		}
		if ts.isWord(nx, "as") {
			for r, m := ts.next(nx+1), 0; r < len(ts.Toks) && m < 3; r, m = ts.next(r+1), m+1 {
				if ts.Toks[r].Kind == KindWord && roleWords[ts.Toks[r].Norm] {
					return true
				}
				if !ts.isWord(r, "a", "an", "the", "my", "our", "their", "his", "her", "primary", "secondary", "second", "additional", "new") {
					return false
				}
			}
			return false
		}
		k = nx
	}
	return false
}

// vocativeAfterAck reports whether token i is a name said to someone
// after an acknowledgement, as agents do before they act: "Alright Mark,
// let me pull that up", "okay kwabena let me check". In a cased transcript
// a capitalised listed name followed by a comma; without capitals a word
// that is no ordinary word (plainWord), followed by what an agent says
// next ("let me", "I'll", "one moment").
func (ts *Tokens) vocativeAfterAck(i int, isName, common bool) bool {
	if ts.Cased && !ts.Capitalised(ts.Toks[i].First) || !ts.Cased && (common || ts.plainWordAt(i)) {
		return false // (what each branch below wants of the word, asked before the words before it: task speed19)
	}
	p := ts.prev(i - 1)
	if !ts.isWord(p, "alright", "okay", "ok", "right", "sure", "great", "perfect", "understood", "certainly", "absolutely",
		"lovely", "brilliant", "excellent", "wonderful", "fantastic", "awesome", "cool", "noted", "cheers") &&
		!(ts.isWord(p, "problem") && ts.isWord(ts.prev(p-1), "no")) && !(ts.isWord(p, "it") && ts.isWord(ts.prev(p-1), "got")) &&
		!(ts.isWord(p, "thing") && ts.isWord(ts.prev(p-1), "sure")) ||
		strings.ContainsAny(ts.Word(ts.Toks[p].Last).Punct, ".?!") {
		return false // ("no problem ilona", "got it Tuomas", "sure thing baraka" too)
	}
	w := ts.Toks[i].Norm
	if len(w) < 3 || !isAlpha(w) || notNames[w] || placeName(w) || deskWords[w] || placeOrBrand(w) {
		return false
	}
	if ts.Cased {
		return ts.Capitalised(ts.Toks[i].First) && (isName || !ts.plainWordAt(i)) && strings.Contains(ts.Word(ts.Toks[i].Last).Punct, ",")
	}
	if ts.plainWordAt(i) || common || adjectiveLike(w) {
		return false
	}
	return ts.isWord(ts.next(i+1), "let", "i", "i'll", "i'm", "so", "we", "we'll", "what", "how", "can", "one", "just", "give", "hold", "thanks", "thank", "your", "that's",
		"you're", "you", "i've", "we've", "bear", "please", "it's", "everything", "all", "there", "this",
		"and", "now", "have", "if", "before", "unfortunately", "sorry", "as")
}

// greetingCue reports whether the weak cue ph greets or thanks someone
// ("hi", "thank you") or names a relative ("my wife", "my brother"),
// after which an unknown word is most often a name.
func greetingCue(ph cuePhrase) bool {
	switch ph.words[0] {
	case "my":
		return len(ph.words) == 2
	case "his", "her", "our", "their", "your": // (kinCues)
		return len(ph.words) == 2
	case "hi", "hello", "hey", "dear", "cheers":
		return len(ph.words) == 1
	case "thanks":
		return len(ph.words) == 1 || len(ph.words) == 3 // ("thanks so much")
	case "thank":
		return len(ph.words) == 2 || len(ph.words) == 4
	case "many":
		return len(ph.words) == 2
	}
	return false
}

// joinsThings reports whether the "and" before token i follows an
// ordinary word or an ordinal ("Maple and Finch", "fifth and maple"),
// so that it joins the parts of a name of a business or a street corner.
func (ts *Tokens) joinsThings(i int) bool {
	a := ts.prev(i - 1)
	b := ts.prev(a - 1)
	if b < 0 || ts.sentenceEndsAfter(b) {
		return false
	}
	t := &ts.Toks[b]
	if t.Kind == KindOrdinal {
		return true
	}
	if t.Kind != KindWord || t.in(wcPersonStop) || !plainWord(t.Norm) && !(names.IsEnglishWord(t.Norm) && (names.FirstNameRank(t.Norm) == 0 || names.FirstNameRank(t.Norm) > 1200)) {
		return false // (not "Mark and Maria": a frequent first name)
	}
	// In a cased transcript only a capitalised ordinary word names a
	// business ("Maple and Finch"); "bread and Maria" is a list.
	return !ts.Cased || ts.Capitalised(t.First) || t.in(wcStreetSuffixes)
}

// placeOrBrand reports whether w is a hand-listed place, nationality or
// brand (names.IsPlaceOrBrand: "netflix", "brooklyn") and no listed first
// name ("austin", "ana" stay names).
func placeOrBrand(w string) bool { return names.IsPlaceOrBrand(w) && !names.IsFirstName(w) }
