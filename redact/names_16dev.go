package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// Names said in passing in public talk and on calls (session 15,
// names16dev; measured in names16dev_probe_test.go and on set16's dev
// half):
//
//   - a role or office said right before a name that is also a word
//     ("Coach Wood says", "judge sharp runs the court", "Commissioner
//     King", "officer stone took my statement"): cased, both words
//     capitalised; lowercase, a listed surname or first name that is no
//     function word, with no article before the role, and then a verb of
//     what a person did, a possessive, or the turn's end after a verb or a
//     preposition ("I wrote to councilman ward"). The role is not part of
//     the finding.
//   - in a lowercase transcript, a word that can only be a name (a listed
//     first name that is no common word, or a listed surname that is no
//     English word) as the subject of what a person did ("the principal
//     was there nakashima spoke") or after a verb or preposition that takes
//     a person ("working with ngozi", "seconded by abubakar").
//
// What it cannot do: a name that is also a word with no role before it
// ("we talked to young"), a role before a word that is a name only there
// ("coach class" is no one, and neither would "coach wood" be before a
// noun). The pass reads one word before the role and two after, once over
// the transcript's words: O(words).

// roleTitles16 are roles said right before a person's name beyond the
// offices of officeTitles ("Coach Wood", "Principal Moss", "Trustee
// Baker", "Officer Stone").
var roleTitles16 = map[string]bool{"coach": true, "principal": true, "trustee": true, "officer": true, "pastor": true,
	"deputy": true, "inspector": true, "dean": true, "agent": true, "detective": true, "captain": true, "corporal": true,
	"trooper": true, "deacon": true, "bishop": true, "marshal": true, "constable": true, "warden": true,
	"director": true, "treasurer": true, "assemblyman": true, "assemblywoman": true, "assemblymember": true,
	"delegate": true, "selectman": true, "selectwoman": true, "alderwoman": true, "chairperson": true,
	"magistrate": true, "commander": true, "nurse": true, "ranger": true, "provost": true, "vicar": true,
	"sergeant": true, "lieutenant": true, "sheriff": true, "judge": true, "superintendent": true,
	"commissioner": true, "alderman": true, "councilman": true, "councilwoman": true, "councilmember": true,
	"senator": true, "governor": true, "mayor": true, "representative": true, "congressman": true,
	"congresswoman": true, "chairman": true, "chairwoman": true, "chief": true, "reverend": true, "rabbi": true}

// roleNotNames are words said after a role that name no one ("coach
// class", "officer training", "principal amount", "deputy director").
var roleNotNames = map[string]bool{"class": true, "training": true, "amount": true, "will": true, "may": true,
	"said": true, "says": true, "more": true, "well": true, "best": true, "good": true, "early": true, "just": true,
	"now": true, "then": true, "still": true, "also": true, "even": true, "only": true, "first": true, "last": true,
	"next": true, "back": true, "over": true, "down": true, "up": true, "out": true, "elect": true, "general": true,
	"major": true, "house": true, "way": true, "day": true, "state": true, "office": true, "board": true, "hall": true,
	"person": true, "bus": true, "seat": true, "seats": true, "fare": true, "trip": true, "ticket": true, "list": true,
	"executive": true, "financial": true, "operating": true, "residence": true, "sum": true, "balance": true,
	"payment": true, "payments": true, "investigator": true, "practitioner": true, "orange": true, "all": true,
	"and": true, "or": true, "but": true, "pro": true, "emeritus": true, "tem": true, "justice": true, "judge": true,
	"even-handed": true, "court": true, "meeting": true, "role": true, "job": true, "position": true, "team": true,
	"staff": true, "too": true, "very": true, "so": true, "really": true, "never": true, "always": true,
	"who": true, "which": true, "that": true, "there": true, "here": true, "when": true, "what": true, "ahead": true}

