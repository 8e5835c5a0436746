package redact

import (
	"strings"
	"sync"

	"github.com/callveil/callveil/redact/internal/names"
)

// The speech-name recognizer: names as people say them to each other in a
// conversation (a meeting, a call about colleagues) with no naming cue,
// read from the words and, in cased transcripts, the punctuation around
// them. A "name word" is never a place, brand, organisation, month, day,
// language, letters cue or noun of namedTerms; lowercase, it is a listed
// first name that is no common word (of any rank), a listed surname that
// is no English word, or, where the context is strong, a word in no list
// that is no English word.
//
//   - Possessive: "that was Priya's idea", "Okonkwo's results" (cased: any
//     capitalised name word inside its sentence, also a first name that is
//     a word, "Bill's"); lowercase "tomasz's draft", and "don's been", "okonkwo's
//     gonna" where "'s" is "has" or "is". Not after an article unless said
//     again or before such a verb, nor "San Jose's", "Papa John's".
//   - Vocative, cased: set off by commas inside a sentence ("so the point,
//     Tomasz, is"), after a comma at its end ("fair enough, Okonkwo."),
//     opening it before a comma and a question or the speaker's clause
//     ("Priya, could you"), or a sentence of its own ("Okonkwo?"); not the
//     town after an address, nor an item of a list.
//   - Vocative, lowercase: at a turn's end after "you" or "please", opening
//     a turn before "you" or a question with "you", after "go" or "go
//     ahead", or between fillers and discourse markers ("okay gustavo
//     okay", "um gustavo i would").
//   - Third party: before what people do ("Okonkwo said", "thandeka
//     couldn't come", "Liz actually said"), "okonkwo and i", two name words
//     joined by "and", a listed first name after "by", "from", "one",
//     "than" that the place rule would take ("derived by Dan using").
//   - Restart: a name said twice across a comma ("Priya's, Priya's") or,
//     lowercase, with "'s" twice in a row: both sayings.
//
// A name word right before the finding joins it ("olga tesoro called").
type speechNameRecognizer struct{}

func (speechNameRecognizer) Name() string { return "person-speech" }

// personVerbs are what a person does, said right after the person's name
// as its subject: "Okonkwo said", "Dan thinks", "Bhavana couldn't".
var personVerbs = map[string]bool{"said": true, "says": true, "say": true, "thinks": true, "thought": true,
	"told": true, "tells": true, "asked": true, "asks": true, "suggested": true, "suggests": true,
	"mentioned": true, "mentions": true, "wants": true, "wanted": true, "knows": true, "knew": true,
	"couldn't": true, "can't": true, "won't": true, "didn't": true, "doesn't": true, "wasn't": true,
	"isn't": true, "hasn't": true, "wouldn't": true, "agreed": true, "agrees": true, "believes": true,
	"explained": true, "wrote": true, "writes": true, "sent": true, "sends": true, "promised": true,
	"likes": true, "liked": true, "prefers": true, "responds": true, "responded": true, "replied": true,
	"argued": true, "argues": true, "claims": true, "claimed": true, "feels": true, "felt": true,
	"recommended": true, "proposed": true, "insists": true, "insisted": true, "admitted": true,
	"remembers": true, "forgot": true, "joined": true, "left": true, "arrived": true, "called": true,
	"emailed": true, "phoned": true, "texted": true, "noticed": true, "realised": true, "realized": true,
	"decided": true, "volunteered": true, "offered": true, "expects": true, "expected": true, "hopes": true,
	"hoped": true, "worries": true, "worried": true, "understands": true, "understood": true}

// possessiveVerbs follow a name and "'s" that stands for "is" or "has":
// "Dan's been writing", "Mark's gonna", "Priya's saying".
var possessiveVerbs = map[string]bool{"been": true, "gonna": true, "going": true, "got": true, "gotten": true,
	"saying": true, "doing": true, "working": true, "talking": true, "suggesting": true, "asking": true,
	"trying": true, "coming": true, "leaving": true, "writing": true, "looking": true, "thinking": true}

