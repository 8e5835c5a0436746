package redact

import (
	"strings"

	"github.com/callveil/callveil/redact/internal/names"
	"github.com/callveil/callveil/transcript"
)

// Names of public figures and third persons in public talk (press
// briefings, interviews, council and board meetings): an office said
// right before a name ("Senator Warren", "prime minister modi", "the
// Secretary of State Kerry", "speaker of the house boehner"), and a name
// used as a modifier of the people or the time around a person ("the Obama
// administration", "the bush tax cuts", "a Romney ad"). The office itself
// is not part of the finding. What it cannot do: a surname alone with no
// office or modifier after it in a lowercase transcript ("we talked to
// boehner") is found only when another rule or an earlier mention finds
// it; an office before a name that is also a common word ("president
// bush", "senator corker" in lowercase) is left alone.

// officeTitles are offices said right before a person's name.
var officeTitles = map[string]bool{"senator": true, "sen": true, "secretary": true, "governor": true, "gov": true,
	"president": true, "chancellor": true, "minister": true, "speaker": true, "leader": true, "general": true,
	"gen": true, "admiral": true, "adm": true, "mayor": true, "councilman": true, "councilwoman": true,
	"councilmember": true, "councillor": true, "councilor": true, "commissioner": true, "congressman": true,
	"congresswoman": true, "representative": true, "rep": true, "ambassador": true, "justice": true,
	"chairman": true, "chairwoman": true, "premier": true, "ayatollah": true, "colonel": true, "lieutenant": true,
	"sergeant": true, "sheikh": true, "emir": true, "king": true, "queen": true, "prince": true, "princess": true,
	"pope": true, "reverend": true, "rev": true, "rabbi": true, "imam": true, "sheriff": true, "attorney": true,
	"superintendent": true, "alderman": true, "supervisor": true, "judge": true, "chief": true}

// officeOfWords may stand between an office and the name after "of"
// ("Secretary of State Kerry", "Speaker of the House Boehner", "secretary
// of homeland security napolitano").
var officeOfWords = map[string]bool{"state": true, "the": true, "house": true, "defense": true, "defence": true,
	"homeland": true, "security": true, "treasury": true, "labor": true, "energy": true, "commerce": true,
	"education": true, "agriculture": true, "interior": true, "transportation": true, "health": true,
	"veterans": true, "affairs": true, "staff": true, "joint": true, "chiefs": true, "navy": true, "army": true,
	"justice": true, "council": true, "board": true, "city": true, "county": true}

// modifiedByNames are nouns of the people, the time or the work around a
// person that a name modifies ("the Obama administration", "the Clinton
// campaign", "the Bush tax cuts", "a Romney ad"). A law, a budget, a rule
// or a building named after someone is no person and not here.
var modifiedByNames = map[string]bool{"administration": true, "campaign": true, "presidency": true, "era": true,
	"years": true, "team": true, "camp": true, "people": true, "folks": true, "aides": true, "staff": true,
	"family": true, "government": true, "emails": true, "ad": true, "ads": true, "tax": true, "cabinet": true,
	"advisers": true, "advisors": true, "allies": true, "supporters": true, "voters": true, "nomination": true,
	"white": true, "regime": true, "transition": true, "hearing": true, "hearings": true, "confirmation": true,
	"visit": true, "speech": true, "interview": true}

// determiners16 are words before a noun, never before a subject name.
var determiners16 = map[string]bool{"the": true, "a": true, "an": true, "my": true, "your": true, "his": true,
	"her": true, "our": true, "their": true, "its": true, "this": true, "that": true, "these": true, "those": true,
	"some": true, "any": true, "no": true, "every": true, "each": true}

// timeWords16 own what was asked as a time, not a person ("today's question").
var timeWords16 = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true,
	"everyone": true, "everybody": true, "someone": true, "somebody": true, "nobody": true, "anyone": true,
	"anybody": true, "other": true, "one": true, "week": true, "year": true, "month": true, "morning": true}

// eponymAfter are words that make the name before them a thing named
// after a person ("Kennedy Center", "Lincoln Memorial", "the Volcker
// Rule", "Martin Luther King Day").
var eponymAfter = map[string]bool{"center": true, "centre": true, "memorial": true, "monument": true, "room": true,
	"act": true, "rule": true, "building": true, "hospital": true, "airport": true, "bridge": true, "library": true,
	"institute": true, "foundation": true, "accords": true, "amendment": true, "budget": true, "provision": true,
	"commission": true, "doctrine": true, "plan": true, "prize": true, "award": true, "stadium": true, "arena": true,
	"hall": true, "university": true, "college": true, "school": true, "park": true, "boulevard": true,
	"highway": true, "tunnel": true, "dam": true, "base": true, "day": true, "report": true}

