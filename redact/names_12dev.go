package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// Names talked about with no cue in conversational speech (session 15,
// names12dev: set12's meetings, set14's commands to an assistant, family
// calls and voicemails), mostly in lowercase transcripts where no capital
// tells a name. A "listed name" here is strictListedName's: a listed
// first name that is no common word, or a listed surname that is no
// English word, and no place, brand or organisation.
//
//   - Subject after an adverb or of a verb in the past or in "-s" right
//     after a clause opens: "i think tomasz still has the ladder", "yeah
//     ramesh broke the build", "i think okonkwo owns that" (clauseVerbs,
//     irregularPast).
//   - Object of a verb that gives or takes someone somewhere, before what
//     is given or a particle: "buy noor a card", "i'll bring mateus over".
//   - "for" a listed first name "to" do something: "wait for sunita to join".
//   - The subject of a question after its auxiliary opening the clause:
//     "did kasia merge it", "is ngozi still there".
//   - A listed name joined by "and" to a word in no list that is no
//     English word, or to "his"/"her" and a kin word, before a verb:
//     "takahashi and lindqvist are reviewing it", "olumide and his brother
//     are staying"; cased, a listed name opening its sentence so joined
//     ("Szymanski and Obi are on call").
//   - A word in no list with "'s" for "is" before a verb in "-ing" right
//     after a clause opens: "so thandeka's moving in".
//   - A listed first name opening a turn before "it's me" or "it's your":
//     "svetlana it's your mother".
//   - A first name that is also a word after aunt, uncle, cousin, grandma
//     ... as a title: "call aunt lupe and uncle ray".
//
// None of them finds a name that is also an English word outside the
// title slot ("wen's team", "text summer happy birthday"), a name in no
// list as a subject of an ordinary verb ("oyelowo's slides were good"), or
// a name said after an article or a preposition of place. Each reads at
// most two words before and three after.

// adverbsBeforeVerb stand between a subject and its verb: "tomasz still has".
var adverbsBeforeVerb = map[string]bool{"still": true, "just": true, "also": true, "already": true, "never": true,
	"always": true, "really": true, "actually": true, "usually": true, "finally": true, "probably": true}

// irregularPast are verbs in the past, not ending in "-ed", that
// pastVerbs does not hold.
var irregularPast = map[string]bool{"broke": true, "drove": true, "flew": true, "fell": true, "spoke": true,
	"wore": true, "chose": true, "froze": true, "stole": true, "woke": true, "rode": true, "sold": true,
	"paid": true, "heard": true, "held": true, "met": true, "meant": true, "sat": true, "stood": true,
	"taught": true, "caught": true, "fought": true, "hung": true, "threw": true, "grew": true, "drew": true,
	"forgot": true, "shot": true, "led": true, "fed": true, "slept": true, "spent": true, "lent": true,
	"dropped": true, "quit": true, "hit": true, "let": true, "moved": true, "owes": true, "needs": true,
	"owns": true, "has": true, "works": true, "lives": true, "handles": true, "runs": true, "keeps": true,
	"loves": true, "hates": true, "pays": true, "drives": true, "uses": true, "calls": true, "plays": true,
	"helps": true, "manages": true, "covers": true, "teaches": true, "fixes": true, "starts": true,
	"leaves": true, "stays": true, "misses": true, "owned": true, "wrote": true}

// transferVerbs give something to someone or take someone somewhere:
// the listed name after them is the person ("buy noor a card", "bring
// mateus over").
var transferVerbs = map[string]bool{"buy": true, "bought": true, "get": true, "send": true, "give": true,
	"gave": true, "bring": true, "brought": true, "show": true, "showed": true, "make": true, "pay": true,
	"paid": true, "owe": true, "lend": true, "drive": true, "drove": true, "take": true, "took": true,
	"drop": true, "walk": true, "invite": true, "have": true, "let": true, "wish": true}