// roleVerbs16 are verbs of what a person did or does, said after a name
// as its subject, beyond personVerbs and subjectAuxes.
var roleVerbs16 = map[string]bool{"spoke": true, "speaks": true, "quoted": true, "seems": true, "seemed": true,
	"voted": true, "votes": true, "moved": true, "seconded": true, "blamed": true, "blames": true, "led": true,
	"leads": true, "opposes": true, "opposed": true, "supports": true, "supported": true, "runs": true, "ran": true,
	"cut": true, "threw": true, "took": true, "takes": true, "gave": true, "gives": true, "found": true,
	"closed": true, "came": true, "comes": true, "held": true, "holds": true, "sent": true, "signed": true,
	"asked": true, "wrote": true, "never": true, "always": true, "was": true, "is": true, "has": true, "had": true,
	"will": true, "would": true, "could": true, "can": true, "should": true, "did": true, "does": true,
	"won't": true, "didn't": true, "doesn't": true, "isn't": true, "wasn't": true, "approved": true,
	"denied": true, "handled": true, "ruled": true, "testified": true, "answered": true, "raised": true,
	"introduced": true, "proposed": true, "called": true, "mentioned": true, "promised": true, "quit": true,
	"resigned": true, "retired": true, "stepped": true, "went": true, "got": true, "made": true, "met": true,
	"wants": true, "said": true, "says": true, "told": true, "thinks": true, "knows": true, "needs": true,
	"steps": true, "insisted": true, "insists": true}

// objectLeads16 are verbs and prepositions that take a person after
// them, in a lowercase transcript ("working with ngozi", "seconded by
// abubakar", "waiting for carmelo", "tell priya"); objectLeadsAfter16 are
// prepositions that take a person only after the words given for each
// ("say hi to nadia", "a report from sutherland", "bring in desmond"),
// since a place follows them as readily ("flying out to ...").
var objectLeads16 = map[string]bool{"with": true, "by": true, "for": true, "thank": true,
	"invite": true, "tell": true, "ask": true, "remind": true, "give": true,
	"introduce": true, "thanked": true, "invited": true, "reminded": true}

var objectLeadsAfter16 = map[string]map[string]bool{
	"to": {"hi": true, "hello": true, "talk": true, "talked": true, "talking": true, "spoke": true, "speak": true,
		"speaking": true, "said": true, "say": true, "mention": true, "mentioned": true, "explain": true,
		"explained": true, "wrote": true, "write": true, "reply": true, "replied": true, "send": true, "sent": true,
		"give": true, "gave": true, "hand": true, "handed": true, "pass": true, "passed": true, "over": true,
		"introduced": true, "listen": true, "listened": true, "married": true, "engaged": true, "answer": true},
	"from": {"heard": true, "hear": true, "report": true, "call": true, "email": true, "message": true,
		"letter": true, "note": true, "text": true, "question": true, "comment": true, "comments": true},
	"in": {"bring": true, "brought": true, "loop": true, "looped": true},
}

// The words that start a reading, one look-up a word (gate16): a role
// before a name, a verb or preposition before an object, a verb after a
// subject, a noun after a possessive.
const (
	gateRole16 uint8 = 1 << iota
	gateObject16
	gateVerb16
	gateDiscussed16
	gateWho16
)

// gateSeen16 holds a bit per (length, first letter, last letter) of the
// words of gate16: most words miss it and skip the map's look-up, which
// was most of the pass's time.
var gateSeen16 [1 << 12 / 64]uint64

func gateBit16(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*1031 + uint(w[0])*37 + uint(w[len(w)-1])) & (1<<12 - 1)
}

// gateOf16 returns gate16's bits for w.
func gateOf16(w string) uint8 {
	if b := gateBit16(w); gateSeen16[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	return gate16[w]
}

var gate16 = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range roleTitles16 {
		m[w] |= gateRole16
	}
	for w := range objectLeads16 {
		m[w] |= gateObject16
	}
	for w := range objectLeadsAfter16 {
		m[w] |= gateObject16
	}
	for _, set := range []map[string]bool{roleVerbs16, personVerbs, subjectAuxes} {
		for w := range set {
			m[w] |= gateVerb16
		}
	}
	for w := range discussedNouns {
		m[w] |= gateDiscussed16
	}
	m["who"] |= gateWho16
	for w := range m {
		b := gateBit16(w)
		gateSeen16[b/64] |= 1 << (b % 64)
	}
	return m
}()