// vocativeFollowers open what a speaker says or asks right after naming the
// one spoken to ("Priya, could you", "Mark, I think", "Tomasz, how").
var vocativeFollowers = map[string]bool{"do": true, "does": true, "did": true, "can": true, "could": true,
	"would": true, "will": true, "are": true, "is": true, "have": true, "how": true, "what": true,
	"what's": true, "why": true, "where": true, "when": true, "who": true, "which": true, "i": true,
	"i'm": true, "i'll": true, "i've": true, "i'd": true, "you": true, "you're": true, "you've": true,
	"you'll": true, "your": true, "we": true, "we're": true, "we'll": true, "let's": true, "please": true,
	"thanks": true, "thank": true, "go": true, "tell": true, "show": true}

// Recognize finds the names of a conversation that no cue announces.
func (speechNameRecognizer) Recognize(ts *Tokens) []Finding {
	var out []Finding
	for i := 0; i < len(ts.Toks); i++ {
		if ts.Toks[i].Kind != KindWord {
			continue
		}
		rec, closing := "", false
		switch {
		case ts.spokenPossessive(i) || ts.lowerRestart(i) || ts.wordNamePossessive(i):
			rec = "person-possessive"
		case ts.closingVocative(i):
			rec, closing = "person-vocative", true // (no place after a preposition there: "came in, Bill.")
		case ts.vocativeSlot(i) || ts.nameAlone(i):
			rec = "person-vocative"
		case ts.actsAsPerson(i) || ts.lowerSubject(i) || ts.wordNameSubject(i):
			rec = "person-speech-subject"
		case ts.lowerTurnVocative(i) || ts.afterGo(i) || ts.betweenMarkers(i):
			rec = "person-vocative"
		case ts.listedPair(i):
			rec = "person-speech-subject"
		case ts.lowerAckVocative(i) || ts.lowerLooseVocative(i):
			rec = "person-vocative"
		case ts.lowerAuxSubject(i) || ts.lowerPastSubject(i):
			rec = "person-speech-subject"
		case ts.lowerGapVocative(i) || ts.lowerWordNameAddressed(i) || ts.lowerNameHere(i) || ts.lowerClosingWordName(i):
			rec = "person-vocative"
		case ts.lowerClosingVocative(i) || ts.orderedNameAt(i): // (orderedNameAt: names_radio16.go)
			rec = "person-vocative"
		case ts.askedPresent(i) || ts.toldNameAt(i): // (toldNameAt: names_radio16.go)
			rec = "person-speech-subject"
		case ts.lowerPrepositionObject(i):
			rec = "person-speech-subject"
		case ts.lowerNameModifier(i):
			rec = "person-possessive"
		case ts.nicknameAt(i):
			rec = "person-vocative" // "Stand by, Buzz." (names_nickname_words.go)
		case ts.roleTitleName(i): // names_person16.go
			rec = "person-role"
		case ts.lowerClauseEndVocative(i) || ts.openerNameComma(i) || ts.casedClauseEndVocative(i): // names_person16.go
			rec = "person-vocative"
		case ts.openingUnlistedSubject(i) || ts.lowerHeardOrMetName(i): // names_person16.go
			rec = "person-speech-subject"
		case ts.names12devName(i): // names_12dev.go
			rec = "person-speech-subject"
		default:
			if rec = ts.telconName(i); rec == "" { // names_telcon17.go
				if ts.surname18Name(i) { // names_surname18.go
					rec = "person-speech-subject"
				} else if rec = ts.set18namesName(i); rec == "" { // names_set18.go
					continue
				}
			}
		}
		if rec == "person-vocative" && ts.answersPlaceQuestion(i) {
			continue // "Where's it shipping from?" "Marion, I think."
		}
		if ts.abbreviationAt(i) {
			continue // "Okay. Exp." (names_abbreviation.go)
		}
		var buf [4]string
		if !closing && ts.placeRole(i, ts.wordsBefore(i, buf[:0])) {
			continue // "got back from Florence", "Sure, Curitiba, Brazil"
		}
		if ts.twoWordPlace(i) {
			continue // "the viet cong want", "sinn fein said" (a place or people of two words: factions19)
		}
		first := i
		if ts.lowerRestart(i) {
			first = i - 1
		} else if p := ts.restartBefore(i); p >= 0 {
			first = p // "Priya's, Priya's": both sayings
		} else if p := i - 1; p >= 0 && !ts.sentenceEndsAfter(p) && ts.Word(ts.Toks[p].Last).Punct == "" && ts.Toks[p].Kind == KindWord &&
			!roleTitles[ts.Toks[p].Norm] && !kinNoun[ts.Toks[p].Norm] && !roleNouns[ts.Toks[p].Norm] && // (not "cousin dolores": names_person16.go)
			(ts.Cased && ts.Capitalised(ts.Toks[p].First) && speechNameWord(ts.Toks[p].Norm, true, false) ||
				!ts.Cased && (lowerNameWord(ts.Toks[p].Norm) || names.IsFirstName(ts.Toks[p].Norm) && !names.IsCommonWord(ts.Toks[p].Norm) || ts.lowerNamePair(i))) {
			first = p // "Maria Lindqvist's", "olga tesoro called"
		}
		out = append(out, ts.TokenFinding(Person, first, i, 0.8, rec))
	}
	return out
}