// transferTails follow the person after a verb of transferVerbs: what is
// given, or where the person is taken.
var transferTails = map[string]bool{"a": true, "an": true, "some": true, "my": true, "his": true, "her": true,
	"their": true, "our": true, "over": true, "back": true, "home": true, "along": true, "around": true,
	"off": true, "happy": true}

// kinTitles are said right before a relative's first name, also one that
// is an English word ("aunt rose", "uncle ray").
var kinTitles = map[string]bool{"aunt": true, "auntie": true, "aunty": true, "uncle": true, "cousin": true,
	"grandma": true, "grandpa": true, "granny": true, "nana": true, "grandad": true, "granddad": true}

// names12devName reports whether token i is a name of one of the forms
// the comment above lists.
func (ts *Tokens) names12devName(i int) bool {
	tk := &ts.Toks[i]
	if tk.Kind != KindWord || tk.First != tk.Last {
		return false
	}
	if ts.Cased {
		return ts.casedOpeningPair(i) || ts.capitalInside(i) && ts.subjectBeforeHedge(i)
	}
	w := tk.Norm
	if tk.in(wcPersonStop) || len(w) < 3 {
		return false // (a bit for most words of a call: no name is a stop word)
	}
	if strings.HasSuffix(w, "'s") {
		return ts.lowerPossessiveIng(i) || ts.lowerPossessivePerfect(i) || ts.lowerSecondPossessive(i)
	}
	p, n := ts.prev(i-1), ts.next(i+1)
	if ts.lowerRoleApposition(i) || (ts.subjectBeforeHedge(i) || ts.subjectGonna(i)) && ts.clauseOpensBeforeName(i) || ts.lowerNamePair(i) {
		return true
	}
	if p >= 0 && kinTitles[ts.Toks[p].Norm] && !ts.sentenceEndsAfter(p) && !ts.turn[ts.Toks[p].Last] {
		if ts.wordFirstNameAt(i) || ts.lowerNameAt(i) {
			return !ts.ownedBefore(p) || ts.isWord(ts.prev(p-1), "my", "our", "your", "his", "her") // (not "the aunt ...")
		}
	}
	// Every form below wants a lowercase name word (strictListedAt, which
	// implies it at three letters, or lowerNameAt): a kept answer asked
	// before the lists of the next word (task speed19).
	if !ts.lowerNameAt(i) || n >= len(ts.Toks) || ts.turn[tk.Last] || ts.sentenceEndsAfter(i) || ts.Toks[n].Kind != KindWord {
		return false
	}
	nw := ts.Toks[n].Norm
	switch {
	case adverbsBeforeVerb[nw] || irregularPast[nw] || pastVerbs[nw] || personVerbs[nw] || auxVerbs[nw]:
		if !ts.strictListedAt(i) || !ts.clauseOpensBeforeName(i) {
			return false
		}
		if adverbsBeforeVerb[nw] {
			v := ts.next(n + 1)
			return !ts.sentenceEndsAfter(n) && (ts.wordIn(v, auxVerbs) || ts.wordIn(v, irregularPast) || ts.wordIn(v, pastVerbs) || ts.wordIn(v, personVerbs))
		}
		return !ts.spokenOfAsThey(i) || ts.firstNameAt(i)
	case transferTails[nw]:
		return ts.wordIn(p, transferVerbs) && !ts.turn[ts.Toks[p].Last] && ts.strictListedAt(i) && ts.firstNameAt(i)
	case nw == "to":
		v := ts.next(n + 1)
		return ts.isWord(p, "for") && v < len(ts.Toks) && ts.Toks[v].Kind == KindWord && ts.englishAt(v) &&
			ts.strictListedAt(i) && ts.firstNameAt(i)
	case nw == "it's":
		v := ts.next(n + 1)
		return (p < 0 || ts.turn[ts.Toks[p].Last]) && (ts.isWord(v, "me", "your", "mom", "mum", "dad") || ts.wordIn(v, kinNoun)) &&
			ts.strictListedAt(i) && ts.firstNameAt(i)
	case nw == "and":
		return ts.lowerLooseNamePair(i, n)
	}
	if ts.isWord(p, "and") && !ts.strictListedAt(i) && ts.lowerNameAt(i) && !ts.englishAt(i) && !ts.sentenceEndsAfter(p) {
		q := ts.prev(p - 1)
		return q >= 0 && ts.Toks[q].Kind == KindWord && ts.Toks[q].First == ts.Toks[q].Last && ts.lowerLooseNamePair(q, p)
	}
	if q := ts.prev(p - 1); p >= 0 && questionAux[ts.Toks[p].Norm] && (q < 0 || ts.turn[ts.Toks[q].Last] || ts.wordIn(q, clauseOpenersBefore)) {
		return !adverbsBeforeVerb[nw] && names.IsEnglishWord(nw) && !stopAfterQuestionSubject[nw] && ts.strictListedAt(i) && !ts.turn[ts.Toks[p].Last]
	}
	return false
}