// namesInPassing16 finds the names of the comment at the top of this file.
func namesInPassing16(t *transcript.Transcript, lower []string, typeAt []Type) []Finding {
	cased := transcriptCased(t)
	var out []Finding
	add := func(j int, score float64, rec string) {
		if typeAt[j] == "" {
			out = addUntypedPerson(t, typeAt, out, j, j, score, rec)
		}
	}
	for i := range t.Words {
		w := &t.Words[i]
		if w.Text == "" {
			continue
		}
		if cased && w.Punct == "," && typeAt[i] == "" && betweenCommas16(t, lower, i) {
			add(i, 0.7, "person-passing")
			continue
		}
		g := gateOf16(lw(t, lower, i))
		if g == 0 {
			continue
		}
		if g&gateRole16 != 0 && w.Punct == "" && typeAt[i] == "" {
			if j := sameSpeakerAfter(t, i); j >= 0 && typeAt[j] == "" && roleName16(t, lower, i, j, cased) {
				add(j, 0.75, "person-role")
			}
			continue
		}
		if g&gateDiscussed16 != 0 {
			if j := sameSpeakerBefore(t, i); j >= 0 && typeAt[j] == "" && askedOf16(t, lower, j, cased) {
				add(j, 0.7, "person-passing")
			}
		}
		if g&gateWho16 != 0 {
			if j := sameSpeakerBefore(t, i); j >= 0 && typeAt[j] == "" && whoAfter16(t, lower, j, cased) {
				add(j, 0.7, "person-passing")
			}
			continue
		}
		if g&gateVerb16 != 0 && cased {
			if j := sameSpeakerBefore(t, i); j >= 0 && typeAt[j] == "" && isCapitalised(t.Words[j].Text) && passingSubject16(t, lower, j, i) {
				add(j, 0.7, "person-passing")
			}
		}
		if g&gateObject16 != 0 && w.Punct == "" {
			if j := sameSpeakerAfter(t, i); j >= 0 && typeAt[j] == "" && passingObject16(t, lower, i, j, cased) {
				add(j, 0.7, "person-passing")
			}
		}
		if g&gateVerb16 != 0 && !cased {
			if j := sameSpeakerBefore(t, i); j >= 0 && typeAt[j] == "" && sameTurn16(t, j, i) && passingSubject16(t, lower, j, i) {
				add(j, 0.7, "person-passing")
			}
		}
	}
	return out
}

// sameTurn16 reports whether no other channel's word stands between word j
// and the later word i of the same speaker: a subject does not reach back
// over the other side's turn ("copy boxing tyres" / "mediums" / "understood").
func sameTurn16(t *transcript.Transcript, j, i int) bool {
	for k := j + 1; k < i; k++ {
		if t.Words[k].Channel != t.Words[i].Channel && t.Words[k].Text != "" {
			return false
		}
	}
	return true
}