// eponymBefore are words that make the name after them a place, a base or
// a ship ("Camp David", "Fort Hood", "USS Cole").
var eponymBefore = map[string]bool{"camp": true, "fort": true, "uss": true, "hms": true, "mount": true, "mt": true,
	"cape": true, "carrier": true, "lake": true}

// plainWordBefore16 are nouns and adjectives said before "bin" the
// container ("recycling bin", "trash bin", "a new bin").
var plainWordBefore16 = map[string]bool{"recycling": true, "trash": true, "garbage": true, "waste": true,
	"litter": true, "compost": true, "storage": true, "wheelie": true, "rubbish": true, "bread": true,
	"dust": true, "coal": true, "grain": true, "new": true, "old": true, "big": true, "small": true,
	"empty": true, "full": true, "blue": true, "green": true, "black": true, "red": true, "yellow": true,
	"bargain": true, "parts": true, "toy": true, "laundry": true, "paper": true, "plastic": true, "metal": true,
	"in": true, "into": true, "from": true, "out": true, "of": true, "the": true}

// eponymBetween are the words of a place's name that may stand between a
// name and the eponym's word ("Andrews Air Force Base").
var eponymBetween = map[string]bool{"air": true, "force": true, "national": true, "memorial": true, "medical": true,
	"military": true, "naval": true, "army": true, "space": true, "presidential": true, "federal": true,
	"international": true, "community": true, "high": true, "elementary": true, "middle": true}

// notPersonAlone are words a recognizer may take for a name that are a
// party's members or the second word of a fixed phrase ("the status quo").
var notPersonAlone = map[string]bool{"republicans": true, "democrats": true, "republican": true,
	"democrat": true, "independents": true, "quo": true}

// holidayWords are holidays, never a person's name.
var holidayWords = map[string]bool{"christmas": true, "easter": true, "thanksgiving": true, "hanukkah": true,
	"kwanzaa": true, "halloween": true, "ramadan": true, "passover": true, "diwali": true, "eid": true}

// sameSpeakerAfter returns the word after transcript word i on its channel
// when the same speaker says it, or -1.
func sameSpeakerAfter(t *transcript.Transcript, i int) int {
	ch := t.Words[i].Channel
	for j := i + 1; j < len(t.Words) && j < i+64; j++ {
		if t.Words[j].Channel == ch {
			if t.Words[j].Speaker != t.Words[i].Speaker {
				return -1
			}
			return j
		}
	}
	return -1
}

// publicName reports whether transcript word i can be a person's name
// after an office or before a modified noun: capitalised in a cased
// transcript (a listed name, or a word in no English list), and in a
// lowercase one a listed name that is no common word or a word in no list.
// Places, brands, organisations and months are not.
func publicName(t *transcript.Transcript, lower []string, i int, cased bool) bool {
	text := t.Words[i].Text
	if text == "" {
		return false
	}
	if cased {
		if c := text[0]; c < 'A' || c > 'Z' {
			return false
		}
	}
	k := lowerNameKey(lw(t, lower, i))
	if len(k) < 3 || !isAlpha(k) || strings.ContainsAny(k, "'’") || personStop[k] || notNames[k] || placeOrBrand(k) || placeName(k) ||
		organisationWords[k] || placeWords[k] || deskWords[k] || officeTitles[k] || holidayWords[k] ||
		eponymAfter[k] || eponymBefore[k] || names.IsPlace(k) && !names.IsFirstName(k) && !names.IsSurname(k) {
		return false
	}
	listed := names.IsFirstName(k) || names.IsSurname(k)
	if cased {
		return listed || !names.IsEnglishWord(k)
	}
	return listed && !names.IsCommonWord(k) || !names.IsEnglishWord(k) && !names.IsCommonWord(k) && !plainWord(k)
}

// addUntypedPerson appends to out a PERSON finding over transcript words
// first..last, with score and recognizer rec, and marks them in typeAt,
// unless a word of them already has a type (then out is returned as it
// is). officeNames and talkedOfNames add their findings through it.
func addUntypedPerson(t *transcript.Transcript, typeAt []Type, out []Finding, first, last int, score float64, rec string) []Finding {
	for k := first; k <= last; k++ {
		if typeAt[k] != "" {
			return out
		}
	}
	for k := first; k <= last; k++ {
		typeAt[k] = Person
	}
	return append(out, Finding{Type: Person, Channel: t.Words[first].Channel, FirstWord: first, LastWord: last,
		Start: t.Words[first].Start, End: t.Words[last].End, Score: score, Recognizer: rec})
}