// placeAsks are the words of a question for a place or a shop: "where
// are you calling from?", "which town?", "what store was it?".
var placeAsks = map[string]bool{"where": true, "where's": true, "city": true, "town": true, "country": true,
	"state": true, "county": true, "store": true, "shop": true, "branch": true, "location": true}

// answersPlaceQuestion reports whether token i opens (after at most two
// words of its own) the answer to the other speaker's question for a place
// (placeAsks within its last 10 words) and no "you" or question of one
// spoken to follows it: "Where's it shipping from?" "Marion, I think." is
// the town, "Tomasz, do you have it?" still the one spoken to.
func (ts *Tokens) answersPlaceQuestion(i int) bool {
	if n := ts.next(i + 1); n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.sentenceEndsAfter(i) &&
		(strings.HasPrefix(ts.Toks[n].Norm, "you") || vocativeQuestionOpeners[ts.Toks[n].Norm]) {
		return false
	}
	return ts.placeQuestionBefore(i)
}

// placeQuestionBefore reports whether token i opens (after at most two
// words of its own) the answer to the other speaker's question for a
// place (placeAsks within its last 10 words).
func (ts *Tokens) placeQuestionBefore(i int) bool {
	q := ts.sh.questionBefore(ts.Words[ts.Toks[i].First], 2, nil)
	if q < 0 {
		return false
	}
	who := int(ts.sh.order[q])
	for p, n := q, 0; p >= 0 && n < 10 && ts.sh.sameSpeaker(int(ts.sh.order[p]), who); p, n = p-1, n+1 {
		if placeAsks[ts.sh.lower[ts.sh.order[p]]] {
			return true
		}
	}
	return false
}

// commaAfter reports whether channel-local word w ends with a comma.
func (ts *Tokens) commaAfter(w int) bool {
	return w >= 0 && w < len(ts.Words) && strings.Contains(ts.Word(w).Punct, ",")
}

// capitalInside reports whether token i is capitalised inside its
// sentence (cased transcripts only).
func (ts *Tokens) capitalInside(i int) bool {
	f := ts.Toks[i].First
	return ts.Cased && ts.Capitalised(f) && !ts.SentenceStart(f)
}

// speechNotNames is the union of the word lists speechNameWord turns
// away (stop words, months and days, letter cues, terms named after
// people, organisations, desks, businesses, naming words, roles, street
// types, place words, contact words): one look-up for a word instead of
// thirteen. It is built at first use, from lists no code changes.
var speechNotNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{personStop, notNames, weekdays, letterCues, namedTerms, organisationWords, deskWords,
		possessiveBusinesses, namingWords, roleNouns, streetSuffixes, placeWords, contactNotNames} {
		for w, in := range set {
			if in {
				m[w] = true
			}
		}
	}
	return m
})

// speechNameWord reports whether w (lowercase, no "'s") can be a name said
// without a cue: never a place, brand, organisation, month, day or stop
// word; a listed first name; or, capitalised (capd), a listed surname or
// an unknown word that is no English word. strict (lowercase) also turns
// away first names that are common words and unknown words.
// (The rule is written once, in nameWord.speech: nameword_speed19.go.)
func speechNameWord(w string, capd, strict bool) bool { return nameWordOf(w).speech(capd, strict) }