// roleName16 reports whether transcript word j, after the role at word i,
// is a person's name (see the comment at the top of this file).
func roleName16(t *transcript.Transcript, lower []string, i, j int, cased bool) bool {
	wj := &t.Words[j]
	l := lw(t, lower, j)
	k := lowerNameKey(l)
	if len(k) < 3 || strings.HasSuffix(k, "'s") || strings.HasSuffix(k, "’s") || !isAlpha(k) || roleNotNames[k] || roleTitles16[k] || personStop[k] || notNames[k] || holidayWords[k] ||
		organisationWords[k] || deskWords[k] || eponymAfter[k] || eponymBefore[k] || placeOrBrand(k) || placeName(k) {
		return false
	}
	// (review17: a short word's possessive is a shop's, no one's: "Captain D's", made-up; lowerNameKey keeps it whole)
	if eponymFollows(t, lower, j) {
		return false
	}
	if officeTitles[k] {
		// An office after a role is a longer office ("Deputy Secretary of
		// State", "Deputy Prime Minister"), unless it is a listed surname
		// ending the name: "Commissioner King will".
		n := sameSpeakerAfter(t, j)
		if !names.IsSurname(k) || n >= 0 && wj.Punct == "" && (lw(t, lower, n) == "of" || officeTitles[lw(t, lower, n)] ||
			cased && isCapitalised(t.Words[n].Text)) {
			return false
		}
	}
	listed := names.IsFirstName(k) || names.IsSurname(k)
	if cased {
		if p := sameSpeakerBefore(t, i); p >= 0 && (lw(t, lower, p) == "a" || lw(t, lower, p) == "an") {
			return false // (review17: a thing named like a person: "a Captain Morgan and coke", made-up)
		}
		// (both capitalised: "Coach Wood", "Commissioner King")
		// (or a lowercase role before a name that is no word: "trustee Haverford")
		return isCapitalised(wj.Text) && strings.ToUpper(wj.Text) != wj.Text &&
			(isCapitalised(t.Words[i].Text) && (listed || !names.IsEnglishWord(k)) || !names.IsEnglishWord(k) && !names.IsCommonWord(k))
	}
	if !listed && names.IsEnglishWord(k) {
		return false
	}
	p := sameSpeakerBefore(t, i)
	if p >= 0 && (determiners16[lw(t, lower, p)] || strings.HasSuffix(lw(t, lower, p), "'s")) {
		return false // ("the judge young people trust", "our coach's bus")
	}
	word := names.IsEnglishWord(k) || names.IsCommonWord(k)
	if k != l {
		// A possessive: "mayor hart's office".
		return true
	}
	if !word {
		return true // ("trustee haverford", "councilman adeyemi")
	}
	n := sameSpeakerAfter(t, j)
	if n < 0 {
		// the turn's end, after a verb or a preposition: "I wrote to councilman ward"
		return p >= 0 && !determiners16[lw(t, lower, p)]
	}
	nl := lw(t, lower, n)
	if nl == "is" || nl == "was" || nl == "has" || nl == "had" || nl == "have" || nl == "are" {
		// ("superintendent long is retiring", "senator ... and senator corker have agreed":
		// a copula only before a verb's -ing or past)
		m := sameSpeakerAfter(t, n)
		return m >= 0 && (strings.HasSuffix(lw(t, lower, m), "ing") || strings.HasSuffix(lw(t, lower, m), "ed"))
	}
	return roleVerbs16[nl] || personVerbs[nl] || subjectAuxes[nl] || objectAfterRole16[nl] && p >= 0
}

// objectAfterRole16 follow a name that is the object of a verb ("asked
// senator lane about the dam", "wrote to councilman ward twice").
var objectAfterRole16 = map[string]bool{"about": true, "twice": true, "again": true, "yesterday": true,
	"today": true, "directly": true, "personally": true}

// passingObject16 reports whether transcript word j, after word i (a
// verb or a preposition of objectLeads16 or objectLeadsAfter16), is a
// first name that can only be a name, in a lowercase transcript ("working
// with ngozi", "say hi to nadia"). A surname after a preposition is a
// place or a business as often ("referred by ... and company").
func passingObject16(t *transcript.Transcript, lower []string, i, j int, cased bool) bool {
	il := lw(t, lower, i)
	if after := objectLeadsAfter16[il]; after != nil {
		p := sameSpeakerBefore(t, i)
		if p < 0 || !after[lw(t, lower, p)] {
			return false
		}
	}
	if il == "with" {
		if p := sameSpeakerBefore(t, i); p >= 0 && bankVerbs16[lw(t, lower, p)] {
			return false // ("we banked with ...": a bank)
		}
	}
	if n := sameSpeakerAfter(t, j); n >= 0 && !strings.ContainsAny(t.Words[j].Punct, ".?!,") && modifiedAfter16(lw(t, lower, n)) {
		return false // ("with kalman filtering", "for jomo kenyatta airport": a thing named after someone)
	}
	k := lw(t, lower, j)
	if skyNames[k] {
		return false
	}
	if cased {
		// (cased, a capitalised listed surname too: "a report from Sutherland")
		wj := &t.Words[j]
		return isCapitalised(wj.Text) && strings.ToUpper(wj.Text) != wj.Text && onlyAName16(k) &&
			(names.IsFirstName(k) || names.IsSurname(k)) && !eponymFollows(t, lower, j) && !placeAfter16(t, lower, j) &&
			!(wj.Punct == "" && sameSpeakerAfter(t, j) >= 0 && isCapitalised(t.Words[sameSpeakerAfter(t, j)].Text))
	}
	return onlyAName16(k) && names.IsFirstName(k) && !eponymFollows(t, lower, j) && !placeAfter16(t, lower, j)
}