// officeNames finds names after an office and names that modify the people
// around a person (see the comment at the top of this file).
func officeNames(t *transcript.Transcript, lower []string, typeAt []Type) []Finding {
	cased := transcriptCased(t)
	var out []Finding
	add := func(first, last int) { out = addUntypedPerson(t, typeAt, out, first, last, 0.8, "person-office") }
	for i := range t.Words {
		w := &t.Words[i]
		if w.Text == "" || typeAt[i] != "" && typeAt[i] != Person {
			continue // (an office taken for a name alone, "and Senator", is dropped by eponymTrim: eponym)
		}
		l := lw(t, lower, i)
		if typeAt[i] == Person && !officeTitles[strings.TrimSuffix(l, ".")] {
			continue
		}
		switch {
		case officeTitles[strings.TrimSuffix(l, ".")] && w.Punct == "" || w.Punct == "." && len(l) <= 3 && officeTitles[l]:
			if cased && (w.Text[0] < 'A' || w.Text[0] > 'Z') {
				continue // ("the president said": an office in a cased transcript is written with its capital before a name)
			}
			j := sameSpeakerAfter(t, i)
			if j >= 0 && lw(t, lower, j) == "of" && t.Words[i].Punct == "" {
				// "Secretary of State Kerry": up to three words of the office.
				k := j
				for n := 0; n < 3; n++ {
					if t.Words[k].Punct != "" {
						k = -1
						break
					}
					k = sameSpeakerAfter(t, k)
					if k < 0 || !officeOfWords[lw(t, lower, k)] {
						break
					}
				}
				if k < 0 || k == j || officeOfWords[lw(t, lower, k)] {
					continue
				}
				p := sameSpeakerBefore(t, k)
				if p < 0 || p == j || t.Words[p].Punct != "" {
					continue
				}
				j = k
			}
			if j < 0 {
				continue
			}
			if !publicName(t, lower, j, cased) {
				// "president bush", "attorney general holder": a listed
				// surname after an office held by one person.
				k := lowerNameKey(lw(t, lower, j))
				if cased || !personalTitles[strings.TrimSuffix(l, ".")] || typeAt[j] != "" || !names.IsSurname(k) || titleNotSurnames[k] ||
					personStop[k] || notNames[k] || placeOrBrand(k) || placeName(k) || officeTitles[k] || organisationWords[k] || len(k) < 3 || eponymFollows(t, lower, j) {
					continue
				}
			}
			last := j
			for n := 0; n < 2 && t.Words[last].Punct == "" && !strings.HasSuffix(lw(t, lower, last), "'s"); n++ {
				k := sameSpeakerAfter(t, last)
				if k < 0 || typeAt[k] != "" || !publicName(t, lower, k, cased) || eponymFollows(t, lower, k) {
					break
				}
				last = k
			}
			if eponymFollows(t, lower, last) {
				continue
			}
			add(j, last)
		case l == "the" || l == "a" || l == "an" || l == "this" || l == "that":
			if w.Punct != "" {
				continue
			}
			j := sameSpeakerAfter(t, i)
			if j < 0 || typeAt[j] != "" || t.Words[j].Punct != "" || !publicName(t, lower, j, cased) {
				continue
			}
			if cased && !names.IsFirstName(lowerNameKey(lw(t, lower, j))) && !names.IsSurname(lowerNameKey(lw(t, lower, j))) && names.IsEnglishWord(lowerNameKey(lw(t, lower, j))) {
				continue
			}
			k := sameSpeakerAfter(t, j)
			if k < 0 {
				continue
			}
			if k2 := sameSpeakerAfter(t, k); k2 >= 0 && typeAt[k] == "" && t.Words[k].Punct == "" && publicName(t, lower, k, cased) &&
				(!cased || names.IsFirstName(lowerNameKey(lw(t, lower, j))) || names.IsSurname(lowerNameKey(lw(t, lower, k)))) && names.IsFirstName(lowerNameKey(lw(t, lower, j))) {
				// two name words: "a Peter King hearing"
				if m2 := lowerNameKey(lw(t, lower, k2)); modifiedByNames[m2] && !(cased && isCapitalised(t.Words[k2].Text)) && m2 != "white" && m2 != "tax" {
					add(j, k)
					continue
				}
			}
			m := lowerNameKey(lw(t, lower, k))
			if !(modifiedByNames[m] || modifiedByNames20[m] && modifierName20(t, lower, j, cased)) || cased && t.Words[k].Text[0] >= 'A' && t.Words[k].Text[0] <= 'Z' && m != "white" {
				continue
			}
			if m == "group" && !modifiedByNames[m] && t.Words[k].Punct == "" {
				if n := sameSpeakerAfter(t, k); n >= 0 && groupCompounds19[lw(t, lower, n)] {
					continue // (not "the Hilton group booking": a kind of booking, review19)
				}
			}
			if m == "white" {
				if n := sameSpeakerAfter(t, k); t.Words[k].Punct != "" || n < 0 || lw(t, lower, n) != "house" {
					continue
				}
			}
			if m == "tax" {
				if n := sameSpeakerAfter(t, k); t.Words[k].Punct != "" || n < 0 || !strings.HasPrefix(lw(t, lower, n), "cut") {
					continue
				}
			}
			add(j, j)
		}
	}
	return out
}