// spokenPossessive reports whether token i is a name said with "'s" with
// no cue: cased, a capitalised word inside its sentence; lowercase, a
// listed first name that is no common word or a surname that is no word,
// and not after an article or another possessive ("the morgan's").
func (ts *Tokens) spokenPossessive(i int) bool {
	k, ok := possessiveStem(ts.Toks[i].Norm)
	if !ok || ts.businessPossessive(i) || ts.placeOrShopBefore(i, k) || ts.unlistedShopPossessive(i, k) { // (unlistedShopPossessive: names_12dev.go)
		return false // "Papa John's", "St. Patrick's", "san jose's a good area"
	}
	n := ts.next(i + 1)
	if ts.shopOrPlacePossessive(n) {
		return false // "does Louie's deliver", "King's Park"
	}
	if !ts.sentenceEndsAfter(i) && n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && businessThings[ts.Toks[n].Norm] {
		return false // a shop's or a product's: "Zara's fees", "my Kia's warranty"
	}
	verbNext := !ts.sentenceEndsAfter(i) && n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && possessiveVerbs[ts.Toks[n].Norm]
	// After an article or a possessive the word is a noun, unless it is
	// said again ("Bill's, Bill's") or "'s" is "is" or "has" ("that Dan's
	// been saying").
	owned := ts.ownedBefore(i) && ts.restartBefore(i) < 0 && !verbNext
	if owned && ts.wordIn(ts.prev(i-1), contractions) && ts.contractionOwner(i, k) {
		return true // ("'s" for "is" owns nothing: "What's Rod's estimate?", "where's grace's card")
	}
	if ts.Cased {
		if verbNext && ts.Capitalised(ts.Toks[i].First) && ts.SentenceStart(ts.Toks[i].First) && speechNameWord(k, true, true) && names.IsFirstName(k) {
			return true // ("Ed's trying to get it out.": "'s" is "is" before what people do)
		}
		if !ts.capitalInside(i) || !speechNameWord(k, true, false) {
			return false
		}
		// A word that is also an English word (a first name such as "Bill"),
		// or one in no name list, after an article is a noun: "the Bill's
		// passage", "the Kalman's gain".
		return !((names.IsCommonWord(k) || !names.IsFirstName(k) && !names.IsSurname(k)) && owned)
	}
	if owned && !ts.ownerIsContraction(i, k) {
		return false
	}
	if speechNameWord(k, false, true) {
		return true
	}
	// A first name that is a word, or a word in no list that is no English
	// word, with "'s" for "has" or "is" before what people do: "don's been
	// writing", "okonkwo's gonna send it".
	return verbNext && (names.IsFirstName(k) && speechNameWord(k, false, false) || lowerNameWord(k))
}

// vocativeSlot reports whether token i, capitalised in a cased transcript,
// is a name said to the one spoken to: between commas inside a sentence,
// after a comma at its end, or opening it before a comma and what the
// speaker asks or says.
func (ts *Tokens) vocativeSlot(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || tk.First != tk.Last || !ts.Capitalised(tk.First) || !ts.speechNameAt(i, true, false) {
		return false
	}
	w := tk.First
	commaBefore := w > 0 && !ts.turn[w-1] && ts.commaAfter(w-1) && ts.plainBeforeComma(i)
	punct := ts.Word(w).Punct
	end := ts.sentenceEndsAfter(i)
	switch {
	case commaBefore && strings.Contains(punct, ","):
		// "so the point, Tomasz, is"; not an item of a list ("the report,
		// Matlab, and the scripts").
		return !ts.SentenceStart(w) && !ts.isWord(ts.next(i+1), "and", "or", "etc", "etcetera")
	case commaBefore && end && punct != "":
		return true // "fair enough, Okonkwo."
	case ts.SentenceStart(w) && strings.Contains(punct, ","):
		n := ts.next(i + 1)
		return n < len(ts.Toks) && !ts.sentenceEndsAfter(i) && ts.Toks[n].Kind == KindWord && vocativeFollowers[ts.Toks[n].Norm]
	}
	return false
}