// stopAfterQuestionSubject follow a word after a question's auxiliary
// where that word is no person: "is linux and", "did cambridge in".
var stopAfterQuestionSubject = map[string]bool{"and": true, "or": true, "in": true, "on": true, "at": true, "of": true,
	"to": true, "for": true, "from": true, "with": true, "the": true, "a": true, "an": true, "is": true, "are": true}

// clauseOpensBeforeName reports whether a clause opens right before token i:
// the turn's start, a word that opens a clause ("so", "yeah", "i think"),
// or "that", "until" and the like after a word.
func (ts *Tokens) clauseOpensBeforeName(i int) bool {
	p := ts.prev(i - 1)
	if p < 0 || ts.turn[ts.Toks[p].Last] || ts.sentenceEndsAfter(p) {
		return true
	}
	return ts.wordIn(p, clauseOpenersBefore) || ts.isWord(p, "until", "till", "once", "after", "before", "while", "unless", "honestly")
}

// lowerLooseNamePair reports whether token i, a listed name, is joined by
// "and" (token n) to a word in no list that is no English word, or to a
// possessive and a kin word, before a verb: "takahashi and lindqvist are",
// "olumide and his brother are". The other side of a pair of unlisted
// words is found from the listed one's side only.
func (ts *Tokens) lowerLooseNamePair(i, n int) bool {
	if ts.sentenceEndsAfter(n) || !ts.strictListedAt(i) || ts.afterPreposition(i) || ts.ownedBefore(i) {
		return false
	}
	o := ts.next(n + 1)
	if o >= len(ts.Toks) || ts.Toks[o].Kind != KindWord {
		return false
	}
	if ts.isWord(o, "his", "her", "their", "my") {
		k := ts.next(o + 1)
		return ts.wordIn(k, kinNoun) && ts.pluralVerbAfter(k)
	}
	return ts.lowerNameAt(o) && !ts.englishAt(o) && ts.pluralVerbAfter(o)
}

// pluralVerbs follow two people as their verb.
var pluralVerbs = map[string]bool{"are": true, "were": true, "have": true, "had": true, "will": true, "can": true,
	"could": true, "should": true, "both": true, "did": true, "said": true, "went": true, "came": true, "got": true,
	"don't": true, "didn't": true, "won't": true, "can't": true, "aren't": true, "weren't": true, "want": true,
	"think": true, "took": true, "left": true, "told": true}

// pluralVerbAfter reports whether a verb of pluralVerbs follows token k in
// its sentence.
func (ts *Tokens) pluralVerbAfter(k int) bool {
	return !ts.sentenceEndsAfter(k) && ts.wordIn(ts.next(k+1), pluralVerbs)
}