// eponymFollows reports whether the word after transcript word i, in the
// same sentence, makes it part of a thing named after a person ("the
// Kennedy Center", "Volcker Rule").
func eponymFollows(t *transcript.Transcript, lower []string, i int) bool {
	if t.Words[i].Punct != "" || strings.HasSuffix(lw(t, lower, i), "'s") {
		return false
	}
	j := sameSpeakerAfter(t, i)
	return j >= 0 && eponymAfter[lw(t, lower, j)]
}

// eponym reports whether person finding f names a thing after a person:
// a name followed by a word of eponymAfter ("the Lincoln Memorial", "the
// Dodd Frank Act"; "Day" only after a name of three or more words or
// inside one: "Martin Luther King Day"), after a word of eponymBefore
// ("Camp David", "Fort Hood", "the USS Ronald Reagan"), or a holiday found
// alone ("Christmas"). eponymTrim (names_hn16.go) drops such findings.
func eponym(t *transcript.Transcript, lower []string, cased bool, f Finding) bool {
	last := lw(t, lower, f.LastWord)
	if f.LastWord-f.FirstWord >= 2 && last == "day" {
		return true
	}
	if f.FirstWord == f.LastWord && holidayWords[lowerNameKey(lw(t, lower, f.FirstWord))] {
		return true
	}
	if t.Words[f.LastWord].Punct == "" && !strings.HasSuffix(last, "'s") {
		if j := sameSpeakerAfter(t, f.LastWord); j >= 0 {
			if n := lw(t, lower, j); eponymAfter[n] && !(n == "day" && f.LastWord == f.FirstWord && names.IsFirstName(lowerNameKey(lw(t, lower, f.FirstWord)))) {
				return true
			}
		}
	}
	if p := sameSpeakerBefore(t, f.FirstWord); p >= 0 && t.Words[p].Punct == "" && eponymBefore[lw(t, lower, p)] {
		return true
	}
	// "the u s s george washington": the ship's prefix spelled.
	if p := sameSpeakerBefore(t, f.FirstWord); p >= 0 && lw(t, lower, p) == "s" {
		if q := sameSpeakerBefore(t, p); q >= 0 && lw(t, lower, q) == "s" {
			if r := sameSpeakerBefore(t, q); r >= 0 && lw(t, lower, r) == "u" {
				return true
			}
		}
	}
	if f.FirstWord == f.LastWord && notPersonAlone[lowerNameKey(lw(t, lower, f.FirstWord))] {
		return true
	}
	// "Andrews Air Force Base": words of a place's name, then the eponym's word.
	for j, n := f.LastWord, 0; n < 3 && t.Words[j].Punct == ""; n++ {
		j = sameSpeakerAfter(t, j)
		if j < 0 || !eponymBetween[lw(t, lower, j)] {
			break
		}
		if k := sameSpeakerAfter(t, j); k >= 0 && t.Words[j].Punct == "" && eponymAfter[lw(t, lower, k)] {
			return true
		}
	}
	// "the martin luther king day event": one name word more, then the eponym's word.
	if t.Words[f.LastWord].Punct == "" {
		if j := sameSpeakerAfter(t, f.LastWord); j >= 0 && t.Words[j].Punct == "" {
			k := lowerNameKey(lw(t, lower, j))
			if n := sameSpeakerAfter(t, j); n >= 0 && eponymAfter[lw(t, lower, n)] && (names.IsFirstName(k) || names.IsSurname(k)) &&
				len(k) >= 3 && (!cased || isCapitalised(t.Words[j].Text)) {
				return true
			}
		}
	}
	// An office or a form of address found alone ("Thank you, Councilmember.", "Madam Chair").
	all := f.Recognizer != "person-role" // ("Commissioner King": names_16dev.go)
	for k := f.FirstWord; k <= f.LastWord && all; k++ {
		l := strings.TrimSuffix(lw(t, lower, k), ".")
		all = officeTitles[l] || l == "madam" || l == "madame"
	}
	return all
}