// actsAsPerson reports whether token i, capitalised inside its sentence in
// a cased transcript, is the subject of what a person does ("Okonkwo
// said", "Bhavana couldn't", "'s been") or one of "X and I".
func (ts *Tokens) actsAsPerson(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || !ts.Capitalised(tk.First) || tk.First != tk.Last || ts.sentenceEndsAfter(i) || !ts.speechNameAt(i, true, false) {
		return false
	}
	listed := ts.firstNameAt(i) && !ts.commonAt(i)
	if ts.SentenceStart(tk.First) {
		// Opening its sentence only a listed first name, before what a
		// person does: "Liz actually said".
		return listed && ts.personVerbNext(i)
	}
	if listed {
		// (The person recognizer's, but after a word it takes for a
		// place's: "written by Dan", "heard from Dan", "the one Dan has".)
		// A name of one word: not "a Chai Latte", "from Vu Telepresence".
		// Nor "referred by Hollis and Grant Dental", "a cup of Chianti".
		p, n := ts.prev(i-1), ts.next(i+1)
		one := n < len(ts.Toks) && !ts.Capitalised(ts.Toks[n].First) &&
			!(ts.isWord(n, "and", "&") && ts.next(n+1) < len(ts.Toks) && ts.Capitalised(ts.Toks[ts.next(n+1)].First))
		return one && ts.isWord(p, "by", "from", "one", "than", "with") && !names.IsPlace(tk.Norm) && !ts.townAfterFrom(i) && !ts.shopAfterFrom(i) ||
			ts.personVerbNext(i)
	}
	if ts.personVerbNext(i) {
		return !ts.spokenOfAsThey(i) // (not "Marriott said they'd")
	}
	n := ts.next(i + 1)
	return ts.isWord(n, "and") && !ts.sentenceEndsAfter(n) && ts.isWord(ts.next(n+1), "i", "me")
}

// personVerbNext reports whether a verb of personVerbs follows token i in
// its sentence, at most after one adverb ("Liz actually said").
func (ts *Tokens) personVerbNext(i int) bool { return ts.personVerbAt(i) >= 0 }

// personVerbAt returns the token of the verb of personVerbs that follows
// token i in its sentence, at most after one adverb, or -1.
func (ts *Tokens) personVerbAt(i int) int {
	n := ts.next(i + 1)
	for k := 0; k < 2 && n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && !ts.sentenceEndsAfter(n-1) && !ts.Capitalised(ts.Toks[n].First); k++ {
		w := ts.Toks[n].Norm
		if personVerbs[w] {
			return n
		}
		if k > 0 || !(strings.HasSuffix(w, "ly") || w == "just" || w == "also" || w == "already" || w == "never" || w == "always") {
			return -1
		}
		n = ts.next(n + 1)
	}
	return -1
}

// spokenOfAsThey reports whether "they" or "them" follows the verb of
// personVerbs after token i: "Marriott said they'd refund it", "Santander
// told them". A subject that is no listed first name spoken of so is a
// company (a hotel, a bank, a shop) more often than a person.
func (ts *Tokens) spokenOfAsThey(i int) bool {
	v := ts.personVerbAt(i)
	n := ts.next(v + 1)
	return v >= 0 && !ts.sentenceEndsAfter(v) && n < len(ts.Toks) && ts.Toks[n].Kind == KindWord && theyWords[ts.Toks[n].Norm]
}

// theyWords speak of a company after what it did: "Marriott said they'd",
// "Santander told them" (spokenOfAsThey, and the subject rule of
// names_wild2.go).
var theyWords = map[string]bool{"they": true, "they'd": true, "they're": true, "they'll": true, "they've": true, "them": true}

// nameAlone reports whether token i is a sentence of its own in a cased
// transcript, said as a name is to call on someone ("Tomasz?",
// "Okonkwo."): a listed first name that is no common word, or a
// capitalised word that is a listed surname or no English word.
func (ts *Tokens) nameAlone(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Cased || tk.First != tk.Last || !ts.SentenceStart(tk.First) || !ts.sentenceEndsAfter(i) || ts.turn[tk.Last] && ts.Word(tk.Last).Punct == "" {
		return false
	}
	if ts.commonAt(i) || !ts.speechNameAt(i, true, false) {
		return false
	}
	// Not the town after a house number ("14 Elm Road. Hadleigh."), and
	// a word in no name list only when it asks ("Okonkwo?") or answers no
	// question ("Which one? Linux.").
	p := ts.prev(i - 1)
	for j, n := p, 0; j >= 0 && n < 8; j, n = ts.prev(j-1), n+1 {
		if k := ts.Toks[j].Kind; (k == KindNumber || k == KindAlnum) && strings.ContainsAny(ts.Word(ts.Toks[j].First).Text, "0123456789") {
			return false
		}
	}
	listed := ts.firstNameAt(i) || ts.surnameAt(i)
	return listed || strings.Contains(ts.Word(tk.Last).Punct, "?") || p < 0 || !strings.Contains(ts.Word(ts.Toks[p].Last).Punct, "?")
}