// passingSubject16 reports whether transcript word j, before the verb at
// word n, is its subject and a word that can only be a name, in a
// lowercase transcript ("the principal was there nakashima spoke"): a
// listed name that is no word, or a word in no list before what a person
// says or an auxiliary ("qaddafi could prevail"), after no article,
// preposition or verb that takes an object.
func passingSubject16(t *transcript.Transcript, lower []string, j, n int) bool {
	if t.Words[j].Punct != "" && t.Words[j].Punct != "," || theyFollow16(t, lower, n) {
		return false
	}
	pl := ""
	if p := sameSpeakerBefore(t, j); p >= 0 {
		pl = lw(t, lower, p)
		if isCapitalised(t.Words[p].Text) && !strings.ContainsAny(t.Words[p].Punct, ".?!,") && t.Words[p].Text != "I" {
			return false // (a name of more words: "Castle Shirley is", "Tony's Laundromat lost")
		}
		if strings.ContainsAny(t.Words[p].Punct, ".?!,") {
			pl = ""
		}
	}
	if determiners16[pl] || objectLeads16[pl] || objectLeadsAfter16[pl] != nil || prepositions16[pl] ||
		strings.HasSuffix(pl, "'s") || placeBefore16[pl] || eponymBefore[pl] {
		return false
	}
	if m := sameSpeakerAfter(t, n); m >= 0 && subjectPronouns16[lw(t, lower, m)] && t.Words[n].Punct == "" {
		return false // (a question after a name said to someone: "kestrel clearwater did you get it")
	}
	if nl := lw(t, lower, n); nl == "is" || nl == "was" {
		// (not a passive: "the branch ... is closed")
		if m := sameSpeakerAfter(t, n); m >= 0 && strings.HasSuffix(lw(t, lower, m), "ed") {
			return false
		}
	}
	k := lw(t, lower, j)
	if !onlyAName16(k) || strings.ToUpper(t.Words[j].Text) == t.Words[j].Text {
		return false
	}
	if !names.IsFirstName(k) && !names.IsSurname(k) {
		if len(k) < 4 || !hasVowel(k) || plainWord(k) || termEnding(k) || wordEnding16(k) || prepositions16[pl] {
			return false
		}
		nl := lw(t, lower, n)
		if nl == "is" || nl == "was" {
			// ("oyelowo was blaming the state")
			m := sameSpeakerAfter(t, n)
			return t.Words[n].Punct == "" && m >= 0 && strings.HasSuffix(lw(t, lower, m), "ing")
		}
		return subjectAuxes[nl] || personVerbs[nl] || unlistedVerbs16[nl]
	}
	return true
}

// unlistedVerbs16 follow a subject in no name list beyond subjectAuxes and
// personVerbs ("okonjo seems sharp").
var unlistedVerbs16 = map[string]bool{"seems": true, "seemed": true, "spoke": true, "voted": true, "insists": true,
	"insisted": true}

// onlyAName16 reports whether k, a lowercase word, is no word of English
// nor of the package's lists of words that are not people (places,
// brands, organisations, roles, holidays).
func onlyAName16(k string) bool {
	if len(k) < 3 || !isAlpha(k) || personStop[k] || notNames[k] || holidayWords[k] || organisationWords[k] ||
		roleTitles16[k] || officeTitles[k] || deskWords[k] {
		return false
	}
	return !names.IsCommonWord(k) && !names.IsEnglishWord(k) && !placeOrBrand(k) && !placeName(k) && !names.IsPlace(k)
}

// theyFollow16 reports whether "they" or "them" follows transcript word n
// ("verizon said they'd": a company).
func theyFollow16(t *transcript.Transcript, lower []string, n int) bool {
	m := sameSpeakerAfter(t, n)
	return m >= 0 && theyWords[lw(t, lower, m)]
}

// placeAfter16 reports whether the word after transcript word j makes it
// part of a place's, a business's or a thing's name ("in emanuel church",
// "from harper valley", "apollo eight"): a word of such names, a number,
// or a word in no list.
func placeAfter16(t *transcript.Transcript, lower []string, j int) bool {
	n := sameSpeakerAfter(t, j)
	if n < 0 || strings.ContainsAny(t.Words[j].Punct, ".?!") {
		return false
	}
	// ("referred by hollis and grant family dental": a business's name of
	// up to four words)
	for m, k := n, 0; m >= 0 && k < 4; m, k = sameSpeakerAfter(t, m), k+1 {
		ml := lw(t, lower, m)
		if organisationWords[ml] || eponymAfter[ml] || churchWords16[ml] || ml == "airport" {
			return true
		}
		if strings.ContainsAny(t.Words[m].Punct, ".?!,") {
			break
		}
	}
	nl := lw(t, lower, n)
	if isNumWord(nl) || !names.IsEnglishWord(nl) && !names.IsFirstName(nl) && !names.IsSurname(nl) && isAlpha(nl) {
		return true // ("apollo eight", "fallon paiute": a mission, a tribe)
	}
	return placeWords[nl] || organisationWords[nl] || churchWords16[nl] || streetSuffixes[nl]
}