// floorGivers are the words a briefer or a chair gives the floor or thanks
// with before a name that ends the turn ("Go ahead, Chip.", "thanks
// josh", "Yes, Major."). "ahead" stands for "go ahead".
var floorGivers = map[string]bool{"ahead": true, "thanks": true, "you": true, "yes": true, "yeah": true, "okay": true}

// floorNames finds a name said to someone at a turn's edge in public talk:
// a word alone at the end of a turn after a word of floorGivers ("Go
// ahead, Chip.", "thank you april", "yeah jim"), and in a cased
// transcript a listed first name alone before a comma at the start of a
// turn ("Jay, to what extent ...", "Major, last one."). In a cased
// transcript the word is capitalised and no office, place or month said as
// one ("Thank you, Mr. President." names no one); in a lowercase one it is
// a listed first name.
func floorNames(t *transcript.Transcript, lower []string, typeAt []Type) []Finding {
	cased := transcriptCased(t)
	var out []Finding
	for i := range t.Words {
		w := &t.Words[i]
		if w.Text == "" || typeAt[i] != "" {
			continue
		}
		if cased && (w.Text[0] < 'A' || w.Text[0] > 'Z') {
			continue
		}
		p := sameSpeakerBefore(t, i)
		if !(cased && w.Punct == ",") && !(p >= 0 && floorGivers[lw(t, lower, p)]) {
			continue // (each form below has a comma after the word or a word of floorGivers before it: the cheap test first)
		}
		k := lowerNameKey(lw(t, lower, i))
		if len(k) < 2 || !isAlpha(k) || officeTitles[k] || personTitles[k] || personStop[k] || placeOrBrand(k) && !names.IsFirstName(k) ||
			placeName(k) || organisationWords[k] || holidayWords[k] || floorNotNames[k] {
			continue
		}
		if cased && strings.ToUpper(w.Text) == w.Text {
			continue
		}
		n := sameSpeakerAfter(t, i)
		found := false
		switch {
		case p >= 0 && floorGivers[lw(t, lower, p)] && (n < 0 || cased && strings.ContainsAny(w.Punct, ".?!")):
			// (at the turn's end, or the sentence's in a cased transcript)
			if names.IsPlace(k) {
				break // ("Go ahead, Houston.": a station or a place)
			}
			if cased {
				found = strings.Contains(t.Words[p].Punct, ",") && names.IsFirstName(k)
			} else {
				found = t.Words[p].Punct == "" && names.IsFirstName(k) && k != "will" && k != "may"
			}
			if lw(t, lower, p) == "you" {
				pp := sameSpeakerBefore(t, p)
				found = found && pp >= 0 && lw(t, lower, pp) == "thank"
			}
			if lw(t, lower, p) == "ahead" {
				pp := sameSpeakerBefore(t, p)
				found = found && pp >= 0 && lw(t, lower, pp) == "go"
			}
		case !cased && p >= 0 && n >= 0 && (lw(t, lower, p) == "yes" || lw(t, lower, p) == "thanks") && names.IsFirstName(k) && !names.IsCommonWord(k) &&
			!names.IsEnglishWord(k) && !names.IsPlace(k):
			found = true // ("yes julianna at the dinner": a lowercase transcript has no comma)
		case cased && (p < 0 || strings.ContainsAny(t.Words[p].Punct, ".?!")) && n >= 0 && w.Punct == ",":
			// (not a wake word or a name given an order: "Olly, play the next song")
			found = names.IsFirstName(k) && !notNames[k] && !commandWords[lw(t, lower, n)] && !names.IsPlace(k) &&
				!names.IsPlaceOrBrand(k) && !names.IsPlace(lowerNameKey(lw(t, lower, n))) && !placeOrBrand(lowerNameKey(lw(t, lower, n))) && // (not "Florence, Alabama")
				!floorListItem(t, lower, n) // (not "Raven, Harbour.": names_word_list.go)
		}
		if found {
			typeAt[i] = Person
			out = append(out, Finding{Type: Person, Channel: w.Channel, FirstWord: i, LastWord: i,
				Start: w.Start, End: w.End, Score: 0.75, Recognizer: "person-floor"})
		}
	}
	return out
}

// floorListItem reports whether transcript word n, after a word and its
// comma opening a sentence, makes that word an item of a list read out
// (names_word_list.go's reading): a capitalised word of the dictionary that
// is no common first name, interjection or greeting, ending its sentence
// or followed by another item ("Raven, Harbour.", "Canyon, Ridge, Cove.").
func floorListItem(t *transcript.Transcript, lower []string, n int) bool {
	w := &t.Words[n]
	k := lw(t, lower, n)
	if w.Text == "" || w.Text[0] < 'A' || w.Text[0] > 'Z' || !dictionaryWord(k) ||
		names.IsFirstName(k) && names.FirstNameRank(k) <= 1500 {
		return false
	}
	if ackWords[k] || replyOpeners[k] || sentenceOpeners[k] || introGreetings[k] || listInterjections[k] {
		return false
	}
	return strings.ContainsAny(w.Punct, ".?!,")
}