// restartBefore returns the token of the same word said just before token
// i across a comma (a restart: "Priya's, Priya's"), or -1.
func (ts *Tokens) restartBefore(i int) int {
	w := ts.Toks[i].First
	if w == 0 || ts.turn[w-1] || !ts.commaAfter(w-1) {
		return -1
	}
	p := ts.prev(i - 1)
	if p < 0 || ts.Toks[p].Kind != KindWord || ts.Toks[p].Norm != ts.Toks[i].Norm || ts.Toks[p].Last != w-1 {
		return -1
	}
	return p
}

// lowerRestart reports whether token i, in a lowercase transcript, is a
// first name with "'s" said twice in a row (a restart: "greg's greg's
// uh"), even one that is a word: the second saying.
func (ts *Tokens) lowerRestart(i int) bool {
	k, ok := strings.CutSuffix(ts.Toks[i].Norm, "'s")
	p := i - 1
	return ok && !ts.Cased && p >= 0 && ts.Toks[p].Kind == KindWord && ts.Toks[p].Norm == ts.Toks[i].Norm &&
		!ts.turn[ts.Toks[p].Last] && names.IsFirstName(k) && speechNameWord(k, false, false) && !ts.ownedBefore(p)
}

// plainBeforeComma reports whether the word before the comma before token
// i is no part of a name, an address or a number: not capitalised (but for
// a sentence's first word: "Thanks, Tomasz."), not a number, and with no
// number written in digits earlier in the sentence ("Storgatan 33,
// Gothenburg.", "45 Kings Road, Douglas", "Old Trafford Road, Lallmatie,
// yeah": the town of an address).
func (ts *Tokens) plainBeforeComma(i int) bool {
	p := ts.prev(i - 1)
	if p < 0 || ts.Toks[p].Kind != KindWord && ts.Toks[p].Kind != KindNumber || ts.Capitalised(ts.Toks[p].First) && !ts.SentenceStart(ts.Toks[p].First) {
		return false
	}
	for j, n := p, 0; j >= 0 && n < 12; j, n = j-1, n+1 {
		if k := ts.Toks[j].Kind; (k == KindNumber || k == KindAlnum) && strings.ContainsAny(ts.Word(ts.Toks[j].First).Text, "0123456789") {
			return false
		}
		if j < p && ts.sentenceEndsAfter(j) {
			break
		}
	}
	return true
}

// lowerNameWord reports whether w, in a lowercase transcript, can be a name
// that only its context shows: a listed first name that is no common word
// (of any rank), a listed surname that is no word, or a word of three
// letters or more in no list that is no English word and does not end as
// a term does.
// (The rule is written once, in nameWord.lowerName: nameword_speed19.go.)
func lowerNameWord(w string) bool { return nameWordOf(w).lowerName() }

// townAfterFrom reports whether token i is a town of the world right after
// "from": "got back from Florence" is the town as often as "heard from
// Florence" is the person, and the person recognizer's place rules
// (placeRole) already read which.
func (ts *Tokens) townAfterFrom(i int) bool {
	return ts.isWord(ts.prev(i-1), "from") && ts.worldTownWords(i) > 0
}

// shopAfterFrom reports whether token i follows "from" after a verb of
// buying, ordering or returning within four words: "I bought the jacket
// from Zara", "the ones we ordered from Wendy": the shop, which bears a
// first name as often as not ("heard from Zara" stays the person).
func (ts *Tokens) shopAfterFrom(i int) bool {
	p := ts.prev(i - 1)
	return ts.isWord(p, "from") && ts.wordWithin(p, 4, shoppingVerbs)
}

// shoppingVerbs buy, order, rent or return a thing from a shop
// (shopAfterFrom).
var shoppingVerbs = map[string]bool{"bought": true, "buy": true, "buying": true, "buys": true, "ordered": true,
	"order": true, "ordering": true, "purchased": true, "purchase": true, "purchasing": true, "returned": true,
	"return": true, "returning": true, "rented": true, "rent": true, "renting": true, "leased": true,
	"lease": true, "shopped": true, "shop": true, "shopping": true}