// churchWords16 end the names of places of worship named after people.
var churchWords16 = map[string]bool{"church": true, "cathedral": true, "chapel": true, "mosque": true, "temple": true,
	"synagogue": true, "parish": true, "station": true, "town": true, "company": true}

// prepositions16 take an object, never a clause's subject, after them.
var prepositions16 = map[string]bool{"on": true, "of": true, "about": true, "with": true, "to": true, "from": true,
	"for": true, "by": true, "at": true, "in": true, "into": true, "against": true, "over": true, "under": true,
	"near": true, "toward": true, "towards": true, "past": true, "behind": true, "outside": true, "inside": true,
	"through": true, "across": true, "around": true, "via": true}

// placeBefore16 open places' names: the word after them is no subject
// ("castle shirley", "port royal", "san carlos").
var placeBefore16 = map[string]bool{"castle": true, "port": true, "saint": true, "st": true, "san": true, "santa": true,
	"los": true, "las": true, "el": true, "new": true, "north": true, "south": true, "east": true, "west": true,
	"upper": true, "lower": true, "old": true, "great": true, "lake": true, "mount": true, "fort": true}

// askedOf16 reports whether transcript word i is a listed first name said
// with "'s" before what its owner asked or said ("back to savannah's
// question", "to chip's point"), after no article or possessive: there a
// first name that is also a word or a place is a person's. Months and days
// are not ("may's figures").
func askedOf16(t *transcript.Transcript, lower []string, i int, cased bool) bool {
	l := lw(t, lower, i)
	k := lowerNameKey(l)
	if k == l || t.Words[i].Punct != "" || len(k) < 3 || !isAlpha(k) {
		return false
	}
	if _, ok := months[k]; ok || weekDays16[k] || holidayWords[k] || officeTitles[k] || personStop[k] {
		return false
	}
	if cased && !isCapitalised(t.Words[i].Text) {
		return false
	}
	n, p := sameSpeakerAfter(t, i), sameSpeakerBefore(t, i)
	if n < 0 || !discussedNouns[lw(t, lower, n)] || p < 0 || strings.ContainsAny(t.Words[p].Punct, ".?!") {
		return false
	}
	pl := lw(t, lower, p)
	if determiners16[pl] || determinersBefore[pl] || strings.HasSuffix(pl, "'s") {
		return false
	}
	if names.IsFirstName(k) {
		return true
	}
	// Any other word after a preposition ("the answer to chip's question"),
	// when it is no time, place, business or organisation.
	return prepositions16[pl] && !timeWords16[k] && !placeOrBrand(k) && !placeName(k) && !names.IsPlace(k) &&
		!organisationWords[k] && !notNames[k] && !deskWords[k]
}

// weekDays16 are the days of the week.
var weekDays16 = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// betweenCommas16 reports whether transcript word i, in a cased
// transcript, is a name said to someone between commas inside a sentence
// ("I take your point, Christie, and I think"): a capitalised listed first
// name that is no English word, place or month, after a word with a comma,
// before a word in lower case.
func betweenCommas16(t *transcript.Transcript, lower []string, i int) bool {
	w := &t.Words[i]
	if w.Punct != "," || !isCapitalised(w.Text) || strings.ToUpper(w.Text) == w.Text {
		return false
	}
	p, n := sameSpeakerBefore(t, i), sameSpeakerAfter(t, i)
	if p < 0 || n < 0 || t.Words[p].Punct != "," || isCapitalised(t.Words[n].Text) && t.Words[n].Text != "I" && !strings.HasPrefix(t.Words[n].Text, "I'") {
		return false
	}
	k := lw(t, lower, i)
	if len(k) < 3 || !isAlpha(k) || !names.IsFirstName(k) || names.IsEnglishWord(k) || names.IsCommonWord(k) || notNames[k] ||
		names.IsPlace(k) || placeOrBrand(k) || weekDays16[k] {
		return false
	}
	if _, ok := months[k]; ok {
		return false
	}
	return !isCapitalised(t.Words[p].Text) || !names.IsPlace(lw(t, lower, p)) // (not "Paris, Texas,")
}