// lowerPossessiveIng reports whether token i, in a lowercase transcript,
// is a word in no list (or a listed name) with "'s" for "is" before a
// verb in "-ing", right after a clause opens: "so thandeka's moving in".
func (ts *Tokens) lowerPossessiveIng(i int) bool {
	k, _ := possessiveStem(ts.Toks[i].Norm)
	n := ts.next(i + 1)
	if ts.sentenceEndsAfter(i) || n >= len(ts.Toks) || ts.Toks[n].Kind != KindWord || ts.turn[ts.Toks[i].Last] {
		return false
	}
	v := ts.Toks[n].Norm
	if len(v) < 6 || !strings.HasSuffix(v, "ing") || !names.IsEnglishWord(v) || ingNouns[v] {
		return false
	}
	p := ts.prev(i - 1)
	return (p < 0 || ts.turn[ts.Toks[p].Last] || ts.wordIn(p, clauseOpenersBefore)) &&
		(strictListedName(k) || lowerNameWord(k) && !names.IsEnglishWord(k) && !appDoings[v])
}

// appDoings are what an app, a site or a device is said to be doing as
// readily as a person: a word in no list before them is no one ("so
// zillow's showing a new price", made-up; review17). What people do as
// often (running, working, holding) is not among them.
var appDoings = map[string]bool{"showing": true, "charging": true, "displaying": true, "listing": true,
	"loading": true, "crashing": true, "blocking": true, "flagging": true,
	"updating": true, "glitching": true, "freezing": true, "lagging": true, "failing": true,
	"declining": true, "rejecting": true, "buffering": true, "syncing": true}

// ingNouns end in "-ing" but are things a possessive owns: "tomasz's
// meeting", which is a name's anyway, is not among them since either
// reading is the person.
var ingNouns = map[string]bool{"building": true, "thing": true, "things": true, "morning": true, "evening": true,
	"clothing": true, "ceiling": true, "pudding": true, "wedding": true, "training": true, "setting": true,
	"settings": true, "string": true, "spring": true, "king": true, "ring": true, "wing": true, "offering": true,
	"housing": true, "funding": true, "parking": true, "shipping": true, "pricing": true, "billing": true,
	"recording": true, "recordings": true, "ranking": true, "encoding": true, "decoding": true, "smoothing": true,
	"processing": true, "labeling": true, "labelling": true, "modeling": true, "modelling": true, "tracking": true}

// casedOpeningPair reports whether token i, capitalised in a cased
// transcript, is one of two name words joined by "and" where the first
// opens its sentence and the pair is the subject of a verb: "Szymanski
// and Obi are on call", "Takahashi and Lindqvist are reviewing it". Inside
// a sentence listedPair reads the pair; opening it, the capital says
// nothing, so one of the two is to be a listed name that is no common
// word.
func (ts *Tokens) casedOpeningPair(i int) bool {
	tk := &ts.Toks[i]
	if !ts.Capitalised(tk.First) || strings.ContainsRune(tk.Norm, '\'') || !ts.speechNameAt(i, true, false) {
		return false
	}
	first, second := i, -1
	if ts.SentenceStart(tk.First) {
		n := ts.next(i + 1)
		if !ts.isWord(n, "and") || ts.sentenceEndsAfter(i) || ts.sentenceEndsAfter(n) {
			return false
		}
		second = ts.next(n + 1)
	} else {
		p := ts.prev(i - 1)
		if !ts.isWord(p, "and") || ts.sentenceEndsAfter(p) {
			return false
		}
		first, second = ts.prev(p-1), i
		if first < 0 || !ts.SentenceStart(ts.Toks[first].First) {
			return false
		}
	}
	if second >= len(ts.Toks) || ts.Toks[second].Kind != KindWord {
		return false
	}
	if first == i && ts.isWord(second, "his", "her", "their", "my") {
		// "Olumide and his brother are staying with us."
		k := ts.next(second + 1)
		return ts.firstNameAt(i) && !ts.commonAt(i) && !ts.englishAt(i) &&
			!ts.wordIn(i, sentenceOpeners) && ts.wordIn(k, kinNoun) && ts.pluralVerbAfter(k)
	}
	if !ts.capitalInside(second) {
		return false
	}
	a, b := ts.Toks[first].Norm, ts.Toks[second].Norm
	if !ts.Capitalised(ts.Toks[first].First) || !speechNameWord(a, true, false) || !speechNameWord(b, true, false) ||
		ts.wordIn(first, sentenceOpeners) || strings.ContainsRune(b, '\'') {
		return false
	}
	listed := func(w string) bool {
		return (names.IsFirstName(w) || names.IsSurname(w)) && !names.IsCommonWord(w) && !names.IsEnglishWord(w)
	}
	return (listed(a) || listed(b)) && ts.pluralVerbAfter(second)
}