// lowerSubject reports whether token i, in a lowercase transcript, is a
// name word (lowerNameWord) before what a person does ("okonkwo said",
// "thandeka couldn't come", "priya actually suggested") or one of
// "okonkwo and i".
func (ts *Tokens) lowerSubject(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last || !ts.lowerNameAt(i) {
		return false
	}
	if w := tk.Norm; names.IsFirstName(w) && names.FirstNameRank(w) <= 1200 && !names.IsPlace(w) && !ts.sentenceEndsAfter(i) &&
		ts.isWord(ts.prev(i-1), "by", "from", "one", "than") && !ts.townAfterFrom(i) && !ts.shopAfterFrom(i) && !ts.isWord(ts.next(i+1), "and", "to", "into", "via") &&
		!ts.placeEndsNext(i) && !(ts.next(i+1) < len(ts.Toks) && (placeWords[ts.Toks[ts.next(i+1)].Norm] || streetSuffixes[ts.Toks[ts.next(i+1)].Norm])) {
		// A name the person recognizer takes for a place's after these
		// words: "derived by dan using", "clear from dan that".
		return true
	}
	if ts.afterPreposition(i) {
		return false
	}
	if ts.personVerbNext(i) {
		return ts.firstNameAt(i) || !ts.spokenOfAsThey(i) // (not "marriott said they'd")
	}
	n := ts.next(i + 1)
	return ts.isWord(n, "and") && ts.isWord(ts.next(n+1), "i") && !ts.isWord(ts.next(ts.next(n+1)+1), "mean", "guess", "think")
}

// lowerTurnVocative reports whether token i, in a lowercase transcript, is
// a name word (lowerNameWord) said to the one spoken to at a turn's edge:
// its last word after "you", "your" or "please" in the turn ("do you want
// to go next okonkwo"), or its first (after a discourse word) before a
// question or the speaker's clause ("thandeka do you have", "well okonkwo
// what do you think").
func (ts *Tokens) lowerTurnVocative(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last || !ts.lowerNameAt(i) || ts.afterPreposition(i) {
		return false
	}
	if ts.turn[tk.Last] || ts.next(i+1) >= len(ts.Toks) {
		for p, n := ts.prev(i-1), 0; p >= 0 && n < 8 && !ts.turn[ts.Toks[p].Last]; p, n = ts.prev(p-1), n+1 {
			if ts.isWord(p, "you", "your", "please") {
				return true
			}
		}
		return false
	}
	p := ts.prev(i - 1)
	for p >= 0 && !ts.turn[ts.Toks[p].Last] && ts.isWord(p, "well", "so", "okay", "ok", "right", "and", "now", "sorry") {
		p = ts.prev(p - 1)
	}
	if p >= 0 && !ts.turn[ts.Toks[p].Last] {
		return false
	}
	// (Not "is", "will", "have" after it: "dob is", "ign is short for".)
	// "you" after it, or a question with "you" in it, is to the one named;
	// the speaker's "i" or "we" only after a listed name (not "linux we
	// tried").
	n := ts.next(i + 1)
	if ts.isWord(n, "go") && ts.isWord(ts.next(n+1), "ahead") && !ts.turn[ts.Toks[n].Last] {
		return true // "okay bastian go ahead": the one handed the floor
	}
	if n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || !vocativeFollowers[ts.Toks[n].Norm] || vocativeSubjectVerbs[ts.Toks[n].Norm] {
		return false
	}
	switch w := ts.Toks[n].Norm; {
	case strings.HasPrefix(w, "you"):
		return true
	case vocativeQuestionOpeners[w]:
		for j, k := ts.next(n+1), 0; j < len(ts.Toks) && k < 4 && !ts.turn[ts.Toks[j-1].Last]; j, k = ts.next(j+1), k+1 {
			if ts.Toks[j].Kind == KindWord && strings.HasPrefix(ts.Toks[j].Norm, "you") {
				return true
			}
		}
		return false
	}
	return ts.firstNameAt(i) || ts.surnameAt(i)
}

// vocativeQuestionOpeners open a question to the one just named: "okonkwo do you".
var vocativeQuestionOpeners = map[string]bool{"do": true, "did": true, "can": true, "could": true, "would": true, "how": true,
	"what": true, "what's": true, "why": true, "where": true, "when": true, "who": true, "which": true, "are": true}

// vocativeSubjectVerbs follow a word as its verb as readily as they ask something
// of the one named: "Okonkwo, are you" but "okonkwo is here".
var vocativeSubjectVerbs = map[string]bool{"is": true, "are": true, "have": true, "will": true, "does": true, "go": true,
	"tell": true, "show": true, "please": true, "thanks": true, "thank": true}