// floorNotNames are words said alone at a turn's edge that name no one.
var floorNotNames = map[string]bool{"sir": true, "ma'am": true, "maam": true, "all": true, "everybody": true,
	"everyone": true, "guys": true, "folks": true, "again": true, "both": true, "please": true, "so": true,
	"much": true, "very": true, "too": true, "indeed": true, "sure": true, "okay": true, "ok": true, "right": true,
	"yes": true, "no": true, "absolutely": true, "anyway": true, "then": true, "now": true, "well": true,
	"look": true, "listen": true, "sorry": true, "first": true, "second": true, "finally": true, "also": true,
	"roger": true, "copy": true, "over": true, "affirmative": true, "negative": true}

// commandWords open an order given to a device or a person by name ("Olly,
// play the next song", "Alexa, please send ..."): a name before them is a
// wake word as often as a person.
var commandWords = map[string]bool{"play": true, "please": true, "send": true, "book": true, "remove": true,
	"resume": true, "give": true, "what": true, "what's": true, "let's": true, "i": true, "set": true, "call": true,
	"turn": true, "tell": true, "show": true, "find": true, "add": true, "open": true, "read": true, "reply": true,
	"text": true, "stop": true, "pause": true, "skip": true, "start": true, "remind": true, "order": true,
	"how": true, "when": true, "where": true, "who": true, "is": true, "can": true, "could": true, "will": true,
	"search": true, "navigate": true, "take": true, "save": true, "delete": true, "cancel": true, "check": true}

// personalTitles are the offices of officeTitles held by one person and
// said before a surname even when the surname is also a word ("president
// bush", "attorney general holder"): in a lowercase transcript a listed
// surname after one of them is taken though it is a common word, unless
// it is a word of titleNotSurnames.
var personalTitles = map[string]bool{"senator": true, "secretary": true, "governor": true, "president": true,
	"speaker": true, "chancellor": true, "minister": true, "mayor": true, "councilman": true, "councilwoman": true,
	"congressman": true, "congresswoman": true, "ambassador": true, "admiral": true, "general": true}

// titleNotSurnames are listed surnames that after an office are the next
// word of the sentence, not a name ("the president will", "the minister
// more or less said").
var titleNotSurnames = map[string]bool{"will": true, "may": true, "said": true, "says": true, "more": true,
	"long": true, "well": true, "best": true, "good": true, "little": true, "early": true, "rich": true,
	"young": true, "short": true, "just": true, "now": true, "then": true, "still": true, "also": true,
	"even": true, "only": true, "first": true, "last": true, "next": true, "back": true, "over": true,
	"down": true, "up": true, "out": true, "elect": true, "general": true, "major": true, "house": true,
	"way": true, "day": true, "state": true, "office": true, "board": true, "hall": true, "person": true}

// subjectAuxes are the verbs a name as a subject is followed by in public
// talk ("Qaddafi could prevail", "putin has established", "trudeau will
// be", "boehner always had"), and questionAuxes those said before a
// subject ("is schwarzenegger planning", "why didn't geithner").
var subjectAuxes = map[string]bool{"could": true, "would": true, "will": true, "has": true, "had": true,
	"said": true, "says": true, "wants": true, "wanted": true, "thinks": true,
	"believes": true, "can": true, "should": true, "might": true, "must": true, "did": true, "does": true,
	"knows": true, "told": true, "made": true, "went": true, "came": true, "got": true, "needs": true,
	"called": true, "met": true, "spoke": true, "signed": true, "won": true, "lost": true, "announced": true}

var questionAuxes = map[string]bool{"is": true, "was": true, "did": true, "didn't": true, "does": true,
	"doesn't": true, "has": true, "hasn't": true, "will": true, "won't": true, "would": true, "can": true,
	"could": true, "should": true, "isn't": true, "wasn't": true}

// particles16 open a name's last part ("al assad", "bin laden").
var particles16 = map[string]bool{"al": true, "bin": true, "el": true, "ibn": true}

// subjectAdverbs may stand between a subject and its verb ("boehner
// always had").
var subjectAdverbs = map[string]bool{"always": true, "never": true, "also": true, "just": true, "still": true,
	"already": true, "really": true, "now": true, "actually": true, "certainly": true, "clearly": true}