// jobRoles are what people in a meeting or a team are, said right before
// the person's name: "our marketing expert ruud", "the new intern
// chiamaka".
var jobRoles = map[string]bool{"expert": true, "designer": true, "engineer": true, "developer": true,
	"intern": true, "analyst": true, "consultant": true, "technician": true, "secretary": true,
	"coordinator": true, "administrator": true, "advisor": true, "adviser": true, "student": true,
	"postdoc": true, "researcher": true, "programmer": true, "lead": true, "director": true, "assistant": true}

// lowerRoleApposition reports whether token i, in a lowercase transcript,
// is a name word that is no English word (lowerNameWord) right after a
// job (jobRoles) the speaker gives it: "the waiting is for our marketing
// expert ruud", "ask the intern chiamaka".
func (ts *Tokens) lowerRoleApposition(i int) bool {
	if !ts.lowerNameAt(i) || ts.englishAt(i) {
		return false // (the kept answers before the role list: task speed19)
	}
	p := ts.prev(i - 1)
	return p >= 0 && ts.wordIn(p, jobRoles) && !ts.sentenceEndsAfter(p) && !ts.turn[ts.Toks[p].Last]
}

// lowerNamePair reports whether token i, in a lowercase transcript, is the
// second of two words of a full name with no cue (the recognizer's
// finding takes in the first): a first name of the 1,500 most
// frequent, also one that is a word ("mark"), before a listed surname
// that is no English word: "a personal interest on the part of mark
// liberman". Not a verb, a modal, a month or a word of acknowledgement
// before the surname ("will okafor be in"), nor a firm's name after "at",
// "from", "with" or before "llp".
func (ts *Tokens) lowerNamePair(i int) bool {
	a, b := ts.prev(i-1), i
	if a < 0 || ts.Toks[a].Kind != KindWord || ts.Toks[a].in(wcPersonStop) || ts.sentenceEndsAfter(a) || ts.turn[ts.Toks[a].Last] || !ts.lowerSurnameAt(b) {
		return false
	}
	t := &ts.Toks[a]
	if t.First != t.Last || len(t.Norm) < 3 || t.in(wcLetterSoundAlike) || ts.Toks[b].in(wcLetterSoundAlike) || ts.numberNear(ts.prev(a-1)) || ts.numberNear(ts.next(b+1)) {
		return false // letters spelled, a town after a house number, a craft's call sign: "en ee ess", "thirty lutten klein", "apollo eight"
	}
	// (A surname in no list after it, "hynek hermansky", is as often two
	// stars or a town and its county; two surnames, "burke ellison", or a
	// name after "at", "from", "with", as often a firm: not read.)
	q := ts.prev(a - 1)
	if ts.afterPreposition(a) && !ts.isWord(q, "of", "about") || ts.wordIn(ts.next(b+1), organisationWords) {
		return false
	}
	w := t.Norm
	if !names.IsFirstName(w) {
		return false
	}
	// (A first name that is also a verb only where no verb goes: "the part
	// of mark liberman".)
	return names.FirstNameRank(w) <= 1500 && speechNameWord(w, false, false) && !auxVerbs[w] && (!verbNames[w] || ts.isWord(q, "of", "about")) &&
		!questionAux[w] && !vocativeFollowers[w] && !ackWords[w] && !radioAlphabet[w] && months[w] == 0 && !weekdays[w] &&
		!contactVerbs[w] || !names.IsCommonWord(w) && !names.IsEnglishWord(w)
}