// wordEnding16 reports whether w, in no list, ends as an English word
// made from another does ("annotator", "recognise", "watertown",
// "midcourse"): a word or a place more often than a person.
func wordEnding16(w string) bool {
	for _, s := range []string{"ator", "ise", "ize", "ised", "ized", "town", "ville", "course", "ment", "ness", "able", "ful", "less", "ship"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// whoAfter16 reports whether transcript word j, before "who", is a name:
// a person is who a relative "who" follows ("Bush, who had", "I spoke to
// okafor who said"). Cased, a capitalised listed name with a comma before
// "who", or any capitalised word that can only be a name; lowercase, a
// word that can only be a name (onlyAName16) and is listed.
func whoAfter16(t *transcript.Transcript, lower []string, j int, cased bool) bool {
	w := &t.Words[j]
	k := lw(t, lower, j)
	if len(k) < 3 || !isAlpha(k) || strings.ToUpper(w.Text) == w.Text {
		return false
	}
	if p := sameSpeakerBefore(t, j); p >= 0 && !strings.ContainsAny(t.Words[p].Punct, ".?!") && determiners16[lw(t, lower, p)] {
		return false
	}
	listed := names.IsFirstName(k) || names.IsSurname(k)
	if cased {
		if !isCapitalised(w.Text) {
			return false
		}
		if w.Punct == "," && listed && !personStop[k] && !notNames[k] && !officeTitles[k] && !roleTitles16[k] && !organisationWords[k] &&
			!placeOrBrand(k) && !placeName(k) && !names.IsPlace(k) && !strings.HasSuffix(k, "s") {
			return true
		}
		return (w.Punct == "" || w.Punct == ",") && onlyAName16(k)
	}
	return listed && onlyAName16(k)
}

// modifiedAfter16 reports whether nl, the word after a name said as an
// object, makes the name part of a longer name or a modifier of a thing
// ("kalman filtering", "jomo kenyatta airport"): another name word, a word
// in no list, or a noun of a tool or an action.
func modifiedAfter16(nl string) bool {
	if objectFollowers16[nl] || !isAlpha(nl) {
		return false
	}
	if !names.IsEnglishWord(nl) {
		return !names.IsCommonWord(nl)
	}
	if names.IsSurname(nl) && !names.IsCommonWord(nl) {
		return true
	}
	for _, suf := range []string{"ing", "er", "ers", "ism", "tion"} {
		if strings.HasSuffix(nl, suf) && len(nl) > len(suf)+2 {
			return true
		}
	}
	return false
}

// objectFollowers16 are words often said after a person's name said as an
// object, never part of a longer name ("tell priya the room is booked",
// "waiting for carmelo to call me back", "ask gabe after lunch").
var objectFollowers16 = map[string]bool{"the": true, "a": true, "an": true, "to": true, "for": true, "on": true,
	"about": true, "at": true, "in": true, "from": true, "with": true, "and": true, "or": true, "but": true, "if": true,
	"when": true, "that": true, "this": true, "who": true, "whether": true, "because": true, "so": true, "now": true,
	"then": true, "today": true, "yesterday": true, "tomorrow": true, "tonight": true, "last": true, "next": true,
	"again": true, "too": true, "as": true, "after": true, "before": true, "later": true, "over": true, "under": true}

// bankVerbs16 are said before "with" and a bank ("we banked with ...").
var bankVerbs16 = map[string]bool{"bank": true, "banks": true, "banked": true, "banking": true, "insured": true,
	"invest": true, "invested": true, "shop": true, "shopped": true, "shopping": true, "switched": true, "switch": true,
	"financed": true, "refinanced": true}

// subjectPronouns16 after an auxiliary ask a question ("did you", "can
// we"): the word before the auxiliary is no subject.
var subjectPronouns16 = map[string]bool{"you": true, "i": true, "we": true, "they": true, "he": true, "she": true,
	"it": true, "there": true}