// subjectOpeners open a clause before its subject.
var subjectOpeners = map[string]bool{"and": true, "but": true, "when": true, "if": true, "that": true,
	"because": true, "whether": true, "while": true, "after": true, "before": true, "since": true, "so": true,
	"until": true, "unless": true, "as": true, "where": true, "why": true, "how": true, "what": true}

// discussedNouns are what a person in the room asked or said, after their
// name's possessive ("to Chip's question", "savannah's point").
var discussedNouns = map[string]bool{"question": true, "questions": true, "point": true, "comment": true,
	"comments": true, "answer": true, "remark": true, "remarks": true, "request": true, "follow-up": true,
	"statement": true, "story": true, "report": true, "line": true}

// talkedOfNames finds names said of third persons in public talk (see
// officeNames): a surname or a name that can only be a name opening a
// clause before its verb ("Qaddafi could prevail", "when boehner always
// had"; after an auxiliary that asks: "is schwarzenegger planning"), a
// name's possessive before what its owner asked ("to Chip's question"),
// a particle name ("bin Laden", "Bashar al-Assad", "osama bin laden"),
// and a first name before a found surname ("Mitt Romney", "bill
// clinton"). In a lowercase transcript the word must be listed as a name
// or in no English list, and no common word.
func talkedOfNames(t *transcript.Transcript, lower []string, found []Finding, typeAt []Type) []Finding {
	cased := transcriptCased(t)
	var out []Finding
	add := func(first, last int, rec string) { out = addUntypedPerson(t, typeAt, out, first, last, 0.75, rec) }
	strictName := func(i int) bool {
		k := lowerNameKey(lw(t, lower, i))
		if !publicName(t, lower, i, cased) {
			return false
		}
		if cased {
			return strings.ToUpper(t.Words[i].Text) != t.Words[i].Text && (!names.IsEnglishWord(k) || (names.IsSurname(k) || names.IsFirstName(k)) && !names.IsCommonWord(k))
		}
		return true
	}
	for i := range t.Words {
		w := &t.Words[i]
		if w.Text == "" || typeAt[i] != "" {
			continue
		}
		l := lw(t, lower, i)
		p, n := sameSpeakerBefore(t, i), sameSpeakerAfter(t, i)
		// A particle name: "bin Laden", "osama bin laden".
		if l == "bin" && w.Punct == "" && n >= 0 && typeAt[n] == "" {
			nl := lowerNameKey(lw(t, lower, n))
			ok := cased && isCapitalised(t.Words[n].Text) && isAlpha(nl) && len(nl) >= 3 && !placeOrBrand(nl)
			if !cased && p >= 0 && !determiners16[lw(t, lower, p)] &&
				isAlpha(nl) && len(nl) >= 3 && !names.IsCommonWord(nl) && !plainWordBefore16[lw(t, lower, p)] {
				ok = true // ("getting bin laden", "about bin laden's"; not "the bin", "recycling bin")
			}
			first := i
			if p >= 0 && typeAt[p] == "" && t.Words[p].Punct == "" && (names.IsFirstName(lowerNameKey(lw(t, lower, p))) && !names.IsCommonWord(lowerNameKey(lw(t, lower, p))) &&
				(!cased || isCapitalised(t.Words[p].Text))) {
				first = p
				ok = ok || !cased && isAlpha(nl) && len(nl) >= 3
			}
			if ok {
				add(first, n, "person-particle")
			}
			continue
		}
		if cased && (strings.HasPrefix(w.Text, "al-") || strings.HasPrefix(w.Text, "el-")) && len(w.Text) > 4 && w.Text[3] >= 'A' && w.Text[3] <= 'Z' {
			first := i
			if p >= 0 && typeAt[p] == "" && t.Words[p].Punct == "" && publicName(t, lower, p, cased) {
				first = p
			}
			if p >= 0 && typeAt[p] == Person && t.Words[p].Punct == "" {
				for fi := range found { // ("Saad" found before "al-Hariri": one name)
					if found[fi].Type == Person && found[fi].LastWord == p && found[fi].Channel == w.Channel {
						found[fi].LastWord, found[fi].End = i, w.End
						typeAt[i] = Person
						break
					}
				}
				continue
			}
			add(first, i, "person-particle")
			continue
		}
		// A possessive before what its owner asked: "to Chip's question".
		if strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
			k := lowerNameKey(lw(t, lower, i))
			if n >= 0 && discussedNouns[lw(t, lower, n)] && k != l && isAlpha(k) && len(k) >= 3 && !officeTitles[k] &&
				!personStop[k] && !notNames[k] && !organisationWords[k] && !placeOrBrand(k) && !timeWords16[k] && p >= 0 && !strings.ContainsAny(t.Words[p].Punct, ".?!") {
				if cased && isCapitalised(w.Text) && strings.ToUpper(w.Text) != w.Text && !placeName(k) ||
					!cased && (names.IsFirstName(k) && !names.IsCommonWord(k) || publicName(t, lower, i, false)) {
					add(i, i, "person-talked-of")
				}
			}
			continue
		}
		if w.Punct != "" || n < 0 {
			continue // (a subject is said on: no punctuation after it)
		}
		// A subject before its verb. (The word is asked last, strictName
		// being the dearest question: task speed19.)
		v := n
		if subjectAdverbs[lw(t, lower, v)] && t.Words[v].Punct == "" {
			v = sameSpeakerAfter(t, v)
		}
		if v < 0 {
			continue
		}
		aux, ing := subjectAuxes[lw(t, lower, v)], strings.HasSuffix(lw(t, lower, n), "ing") || lw(t, lower, n) == "and"
		if !aux && !ing {
			continue
		}
		opens := p < 0 || strings.ContainsAny(t.Words[p].Punct, ".?!,") || subjectOpeners[lw(t, lower, p)]
		asks := p >= 0 && t.Words[p].Punct == "" && questionAuxes[lw(t, lower, p)]
		if !(opens && aux || asks && ing) {
			continue
		}
		if v2 := sameSpeakerAfter(t, v); v2 >= 0 && theyWords[lw(t, lower, v2)] {
			continue // ("Carmax said they'd": a company)
		}
		if strictName(i) {
			add(i, i, "person-talked-of")
		}
	}
	// A first name before a found surname: "Mitt Romney", "bill clinton".
	widen := func(f *Finding) {
		if f.Type != Person || f.FirstWord != f.LastWord && !particles16[lw(t, lower, f.FirstWord)] {
			return
		}
		p := sameSpeakerBefore(t, f.FirstWord)
		if p < 0 || typeAt[p] != "" || t.Words[p].Punct != "" {
			return
		}
		k := lowerNameKey(lw(t, lower, p))
		if len(k) < 3 || !isAlpha(k) || personStop[k] || notNames[k] || officeTitles[k] || placeOrBrand(k) || titleNotSurnames[k] || strings.HasSuffix(lw(t, lower, p), "'s") {
			return
		}
		ok := names.IsFirstName(k)
		if cased {
			// (not a verb opening an order: "Remind Olusegun", "Bcc Thaddeus")
			pp := sameSpeakerBefore(t, p)
			opensSentence := pp < 0 || strings.ContainsAny(t.Words[pp].Punct, ".?!")
			ok = isCapitalised(t.Words[p].Text) && strings.ToUpper(t.Words[p].Text) != t.Words[p].Text &&
				(ok && !opensSentence || ok && !names.IsEnglishWord(k) || !opensSentence && !names.IsEnglishWord(k) && !names.IsCommonWord(k) && !adjectiveLike(k))
		} else {
			ok = ok && !names.IsCommonWord(k) && lowerNameKey(lw(t, lower, f.FirstWord)) != k && (names.IsSurname(lowerNameKey(lw(t, lower, f.FirstWord))) || !names.IsEnglishWord(lowerNameKey(lw(t, lower, f.FirstWord))))
		}
		if ok {
			typeAt[p] = Person
			f.FirstWord, f.Start = p, t.Words[p].Start
		}
	}
	for i := range found {
		widen(&found[i])
	}
	for i := range out {
		widen(&out[i])
	}
	return out
}

// lw is lowerWord of transcript word i, from lower (Normalize's, which
// Find keeps) when there is one: it allocates nothing.
func lw(t *transcript.Transcript, lower []string, i int) string {
	if lower != nil && i < len(lower) {
		return lower[i]
	}
	return lowerWord(t.Words[i].Text)
}

// lowerOf returns Normalize's lowercased words of the transcript the
// streams were made from, or nil.
func lowerOf(streams []*Tokens) []string {
	if len(streams) > 0 {
		return streams[0].sh.lower
	}
	return nil
}

// groupCompounds19 make "group" a kind of service after a firm's name:
// "the <hotel> group booking", "the <airline> group rate" (review19).
var groupCompounds19 = withWords(map[string]bool{}, "booking", "bookings", "rate", "rates", "discount", "discounts",
	"plan", "plans", "chat", "call", "text", "tour", "tours", "trip", "trips", "ticket", "tickets", "travel", "policy",
	"insurance", "session", "sessions", "lesson", "lessons", "class", "classes", "reservation", "reservations", "order",
	"orders", "account", "package", "packages", "fare", "fares", "pricing", "deal", "deals")