// numberNear reports whether token j is a number in digits or words.
func (ts *Tokens) numberNear(j int) bool {
	if j < 0 || j >= len(ts.Toks) {
		return false
	}
	switch ts.Toks[j].Kind {
	case KindNumber, KindMeasure, KindOrdinal:
		return true
	case KindWord:
		nw, ok := numWords[ts.Toks[j].Norm]
		return ok && nw.cls != pOh
	}
	return false
}

// lowerSurnameAt reports whether token j is a listed surname that is no
// English word and no listed first name of the 1,500 most frequent.
func (ts *Tokens) lowerSurnameAt(j int) bool {
	if j < 0 || j >= len(ts.Toks) || ts.Toks[j].Kind != KindWord || ts.Toks[j].First != ts.Toks[j].Last {
		return false
	}
	w := ts.Toks[j].Norm
	return ts.surnameAt(j) && ts.strictListedAt(j) && !(ts.firstNameAt(j) && names.FirstNameRank(w) <= 1500)
}

// hedges stand between a subject and its verb: "don sort of propagated".
var hedges = map[string]bool{"sort": true, "kind": true}

// subjectBeforeHedge reports whether token i, a first name (also one that
// is a word) or a listed name, is the subject of a verb in the past after
// "sort of" or "kind of": "so don sort of um propagated the punctuation".
// Cased, the name is capitalised inside its sentence.
func (ts *Tokens) subjectBeforeHedge(i int) bool {
	if !ts.wordFirstNameAt(i) && !ts.strictListedAt(i) && !(ts.firstNameAt(i) && ts.speechNameAt(i, true, false)) {
		return false // (the name it ends on, in kept bits, before the lists of the words after: task speed19)
	}
	n := ts.next(i + 1)
	if !ts.wordIn(n, hedges) || ts.sentenceEndsAfter(i) || !ts.isWord(ts.next(n+1), "of") {
		return false
	}
	v := ts.next(ts.next(n+1) + 1)
	if v >= len(ts.Toks) || ts.Toks[v].Kind != KindWord {
		return false
	}
	vw := ts.Toks[v].Norm
	if !(pastVerbs[vw] || irregularPast[vw] || personVerbs[vw] || len(vw) > 4 && strings.HasSuffix(vw, "ed") && names.IsEnglishWord(vw)) {
		return false
	}
	return (ts.wordFirstNameAt(i) || ts.strictListedAt(i) || ts.firstNameAt(i) && ts.speechNameAt(i, true, false)) && !ts.ownedBefore(i)
}

// subjectGonna reports whether token i, a first name (also one that is a
// word) or a listed name, is the subject of "is gonna" or "is going to":
// "and don is gonna be helping out", "so priya was going to send it".
func (ts *Tokens) subjectGonna(i int) bool {
	if !ts.wordFirstNameAt(i) && !ts.strictListedAt(i) {
		return false // (kept bits first: task speed19)
	}
	n := ts.next(i + 1)
	if !ts.isWord(n, "is", "was") || ts.sentenceEndsAfter(i) || ts.sentenceEndsAfter(n) || !ts.isWord(ts.next(n+1), "gonna", "going") {
		return false
	}
	return (ts.wordFirstNameAt(i) || ts.strictListedAt(i)) && !ts.ownedBefore(i)
}

// perfectAdverbs stand between "'s" for "has" and its participle:
// "johno's already done that".
var perfectAdverbs = map[string]bool{"already": true, "just": true, "never": true, "always": true, "also": true, "finally": true}