// afterPreposition reports whether a preposition or an article comes right
// before token i ("trained on Macrophone", "studied in Victoria", "about
// SmartKom"): what follows is a thing or a place more often than a
// person spoken to or acting.
func (ts *Tokens) afterPreposition(i int) bool {
	return ts.isWord(ts.prev(i-1), "in", "on", "at", "to", "into", "onto", "from", "of", "about", "with", "for",
		"by", "using", "via", "near", "the", "a", "an", "this", "that", "our", "their", "his", "her", "my", "your")
}

// afterGo reports whether token i, in a lowercase transcript, is a name
// word that is no English word right after "go" or "go ahead" at the end
// of a turn or before what the speaker says next: the one invited to speak
// ("do you want to go okonkwo").
func (ts *Tokens) afterGo(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last || !ts.lowerNameAt(i) || ts.englishAt(i) {
		return false
	}
	p := ts.prev(i - 1)
	if ts.isWord(p, "ahead") {
		p = ts.prev(p - 1)
	}
	return ts.isWord(p, "go") && !ts.turn[ts.Toks[p].Last]
}

// listedPair reports whether token i is a name word joined by "and" or
// "or" to another name word ("liz and andreas", "Okonkwo and Thandeka",
// "either dagny or ifeoma": person16): lowercase,
// both listed first names that are no common words or surnames that are no
// words; cased, both capitalised name words inside a sentence.
func (ts *Tokens) listedPair(i int) bool {
	tk := &ts.Toks[i]
	if tk.First != tk.Last {
		return false
	}
	ok := func(j int) bool {
		if j < 0 || j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || ts.Toks[j].First != ts.Toks[j].Last {
			return false
		}
		if ts.Cased {
			return ts.Capitalised(ts.Toks[j].First) && ts.speechNameAt(j, true, false) &&
				(ts.firstNameAt(j) || ts.surnameAt(j)) && !ts.commonAt(j)
		}
		return ts.speechNameAt(j, false, true)
	}
	if !ok(i) || ts.Cased && !ts.capitalInside(i) {
		return false
	}
	if n := ts.next(i + 1); ts.isWord(n, "and", "or") && !ts.sentenceEndsAfter(i) && !ts.sentenceEndsAfter(n) && ok(ts.next(n+1)) &&
		!ts.afterPreposition(i) {
		return true
	}
	p := ts.prev(i - 1)
	return ts.isWord(p, "and", "or") && !ts.sentenceEndsAfter(p) && ok(ts.prev(p-1)) && !ts.afterPreposition(ts.prev(p-1)) &&
		(!ts.Cased || ts.capitalInside(ts.prev(p-1)))
}

// discourseMarkers open or close what a speaker says around the name of
// the one addressed: "okay roo okay", "um thandeka i would like".
var discourseMarkers = map[string]bool{"okay": true, "ok": true, "alright": true, "yes": true, "yeah": true,
	"right": true, "so": true, "well": true, "hi": true, "hey": true, "thanks": true, "sorry": true}

// betweenMarkers reports whether token i, in a lowercase transcript, is a
// listed name that is no word (a first name that is no common word, or a
// surname that is no English word) said between a filler or a discourse
// marker and another, or the speaker's "i", "you" or a question: the one
// spoken to ("um okonkwo okay", "okay thandeka i would like").
func (ts *Tokens) betweenMarkers(i int) bool {
	tk := &ts.Toks[i]
	if ts.Cased || tk.First != tk.Last || !ts.speechNameAt(i, false, true) || ts.englishAt(i) || i == 0 || i+1 >= len(ts.Toks) {
		return false
	}
	marker := func(j int) bool {
		t := &ts.Toks[j]
		return t.Kind == KindFiller || t.Kind == KindWord && discourseMarkers[t.Norm]
	}
	if !marker(i-1) || ts.turn[ts.Toks[i-1].Last] {
		return false
	}
	n := &ts.Toks[i+1]
	return marker(i+1) || n.Kind == KindWord && (n.Norm == "i" || n.Norm == "you" || n.Norm == "which" || n.Norm == "what" ||
		n.Norm == "how" || n.Norm == "do" || n.Norm == "did" || n.Norm == "can" || n.Norm == "could" || n.Norm == "would")
}