// lowerPossessivePerfect reports whether token i, in a lowercase
// transcript, is a name word with "'s" for "has" before an adverb and a
// participle, right after a clause opens: "and johno's already done that",
// "so tomasz's just left".
func (ts *Tokens) lowerPossessivePerfect(i int) bool {
	n := ts.next(i + 1)
	if ts.sentenceEndsAfter(i) || !ts.wordIn(n, perfectAdverbs) || ts.sentenceEndsAfter(n) {
		return false
	}
	v := ts.next(n + 1)
	if v >= len(ts.Toks) || ts.Toks[v].Kind != KindWord {
		return false
	}
	vw := ts.Toks[v].Norm
	if !(vw == "done" || vw == "been" || vw == "gone" || vw == "got" || vw == "gotten" || vw == "left" || vw == "sent" ||
		vw == "told" || vw == "said" || vw == "written" || vw == "taken" || len(vw) > 4 && strings.HasSuffix(vw, "ed") && names.IsEnglishWord(vw)) {
		return false
	}
	k, _ := possessiveStem(ts.Toks[i].Norm)
	p := ts.prev(i - 1)
	return (p < 0 || ts.turn[ts.Toks[p].Last] || ts.wordIn(p, clauseOpenersBefore)) &&
		(strictListedName(k) || wordFirstName(k) || lowerNameWord(k) && !names.IsEnglishWord(k))
}

// lowerSecondPossessive reports whether token i, in a lowercase
// transcript, is a listed surname that is no English word with "'s"
// right after a listed first name with "'s": the speaker says the first
// name and then the surname, both possessive ("waiting there for brian's
// kingsbury's work").
func (ts *Tokens) lowerSecondPossessive(i int) bool {
	p := ts.prev(i - 1)
	if p < 0 || ts.sentenceEndsAfter(p) || ts.turn[ts.Toks[p].Last] || ts.Toks[p].Kind != KindWord {
		return false
	}
	a, ok := possessiveStem(ts.Toks[p].Norm)
	k, _ := possessiveStem(ts.Toks[i].Norm)
	return ok && names.IsFirstName(a) && !names.IsCommonWord(a) && speechNameWord(a, false, true) &&
		names.IsSurname(k) && strictListedName(k)
}

// shopPrepositions put a shop named with "'s" after them: "at Walgreen's",
// "from Kohl's".
var shopPrepositions = map[string]bool{"at": true, "from": true, "to": true, "outside": true, "into": true, "near": true, "inside": true}

// unlistedShopPossessive reports whether token i, a word k with "'s" in a
// cased transcript, is a shop's name: capitalised, in no list of names,
// right after a preposition of place and ending its sentence, so that it
// owns nothing ("I need stuff from Walgreen's.", "meet me outside
// Dillard's."). A listed name there is a person's home ("we went to
// Rahul's") and stays the person's.
func (ts *Tokens) unlistedShopPossessive(i int, k string) bool {
	if !ts.Cased || !ts.sentenceEndsAfter(i) || !ts.wordIn(ts.prev(i-1), shopPrepositions) || names.IsFirstName(k) || names.IsSurname(k) {
		return false
	}
	return ts.Capitalised(ts.Toks[i].First)
}

// shopLeadBefore reports whether transcript word i, a name said again with
// "'s", follows a word that opens a shop's name on the same channel
// (possessiveBusinessLeads, not a relative or a title): "my cousin Joe
// works at Trader Joe's" names Joe once. lower holds lowerWord of each word.
func shopLeadBefore(t *transcript.Transcript, lower []string, i int) bool {
	if !strings.HasSuffix(lower[i], "'s") && !strings.HasSuffix(lower[i], "’s") {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if t.Words[k].Channel != t.Words[i].Channel {
			continue
		}
		p := lower[k]
		return possessiveBusinessLeads[p] && !kinTitles[p] && p != "mr" && p != "mrs" && !strings.ContainsAny(t.Words[k].Punct, ".?!,")
	}
	return false
}
